// What the app says when it cannot read what it was given: one line per input that cannot be read,
// naming it once and saying what to do; both inputs named when both are bad; never a stack trace. The
// same inputs as the command's tests (src/cli/run.test.ts), made from the project's fixtures.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { at, corpusFile, useBrowser } from './ui-support';

const session = useBrowser({ folder: 'errors' });

const GOOD = corpusFile('A-RES-67-38.zh.txt');
const pdfFixture = (name: string) => new Uint8Array(readFileSync(join(resolve('.'), 'tests', 'fixtures', 'pdf', name)));

/** The lines of the page's error message, read in one step (it may be re-rendered while looked at). */
async function errorLines(page: Page): Promise<string[]> {
	const handle = await page.waitForFunction(
		() => {
			const shown = [...document.querySelectorAll('[data-error]')].map((e) => (e as HTMLElement).innerText);
			return shown.length ? shown.join('\n') : null;
		},
		null,
		{ timeout: 60_000 }
	);
	return String(await handle.jsonValue())
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
}

/** Expects one line naming `name` exactly once. */
function expectNamedOnce(line: string, name: string): void {
	expect(line.split(name).length - 1, line).toBe(1);
	expect(line).not.toMatch(/\bat .+:\d+:\d+|NUL|Unexpected error|意外错误/);
}

describe('a file the start page cannot read', { timeout: 120_000 }, () => {
	const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x27, 0x59, 0, 0, 0x1a, 0x4f, 0, 0]);
	it.each([
		{ name: 'empty.txt', make: () => new Uint8Array(), says: /: the file is empty$/ },
		{
			name: 'binary.txt',
			make: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
			says: /binary data\): give a \.txt, \.md, \.pdf or \.docx file$/
		},
		{ name: 'utf32.txt', make: () => utf32, says: /UTF-32 text is not supported: save it as UTF-8$/ },
		{
			name: 'texts.zip',
			make: () => zipSync({ 'notes.txt': new TextEncoder().encode('大会，') }),
			says: /: a zip archive, but not a Word/
		},
		{
			name: 'draft.doc',
			make: () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			says: /: the file is damaged: it is cut short$/
		},
		{ name: 'truncated.pdf', make: () => pdfFixture('truncated.pdf'), says: /: the PDF is damaged or truncated/ },
		{ name: 'locked.pdf', make: () => pdfFixture('encrypted.pdf'), says: /: the PDF is encrypted/ },
		{ name: 'scanned.pdf', make: () => pdfFixture('scanned.pdf'), says: /: the PDF has no text layer.*OCR/ },
		{
			name: 'headless.pdf',
			make: () => pdfFixture('A-RES-67-38.pdf').map((b, i) => (i < 16 ? 0 : b)),
			says: /: not a PDF: it has no PDF header/
		}
	])('$name: one line, naming it once, saying what is wrong', async ({ name, make, says }) => {
		const { page, errors } = await session.compareFiles(GOOD, session.file(name, make()));
		const lines = await errorLines(page);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(says);
		expectNamedOnce(lines[0], name);
		expect(new URL(page.url()).pathname).toBe('/');
		expect(await page.locator('[data-action=compare]').isEnabled()).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('two bad files: both named, one line each, the old one first', async () => {
		const { page } = await session.compareFiles(
			session.file('old-broken.pdf', pdfFixture('truncated.pdf')),
			session.file('new-empty.txt', new Uint8Array())
		);
		const lines = await errorLines(page);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^old-broken\.pdf: the PDF is damaged or truncated/);
		expect(lines[1]).toBe('new-empty.txt: the file is empty');
		await page.context().close();
	});
});

describe('a link to documents the corpus does not hold', { timeout: 120_000 }, () => {
	it('one unknown symbol: named once', async () => {
		const { page, errors } = await session.open();
		await page.goto(at('/compare?old=A/RES/99/1&new=A/RES/76/40'));
		const lines = await errorLines(page);
		expect(lines).toEqual(['A/RES/99/1 is not in the corpus (文库中没有此文件)']);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('two unknown symbols: both named', async () => {
		const { page } = await session.open();
		await page.goto(at('/compare?old=A/RES/99/1&new=A/RES/99/2'));
		const lines = await errorLines(page);
		expect(lines).toEqual([
			'A/RES/99/1 is not in the corpus (文库中没有此文件)',
			'A/RES/99/2 is not in the corpus (文库中没有此文件)'
		]);
		await page.context().close();
	});
});

describe('files added to a series', { timeout: 120_000 }, () => {
	it('every file that cannot be read is named, one line each', async () => {
		const { page } = await session.open();
		await page.goto(at('/series/local'));
		const input = page.locator('input[type=file]').first();
		await input.waitFor({ state: 'attached', timeout: 30_000 });
		await input.setInputFiles([
			session.file('a-empty.txt', new Uint8Array()),
			session.file('b-broken.pdf', pdfFixture('truncated.pdf'))
		]);
		const lines = await errorLines(page);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toBe('a-empty.txt: the file is empty');
		expect(lines[1]).toMatch(/^b-broken\.pdf: the PDF is damaged or truncated/);
		await page.context().close();
	});
});
