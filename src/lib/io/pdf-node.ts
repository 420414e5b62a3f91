/**
 * Reading PDFs in Node. resodiff's own text-only reader (pdf/direct/) reads the common case, the PDFs Word and
 * LibreOffice write, without pdfjs, which is then never loaded; everything it declines goes to pdfjs.
 *
 * pdfjs for Node (the CLI and the tests): the legacy build, which runs without DOM, and the CMaps and standard
 * fonts read from the installed pdfjs-dist package as file paths. Nothing is fetched from a network. pdfjs's
 * parsing half runs in a worker thread of its own (pdf-node-thread.ts), or in-process, as pdfjs does by
 * itself in Node, when the thread is not to be had.
 *
 * Paths are resolved from the package itself (`createRequire(import.meta.url)`), never from this file's
 * location, so the same code works from src/ under vitest and from the CLI bundle in dist/cli/, where
 * pdfjs-dist stays an external dependency.
 */
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import { inflateSync } from 'node:zlib';
import { compileWithCodeCache } from './code-cache';
import { ResodiffError } from '../core/types';
import { extractPdfText, extractPdfTextDirect, type PdfjsModule, type PdfText } from './pdf/index';
import { codeCachePath, pdfjsWorkerUrl, startPdfjsThread, type PdfjsThread } from './pdf-node-thread';

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

/** pdfjs's display half as loaded: the module, with what connects it to a worker on a port. */
type LoadedPdfjs = PdfjsModule & {
	GlobalWorkerOptions: { workerSrc: string };
	PDFWorker: { create(params: { port: unknown; verbosity?: number }): unknown };
};

/**
 * pdf.worker.min.mjs loaded into this thread, for pdfjs's fake worker: once, and only for a reading without the
 * thread. It is handed to pdfjs as `globalThis.pdfjsWorker`, where pdfjs looks before it imports its worker
 * itself (which the display half, compiled as a script, could not do without Node's experimental loader).
 */
let workerInProcess: Promise<unknown> | null = null;

function loadWorkerInProcess(): Promise<unknown> {
	workerInProcess ??= (async () => {
		const restoreBuiltins = keepBuiltins();
		try {
			const worker: unknown = await import(/* @vite-ignore */ pdfjsWorkerUrl());
			(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
			return worker;
		} finally {
			restoreBuiltins();
		}
	})();
	return workerInProcess;
}

/** Writes the code cache of pdfjs's display half when it has none yet; called once a document has been read. */
let saveCodeCache: (() => void) | null = null;

/** Says a document was read: the display half's code cache is written if it has none yet (code-cache.ts). */
function documentRead(): void {
	const save = saveCodeCache;
	saveCodeCache = null;
	save?.();
}

/** pdfjs's display half, compiled with its code cache (code-cache.ts); null when it cannot be. */
function compileDisplay(file: string, url: string): LoadedPdfjs | null {
	try {
		const cache = codeCachePath(file);
		const compiled = compileWithCodeCache({ fs, vm }, file, url, cache, dirname(cache));
		if (!compiled) return null;
		saveCodeCache = compiled.save;
		return compiled.exports as unknown as LoadedPdfjs;
	} catch {
		return null;
	}
}

async function load(): Promise<NodePdfjs> {
	// The thread loads pdfjs's parsing half meanwhile (the command may have started it already).
	const thread = startPdfjsThread();
	const require = createRequire(import.meta.url);
	const root = dirname(require.resolve('pdfjs-dist/package.json'));
	// The minified build: the same code, half the source for Node to parse on every start. An absolute URL
	// keeps the import independent of where the importing bundle sits.
	const file = join(root, 'legacy', 'build', 'pdf.min.mjs');
	const url = pathToFileURL(file).href;
	const restoreBuiltins = keepBuiltins();
	const restoreRendering = keepRenderingOut();
	let module: LoadedPdfjs;
	try {
		module = compileDisplay(file, url) ?? ((await import(/* @vite-ignore */ url)) as LoadedPdfjs);
	} finally {
		restoreRendering();
		restoreBuiltins();
	}
	module.GlobalWorkerOptions.workerSrc = pdfjsWorkerUrl();
	if (!thread) await loadWorkerInProcess();
	// pdfjs reads these with fs.readFile(`${folder}${name}`): plain paths with a trailing slash.
	const folder = (name: string) => join(root, name).split('\\').join('/') + '/';
	return { pdfjs: module, cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts') };
}

/**
 * pdfjs loaded for reading in this thread, with its parsing half in-process (pdfjs's fake worker): what a
 * reading without the thread needs (a document opened without a `worker`).
 */
export async function loadPdfjsInProcess(): Promise<NodePdfjs> {
	const env = await loadPdfjsForNode();
	await loadWorkerInProcess();
	return env;
}

/**
 * Reads a PDF with pdfjs's parsing half in its thread; null when the thread failed or stopped before the
 * document was read (a PDF's own errors are thrown as they are). `hold`: keep the process alive meanwhile.
 */
async function readInThread(env: NodePdfjs, thread: PdfjsThread, bytes: Uint8Array, name: string, hold: boolean) {
	const release = hold ? thread.hold() : () => undefined;
	try {
		// One pdfjs worker per port, shared by every document (pdfjs keeps it while the port is the same).
		const worker = (env.pdfjs as LoadedPdfjs).PDFWorker.create({ port: thread.port, verbosity: 0 });
		const text = await Promise.race([
			extractPdfText(bytes, { file: name, ...env, worker }),
			thread.failed.catch(() => null)
		]);
		if (text) {
			thread.read();
			documentRead();
		}
		return text;
	} finally {
		release();
	}
}

/** Node's zlib for the direct reader's Flate streams: synchronous, and a fifth of DecompressionStream's time. */
function inflateInNode(data: Uint8Array, limit: number): Uint8Array {
	return inflateSync(data, { maxOutputLength: limit });
}

/**
 * Reads a PDF with resodiff's own reader; null when it declines the file (pdfjs reads it then). Throws the
 * file's own {@link ResodiffError} (a PDF without a text layer) without pdfjs.
 */
export function readPdfDirectInNode(bytes: Uint8Array, name: string): Promise<PdfText | null> {
	return extractPdfTextDirect(bytes, { file: name, inflate: inflateInNode });
}

/**
 * Documents read ahead of being asked for: their bytes, what the direct reader made of them (null: declined),
 * and their text (null when every reading failed short of a verdict). Either rejects only with the file's own
 * {@link ResodiffError} (no text layer, encrypted, damaged), which is the verdict of any reading of the file.
 */
const readAhead: { bytes: Uint8Array; direct: Promise<PdfText | null>; text: Promise<PdfText | null> }[] = [];

/** The file's own error, kept; any other failure (the thread stopped) is no verdict: null, to read again. */
function keepVerdict(error: unknown): null {
	if (error instanceof ResodiffError) throw error;
	return null;
}

/**
 * The least a file may be to be read ahead: bigger ones are read when asked for, after the command's own
 * checks (its size limit among them). Unit: bytes.
 */
const READ_AHEAD_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Starts reading a PDF file before the command asks for it, while the command is still loading: the direct
 * reader first; when it declines, pdfjs's thread parses the pages and this thread turns them into text
 * whenever it is free. A later {@link readPdfInNode} of the same bytes takes the result; a file that cannot be
 * read, is too big, or fails to read as a PDF is left to that call, which reports it as always. Nothing is kept
 * alive for it: a command that never asks for the file exits as it would have.
 */
export function readPdfAhead(path: string): void {
	let bytes: Uint8Array;
	try {
		const stat = fs.statSync(path);
		if (!stat.isFile() || stat.size > READ_AHEAD_MAX_BYTES) return;
		bytes = new Uint8Array(fs.readFileSync(path));
	} catch {
		return;
	}
	const direct = readPdfDirectInNode(bytes, path).catch(keepVerdict);
	const text = direct
		.then(async (read) => {
			if (read) return read;
			const env = await loadPdfjsForNode();
			const thread = startPdfjsThread();
			return thread ? await readInThread(env, thread, bytes, path, false) : null;
		})
		.catch(keepVerdict);
	// A verdict waits for the command to ask for the file; one it never asks for is no unhandled rejection.
	text.catch(() => undefined);
	readAhead.push({ bytes, direct, text });
}

/** The text of these bytes as read ahead, under this name; null when they were not read ahead or failed. */
async function takeReadAhead(bytes: Uint8Array, name: string): Promise<PdfText | null> {
	const at = readAhead.findIndex((entry) => Buffer.from(entry.bytes).equals(bytes));
	if (at < 0) return null;
	const [entry] = readAhead.splice(at, 1);
	const named = (text: PdfText | null) => text && { ...text, meta: { ...text.meta, source: name } };
	try {
		const direct = await entry.direct;
		if (direct) return named(direct);
		// pdfjs reads it in its thread: the process is kept alive meanwhile.
		const thread = startPdfjsThread();
		const release = thread ? thread.hold() : () => undefined;
		try {
			return named(await entry.text);
		} finally {
			release();
		}
	} catch (error) {
		// The file's verdict (keepVerdict lets no other error through), naming the file as it is asked for.
		if (!(error instanceof ResodiffError)) throw error;
		throw new ResodiffError(error.code, error.message, { ...error.where, file: name }, error.more);
	}
}

/** Reads a PDF in Node into the parser's clean text shape (the `readPdf` of `readDocument`). */
export async function readPdfInNode(bytes: Uint8Array, name: string): Promise<PdfText> {
	const early = await takeReadAhead(bytes, name);
	if (early) return early;
	const direct = await readPdfDirectInNode(bytes, name);
	if (direct) return direct;
	const env = await loadPdfjsForNode();
	const thread = startPdfjsThread();
	const read = thread ? await readInThread(env, thread, bytes, name, true) : null;
	if (read) return read;
	await loadWorkerInProcess();
	const text = await extractPdfText(bytes, { file: name, ...env });
	documentRead();
	return text;
}
