/**
 * PDF export for Node: prints the HTML report with the system's Chromium through playwright-core, so the
 * PDF is exactly the page a browser prints (same CSS, same CJK fonts from fonts-noto-cjk). Chromium runs
 * headless and offline: every request the page makes is refused, and the flags below switch off
 * background networking, component updates and first-run work.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ResodiffError } from '../core/types';

/** Options of {@link renderPdfWithChromium}. */
export interface PdfOptions {
	/** Path of the Chromium executable. Default `/usr/bin/chromium` (Debian's package). */
	executablePath?: string;
	/** Paper size. Default `A4`. */
	format?: 'A4' | 'Letter';
	/** Landscape pages, which the side-by-side table needs. Default true; a CSS `@page` size wins. */
	landscape?: boolean;
	/** Milliseconds to wait for Chromium to start and the page to print, 1000 … Default 60000. */
	timeout?: number;
}

/** Defaults of {@link PdfOptions}, in one place. */
export const DEFAULT_PDF_OPTIONS = {
	executablePath: '/usr/bin/chromium',
	format: 'A4',
	landscape: true,
	timeout: 60_000
} as const;

/** Chromium's flags: no sandbox (containers run as root), no GPU, and nothing fetched in the background. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
] as const;

/** Prints an HTML page to PDF with headless Chromium; resolves to the PDF's bytes. */
export async function renderPdfWithChromium(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
	const executablePath = options.executablePath ?? DEFAULT_PDF_OPTIONS.executablePath;
	if (!existsSync(executablePath)) {
		throw new ResodiffError('internal', 'PDF export needs Chromium: apt-get install chromium fonts-noto-cjk');
	}
	const timeout = Math.max(1000, options.timeout ?? DEFAULT_PDF_OPTIONS.timeout);
	const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], timeout });
	try {
		const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
		const page = await context.newPage();
		page.setDefaultTimeout(timeout);
		await page.route('**/*', (route) => route.abort());
		await page.setContent(html, { waitUntil: 'load', timeout });
		const pdf = await page.pdf({
			format: options.format ?? DEFAULT_PDF_OPTIONS.format,
			landscape: options.landscape ?? DEFAULT_PDF_OPTIONS.landscape,
			printBackground: true,
			preferCSSPageSize: true,
			// A tagged PDF keeps reading order and headings for screen readers and for copying text out.
			tagged: true
		});
		return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
	} finally {
		await browser.close();
	}
}
