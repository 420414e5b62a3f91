/**
 * A dedicated worker that reads, aligns and diffs two documents, so that a long resolution (or a
 * whole omnibus text) never freezes the page. It makes no request of its own: the bytes arrive by
 * postMessage and the comparison leaves the same way.
 */
import { compareSides, warmUp } from './compare-core';
import { errorFields, type CompareRequest, type CompareResponse } from './protocol';

/** The worker's global scope; the app's TypeScript lib is the DOM one, so it is described here. */
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
	postMessage(message: CompareResponse): void;
};

scope.onmessage = async (event) => {
	const { id } = event.data;
	const started = performance.now();
	try {
		const comparison = await compareSides(event.data);
		scope.postMessage({ id, ok: true, comparison, ms: performance.now() - started });
	} catch (e) {
		scope.postMessage({ id, ok: false, error: errorFields(e) });
	}
};

// Compiles the comparing code while the page fetches the documents (see warmUp); a request that comes
// meanwhile waits for it, as it would have waited for the compiling anyway.
setTimeout(() => void warmUp(), 0);
