/**
 * The compare page's lifecycle: from a request (corpus symbols, or the local files in memory) to a
 * comparison on screen, an error, or the plain fact that a local comparison is gone after a reload.
 */
import type { Comparison } from '../core/types';
import { loadCorpusText } from '../corpus';
import { readAll } from '../io/read-all';
import { describeError } from '../ui-errors';
import { runCompare } from '../workers/compare-client';
import type { CompareRequest } from './compare-request';
import { localComparison } from './local-comparison.svelte';

/** Where the page is. */
export type SessionState =
	| { phase: 'loading'; what: string }
	| { phase: 'ready'; comparison: Comparison; local: boolean; ms: number; names: { old: string; new: string } }
	/** The documents could not be compared (`message`), or the link names too few (`reason`, said by the page). */
	| { phase: 'error'; message: string; reason?: 'nothing' | 'old' | 'new' }
	/** A local comparison was asked for, but this tab no longer holds it (reloaded, or opened anew). */
	| { phase: 'gone' };

/** Loads comparisons for the compare page; a newer request makes an older one's result void. */
export class CompareSession {
	state = $state.raw<SessionState>({ phase: 'loading', what: '' });
	private generation = 0;
	private controller: AbortController | null = null;

	/** Shows what a request asks for. */
	async open(request: CompareRequest): Promise<void> {
		const generation = ++this.generation;
		this.controller?.abort();
		this.controller = null;
		if (request.kind === 'invalid') {
			this.state = { phase: 'error', message: '', reason: request.missing };
			return;
		}
		if (request.kind === 'local') {
			const local = localComparison.current;
			this.state = local
				? { phase: 'ready', comparison: local.comparison, local: true, ms: local.ms, names: local.names }
				: { phase: 'gone' };
			return;
		}
		this.state = { phase: 'loading', what: `${request.old} → ${request.new}` };
		const controller = new AbortController();
		this.controller = controller;
		try {
			const [oldText, newText] = await readAll([loadCorpusText(request.old), loadCorpusText(request.new)]);
			const encode = (text: string) => new TextEncoder().encode(text);
			const result = await runCompare(
				{
					old: { bytes: encode(oldText.text), name: oldText.document.file },
					new: { bytes: encode(newText.text), name: newText.document.file }
				},
				{ signal: controller.signal }
			);
			if (generation !== this.generation) return;
			this.state = {
				phase: 'ready',
				comparison: result.comparison,
				local: false,
				ms: result.ms,
				names: { old: oldText.document.symbol, new: newText.document.symbol }
			};
		} catch (e) {
			if (generation !== this.generation) return;
			this.state = { phase: 'error', message: describeError(e) };
		}
	}

	/** Stops any work in progress (leaving the page). */
	close(): void {
		this.generation++;
		this.controller?.abort();
		this.controller = null;
	}
}
