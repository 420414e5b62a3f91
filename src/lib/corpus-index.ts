/**
 * The shipped corpus: which documents there are, in which series, and how a symbol names them.
 * Pure data and look-ups, shared by the CLI (which reads the files from disk) and the app (which
 * bundles them, src/lib/corpus.ts).
 */
import index from '../../corpus/index.json';

/** A resolution adopted in a series, as listed in the index (the text may not be in the corpus). */
export interface AdoptedEntry {
	session: number;
	symbol: string;
	date: string;
}

/** A recurring resolution: one title adopted session after session. */
export interface CorpusSeries {
	id: string;
	title: string;
	titleEn: string;
	agendaItem: string;
	committee: string;
	/** First session at which the series was adopted. */
	since: number;
	adopted: AdoptedEntry[];
}

/** A document whose text is in the corpus. */
export interface CorpusDocument {
	symbol: string;
	series: string;
	session: number;
	year: number;
	date: string | null;
	language: string;
	title: string;
	kind: 'resolution' | 'report';
	/** File name in `corpus/`. */
	file: string;
	/** For a report: the resolution that requested it. */
	requestedBy?: string;
}

/** The shape of `corpus/index.json`. */
export interface CorpusIndex {
	version: number;
	series: CorpusSeries[];
	documents: CorpusDocument[];
}

/** The corpus index as shipped in corpus/index.json. */
export const corpus = index as CorpusIndex;

/** Symbols compare without regard to case, spaces or a leading/trailing slash: `a/res/76/40 ` finds A/RES/76/40. */
function keyOf(symbol: string): string {
	return symbol
		.trim()
		.toUpperCase()
		.replace(/\s+/g, '')
		.replace(/^\/+|\/+$/g, '');
}

/** The corpus document a symbol names, or undefined. Only exact symbols match: a path never does. */
export function findDocument(symbol: string, source: CorpusIndex = corpus): CorpusDocument | undefined {
	const key = keyOf(symbol);
	return source.documents.find((d) => keyOf(d.symbol) === key);
}
