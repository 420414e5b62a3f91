/**
 * A prerendered page paints from its HTML and its inlined stylesheet alone; its scripts only make it
 * interactive. SvelteKit starts the app as soon as its modules have loaded, and with the modules preloaded
 * from the head (`<link rel="modulepreload">`) that is often before the first paint: the browser then
 * compiles and runs the app, and hydrates the whole page, before it shows anything. Even when the app
 * starts just after the page's first frame is painted, the frame is not yet on screen: its pixels are
 * drawn (rasterized) on other threads, and a page full of Chinese text takes a while to draw the first
 * time; the app's compiling and hydrating then take the cores that drawing needs (measured in Chromium's
 * trace on two busy cores: the first frame painted by the page 314 ms after the navigation started, on
 * screen only at 859 ms, its drawing starved of the processor while the app started).
 *
 * So a prerendered page's start script waits until its first contentful paint is on screen (the
 * browser's paint timing reports it then), then asks for the modules (the same preloads as SvelteKit's,
 * added from the script, so that they still load side by side rather than one import after another) and
 * starts the app. A browser without paint timing starts it after the first animation frame; a tab not
 * shown, where nothing paints, starts it at once; and after LATEST_START_MS the app starts whatever the
 * paint. Until the app runs the page looks as it will, and its controls wait for it (`data-app="ready"`
 * on the root, set by src/routes/+layout.svelte). The fallback page shows nothing before its app runs and
 * is left as it is.
 *
 * The first frame also waits for nothing below the first screen that it need not draw. An element marked
 * `data-after-paint` (the start page's catalogue of the library: some 360 elements, a table laid out
 * column by column in three fonts, below the first screen; and its series cards, of which at most the top
 * of the first reaches into the first screen, and which alone bring three more faces and nine more faces at
 * a size that the browser must find and load, each a round trip to its own process, before it can lay them
 * out) is left out of the first frame's style, layout
 * and painting: a line of script in the head marks the root `data-paint="pending"` before the body is
 * read, the page's stylesheet hides the marked elements' contents while it is (`content-visibility:
 * hidden`, the element keeping its place and size, given by its own `contain-intrinsic-size`), and the
 * start script clears the mark as the page's first paint is on screen, before it asks for any module;
 * the contents are drawn in the next frame. A page read without scripts never has the mark. (The
 * browser's own `content-visibility: auto` is no help here: Chromium draws in the first frame what lies
 * within a wide margin around the viewport, the catalogue half a screen below it included; and a text
 * field or list box inside a skipped element undoes the skipping when the page finishes loading: so the
 * mark, and on an element that holds none.) Measured in Chromium's trace of the start
 * page's first frame (processor time of the page's main thread, median of 7 first visits): style 14 → 10 ms,
 * layout 47 → 30 ms, painting 10 → 4 ms; holding back the cards too (6 first visits each): layout 29 → 20 ms,
 * the main thread from the HTML to the first frame's commit 55 → 43 ms, drawing the first frame's tiles
 * (rasterizing) 29 → 21 ms, font look-ups 45 → 29 (faces loaded 10 → 7).
 */

/** The app starts at the latest this long after the page's HTML has been read, painted or not. */
export const LATEST_START_MS = 2000;

/** The root's attribute that holds back the elements marked `data-after-paint` until the first paint. */
export const PAINT_PENDING = 'data-paint';

/** Put at the end of the head: marks the root before the body is read, and hides the marked elements while it is marked. */
const HOLD_BACK = `<script>document.documentElement.setAttribute('${PAINT_PENDING}', 'pending')</script>
		<style>:root[${PAINT_PENDING}='pending'] [data-after-paint] { content-visibility: hidden; }</style>
	</head>`;

/** SvelteKit's module preloads in a page's head, as it writes them. */
const MODULE_PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;

/** SvelteKit's start script: `Promise.all([import(start), import(app)]).then(([kit, app]) => kit.start(…))`. */
const START = /Promise\.all\(\[(\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*)\]\)/;

/** The start script's wait: the first contentful paint on screen (see above). */
const AFTER_FIRST_PAINT = `new Promise(function (go) {
						var started = false, start = function () {
							if (started) return;
							started = true;
							document.documentElement.removeAttribute('${PAINT_PENDING}');
							go();
						};
						if (document.visibilityState === 'hidden') return start();
						setTimeout(start, ${LATEST_START_MS});
						var timing = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
						if (!timing || timing.indexOf('paint') < 0) return requestAnimationFrame(function () { setTimeout(start, 0); });
						new PerformanceObserver(function (list, seen) {
							if (!list.getEntriesByName('first-contentful-paint').length) return;
							seen.disconnect();
							setTimeout(start, 0);
						}).observe({ type: 'paint', buffered: true });
					})`;

/**
 * The page's HTML with its start script waiting for the first paint, and its module preloads made by that
 * script. A page without SvelteKit's start script comes back as it is; a start script of another form
 * (from a SvelteKit that writes it otherwise) fails the build, rather than giving pages that quietly start
 * before they paint.
 */
export function startAfterPaint(html: string): string {
	if (!html.includes('kit.start(')) return html;
	if (!START.test(html)) {
		throw new Error(
			"src/lib/server/start-after-paint.ts: SvelteKit's start script no longer reads `Promise.all([import(…), import(…)])`; update START"
		);
	}
	const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]);
	const preload = preloads.length
		? `${JSON.stringify(preloads)}.forEach(function (href) {
						var link = document.createElement('link');
						link.rel = 'modulepreload';
						link.href = href;
						document.head.appendChild(link);
					});
					`
		: '';
	return html
		.replace(MODULE_PRELOAD, '')
		.replace(/\s*<\/head>/, `\n\t\t${HOLD_BACK}`)
		.replace(
			START,
			(_, imports: string) => `${AFTER_FIRST_PAINT}.then(() => {
					${preload}return Promise.all([${imports}]);
				})`
		);
}
