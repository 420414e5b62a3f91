/**
 * pdfjs for Node (the CLI and the tests): the legacy build, which runs without DOM, with its worker run
 * in-process, and the CMaps and standard fonts read from the installed pdfjs-dist package as file paths.
 * Nothing is fetched from a network.
 *
 * Paths are resolved from the package itself (`createRequire(import.meta.url)`), never from this file's
 * location, so the same code works from src/ under vitest and from the CLI bundle in dist/cli/, where
 * pdfjs-dist stays an external dependency.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPdfText, type PdfjsModule, type PdfText } from './pdf/index';

/** pdfjs loaded for Node, with where it finds its CMaps and standard fonts. */
export interface NodePdfjs {
	pdfjs: PdfjsModule;
	/** Folder of the packed CMaps, a file path ending in the path separator's `/`. */
	cMapUrl: string;
	/** Folder of the standard fonts, a file path ending in `/`. */
	standardFontDataUrl: string;
}

let loading: Promise<NodePdfjs> | null = null;

/** Loads pdfjs-dist's legacy build once per process; later calls share it. */
export function loadPdfjsForNode(): Promise<NodePdfjs> {
	loading ??= load().catch((error: unknown) => {
		loading = null;
		throw error;
	});
	return loading;
}

/**
 * Built-ins that pdfjs's legacy build replaces process-wide with core-js versions written in JavaScript:
 * `Array.prototype.push` (for a V8 corner case, arrays whose length is read-only) and `JSON.parse` and
 * `JSON.stringify` (for proposals pdfjs does not use). Every push in the process, pdfjs's own and the
 * reader's, then costs a function call in JavaScript: a tenth of the time of reading a PDF. They are put back
 * once pdfjs is loaded.
 */
function keepBuiltins(): () => void {
	const push = Array.prototype.push;
	const { parse, stringify } = JSON;
	return () => {
		Array.prototype.push = push;
		JSON.parse = parse;
		JSON.stringify = stringify;
	};
}

async function load(): Promise<NodePdfjs> {
	const require = createRequire(import.meta.url);
	const root = dirname(require.resolve('pdfjs-dist/package.json'));
	// In Node pdfjs runs its worker in-process; loaded here, beside the main module, it is found as
	// `globalThis.pdfjsWorker` instead of being imported when the first document opens. An absolute URL keeps
	// the import independent of where the importing bundle sits.
	const workerSrc = pathToFileURL(join(root, 'legacy', 'build', 'pdf.worker.mjs')).href;
	const restore = keepBuiltins();
	let module: PdfjsModule & { GlobalWorkerOptions: { workerSrc: string } };
	try {
		[module] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(/* @vite-ignore */ workerSrc)]);
	} finally {
		restore();
	}
	module.GlobalWorkerOptions.workerSrc = workerSrc;
	const pdfjs: PdfjsModule = module;
	// pdfjs reads these with fs.readFile(`${folder}${name}`): plain paths with a trailing slash.
	const folder = (name: string) => join(root, name).split('\\').join('/') + '/';
	return { pdfjs, cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts') };
}

/** Reads a PDF in Node into the parser's clean text shape (the `readPdf` of `readDocument`). */
export async function readPdfInNode(bytes: Uint8Array, name: string): Promise<PdfText> {
	return extractPdfText(bytes, { file: name, ...(await loadPdfjsForNode()) });
}
