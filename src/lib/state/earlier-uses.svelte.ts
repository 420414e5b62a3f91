/**
 * "Where was this wording used before?" and "which resolution does this continue?" in the app.
 *
 * The library is the one `resodiff serve --library DB` serves under /api/library (the analyst's own
 * collection), or else the corpus that ships with the app, read and searched in this browser
 * (src/lib/library/memory.ts, the same matcher as the command line). A phrase taken from the reader's
 * own files is searched in the browser only: it never leaves the tab, not even for a server on this
 * machine.
 */
import { compareChronology, MemoryLibrary, type FindResult, type SearchResult } from '../library/index';
import type { ResolutionDocument } from '../core/types';
import { corpus } from '../corpus';
import { readCorpusDocument } from '../library/corpus-features';
import { describeError } from '../ui-errors';
import { readVersion } from '../workers/series-client';

/** Where an answer came from. */
export type LibrarySource = 'server' | 'corpus';

/** The state of a search for earlier uses. */
export type EarlierUsesState =
	| { phase: 'idle' }
	| { phase: 'loading'; phrase: string }
	| { phase: 'ready'; phrase: string; result: SearchResult; from: LibrarySource }
	| { phase: 'error'; phrase: string; message: string };

/** The shipped corpus as an in-memory library, read once per page load on first use. */
let corpusLibrary: Promise<MemoryLibrary> | null = null;

/** The shipped corpus, every text read (in the reader's worker when there is one) into one library. */
export function loadCorpusLibrary(): Promise<MemoryLibrary> {
	corpusLibrary ??= Promise.all(
		corpus.documents.map(async (d) => {
			return { document: await readCorpusDocument(d, readVersion), source: d.file };
		})
	).then((entries) => new MemoryLibrary(entries));
	corpusLibrary.catch(() => (corpusLibrary = null));
	return corpusLibrary;
}

/** Whether a library is served beside the app (`resodiff serve --library DB`); asked once. */
let served: Promise<boolean> | null = null;

export function libraryServed(): Promise<boolean> {
	served ??= fetch('/api/library', { headers: { Accept: 'application/json' } })
		.then((r) => r.ok && (r.headers.get('content-type') ?? '').includes('json'))
		.catch(() => false);
	return served;
}

/** Searches the library for a phrase: the served one for shipped documents when there is one, else the corpus. */
export async function searchLibrary(
	phrase: string,
	options: { local: boolean }
): Promise<{ result: SearchResult; from: LibrarySource }> {
	if (!options.local && (await libraryServed())) {
		const response = await fetch(`/api/library/search?q=${encodeURIComponent(phrase)}`);
		const body = await response.json();
		if (!response.ok) throw new Error(body?.error ?? `HTTP ${response.status}`);
		return { result: body as SearchResult, from: 'server' };
	}
	const library = await loadCorpusLibrary();
	return { result: library.search(phrase), from: 'corpus' };
}

/** The search for earlier uses of the phrase a reader selected; one at a time, the latest wins. */
export class EarlierUses {
	state = $state<EarlierUsesState>({ phase: 'idle' });
	private generation = 0;

	async search(phrase: string, options: { local: boolean }): Promise<void> {
		const generation = ++this.generation;
		this.state = { phase: 'loading', phrase };
		try {
			const { result, from } = await searchLibrary(phrase, options);
			if (generation === this.generation) this.state = { phase: 'ready', phrase, result, from };
		} catch (e) {
			if (generation === this.generation) this.state = { phase: 'error', phrase, message: describeError(e) };
		}
	}

	close(): void {
		this.generation++;
		this.state = { phase: 'idle' };
	}
}

/** The shipped document that a shipped document most likely continues (see {@link findEarlierVersion}), by symbol. */
export async function findEarlierVersionOf(symbol: string): Promise<FindResult['candidates'][number] | null> {
	const entry = (await loadCorpusLibrary()).bySymbol(symbol);
	return entry ? findEarlierVersion(entry.document) : null;
}

/**
 * The shipped document a text most likely continues: `find` over the corpus, keeping only versions
 * older than the text (the old side of a comparison), best first. Null when none resembles it.
 */
export async function findEarlierVersion(doc: ResolutionDocument): Promise<FindResult['candidates'][number] | null> {
	const library = await loadCorpusLibrary();
	const self = library.bySymbol(doc.meta.symbol ?? '')?.document ?? doc;
	const { candidates } = library.find(self, { limit: 10 });
	return (
		candidates.find(
			(c) => compareChronology({ date: c.date, session: null }, { date: doc.meta.date, session: doc.meta.session }) < 0
		) ?? null
	);
}
