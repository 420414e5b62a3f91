/**
 * What the library keeps of each document to tell which resolution a text continues, and the ranking
 * itself (`resodiff find`, and the compare page's offer of an "old" side).
 *
 * Evidence, strongest first, as UN drafting provides it:
 * 1. **Title and agenda item.** A recurring resolution keeps its title session after session ("Promotion
 *    of multilateralism in the area of disarmament and non-proliferation"); the agenda item's number
 *    changes, its title does not. Compared by routine key (keys.ts), so "sixty-eighth session" in a
 *    title is no difference.
 * 2. **The recalled chain** (recalled.ts). A version recalls the versions before it, so a direct link
 *    (the text recalls the candidate, or the candidate recalls the text) is strong evidence; two versions
 *    also recall much the same list, compared by a weighted Jaccard coefficient in which a resolution
 *    recalled by many documents (the Millennium Declaration, 55/2) weighs little.
 * 3. **Text.** The share of paragraphs two documents have in common up to routine updates (equal
 *    routine keys, hashed), weighted by how rare each paragraph is in the library; and, for texts
 *    reworded throughout, a bottom-k sketch of their character shingles estimates the Jaccard coefficient
 *    of the whole texts (Broder, "On the resemblance and containment of documents", 1997; one hash per
 *    4-gram, the k smallest kept).
 *
 * The similarity reported is 0.35 · title-or-agenda + 0.30 · chain + 0.35 · text, so that evidence of
 * identity (title, chain) counts before text, as analysts expect; a candidate adopted after the text
 * loses a tenth (a text continues what came before it). Cost per candidate: O(paragraphs + recalled +
 * k), all on sorted integer arrays.
 */
import type { ResolutionDocument } from '../core/types';
import { hashKey, matchKeys } from './keys';
import { chronologicalKey, compareChronology } from './search';
import { ownResolution, recalledResolutions } from './recalled';

/** How many 4-gram hashes a document's sketch keeps. 64 gives a Jaccard estimate within about ±0.1. */
export const SKETCH_SIZE = 64;

/**
 * Shingle length of the sketch, in UTF-16 units of the routine key (white space removed): about two
 * words. Chinese packs a word in two characters, alphabetic scripts in six or seven letters; with
 * shorter English shingles ("ofthe", "theun") every two English texts look alike.
 */
export function shingleLength(language: string): number {
	return language === 'zh' ? 4 : 9;
}

/** Paragraph kinds whose text is the resolution's own wording (not its title, heading or closing line). */
const BODY_KINDS = new Set(['preamble', 'operative', 'subparagraph', 'other']);

/** What the library keeps of a document to rank it as a candidate. */
export interface DocumentFeatures {
	symbol: string | null;
	session: number | null;
	date: string | null;
	language: string;
	kind: string;
	draft: boolean;
	title: string | null;
	/** Routine key of the title, or null when there is none. */
	titleKey: string | null;
	/** Routine key of the agenda item's title (`全面彻底裁军：促进…`), or null. */
	agendaKey: string | null;
	/** The document's own resolution symbol (`A/RES/76/40`), or null. */
	own: string | null;
	/** The resolutions it recalls, canonical symbols, sorted. */
	recalled: string[];
	/** Hashes of the routine keys of its body paragraphs, ascending, each once. */
	paragraphs: number[];
	/** Bottom-k sketch: the smallest {@link SKETCH_SIZE} hashes of its body's 4-grams, ascending. */
	sketch: number[];
}

/**
 * The features of a parsed document. `routineKeys`, when the caller has them (the library computes
 * them to index each paragraph), are the routine keys of `doc.paragraphs`, in order.
 */
export function documentFeatures(doc: ResolutionDocument, routineKeys?: readonly string[]): DocumentFeatures {
	const m = doc.meta;
	const keys: string[] = [];
	doc.paragraphs.forEach((p, i) => {
		if (BODY_KINDS.has(p.kind)) keys.push(routineKeys ? routineKeys[i] : matchKeys(p.text).routine);
	});
	const titleKey = m.title ? matchKeys(m.title).routine : null;
	const agendaKey = m.agendaTitle ? matchKeys(m.agendaTitle).routine : null;
	return {
		symbol: m.symbol,
		session: m.session,
		date: m.date,
		language: m.language ?? 'und',
		kind: m.kind ?? 'unknown',
		draft: Boolean(m.draft),
		title: m.title,
		titleKey: titleKey && titleKey.length > 0 ? titleKey : null,
		agendaKey: agendaKey && agendaKey.length > 0 ? agendaKey : null,
		own: ownResolution(m.symbol),
		recalled: recalledResolutions(doc),
		paragraphs: [...new Set(keys.filter((k) => k.length > 0).map(hashKey))].sort((a, b) => a - b),
		sketch: sketchOf(keys.join('\n'), shingleLength(m.language ?? 'und'))
	};
}

/** Multiplier of the rolling hash (an odd 32-bit constant), and its power for one shingle, by length. */
const ROLL = 0x01000193;

/**
 * The bottom-k sketch of a text's shingles: the k smallest distinct hashes, ascending. Shingles are
 * hashed with a rolling polynomial hash (Rabin–Karp, modulo 2^32: one multiply in and one out per
 * character, whatever the shingle length), then mixed so that the smallest values are spread over all
 * shingles rather than over those starting with the smallest characters.
 */
export function sketchOf(text: string, shingle: number, k = SKETCH_SIZE): number[] {
	const count = Math.max(0, text.length - shingle + 1);
	if (count === 0) return [];
	let out1 = 1;
	for (let j = 1; j < shingle; j++) out1 = Math.imul(out1, ROLL);
	// A typed array sorted natively: a Set of tens of thousands of numbers, spread and sorted with a
	// comparator, costs ten times as much.
	const hashes = new Uint32Array(count);
	let h = 0;
	for (let i = 0; i < text.length; i++) {
		if (i >= shingle) h = (h - Math.imul(text.charCodeAt(i - shingle), out1)) | 0;
		h = (Math.imul(h, ROLL) + text.charCodeAt(i)) | 0;
		if (i + 1 < shingle) continue;
		let x = h;
		x ^= x >>> 16;
		x = Math.imul(x, 0x7feb352d);
		x ^= x >>> 15;
		x = Math.imul(x, 0x846ca68b);
		x ^= x >>> 16;
		hashes[i + 1 - shingle] = x >>> 0;
	}
	hashes.sort();
	const sketch: number[] = [];
	for (let i = 0; i < count && sketch.length < k; i++)
		if (i === 0 || hashes[i] !== hashes[i - 1]) sketch.push(hashes[i]);
	return sketch;
}

/** Jaccard coefficient of two texts estimated from their bottom-k sketches, 0..1. */
export function sketchSimilarity(a: readonly number[], b: readonly number[], k = SKETCH_SIZE): number {
	if (a.length === 0 || b.length === 0) return 0;
	// The k smallest of the union, and how many of them both sketches hold.
	let i = 0;
	let j = 0;
	let taken = 0;
	let both = 0;
	while (taken < k && (i < a.length || j < b.length)) {
		const x = i < a.length ? a[i] : Infinity;
		const y = j < b.length ? b[j] : Infinity;
		if (x === y) {
			both++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
		taken++;
	}
	return taken === 0 ? 0 : both / taken;
}

/**
 * How much sharing a paragraph or a recalled resolution says, across the library: an inverse document
 * frequency, ln(1 + N / df), N documents of which df hold it. A paragraph every version of every
 * resolution has ("Decides to include in the provisional agenda …" up to routine updates) says little.
 */
export interface LibraryStats {
	/** Number of documents. */
	documents: number;
	/** Weight of a paragraph hash (one held by no document weighs as if one held it). */
	paragraphWeight: (hash: number) => number;
	/** Weight of a recalled resolution. */
	recalledWeight: (symbol: string) => number;
}

/**
 * Stats computed from the features of every document. The weights are computed once, here: find ranks
 * thousands of documents, each with dozens of paragraphs.
 */
export function statsOf(all: readonly DocumentFeatures[]): LibraryStats {
	const paragraphs = new Map<number, number>();
	const recalled = new Map<string, number>();
	for (const f of all) {
		for (const h of f.paragraphs) paragraphs.set(h, (paragraphs.get(h) ?? 0) + 1);
		for (const r of f.recalled) recalled.set(r, (recalled.get(r) ?? 0) + 1);
	}
	const n = Math.max(1, all.length);
	const rarest = Math.log(1 + n);
	for (const [h, df] of paragraphs) paragraphs.set(h, Math.log(1 + n / df));
	for (const [r, df] of recalled) recalled.set(r, Math.log(1 + n / df));
	return {
		documents: all.length,
		paragraphWeight: (h) => paragraphs.get(h) ?? rarest,
		recalledWeight: (s) => recalled.get(s) ?? rarest
	};
}

/** The evidence that a candidate is another version of the same resolution as a text. */
export interface Resemblance {
	/** 1 same title (or the same agenda item where a title is missing or cut short); 0.6 one title begins the other; 0.5 the same agenda item under another title; else 0. */
	title: number;
	/** 1 when one recalls the other; else the weighted Jaccard of their recalled lists. */
	chain: number;
	/** Shared wording, 0..1: the larger of the shared-paragraph share and the sketch estimate. */
	text: number;
	/** True when the candidate was adopted after the text. */
	later: boolean;
	/** The combined score, 0..1. */
	similarity: number;
}

/** Weights of the combined score: evidence of identity before text. */
export const RESEMBLANCE_WEIGHTS = { title: 0.35, chain: 0.3, text: 0.35 } as const;

/** Share of the score a candidate adopted after the text keeps. */
const LATER_FACTOR = 0.9;

/** Shortest title key that counts as a title match (a one-word title says little). */
const MIN_TITLE = 6;

/** Shortest title key one may begin another with and count as a partial match (a title cut by a line break). */
const MIN_TITLE_PREFIX = 20;

/** How much a candidate resembles a text (see the header for the method). */
export function resemble(text: DocumentFeatures, candidate: DocumentFeatures, stats: LibraryStats): Resemblance {
	const title = titleEvidence(text, candidate);
	const shared = sharedParagraphs(text.paragraphs, candidate.paragraphs, stats);
	const sketch = text.language === candidate.language ? sketchSimilarity(text.sketch, candidate.sketch) : 0;
	const wording = Math.max(shared, sketch);
	let chain = chainEvidence(text, candidate, stats);
	// Resolutions recall related resolutions too (a space resolution recalls UNISPACE+50): a direct link
	// counts in full only beside a shared title or wording. A file that names neither itself nor its
	// subject (a list of sources citing every symbol of a folder) is no version by a citation alone.
	if (chain === 1 && isDirectLink(text, candidate) && title === 0 && wording < DIRECT_LINK_WORDING)
		chain = identified(text) && identified(candidate) ? 0.5 : jaccard(text, candidate, stats);
	const a = chronologicalKey(text);
	const b = chronologicalKey(candidate);
	const later = a !== '~' && b !== '~' && b > a;
	const w = RESEMBLANCE_WEIGHTS;
	let similarity = w.title * title + w.chain * chain + w.text * wording;
	if (later) similarity *= LATER_FACTOR;
	return { title, chain: round(chain), text: round(wording), later, similarity: round(similarity) };
}

/**
 * Title evidence: 1 for the same title, 0.6 for a title that begins the other's (cut by a line break).
 * The same agenda item counts as a title when a title is missing on one side or begins the other's,
 * but only half when both titles are known and differ: an agenda item holds many resolutions (item 13 of the eightieth session
 * holds the Awaza Declaration and the International Day of Indigenous Women and Girls).
 */
function titleEvidence(a: DocumentFeatures, b: DocumentFeatures): number {
	let prefix = 0;
	if (a.titleKey && b.titleKey) {
		if (a.titleKey === b.titleKey) return a.titleKey.length >= MIN_TITLE ? 1 : 0;
		const [short, long] = a.titleKey.length < b.titleKey.length ? [a.titleKey, b.titleKey] : [b.titleKey, a.titleKey];
		if (short.length >= MIN_TITLE_PREFIX && long.startsWith(short)) prefix = TITLE_PREFIX;
	}
	if (a.agendaKey && a.agendaKey === b.agendaKey && a.agendaKey.length >= MIN_TITLE)
		return prefix > 0 || !a.titleKey || !b.titleKey ? 1 : AGENDA_ONLY;
	return prefix;
}

/** Title evidence of a title that begins the other's. */
const TITLE_PREFIX = 0.6;

/** Title evidence of the same agenda item under two different titles. */
const AGENDA_ONLY = 0.5;

/** Least shared wording for a direct recall link to count in full without a shared title. */
const DIRECT_LINK_WORDING = 0.2;

function isDirectLink(a: DocumentFeatures, b: DocumentFeatures): boolean {
	return Boolean((b.own && a.recalled.includes(b.own)) || (a.own && b.recalled.includes(a.own)));
}

/** Whether a document names itself or its subject: a symbol or a title. */
function identified(f: DocumentFeatures): boolean {
	return Boolean(f.symbol || f.titleKey);
}

function chainEvidence(a: DocumentFeatures, b: DocumentFeatures, stats: LibraryStats): number {
	return isDirectLink(a, b) ? 1 : jaccard(a, b, stats);
}

/** Weighted Jaccard coefficient of two recalled lists. */
function jaccard(a: DocumentFeatures, b: DocumentFeatures, stats: LibraryStats): number {
	if (a.recalled.length === 0 || b.recalled.length === 0) return 0;
	const weight = stats.recalledWeight;
	let shared = 0;
	let union = 0;
	let i = 0;
	let j = 0;
	while (i < a.recalled.length || j < b.recalled.length) {
		const x = a.recalled[i];
		const y = b.recalled[j];
		if (x !== undefined && x === y) {
			shared += weight(x);
			union += weight(x);
			i++;
			j++;
		} else if (y === undefined || (x !== undefined && x < y)) {
			union += weight(x);
			i++;
		} else {
			union += weight(y);
			j++;
		}
	}
	return union === 0 ? 0 : shared / union;
}

/** Weighted Dice coefficient of two sorted lists of paragraph hashes. */
function sharedParagraphs(a: readonly number[], b: readonly number[], stats: LibraryStats): number {
	if (a.length === 0 || b.length === 0) return 0;
	const weight = stats.paragraphWeight;
	let shared = 0;
	let total = 0;
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		const x = i < a.length ? a[i] : Infinity;
		const y = j < b.length ? b[j] : Infinity;
		if (x === y) {
			shared += 2 * weight(x);
			total += 2 * weight(x);
			i++;
			j++;
		} else if (x < y) {
			total += weight(x);
			i++;
		} else {
			total += weight(y);
			j++;
		}
	}
	return total === 0 ? 0 : shared / total;
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}

/** One document the text may continue (`find --format json`, CONTRACT.md). */
export interface FindCandidate {
	symbol: string | null;
	title: string | null;
	date: string | null;
	source: string;
	similarity: number;
	/** Extension: the evidence behind the similarity. */
	evidence: { title: number; chain: number; text: number; later: boolean };
	/** Extension: the session and language of the candidate. */
	session: number | null;
	language: string;
}

/** The answer of `find`. */
export interface FindResult {
	version: 1;
	candidates: FindCandidate[];
}

/** Least similarity a candidate needs to be listed at all. */
export const MIN_CANDIDATE_SIMILARITY = 0.05;

/** A library document as a candidate: its features and where it came from. */
export interface CandidateDocument {
	features: DocumentFeatures;
	source: string;
	/** Content hash of its file, when known: a candidate with the text's own hash is the text itself. */
	hash?: string;
}

/** Options of {@link rankCandidates}. */
export interface RankOptions {
	/** Most candidates listed; default 10. */
	limit?: number;
	/** Content hash of the text, to leave the text itself out when the library holds it. */
	hash?: string;
}

/**
 * Rank library documents as what a text continues, best first, never the text itself (the same file,
 * or the same resolution symbol of the same session).
 */
export function rankCandidates(
	text: DocumentFeatures,
	candidates: readonly CandidateDocument[],
	stats: LibraryStats,
	options: RankOptions = {}
): FindResult {
	return { version: 1, candidates: rankDocuments(text, candidates, stats, options).map((r) => r.candidate) };
}

/**
 * {@link rankCandidates}, each answer beside the library document it names: the app ranks a text the
 * reader opened against the library's features in the browser, then fetches the one the reader picks.
 */
export function rankDocuments<C extends CandidateDocument>(
	text: DocumentFeatures,
	candidates: readonly C[],
	stats: LibraryStats,
	options: RankOptions = {}
): { candidate: FindCandidate; document: C }[] {
	const limit = options.limit ?? 10;
	const ranked: { candidate: FindCandidate; document: C }[] = [];
	for (const c of candidates) {
		const f = c.features;
		if (options.hash && c.hash === options.hash) continue;
		if (isItself(text, f)) continue;
		const r = resemble(text, f, stats);
		if (r.similarity < MIN_CANDIDATE_SIMILARITY) continue;
		ranked.push({
			candidate: {
				symbol: f.symbol,
				title: f.title,
				date: f.date,
				source: c.source,
				similarity: r.similarity,
				evidence: { title: r.title, chain: r.chain, text: r.text, later: r.later },
				session: f.session,
				language: f.language
			},
			document: c
		});
	}
	ranked.sort(
		({ candidate: a }, { candidate: b }) =>
			b.similarity - a.similarity || b.evidence.text - a.evidence.text || compareChronology(b, a)
	);
	// One answer per document: the same resolution held twice (its PDF and its text) is listed once, as
	// the file that resembles the text most.
	const seen = new Set<string>();
	return ranked
		.filter(({ candidate: c }) => {
			if (!c.symbol) return true;
			const key = `${symbolKey(c.symbol)}\n${c.language}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.slice(0, limit);
}

/**
 * Whether a candidate is the text itself: the same symbol, unless the two say they belong to different
 * sessions (a delegate's draft for the next session made from last year's file keeps the old symbol in
 * its heading until the Secretariat gives it one, but its letterhead names the new session).
 */
function isItself(text: DocumentFeatures, candidate: DocumentFeatures): boolean {
	if (!text.symbol || !candidate.symbol || !sameSymbol(text.symbol, candidate.symbol)) return false;
	return !(text.session && candidate.session && text.session !== candidate.session);
}

/** Whether two symbols name the same document (case, spaces ignored). */
export function sameSymbol(a: string, b: string): boolean {
	return symbolKey(a) === symbolKey(b);
}

/** A symbol as compared: upper case, without spaces (`A/RES/76/40` for `a/res/76/ 40`). */
function symbolKey(symbol: string): string {
	return symbol.toUpperCase().replace(/\s+/g, '');
}
