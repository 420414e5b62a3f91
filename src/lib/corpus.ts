/**
 * The corpus the app ships with: `corpus/index.json` describes the series and documents, and each
 * text is bundled as its own lazily loaded chunk, so the home page costs the index only and a
 * comparison loads just its two texts, from the app's own origin.
 */
import { ResodiffError } from './core/types';
import { corpus, findDocument, type CorpusDocument, type CorpusIndex, type CorpusSeries } from './corpus-index';

export { corpus, findDocument };
export type { AdoptedEntry, CorpusDocument, CorpusIndex, CorpusSeries } from './corpus-index';

/** The pair the home page offers first: the same resolution nine sessions apart. */
export const SHOWCASE = { old: 'A/RES/67/38', new: 'A/RES/76/40' } as const;

/** A series with the corpus documents that belong to it. */
export interface SeriesView {
	series: CorpusSeries;
	/** Corpus documents of the series, oldest first (resolutions and reports). */
	documents: CorpusDocument[];
	/** Consecutive resolutions of the series held in the corpus, oldest first: each one compares. */
	pairs: [CorpusDocument, CorpusDocument][];
}

/** The corpus as a library: one entry per series, in index order. */
export function listSeries(source: CorpusIndex = corpus): SeriesView[] {
	return source.series.map((series) => {
		const documents = source.documents
			.filter((d) => d.series === series.id)
			.sort((a, b) => a.session - b.session || (a.date ?? '').localeCompare(b.date ?? ''));
		const resolutions = documents.filter((d) => d.kind === 'resolution');
		const pairs = resolutions.slice(1).map((d, i) => [resolutions[i], d] as [CorpusDocument, CorpusDocument]);
		return { series, documents, pairs };
	});
}

/** Loaders of the corpus texts, one chunk each, fetched from the app's own origin on first use. */
const TEXTS = import.meta.glob<string>('/corpus/*.txt', { query: '?raw', import: 'default' });

/** The raw text of a corpus document; a ResodiffError ('not-found') for a symbol not in the corpus. */
export async function loadCorpusText(symbol: string): Promise<{ text: string; document: CorpusDocument }> {
	const document = findDocument(symbol);
	const load = document ? TEXTS[`/corpus/${document.file}`] : undefined;
	if (!document || !load) {
		throw new ResodiffError('not-found', 'is not in the corpus (文库中没有此文件)', { file: symbol });
	}
	return { text: await load(), document };
}

/**
 * A link to the compare page for two corpus symbols. Slashes stay readable (`A/RES/67/38`): they
 * are legal in a query string and the link is meant to be read, shared and bookmarked.
 */
export function compareHref(oldSymbol: string, newSymbol: string): `/compare?${string}` {
	const q = (s: string) => encodeURIComponent(s).replace(/%2F/gi, '/');
	return `/compare?old=${q(oldSymbol)}&new=${q(newSymbol)}`;
}
