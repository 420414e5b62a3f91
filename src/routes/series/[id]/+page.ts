import { error } from '@sveltejs/kit';
import { listSeries } from '$lib/corpus';
import type { PageLoad } from './$types';

/** A corpus series page: which series, and the symbols of its shipped resolutions, oldest first. */
export const load: PageLoad = ({ params, url }) => {
	const entry = listSeries().find((s) => s.series.id === params.id);
	if (!entry) error(404, `没有这个系列 No such series: ${params.id}`);
	return {
		series: entry.series,
		symbols: entry.documents.filter((d) => d.kind === 'resolution').map((d) => d.symbol),
		term: url.searchParams.get('term')?.trim() ?? ''
	};
};
