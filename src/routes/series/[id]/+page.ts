import { error } from '@sveltejs/kit';
import { listSeries } from '$lib/corpus';
import type { EntryGenerator, PageLoad } from './$types';

/** Every series of the shipped corpus has its page, prerendered: its heading paints before any script runs. */
export const prerender = true;
export const entries: EntryGenerator = () => listSeries().map((entry) => ({ id: entry.series.id }));

/**
 * A corpus series page: which series, and the symbols of its shipped resolutions, oldest first. The
 * phrase to track (`?term=`) is read on the page, since a prerendered page has no query string.
 */
export const load: PageLoad = ({ params }) => {
	const entry = listSeries().find((s) => s.series.id === params.id);
	if (!entry) error(404, `No such series: ${params.id}`);
	return {
		series: entry.series,
		symbols: entry.documents.filter((d) => d.kind === 'resolution').map((d) => d.symbol)
	};
};
