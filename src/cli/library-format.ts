/** The JSON of `search` and `find` (CONTRACT.md), one hit or candidate a line so long answers stay readable. */
import type { FindResult, SearchResult } from '../lib/library/index';

/** The search JSON of the contract: one hit a line, so long answers stay readable. */
export function formatSearchJson(result: SearchResult): string {
	const hits = result.hits.map((h) => '  ' + JSON.stringify(h)).join(',\n');
	return `{"version":1,"query":${JSON.stringify(result.query)},"hits":[${hits ? `\n${hits}\n` : ''}]}\n`;
}

/** The find JSON of the contract: one candidate a line. */
export function formatFindJson(result: FindResult): string {
	const candidates = result.candidates.map((c) => '  ' + JSON.stringify(c)).join(',\n');
	return `{"version":1,"candidates":[${candidates ? `\n${candidates}\n` : ''}]}\n`;
}
