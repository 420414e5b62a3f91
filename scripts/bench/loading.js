// How fast the app's pages load: each page opened in a fresh browser context (a first visit, nothing
// cached) of Debian's Chromium, served from 127.0.0.1 by scripts/serve.js, and measured inside the page
// with the browser's own clocks (performance.now(), from the start of the navigation):
//   - the start page: its first contentful paint (the paint timeline's entry);
//   - the showcase comparison (67/38 → 76/40): the moment its first row is in view, taken at the first
//     animation frame that finds one (on a first visit, a row of the comparison rendered at build time
//     into the page's HTML: src/lib/snapshot.ts), the moment the page's own rows have taken its place,
//     and on the way there the app's own user-timing marks (the two texts loaded, the comparison back
//     from the worker, the worker's share) and every file fetched, with its size on disk;
//   - a series page: its first contentful paint and the moment its grid is in view.
// Nothing leaves the machine.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './measure.js';
import { formatMs } from './report.js';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('./measure.js').Summary} Summary */

/** The targets of page loading, in milliseconds from the start of the navigation. */
export const LOADING_TARGETS = Object.freeze({
	/** The showcase comparison shows its first row. */
	showcaseFirstRowMs: 400,
	/** The start page's first contentful paint. */
	homeFirstPaintMs: 200
});

/** The pages measured, and what "shown" means on each. */
export const PAGES = Object.freeze({
	home: { path: '/', ready: '[data-action="compare"]' },
	showcase: {
		path: '/compare?old=A/RES/67/38&new=A/RES/76/40',
		ready: '[data-status]',
		// The page's own rows, which replace the snapshot rendered at build time: the page is usable then.
		live: '[data-status]:not(.snapshot *)'
	},
	series: { path: '/series/multilateralism-disarmament', ready: '[data-grid] button' }
});

/**
 * Installed before any page script: records the first animation frame at which an element of the page's
 * "ready" selector is inside the viewport (window.__benchReadyAt), the same for its "live" selector
 * (window.__benchLiveAt), and every long task.
 * @param {{ ready: string, live?: string }} selectors
 */
const OBSERVE_READY = ({ ready, live }) => {
	/** @type {{ start: number, duration: number }[]} */
	const tasks = [];
	Object.defineProperty(window, '__benchLongTasks', { value: tasks });
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No long-task timing in this browser: the list stays empty.
	}
	/** @param {string} selector @param {string} name */
	const watch = (selector, name) => {
		const check = () => {
			for (const el of document.querySelectorAll(selector)) {
				const box = el.getBoundingClientRect();
				if (box.height > 0 && box.bottom > 0 && box.top < window.innerHeight) {
					Object.defineProperty(window, name, { value: performance.now() });
					return;
				}
			}
			requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	};
	watch(ready, '__benchReadyAt');
	if (live) watch(live, '__benchLiveAt');
};

/**
 * @typedef {object} Visit   one cold visit of a page
 * @property {number | null} firstPaintMs       first contentful paint
 * @property {number} readyMs                    the page's content in view
 * @property {number | null} liveMs              the page's own content in view (where it differs)
 * @property {number} domContentLoadedMs
 * @property {Record<string, number>} marks      the app's user-timing marks and measures (resodiff:…)
 * @property {{ path: string, bytes: number, startMs: number, endMs: number }[]} files   files fetched by the page
 * @property {number} scriptBytes                bytes of the page's script fetched before the content was in view
 * @property {number} workerBytes                bytes of workers' script fetched before it
 * @property {number} longestTaskMs              longest main-thread task before it
 */

/**
 * Opens one page cold and measures it.
 * @param {Browser} browser
 * @param {string} base     the server's address
 * @param {string} root     the folder served (build/), for the files' sizes
 * @param {{ path: string, ready: string, live?: string }} page
 * @returns {Promise<Visit>}
 */
async function visit(browser, base, root, page) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
	await context.addInitScript(OBSERVE_READY, { ready: page.ready, live: page.live });
	/** @type {import('playwright-core').Request[]} */
	const requests = [];
	// Every file the page and its workers fetched (the page's resource timing misses some a worker fetches).
	context.on('requestfinished', (request) => requests.push(request));
	const tab = await context.newPage();
	try {
		await tab.goto(new URL(page.path, base).href, { waitUntil: 'load' });
		await tab.waitForFunction(() => '__benchReadyAt' in window, undefined, { timeout: 60000, polling: 50 });
		if (page.live)
			await tab.waitForFunction(() => '__benchLiveAt' in window, undefined, { timeout: 60000, polling: 50 });
		// Paint entries and the last resources settle a frame later.
		await tab.waitForTimeout(100);
		const seen = await tab.evaluate(() => {
			const w = /** @type {any} */ (window);
			const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
			return {
				readyMs: /** @type {number} */ (w.__benchReadyAt),
				liveMs: /** @type {number | null} */ (w.__benchLiveAt ?? null),
				firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				domContentLoadedMs: nav.domContentLoadedEventEnd,
				marks: Object.fromEntries(
					[...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')]
						.filter((e) => e.name.startsWith('resodiff:'))
						.map((e) => [e.name, e.entryType === 'measure' ? e.duration : e.startTime])
				),
				timeOrigin: performance.timeOrigin,
				tasks: /** @type {{ start: number, duration: number }[]} */ (w.__benchLongTasks).slice()
			};
		});
		const files = requests
			.map((request) => {
				const timing = request.timing();
				const startMs = timing.startTime - seen.timeOrigin;
				const path = new URL(request.url()).pathname;
				return { path, startMs, endMs: startMs + Math.max(0, timing.responseEnd), bytes: sizeOf(root, path) };
			})
			.filter((f) => f.startMs >= 0)
			.sort((a, b) => a.startMs - b.startMs);
		const before = files.filter((f) => f.endMs <= seen.readyMs);
		return {
			firstPaintMs: seen.firstPaintMs,
			readyMs: seen.readyMs,
			liveMs: seen.liveMs,
			domContentLoadedMs: seen.domContentLoadedMs,
			marks: seen.marks,
			files,
			scriptBytes: sum(before.filter((f) => /\.m?js$/.test(f.path) && !f.path.includes('/workers/'))),
			workerBytes: sum(before.filter((f) => f.path.includes('/workers/'))),
			longestTaskMs: seen.tasks.filter((t) => t.start < seen.readyMs).reduce((m, t) => Math.max(m, t.duration), 0)
		};
	} finally {
		await context.close();
	}
}

/**
 * Size on disk of a served file, or 0.
 * @param {string} root
 * @param {string} path
 */
function sizeOf(root, path) {
	try {
		return statSync(join(root, decodeURIComponent(path))).size;
	} catch {
		return 0;
	}
}

/** @param {{ bytes: number }[]} files */
const sum = (files) => files.reduce((total, f) => total + f.bytes, 0);

/** @param {number} bytes */
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

/**
 * Median and range, for a line of the report.
 * @param {(number | null)[]} values
 */
function spread(values) {
	const s = summarize(values.filter((v) => typeof v === 'number'));
	return s ? `${formatMs(s.median)} (${formatMs(s.min)}–${formatMs(s.max)})` : '–';
}

/**
 * Measures the three pages, `runs` cold visits each, in turns.
 * @param {{ browser: Browser, base: string, root: string, runs?: number, log?: (line: string) => void }} options
 * @returns {Promise<{ text: string, data: Record<string, Visit[]>, targets: { name: string, pass: boolean | null, detail: string }[] }>}
 */
export async function measureLoading({ browser, base, root, runs = 5, log = () => {} }) {
	/** @type {Record<string, Visit[]>} */
	const data = { home: [], showcase: [], series: [] };
	// One untimed visit of each first: the server's and the disk's caches, not the browser's (every
	// measured visit has a fresh context, so a cold browser cache).
	for (const page of Object.values(PAGES)) await visit(browser, base, root, page);
	for (let r = 0; r < runs; r++) {
		for (const [name, page] of Object.entries(PAGES)) data[name].push(await visit(browser, base, root, page));
		const [h, s] = [data.home[r], data.showcase[r]];
		log(
			`  visit ${r + 1}/${runs}: start page first paint ${formatMs(h.firstPaintMs)}, showcase first row ${formatMs(s.readyMs)}, its own rows ${formatMs(s.liveMs)}`
		);
	}
	const median = (/** @type {Visit[]} */ visits, /** @type {(v: Visit) => number | null | undefined} */ pick) =>
		summarize(visits.map(pick).filter((v) => typeof v === 'number'))?.median ?? null;
	const show = data.showcase;
	// A row is seen when it is painted: the frame that finds it in view paints it no sooner than the page's
	// first contentful paint, which waits for the layout of the whole HTML.
	const shown = (/** @type {Visit} */ v) => Math.max(v.readyMs, v.firstPaintMs ?? v.readyMs);
	const last = show[show.length - 1];
	const worker = last.files.find((f) => /\/workers\/compare/.test(f.path));
	const texts = last.files.filter((f) => f.startMs < last.readyMs && /A-RES-(67-38|76-40)/.test(f.path));
	const text = [
		`Loading, Chromium headless, 1440×900, each page a first visit (fresh context), ${runs} visits each, medians (range):`,
		`  start page: first contentful paint ${spread(data.home.map((v) => v.firstPaintMs))}; DOMContentLoaded ${formatMs(median(data.home, (v) => v.domContentLoadedMs))}; ` +
			`its controls in view ${spread(data.home.map((v) => v.readyMs))}; ${kb(median(data.home, (v) => v.scriptBytes) ?? 0)} of script`,
		`  showcase 67/38 → 76/40: first row in view ${spread(show.map((v) => v.readyMs))} after navigation starts; first contentful paint ${spread(show.map((v) => v.firstPaintMs))}, ` +
			`so the first row shown ${spread(show.map(shown))}; ` +
			`the page's own rows in place of the build's ${spread(show.map((v) => v.liveMs))}`,
		`    on the way: DOMContentLoaded ${formatMs(median(show, (v) => v.domContentLoadedMs))}, compare page running ${formatMs(median(show, (v) => v.marks['resodiff:compare:start']))}, ` +
			`both texts loaded ${formatMs(median(show, (v) => v.marks['resodiff:compare:texts']))}, comparison back ${formatMs(median(show, (v) => v.marks['resodiff:compare:compared']))} ` +
			`(the worker's own reading and comparing ${formatMs(median(show, (v) => v.marks['resodiff:compare:worker']))}); longest task before the first row ${formatMs(median(show, (v) => v.longestTaskMs))}`,
		`    fetched before the first row: ${kb(median(show, (v) => v.scriptBytes) ?? 0)} of the page's script, ` +
			`${kb(median(show, (v) => v.workerBytes) ?? 0)} of the worker's` +
			(worker
				? ` (its entry ${worker.path.split('/').pop()}, ${kb(worker.bytes)}, fetched ${formatMs(worker.startMs)}–${formatMs(worker.endMs)})`
				: '') +
			(texts.length ? `; the two texts ${kb(sum(texts))} (chunks ${texts.map((f) => kb(f.bytes)).join(' + ')})` : ''),
		`  series page: first contentful paint ${spread(data.series.map((v) => v.firstPaintMs))}; grid in view ${spread(data.series.map((v) => v.readyMs))}`
	].join('\n');
	const firstRow = median(show, shown);
	const firstPaint = median(data.home, (v) => v.firstPaintMs);
	const targets = [
		{
			name: `showcase comparison: first row shown (in view and painted) ≤ ${LOADING_TARGETS.showcaseFirstRowMs} ms after navigation starts (median of ${runs} first visits)`,
			pass: firstRow === null ? false : firstRow <= LOADING_TARGETS.showcaseFirstRowMs,
			detail: formatMs(firstRow)
		},
		{
			name: `start page: first contentful paint ≤ ${LOADING_TARGETS.homeFirstPaintMs} ms (median of ${runs} first visits)`,
			pass: firstPaint === null ? false : firstPaint <= LOADING_TARGETS.homeFirstPaintMs,
			detail: formatMs(firstPaint)
		}
	];
	return { text, data, targets };
}

/**
 * `node scripts/bench/loading.js [--runs N] [--no-build] [--served DIR]`: the loading measures alone
 * (`npm run bench -- --ui` runs them with the rest); --served measures another build's folder as it is.
 */
async function main() {
	const { parseArgs } = await import('node:util');
	const { fileURLToPath } = await import('node:url');
	const { values } = parseArgs({
		options: { runs: { type: 'string' }, 'no-build': { type: 'boolean' }, served: { type: 'string' } }
	});
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const served = values.served ?? join(root, 'build');
	if (!values['no-build'] && !values.served) {
		const { buildApp } = await import('./build.js');
		const failure = buildApp(root);
		if (failure) throw new Error(`the app build failed:\n${failure}`);
	}
	const { serve } = await import('../serve.js');
	const { chromium } = await import('playwright-core');
	const { server, url } = await serve({ root: served, host: '127.0.0.1', port: 0 });
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	try {
		const runs = values.runs ? Number(values.runs) : 5;
		const result = await measureLoading({
			browser,
			base: url,
			root: served,
			runs,
			log: (l) => console.error(l)
		});
		console.log(result.text);
		for (const t of result.targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
	} finally {
		await browser.close();
		server.close();
	}
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) await main();
