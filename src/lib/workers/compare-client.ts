/**
 * The page's side of the compare worker. Both documents go to the worker as bytes, and reading
 * (text or PDF), aligning and diffing all happen there, so the page stays responsive however long
 * the documents are. If a worker cannot start
 * (an old browser, a blocked script), the same code runs on the page instead: slower to paint, but
 * never a dead end. Nothing here makes a network request with a document in it.
 */
import type { Comparison } from '../core/types';
import type { CompareInputs } from './compare-core';
import type { CompareResponse } from './protocol';
import { askOrNull, WorkerSlot } from './slot';
import CompareWorker from './compare.worker?worker';

export type { CompareInputs } from './compare-core';

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

function abortError(): DOMException {
	return new DOMException('The comparison was cancelled.', 'AbortError');
}

const comparer = new WorkerSlot<CompareInputs, CompareResponse>(
	() => new CompareWorker({ name: 'resodiff-compare' }),
	{ failed: false },
	abortError
);

/** Reads and compares two documents, off the page's thread when the browser allows it. */
export async function runCompare(inputs: CompareInputs, options: RunOptions = {}): Promise<RunResult> {
	const { signal } = options;
	if (signal?.aborted) throw abortError();
	const started = performance.now();
	const response = await askOrNull(comparer, inputs, signal);
	if (response) return { comparison: response.comparison, ms: performance.now() - started, ranIn: 'worker' };
	const { compareSides } = await import('./compare-core');
	const comparison = await compareSides(inputs);
	if (signal?.aborted) throw abortError();
	return { comparison, ms: performance.now() - started, ranIn: 'page' };
}
