// Which library document a text the reader opened continues, as the home page offers it: real texts and
// Word drafts read and ranked through the page's own code (in Node there is no Worker: the same code runs
// on the calling thread), against the shipped corpus and against a served library's features.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '../../routes/corpus-features.json/+server';
import { CORPUS_FEATURES_PATH, type CorpusFeatures } from '../library/corpus-features';
import { documentFeatures, MemoryLibrary, rankDocuments, statsOf } from '../library/index';
import { loadCorpusLibrary } from './earlier-uses.svelte';
import { findContinued, loadLibraryDocument } from './continues';

const root = resolve('.');
const input = (path: string) => ({
	bytes: new Uint8Array(readFileSync(join(root, path))),
	name: path.split('/').pop()!
});
const symbols = (answer: Awaited<ReturnType<typeof findContinued>>) => answer.candidates.map((c) => c.candidate.symbol);

/** The features file as the build writes it (the prerendered route), and every request the page made. */
let featuresFile: string;
const requests: string[] = [];

beforeAll(async () => {
	featuresFile = await (await GET()).text();
});

describe('the earlier version a text opened from disk continues, in the shipped corpus', () => {
	beforeAll(() => {
		// The page fetches the corpus's features from its own origin: here, the file the build writes.
		vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
			requests.push(url);
			expect(init?.body ?? null).toBeNull();
			if (url === CORPUS_FEATURES_PATH)
				return new Response(featuresFile, { status: 200, headers: { 'Content-Type': 'application/json' } });
			return new Response('not found', { status: 404 });
		});
	});
	afterAll(() => vi.unstubAllGlobals());

	it('ranks from one small features file, as the library read whole ranks the corpus', async () => {
		const file = JSON.parse(featuresFile) as CorpusFeatures;
		expect(file.version).toBe(1);
		// Small: a few kilobytes a document, not its text.
		expect(featuresFile.length).toBeLessThan(file.documents.length * 4000);
		const library: MemoryLibrary = await loadCorpusLibrary();
		expect(file.documents.map((d) => d.source)).toEqual(library.entries.map((e) => e.source));
		const stats = statsOf(file.documents.map((d) => d.features));
		for (const entry of library.entries) {
			const fromFile = rankDocuments(documentFeatures(entry.document), file.documents, stats, { limit: 12 });
			expect(fromFile.map((r) => r.candidate)).toEqual(library.find(entry.document, { limit: 12 }).candidates);
		}
		const answer = await findContinued(input('corpus/A-RES-76-40.zh.txt'));
		expect(symbols(answer)[0]).toBe('A/RES/67/38');
		expect(requests.filter((u) => u === CORPUS_FEATURES_PATH)).toHaveLength(1);
	});

	it('offers it for pasted text as for a file', async () => {
		const text = readFileSync(join(root, 'corpus/A-RES-80-67.en.txt'), 'utf8');
		const answer = await findContinued({ bytes: new TextEncoder().encode(text), name: 'Pasted text' });
		expect(symbols(answer)[0]).toBe('A/RES/57/97');
	});

	it.each([
		{ file: 'corpus/A-RES-76-40.zh.txt', best: 'A/RES/67/38', why: 'Chinese 76/40: its 2012 version, never itself' },
		{ file: 'corpus/A-RES-80-67.en.txt', best: 'A/RES/57/97', why: '2025 English: its 2002 version (a fragment)' },
		{
			file: 'tests/fixtures/docx/A-RES-76-40.zh.draft-77.docx',
			best: 'A/RES/76/40',
			why: 'a Word draft of the 77th session (A/C.1/77/L.5): the resolution it continues'
		},
		{
			file: 'tests/fixtures/docx/A-RES-80-13.en.draft-82.docx',
			best: 'A/RES/80/13',
			why: 'an English Word draft of the 82nd session, still headed A/RES/80/13 and its date: that resolution'
		}
	])('$why', async ({ file, best }) => {
		const answer = await findContinued(input(file));
		expect(answer.from).toBe('corpus');
		expect(symbols(answer)[0]).toBe(best);
		// Never the text itself (a draft that still carries last session's symbol continues that resolution).
		const self = answer.document.meta.symbol;
		if (self && self !== best) expect(symbols(answer)).not.toContain(self);
		// Only versions adopted before the text are offered as its old side.
		for (const c of answer.candidates)
			expect(c.candidate.session ?? 0).toBeLessThanOrEqual(answer.document.meta.session ?? Infinity);
		const old = await loadLibraryDocument(answer.candidates[0].ref);
		expect(old.meta.symbol).toBe(best);
	});

	it('offers nothing for a text that continues no document of the library', async () => {
		const text =
			'Resolution adopted by the General Assembly\n\nThe General Assembly,\n\n1. Decides to hold a picnic.\n';
		const answer = await findContinued({ bytes: new TextEncoder().encode(text), name: 'picnic.txt' });
		expect(answer.candidates).toEqual([]);
	});
});

describe('with a library served beside the app', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('ranks the served features here and fetches only the chosen document: no request carries the text', async () => {
		const { openLibrary } = await import('../server/library-db');
		const { preparerInThread } = await import('../server/library-prepare');
		const { decodeText, parseResolution } = await import('../core/index');
		const { libraryApi } = await import('../server/library-api');
		const { mkdtempSync, rmSync, copyFileSync, mkdirSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const dir = mkdtempSync(join(tmpdir(), 'resodiff-continues-'));
		const folder = join(dir, 'docs');
		mkdirSync(folder);
		for (const f of ['A-RES-67-38.zh.txt', 'A-RES-68-46.zh.txt', 'A-RES-76-40.zh.txt', 'A-RES-80-13.en.txt'])
			copyFileSync(join(root, 'corpus', f), join(folder, f));
		const db = openLibrary(join(dir, 'library.sqlite'));
		try {
			await db.add(
				[folder],
				preparerInThread(async (bytes, name) => parseResolution(decodeText(bytes), { source: name }))
			);
			const api = libraryApi(db);
			const seen: string[] = [];
			vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
				seen.push(url);
				expect(init?.body ?? null).toBeNull();
				let status = 0;
				let body = '';
				const res = {
					writeHead(code: number) {
						status = code;
						return res;
					},
					end(text: string) {
						body = text;
					}
				};
				api({} as never, res as never, new URL(url, 'http://127.0.0.1'));
				return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
			});
			// Whether a library is served is asked once per page load: this is a new page.
			vi.resetModules();
			const { findContinued, loadLibraryDocument } = await import('./continues');
			// The draft's own file is not in the library; 76/40 is, and is offered.
			const draft = input('tests/fixtures/docx/A-RES-76-40.zh.draft-77.docx');
			const answer = await findContinued(draft);
			expect(answer.from).toBe('server');
			expect(symbols(answer)[0]).toBe('A/RES/76/40');
			expect(symbols(answer)).not.toContain('A/RES/68/46');
			const old = await loadLibraryDocument(answer.candidates[0].ref);
			expect(old.meta.symbol).toBe('A/RES/76/40');
			// 76/40 opened from disk: the same file in the library is not offered, its 2012 version is.
			const again = await findContinued(input('corpus/A-RES-76-40.zh.txt'));
			expect(symbols(again)[0]).toBe('A/RES/67/38');
			expect(seen.every((u) => /^\/api\/library(\/features|\/documents\/\d+)?$/.test(u))).toBe(true);
		} finally {
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
