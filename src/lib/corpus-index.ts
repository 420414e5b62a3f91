/**
 * The shipped corpus: which documents there are, in which series, and how a symbol names them.
 * Pure data and look-ups; the CLI reads the files from disk and the browser from the build.
 */
import index from '../../corpus/index.json';

/** One document of the corpus. */
export interface CorpusEntry {
	symbol: string;
	series: string;
	session: number;
	year: number;
	date: string | null;
	language: string;
	title: string;
	kind: 'resolution' | 'report';
	file: string;
	requestedBy?: string;
}

/** One adoption of a recurring resolution, whether or not its text ships. */
export interface Adoption {
	session: number;
	symbol: string;
	date: string;
}

/** A recurring resolution: the versions adopted session after session. */
export interface CorpusSeries {
	id: string;
	title: string;
	titleEn: string;
	agendaItem: string;
	committee: string;
	since: number;
	adopted: Adoption[];
}

/** The corpus index as shipped in corpus/index.json. */
export const corpus = index as { version: number; series: CorpusSeries[]; documents: CorpusEntry[] };

/** Symbols compare without regard to case, spaces or a leading/trailing slash: `a/res/76/40 ` finds A/RES/76/40. */
function keyOf(symbol: string): string {
	return symbol.trim().toUpperCase().replace(/\s+/g, '').replace(/^\/+|\/+$/g, '');
}

/** The corpus entry a symbol names, or null. Only exact symbols match: a path never does. */
export function findCorpusEntry(symbol: string): CorpusEntry | null {
	const key = keyOf(symbol);
	return corpus.documents.find((d) => keyOf(d.symbol) === key) ?? null;
}

/** The documents of a series that ship, oldest first (resolutions only unless `withReports`). */
export function seriesDocuments(id: string, withReports = false): CorpusEntry[] {
	return corpus.documents
		.filter((d) => d.series === id && (withReports || d.kind === 'resolution'))
		.sort((a, b) => a.session - b.session || a.symbol.localeCompare(b.symbol));
}
