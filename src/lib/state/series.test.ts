import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceSeries } from '../core/series';
import { loadSeed, squeeze } from '../testing/seeds';
import { makeDocument } from '../testing/documents';
import { placeVersion, SeriesSession, type FileLike, type SeriesVersion } from './series.svelte';

// In Node there is no Worker: the session's traces run through the same code on the calling thread.

const text7640 = readFileSync(join(resolve('.'), 'corpus', 'A-RES-76-40.zh.txt'), 'utf8');

/** Replaces text that must be there (a test that silently replaced nothing would prove nothing). */
function swap(text: string, from: string, to: string): string {
	if (!text.includes(from)) throw new Error(`76/40 no longer contains ${from}`);
	return text.split(from).join(to);
}

/** The text of 76/40 brought forward to session 77, with one inserted preambular paragraph. */
const text77 = swap(
	swap(swap(text7640, '第七十六届会议', '第七十七届会议'), '76/40. 促进', '77/55. 促进'),
	'\n\n强调指出国际合作',
	'\n\n欢迎裁军谈判会议在 2022 年会议期间就其工作方案达成共识，并强调必须尽早开始实质性工作，\n\n强调指出国际合作'
);

/** A file as the page receives one. */
function file(name: string, content: string | Uint8Array): FileLike {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return { name, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}

/** A version with a session, for placement tables. */
function version(key: string, session: number | null): SeriesVersion {
	return { key, doc: makeDocument([['preamble', key]], { session }), origin: 'file', name: key };
}

describe('placeVersion', () => {
	const base = [version('67', 67), version('76', 76)];
	it.each([
		{ label: 'into nothing', versions: [], add: version('x', 70), expected: ['x'] },
		{ label: 'a later session: at the end', versions: base, add: version('77', 77), expected: ['67', '76', '77'] },
		{ label: 'a session in between', versions: base, add: version('70', 70), expected: ['67', '70', '76'] },
		{ label: 'an earlier session: first', versions: base, add: version('60', 60), expected: ['60', '67', '76'] },
		{
			label: 'the same session: after the one there',
			versions: base,
			add: version('67b', 67),
			expected: ['67', '67b', '76']
		},
		{ label: 'no session: at the end', versions: base, add: version('draft', null), expected: ['67', '76', 'draft'] },
		{
			label: 'a session after versions without one: before them is not assumed, it goes by the known sessions',
			versions: [version('67', 67), version('draft', null), version('76', 76)],
			add: version('70', 70),
			expected: ['67', 'draft', '70', '76']
		}
	])('$label', ({ versions, add, expected }) => {
		expect(placeVersion(versions, add).map((v) => v.key)).toEqual(expected);
	});
});

describe('SeriesSession', () => {
	it('opens the shipped versions and traces them as the core does', async () => {
		const session = new SeriesSession();
		await session.openCorpus(['A/RES/67/38', 'A/RES/76/40']);
		expect(session.state.phase).toBe('ready');
		expect(session.versions.map((v) => [v.name, v.origin])).toEqual([
			['A/RES/67/38', 'corpus'],
			['A/RES/76/40', 'corpus']
		]);
		const expected = traceSeries([loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40')]);
		expect(session.traced?.trace.lineages).toEqual(expected.lineages);
		expect(session.traced?.trace.comparisons).toHaveLength(1);
		expect(session.busy).toBeNull();
	});

	it('adds a file placed by its session, traces three versions, and removes it again', async () => {
		const session = new SeriesSession();
		await session.openCorpus(['A/RES/67/38', 'A/RES/76/40']);
		expect(await session.addFiles([file('draft-77.txt', text77)])).toBe(1);
		expect(session.versions.map((v) => v.doc.meta.session)).toEqual([67, 76, 77]);
		expect(session.versions[2]).toMatchObject({ origin: 'file', name: 'draft-77.txt' });
		const trace = session.traced!.trace;
		expect(trace.documents).toHaveLength(3);
		const inserted = trace.lineages.filter((l) => l.cells[0] === null && l.cells[1] === null);
		expect(inserted.map((l) => l.cells[2]?.status)).toEqual(['inserted']);
		const id = inserted[0].cells[2]!.ids[0];
		expect(squeeze(trace.documents[2].paragraphs.find((p) => p.id === id)!.text)).toMatch(/^欢迎裁军谈判会议在2022年/);

		await session.remove(session.versions[2].key);
		expect(session.versions).toHaveLength(2);
		expect(session.traced?.trace.documents).toHaveLength(2);
	});

	it('an earlier session goes between, and a file without a session at the end', async () => {
		const session = new SeriesSession();
		await session.openCorpus(['A/RES/67/38', 'A/RES/76/40']);
		const text70 = swap(swap(text7640, '第七十六届会议', '第七十届会议'), '76/40. 促进', '70/31. 促进');
		const bare = text7640.slice(text7640.indexOf('大会，'));
		await session.addFiles([file('no-session.txt', bare), file('session-70.txt', text70)]);
		expect(session.versions.map((v) => v.name)).toEqual([
			'A/RES/67/38',
			'session-70.txt',
			'A/RES/76/40',
			'no-session.txt'
		]);
		expect(session.traced?.versions.map((v) => v.name)).toEqual(session.versions.map((v) => v.name));
	});

	it('a file that cannot be read is named, and the series stays as it was', async () => {
		const session = new SeriesSession();
		await session.openCorpus(['A/RES/67/38', 'A/RES/76/40']);
		const before = session.traced;
		const added = await session.addFiles([
			file('empty.txt', ''),
			file(
				'garbage.txt',
				Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)
			)
		]);
		expect(added).toBe(0);
		expect(session.fileError?.split('\n')).toEqual([
			expect.stringContaining('empty.txt'),
			expect.stringContaining('garbage.txt')
		]);
		expect(session.versions).toHaveLength(2);
		expect(session.traced).toBe(before);
	});

	it('starts empty for the reader’s own files, and traces them', async () => {
		const session = new SeriesSession();
		session.openEmpty();
		expect(session.state.phase).toBe('ready');
		expect(session.traced).toBeNull();
		await session.addFiles([file('draft-77.txt', text77), file('76-40.txt', text7640)]);
		expect(session.versions.map((v) => v.name)).toEqual(['76-40.txt', 'draft-77.txt']);
		expect(session.traced?.trace.lineages.length).toBe(session.traced!.trace.documents[0].paragraphs.length + 1);
	});

	it('an unknown symbol is an error phase naming it', async () => {
		const session = new SeriesSession();
		await session.openCorpus(['A/RES/67/38', 'A/RES/99/1']);
		expect(session.state.phase).toBe('error');
		if (session.state.phase === 'error') expect(session.state.message).toContain('A/RES/99/1');
	});

	it('a newer opening wins over an older one still running', async () => {
		const session = new SeriesSession();
		const first = session.openCorpus(['A/RES/67/38', 'A/RES/76/40']);
		session.openEmpty();
		await first;
		expect(session.versions).toEqual([]);
		expect(session.traced).toBeNull();
	});
});
