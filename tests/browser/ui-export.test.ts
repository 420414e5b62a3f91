// The Export menu of the compare page: every format is made in the browser from the comparison in
// memory and saved under a name built from both symbols; Word's tracked changes, the HTML redline, the
// CSV's byte order mark and the JSON contract are checked in the files themselves. No request leaves
// the machine or carries a body, and a document's markup never becomes a tag in the exported HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/lib/core/types';
import { type SeenRequest } from './harness';
import {
	SHOWCASE,
	SHOWCASE_TEXTS,
	at,
	chooseFiles,
	corpusFile,
	expectNothingLeft,
	useBrowser,
	waitForRows
} from './ui-support';

const session = useBrowser({ folder: 'export', compare: SHOWCASE_TEXTS });

const OLD = corpusFile('A-RES-67-38.zh.txt');
const NEW = corpusFile('A-RES-76-40.zh.txt');
const STEM = 'A-RES-67-38_A-RES-76-40';

/** Opens the menu and chooses a format; resolves to the saved file's name and bytes. */
async function download(page: Page, format: string): Promise<{ name: string; bytes: Uint8Array }> {
	await page.locator('#export-button').click();
	const waiting = page.waitForEvent('download', { timeout: 60_000 });
	await page.locator(`[role=menuitem][data-export=${format}]`).click();
	const saved = await waiting;
	const path = await saved.path();
	return { name: saved.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** Asserts that no request made since `from` carried a body or went to another host. */
function expectNoBodiesSince(requests: SeenRequest[], from: number): void {
	for (const request of requests.slice(from)) {
		expect(request.body ?? '', request.url).toBe('');
		const url = new URL(request.url);
		if (url.protocol !== 'blob:' && url.protocol !== 'data:') expect(url.hostname, request.url).toBe('127.0.0.1');
	}
}

describe('exporting the showcase comparison', { timeout: 180_000 }, () => {
	it('the menu opens by keyboard, lists six formats, and Escape returns focus', async () => {
		const { page } = await session.open();
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		const button = page.locator('#export-button');
		expect(await button.getAttribute('aria-haspopup')).toBe('menu');
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		await button.focus();
		await page.keyboard.press('ArrowDown');
		await page.locator('[role=menu]').waitFor();
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		expect(
			await page.locator('[role=menuitem]').evaluateAll((els) => els.map((e) => e.getAttribute('data-export')))
		).toEqual(['docx', 'html', 'pdf', 'md', 'csv', 'json']);
		await page.waitForFunction(() => document.activeElement?.getAttribute('data-export') === 'docx');
		await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('json');
		await page.keyboard.press('Escape');
		expect(await page.locator('[role=menu]').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('export-button');
		await page.context().close();
	});

	it('every format saves a right file named from both symbols; nothing is sent', async () => {
		const { page, requests, errors } = await session.open();
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		await page.locator('#export-button').click();
		await page.locator('[role=menu]').waitFor();
		await page.screenshot({ path: '/tmp/shots/export-menu.png' });
		await page.keyboard.press('Escape');
		const before = requests.length;
		const scriptsBefore = new Set(requests.filter((r) => r.url.endsWith('.js')).map((r) => r.url));

		const word = await download(page, 'docx');
		expect(word.name).toBe(`${STEM}.docx`);
		// The Word renderer (and the docx package) is fetched only when Word is chosen.
		const lazy = requests.slice(before).filter((r) => r.url.endsWith('.js') && !scriptsBefore.has(r.url));
		expect(lazy.some((r) => readFileSync(join('build', new URL(r.url).pathname)).includes('trackRevisions'))).toBe(
			true
		);
		const xml = strFromU8(unzipSync(word.bytes)['word/document.xml']);
		expect(xml).toMatch(/<w:ins [^>]*w:author="resodiff"/);
		expect(xml).toMatch(/<w:del [^>]*w:author="resodiff"/);

		const html = await download(page, 'html');
		expect(html.name).toBe(`${STEM}.html`);
		const page_ = strFromU8(html.bytes);
		for (const part of ['A/RES/67/38', 'A/RES/76/40', '<del', '<ins']) expect(page_).toContain(part);

		const md = await download(page, 'md');
		expect(md.name).toBe(`${STEM}.md`);
		expect(strFromU8(md.bytes)).toContain('A/RES/76/40');

		const csv = await download(page, 'csv');
		expect(csv.name).toBe(`${STEM}.csv`);
		expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

		const json = await download(page, 'json');
		expect(json.name).toBe(`${STEM}.json`);
		const data = JSON.parse(strFromU8(json.bytes)) as Comparison;
		expect(data.version).toBe(1);
		expect(data.rows).toHaveLength(session.expected.rows.length);
		expect(data.rows.map((r) => r.status)).toEqual(session.expected.rows.map((r) => r.status));

		// PDF: the HTML report goes to the browser's print in a hidden frame, titled with the file's stem.
		await page.locator('#export-button').click();
		await page.locator('[role=menuitem][data-export=pdf]').click();
		await page.locator('iframe[data-export-print]').waitFor({ state: 'attached' });
		await page.locator('.export [role=status]').filter({ hasText: '另存为 PDF' }).waitFor({ state: 'attached' });
		const frame = page.frames().find((f) => f.url() === 'about:srcdoc');
		expect(frame).toBeDefined();
		expect(await frame!.title()).toBe(STEM);
		const printed = await frame!.content();
		for (const part of ['A/RES/67/38', 'A/RES/76/40', '<del', '<ins']) expect(printed).toContain(part);

		expect(await page.locator('[data-export-error]').count()).toBe(0);
		expectNoBodiesSince(requests, before);
		expectNothingLeft(requests, []);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('exporting a comparison of the reader’s own files', { timeout: 180_000 }, () => {
	it('the HTML report keeps a document’s markup as text: no script tag', async () => {
		const text = readFileSync(NEW, 'utf8');
		const op = '2. **又重申**多边主义是解决裁军和不扩散问题的核心原则；';
		expect(text).toContain(op);
		const hostile = session.file(
			'hostile.txt',
			text.replace(op, '2. **又重申**<script>alert(1)</script>多边主义是解决裁军和不扩散问题的核心原则；')
		);
		const { page, requests, errors } = await session.open();
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto(at('/'));
		await chooseFiles(page, OLD, hostile);
		await page.locator('[data-action=compare]').click();
		await page.waitForURL(/\/compare\?local=1$/, { timeout: 60_000 });
		await waitForRows(page);
		const before = requests.length;

		const html = await download(page, 'html');
		expect(html.name).toBe(`${STEM}.html`);
		const report = strFromU8(html.bytes);
		expect(report).not.toMatch(/<script/i);
		expect(report).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');

		const word = await download(page, 'docx');
		expect(word.name).toBe(`${STEM}.docx`);
		expect(strFromU8(unzipSync(word.bytes)['word/document.xml'])).toContain('&lt;script&gt;alert(1)');

		await page.locator('#export-button').click();
		await page.locator('[role=menuitem][data-export=pdf]').click();
		await page.locator('iframe[data-export-print]').waitFor({ state: 'attached' });
		expect(dialogs).toEqual([]);

		expectNoBodiesSince(requests, before);
		expectNothingLeft(requests, ['alert(1)', '多边主义']);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
