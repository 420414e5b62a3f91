#!/usr/bin/env node
// Extracts text from the real UN PDFs with the tools users really use, into tests/fixtures/real/:
//
//   node scripts/make-real-text-fixtures.js PDF... [--out DIR]
//
// For each PDF `NAME.pdf` it writes
//   NAME.pdftotext.txt          `pdftotext -enc UTF-8` (poppler-utils), the reading order of the content streams
//   NAME.pdftotext-layout.txt   `pdftotext -enc UTF-8 -layout`, lines laid out as on the page
//   NAME.pymupdf.txt            PyMuPDF's `page.get_text()` page after page (Debian's python3-fitz)
//   NAME.copy-pdfjs.txt         what "select all, copy" puts on the clipboard in pdf.js's own viewer (the viewer
//                               of Firefox, pdfjs-dist's web/pdf_viewer.mjs), run in Debian's Chromium: every
//                               page's text layer rendered, Ctrl+A, Ctrl+C, the clipboard read back
//
// Nothing here is edited by hand: the files are what the tools print. Needs poppler-utils, python3-fitz and
// chromium (`apt-get install poppler-utils python3-fitz chromium`).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? resolve(args[outAt + 1]) : join(root, 'tests', 'fixtures', 'real');
const pdfs = args.filter((a, i) => a !== '--out' && i !== outAt + 1);
if (pdfs.length === 0) {
	console.error('usage: node scripts/make-real-text-fixtures.js PDF... [--out DIR]');
	process.exit(2);
}
mkdirSync(out, { recursive: true });

const PYMUPDF = `
import sys, fitz
doc = fitz.open(sys.argv[1])
sys.stdout.write(''.join(page.get_text() for page in doc))
`;

/** The page that runs pdf.js's viewer on one PDF, every page's text layer rendered. */
const VIEWER_PAGE = `<!doctype html>
<meta charset="utf-8">
<link rel="stylesheet" href="/pdfjs/web/pdf_viewer.css">
<style>#container { position: absolute; inset: 0; overflow: auto; }</style>
<div id="container"><div id="viewer" class="pdfViewer"></div></div>
<script type="module">
import * as pdfjs from '/pdfjs/build/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
const viewerModule = await import('/pdfjs/web/pdf_viewer.mjs');
const { EventBus, PDFViewer, PDFLinkService } = viewerModule;
const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const viewer = new PDFViewer({ container: document.getElementById('container'), eventBus, linkService, textLayerMode: 1 });
linkService.setViewer(viewer);
const rendered = new Set();
eventBus.on('textlayerrendered', (e) => rendered.add(e.pageNumber));
const doc = await pdfjs.getDocument({ url: '/doc.pdf', cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/' }).promise;
viewer.setDocument(doc);
linkService.setDocument(doc);
await new Promise((r) => eventBus.on('pagesinit', r, { once: true }));
viewer.currentScaleValue = '0.5';
for (let n = 1; n <= doc.numPages; n++) {
	viewer.currentPageNumber = n;
	const t0 = Date.now();
	while (!rendered.has(n) && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 50));
}
window.pages = doc.numPages;
window.ready = [...rendered].length;
</script>`;

async function copyWithPdfjs(pdfPath) {
	const pdf = readFileSync(pdfPath);
	const dist = join(root, 'node_modules', 'pdfjs-dist');
	const types = { '.mjs': 'text/javascript', '.css': 'text/css', '.pdf': 'application/pdf', '.html': 'text/html' };
	const server = createServer((req, res) => {
		const url = decodeURIComponent(req.url.split('?')[0]);
		try {
			let body;
			if (url === '/') body = VIEWER_PAGE;
			else if (url === '/doc.pdf') body = pdf;
			else if (url.startsWith('/pdfjs/')) body = readFileSync(join(dist, url.slice('/pdfjs/'.length)));
			else throw new Error('not found');
			res.writeHead(200, {
				'content-type': types[extname(url)] ?? (url === '/' ? 'text/html' : 'application/octet-stream')
			});
			res.end(body);
		} catch {
			res.writeHead(404);
			res.end();
		}
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	const origin = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({ executablePath: chromiumPath });
	try {
		const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await context.newPage();
		await page.goto(origin + '/');
		await page.waitForFunction(() => window.ready !== undefined, null, { timeout: 120000 });
		const { pages, ready } = await page.evaluate(() => ({ pages: window.pages, ready: window.ready }));
		if (ready !== pages) throw new Error(`only ${ready} of ${pages} text layers rendered`);
		// The viewer keeps a buffer of rendered pages; make sure every text layer is still in the document.
		const layers = await page.evaluate(() => document.querySelectorAll('.textLayer span').length);
		if (layers === 0) throw new Error('no text layer');
		await page.click('.textLayer span');
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Control+C');
		return await page.evaluate(() => navigator.clipboard.readText());
	} finally {
		await browser.close();
		server.close();
	}
}

for (const pdfPath of pdfs) {
	const name = basename(pdfPath, '.pdf');
	const write = (suffix, text) => {
		writeFileSync(join(out, `${name}.${suffix}.txt`), text);
		console.log(`${name}.${suffix}.txt: ${text.length} characters`);
	};
	write('pdftotext', execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
	write(
		'pdftotext-layout',
		execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], { encoding: 'utf8' })
	);
	write('pymupdf', execFileSync('/usr/bin/python3', ['-c', PYMUPDF, pdfPath], { encoding: 'utf8' }));
	write('copy-pdfjs', await copyWithPdfjs(pdfPath));
}
