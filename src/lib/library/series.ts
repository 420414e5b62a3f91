/**
 * The whole line of versions of a recurring resolution, found in a library by itself (`resodiff series
 * --library DB SYMBOL`).
 *
 * Starting from one document, the line grows by every document linked to one already in it, until
 * nothing more links (a breadth-first closure): the 2012 and the 2021 versions of a resolution may share
 * little text, but each shares much with the versions between them. Two documents are linked when they
 * are in one language, neither is a report, and the evidence of features.ts agrees from two sides, or
 * overwhelmingly from one:
 * - the same title (or agenda title) and some shared wording ({@link LINK_RULES});
 * - one recalls the other, and they share wording;
 * - a title that begins the other's (a title cut short) and much of the recalled chain;
 * - most of the recalled chain and wording;
 * - or most of the wording alone (a draft whose letterhead was not read).
 * A resolution on another subject under the same agenda item (推进多边核裁军谈判 beside 促进裁军和不扩散
 * 领域的多边主义) has another title, recalls other resolutions and shares little wording: it stays out.
 *
 * One document per symbol is kept (the first met), and the line is ordered oldest first.
 */
import { compareChronology, compareSymbols } from './search';
import { resemble, type DocumentFeatures, type LibraryStats } from './features';

/** The evidence two documents need to be versions of one resolution: any one rule suffices. */
export const LINK_RULES: readonly { title?: number; chain?: number; text?: number }[] = [
	{ title: 1, text: 0.1 },
	{ chain: 1, text: 0.2 },
	{ title: 0.6, chain: 0.3 },
	{ chain: 0.5, text: 0.3 },
	{ text: 0.6 }
];

/** Whether two documents are versions of one resolution. */
export function linked(a: DocumentFeatures, b: DocumentFeatures, stats: LibraryStats): boolean {
	if (a.language !== b.language || a.kind === 'report' || b.kind === 'report') return false;
	const r = resemble(a, b, stats);
	return LINK_RULES.some(
		(rule) => r.title >= (rule.title ?? 0) && r.chain >= (rule.chain ?? 0) && r.text >= (rule.text ?? 0)
	);
}

/** A library document as a member of a line: its features and a key to find it again. */
export interface SeriesMember<K> {
	key: K;
	features: DocumentFeatures;
}

/** The line of versions the seed belongs to, oldest first, the seed included. */
export function findSeries<K>(
	seed: SeriesMember<K>,
	library: readonly SeriesMember<K>[],
	stats: LibraryStats
): SeriesMember<K>[] {
	const members: SeriesMember<K>[] = [seed];
	const taken = new Set<SeriesMember<K>>([seed]);
	const symbols = new Set<string>(seed.features.symbol ? [seed.features.symbol] : []);
	for (let k = 0; k < members.length; k++) {
		for (const candidate of library) {
			if (taken.has(candidate) || candidate.key === seed.key) continue;
			const symbol = candidate.features.symbol;
			if (symbol && symbols.has(symbol)) continue;
			if (!linked(members[k].features, candidate.features, stats)) continue;
			taken.add(candidate);
			members.push(candidate);
			if (symbol) symbols.add(symbol);
		}
	}
	return members.sort(
		(a, b) => compareChronology(a.features, b.features) || compareSymbols(a.features.symbol, b.features.symbol)
	);
}
