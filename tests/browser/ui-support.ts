// Shared steps of the UI browser tests: a test file's browser, temporary folder and expected comparison
// (useBrowser), opening the app and choosing files in it, reading what the page shows, and checking that no
// request left the machine or carried a document's text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { compareDocuments } from '../../src/lib/core/index';
import type { Comparison } from '../../src/lib/core/types';
import { readDocument } from '../../src/lib/io/read';
import { openBrowser, openPage, type SeenRequest } from './harness';

/** Path of a corpus file. */
export const corpusFile = (name: string) => join(resolve('.'), 'corpus', name);

/** The app's address for a path. */
export const at = (path: string) => new URL(path, inject('baseURL')).href;

/** The showcase comparison's address, slashes as a delegate would type them. */
export const SHOWCASE = '/compare?old=A/RES/67/38&new=A/RES/76/40';

/** The showcase's two texts in the corpus: A/RES/67/38 and A/RES/76/40. */
export const SHOWCASE_TEXTS = [corpusFile('A-RES-67-38.zh.txt'), corpusFile('A-RES-76-40.zh.txt')] as const;

/** The comparison the core makes of two files, computed here in Node from the same bytes the page reads. */
export async function compareInNode(oldPath: string, newPath: string): Promise<Comparison> {
	const read = (path: string) =>
		readDocument({ bytes: new Uint8Array(readFileSync(path)), name: path.split('/').pop() ?? path });
	return compareDocuments(await read(oldPath), await read(newPath));
}

/** Waits for the compare page's rows. */
export async function waitForRows(page: Page): Promise<void> {
	// The page's own rows, not the showcase's snapshot rendered at build time (src/lib/snapshot.ts), which
	// stands, inert, until they replace it.
	await page.locator('article.row[data-status]:not(.snapshot *)').first().waitFor({ timeout: 60_000 });
}

/** data-status of every row element in the page, in order. */
export function rowStatuses(page: Page): Promise<string[]> {
	return page.$$eval('article.row[data-status]', (rows) => rows.map((r) => r.getAttribute('data-status') ?? ''));
}

/** The number the sticky summary shows for a status (or `substantive` / `routine`). */
export async function headerCount(page: Page, key: string): Promise<number> {
	return Number(await page.locator(`[data-count="${key}"] b`).first().textContent());
}

/**
 * What a column shows of each paragraph, without the chip, footnote marks and pilcrows: the reader's text.
 * One array per row, one string per paragraph.
 */
export function columnTexts(page: Page, side: 'old' | 'new' | 'inline'): Promise<string[][]> {
	return page.$$eval(
		'article.row[data-status]',
		(rows, cell) =>
			rows.map((row) =>
				[...row.querySelectorAll(`.cell.${cell} .para .text`)].map((el) => {
					const copy = el.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('sup, .pilcrow').forEach((n) => n.remove());
					return copy.textContent ?? '';
				})
			),
		side
	);
}

/** Asserts that every request stayed on the loopback host and none carried any of the given texts. */
export function expectNothingLeft(requests: SeenRequest[], secrets: string[]): void {
	expect(requests.length).toBeGreaterThan(0);
	for (const request of requests) {
		const url = new URL(request.url);
		if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
		expect(url.hostname, request.url).toBe('127.0.0.1');
		expect(request.method, request.url).toBe('GET');
		expect(request.body ?? '', request.url).toBe('');
		const decoded = safeDecode(request.url);
		for (const secret of secrets) {
			expect(decoded.includes(secret), `${request.url} carries document text`).toBe(false);
		}
	}
}

function safeDecode(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url;
	}
}

/** A page opened by {@link openPage}: the page, the requests it made and its errors. */
export type OpenedPage = Awaited<ReturnType<typeof openPage>>;

/** How a page is opened: its size, colour scheme and browser language. */
export type PageOptions = Parameters<typeof openPage>[1];

/** What a test file shares, set before its first test (by {@link useBrowser}). */
export interface BrowserSession {
	/** Debian's Chromium, open from before the file's first test to after its last. */
	readonly browser: Browser;
	/** The file's temporary folder, removed after its last test (with `folder`). */
	readonly dir: string;
	/** The comparison the core makes of the file's two texts, computed in Node (with `compare`). */
	readonly expected: Comparison;
	/** Opens a page in the browser (harness.ts's openPage). */
	open(options?: PageOptions): Promise<OpenedPage>;
	/** Writes a file into the temporary folder and returns its path. */
	file(name: string, content: string | Uint8Array): string;
	/** Opens the start page (or `options.path`), chooses the files, and presses Compare. */
	compareFiles(
		oldPath: string | null,
		newPath: string | null,
		options?: PageOptions & { path?: string }
	): Promise<OpenedPage>;
}

/**
 * The setup every browser test file shares: opens Debian's Chromium before the file's first test and closes
 * it after its last; with `folder`, makes a temporary folder (`resodiff-<folder>-…`) and removes it after;
 * with `compare`, computes the core's comparison of two files in Node, what the page must show. The file's
 * own `beforeAll` hooks run after this one, so they may use all three.
 */
export function useBrowser(
	options: { folder?: string; compare?: readonly [string, string]; timeout?: number } = {}
): BrowserSession {
	let browser: Browser | undefined;
	let dir: string | undefined;
	let expected: Comparison | undefined;
	beforeAll(async () => {
		browser = await openBrowser();
		if (options.folder) dir = mkdtempSync(join(tmpdir(), `resodiff-${options.folder}-`));
		if (options.compare) expected = await compareInNode(...options.compare);
	}, options.timeout ?? 60_000);
	afterAll(async () => {
		await browser?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});
	const ready = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`${what} is not set up: useBrowser(${JSON.stringify(options)})`);
		return value;
	};
	const session: BrowserSession = {
		get browser() {
			return ready(browser, 'the browser');
		},
		get dir() {
			return ready(dir, 'the temporary folder');
		},
		get expected() {
			return ready(expected, 'the expected comparison');
		},
		open: (pageOptions) => openPage(session.browser, pageOptions),
		file(name, content) {
			const path = join(session.dir, name);
			writeFileSync(path, content);
			return path;
		},
		async compareFiles(oldPath, newPath, { path = '/', ...pageOptions } = {}) {
			const opened = await session.open(pageOptions);
			await opened.page.goto(at(path));
			await chooseFiles(opened.page, oldPath, newPath);
			await opened.page.locator('[data-action=compare]').click();
			return opened;
		}
	};
	return session;
}

/** Chooses files in the start page's two file inputs; a side given null is left as it is. */
export async function chooseFiles(page: Page, oldPath: string | null, newPath: string | null): Promise<void> {
	if (oldPath !== null) await page.locator('input[type=file][data-side=old]').setInputFiles(oldPath);
	if (newPath !== null) await page.locator('input[type=file][data-side=new]').setInputFiles(newPath);
}
