// The showcase's first visit: its rows come with the compare page's HTML (the comparison rendered at
// build time, src/lib/snapshot.ts), before any of the app's scripts has run; the page's own comparison
// then takes their place where they stood; no other address shows them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOWCASE, SHOWCASE_TEXTS, at, useBrowser, waitForRows } from './ui-support';

const session = useBrowser({ compare: SHOWCASE_TEXTS });

/** A page whose app scripts never load: what it shows is its HTML alone. */
async function withoutScripts(options: { width?: number; height?: number; locale?: string } = {}): Promise<Page> {
	const { page } = await session.open({ ...options, waitForApp: false });
	await page.route(/\/_app\/immutable\/.*\.js$/, (route) => route.abort());
	return page;
}

/** Status of each row on screen, and where the first changed row stands. */
async function shownRows(page: Page, scope: string) {
	const rows = page.locator(`${scope} article.row[data-status]`);
	const statuses = await rows.evaluateAll((els) =>
		els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getAttribute('data-status'))
	);
	const first = session.expected.rows.findIndex((r) => r.status !== 'unchanged');
	const box = await page.locator(`${scope} #row-${first + 1}:visible`).boundingBox();
	return { statuses, box };
}

describe('the showcase on a first visit', { timeout: 120_000 }, () => {
	it.each([
		[1440, 900],
		[390, 844]
	])(
		'at %i×%i shows its rows from the HTML, as the core aligns them, and the page puts its own in the same place',
		async (width, height) => {
			const before = await withoutScripts({ width, height });
			await before.goto(at(SHOWCASE));
			expect(await before.locator('html').getAttribute('data-snapshot')).toBe('');
			const snapshot = await shownRows(before, '.snapshot');
			expect(snapshot.statuses).toEqual(session.expected.rows.map((r) => r.status));
			expect(snapshot.box).not.toBeNull();
			expect(snapshot.box!.y).toBeLessThan(height);
			// The snapshot is a picture of the page until the page runs: nothing in it can be used yet.
			expect(await before.locator('.snapshot').getAttribute('inert')).not.toBeNull();
			expect(await before.locator('.waiting').isVisible()).toBe(false);
			await before.context().close();

			const { page, errors } = await session.open({ width, height });
			await page.goto(at(SHOWCASE));
			await waitForRows(page);
			expect(await page.locator('.snapshot').count()).toBe(0);
			expect(await page.locator('html').getAttribute('data-snapshot')).toBeNull();
			const live = await shownRows(page, 'main');
			expect(live.statuses).toEqual(snapshot.statuses);
			expect(live.box).toEqual(snapshot.box);
			expect(errors).toEqual([]);
			await page.context().close();
		}
	);

	it('is in the reader’s language, and on a phone without the change list beside the rows', async () => {
		const page = await withoutScripts({ width: 390, height: 844, locale: 'en-US' });
		await page.goto(at(SHOWCASE));
		expect(await page.locator('[data-snapshot-locale=en]').isVisible()).toBe(true);
		expect(await page.locator('[data-snapshot-locale=zh]').isVisible()).toBe(false);
		expect(await page.locator('[data-snapshot-locale=en] .list-slot').isVisible()).toBe(false);
		const { statuses } = await shownRows(page, '[data-snapshot-locale=en]');
		expect(statuses).toEqual(session.expected.rows.map((r) => r.status));
		await page.context().close();
	});

	it('is not shown for another pair, another view, or a reader who closed the change list', async () => {
		const page = await withoutScripts();
		for (const path of ['/compare?old=A/RES/67/38&new=A/RES/68/46', `${SHOWCASE}&view=redline`]) {
			await page.goto(at(path));
			expect(await page.locator('html').getAttribute('data-snapshot'), path).toBeNull();
			expect(await page.locator('.snapshot').isVisible(), path).toBe(false);
			expect(await page.locator('.waiting').isVisible(), path).toBe(true);
		}
		await page.evaluate(() => localStorage.setItem('resodiff.changeList', 'closed'));
		await page.goto(at(SHOWCASE));
		expect(await page.locator('.snapshot').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('a prerendered page starts its app after its first paint', { timeout: 120_000 }, () => {
	/** Installed before the page's scripts: when the root was marked ready, and when the first module was asked for. */
	const WATCH_START = () => {
		const w = window as unknown as { __readyAt?: number; __firstModuleAt?: number };
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (entry.name.includes('/_app/immutable/') && w.__firstModuleAt === undefined)
					w.__firstModuleAt = entry.startTime;
		}).observe({ type: 'resource', buffered: true });
		const watch = () =>
			new MutationObserver(() => {
				if (document.documentElement.dataset.app === 'ready' && w.__readyAt === undefined)
					w.__readyAt = performance.now();
			}).observe(document.documentElement, { attributes: true });
		if (document.documentElement) watch();
		else document.addEventListener('readystatechange', watch, { once: true });
	};

	it.each([['/'], [SHOWCASE], ['/series/multilateralism-disarmament']])(
		'%s: asks for no module before its first contentful paint, then takes over',
		async (path) => {
			const { page, errors } = await session.open({ waitForApp: false });
			await page.addInitScript(WATCH_START);
			const response = await page.goto(at(path));
			// The HTML preloads no module from its head: the start script asks for them after the paint.
			expect(await response!.text()).not.toMatch(/<link[^>]*rel="modulepreload"/);
			await page.locator('html[data-app=ready]').waitFor({ state: 'attached', timeout: 60_000 });
			const seen = await page.evaluate(() => {
				const w = window as unknown as { __readyAt?: number; __firstModuleAt?: number };
				return {
					paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
					module: w.__firstModuleAt ?? null,
					ready: w.__readyAt ?? null
				};
			});
			expect(seen.paint).not.toBeNull();
			expect(seen.module).not.toBeNull();
			expect(seen.module!).toBeGreaterThanOrEqual(seen.paint!);
			expect(seen.ready!).toBeGreaterThan(seen.paint!);
			expect(errors).toEqual([]);
			await page.context().close();
		}
	);

	it('the start page draws its series cards and its catalogue just after its first paint, in the places kept for them, with or without its app', async () => {
		const page = await withoutScripts();
		await page.goto(at('/'));
		// Its app never loads; the page's own start script still lets them be drawn once the page has painted.
		await page.locator('html:not([data-paint])').waitFor({ state: 'attached', timeout: 30_000 });
		const cards = page.locator('.library [data-after-paint]');
		const card = page.locator('.library article.series').first();
		const region = page.locator('[data-catalog] [data-after-paint]');
		const row = page.locator('[data-catalog-row]').first();
		const shown = async () => ({
			cards: await cards.boundingBox(),
			region: await region.boundingBox(),
			footer: await page.locator('footer.site').boundingBox(),
			card: await card.isVisible(),
			row: await row.isVisible()
		});
		const drawn = await shown();
		expect(drawn.card).toBe(true);
		expect(drawn.row).toBe(true);
		expect(drawn.cards!.height).toBeGreaterThan(300);
		expect(drawn.region!.height).toBeGreaterThan(300);
		// Held back as before the first paint: neither the cards nor the rows are drawn, and nothing moves.
		await page.evaluate(() => document.documentElement.setAttribute('data-paint', 'pending'));
		const held = await shown();
		expect(held.card).toBe(false);
		expect(held.row).toBe(false);
		expect(held.cards).toEqual(drawn.cards);
		expect(held.region).toEqual(drawn.region);
		expect(held.footer).toEqual(drawn.footer);
		await page.context().close();

		// Without scripts nothing is held back.
		const context = await session.browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 1280, height: 900 }
		});
		const plain = await context.newPage();
		await plain.goto(at('/'));
		expect(await plain.locator('html').getAttribute('data-paint')).toBeNull();
		expect(await plain.locator('.library article.series').first().isVisible()).toBe(true);
		expect(await plain.locator('[data-catalog-row]').first().isVisible()).toBe(true);
		await context.close();
	});

	it.each([
		[1440, 900],
		[1024, 768],
		[390, 844]
	])('at %i×%i the start page keeps about the series cards’ height while they wait', async (width, height) => {
		// Until the cards are first drawn the height kept is the stylesheet's estimate: the catalogue below
		// them moves by little when they are drawn.
		const page = await withoutScripts({ width, height });
		await page.goto(at('/'));
		await page.locator('html:not([data-paint])').waitFor({ state: 'attached', timeout: 30_000 });
		const drawn = await page.locator('.library [data-after-paint]').boundingBox();
		const estimate = await page.evaluate(() => {
			const probe = document.createElement('div');
			probe.className = document.querySelector('.library [data-after-paint]')!.className;
			probe.style.contentVisibility = 'hidden';
			document.querySelector('.library')!.append(probe);
			const kept = probe.getBoundingClientRect().height;
			probe.remove();
			return kept;
		});
		expect(Math.abs(estimate - drawn!.height)).toBeLessThan(0.3 * drawn!.height);
		await page.context().close();
	});

	it.each([['/'], ['/series/multilateralism-disarmament']])(
		'%s: a prerendered string is drawn in the face it has once the app runs, its parent’s',
		async (path) => {
			const page = await withoutScripts();
			await page.goto(at(path));
			const strays = await page.evaluate(() =>
				// A string of the interface (T); a piece of data (ByLocale) keeps its own lang, before and after.
				[...document.querySelectorAll('[data-i18n]:not([lang])')]
					.filter((el) => (el as HTMLElement).offsetParent !== null)
					.filter((el) => getComputedStyle(el).fontFamily !== getComputedStyle(el.parentElement!).fontFamily)
					.map((el) => `${el.parentElement!.tagName}: ${el.textContent!.trim().slice(0, 20)}`)
			);
			expect(strays).toEqual([]);
			// The start page's heading, set in the text face, is drawn in it before the app runs as after.
			if (path === '/') {
				const before = await page.locator('h1').evaluate((el) => getComputedStyle(el.firstElementChild!).fontFamily);
				await page.context().close();
				const { page: live } = await session.open({});
				await live.goto(at(path));
				expect(await live.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).toBe(before);
				expect(before).toMatch(/Serif/);
				await live.context().close();
			} else await page.context().close();
		}
	);

	it('the start page’s catalogue is in the reader’s language before its app runs, and after', async () => {
		const before = await withoutScripts({ locale: 'en-GB' });
		await before.goto(at('/'));
		await before.locator('html:not([data-paint])').waitFor({ state: 'attached', timeout: 30_000 });
		const seen = (page: Page) =>
			page.locator('[data-catalog]').evaluate((el) => {
				// What a reader sees: the text of every element the page shows, and the filters' words.
				const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				const shown: string[] = [];
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const parent = node.parentElement!;
					if (parent.closest('option, td.title') || !parent.checkVisibility()) continue;
					shown.push(node.textContent!.trim());
				}
				const select = el.querySelector('select')!;
				const query = el.querySelector<HTMLInputElement>('input[type=search]')!;
				return {
					text: shown.filter(Boolean).join(' '),
					anySession: select.options[select.selectedIndex].text,
					placeholder: query.placeholder
				};
			});
		const prerendered = await seen(before);
		expect(prerendered.text).toMatch(/\d+ of \d+ documents/);
		expect(prerendered.text).not.toMatch(/\p{Script=Han}/u);
		// A filter's words cannot come in two languages: none, rather than the other language's.
		expect(prerendered.anySession).not.toMatch(/\p{Script=Han}/u);
		expect(prerendered.placeholder).toBe('');
		await before.context().close();

		const { page, errors } = await session.open({ locale: 'en-GB' });
		await page.goto(at('/'));
		await page.locator('[data-catalog-row]').first().waitFor();
		await expect.poll(async () => (await seen(page)).anySession).toBe('Every session');
		const live = await seen(page);
		expect(live.text).toContain(prerendered.text.slice(0, 40));
		expect(live.placeholder).toMatch(/^e\.g\. /);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('the fallback page, which shows nothing before its app runs, keeps its preloads and starts at once', async () => {
		const { page, errors } = await session.open();
		const response = await page.goto(at('/no-such-page'));
		expect(await response!.text()).toMatch(/<link[^>]*rel="modulepreload"/);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
