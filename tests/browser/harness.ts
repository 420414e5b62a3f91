import { chromium, type Browser, type Page } from 'playwright-core';

/** Where Debian's chromium package puts the browser; nothing is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a closed network, as root, with no background traffic. */
const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

/** Launches Debian's Chromium headless. */
export function openBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** A request the page made, with its body when it had one. */
export interface SeenRequest {
	url: string;
	method: string;
	body: string | null;
}

/** Opens a page that records every request it makes (URL, method, body), and every page error. */
export async function openPage(
	browser: Browser,
	options: {
		width?: number;
		height?: number;
		colorScheme?: 'light' | 'dark';
		locale?: string;
		/** Return from `page.goto` only once the app has taken over the prerendered page (default true). */
		waitForApp?: boolean;
	} = {}
): Promise<{ page: Page; requests: SeenRequest[]; errors: string[] }> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		colorScheme: options.colorScheme ?? 'light',
		locale: options.locale ?? 'zh-CN'
	});
	const page = await context.newPage();
	const requests: SeenRequest[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		requests.push({ url: request.url(), method: request.method(), body: request.postData() });
	});
	page.on('pageerror', (error) => errors.push(String(error)));
	if (options.waitForApp !== false) {
		// A prerendered page shows its controls before its scripts run; a click or a file chosen before the
		// app takes over is lost (a loaded CI machine shows it). Every navigation waits for the app.
		const ready = () => page.locator('html[data-app=ready]').waitFor({ state: 'attached', timeout: 60_000 });
		const goto = page.goto.bind(page);
		page.goto = async (url, gotoOptions) => {
			const response = await goto(url, gotoOptions);
			await ready();
			return response;
		};
		const reload = page.reload.bind(page);
		page.reload = async (reloadOptions) => {
			const response = await reload(reloadOptions);
			await ready();
			return response;
		};
	}
	return { page, requests, errors };
}
