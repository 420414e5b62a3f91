/**
 * The library's catalogue: which documents answer a reader's filter by symbol, title, session and
 * language, and which of two picked documents is the old side. Pure data in, data out: the home page
 * (src/lib/components/home/LibraryCatalog.svelte) renders what these return.
 */
import { compareChronology, compareSymbols } from './search';

/** What the catalogue needs of a document. */
export interface CatalogEntry {
	symbol: string;
	title: string;
	session: number;
	date: string | null;
	language: string;
}

/** A reader's filter; an empty field does not filter. */
export interface CatalogFilter {
	/** Words of a symbol or title, any case, any spacing: `73/7`, `a/res/73`, `多边主义`, `outer space`. */
	text?: string;
	/** The session (`73`), or null for every session. */
	session?: number | null;
	/** ISO 639-1 code of the document's language, or null for every language. */
	language?: string | null;
}

/** A string for matching: lower case, white space out, full-width forms folded (`Ａ／ＲＥＳ` is `a/res`). */
function foldForCatalog(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The entries that answer the filter, oldest first. Each word of `text` (split at white space) must
 * stand in the symbol or the title; Chinese, written without spaces, is one word however long.
 */
export function filterCatalog<E extends CatalogEntry>(entries: readonly E[], filter: CatalogFilter = {}): E[] {
	const words = (filter.text ?? '').split(/\s+/u).map(foldForCatalog).filter(Boolean);
	return entries
		.filter((e) => {
			if (filter.session != null && e.session !== filter.session) return false;
			if (filter.language && e.language !== filter.language) return false;
			if (words.length === 0) return true;
			const haystack = foldForCatalog(e.symbol) + '\n' + foldForCatalog(e.title);
			return words.every((w) => haystack.includes(w));
		})
		.sort((a, b) => compareChronology(a, b) || compareSymbols(a.symbol, b.symbol));
}

/** The sessions and languages the entries hold, for the filter's choices: sessions newest first, languages by code. */
export function catalogFacets(entries: readonly CatalogEntry[]): { sessions: number[]; languages: string[] } {
	return {
		sessions: [...new Set(entries.map((e) => e.session))].sort((a, b) => b - a),
		languages: [...new Set(entries.map((e) => e.language))].sort()
	};
}

/** Two picked documents as a comparison: the older is the old side (by date, then session, then symbol). */
export function orderPair<E extends CatalogEntry>(a: E, b: E): { old: E; new: E } {
	return compareChronology(a, b) > 0 || (compareChronology(a, b) === 0 && compareSymbols(a.symbol, b.symbol) > 0)
		? { old: b, new: a }
		: { old: a, new: b };
}
