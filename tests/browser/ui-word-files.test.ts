// Word files opened through the file inputs: read in the browser's worker like any other file, never
// uploaded. One Word draft alone is compared with its own tracked changes. The drafts are the LibreOffice
// drafts of tests/fixtures/docx/ (A/RES/76/40 with a 77th-session draft's changes tracked against it).
import { readFileSync } from 'node:fs';
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

	it('a Word 97-2003 .doc says what to do on the page', async () => {
		const { page } = await session.open();
		await page.goto(at('/'));
		await chooseFiles(
			page,
			corpusFile('A-RES-76-40.zh.txt'),
			join(resolve('.'), 'tests', 'fixtures', 'docx', 'legacy.doc')
		);
		await page.locator('[data-action=compare]').click();
		await page.locator('[data-error]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-error]').textContent()).toMatch(/save it as \.docx/);
		await page.context().close();
	});
});
