import { readCompareRequest } from '$lib/state/compare-request';
import type { PageLoad } from './$types';

/** The compare page reads what to compare from its URL; the work happens on the page. */
export const load: PageLoad = ({ url }) => ({ request: readCompareRequest(url.searchParams) });
