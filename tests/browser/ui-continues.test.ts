// One file opened from disk on the home page: the app reads it in this tab, ranks the library as
// `resodiff find` does, offers the earlier version it continues as the old side, and compares them in
// one click. On the static build the library is the shipped corpus; under `serve --library DB` it is the
// served library, whose features the page fetches to rank here. No request carries the file's text.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { decodeText, parseResolution } from '../../src/lib/core/index';
import type { SeenRequest } from './harness';
import { at, chooseFiles, corpusFile, expectNothingLeft, useBrowser, waitForRows } from './ui-support';

const session = useBrowser({ folder: 'continues' });

const fixture = (path: string) => join(resolve('.'), 'tests', 'fixtures', path);

/** Opens one file in the new version's slot and waits for the offer. */
async function openOne(page: Page, path: string) {
	await chooseFiles(page, null, path);
	const offer = page.locator('[data-continues]');
	await offer.locator('[data-continues-best], [data-continues-none], [data-continues-error]').first().waitFor({
		timeout: 60_000
	});
	return offer;
}

/** Sentences of a text file that no request may carry (its longest lines). */
function secretsOf(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l.length > 20)
		.sort((a, b) => b.length - a.length)
		.slice(0, 5)
		.map((l) => l.slice(0, 20));
}

/** Asserts that the page asked the server only for the app, the corpus and the library's features or documents. */
function expectOnlyGets(requests: SeenRequest[]): void {
	for (const r of requests) {
		expect(r.method, r.url).toBe('GET');
		expect(r.body ?? '', r.url).toBe('');
	}
}

describe('the earlier version a file opened from disk continues, in the shipped corpus', () => {
	it.each([
		{ file: corpusFile('A-RES-76-40.zh.txt'), best: 'A/RES/67/38', locale: 'zh-CN', what: 'the Chinese text of 76/40' },
		{ file: fixture('pdf/A-RES-76-40.pdf'), best: 'A/RES/67/38', locale: 'zh-CN', what: 'its PDF' },
		{ file: corpusFile('A-RES-80-67.en.txt'), best: 'A/RES/57/97', locale: 'en-US', what: 'the 2025 English 80/67' },
		{
			file: fixture('docx/A-RES-76-40.zh.draft-77.docx'),
			best: 'A/RES/76/40',
			locale: 'en-US',
			what: 'a Word draft of the next session'
		}
	])('offers $best for $what, and compares with it in one click', async ({ file, best, locale }) => {
		const { page, errors, requests } = await session.open({ locale });
		await page.goto(at('/'));
		const offer = await openOne(page, file);
		const shown = offer.locator('[data-continues-best]');
		expect(await shown.getAttribute('data-continues-best')).toBe(best);
		expect(await offer.locator('[data-continues-from]').getAttribute('data-continues-from')).toBe('corpus');
		await offer.locator('[data-continues-compare]').click();
		await page.waitForURL(/\/compare\?local=1/, { timeout: 60_000 });
		await waitForRows(page);
		// The old side is the library's version, the new one the reader's file.
		expect((await page.locator('h1').first().textContent()) ?? '').toContain(best);
		expect((await page.locator('main').textContent()) ?? '').toContain(file.split('/').pop()!);
		expectNothingLeft(requests, file.endsWith('.txt') ? secretsOf(file) : []);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('offers it for text pasted on one side, after one small fetch of the corpus features', async () => {
		const { page, errors, requests } = await session.open({ locale: 'en-US' });
		await page.goto(at('/'));
		await page.locator('[data-mode=paste]').click();
		const file = corpusFile('A-RES-80-67.en.txt');
		await page.locator('textarea[data-paste=new]').fill(readFileSync(file, 'utf8'));
		const offer = page.locator('[data-continues]');
		const shown = offer.locator('[data-continues-best]');
		await shown.waitFor({ timeout: 60_000 });
		expect(await shown.getAttribute('data-continues-best')).toBe('A/RES/57/97');
		// The ranking needed the features file, not the corpus texts.
		const features = requests.filter((r) => r.url.includes('/corpus-features.json'));
		expect(features).toHaveLength(1);
		expect(requests.filter((r) => /A-RES-|\.txt(\?|$)/.test(r.url)).map((r) => r.url)).toEqual([]);
		await offer.locator('[data-continues-compare]').click();
		await page.waitForURL(/\/compare\?local=1/, { timeout: 60_000 });
		await waitForRows(page);
		expect((await page.locator('h1').first().textContent()) ?? '').toContain('A/RES/57/97');
		expectNothingLeft(requests, secretsOf(file));
		expectOnlyGets(requests);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('says so when nothing in the library resembles the file', async () => {
		const { page, errors } = await session.open({ locale: 'en-US' });
		await page.goto(at('/'));
		const path = session.file('note.txt', 'Minutes of the staff picnic\n\n1. The picnic will be held on Friday.\n');
		const offer = await openOne(page, path);
		await offer.locator('[data-continues-none]').waitFor();
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('under `serve --library DB`', () => {
	let server: Server;
	let base: string;
	let close: () => void;

	beforeAll(async () => {
		const { openLibrary } = await import('../../src/lib/server/library-db');
		const { preparerInThread } = await import('../../src/lib/server/library-prepare');
		const { libraryApi } = await import('../../src/lib/server/library-api');
		const folder = join(session.dir, 'collection');
		mkdirSync(folder);
		for (const f of ['A-RES-67-38.zh.txt', 'A-RES-68-46.zh.txt', 'A-RES-57-97.en.partial.txt', 'A-RES-80-67.en.txt'])
			copyFileSync(corpusFile(f), join(folder, f));
		const writable = openLibrary(join(session.dir, 'library.sqlite'));
		await writable.add(
			[folder],
			preparerInThread(async (bytes, name) => parseResolution(decodeText(bytes), { source: name }))
		);
		writable.close();
		const db = openLibrary(join(session.dir, 'library.sqlite'), { readonly: true });
		({ server, url: base } = await serve({ root: resolve('build'), host: '127.0.0.1', port: 0, api: libraryApi(db) }));
		close = () => db.close();
	}, 60_000);

	afterAll(async () => {
		await new Promise<void>((done) => server?.close(() => done()));
		close?.();
	});

	it('ranks the served library in the page and fetches only the version picked; the file never leaves the tab', async () => {
		const { page, errors, requests } = await session.open({ locale: 'en-US' });
		await page.goto(new URL('/', base).href);
		const file = corpusFile('A-RES-76-40.zh.txt');
		const offer = await openOne(page, file);
		expect(await offer.locator('[data-continues-best]').getAttribute('data-continues-best')).toBe('A/RES/67/38');
		expect(await offer.locator('[data-continues-from]').getAttribute('data-continues-from')).toBe('server');
		await offer.locator('[data-continues-compare]').click();
		await page.waitForURL(/\/compare\?local=1/, { timeout: 60_000 });
		await waitForRows(page);
		expect((await page.locator('h1').first().textContent()) ?? '').toContain('A/RES/67/38');
		const api = requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/api/'));
		expect(api).toContain('/api/library/features');
		expect(api.filter((p) => p.startsWith('/api/library/documents/'))).toHaveLength(1);
		for (const p of api) expect(p).toMatch(/^\/api\/library(\/features|\/documents\/\d+)?$/);
		expectOnlyGets(requests);
		expectNothingLeft(requests, secretsOf(file));
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
