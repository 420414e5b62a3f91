// Word files opened through the file inputs: read in the browser's worker like any other file, never
// uploaded. One Word draft alone is compared with its own tracked changes. The drafts are the LibreOffice
// drafts of tests/fixtures/docx/ (A/RES/76/40 with a 77th-session draft's changes tracked against it), and the
// same draft saved as a Word 97–2003 .doc (tests/fixtures/doc/).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/lib/core/index';
import { readRevisionPair } from '../../src/lib/io/revisions';
import {
	at,
	chooseFiles,
	compareInNode,
	corpusFile,
	expectNothingLeft,
	rowStatuses,
	useBrowser,
	waitForRows
} from './ui-support';

const session = useBrowser();

const DRAFT = join(resolve('.'), 'tests', 'fixtures', 'docx', 'A-RES-76-40.zh.draft-77.docx');

describe('Word files in the browser', { timeout: 120_000 }, () => {
	it('a resolution against a Word draft: the draft read as Word shows it, nothing uploaded', async () => {
		const { page, requests, errors } = await session.compareFiles(corpusFile('A-RES-76-40.zh.txt'), DRAFT);
		await page.waitForURL(/\/compare\?local=1$/, { timeout: 60_000 });
		await waitForRows(page);
		const expected = await compareInNode(corpusFile('A-RES-76-40.zh.txt'), DRAFT);
		expect(await rowStatuses(page)).toEqual(expected.rows.map((r) => r.status));
		expectNothingLeft(requests, ['加强多边对话与合作', '深为关切']);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('one Word draft alone: its original text against its tracked changes', async () => {
		const { page, requests, errors } = await session.open();
		await page.goto(at('/'));
		await chooseFiles(page, null, DRAFT);
		expect(await page.locator('[data-draft-note]').textContent()).toMatch(/只有一个 Word 文件/);
		await page.locator('[data-action=compare]').click();
		await page.waitForURL(/\/compare\?local=1$/, { timeout: 60_000 });
		await waitForRows(page);
		const pair = readRevisionPair({ bytes: new Uint8Array(readFileSync(DRAFT)), name: 'draft.docx' });
		const expected = compareDocuments(pair.original, pair.accepted);
		expect(await rowStatuses(page)).toEqual(expected.rows.map((r) => r.status));
		expect(await page.locator('article.row[data-status=inserted]').count()).toBe(3);
		expect(await page.locator('article.row[data-status=moved]').count()).toBe(1);
		// The two sides are the draft's two versions, named apart; its masthead names the draft.
		expect(await page.title()).toMatch(/A\/C\.1\/77\/L\.5（修订前）.*A\/C\.1\/77\/L\.5（修订后）/);
		expectNothingLeft(requests, ['加强多边对话与合作']);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('one Word 97–2003 .doc draft alone: read in the browser as its .docx, both versions', async () => {
		const doc = join(resolve('.'), 'tests', 'fixtures', 'doc', 'A-RES-76-40.zh.draft-77.doc');
		const { page, requests, errors } = await session.open();
		await page.goto(at('/'));
		await chooseFiles(page, null, doc);
		await page.locator('[data-action=compare]').click();
		await page.waitForURL(/\/compare\?local=1$/, { timeout: 60_000 });
		await waitForRows(page);
		const fromDocx = readRevisionPair({ bytes: new Uint8Array(readFileSync(DRAFT)), name: 'draft.docx' });
		const expected = compareDocuments(fromDocx.original, fromDocx.accepted);
		expect(await rowStatuses(page)).toEqual(expected.rows.map((r) => r.status));
		expect(await page.locator('article.row[data-status=inserted]').count()).toBe(3);
		expect(await page.title()).toMatch(/A\/C\.1\/77\/L\.5（修订前）.*A\/C\.1\/77\/L\.5（修订后）/);
		expectNothingLeft(requests, ['加强多边对话与合作']);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a damaged .doc says so on the page, in one line', async () => {
		const cut = join(mkdtempSync(join(tmpdir(), 'resodiff-doc-')), 'cut.doc');
		writeFileSync(cut, readFileSync(join(resolve('.'), 'tests', 'fixtures', 'docx', 'legacy.doc')).subarray(0, 3000));
		const { page } = await session.open();
		await page.goto(at('/'));
		await chooseFiles(page, corpusFile('A-RES-76-40.zh.txt'), cut);
		await page.locator('[data-action=compare]').click();
		await page.locator('[data-error]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-error]').textContent()).toMatch(/cut\.doc.*damaged|cut\.doc.*损坏/);
		await page.context().close();
	});
});
