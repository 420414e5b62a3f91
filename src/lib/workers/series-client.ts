/**
 * The page's side of the series worker. Reading a document and tracing twenty versions (nineteen
 * comparisons) are seconds of work on a slow machine, so both run off the page's thread: bytes and
 * documents go to a worker by postMessage and come back the same way; no network request carries them.
 *
 * Two workers of the same script: one reads, one traces. A trace is cancelled by terminating its
 * worker (there is no other way to stop a running computation), which must not take a file being read
 * with it. If a worker cannot start, the same code runs on the page instead: slower to paint, never a
 * dead end (and it is what unit tests in Node run).
 */
import type { SeriesTrace } from '../core/series';
import type { ResolutionDocument } from '../core/types';
import type { DocumentInput } from '../io/read';
import { reviveError } from '../ui-errors';
import type { ErrorFields } from './protocol';
import SeriesWorker from './series.worker?worker';

/** What the page asks of the worker: read one document, or trace documents (oldest first). */
type Request = { kind: 'read'; input: DocumentInput } | { kind: 'trace'; documents: ResolutionDocument[] };

/** Page → worker: a request and its id. */
export type SeriesRequest = Request & { id: number };

/** Worker → page: the document or the trace (with its consecutive comparisons), or why there is none. */
export type SeriesResponse =
	| { id: number; ok: true; kind: 'read'; document: ResolutionDocument }
	| { id: number; ok: true; kind: 'trace'; trace: SeriesTrace }
	| { id: number; ok: false; error: ErrorFields };

/** Options of {@link runTrace}. */
export interface TraceRunOptions {
	/** Aborting terminates the tracing worker and rejects with an AbortError. */
	signal?: AbortSignal;
}

/** A trace, with how long it took (milliseconds) and where it ran. */
export interface TraceResult {
	trace: SeriesTrace;
	ms: number;
	ranIn: 'worker' | 'page';
}

/** The worker itself failed (not the work): the page takes over. */
class WorkerUnavailable extends Error {}

type Pending = { resolve: (r: SeriesResponse) => void; reject: (e: unknown) => void };

let nextId = 1;
let workersFailed = false;

/** One worker and the requests waiting on it; started on first use, again after a termination. */
class WorkerSlot {
	private worker: Worker | null = null;
	private pending = new Map<number, Pending>();

	constructor(private readonly name: string) {}

	/** Sends a request; rejects with WorkerUnavailable when no worker can run it. */
	ask(request: Request, signal?: AbortSignal): Promise<SeriesResponse> {
		const w = this.start();
		if (!w) return Promise.reject(new WorkerUnavailable('no worker'));
		const id = nextId++;
		return new Promise<SeriesResponse>((resolve, reject) => {
			const onAbort = () => this.stop(abortError());
			signal?.addEventListener('abort', onAbort, { once: true });
			const settle = <T>(fn: (value: T) => void) => (value: T) => {
				signal?.removeEventListener('abort', onAbort);
				fn(value);
			};
			this.pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
			w.postMessage({ ...request, id } satisfies SeriesRequest);
		});
	}

	private start(): Worker | null {
		if (workersFailed || typeof Worker === 'undefined') return null;
		if (this.worker) return this.worker;
		try {
			this.worker = new SeriesWorker({ name: this.name });
		} catch {
			workersFailed = true;
			return null;
		}
		this.worker.onmessage = (event: MessageEvent<SeriesResponse>) => {
			const p = this.pending.get(event.data.id);
			this.pending.delete(event.data.id);
			p?.resolve(event.data);
		};
		this.worker.onerror = (event) => {
			// The script did not load or crashed outside a request: retire workers; the page does the work.
			event.preventDefault();
			workersFailed = true;
			this.stop(new WorkerUnavailable(event.message || 'worker failed'));
		};
		return this.worker;
	}

	/** Terminates the worker and rejects whatever was waiting on it. */
	private stop(reason: unknown): void {
		this.worker?.terminate();
		this.worker = null;
		for (const p of this.pending.values()) p.reject(reason);
		this.pending.clear();
	}
}

const reader = new WorkerSlot('resodiff-series-read');
const tracer = new WorkerSlot('resodiff-series-trace');

function abortError(): DOMException {
	return new DOMException('The trace was cancelled.', 'AbortError');
}

/** Turns an error that crossed postMessage back into what it was. */
function revive(fields: ErrorFields): Error {
	const known = reviveError(fields);
	if (known) return known;
	const e = new Error(fields.message);
	e.name = fields.name;
	return e;
}

/** Asks a worker, or returns null when the page must do the work itself. */
async function tryWorker(slot: WorkerSlot, request: Request, signal?: AbortSignal): Promise<SeriesResponse | null> {
	try {
		const response = await slot.ask(request, signal);
		if (!response.ok) throw revive(response.error);
		return response;
	} catch (e) {
		if (e instanceof WorkerUnavailable) return null;
		throw e;
	}
}

/** Reads one document (text in any supported encoding, or PDF), off the page's thread when possible. */
export async function readVersion(input: DocumentInput): Promise<ResolutionDocument> {
	const response = await tryWorker(reader, { kind: 'read', input });
	if (response?.ok && response.kind === 'read') return response.document;
	const { readSide } = await import('./compare-core');
	return readSide(input);
}

/** Traces a series of documents (oldest first), keeping the consecutive comparisons for the step view. */
export async function runTrace(documents: ResolutionDocument[], options: TraceRunOptions = {}): Promise<TraceResult> {
	const { signal } = options;
	if (signal?.aborted) throw abortError();
	const started = performance.now();
	const response = await tryWorker(tracer, { kind: 'trace', documents }, signal);
	if (response?.ok && response.kind === 'trace') return { trace: response.trace, ms: performance.now() - started, ranIn: 'worker' };
	const { traceSeries } = await import('../core/series');
	const trace = traceSeries(documents, { keepComparisons: true });
	if (signal?.aborted) throw abortError();
	return { trace, ms: performance.now() - started, ranIn: 'page' };
}
