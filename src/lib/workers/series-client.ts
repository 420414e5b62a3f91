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
import type { ErrorFields } from './protocol';
import { askOrNull, WorkerSlot, type WorkerGroup } from './slot';
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

function abortError(): DOMException {
	return new DOMException('The trace was cancelled.', 'AbortError');
}

const workers: WorkerGroup = { failed: false };
const slot = (name: string) =>
	new WorkerSlot<Request, SeriesResponse>(() => new SeriesWorker({ name }), workers, abortError);
const reader = slot('resodiff-series-read');
const tracer = slot('resodiff-series-trace');

/** Reads one document (text in any supported encoding, or PDF), off the page's thread when possible. */
export async function readVersion(input: DocumentInput): Promise<ResolutionDocument> {
	const response = await askOrNull(reader, { kind: 'read', input });
	if (response?.kind === 'read') return response.document;
	const { readSide } = await import('./compare-core');
	return readSide(input);
}

/** Traces a series of documents (oldest first), keeping the consecutive comparisons for the step view. */
export async function runTrace(documents: ResolutionDocument[], options: TraceRunOptions = {}): Promise<TraceResult> {
	const { signal } = options;
	if (signal?.aborted) throw abortError();
	const started = performance.now();
	const response = await askOrNull(tracer, { kind: 'trace', documents }, signal);
	if (response?.kind === 'trace') return { trace: response.trace, ms: performance.now() - started, ranIn: 'worker' };
	const { traceSeries } = await import('../core/series');
	const trace = traceSeries(documents, { keepComparisons: true });
	if (signal?.aborted) throw abortError();
	return { trace, ms: performance.now() - started, ranIn: 'page' };
}
