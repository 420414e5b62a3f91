// The compare page on the showcase pair (67/38 → 76/40): rows as the core aligned them, counts that
// match the rows, change-to-change navigation by key and by button, filters, the redline, and the
// pages a wrong or stale link leads to.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROW_STATUSES, type Comparison } from '../../src/lib/core/types';
import { openBrowser, openPage, type SeenRequest } from './harness';
import {
	SHOWCASE,
	at,
	columnTexts,
	compareInNode,
	corpusFile,
	expectNothingLeft,
	headerCount,
	rowStatuses,
	waitForRows
} from './ui-support';

let browser: Browser;
let expected: Comparison;

beforeAll(async () => {
	browser = await openBrowser();
	expected = await compareInNode(corpusFile('A-RES-67-38.zh.txt'), corpusFile('A-RES-76-40.zh.txt'));
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

async function openShowcase(): Promise<{ page: Page; requests: SeenRequest[]; errors: string[] }> {
	const opened = await openPage(browser);
	await opened.page.goto(at(SHOWCASE));
	await waitForRows(opened.page);
	return opened;
}

/** The id and status of the focused element, if it is a row. */
function focused(page: Page): Promise<{ id: string; status: string | null }> {
	return page.evaluate(() => ({
		id: document.activeElement?.id ?? '',
		status: document.activeElement?.getAttribute('data-status') ?? null
	}));
}

describe('the showcase comparison', { timeout: 120_000 }, () => {
	it('shows one row per aligned row, in the core’s order, with both documents’ particulars', async () => {
		const { page, errors, requests } = await openShowcase();
		expect(await rowStatuses(page)).toEqual(expected.rows.map((r) => r.status));
		const routine = await page.$$eval('article.row', (rows) => rows.map((r) => r.getAttribute('data-routine')));
		expect(routine).toEqual(expected.rows.map((r) => String(r.status !== 'unchanged' && r.routine)));
		const header = (await page.locator('.docs').textContent()) ?? '';
		for (const fact of [
			'A/RES/67/38',
			'A/RES/76/40',
			'2012 年 12 月 3 日',
			'2021 年 12 月 6 日',
			'第 76 届会议',
			'第 45 次全体会议',
			'100 (r)'
		]) {
			expect(header).toContain(fact);
		}
		expect(await page.title()).toBe('A/RES/67/38 → A/RES/76/40 · resodiff');
		expect(errors).toEqual([]);
		expectNothingLeft(requests, []);
		await page.context().close();
	});

	it('counts in the header match the rows on the page', async () => {
		const { page } = await openShowcase();
		const statuses = await rowStatuses(page);
		for (const status of ROW_STATUSES) {
			expect(await headerCount(page, status), status).toBe(statuses.filter((s) => s === status).length);
		}
		const rows = await page.$$eval('article.row', (els) =>
			els.map((r) => ({ status: r.getAttribute('data-status'), routine: r.getAttribute('data-routine') === 'true' }))
		);
		const changed = rows.filter((r) => r.status !== 'unchanged');
		expect(await headerCount(page, 'routine')).toBe(changed.filter((r) => r.routine).length);
		expect(await headerCount(page, 'substantive')).toBe(changed.filter((r) => !r.routine).length);
		expect(changed.length).toBeGreaterThan(0);
		await page.context().close();
	});

	it('each column shows exactly its paragraphs’ texts: nothing lost, no stray spaces', async () => {
		const { page } = await openShowcase();
		const byId = (doc: Comparison['old']) => new Map(doc.paragraphs.map((p) => [p.id, p.text]));
		const oldTexts = byId(expected.old);
		const newTexts = byId(expected.new);
		expect(await columnTexts(page, 'old')).toEqual(expected.rows.map((r) => r.old.map((id) => oldTexts.get(id))));
		expect(await columnTexts(page, 'new')).toEqual(expected.rows.map((r) => r.new.map((id) => newTexts.get(id))));
		await page.context().close();
	});

	it('marks insertions and deletions with ins/del, never with a line-through', async () => {
		const { page } = await openShowcase();
		const marks = await page.$$eval('article.row ins.d, article.row del.d', (els) =>
			els.map((el) => ({
				tag: el.tagName,
				line: getComputedStyle(el).textDecorationLine,
				style: getComputedStyle(el).textDecorationStyle
			}))
		);
		expect(marks.some((m) => m.tag === 'INS')).toBe(true);
		expect(marks.some((m) => m.tag === 'DEL')).toBe(true);
		for (const m of marks) expect(m.line).not.toContain('line-through');
		// Told apart without colour: a solid line under insertions, a dotted one under deletions.
		expect(new Set(marks.filter((m) => m.tag === 'INS').map((m) => m.style))).toEqual(new Set(['solid']));
		expect(new Set(marks.filter((m) => m.tag === 'DEL').map((m) => m.style))).toEqual(new Set(['dotted']));
		// Unchanged rows hold no marks at all.
		expect(await page.locator('article.row[data-status=unchanged] :is(ins, del)').count()).toBe(0);
		await page.context().close();
	});

	it('cites footnotes at their marks and lists them under the row', async () => {
		const { page } = await openShowcase();
		const cited = expected.new.paragraphs.filter((p) => p.footnotes?.length);
		expect(cited.length).toBeGreaterThan(0);
		for (const p of cited) {
			const para = page.locator(`.cell.new .para[data-paragraph="${p.id}"]`);
			expect(await para.locator('sup.fn').count()).toBe(p.footnotes!.length);
			const notes = (await para.locator('xpath=..').locator('ol.notes').textContent()) ?? '';
			for (const mark of p.footnotes!) {
				const note = expected.new.footnotes.find((f) => f.mark === mark)!;
				expect(notes).toContain(note.text);
			}
		}
		await page.context().close();
	});
});

describe('moving from change to change', { timeout: 120_000 }, () => {
	const changedIds = () => expected.rows.flatMap((r, i) => (r.status !== 'unchanged' ? [`row-${i + 1}`] : []));

	it('n and j go forward, p and k go back, through changed rows only, with focus', async () => {
		const { page } = await openShowcase();
		const ids = changedIds();
		expect(ids.length).toBeGreaterThan(2);
		await page.keyboard.press('n');
		expect(await focused(page)).toEqual({ id: ids[0], status: expected.rows[Number(ids[0].slice(4)) - 1].status });
		await page.keyboard.press('j');
		expect((await focused(page)).id).toBe(ids[1]);
		await page.keyboard.press('n');
		expect((await focused(page)).id).toBe(ids[2]);
		await page.keyboard.press('p');
		expect((await focused(page)).id).toBe(ids[1]);
		await page.keyboard.press('k');
		expect((await focused(page)).id).toBe(ids[0]);
		expect((await page.locator('.step .where').textContent())?.replace(/\s+/g, '')).toBe(`1/${ids.length}`);
		// The focused row is on screen, below the sticky bar.
		const box = await page.locator(`#${ids[0]}`).boundingBox();
		const bar = await page.locator('.sticky').boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
		expect(box!.y).toBeLessThan(900);
		await page.context().close();
	});

	it('the buttons do the same, and the last change stays the last', async () => {
		const { page } = await openShowcase();
		const ids = changedIds();
		for (const id of ids) {
			await page.locator('[data-step=next]').click();
			expect((await focused(page)).id).toBe(id);
		}
		await page.locator('[data-step=next]').click();
		expect((await focused(page)).id).toBe(ids.at(-1));
		await page.locator('[data-step=prev]').click();
		expect((await focused(page)).id).toBe(ids.at(-2));
		await page.context().close();
	});

	it('typing in a field does not move', async () => {
		const { page } = await openShowcase();
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.id = 'probe';
			document.body.prepend(input);
		});
		await page.locator('#probe').focus();
		await page.keyboard.press('n');
		expect((await focused(page)).id).toBe('probe');
		await page.context().close();
	});
});

describe('filters and layouts', { timeout: 120_000 }, () => {
	it('changes only, without routine changes, operative only; and back', async () => {
		const { page } = await openShowcase();
		await page.locator('[data-filter=onlyChanges]').click();
		expect(await rowStatuses(page)).toEqual(expected.rows.filter((r) => r.status !== 'unchanged').map((r) => r.status));
		await page.locator('[data-filter=hideRoutine]').click();
		const kept = expected.rows.filter((r) => r.status !== 'unchanged' && !r.routine);
		expect(await rowStatuses(page)).toEqual(kept.map((r) => r.status));
		expect(await page.locator('article.row[data-routine=true]').count()).toBe(0);
		await page.locator('[data-filter=onlyChanges]').click();
		await page.locator('[data-filter=hideRoutine]').click();
		await page.locator('[data-filter=operativeOnly]').click();
		const chips = await page.$$eval('article.row', (rows) =>
			rows.map((r) => [...r.querySelectorAll('.chip')].map((c) => c.textContent ?? '').join(' '))
		);
		expect(chips.length).toBeGreaterThan(0);
		expect(chips.length).toBeLessThan(expected.rows.length);
		for (const c of chips) expect(c).toMatch(/执行/);
		await page.locator('[data-filter=operativeOnly]').click();
		expect((await rowStatuses(page)).length).toBe(expected.rows.length);
		await page.context().close();
	});

	it('the filter is remembered across a reload (a preference, not a document)', async () => {
		const { page } = await openShowcase();
		await page.locator('[data-filter=onlyChanges]').click();
		await page.reload();
		await waitForRows(page);
		expect(await page.locator('[data-filter=onlyChanges]').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('article.row[data-status=unchanged]').count()).toBe(0);
		await page.context().close();
	});

	it('the redline shows one column: the new text with deletions in place', async () => {
		const { page } = await openShowcase();
		await page.locator('[data-layout=inline]').click();
		expect(await page.locator('.cell.old').count()).toBe(0);
		expect(await rowStatuses(page)).toEqual(expected.rows.map((r) => r.status));
		const newTexts = new Map(expected.new.paragraphs.map((p) => [p.id, p.text]));
		const shown = await page.$$eval('article.row', (rows) =>
			rows.map((row) =>
				[...row.querySelectorAll('.cell.inline .para .text')].map((el) => {
					const copy = el.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('sup, .pilcrow, del').forEach((n) => n.remove());
					return copy.textContent ?? '';
				})
			)
		);
		expect(shown).toEqual(expected.rows.map((r) => r.new.map((id) => newTexts.get(id))));
		expect(await page.locator('.cell.inline del.d').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('a narrow window stacks the columns', async () => {
		const { page } = await openPage(browser, { width: 390, height: 844 });
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		const row = page.locator('article.row[data-status=modified]').first();
		const oldBox = await row.locator('.cell.old').boundingBox();
		const newBox = await row.locator('.cell.new').boundingBox();
		expect(newBox!.y).toBeGreaterThanOrEqual(oldBox!.y + oldBox!.height - 1);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await page.context().close();
	});

	it('printing hides the controls', async () => {
		const { page } = await openShowcase();
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.sticky').isVisible()).toBe(false);
		expect(await page.locator('header.site').isVisible()).toBe(false);
		expect(await page.locator('article.row').count()).toBe(expected.rows.length);
		await page.context().close();
	});
});

describe('warnings', { timeout: 120_000 }, () => {
	it('two different resolutions: the core’s warning is shown above the rows', async () => {
		const different = await compareInNode(corpusFile('A-RES-67-38.zh.txt'), corpusFile('A-RES-68-46.zh.txt'));
		expect(different.warnings?.length).toBeGreaterThan(0);
		const { page } = await openPage(browser);
		await page.goto(at('/compare?old=A/RES/67/38&new=A/RES/68/46'));
		await waitForRows(page);
		const box = page.locator('section.warnings');
		expect(await box.isVisible()).toBe(true);
		const text = (await box.textContent()) ?? '';
		for (const warning of different.warnings!) expect(text.split(warning)).toHaveLength(2); // shown once
		await page.context().close();
	});
});

describe('links that lead nowhere', { timeout: 120_000 }, () => {
	it('a symbol not in the corpus: a visible message naming it, and a way home', async () => {
		const { page, errors } = await openPage(browser);
		await page.goto(at('/compare?old=A/RES/99/1&new=A/RES/76/40'));
		const message = page.locator('[data-error]');
		await message.waitFor({ timeout: 30_000 });
		expect(await message.textContent()).toContain('A/RES/99/1');
		expect(await page.locator('a[href="/"]').filter({ hasText: '返回首页' }).count()).toBe(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a link without documents says what is missing', async () => {
		const { page } = await openPage(browser);
		await page.goto(at('/compare?old=A/RES/67/38'));
		await page.locator('[data-error]').waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-error]').textContent()).toMatch(/new/);
		await page.context().close();
	});

	it('a local comparison opened anew (a reload): says it is gone, and links home', async () => {
		const { page } = await openPage(browser);
		await page.goto(at('/compare?local=1'));
		const notice = page.locator('.notice');
		await notice.waitFor({ timeout: 30_000 });
		expect(await notice.textContent()).toMatch(/不在内存中|gone/);
		expect(await page.locator('a[href="/"]').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('the home page links to the showcase in one click', async () => {
		const { page, requests } = await openPage(browser);
		await page.goto(at('/'));
		await page.locator('a.showcase').click();
		await waitForRows(page);
		expect(new URL(page.url()).search).toBe('?old=A/RES/67/38&new=A/RES/76/40');
		expectNothingLeft(requests, []);
		await page.context().close();
	});
});
