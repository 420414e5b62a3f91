// Shared steps of the UI browser tests: opening the app, reading what the page shows, and checking that
// no request left the machine or carried a document's text.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { compareDocuments } from '../../src/lib/core/index';
import type { Comparison } from '../../src/lib/core/types';
import { readDocument } from '../../src/lib/io/read';
import type { SeenRequest } from './harness';

/** Path of a corpus file. */
export const corpusFile = (name: string) => join(resolve('.'), 'corpus', name);

/** The app's address for a path. */
export const at = (path: string) => new URL(path, inject('baseURL')).href;

/** The showcase comparison's address, slashes as a delegate would type them. */
export const SHOWCASE = '/compare?old=A/RES/67/38&new=A/RES/76/40';

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
