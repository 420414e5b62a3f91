/**
 * What the compare page's URL asks for. The URL is the bookmark: two corpus symbols
 * (`?old=A/RES/67/38&new=A/RES/76/40`), or `?local=1` for files that live only in this tab.
 */

/** A request read from the compare page's query string. */
export type CompareRequest =
	| { kind: 'corpus'; old: string; new: string }
	| { kind: 'local' }
	/** A link that names no document (`nothing`), or only one side: which one is missing. */
	| { kind: 'invalid'; missing: 'nothing' | 'old' | 'new' };

/** Reads the compare page's query string. */
export function readCompareRequest(params: URLSearchParams): CompareRequest {
	if (params.has('local')) return { kind: 'local' };
	const oldSymbol = params.get('old')?.trim() ?? '';
	const newSymbol = params.get('new')?.trim() ?? '';
	if (!oldSymbol && !newSymbol) return { kind: 'invalid', missing: 'nothing' };
	if (!oldSymbol) return { kind: 'invalid', missing: 'old' };
	if (!newSymbol) return { kind: 'invalid', missing: 'new' };
	return { kind: 'corpus', old: oldSymbol, new: newSymbol };
}
