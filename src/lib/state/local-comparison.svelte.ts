/**
 * A comparison of the reader's own files, held in this tab's memory only. It is never written to
 * storage or sent anywhere, so a reload forgets it; the compare page then says so.
 */
import type { Comparison } from '../core/types';

/** A comparison made from local files, and where it came from. */
export interface LocalResult {
	comparison: Comparison;
	/** The file names (or "pasted text") of each side, as the reader chose them. */
	names: { old: string; new: string };
	/** How long reading and comparing took, in milliseconds. */
	ms: number;
	ranIn: 'worker' | 'page';
}

class LocalComparisonStore {
	current = $state.raw<LocalResult | null>(null);

	/** Keeps a result for the compare page. */
	set(result: LocalResult): void {
		this.current = result;
	}

	/** Forgets the result (and with it the only copy of the reader's text in the app). */
	clear(): void {
		this.current = null;
	}
}

/** The tab's local comparison, if any. */
export const localComparison = new LocalComparisonStore();
