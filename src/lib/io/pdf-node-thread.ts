/**
 * pdfjs's parsing half in a thread of its own, for Node.
 *
 * pdfjs comes in two halves: the display API the reader calls (`pdf.min.mjs`), and the "worker"
 * (`pdf.worker.min.mjs`, two and a half times its size) that parses the file, its fonts and its content streams
 * into operator lists. Browsers run the worker in a Web Worker; in Node pdfjs runs it on the main thread, as a
 * "fake worker", unless it is handed a port to a real one. Here it is: a `node:worker_threads` thread loads the
 * worker build and serves it on a `MessagePort`, as a Web Worker would. The file is parsed there while the main
 * thread loads the command and pdfjs's display half, and then turns each operator list into glyphs and text
 * while the thread parses the next page. The command starts the thread as soon as it sees a PDF among its
 * arguments (src/cli/main.ts), before it loads itself.
 *
 * What crosses the port is what crosses it between the two halves in a browser: pdfjs's own messages, the
 * operator lists copied by the structured clone (as the fake worker copies them too), the file transferred.
 * A PDF reads the same either way.
 *
 * The thread never keeps the process alive: it and the port are unref'd, and the port is held (ref'd) only
 * while a document is being read, since a main thread that is only waiting for the port's next message would
 * otherwise exit under it. When the thread cannot start or stops, the reader falls back to the fake worker.
 *
 * This module loads nothing but Node's own modules (and user-dirs and code-cache, which load no more), so the
 * command can import it before everything else.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { compileWithCodeCache } from './code-cache';
import { userCacheDir } from './user-dirs';

/** A started thread: the main side of its port, and a promise that rejects when the thread fails or stops. */
export interface PdfjsThread {
	port: MessagePort;
	/** Rejects with the thread's error when it fails to load pdfjs or stops; never resolves. */
	failed: Promise<never>;
	/** Says a document was read: the thread then writes its code cache if it has none yet. */
	read(): void;
	/** Holds the process open while a document is read; call what it returns when done. */
	hold(): () => void;
}

/**
 * The young generation of the thread's heap, in MB. pdfjs allocates a great deal that lives briefly (tokens,
 * dictionaries, operator arrays), and V8's default young generation is small enough that it spends a tenth of
 * its time on scavenges moving survivors; a larger one collects less often. Unit: megabytes.
 */
const THREAD_YOUNG_GENERATION_MB = 48;

/**
 * What the thread runs (evaluated as a CommonJS script): load pdfjs's worker build, with the built-ins its
 * polyfills replace put back (see `keepBuiltins` in pdf-node.ts) and Node's fetch implementation kept unloaded
 * (see `keepRenderingOut` there), and serve it on the port it was given.
 *
 * The build is compiled with V8's code cache when it can be (code-cache.ts, whose compiler the script carries
 * as source text, since the thread loads no module of the command): compiling pdfjs's worker, at start and then
 * function by function as a first document is parsed, is a good part of what the thread does before the
 * file's first page is read. The cache is written once a document has been read (`save`), so it holds the
 * functions that reading compiled. Anything unexpected (another shape of module, an unwritable folder) leaves
 * the plain `import`. The script is written as a raw string, so that the compiler's regular expressions reach
 * the thread as written.
 */
const THREAD_SCRIPT = String.raw`
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const vm = require('node:vm');
const { dirname } = require('node:path');
const { file, url, cache, port } = workerData;
const push = Array.prototype.push;
const { parse, stringify } = JSON;
const response = Object.getOwnPropertyDescriptor(globalThis, 'Response');
Object.defineProperty(globalThis, 'Response', {
	value: class { bytes() { throw new Error('not available while pdfjs loads'); } },
	configurable: true,
	writable: true
});
const compileWithCodeCache = ${compileWithCodeCache.toString()};
let compiled = null;
try { compiled = compileWithCodeCache({ fs, vm }, file, url, cache, dirname(cache)); } catch {}
if (compiled && compiled.save) {
	const save = compiled.save;
	parentPort.once('message', () => {
		save();
		parentPort.unref();
	});
	parentPort.postMessage('cache-wanted');
}
(compiled ? Promise.resolve(compiled.exports) : import(url)).then(({ WorkerMessageHandler }) => {
	Array.prototype.push = push;
	JSON.parse = parse;
	JSON.stringify = stringify;
	if (response) Object.defineProperty(globalThis, 'Response', response);
	else delete globalThis.Response;
	WorkerMessageHandler.initializeFromPort(port);
});
`;

let thread: PdfjsThread | null = null;
/** Set once a thread failed: later documents use the fake worker. */
let unavailable = false;

/** The path of pdfjs-dist's worker build (legacy, minified) in the installed package. */
function pdfjsWorkerPath(): string {
	const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
	return join(root, 'legacy', 'build', 'pdf.worker.min.mjs');
}

/** The file URL of pdfjs-dist's worker build (legacy, minified) in the installed package. */
export function pdfjsWorkerUrl(): string {
	return pathToFileURL(pdfjsWorkerPath()).href;
}

/**
 * Where V8's code cache of one of pdfjs's builds is kept (code-cache.ts): in the user's own cache folder (never
 * the shared temporary folder, where another account could leave a cache for the command to run), under a name
 * that changes with the file (its size and time) and with Node, since V8 itself checks little more than the
 * source's length.
 */
export function codeCachePath(file: string): string {
	const { size, mtimeMs } = statSync(file);
	const key = `${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}`;
	return join(
		userCacheDir({ env: process.env, platform: process.platform, home: homedir() }),
		'compile-cache',
		`${basename(file).replace(/\.m?js$/, '')}-${key}.cache`
	);
}

/**
 * Starts pdfjs's worker in a thread, once per process; later calls return the same thread. Returns null when
 * threads are not to be had (the thread failed before, or cannot be created): pdfjs then runs in-process.
 */
export function startPdfjsThread(): PdfjsThread | null {
	if (thread || unavailable) return thread;
	try {
		// Loaded here, not with the module: a PDF that resodiff's own reader reads needs no thread, and
		// node:worker_threads brings a dozen of Node's own modules with it.
		const { MessageChannel, Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof WorkerThreads;
		const { port1, port2 } = new MessageChannel();
		const file = pdfjsWorkerPath();
		const worker = new Worker(THREAD_SCRIPT, {
			eval: true,
			name: 'pdfjs',
			workerData: { file, url: pathToFileURL(file).href, cache: codeCachePath(file), port: port2 },
			transferList: [port2],
			resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB }
		});
		// The thread asks for the moment to write its code cache: after a document has been read.
		let cacheWanted = false;
		worker.on('message', (message) => (cacheWanted ||= message === 'cache-wanted'));
		// Unref'd after the listener is added: adding one refs the worker's port again.
		worker.unref();
		port1.unref();
		const failed = new Promise<never>((_, reject) => {
			worker.once('error', reject);
			worker.once('exit', (code) => reject(new Error(`pdfjs's thread stopped (exit code ${code})`)));
		});
		let holders = 0;
		const started: PdfjsThread = {
			port: port1,
			failed,
			read() {
				if (!cacheWanted) return;
				cacheWanted = false;
				worker.postMessage('save');
			},
			hold() {
				if (holders++ === 0) port1.ref();
				let released = false;
				return () => {
					if (released) return;
					released = true;
					if (--holders === 0) port1.unref();
				};
			}
		};
		failed.catch(() => {
			unavailable = true;
			if (thread === started) thread = null;
			port1.close();
		});
		thread = started;
		return thread;
	} catch {
		unavailable = true;
		return null;
	}
}
