// The compare page under a long pair: builds the app, serves build/ locally, opens it in Debian's
// Chromium, loads the two files through the start page's file inputs, presses Compare, and measures
//   - time to first row: from the press to the first comparison row inside the viewport;
//   - long tasks (PerformanceObserver 'longtask', main-thread tasks over 50 ms) while loading and
//     while scrolling the whole comparison from top to bottom with the mouse wheel.
// Nothing leaves the machine: the page is served from 127.0.0.1 and the browser runs with networking
// features that call home turned off.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './build.js';
import { measureLoading } from './loading.js';
import { summarize } from './measure.js';
import { formatMs } from './report.js';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {{ count: number, totalMs: number, maxMs: number }} TaskStats */
/**
 * @typedef {object} Session  one measured visit of the page
 * @property {number} firstRowMs   from pressing Compare to the first row in view
 * @property {number} renderedRows rows in the DOM at that moment
 * @property {TaskStats} loading    long tasks between the press and the first row
 * @property {TaskStats} scrolling  long tasks while scrolling to the end
 * @property {number} scrollMs
 * @property {number} steps
 * @property {number} scrollHeight
 */

/** Debian's Chromium, and the flags that keep it quiet and able to run in a container. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

/** Wheel step of the scroll pass, CSS pixels, and the pause after each step, milliseconds. */
const SCROLL_STEP = 1000;
const SCROLL_PAUSE = 30;
/** Upper bound on wheel steps, so a page that never ends cannot hold the benchmark. */
const SCROLL_MAX_STEPS = 2000;

/** Installed before any page script: records every long task with its start and length. */
const OBSERVE_LONG_TASKS = () => {
	/** @type {{ start: number, duration: number }[]} */
	const tasks = [];
	Object.defineProperty(window, '__benchLongTasks', { value: tasks });
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// A browser without long-task timing: the lists stay empty, and the report says so.
	}
};

/**
 * Long tasks between two page times (milliseconds since navigation start).
 * @param {Page} page
 * @param {number} from
 * @param {number} to
 * @returns {Promise<TaskStats>}
 */
async function longTasksBetween(page, from, to) {
	/** @type {{ start: number, duration: number }[]} */
	const tasks = await page.evaluate(() => /** @type {any} */ (window).__benchLongTasks.slice());
	const inside = tasks.filter((t) => t.start >= from && t.start < to);
	return {
		count: inside.length,
		totalMs: inside.reduce((sum, t) => sum + t.duration, 0),
		maxMs: inside.reduce((max, t) => Math.max(max, t.duration), 0)
	};
}

/**
 * One measured session: fresh page, load both files, press Compare, wait for the first row, scroll to
 * the end.
 * @param {Browser} browser
 * @param {string} url
 * @param {string} oldPath
 * @param {string} newPath
 * @returns {Promise<Session>}
 */
async function measureOnce(browser, url, oldPath, newPath) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(OBSERVE_LONG_TASKS);
	const page = await context.newPage();
	try {
		await page.goto(url, { waitUntil: 'load' });
		// The prerendered start page paints first and starts its app after (src/lib/server/start-after-paint.ts):
		// a file chosen before the app has taken over is lost. The root says when it has (`data-app="ready"`).
		await page.locator('html[data-app=ready]').waitFor({ state: 'attached', timeout: 60000 });
		// The start page has one file input per side (data-side="old" / "new"); document order otherwise.
		const inputs = page.locator('input[type="file"]');
		await inputs.first().waitFor({ state: 'attached', timeout: 15000 });
		const bySide = page.locator('input[type="file"][data-side="old"]');
		if ((await bySide.count()) === 1) {
			await bySide.setInputFiles(oldPath);
			await page.locator('input[type="file"][data-side="new"]').setInputFiles(newPath);
		} else if ((await inputs.count()) >= 2) {
			await inputs.nth(0).setInputFiles(oldPath);
			await inputs.nth(1).setInputFiles(newPath);
		} else {
			await inputs.nth(0).setInputFiles([oldPath, newPath]);
		}
		const marked = page.locator('[data-action="compare"]');
		const button = (await marked.count())
			? marked.first()
			: page.getByRole('button', { name: /比较|Compare/i }).first();
		await button.waitFor({ state: 'visible', timeout: 15000 });
		// Wait until the button can be pressed (the page may still be reading the files).
		await page.waitForFunction(
			(el) => Boolean(el) && !(/** @type {HTMLButtonElement} */ (el).disabled),
			await button.elementHandle(),
			{ timeout: 60000 }
		);
		const pressedAt = await button.evaluate((el) => {
			const now = performance.now();
			/** @type {HTMLElement} */ (el).click();
			return now;
		});
		// Checked at every animation frame: the first row whose box intersects the viewport, or an error
		// message from the page (role="alert"), which ends the measurement at once.
		const outcome = await page
			.waitForFunction(
				() => {
					for (const row of document.querySelectorAll('[data-status]')) {
						const box = row.getBoundingClientRect();
						if (box.height > 0 && box.bottom > 0 && box.top < window.innerHeight) return { at: performance.now() };
					}
					const alert = document.querySelector('[role="alert"]');
					return alert ? { error: (alert.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) } : false;
				},
				undefined,
				{ polling: 'raf', timeout: 120000 }
			)
			.then((handle) => /** @type {Promise<{ at: number } | { error: string }>} */ (handle.jsonValue()));
		if ('error' in outcome) throw new Error(`the page reported: ${outcome.error}`);
		const firstRowAt = outcome.at;
		const rows = await page.evaluate(() => document.querySelectorAll('[data-status]').length);
		const loading = await longTasksBetween(page, pressedAt, firstRowAt);

		// Let the page settle, then scroll from top to bottom with the wheel, as a reader would.
		await page.waitForTimeout(500);
		await page.mouse.move(640, 450);
		const scrollStart = await page.evaluate(() => performance.now());
		let steps = 0;
		for (; steps < SCROLL_MAX_STEPS; steps++) {
			await page.mouse.wheel(0, SCROLL_STEP);
			await page.waitForTimeout(SCROLL_PAUSE);
			const atEnd = await page.evaluate(
				() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
			);
			if (atEnd) break;
		}
		const scrollEnd = await page.evaluate(() => performance.now());
		const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
		const scrolling = await longTasksBetween(page, scrollStart, scrollEnd);
		return {
			firstRowMs: firstRowAt - pressedAt,
			renderedRows: rows,
			loading,
			scrolling,
			scrollMs: scrollEnd - scrollStart,
			steps: steps + 1,
			scrollHeight
		};
	} finally {
		await context.close();
	}
}

/**
 * Medians over the sessions, and the lines of the report.
 * @param {Session[]} results   at least one
 * @param {number} paragraphs
 */
function summarizeRuns(results, paragraphs) {
	const median = (/** @type {(r: Session) => number} */ pick) =>
		/** @type {import('./measure.js').Summary} */ (summarize(results.map(pick)));
	const firstRow = median((r) => r.firstRowMs);
	const scrollCount = median((r) => r.scrolling.count);
	const scrollMax = median((r) => r.scrolling.maxMs);
	const scrollTotal = median((r) => r.scrolling.totalMs);
	const loadMax = median((r) => r.loading.maxMs);
	const last = results[results.length - 1];
	const text = [
		`Compare page, ${paragraphs.toLocaleString('en-US')} paragraphs, Chromium headless (${results.length} session${results.length > 1 ? 's' : ''}, medians):`,
		`  time to first row: ${formatMs(firstRow.median)} (${formatMs(firstRow.min)}–${formatMs(firstRow.max)}), from pressing Compare to the first row in view`,
		`  long tasks while loading: longest ${formatMs(loadMax.median)}`,
		`  scrolling top to bottom (${last.steps} wheel steps of ${SCROLL_STEP} px, ${Math.round(last.scrollHeight / 1000)}k px, ${formatMs(median((r) => r.scrollMs).median)}): ` +
			`${scrollCount.median} long tasks, ${formatMs(scrollTotal.median)} in all, longest ${formatMs(scrollMax.median)}`,
		`  rows in the DOM when the first row showed: ${last.renderedRows}`
	].join('\n');
	return {
		text,
		data: {
			firstRow,
			scrollLongTasks: scrollCount,
			scrollLongestTaskMs: scrollMax,
			scrollLongTasksTotalMs: scrollTotal,
			loadLongestTaskMs: loadMax
		}
	};
}

/**
 * Measures the compare page on a pair of files, `runs` times in fresh pages of one browser.
 * @param {{ root: string, oldPath: string, newPath: string, paragraphs: number, runs?: number, log?: (line: string) => void }} options
 * @returns {Promise<{ ok: boolean, text: string, data: object | null, targets?: { name: string, pass: boolean | null, detail: string }[] }>}
 */
export async function measureComparePage({ root, oldPath, newPath, paragraphs, runs = 3, log = () => {} }) {
	if (!existsSync(join(root, 'src', 'routes', 'compare'))) {
		return { ok: false, text: 'Compare page: not measured (src/routes/compare does not exist yet).', data: null };
	}
	if (!existsSync(CHROMIUM)) {
		return {
			ok: false,
			text: `Compare page: not measured (${CHROMIUM} is not installed; scripts/ensure-browser.sh installs it).`,
			data: null
		};
	}
	log('  building the app (vite build) …');
	const failure = buildApp(root);
	if (failure) return { ok: false, text: `Compare page: the app build failed:\n${failure}`, data: null };

	const { serve } = await import(new URL('../serve.js', import.meta.url).href);
	const { chromium } = await import('playwright-core');
	const { server, url } = await serve({ root: join(root, 'build'), host: '127.0.0.1', port: 0 });
	const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
	try {
		log('  loading the start page, the showcase and a series page, first visits …');
		const loading = await measureLoading({ browser, base: url, root: join(root, 'build'), runs: runs + 2, log });
		const results = [];
		for (let r = 0; r < runs; r++) {
			const result = await measureOnce(browser, url, oldPath, newPath);
			log(
				`  run ${r + 1}/${runs}: first row ${formatMs(result.firstRowMs)}, scrolling ${result.scrolling.count} long tasks (longest ${formatMs(result.scrolling.maxMs)})`
			);
			results.push(result);
		}
		const summary = summarizeRuns(results, paragraphs);
		return {
			ok: true,
			text: `${loading.text}\n\n${summary.text}`,
			data: { loading: loading.data, runs: results, ...summary.data },
			targets: loading.targets
		};
	} catch (error) {
		return {
			ok: false,
			text: `Compare page: the measurement failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
			data: null
		};
	} finally {
		await browser.close();
		await new Promise((resolve) => server.close(resolve));
	}
}
