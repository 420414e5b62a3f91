/**
 * "Which resolution does this continue?" for a text the reader opened from their own disk: the library
 * document it most likely continues, offered as the old side of a comparison.
 *
 * The ranking is `resodiff find`'s (src/lib/library/features.ts: title or agenda item and the recalled
 * chain first, then text similarity), run in this browser. The reader's text is read here and never
 * leaves the tab: with a library served beside the app (`resodiff serve --library DB`), the page asks
 * the server for the library's features (GET, nothing of the text in the request), ranks them here,
 * and fetches the one document the reader picks; otherwise it fetches the shipped corpus's features,
 * computed at build time (src/lib/library/corpus-features.ts, one small file), ranks them here, and
 * reads the one corpus text the reader picks.
 */
import type { ResolutionDocument } from '../core/types';
import type { DocumentInput } from '../io/read';
import {
	compareChronology,
	documentFeatures,
	rankDocuments,
	statsOf,
	type CandidateDocument,
	type FindCandidate,
	type LibraryStats
} from '../library/index';
import {
	CORPUS_FEATURES_PATH,
	readCorpusDocument,
	type CorpusCandidate,
	type CorpusFeatures
} from '../library/corpus-features';
import { findDocument } from '../corpus';
import { ResodiffError } from '../core/types';
import { readVersion } from '../workers/series-client';
import { libraryServed, type LibrarySource } from './earlier-uses.svelte';

/** Where a candidate's text is: a corpus document by symbol, or a document of the served library by id. */
export type LibraryRef = { kind: 'corpus'; symbol: string } | { kind: 'server'; id: number };

/** An earlier version the text may continue, best first. */
export interface Continued {
	candidate: FindCandidate;
	ref: LibraryRef;
}

/** What the page offers for a text the reader opened. */
export interface ContinuesAnswer {
	/** The reader's text as read (kept in this tab, for the comparison). */
	document: ResolutionDocument;
	/** Library documents older than the text it may continue, best first (at most {@link OFFERED}). */
	candidates: Continued[];
	from: LibrarySource;
}

/** How many candidates are offered: the best, and a few others for a reader who knows better. */
export const OFFERED = 4;

/** How many ranked candidates are looked at before keeping the older ones. */
const RANKED = 12;

/** A served library's documents as candidates. */
type ServedCandidate = CandidateDocument & { id: number };

/** The served library's features and their statistics, fetched once per page load. */
let servedFeatures: Promise<{ documents: ServedCandidate[]; stats: LibraryStats }> | null = null;

function loadServedFeatures(): Promise<{ documents: ServedCandidate[]; stats: LibraryStats }> {
	servedFeatures ??= (async () => {
		const response = await fetch('/api/library/features', { headers: { Accept: 'application/json' } });
		const body = await response.json();
		if (!response.ok) throw new Error(body?.error ?? `HTTP ${response.status}`);
		const documents = body.documents as ServedCandidate[];
		return { documents, stats: statsOf(documents.map((d) => d.features)) };
	})();
	servedFeatures.catch(() => (servedFeatures = null));
	return servedFeatures;
}

/** The shipped corpus's features and their statistics, fetched once per page load. */
let corpusFeatures: Promise<{ documents: CorpusCandidate[]; stats: LibraryStats }> | null = null;

function loadCorpusFeatures(): Promise<{ documents: CorpusCandidate[]; stats: LibraryStats }> {
	corpusFeatures ??= (async () => {
		const response = await fetch(CORPUS_FEATURES_PATH, { headers: { Accept: 'application/json' } });
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const body = (await response.json()) as CorpusFeatures;
		return { documents: body.documents, stats: statsOf(body.documents.map((d) => d.features)) };
	})();
	corpusFeatures.catch(() => (corpusFeatures = null));
	return corpusFeatures;
}

/**
 * The SHA-256 of the file's bytes, as the library stores it (so the file itself, when the library holds
 * it, is not offered); null where the browser has no Web Crypto (an insecure origin).
 */
async function contentHash(bytes: Uint8Array): Promise<string | null> {
	if (!globalThis.crypto?.subtle) return null;
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether a candidate came before the text: by session when both name theirs (a draft made from last
 * year's file may still carry last year's date), else by date (an undated text, a draft, comes after
 * every dated one).
 */
function isEarlier(candidate: FindCandidate, doc: ResolutionDocument): boolean {
	const session = doc.meta.session;
	if (candidate.session && session && candidate.session !== session) return candidate.session < session;
	return compareChronology(candidate, { date: doc.meta.date, session }) < 0;
}

/** Reads the reader's text (an opened file or pasted text) here and ranks the library's documents as what it continues. */
export async function findContinued(input: DocumentInput): Promise<ContinuesAnswer> {
	const document = await readVersion(input);
	const features = documentFeatures(document);
	const keep = (ranked: Continued[]) => ranked.filter((c) => isEarlier(c.candidate, document)).slice(0, OFFERED);
	if (await libraryServed()) {
		const [{ documents, stats }, hash] = await Promise.all([loadServedFeatures(), contentHash(input.bytes)]);
		const ranked = rankDocuments(features, documents, stats, { limit: RANKED, hash: hash ?? undefined });
		return {
			document,
			from: 'server',
			candidates: keep(ranked.map((r) => ({ candidate: r.candidate, ref: { kind: 'server', id: r.document.id } })))
		};
	}
	const { documents, stats } = await loadCorpusFeatures();
	const ranked = rankDocuments(features, documents, stats, { limit: RANKED });
	return {
		document,
		from: 'corpus',
		candidates: keep(
			ranked.map((r) => ({ candidate: r.candidate, ref: { kind: 'corpus', symbol: r.document.symbol } }))
		)
	};
}

/** A candidate's document, as the parser read it: from the corpus read here, or from the served library. */
export async function loadLibraryDocument(ref: LibraryRef): Promise<ResolutionDocument> {
	if (ref.kind === 'server') {
		const response = await fetch(`/api/library/documents/${ref.id}`, { headers: { Accept: 'application/json' } });
		const body = await response.json();
		if (!response.ok) throw new Error(body?.error ?? `HTTP ${response.status}`);
		return body as ResolutionDocument;
	}
	const entry = findDocument(ref.symbol);
	if (!entry) throw new ResodiffError('not-found', 'is not in the corpus (文库中没有此文件)', { file: ref.symbol });
	return readCorpusDocument(entry, readVersion);
}
