/**
 * What the compare page's URL asks for. The URL is the bookmark: two corpus symbols
 * (`?old=A/RES/67/38&new=A/RES/76/40`), or `?local=1` for files that live only in this tab.
 */

/** A request read from the compare page's query string. */
export type CompareRequest =
	{ kind: 'corpus'; old: string; new: string } | { kind: 'local' } | { kind: 'invalid'; reason: string };

/** Reads the compare page's query string. */
export function readCompareRequest(params: URLSearchParams): CompareRequest {
	if (params.has('local')) return { kind: 'local' };
	const oldSymbol = params.get('old')?.trim() ?? '';
	const newSymbol = params.get('new')?.trim() ?? '';
	if (!oldSymbol && !newSymbol) {
		return { kind: 'invalid', reason: '没有指定要比较的文件。No documents were named to compare.' };
	}
	if (!oldSymbol || !newSymbol) {
		const missing = oldSymbol ? '新版本 new' : '旧版本 old';
		return {
			kind: 'invalid',
			reason: `缺少${missing}文件。The ${missing.split(' ')[1]} version is missing from the link.`
		};
	}
	return { kind: 'corpus', old: oldSymbol, new: newSymbol };
}
