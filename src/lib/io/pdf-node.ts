/**
 * pdfjs for Node (the CLI and the tests): the legacy build, which runs without DOM, with its worker run
 * in-process, and the CMaps and standard fonts read from the installed pdfjs-dist package as file paths.
 * Nothing is fetched from a network.
 *
 * Paths are resolved from the package itself (`createRequire(import.meta.url)`), never from this file's
 * location, so the same code works from src/ under vitest and from the CLI bundle in dist/cli/, where
 * pdfjs-dist stays an external dependency.
 */
import Module, { createRequire } from 'node:module';
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

/** A stand-in for a rendering class pdfjs instantiates as it loads, never used to read text. */
class Unused {}

/**
 * What pdfjs reaches for as it loads, for rendering and fetching only, kept from it while it loads:
 * - `@napi-rs/canvas`, the Skia native module (a 33 MB shared library) from which pdfjs takes `DOMMatrix`,
 *   `ImageData` and `Path2D` when Node lacks them, for drawing pages: loading it was a fifth of the command's
 *   start-up. pdfjs's `require` of it gets an empty module, and the three names stand-ins, until pdfjs has
 *   loaded (it builds one `DOMMatrix` then, for rendering).
 * - `Response`, whose first touch makes Node load its whole fetch implementation (undici): pdfjs only checks
 *   whether `Response.prototype.bytes` needs a polyfill, and reads its CMaps and fonts with `fs`. A stand-in
 *   that has `bytes` answers the check.
 * Node's own objects are back in place once pdfjs has loaded; a PDF is read the same either way.
 */
function keepRenderingOut(): () => void {
	const names = ['DOMMatrix', 'ImageData', 'Path2D', 'Response'] as const;
	const saved = names.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
	const response = class extends Unused {
		bytes(): never {
			throw new Error('not available while pdfjs loads');
		}
	};
	for (const name of names) {
		Object.defineProperty(globalThis, name, {
			value: name === 'Response' ? response : Unused,
			configurable: true,
			writable: true
		});
	}
	const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
	const load = loader._load;
	loader._load = function (request: string, ...rest: unknown[]) {
		return request === '@napi-rs/canvas' ? {} : load.call(this, request, ...rest);
	};
	return () => {
		loader._load = load;
		names.forEach((name, i) => {
			const descriptor = saved[i];
			if (descriptor) Object.defineProperty(globalThis, name, descriptor);
			else delete (globalThis as Record<string, unknown>)[name];
		});
	};
}

async function load(): Promise<NodePdfjs> {
	const require = createRequire(import.meta.url);
	const root = dirname(require.resolve('pdfjs-dist/package.json'));
	// In Node pdfjs runs its worker in-process; loaded here, beside the main module, it is found as
	// `globalThis.pdfjsWorker` instead of being imported when the first document opens. An absolute URL keeps
	// the import independent of where the importing bundle sits.
	// The minified builds: the same code, half the source for Node to parse on every start.
	const build = (name: string) => pathToFileURL(join(root, 'legacy', 'build', name)).href;
	const workerSrc = build('pdf.worker.min.mjs');
	const restoreBuiltins = keepBuiltins();
	const restoreRendering = keepRenderingOut();
	let module: PdfjsModule & { GlobalWorkerOptions: { workerSrc: string } };
	try {
		[module] = await Promise.all([
			import(/* @vite-ignore */ build('pdf.min.mjs')) as Promise<typeof module>,
			import(/* @vite-ignore */ workerSrc)
		]);
	} finally {
		restoreRendering();
		restoreBuiltins();
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
