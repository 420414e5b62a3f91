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
	/** The agenda item's English name, for the English interface. */
	agendaItemEn: string;
	committee: string;
	/** The committee's English name, for the English interface. */
	committeeEn: string;
	/** First session at which the series was adopted. */
	since: number;
	adopted: AdoptedEntry[];
}

/** Where a corpus document was taken from, and whether it is whole. */
export interface Provenance {
	/** The public source: repository, path and commit, or page address. */
	source: string;
	/** Address of the original UN PDF, when the text was extracted from one. */
	original?: string;
	/** `complete`, or `partial: …` saying what is missing. */
	completeness: string;
	note?: string;
}

/** A document whose text is in the corpus. */
export interface CorpusDocument {
	/** The UN symbol; for a draft whose symbol is unknown, the identifier it is known by (`UNDL-453500`). */
	symbol: string;
	/** The series (index.json `series`) it belongs to, or null. */
	series: string | null;
	session: number;
	year: number;
	date: string | null;
	language: string;
	title: string;
	kind: 'resolution' | 'report' | 'draft';
	/** File name in `corpus/`: the text, or the PDF when there is no text. */
	file: string;
	/** File name of the UN PDF in `corpus/`, when the corpus holds it. */
	pdf?: string;
	/** For a report: the resolution that requested it. */
	requestedBy?: string;
	/** For a draft: the resolution it was adopted as. */
	adoptedAs?: string;
	/** True for a fragment of a document (see `provenance.completeness`). */
	partial?: boolean;
	provenance: Provenance;
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
