/**
 * The page's side of the compare worker. Both documents go to the worker as bytes, and reading
 * (text or PDF), aligning and diffing all happen there, so the page stays responsive however long
 * the documents are. If a worker cannot start
 * (an old browser, a blocked script), the same code runs on the page instead: slower to paint, but
 * never a dead end. Nothing here makes a network request with a document in it.
 */
import type { Comparison } from '../core/types';
import type { DocumentInput } from '../io/read';
import { reviveError } from '../ui-errors';
import type { CompareRequest, CompareResponse, ErrorFields } from './protocol';
import CompareWorker from './compare.worker?worker';

/** The two documents to compare. */
export interface CompareInputs {
	old: DocumentInput;
	new: DocumentInput;
}

/** Options of {@link runCompare}. */
export interface RunOptions {
	/** Aborting stops the work (the worker is terminated) and rejects with an AbortError. */
	signal?: AbortSignal;
}

/** A comparison, with where and how long it took (milliseconds, for the page's status line). */
export interface RunResult {
	comparison: Comparison;
	ms: number;
	ranIn: 'worker' | 'page';
}

type Pending = { resolve: (r: CompareResponse) => void; reject: (e: unknown) => void };

/** Thrown internally when the worker itself failed (not the comparison): the page takes over. */
class WorkerUnavailable extends Error {}

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function rejectAll(error: unknown): void {
	for (const p of pending.values()) p.reject(error);
	pending.clear();
}

function startWorker(): Worker | null {
	if (workerFailed || typeof Worker === 'undefined') return null;
	if (worker) return worker;
	try {
		worker = new CompareWorker({ name: 'resodiff-compare' });
	} catch {
		workerFailed = true;
		return null;
	}
	worker.onmessage = (event: MessageEvent<CompareResponse>) => {
		const p = pending.get(event.data.id);
		pending.delete(event.data.id);
		p?.resolve(event.data);
	};
	worker.onerror = (event) => {
		// The script did not load or crashed outside a request: retire it; the page does the work.
		event.preventDefault();
		workerFailed = true;
		stopWorker();
		rejectAll(new WorkerUnavailable(event.message || 'worker failed'));
	};
	return worker;
}

function stopWorker(): void {
	worker?.terminate();
	worker = null;
}

function askWorker(w: Worker, sides: CompareInputs, signal?: AbortSignal): Promise<CompareResponse> {
	const id = nextId++;
	const request: CompareRequest = { id, old: sides.old, new: sides.new };
	return new Promise<CompareResponse>((resolve, reject) => {
		const onAbort = () => {
			// A worker cannot be interrupted mid-diff; terminating it is the only real cancel.
			stopWorker();
			rejectAll(abortError());
		};
		signal?.addEventListener('abort', onAbort, { once: true });
		pending.set(id, {
			resolve: (r) => {
				signal?.removeEventListener('abort', onAbort);
				resolve(r);
			},
			reject: (e) => {
				signal?.removeEventListener('abort', onAbort);
				reject(e);
			}
		});
		w.postMessage(request);
	});
}

function abortError(): DOMException {
	return new DOMException('The comparison was cancelled.', 'AbortError');
}

/** Turns an error that crossed postMessage back into what it was. */
function revive(fields: ErrorFields): Error {
	const known = reviveError(fields);
	if (known) return known;
	const e = new Error(fields.message);
	e.name = fields.name;
	return e;
}

/** Reads and compares two documents, off the page's thread when the browser allows it. */
export async function runCompare(inputs: CompareInputs, options: RunOptions = {}): Promise<RunResult> {
	const { signal } = options;
	if (signal?.aborted) throw abortError();
	const started = performance.now();
	const w = startWorker();
	if (w) {
		try {
			const response = await askWorker(w, inputs, signal);
			if (!response.ok) throw revive(response.error);
			return { comparison: response.comparison, ms: performance.now() - started, ranIn: 'worker' };
		} catch (e) {
			if (!(e instanceof WorkerUnavailable)) throw e;
		}
	}
	const { compareSides } = await import('./compare-core');
	const comparison = await compareSides(inputs);
	if (signal?.aborted) throw abortError();
	return { comparison, ms: performance.now() - started, ranIn: 'page' };
}
