// The series page: the shipped versions of a recurring resolution traced in the browser, a cell per
// paragraph line and version with the statuses the core gives, a step's diff beside the grid, the
// reader's own next version added as a file (never sent anywhere), phrase tracking and the filters.
// The session-77 version below is made from the real 76/40: session, dates and symbols moved on, one
// rewording (敦促 → 促请) and one inserted preambular paragraph.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarizeVersions } from '../../src/lib/core/report/series';
import { traceSeries, type SeriesTrace } from '../../src/lib/core/series';
import { findTerm } from '../../src/lib/core/terms';
import type { ResolutionDocument } from '../../src/lib/core/types';
import { readDocument } from '../../src/lib/io/read';
import { openPage } from './harness';
import { at, corpusFile, expectNothingLeft, useBrowser } from './ui-support';

const session = useBrowser({ folder: 'series' });

const SERIES = '/series/multilateralism-disarmament';
const text7640 = readFileSync(corpusFile('A-RES-76-40.zh.txt'), 'utf8');
const INSERTED = '欢迎裁军谈判会议在 2022 年会议期间就其工作方案达成共识，并强调必须尽早开始实质性工作，';

/** Replaces text that must be there (a draft that silently kept last year's wording would prove nothing). */
function swap(text: string, from: string, to: string): string {
	if (!text.includes(from)) throw new Error(`76/40 no longer contains ${from}`);
	return text.split(from).join(to);
}

/** The next session's version of 76/40, as a delegation would prepare it from last year's text. */
function draftSession77(text: string): string {
	const edits: [string, string][] = [
		['第七十六届会议\n\n议程项目 100 (r)', '第七十七届会议\n\n议程项目 98 (r)'],
		[
			'2021 年 12 月 6 日大会决议\n\n[根据第一委员会的报告(A/76/444, 第 93 段)通过]\n\n76/40.',
			'2022 年 12 月 7 日大会决议\n\n[根据第一委员会的报告(A/77/385, 第 90 段)通过]\n\n77/55.'
		],
		[
			'2019 年 12 月 12 日第 74/55 号和 2020 年 12 月 7 日第 75/47 号决议',
			'2019 年 12 月 12 日第 74/55 号、2020 年 12 月 7 日第 75/47 号和 2021 年 12 月 6 日第 76/40 号决议'
		],
		['依照第 75/47 号决议', '依照第 76/40 号决议'],
		['³ A/76/90。', '³ A/77/91。'],
		['第七十七届会议提交报告', '第七十八届会议提交报告'],
		['大会第七十七届会议临时议程', '大会第七十八届会议临时议程'],
		['2021 年 12 月 6 日\n第 45 次全体会议', '2022 年 12 月 7 日\n第 44 次全体会议'],
		// One rewording, and one new preambular paragraph.
		['3. **敦促**所有有关国家', '3. **促请**所有有关国家'],
		['\n\n强调指出国际合作', `\n\n${INSERTED}\n\n强调指出国际合作`]
	];
	return edits.reduce((t, [from, to]) => swap(t, from, to), text);
}

let draftPath: string;
let shipped: ResolutionDocument[];
let draft: ResolutionDocument;
let two: SeriesTrace;
let three: SeriesTrace;

/** Reads a document in Node from the same bytes and name the page reads. */
function read(bytes: Uint8Array, name: string): Promise<ResolutionDocument> {
	return readDocument({ bytes, name });
}

beforeAll(async () => {
	draftPath = session.file('draft-77.txt', draftSession77(text7640));
	shipped = await Promise.all(
		['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt'].map((f) => read(new Uint8Array(readFileSync(corpusFile(f))), f))
	);
	draft = await read(new Uint8Array(readFileSync(draftPath)), 'draft-77.txt');
	two = traceSeries(shipped);
	three = traceSeries([...shipped, draft]);
}, 60_000);

/** Waits for the grid to show `versions` columns. */
async function waitForGrid(page: Page, versions: number): Promise<void> {
	await page.waitForFunction(
		(n) =>
			document.querySelectorAll('[data-grid] thead th.ver').length === n && !document.querySelector('[aria-busy=true]'),
		versions,
		{
			timeout: 60_000
		}
	);
}

/** Each row's cells as `status` or `status/r` when routine, as the page writes them. */
function cellMatrix(page: Page): Promise<string[][]> {
	return page.$$eval('[data-grid] tbody tr', (rows) =>
		rows.map((r) =>
			[...r.querySelectorAll<HTMLElement>('td.cell')].map(
				(td) => td.dataset.status + (td.dataset.routine === 'true' ? '/r' : '')
			)
		)
	);
}

/** The same matrix from a trace made in Node. */
function expectedMatrix(trace: SeriesTrace): string[][] {
	return trace.lineages.map((l) =>
		l.cells.map((c) => (c ? c.status + (c.routine && c.status !== 'unchanged' ? '/r' : '') : 'absent'))
	);
}

/** The grid row whose label column opens with `start`. */
function rowStarting(page: Page, start: string) {
	return page
		.locator('[data-grid] tbody tr')
		.filter({ has: page.locator('th.label .opening', { hasText: new RegExp(`^${start}`) }) });
}

async function openSeries(): Promise<Awaited<ReturnType<typeof openPage>>> {
	const opened = await session.open();
	await opened.page.goto(at(SERIES));
	await waitForGrid(opened.page, 2);
	return opened;
}

describe('the series page of 促进裁军和不扩散领域的多边主义', () => {
	it('traces 67/38 → 76/40: 27 paragraph lines with the cell statuses the core gives', async () => {
		const { page, errors, requests } = await openSeries();
		expect(two.lineages).toHaveLength(27);
		expect(await page.locator('[data-grid] tbody tr').count()).toBe(27);
		expect(await page.$$eval('[data-grid] thead th.ver .sym', (ths) => ths.map((th) => th.textContent))).toEqual([
			'67/38',
			'76/40'
		]);
		expect(await cellMatrix(page)).toEqual(expectedMatrix(two));
		// What an analyst reads off the grid: the session updates are routine, the rewordings are not.
		for (const start of ['回顾其关于', '表示注意到秘书长', '决定在大会']) {
			const cell = rowStarting(page, start).locator('td.cell[data-version="1"]');
			expect(await cell.getAttribute('data-status'), start).toBe('modified');
			expect(await cell.getAttribute('data-routine'), start).toBe('true');
		}
		const stress = rowStarting(page, '强调指出').locator('td.cell[data-version="1"]');
		expect([await stress.getAttribute('data-status'), await stress.getAttribute('data-routine')]).toEqual([
			'modified',
			'false'
		]);
		expect(await rowStarting(page, '回顾其关于').locator('th.label .chip').textContent()).toBe('序言 2');
		expect(await rowStarting(page, '表示注意到秘书长').locator('th.label .chip').textContent()).toBe('执行 7');
		// The chart's table holds the per-version counts.
		const summary = summarizeVersions(two)[1];
		for (const kind of ['substantive', 'routine', 'inserted', 'ended'] as const) {
			expect(await page.locator(`[data-chart] tr[data-kind=${kind}] td`).nth(1).textContent(), kind).toBe(
				String(summary[kind])
			);
		}
		expect(await page.title()).toContain('促进裁军和不扩散领域的多边主义');
		expect(errors).toEqual([]);
		expectNothingLeft(requests, []);
		await page.context().close();
	});

	it('a click on a cell shows that step’s diff beside the grid; Enter does the same from the keyboard', async () => {
		const { page, errors } = await openSeries();
		await rowStarting(page, '强调指出').locator('td.cell[data-version="1"] button').click();
		const panel = page.locator('#step-panel');
		await panel.locator('article.row').first().waitFor();
		expect(await panel.locator('h2').textContent()).toMatch(/A\/RES\/67\/38\s*→\s*A\/RES\/76\/40/);
		expect(await panel.locator('article.row').getAttribute('data-status')).toBe('modified');
		expect(await panel.locator('ins.d').allTextContents()).toContain('指出');
		expect(
			await rowStarting(page, '强调指出').locator('td.cell[data-version="1"] button').getAttribute('aria-pressed')
		).toBe('true');

		// From the keyboard: the next row down, Enter.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => panel.locator('.line .opening').textContent()).toMatch(/^严重关切/);
		expect(await panel.locator('ins.d').allTextContents()).toContain('严重');
		// Walking back along the line shows its text in 67/38, with nothing marked.
		await panel.locator('[data-walk=prev]').click();
		await expect.poll(() => panel.locator('h2').textContent()).toMatch(/A\/RES\/67\/38\s*首个版本/);
		expect(await panel.locator('ins.d, del.d').count()).toBe(0);
		expect(await panel.locator('article.row .text').textContent()).toMatch(/^关切/);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a session-77 draft added as a file makes a third column with an inserted line, and never leaves the browser', async () => {
		const { page, errors, requests } = await openSeries();
		await page.locator('input[data-action=add-version]').setInputFiles(draftPath);
		await waitForGrid(page, 3);
		expect(await page.locator('[data-grid] tbody tr').count()).toBe(three.lineages.length);
		const matrix = await cellMatrix(page);
		expect(matrix).toEqual(expectedMatrix(three));
		expect(matrix.filter((r) => r.join() === 'absent,absent,inserted')).toHaveLength(1);
		const inserted = rowStarting(page, '欢迎裁军谈判会议在');
		expect(await inserted.locator('td.cell[data-version="2"]').getAttribute('data-status')).toBe('inserted');
		const reworded = rowStarting(page, '促请所有有关国家').locator('td.cell[data-version="2"]');
		expect([await reworded.getAttribute('data-status'), await reworded.getAttribute('data-routine')]).toEqual([
			'modified',
			'false'
		]);
		expect(await page.locator('[data-grid] thead th.ver.local').count()).toBe(1);
		expect(await page.locator('.local[role=note]').textContent()).toMatch(/没有上传任何内容/);

		// The draft's own words, and its file name, are in no request.
		expectNothingLeft(requests, ['欢迎裁军谈判会议在', 'A/77/385', 'draft-77', '促请所有有关国家']);
		expect(errors).toEqual([]);

		// Removing it brings back the two shipped versions.
		await page.locator('[data-remove^="file:"]').click();
		await waitForGrid(page, 2);
		expect(await cellMatrix(page)).toEqual(expectedMatrix(two));
		await page.context().close();
	});

	it('tracks 严重关切: first in A/RES/76/40, with per-version counts and the cells marked', async () => {
		const { page, errors } = await openSeries();
		await page.locator('input[data-term-input]').fill('严重关切');
		await page.locator('[data-term-first]').waitFor();
		expect(await page.locator('[data-term-first]').textContent()).toContain('A/RES/76/40');
		const hits = findTerm(two.documents, '严重关切');
		expect(
			await page.$$eval('[data-grid] thead [data-term-count]', (els) =>
				els.map((e) => Number(e.getAttribute('data-term-count')))
			)
		).toEqual(hits.documents.map((d) => d.count));
		const marked = await page.$$eval('[data-grid] td[data-term]', (tds) =>
			tds.map((td) => td.closest('tr')?.querySelector('.opening')?.textContent?.slice(0, 4))
		);
		expect(marked).toEqual(['严重关切']);
		// A phrase in both versions, and one in none.
		await page.locator('input[data-term-input]').fill('多边主义');
		await expect.poll(() => page.locator('[data-term-first]').textContent()).toContain('A/RES/67/38');
		await page.locator('input[data-term-input]').fill('外层空间');
		await expect.poll(() => page.locator('[data-term-answer]').textContent()).toMatch(/不见于任何版本/);
		expect(await page.locator('[data-grid] td[data-term]').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('hiding routine changes hides the lines that only moved with the session', async () => {
		const { page } = await openSeries();
		const routineOnly = two.lineages.filter((l) => {
			const later = l.cells.slice(1);
			return (
				later.some((c) => c && c.status !== 'unchanged') &&
				later.every((c) => c && (c.status === 'unchanged' || c.routine))
			);
		});
		expect(routineOnly.length).toBeGreaterThan(0);
		await page.locator('[data-filter=hideRoutine]').click();
		await expect
			.poll(() => page.locator('[data-grid] tbody tr').count())
			.toBe(two.lineages.length - routineOnly.length);
		expect(await rowStarting(page, '回顾其关于').count()).toBe(0);
		expect(await rowStarting(page, '强调指出').count()).toBe(1);
		await page.locator('[data-filter=onlyChanges]').click();
		const substantive = two.lineages.filter((l) =>
			l.cells.slice(1).some((c) => c && c.status !== 'unchanged' && !c.routine)
		);
		await expect.poll(() => page.locator('[data-grid] tbody tr').count()).toBe(substantive.length);
		await page.context().close();
	});
});

describe('a series of the reader’s own files', () => {
	it('starts from files only, placed by session whatever the order chosen', async () => {
		const { page, errors, requests } = await session.open();
		await page.goto(at('/series/local'));
		await page.locator('input[data-action=add-version]').setInputFiles([draftPath, corpusFile('A-RES-76-40.zh.txt')]);
		await waitForGrid(page, 2);
		expect(await page.$$eval('[data-grid] thead th.ver .sym', (ths) => ths.map((th) => th.textContent))).toEqual([
			'76/40',
			'77/55'
		]);
		expect(await cellMatrix(page)).toEqual(expectedMatrix(traceSeries([shipped[1], draft])));
		expectNothingLeft(requests, ['欢迎裁军谈判会议在', '德黑兰', 'draft-77']);
		expect(requests.some((r) => /corpus|\.txt/.test(r.url))).toBe(false);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('reads PDFs in the browser too, and nothing leaves', async () => {
		const pdf = (name: string) => join(resolve('.'), 'tests', 'fixtures', 'pdf', name);
		const { page, errors, requests } = await session.open();
		await page.goto(at('/series/local'));
		await page
			.locator('input[data-action=add-version]')
			.setInputFiles([pdf('A-RES-76-40.pdf'), pdf('A-RES-67-38.pdf')]);
		await waitForGrid(page, 2);
		expect(await page.$$eval('[data-grid] thead th.ver .sym', (ths) => ths.map((th) => th.textContent))).toEqual([
			'67/38',
			'76/40'
		]);
		expect(await page.locator('[data-grid] td.cell[data-status=modified]').count()).toBeGreaterThan(0);
		expectNothingLeft(requests, ['德黑兰', '巴库', '不结盟国家']);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 120_000);

	it('a file that cannot be read is named on the page, and the series stays', async () => {
		const { page, errors } = await openSeries();
		const bad = session.file(
			'garbage.txt',
			Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)
		);
		await page.locator('input[data-action=add-version]').setInputFiles(bad);
		await page.locator('[data-error]').waitFor();
		expect(await page.locator('[data-error]').textContent()).toContain('garbage.txt');
		expect(await page.locator('[data-grid] thead th.ver').count()).toBe(2);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('on a phone the summary is folded, so the grid comes first, and its heading opens it', async () => {
		const { page, errors } = await session.open({ width: 390, height: 844 });
		await page.goto(at(SERIES));
		await waitForGrid(page, 2);
		const fold = page.locator('[data-action=summary]');
		expect(await fold.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator('[data-chart]').isVisible()).toBe(false);
		// The grid's first line starts within the first screen and a half, not below the chart.
		const grid = await page.locator('[data-grid] tbody tr').first().boundingBox();
		expect(grid!.y).toBeLessThan(844 * 1.5);
		await fold.click();
		expect(await fold.getAttribute('aria-expanded')).toBe('true');
		expect(await page.locator('[data-chart]').isVisible()).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('an unknown series is a 404 page', async () => {
		const { page } = await session.open();
		await page.goto(at('/series/no-such-series'));
		await page.locator('h1').waitFor();
		expect(await page.locator('h1').textContent()).toBe('没有这个页面。');
		await page.context().close();
	});
});
