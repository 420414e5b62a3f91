// The compare page on the showcase pair (67/38 → 76/40): rows as the core aligned them, counts that
// match the rows, change-to-change navigation by key and by button, filters, the redline, and the
// pages a wrong or stale link leads to.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROW_STATUSES, type Comparison } from '../../src/lib/core/types';
import { warningSentence } from '../../src/lib/core/warnings';
import { type SeenRequest } from './harness';
import {
	SHOWCASE,
	SHOWCASE_TEXTS,
	at,
	columnTexts,
	compareInNode,
	corpusFile,
	expectNothingLeft,
	headerCount,
	rowStatuses,
	useBrowser,
	waitForRows
} from './ui-support';

const session = useBrowser({ compare: SHOWCASE_TEXTS });

async function openShowcase(): Promise<{ page: Page; requests: SeenRequest[]; errors: string[] }> {
	const opened = await session.open();
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
		expect(await rowStatuses(page)).toEqual(session.expected.rows.map((r) => r.status));
		const routine = await page.$$eval('article.row', (rows) => rows.map((r) => r.getAttribute('data-routine')));
		expect(routine).toEqual(session.expected.rows.map((r) => String(r.status !== 'unchanged' && r.routine)));
		// The particulars are folded away until asked for; they are in the page all the same.
		expect(await page.locator('#particulars').isVisible()).toBe(false);
		await page.locator('[data-action=particulars]').click();
		expect(await page.locator('#particulars').isVisible()).toBe(true);
		const header = (await page.locator('.pair').textContent()) ?? '';
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
		const oldTexts = byId(session.expected.old);
		const newTexts = byId(session.expected.new);
		expect(await columnTexts(page, 'old')).toEqual(
			session.expected.rows.map((r) => r.old.map((id) => oldTexts.get(id)))
		);
		expect(await columnTexts(page, 'new')).toEqual(
			session.expected.rows.map((r) => r.new.map((id) => newTexts.get(id)))
		);
		await page.context().close();
	});

	it('marks changes as Word draws a redline: deletions struck through, insertions underlined, in del and ins', async () => {
		const { page } = await openShowcase();
		await page.locator('[data-layout=redline]').click();
		const marks = () =>
			page.$$eval('article.row ins.d, article.row del.d', (els) =>
				els.map((el) => {
					const style = getComputedStyle(el);
					return {
						tag: el.tagName,
						line: style.textDecorationLine,
						routine: el.classList.contains('routine'),
						opacity: Number(style.opacity),
						colour: style.color,
						said: getComputedStyle(el, '::before').content
					};
				})
			);
		const redline = await marks();
		expect(redline.some((m) => m.tag === 'INS')).toBe(true);
		expect(redline.some((m) => m.tag === 'DEL')).toBe(true);
		// Told apart without colour: a deletion beside an insertion never reads as one word.
		for (const m of redline) expect(m.line, m.tag).toBe(m.tag === 'DEL' ? 'line-through' : 'underline');
		// Routine changes are quieter, never invisible, and still marked the same way.
		const routine = redline.filter((m) => m.routine);
		expect(routine.length).toBeGreaterThan(0);
		for (const m of routine) expect(m.opacity).toBe(1);
		expect(routine[0].colour).not.toBe(redline.find((m) => !m.routine && m.tag === routine[0].tag)!.colour);
		// Screen readers hear where a change begins, in the interface language.
		expect(redline.find((m) => m.tag === 'INS')!.said).toContain('新增');
		expect(redline.find((m) => m.tag === 'DEL')!.said).toContain('删除');
		// Side by side, the same marks.
		await page.locator('[data-layout=side]').click();
		for (const m of await marks()) expect(m.line, m.tag).toBe(m.tag === 'DEL' ? 'line-through' : 'underline');
		// Unchanged rows hold no marks at all.
		expect(await page.locator('article.row[data-status=unchanged] :is(ins, del)').count()).toBe(0);
		await page.context().close();
	});

	it('cites footnotes at their marks and lists them under the row', async () => {
		const { page } = await openShowcase();
		const cited = session.expected.new.paragraphs.filter((p) => p.footnotes?.length);
		expect(cited.length).toBeGreaterThan(0);
		for (const p of cited) {
			const para = page.locator(`.cell.new .para[data-paragraph="${p.id}"]`);
			expect(await para.locator('sup.fn').count()).toBe(p.footnotes!.length);
			const notes = (await para.locator('xpath=..').locator('ol.notes').textContent()) ?? '';
			for (const mark of p.footnotes!) {
				const note = session.expected.new.footnotes.find((f) => f.mark === mark)!;
				expect(notes).toContain(note.text);
			}
		}
		await page.context().close();
	});
});

describe('moving from change to change', { timeout: 120_000 }, () => {
	const changedIds = () => session.expected.rows.flatMap((r, i) => (r.status !== 'unchanged' ? [`row-${i + 1}`] : []));

	it('n and j go forward, p and k go back, through changed rows only, with focus', async () => {
		const { page } = await openShowcase();
		const ids = changedIds();
		expect(ids.length).toBeGreaterThan(2);
		await page.keyboard.press('n');
		expect(await focused(page)).toEqual({
			id: ids[0],
			status: session.expected.rows[Number(ids[0].slice(4)) - 1].status
		});
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
		expect(await rowStatuses(page)).toEqual(
			session.expected.rows.filter((r) => r.status !== 'unchanged').map((r) => r.status)
		);
		await page.locator('[data-filter=hideRoutine]').click();
		const kept = session.expected.rows.filter((r) => r.status !== 'unchanged' && !r.routine);
		expect(await rowStatuses(page)).toEqual(kept.map((r) => r.status));
		expect(await page.locator('article.row[data-routine=true]').count()).toBe(0);
		await page.locator('[data-filter=onlyChanges]').click();
		await page.locator('[data-filter=hideRoutine]').click();
		await page.locator('[data-filter=operativeOnly]').click();
		const chips = await page.$$eval('article.row', (rows) =>
			rows.map((r) => [...r.querySelectorAll('.chip')].map((c) => c.textContent ?? '').join(' '))
		);
		expect(chips.length).toBeGreaterThan(0);
		expect(chips.length).toBeLessThan(session.expected.rows.length);
		for (const c of chips) expect(c).toMatch(/执行/);
		await page.locator('[data-filter=operativeOnly]').click();
		expect((await rowStatuses(page)).length).toBe(session.expected.rows.length);
		await page.context().close();
	});

	it('the view lives in the address: a change writes it, a reload or a shared link reproduces it', async () => {
		const { page } = await openShowcase();
		await page.locator('[data-filter=onlyChanges]').click();
		await page.locator('[data-layout=redline]').click();
		// Written in place (no new history entry), the documents' symbols still readable.
		expect(new URL(page.url()).search).toBe('?old=A/RES/67/38&new=A/RES/76/40&only=changes&view=redline');
		await page.reload();
		await waitForRows(page);
		expect(await page.locator('[data-filter=onlyChanges]').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('[data-layout=redline]').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('article.row[data-status=unchanged]').count()).toBe(0);
		// Back to the defaults: the parameters go.
		await page.locator('[data-filter=onlyChanges]').click();
		await page.locator('[data-layout=side]').click();
		expect(new URL(page.url()).search).toBe('?old=A/RES/67/38&new=A/RES/76/40');
		await page.context().close();
	});

	it('a link with every view parameter opens that view', async () => {
		const { page } = await session.open();
		await page.goto(at(`${SHOWCASE}&view=redline&only=changes&kind=operative&routine=hide`));
		await waitForRows(page);
		for (const filter of ['onlyChanges', 'operativeOnly', 'hideRoutine']) {
			expect(await page.locator(`[data-filter=${filter}]`).getAttribute('aria-pressed'), filter).toBe('true');
		}
		expect(await page.locator('.cell.old').count()).toBe(0);
		const kept = session.expected.rows.filter((r) => r.status !== 'unchanged' && !r.routine);
		const shown = await rowStatuses(page);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThanOrEqual(kept.length);
		expect(shown.every((s) => s !== 'unchanged')).toBe(true);
		expect(await page.locator('article.row[data-routine=true]').count()).toBe(0);
		await page.context().close();
	});

	it('the redline shows one column across the width: the new text with deletions in place', async () => {
		const { page } = await openShowcase();
		await page.locator('[data-layout=redline]').click();
		expect(await page.locator('.cell.old').count()).toBe(0);
		expect(await rowStatuses(page)).toEqual(session.expected.rows.map((r) => r.status));
		const newTexts = new Map(session.expected.new.paragraphs.map((p) => [p.id, p.text]));
		const shown = await page.$$eval('article.row', (rows) =>
			rows.map((row) =>
				[...row.querySelectorAll('.cell.redline .para .text')].map((el) => {
					const copy = el.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('sup, .pilcrow, del').forEach((n) => n.remove());
					return copy.textContent ?? '';
				})
			)
		);
		expect(shown).toEqual(session.expected.rows.map((r) => r.new.map((id) => newTexts.get(id))));
		expect(await page.locator('.cell.redline del.d').count()).toBeGreaterThan(0);
		// The text column takes the row's width, less the status column.
		const row = await page.locator('article.row[data-status=modified]').first().boundingBox();
		const cell = await page.locator('article.row[data-status=modified] .cell.redline').first().boundingBox();
		expect(cell!.width).toBeGreaterThan(row!.width * 0.8);
		await page.context().close();
	});

	it('a narrow window stacks the columns', async () => {
		const { page } = await session.open({ width: 390, height: 844 });
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
		expect(await page.locator('article.row').count()).toBe(session.expected.rows.length);
		await page.context().close();
	});
});

describe('warnings', { timeout: 120_000 }, () => {
	it('two different resolutions: the core’s warning is shown above the rows', async () => {
		const different = await compareInNode(corpusFile('A-RES-67-38.zh.txt'), corpusFile('A-RES-68-46.zh.txt'));
		expect(different.warnings?.length).toBeGreaterThan(0);
		const { page } = await session.open();
		await page.goto(at('/compare?old=A/RES/67/38&new=A/RES/68/46'));
		await waitForRows(page);
		const box = page.locator('section.warnings');
		expect(await box.isVisible()).toBe(true);
		const text = (await box.textContent()) ?? '';
		for (const warning of different.warnings!) expect(text.split(warningSentence(warning, 'zh'))).toHaveLength(2); // shown once
		await page.context().close();
	});

	it('follow the interface language: Chinese, then English at the switch, and English from ?lang=en', async () => {
		const { page, errors } = await session.open({ locale: 'zh-CN' });
		await page.goto(at('/compare?old=A/RES/67/38&new=A/RES/68/46'));
		await waitForRows(page);
		const box = page.locator('section.warnings');
		const zh = (await box.textContent()) ?? '';
		expect(zh).toContain('请注意');
		expect(zh).toMatch(/两份文件看来是不同的决议（标题分别为“.+”和“.+”，相同的文字仅占 \d+%）/);
		expect(zh).not.toContain('two documents');
		await page.locator('button[data-locale=en]').click();
		// A sentence of its own in the list, capitalised (the machine interface's string is not).
		await expect.poll(() => box.textContent()).toMatch(/The two documents look like different resolutions \(titles “/);
		// The titles are the documents' own words: quoted as they are, in either language.
		const title = /标题分别为“([^”]+)”/.exec(zh)![1];
		expect(await box.textContent()).toContain(`“${title}”`);
		expect(await box.textContent()).not.toContain('两份文件');
		await page.context().close();

		const english = await session.open({ locale: 'zh-CN' });
		await english.page.goto(at('/compare?old=A/RES/67/38&new=A/RES/68/46&lang=en'));
		await waitForRows(english.page);
		expect(await english.page.locator('section.warnings').textContent()).toMatch(
			/^\s*\S.*The two documents look like different/s
		);
		expect(errors).toEqual([]);
		expect(english.errors).toEqual([]);
		await english.page.context().close();
	});
});

describe('links that lead nowhere', { timeout: 120_000 }, () => {
	it('a symbol not in the corpus: a visible message naming it, and a way home', async () => {
		const { page, errors } = await session.open();
		await page.goto(at('/compare?old=A/RES/99/1&new=A/RES/76/40'));
		const message = page.locator('[data-error]');
		await message.waitFor({ timeout: 30_000 });
		expect(await message.textContent()).toContain('A/RES/99/1');
		expect(await page.locator('a[href="/"]').filter({ hasText: '返回首页' }).count()).toBe(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a link without documents says what is missing', async () => {
		const { page } = await session.open();
		await page.goto(at('/compare?old=A/RES/67/38'));
		await page.locator('[data-error]').waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-error]').textContent()).toMatch(/缺少新版本/);
		await page.context().close();
	});

	it('a local comparison opened anew (a reload): says it is gone, and links home', async () => {
		const { page } = await session.open();
		await page.goto(at('/compare?local=1'));
		const notice = page.locator('.notice');
		await notice.waitFor({ timeout: 30_000 });
		expect(await notice.textContent()).toMatch(/不在内存中|gone/);
		expect(await page.locator('a[href="/"]').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('the home page links to the showcase in one click', async () => {
		const { page, requests } = await session.open();
		await page.goto(at('/'));
		await page.locator('a.showcase').click();
		await waitForRows(page);
		expect(new URL(page.url()).search).toBe('?old=A/RES/67/38&new=A/RES/76/40');
		expectNothingLeft(requests, []);
		await page.context().close();
	});
});

describe('the change list', { timeout: 120_000 }, () => {
	const changedIds = () => session.expected.rows.flatMap((r, i) => (r.status !== 'unchanged' ? [`row-${i + 1}`] : []));

	it('a navigation landmark naming every change, in order, with label, status, routine and first words', async () => {
		const { page } = await openShowcase();
		const list = page.getByRole('navigation', { name: '改动列表' });
		expect(await list.isVisible()).toBe(true);
		expect(await list.getAttribute('data-change-list')).not.toBeNull();
		const entries = await list.locator('a.entry').evaluateAll((els) =>
			els.map((el) => ({
				row: el.getAttribute('data-row'),
				status: el.getAttribute('data-status'),
				routine: el.getAttribute('data-routine'),
				text: el.textContent ?? ''
			}))
		);
		expect(entries.map((e) => e.row)).toEqual(changedIds());
		for (const e of entries) {
			const row = session.expected.rows[Number(e.row!.slice(4)) - 1];
			expect(e.status).toBe(row.status);
			expect(e.routine).toBe(String(row.routine));
			expect(e.text).toMatch(e.routine === 'true' ? /例行/ : /实质/);
		}
		expect(entries[0].text).toMatch(/序言 2\s*修改[\s\S]*回顾其关于裁军/);
		await page.context().close();
	});

	it('a click jumps to the row; n and p move the list’s current entry with them', async () => {
		const { page } = await openShowcase();
		const ids = changedIds();
		const entry = (id: string) => page.locator(`nav[data-change-list] a[data-row="${id}"]`);
		await entry(ids[3]).click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[3]);
		expect(await entry(ids[3]).getAttribute('aria-current')).toBe('location');
		const box = await page.locator(`#${ids[3]}`).boundingBox();
		expect(box!.y).toBeGreaterThan(0);
		expect(box!.y).toBeLessThan(900);
		await page.keyboard.press('n');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[4]);
		expect(await entry(ids[4]).getAttribute('aria-current')).toBe('location');
		expect(await entry(ids[3]).getAttribute('aria-current')).toBeNull();
		await page.keyboard.press('p');
		await page.keyboard.press('p');
		expect(await entry(ids[2]).getAttribute('aria-current')).toBe('location');
		expect((await page.locator('.step .where').textContent())?.replace(/\s+/g, '')).toBe(`3/${ids.length}`);
		// l closes and opens it.
		await page.keyboard.press('l');
		expect(await page.locator('nav[data-change-list]').count()).toBe(0);
		await page.keyboard.press('l');
		expect(await page.locator('nav[data-change-list]').isVisible()).toBe(true);
		await page.context().close();
	});

	it('marks beside the scroll bar stand where the changes are, and jump there', async () => {
		const { page } = await openShowcase();
		const marks = page.locator('[data-change-marks] .mark');
		await expect.poll(() => marks.count()).toBe(changedIds().length);
		const tops = await marks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
		// In reading order down the window, and spread over it.
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
		expect(tops.at(-1)! - tops[0]).toBeGreaterThan(200);
		const last = changedIds().at(-1)!;
		await page.locator(`[data-change-marks] .mark[data-row="${last}"]`).click();
		const box = await page.locator(`#${last}`).boundingBox();
		expect(box!.y).toBeLessThan(900);
		expect(await page.locator(`#${last}`).getAttribute('class')).toContain('current');
		await page.context().close();
	});
});

describe('changes only counts what it hides', { timeout: 120_000 }, () => {
	it('a line says how many unchanged paragraphs are hidden, and opens them in place', async () => {
		const { page } = await openShowcase();
		await page.locator('[data-filter=onlyChanges]').click();
		const gaps = page.locator('.gap button[data-gap]');
		const counts = await gaps.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-gap'))));
		const unchanged = session.expected.rows.filter((r) => r.status === 'unchanged').length;
		expect(counts.reduce((a, b) => a + b, 0)).toBe(unchanged);
		expect(await gaps.first().textContent()).toMatch(new RegExp(`${counts[0]} 个未改动的段落`));
		// Each gap stands between the rows it separates: the first hides the title, heading and PP1.
		const firstRows = session.expected.rows.slice(0, counts[0]);
		expect(firstRows.every((r) => r.status === 'unchanged')).toBe(true);
		const before = (await rowStatuses(page)).length;
		await gaps.first().click();
		expect((await rowStatuses(page)).length).toBe(before + counts[0]);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('row-1');
		expect(await gaps.count()).toBe(counts.length - 1);
		await page.context().close();
	});
});

describe('the first screen, the pointer and the keyboard', { timeout: 120_000 }, () => {
	it('at 1440×900 the first change is on the first screen, and the particulars open on demand', async () => {
		const { page } = await session.open({ width: 1440, height: 900 });
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		const first = session.expected.rows.findIndex((r) => r.status !== 'unchanged');
		const box = await page.locator(`#row-${first + 1}`).boundingBox();
		expect(box!.y + 60).toBeLessThan(900);
		await page.context().close();
	});

	it('pointing at a paragraph lights up its counterpart', async () => {
		const { page } = await openShowcase();
		const row = page.locator('article.row[data-status=modified]').first();
		const background = () => row.locator('.cell.new').evaluate((el) => getComputedStyle(el).backgroundColor);
		const before = await background();
		await row.locator('.cell.old .text').first().hover();
		await expect.poll(background).not.toBe(before);
		await page.context().close();
	});

	it('? opens the keyboard help and Escape closes it; every control shows where focus is', async () => {
		const { page } = await openShowcase();
		await page.keyboard.press('?');
		const help = page.locator('dialog[data-key-help]');
		expect(await help.isVisible()).toBe(true);
		expect(await help.textContent()).toMatch(/下一处改动/);
		await page.keyboard.press('Escape');
		expect(await help.isVisible()).toBe(false);
		// Tab through the page: each focused element draws a visible outline or ring.
		const seen: string[] = [];
		for (let i = 0; i < 24; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
				const shadow = style.boxShadow !== 'none';
				return { what: `${el.tagName}.${el.className}`, visible: ring || shadow };
			});
			if (!focus) continue;
			seen.push(focus.what);
			expect(focus.visible, focus.what).toBe(true);
		}
		expect(seen.length).toBeGreaterThan(15);
		await page.context().close();
	});
});

describe('on a phone', { timeout: 120_000 }, () => {
	it('the particulars are folded, Export is in reach and saves a file', async () => {
		const { page } = await session.open({ width: 390, height: 844 });
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		expect(await page.locator('#particulars').isVisible()).toBe(false);
		const button = page.locator('#export-button');
		expect(await button.isVisible()).toBe(true);
		const box = await button.boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		// It stays in reach while reading: the sticky bar keeps it on screen.
		await page.evaluate(() => window.scrollTo(0, 3000));
		expect((await button.boundingBox())!.y).toBeGreaterThanOrEqual(0);
		await button.click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[role=menuitem][data-export=md]').click()
		]);
		expect(download.suggestedFilename()).toBe('A-RES-67-38_A-RES-76-40.md');
		// The first row is on the first screen.
		const first = await page.locator('article.row').first().boundingBox();
		expect(first!.y).toBeLessThan(844);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await page.context().close();
	});
});
