/**
 * What the compare page's "which resolution does this continue?" needs of the shipped corpus: each
 * document's find features (features.ts), computed once at build time into one small JSON file
 * (src/routes/corpus-features.json, prerendered), so that the page ranks a reader's text against the
 * corpus after one fetch instead of reading and parsing every corpus text in the browser.
 *
 * The features are the ones the in-memory library computes (memory.ts): each text read as the app reads
 * it, with the symbol and date the index knows when the text does not print them.
 */
import type { ResolutionDocument } from '../core/types';
import { loadCorpusText } from '../corpus';
import type { DocumentInput } from '../io/read';
import { documentFeatures, type CandidateDocument } from './features';

/** Where the file is served, from the app's own origin. */
export const CORPUS_FEATURES_PATH = '/corpus-features.json';

/** One corpus document as a candidate: its features, its file and the symbol the page opens it by. */
export interface CorpusCandidate extends CandidateDocument {
	/** The symbol of the corpus index (loadCorpusText opens the document by it). */
	symbol: string;
}

/** The file's content. */
export interface CorpusFeatures {
	version: 1;
	documents: CorpusCandidate[];
}

/** A corpus document as the index describes it. */
export interface CorpusFeaturesSource {
	symbol: string;
	file: string;
	date: string | null;
}

/**
 * A corpus document read by `read` (the app's reader: its worker in the browser, the reader itself at build
 * time), with what the index knows and the text may not print: a draft's symbol, a date the letterhead lost.
 * The in-memory corpus library (earlier-uses), the continues offer and the features file read the corpus
 * alike through it.
 */
export async function readCorpusDocument(
	entry: CorpusFeaturesSource,
	read: (input: DocumentInput) => Promise<ResolutionDocument>
): Promise<ResolutionDocument> {
	const { text } = await loadCorpusText(entry.symbol);
	const document = await read({ bytes: new TextEncoder().encode(text), name: entry.file });
	document.meta.symbol ??= entry.symbol;
	document.meta.date ??= entry.date;
	return document;
}

/** The features file of corpus documents, each read by `read` (the app's reader). */
export async function corpusFeatures(
	entries: readonly CorpusFeaturesSource[],
	read: (input: DocumentInput) => Promise<ResolutionDocument>
): Promise<CorpusFeatures> {
	const documents = await Promise.all(
		entries.map(async (entry) => ({
			symbol: entry.symbol,
			source: entry.file,
			features: documentFeatures(await readCorpusDocument(entry, read))
		}))
	);
	return { version: 1, documents };
}
