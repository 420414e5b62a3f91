/**
 * The library commands as a user runs them: search, find and series over the shipped corpus and over a
 * library database, and library add, list and remove, with the contract's JSON and exit codes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Outcome } from './run';

const env = { stdoutIsTerminal: false, noColor: true };
const text = (o: Outcome) =>
	typeof o.stdout === 'string' ? o.stdout : new TextDecoder().decode(o.stdout ?? new Uint8Array());
const json = (o: Outcome) => JSON.parse(text(o));
const corpus = (file: string) => new URL(`../../corpus/${file}`, import.meta.url);

const dir = mkdtempSync(join(tmpdir(), 'resodiff-library-cli-'));
const folder = join(dir, 'my resolutions');
mkdirSync(folder);
for (const f of [
	'A-RES-67-38.zh.txt',
	'A-RES-76-40.zh.txt',
	'A-RES-68-46.zh.txt',
	'A-RES-80-67.en.txt',
	'A-RES-57-97.en.partial.txt'
])
	copyFileSync(corpus(f), join(folder, f));
const db = join(dir, 'library.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('over the shipped corpus', () => {
	it('search: every paragraph using the phrase, oldest first, in the contract’s JSON', async () => {
		const outcome = await run(['search', '促进 裁军 和 不扩散 领域 的 多边主义', '--format', 'json'], env);
		expect(outcome.code).toBe(0);
		const result = json(outcome);
		expect(result.version).toBe(1);
		expect(result.query).toBe('促进 裁军 和 不扩散 领域 的 多边主义');
		expect(result.hits.length).toBeGreaterThan(3);
		for (const hit of result.hits) {
			expect(Object.keys(hit)).toEqual(
				expect.arrayContaining(['symbol', 'date', 'source', 'paragraph', 'exact', 'similarity'])
			);
			expect(Object.keys(hit.paragraph)).toEqual(['id', 'kind', 'number', 'text']);
		}
		const dates = result.hits.map((h: { date: string | null }) => h.date).filter(Boolean);
		expect(dates).toEqual([...dates].sort());
	}, 120_000);

	it('search: an unquoted phrase is the words given, and the text format marks the first use', async () => {
		const outcome = await run(
			[
				'search',
				'Appeals',
				'to',
				'Member',
				'States',
				'to',
				'continue',
				'to',
				'support',
				'the',
				'activities',
				'of',
				'the',
				'Agency',
				'--format',
				'text'
			],
			env
		);
		expect(outcome.code).toBe(0);
		expect(text(outcome)).toMatch(
			/^“Appeals to Member States to continue to support the activities of the Agency”: 1 paragraph in 1 document; first used in A\/RES\/80\/7 \(2025-11-14\)/
		);
		expect(text(outcome)).toContain('← first use');
	});

	it('find: the 2012 version first for the 2021 one, never itself', async () => {
		const result = json(await run(['find', 'A/RES/76/40', '--format', 'json'], env));
		expect(result.version).toBe(1);
		expect(result.candidates[0]).toMatchObject({
			symbol: 'A/RES/67/38',
			title: '促进裁军和不扩散领域的多边主义',
			date: '2012-12-03',
			source: 'A-RES-67-38.zh.txt'
		});
		expect(result.candidates.map((c: { symbol: string }) => c.symbol)).not.toContain('A/RES/76/40');
	});

	it('series SYMBOL: the line of versions the corpus holds, traced', async () => {
		const trace = json(await run(['series', 'A/RES/67/38', '--format', 'json'], env));
		expect(trace.documents.map((d: { meta: { symbol: string } }) => d.meta.symbol)).toEqual([
			'A/RES/67/38',
			'A/RES/76/40'
		]);
		expect(trace.lineages.length).toBeGreaterThan(20);
	});
});

describe('over a library database', () => {
	it('library add indexes a folder, and again costs nothing', async () => {
		const first = await run(['library', 'add', folder, '--library', db, '--format', 'json'], env);
		expect(first.code).toBe(0);
		expect(json(first).added).toHaveLength(5);
		const again = await run(['library', 'add', folder, '--library', db, '--format', 'text'], env);
		expect(again.code).toBe(0);
		expect(text(again)).toMatch(/0 added, 0 updated, 5 unchanged; the library holds 5 documents/);
	});

	it('search, find and series take --library', async () => {
		await run(['library', 'add', folder, '--library', db], env);
		const hits = json(await run(['search', '严重关切', '--library', db], env)).hits;
		expect(hits.map((h: { symbol: string }) => h.symbol)).toEqual(['A/RES/76/40']);
		const candidates = json(await run(['find', join(folder, 'A-RES-80-67.en.txt'), '--library', db], env)).candidates;
		expect(candidates[0].symbol).toBe('A/RES/57/97');
		const trace = json(await run(['series', '--library', db, 'A/RES/76/40'], env));
		expect(trace.documents.map((d: { meta: { symbol: string } }) => d.meta.symbol)).toEqual([
			'A/RES/67/38',
			'A/RES/76/40'
		]);
	});

	it('series --library with a draft that is not in the library puts it in its line', async () => {
		const draft = join(dir, 'draft.txt');
		writeFileSync(
			draft,
			(await import('node:fs'))
				.readFileSync(corpus('A-RES-76-40.zh.txt'), 'utf8')
				.replace('76/40.', '')
				.replace('严重关切', '深表关切')
		);
		await run(['library', 'remove', 'A/RES/76/40', '--library', db], env);
		const trace = json(await run(['series', '--library', db, draft], env));
		expect(trace.documents.map((d: { meta: { source: string } }) => d.meta.source.replace(/.*[/\\]/, ''))).toEqual([
			'A-RES-67-38.zh.txt',
			'draft.txt'
		]);
		await run(['library', 'add', folder, '--library', db], env);
	});

	it('library list and remove', async () => {
		const list = json(await run(['library', 'list', '--library', db, '--format', 'json'], env));
		expect(list.documents).toHaveLength(5);
		const removed = await run(
			['library', 'remove', join(folder, 'A-RES-68-46.zh.txt'), '--library', db, '--format', 'json'],
			env
		);
		expect(json(removed).removed).toHaveLength(1);
		const nothing = await run(['library', 'remove', 'A/RES/1/1', '--library', db], env);
		expect(nothing.stderr).toMatch(/nothing in the library matches/);
	});
});

describe('errors: one line, exit 1; wrong usage: exit 2', () => {
	it.each([
		[
			'a library that does not exist',
			['search', 'x y z', '--library', join(dir, 'none.sqlite')],
			/none\.sqlite: no library here/
		],
		['find on a missing file', ['find', join(dir, 'missing.txt')], /missing\.txt: no such file/],
		[
			'series of a symbol the library lacks',
			['series', '--library', db, 'A/RES/99/1'],
			/A\/RES\/99\/1: no document of the library has this symbol/
		]
	])('%s', async (_label, argv, pattern) => {
		const outcome = await run(argv as string[], env);
		expect(outcome.code).toBe(1);
		expect(outcome.stderr).toMatch(pattern);
		expect(outcome.stderr!.trim().split('\n')).toHaveLength(1);
	});

	it('library add names each file it could not read, indexes the rest, and exits 1', async () => {
		const bad = join(dir, 'bad');
		mkdirSync(bad);
		writeFileSync(join(bad, 'empty.txt'), '');
		copyFileSync(corpus('A-RES-80-7.en.txt'), join(bad, 'good.txt'));
		const outcome = await run(['library', 'add', bad, '--library', join(dir, 'other.sqlite'), '--format', 'text'], env);
		expect(outcome.code).toBe(1);
		expect(outcome.stderr).toMatch(/^resodiff: .*empty\.txt: .*empty\n$/);
		expect(text(outcome)).toMatch(/1 added, 0 updated, 0 unchanged, 1 could not be read/);
	});

	it('an empty phrase is wrong usage', async () => {
		expect((await run(['search', '  '], env)).code).toBe(2);
	});
});
