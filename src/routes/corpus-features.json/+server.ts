/**
 * The shipped corpus's find features, written at build time (src/lib/library/corpus-features.ts): the
 * compare page ranks a reader's own text against them in the browser, after this one fetch.
 */
import { json } from '@sveltejs/kit';
import { corpus } from '$lib/corpus';
import { corpusFeatures } from '$lib/library/corpus-features';
import { readSide } from '$lib/workers/compare-core';

export const prerender = true;

export async function GET(): Promise<Response> {
	return json(await corpusFeatures(corpus.documents, readSide));
}
