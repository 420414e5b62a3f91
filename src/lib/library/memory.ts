/**
 * A library held in memory: the shipped corpus in the browser and the CLI, or any list of parsed
 * documents. It answers search, find and series with the same pure functions as the SQLite library
 * (src/lib/server/library-db.ts) does, by looking at every paragraph: a few thousand paragraphs take
 * milliseconds, and no index has to be built or shipped.
 */
import { labelParagraphs } from '../core/report/labels';
import { ResodiffError, type ResolutionDocument } from '../core/types';
import { matchKeys, type MatchKeys } from './keys';
import {
	documentFeatures,
	rankDocuments,
	statsOf,
	type CandidateDocument,
	type DocumentFeatures,
	type FindCandidate,
	type FindResult,
	type LibraryStats,
	type RankOptions
} from './features';
import { matchParagraph, orderHits, prepareQuery, type RawHit, type SearchResult } from './search';
import { findSeries } from './series';

/** The language paragraphs of a document are cited in: Chinese for Chinese texts, English otherwise. */
export function citationLocale(language: string | undefined): 'zh' | 'en' {
	return language === 'zh' ? 'zh' : 'en';
}

/** A document of an in-memory library. */
export interface LibraryEntry {
	document: ResolutionDocument;
	/** Where it came from: a corpus file name or a path. */
	source: string;
	/** Content hash of its bytes, when known. */
	hash?: string;
}

/** Search, find and series over documents held in memory. */
export class MemoryLibrary {
	readonly entries: readonly LibraryEntry[];
	private features: DocumentFeatures[] | null = null;
	private stats: LibraryStats | null = null;
	private keys = new Map<string, MatchKeys>();

	constructor(entries: readonly LibraryEntry[]) {
		this.entries = entries;
	}

	/** Every paragraph using the phrase, exactly or nearly, oldest first (CONTRACT.md `search`). */
	search(phrase: string): SearchResult {
		const query = prepareQuery(phrase);
		if (!query) throw new ResodiffError('usage', 'the phrase to search for is empty');
		const raw: RawHit[] = [];
		this.entries.forEach((entry, e) => {
			const m = entry.document.meta;
			const document = {
				symbol: m.symbol,
				date: m.date,
				session: m.session,
				source: entry.source,
				language: m.language,
				title: m.title
			};
			let labels: Map<string, string> | null = null;
			entry.document.paragraphs.forEach((paragraph, order) => {
				const cacheKey = `${e}:${order}`;
				let keys = this.keys.get(cacheKey);
				if (!keys) {
					keys = matchKeys(paragraph.text);
					this.keys.set(cacheKey, keys);
				}
				const match = matchParagraph(query, paragraph.text, { keys });
				if (!match) return;
				labels ??= labelParagraphs(entry.document, citationLocale(m.language));
				raw.push({ document, paragraph, order, match, label: labels.get(paragraph.id) });
			});
		});
		return orderHits(phrase, raw);
	}

	/** The documents a text most resembles, best first, never itself (CONTRACT.md `find`). */
	find(doc: ResolutionDocument, options: RankOptions = {}): FindResult {
		return { version: 1, candidates: this.rank(doc, options).map((r) => r.candidate) };
	}

	/** {@link find}'s answers, each with the entry it names. */
	rank(doc: ResolutionDocument, options: RankOptions = {}): { candidate: FindCandidate; entry: LibraryEntry }[] {
		const { features, stats } = this.indexed();
		// The text itself, when it is one of the entries, is no candidate.
		const candidates: (CandidateDocument & { entry: LibraryEntry })[] = this.entries
			.map((entry, i) => ({ entry, features: features[i], source: entry.source, hash: entry.hash }))
			.filter(({ entry }) => entry.document !== doc);
		return rankDocuments(documentFeatures(doc), candidates, stats, options).map(({ candidate, document }) => ({
			candidate,
			entry: document.entry
		}));
	}

	/** The line of versions a document of the library belongs to, oldest first. */
	series(seed: LibraryEntry): LibraryEntry[] {
		const { features, stats } = this.indexed();
		const members = this.entries.map((entry, i) => ({ key: entry, features: features[i] }));
		const start = members.find((m) => m.key === seed) ?? { key: seed, features: documentFeatures(seed.document) };
		return findSeries(start, members, stats).map((m) => m.key);
	}

	/** The entry of a symbol (any case), or undefined. */
	bySymbol(symbol: string): LibraryEntry | undefined {
		const key = (s: string) => s.toUpperCase().replace(/\s+/g, '');
		return this.entries.find((e) => e.document.meta.symbol && key(e.document.meta.symbol) === key(symbol));
	}

	private indexed(): { features: DocumentFeatures[]; stats: LibraryStats } {
		this.features ??= this.entries.map((e) => documentFeatures(e.document));
		this.stats ??= statsOf(this.features);
		return { features: this.features, stats: this.stats };
	}
}
