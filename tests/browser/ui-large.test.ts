// A document of 2,400 paragraphs (made from the paragraphs of 76/40, each numbered so that none repeats):
// the comparison runs in the worker, the page renders only the rows near the viewport, and every row
// can still be reached by scrolling and by change-to-change navigation. Timings are printed, not asserted.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROW_STATUSES, type Comparison } from '../../src/lib/core/types';
import { parseResolution } from '../../src/lib/core/document/parse';
import { at, chooseFiles, compareInNode, corpusFile, headerCount, useBrowser } from './ui-support';

const session = useBrowser({ folder: 'large' });

const PARAGRAPHS = 2400;
let oldPath: string;
let newPath: string;
let expected: Comparison;

/**
 * Two long versions: the old numbers 2,400 paragraphs; the new deletes one in fifty, rewords one in
 * ten and inserts one in ninety-seven.
 */
function makePair(n: number): { old: string; new: string } {
	const seed = parseResolution(readFileSync(corpusFile('A-RES-76-40.zh.txt'), 'utf8'), { source: 'seed' });
	const base = seed.paragraphs
		.filter((p) => p.kind === 'preamble' || p.kind === 'operative')
		.map((p) => p.text.replace(/[；，。]$/u, ''));
	const oldLines: string[] = [];
	const newLines: string[] = [];
	let k = 0;
	for (let i = 1; i <= n; i++) {
		const text = `${base[i % base.length]}（第 ${i} 项）`;
		oldLines.push(`${i}. **重申**${text}；`);
		if (i % 50 === 7) continue;
		newLines.push(`${++k}. **重申**${i % 10 === 3 ? text.replace('的', '之') : text}；`);
		if (i % 97 === 5) newLines.push(`${++k}. **决定**新增段落第 ${i} 号，内容涉及多边主义；`);
	}
	return { old: `大会，\n\n${oldLines.join('\n\n')}\n`, new: `大会，\n\n${newLines.join('\n\n')}\n` };
}

beforeAll(async () => {
	const pair = makePair(PARAGRAPHS);
	oldPath = session.file('long-old.txt', pair.old);
	newPath = session.file('long-new.txt', pair.new);
	expected = await compareInNode(oldPath, newPath);
}, 180_000);

/** Starts a probe that records the longest gap between animation frames (a frozen tab has long ones). */
function probeFrames(page: Page): Promise<void> {
	return page.evaluate(() => {
		const w = window as unknown as { __gap: number };
		w.__gap = 0;
		let last = performance.now();
		const tick = (now: number) => {
			w.__gap = Math.max(w.__gap, now - last);
			last = now;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

const longestGap = (page: Page) => page.evaluate(() => (window as unknown as { __gap: number }).__gap);

describe(`a comparison of ${PARAGRAPHS} paragraphs`, () => {
	it('is windowed: all rows counted, a few hundred at most in the page, every one reachable', async () => {
		expect(expected.rows.length).toBeGreaterThan(2000);
		const { page, errors } = await session.open();
		await page.goto(at('/'));
		await chooseFiles(page, oldPath, newPath);
		await probeFrames(page);
		const started = Date.now();
		await page.locator('[data-action=compare]').click();
		await page.locator('article.row').first().waitFor({ timeout: 180_000 });
		const shownAfter = Date.now() - started;
		const gapWhileComparing = await longestGap(page);

		for (const status of ROW_STATUSES) expect(await headerCount(page, status), status).toBe(expected.stats[status]);
		expect(await page.locator('.list').getAttribute('data-windowed')).toBe('true');
		const rendered = await page.locator('article.row').count();
		expect(rendered).toBeGreaterThan(0);
		expect(rendered).toBeLessThan(300);

		// Scroll to the very end: the last row is there, with the text the core gave it.
		await probeFrames(page);
		for (let i = 0; i < 12; i++) {
			await page.mouse.wheel(0, 40_000);
			await page.waitForTimeout(50);
		}
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const last = page.locator(`#row-${expected.rows.length}`);
		await last.waitFor({ timeout: 30_000 });
		const lastId = expected.rows.at(-1)!.new.at(-1) ?? expected.rows.at(-1)!.old.at(-1)!;
		const lastText = [...expected.new.paragraphs, ...expected.old.paragraphs].find((p) => p.id === lastId)!.text;
		expect((await last.textContent()) ?? '').toContain(lastText.slice(0, 12));
		const gapWhileScrolling = await longestGap(page);
		expect(await page.locator('article.row').count()).toBeLessThan(300);

		// From the end, p goes to the last change; scrolled back to the top, n goes to the first: navigation
		// starts from what is on screen once the current row has scrolled out of sight.
		await page.keyboard.press('p');
		const lastChange = expected.rows.findLastIndex((r) => r.status !== 'unchanged');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(`row-${lastChange + 1}`);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.locator('[data-step=next]').click();
		const first = expected.rows.findIndex((r) => r.status !== 'unchanged');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(`row-${first + 1}`);
		const box = await page.locator(`#row-${first + 1}`).boundingBox();
		expect(box!.y).toBeGreaterThan(0);
		expect(box!.y).toBeLessThan(900);

		// Filters work on the whole list, not only the rendered part.
		await page.locator('[data-filter=onlyChanges]').click();
		expect(await page.locator('article.row[data-status=unchanged]').count()).toBe(0);
		expect(await page.locator('[data-shown]').textContent()).toContain(
			`${expected.rows.filter((r) => r.status !== 'unchanged').length} / ${expected.rows.length}`
		);
		expect(errors).toEqual([]);
		console.log(
			`${expected.rows.length} rows: first rows on screen ${shownAfter} ms after Compare; ` +
				`longest frame gap while comparing ${Math.round(gapWhileComparing)} ms, while scrolling ${Math.round(gapWhileScrolling)} ms; ` +
				`${rendered} rows in the page`
		);
		await page.context().close();
	}, 300_000);
});
