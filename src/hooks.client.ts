/**
 * The app's start in the browser. Opened on the compare page, it sets off what the comparison will
 * need, the compare worker (which compiles its code meanwhile) and the two corpus texts, at once,
 * while the page's own code is still loading, rather than after it has loaded and mounted. The page
 * then finds both ready: a module is fetched once however often it is imported, and the worker slot is
 * the page's. Only files of the app's own origin are fetched; a reader's own files never pass here.
 */
import type { ClientInit } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadCorpusText } from '$lib/corpus';
import { readCompareRequest } from '$lib/state/compare-request';
import { prepareCompare } from '$lib/workers/compare-client';

export const init: ClientInit = () => {
	if (location.pathname !== resolve('/compare')) return;
	const request = readCompareRequest(new URL(location.href).searchParams);
	if (request.kind !== 'corpus') return;
	prepareCompare();
	// A symbol not in the corpus is the page's to report; here it is only not fetched.
	for (const symbol of [request.old, request.new]) loadCorpusText(symbol).catch(() => undefined);
};
