/**
 * A dedicated worker for the series page: it reads documents (text or PDF) and traces a series of them
 * (chained comparisons, lineages), so that twenty versions never freeze the page. It makes no request
 * of its own: bytes and documents arrive by postMessage and documents and traces leave the same way.
 */
import { traceSeries } from '../core/series';
import { readSide, warmUp } from './compare-core';
import { errorFields } from './protocol';
import type { SeriesRequest, SeriesResponse } from './series-client';

/** The worker's global scope; the app's TypeScript lib is the DOM one, so it is described here. */
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<SeriesRequest>) => void) | null;
	postMessage(message: SeriesResponse): void;
};

scope.onmessage = async (event) => {
	const request = event.data;
	try {
		if (request.kind === 'read') {
			scope.postMessage({ id: request.id, ok: true, kind: 'read', document: await readSide(request.input) });
		} else {
			scope.postMessage({
				id: request.id,
				ok: true,
				kind: 'trace',
				trace: traceSeries(request.documents, { keepComparisons: true })
			});
		}
	} catch (e) {
		scope.postMessage({ id: request.id, ok: false, error: errorFields(e) });
	}
};

// Compiles the comparing code while the page fetches the documents (see warmUp); a request that comes
// meanwhile waits for it, as it would have waited for the compiling anyway.
setTimeout(() => void warmUp(), 0);
