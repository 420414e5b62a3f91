/**
 * pdfjs for browsers: the modern build, with pdfjs's own worker (pdf.worker.min.mjs, emitted by Vite
 * through a `?url` import and started by pdfjs as a module worker), and the CMaps and standard fonts
 * served by the app itself (scripts/vite-plugin-pdfjs-assets.js). Nothing is fetched from another host.
 *
 * The worker is started here rather than by pdfjs, so that the same code also runs inside a web worker
 * (pdfjs would otherwise load its worker code into that thread). CMaps and fonts are fetched by pdfjs's
 * worker, which is why their URLs are absolute.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { cMapUrl, standardFontDataUrl } from 'virtual:pdfjs-assets';
import { extractPdfText, extractPdfTextDirect, inflateWithStreams, type PdfjsModule, type PdfText } from './pdf/index';

/** pdfjs loaded for a browser, with where it finds its CMaps and standard fonts. */
export interface BrowserPdfjs {
	pdfjs: PdfjsModule;
	/** Absolute URL of the CMaps folder, ending in `/`. */
	cMapUrl: string;
	/** Absolute URL of the standard fonts folder, ending in `/`. */
	standardFontDataUrl: string;
}

let loading: Promise<BrowserPdfjs> | null = null;

/** Loads pdfjs-dist (its own chunk, fetched on the first PDF) and points it at its worker; once. */
export function loadPdfjsForBrowser(): Promise<BrowserPdfjs> {
	loading ??= load().catch((error: unknown) => {
		loading = null;
		throw error;
	});
	return loading;
}

async function load(): Promise<BrowserPdfjs> {
	const module = await import('pdfjs-dist');
	const options = module.GlobalWorkerOptions;
	if (!options.workerPort && !options.workerSrc) {
		options.workerSrc = workerUrl;
		// pdfjs starts its worker by itself only on a page (it asks window.location); in a web worker it
		// would load its worker code into that very thread, where the code takes over the thread's
		// messages. A worker started here serves every document, on a page or in a worker alike.
		if (typeof Worker !== 'undefined') options.workerPort = new Worker(workerUrl, { type: 'module', name: 'pdfjs' });
	}
	const pdfjs: PdfjsModule = module;
	return { pdfjs, cMapUrl, standardFontDataUrl };
}

/**
 * Reads a PDF in a browser into the parser's clean text shape (the `readPdf` of `readDocument`): by resodiff's
 * own text-only reader when it takes the file on (the PDFs Word and LibreOffice write; pdfjs is then never
 * fetched), else by pdfjs.
 */
export async function readPdfInBrowser(bytes: Uint8Array, name: string): Promise<PdfText> {
	const direct = await extractPdfTextDirect(bytes, { file: name, inflate: inflateWithStreams });
	if (direct) return direct;
	return extractPdfText(bytes, { file: name, ...(await loadPdfjsForBrowser()) });
}
