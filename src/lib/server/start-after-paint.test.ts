import { describe, expect, it } from 'vitest';
import { LATEST_START_MS, PAINT_PENDING, startAfterPaint } from './start-after-paint';

/** A prerendered page's head and start script as SvelteKit 2 writes them (trimmed to what matters). */
const PAGE = `<!doctype html>
<html>
	<head>
		<link href="./_app/immutable/entry/start.A1.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/B2.js" rel="modulepreload">
		<link href="./_app/immutable/entry/app.C3.js" rel="modulepreload">
		<style>body{margin:0}</style>
	</head>
	<body>
		<div style="display: contents"><main>Text</main>
			<script>
				{
					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A1.js"),
						import("./_app/immutable/entry/app.C3.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null,null], form: null, error: null });
					});
				}
			</script>
		</div>
	</body>
</html>`;

/** Runs a page's start script with a stand-in browser; returns what it did, in order. */
function run(html: string, browser: { hidden?: boolean; paintTiming?: boolean }) {
	// The start script: the last of the page's scripts (the first, in the head, marks the root).
	const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].at(-1)![1];
	const log: string[] = [];
	const timers: { ms: number; run: () => void }[] = [];
	let observer:
		((list: { getEntriesByName: (n: string) => unknown[] }, self: { disconnect: () => void }) => void) | null = null;
	class Observer {
		static supportedEntryTypes = browser.paintTiming === false ? ['mark'] : ['mark', 'paint'];
		constructor(callback: typeof observer) {
			observer = callback;
		}
		observe(options: { type: string; buffered: boolean }) {
			log.push(`observe ${options.type}${options.buffered ? ' buffered' : ''}`);
		}
	}
	const document = {
		visibilityState: browser.hidden ? 'hidden' : 'visible',
		currentScript: { parentElement: 'root' },
		documentElement: { removeAttribute: (name: string) => log.push(`unmark ${name}`) },
		createElement: () => ({}) as { rel?: string; href?: string },
		head: { appendChild: (link: { rel: string; href: string }) => log.push(`${link.rel} ${link.href}`) }
	};
	const kit = { start: () => log.push('start') };
	const window = { PerformanceObserver: Observer };
	const body = script.replace(/import\("([^"]+)"\)/g, (_, href: string) => `fetchModule(${JSON.stringify(href)})`);
	const fetchModule = (href: string) => {
		log.push(`import ${href}`);
		return Promise.resolve(kit);
	};
	new Function('window', 'document', 'PerformanceObserver', 'requestAnimationFrame', 'setTimeout', 'fetchModule', body)(
		window,
		document,
		Observer,
		(f: () => void) => timers.push({ ms: -1, run: f }),
		(f: () => void, ms: number) => timers.push({ ms, run: f }),
		fetchModule
	);
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	const fire = async (ms: number) => {
		for (const t of timers.filter((t) => t.ms === ms)) t.run();
		await settle();
	};
	const paint = async (name: string) => {
		observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect: () => log.push('disconnect') });
		await settle();
	};
	return { log, fire, paint, settle };
}

describe('a prerendered page starts its app after its first paint', () => {
	const html = startAfterPaint(PAGE);

	it('has no module preloads in its head', () => {
		expect(html).not.toContain('rel="modulepreload">');
		expect(html).toContain('<style>body{margin:0}</style>');
		expect(html).toContain('<main>Text</main>');
	});

	it('starts once the first contentful paint is on screen, preloading the same modules first', async () => {
		const page = run(html, {});
		await page.settle();
		expect(page.log).toEqual(['observe paint buffered']);
		await page.paint('first-paint');
		expect(page.log).toEqual(['observe paint buffered']);
		await page.paint('first-contentful-paint');
		expect(page.log).toEqual(['observe paint buffered', 'disconnect']);
		await page.fire(0);
		expect(page.log).toEqual([
			'observe paint buffered',
			'disconnect',
			`unmark ${PAINT_PENDING}`,
			'modulepreload ./_app/immutable/entry/start.A1.js',
			'modulepreload ./_app/immutable/chunks/B2.js',
			'modulepreload ./_app/immutable/entry/app.C3.js',
			'import ./_app/immutable/entry/start.A1.js',
			'import ./_app/immutable/entry/app.C3.js',
			'start'
		]);
		// The latest start, after it started: nothing more.
		await page.fire(LATEST_START_MS);
		expect(page.log.filter((l) => l === 'start')).toHaveLength(1);
	});

	it('holds back the elements marked data-after-paint from the head until then', () => {
		const head = html.slice(0, html.indexOf('</head>'));
		const mark = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)];
		expect(mark).toHaveLength(1);
		const root = { attributes: new Map<string, string>() };
		new Function('document', mark[0][1])({
			documentElement: { setAttribute: (name: string, value: string) => root.attributes.set(name, value) }
		});
		expect([...root.attributes]).toEqual([[PAINT_PENDING, 'pending']]);
		expect(head).toContain(`:root[${PAINT_PENDING}='pending'] [data-after-paint] { content-visibility: hidden; }`);
		// After the page's own stylesheet, which must not override it.
		expect(head.indexOf('content-visibility')).toBeGreaterThan(head.indexOf('<style>body{margin:0}</style>'));
	});

	it('starts at once in a tab not shown, after a frame without paint timing, and at the latest after a while', async () => {
		const hidden = run(html, { hidden: true });
		await hidden.settle();
		expect(hidden.log.at(-1)).toBe('start');
		expect(hidden.log).toContain(`unmark ${PAINT_PENDING}`);

		const old = run(html, { paintTiming: false });
		await old.settle();
		expect(old.log).toEqual([]);
		await old.fire(-1);
		await old.fire(0);
		expect(old.log.at(-1)).toBe('start');

		const never = run(html, {});
		await never.settle();
		await never.fire(LATEST_START_MS);
		expect(never.log.at(-1)).toBe('start');
	});

	it('leaves a page without a start script as it is, and refuses a start script it does not know', () => {
		const plain = '<html><head><link href="./a.js" rel="modulepreload"></head><body>x</body></html>';
		expect(startAfterPaint(plain)).toBe(plain);
		expect(() => startAfterPaint(PAGE.replace('Promise.all([', 'Promise.allSettled(['))).toThrow(/start script/);
	});
});
