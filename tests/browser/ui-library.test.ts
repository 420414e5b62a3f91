// The library in the app: the home page's catalogue (search the shipped texts by symbol, title, session
// and language, tick two, compare them, in both interface languages), "where was this wording used
// before?" on a phrase selected in a comparison, and the best earlier version offered when a link names
// only the new one. Everything runs on the static build: no request carries a document's text.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { at, useBrowser, waitForRows } from './ui-support';

const session = useBrowser();

/** Symbols of the catalogue's rows, in order. */
function catalogRows(page: Page): Promise<string[]> {
	return page.$$eval('[data-catalog-row]', (rows) => rows.map((r) => r.getAttribute('data-catalog-row') ?? ''));
}

/** Selects the first occurrence of a text inside the rows, as a reader dragging over it would. */
async function selectInRows(page: Page, text: string): Promise<void> {
	const found = await page.evaluate((wanted) => {
		const rows = document.querySelector('section.rows');
		if (!rows) return false;
		const walker = document.createTreeWalker(rows, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.nodeValue?.indexOf(wanted) ?? -1;
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + wanted.length);
			const selection = window.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
			document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
			return true;
		}
		return false;
	}, text);
	expect(found, `the rows show “${text}”`).toBe(true);
}

describe('the home page as a library', () => {
	it.each([
		{ locale: 'zh-CN', heading: '检索文库', compare: '比较这两份文件' },
		{ locale: 'en-US', heading: 'Search the library', compare: 'Compare these two' }
	])('filters by symbol, title, session and language, and compares two picked texts ($locale)', async (c) => {
		const { page, errors, requests } = await session.open({ locale: c.locale });
		await page.goto(at('/'));
		const catalog = page.locator('[data-catalog]');
		await expect.poll(() => catalog.locator('h2').textContent()).toBe(c.heading);
		const all = await catalogRows(page);
		expect(all.length).toBeGreaterThan(40);

		// By title words, in any case: the two outer-space resolutions of 2025.
		await page.fill('[data-catalog-query]', 'OUTER space');
		expect(await catalogRows(page)).toEqual(expect.arrayContaining(['A/RES/80/19', 'A/RES/80/20']));
		const titles = await page.$$eval('[data-catalog-row] .title', (cells) => cells.map((c) => c.textContent ?? ''));
		for (const t of titles) expect(t.toLowerCase()).toMatch(/outer.*space|space.*outer/);

		// By symbol, typed loosely; then by session and language.
		await page.fill('[data-catalog-query]', ' 76/40 ');
		expect(await catalogRows(page)).toEqual(['A/RES/76/40']);
		await page.fill('[data-catalog-query]', '');
		await page.selectOption('[data-catalog-session]', { label: '67' });
		await page.selectOption('[data-catalog-language]', 'zh');
		const s67 = await catalogRows(page);
		expect(s67).toContain('A/RES/67/38');
		expect(s67.length).toBeLessThan(all.length);

		// Nothing answers: said, not a blank.
		await page.fill('[data-catalog-query]', 'no-such-resolution-zzz');
		await page.locator('[data-catalog] .none').waitFor();

		// Pick the newer first: the older becomes the old side.
		await page.fill('[data-catalog-query]', '多边主义');
		await page.selectOption('[data-catalog-session]', { index: 0 });
		await page.locator('[data-catalog-row="A/RES/76/40"] input').check();
		await page.locator('[data-catalog-row="A/RES/67/38"] input').check();
		const link = page.locator('[data-catalog-compare]');
		await expect.poll(() => link.textContent()).toBe(c.compare);
		expect(decodeURIComponent((await link.getAttribute('href')) ?? '')).toContain('old=A/RES/67/38&new=A/RES/76/40');
		await link.click();
		await waitForRows(page);
		expect(errors).toEqual([]);
		for (const r of requests) expect(new URL(r.url).hostname).toBe('127.0.0.1');
		await page.context().close();
	});
});

describe('earlier uses of a selected phrase', () => {
	it('finds a Chinese phrase of 76/40 in 67/38 too, oldest first, the first use marked, in the browser', async () => {
		const { page, errors, requests } = await session.open();
		await page.goto(at('/compare?old=A/RES/67/38&new=A/RES/76/40'));
		await waitForRows(page);
		await selectInRows(page, '裁军和不扩散领域的多边主义');
		await page.locator('[data-earlier-uses-offer]').click();
		const panel = page.locator('[data-earlier-uses]');
		await panel.locator('.hits li').first().waitFor({ timeout: 60_000 });
		const hits = await panel
			.locator('.hits li')
			.evaluateAll((items) =>
				items.map((li) => ({ symbol: li.getAttribute('data-hit'), first: li.classList.contains('first') }))
			);
		const symbols = hits.map((h) => h.symbol);
		expect(symbols).toContain('A/RES/67/38');
		expect(symbols).toContain('A/RES/76/40');
		// Oldest first, and the first use is the oldest document's.
		expect(symbols.indexOf('A/RES/67/38')).toBeLessThan(symbols.indexOf('A/RES/76/40'));
		expect(hits[0].first).toBe(true);
		expect(hits.find((h) => h.symbol === 'A/RES/76/40')?.first).toBe(false);
		await expect(panel.locator('mark').first().textContent()).resolves.toContain('多边主义');
		// Searched in this browser: no request carried the phrase.
		for (const r of requests) {
			expect(decodeURIComponent(r.url)).not.toContain('多边主义');
			expect(r.body ?? '').not.toContain('多边主义');
		}
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('offers the best earlier version when a link names only the new one', async () => {
		const { page, errors } = await session.open({ locale: 'en-US' });
		await page.goto(at('/compare?new=A/RES/76/40'));
		const offer = page.locator('[data-earlier-version]');
		await offer.waitFor({ timeout: 60_000 });
		expect(await offer.getAttribute('data-earlier-version')).toBe('A/RES/67/38');
		await offer.locator('a').click();
		await waitForRows(page);
		expect(decodeURIComponent(page.url())).toContain('old=A/RES/67/38&new=A/RES/76/40');
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
