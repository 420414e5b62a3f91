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
 * This module loads nothing but Node's own modules, so the command can import it before everything else.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/** A started thread: the main side of its port, and a promise that rejects when the thread fails or stops. */
export interface PdfjsThread {
	port: MessagePort;
	/** Rejects with the thread's error when it fails to load pdfjs or stops; never resolves. */
	failed: Promise<never>;
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
 * polyfills replace put back (see `keepBuiltins` in pdf-node.ts), and serve it on the port it was given.
 */
const THREAD_SCRIPT = `
const { workerData } = require('node:worker_threads');
const push = Array.prototype.push;
const { parse, stringify } = JSON;
import(workerData.src).then(({ WorkerMessageHandler }) => {
	Array.prototype.push = push;
	JSON.parse = parse;
	JSON.stringify = stringify;
	WorkerMessageHandler.initializeFromPort(workerData.port);
});
`;

let thread: PdfjsThread | null = null;
/** Set once a thread failed: later documents use the fake worker. */
let unavailable = false;

/** The file URL of pdfjs-dist's worker build (legacy, minified) in the installed package. */
export function pdfjsWorkerUrl(): string {
	const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
	return pathToFileURL(join(root, 'legacy', 'build', 'pdf.worker.min.mjs')).href;
}

/**
 * Starts pdfjs's worker in a thread, once per process; later calls return the same thread. Returns null when
 * threads are not to be had (the thread failed before, or cannot be created): pdfjs then runs in-process.
 */
export function startPdfjsThread(): PdfjsThread | null {
	if (thread || unavailable) return thread;
	try {
		const { port1, port2 } = new MessageChannel();
		const worker = new Worker(THREAD_SCRIPT, {
			eval: true,
			name: 'pdfjs',
			workerData: { src: pdfjsWorkerUrl(), port: port2 },
			transferList: [port2],
			resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB },
			// pdfjs's own warnings are silenced by its verbosity; anything else it prints stays with the thread.
			stdout: false,
			stderr: false
		});
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
