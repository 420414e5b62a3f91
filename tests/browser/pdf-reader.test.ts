// The browser side of PDF reading, on its own: a small page that imports src/lib/io/pdf-browser.ts is
// built with Vite and the project's pdfjs-assets plugin, served by the app's own static server (with its
// Content-Security-Policy), and reads the fixture PDFs in Chromium, on the page and inside a web worker.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { pdfjsAssets } from '../../scripts/vite-plugin-pdfjs-assets.js';
import { readPdfInNode } from '../../src/lib/io/pdf-node';
import type { SeenRequest } from './harness';
import { useBrowser } from './ui-support';

const root = resolve('.');
const work = join(root, 'node_modules', '.cache', 'resodiff-pdf-reader-page');
const reader = JSON.stringify(join(root, 'src', 'lib', 'io', 'pdf-browser.ts'));

// The page exposes one function per place the reader runs; both return what the reader returned,
// or the error's code and one-line message.
const MAIN = `
import { readPdfInBrowser } from ${reader};
const decode = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const settle = (promise) => promise.then(
	(r) => ({ text: r.text, meta: r.meta, warnings: r.warnings }),
	(e) => ({ code: e.code ?? e.name, line: typeof e.toLine === 'function' ? e.toLine() : String(e) })
);
window.readOnPage = (b64, name) => settle(readPdfInBrowser(decode(b64), name));
window.readInWorker = (b64, name) => new Promise((done) => {
	const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
	worker.onmessage = (event) => { done(event.data); worker.terminate(); };
	worker.onerror = (event) => done({ code: 'worker', line: event.message });
	worker.postMessage({ b64, name });
});
`;
const WORKER = `
import { readPdfInBrowser } from ${reader};
self.onmessage = async ({ data }) => {
	const bytes = Uint8Array.from(atob(data.b64), (c) => c.charCodeAt(0));
	try {
		const r = await readPdfInBrowser(bytes, data.name);
		self.postMessage({ text: r.text, meta: r.meta, warnings: r.warnings });
	} catch (e) {
		self.postMessage({ code: e.code ?? e.name, line: typeof e.toLine === 'function' ? e.toLine() : String(e) });
	}
};
`;

const fixture = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'pdf', name)).toString('base64');

type Outcome = { text?: string; meta?: Record<string, unknown>; warnings?: string[]; code?: string; line?: string };

const session = useBrowser();
let server: Server;
let url: string;
let page: Page;
let requests: SeenRequest[];
let errors: string[];

beforeAll(async () => {
	const { build } = await import('vite');
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	writeFileSync(
		join(work, 'index.html'),
		'<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>'
	);
	writeFileSync(join(work, 'main.js'), MAIN);
	writeFileSync(join(work, 'worker.js'), WORKER);
	// A base path, as a deployment under a sub-folder has: the CMaps must still be found.
	await build({
		configFile: false,
		root: work,
		base: '/reader/',
		logLevel: 'silent',
		// The plugin adds itself to the worker bundle too.
		plugins: [pdfjsAssets()],
		worker: { format: 'es' },
		build: { outDir: join(work, 'dist', 'reader'), emptyOutDir: true }
	});
	({ server, url } = await serve({ root: join(work, 'dist'), host: '127.0.0.1', port: 0 }));
	({ page, requests, errors } = await session.open({ waitForApp: false }));
	await page.goto(`${url}/reader/`);
	await page.waitForFunction(() => 'readOnPage' in window);
}, 180_000);

afterAll(async () => {
	await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
	rmSync(work, { recursive: true, force: true });
});

async function read(where: 'readOnPage' | 'readInWorker', name: string): Promise<Outcome> {
	return page.evaluate(
		([fn, b64, file]) =>
			(window as unknown as Record<string, (b: string, n: string) => Promise<Outcome>>)[fn](b64, file),
		[where, fixture(name), name] as const
	);
}

describe('reading PDFs in the browser', () => {
	const clean = readFileSync(join(root, 'corpus', 'A-RES-76-40.zh.txt'), 'utf8');

	// First, while pdfjs is not loaded yet: a PDF by Word (a real UN one) and one by LibreOffice are read by
	// resodiff's own reader, inflating with the browser's DecompressionStream, as Node reads them, and pdfjs
	// (its worker) is never fetched for them.
	it.each([
		['readOnPage', '../real/A-RES-73-3.en.pdf'],
		['readInWorker', 'writer/A-RES-76-40.pdf'],
		['readInWorker', '../real/A-RES-77-247.es.pdf']
	] as const)('%s %s: resodiff’s own reader, as in Node, without pdfjs', async (where, name) => {
		const before = requests.length;
		const result = await read(where, name);
		const inNode = await readPdfInNode(new Uint8Array(Buffer.from(fixture(name), 'base64')), name);
		expect(result).toEqual({ text: inNode.text, meta: inNode.meta, warnings: inNode.warnings });
		expect(requests.slice(before).filter((r) => /pdf\.worker/.test(r.url))).toEqual([]);
	});

	it.each([
		['readOnPage', 'A-RES-76-40.pdf'],
		['readInWorker', 'A-RES-76-40-overstruck.pdf'],
		['readOnPage', 'A-RES-76-40-overstruck.pdf'],
		['readInWorker', 'A-RES-76-40.pdf']
	] as const)('%s %s: the clean text, the letterhead in meta', async (where, name) => {
		const result = await read(where, name);
		expect(result.code).toBeUndefined();
		expect(result.meta).toMatchObject({ symbol: 'A/RES/76/40', date: '2021-12-06' });
		expect(result.warnings).toEqual([]);
		// Paragraph for paragraph what the corpus says, bold verbs and footnotes included.
		const paragraphs = (text: string) =>
			text
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				.filter(Boolean);
		const fromPdf = paragraphs(result.text ?? '');
		for (const paragraph of paragraphs(clean).flatMap((p) => (/^\d+\. /.test(p) ? p.split('\n') : [p]))) {
			expect(fromPdf).toContain(paragraph);
		}
	});

	it.each(['readOnPage', 'readInWorker'] as const)(
		'%s finds the CMaps the app serves (a named, not embedded font)',
		async (where) => {
			const result = await read(where, 'cmap-font.pdf');
			expect(result.text).toBe('大会，\n\n决心促进严格遵循《联合国宪章》所载宗旨和原则，\n');
		}
	);

	it.each([
		['readOnPage', 'encrypted.pdf', 'pdf-encrypted'],
		['readInWorker', 'scanned.pdf', 'pdf-no-text'],
		['readOnPage', 'truncated.pdf', 'pdf-broken']
	] as const)('%s %s: %s, one line naming the file', async (where, name, code) => {
		const result = await read(where, name);
		expect(result.code).toBe(code);
		expect(result.line?.startsWith(`${name}: `)).toBe(true);
	});

	it('asks no other host for anything, and raises no page error', () => {
		const origin = new URL(url).origin;
		const elsewhere = requests.filter(
			(r) => !r.url.startsWith(origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:')
		);
		expect(elsewhere).toEqual([]);
		expect(errors).toEqual([]);
	});
});
