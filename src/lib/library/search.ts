/**
 * Where was this wording used before: one phrase against the paragraphs of a library.
 *
 * A paragraph uses a phrase
 * - **exactly** when the phrase's typographic key is part of the paragraph's (keys.ts: white space,
 *   full-width forms, hyphen and quotation styles and case do not count), similarity 1;
 * - **nearly, by routine update** when the routine keys match instead: the phrase's dates, symbols,
 *   sessions or lists of recalled resolutions differ, its words do not. Similarity is the bigram Dice
 *   coefficient of the two typographic texts, so a match that differs by a date scores just under 1;
 * - **nearly, by rewording** when some window of the paragraph as long as the phrase shares at least
 *   {@link NEAR_SIMILARITY} of its character bigrams with the phrase's routine key (weighted Dice,
 *   counted with a sliding window in one pass: O(paragraph length)). A word added or changed
 *   (强调 → 强调指出, "concern" → "grave concern") still matches; a different sentence with the same
 *   words does not.
 *
 * Routine tolerance needs wording around the routine tokens: a phrase whose key outside them is shorter
 * than {@link ROUTINE_MIN_WORDING} units is matched exactly only (a search for `A/RES/73/7` must not find
 * every symbol); one that is mostly a list of resolutions matches another list only if the two share at
 * least half of the phrase's resolutions (a later version of the same chain, not another resolution's).
 * Rewording tolerance needs a phrase of {@link NEAR_MIN_LENGTH} units or more, mostly words: a short
 * phrase is its words, and lists of dates and symbols all look alike bigram by bigram.
 *
 * Hits are ordered oldest first (date, else the session's year, then symbol and paragraph order), and
 * the hits of the oldest document holding the phrase are marked as its first use.
 */
import type { Paragraph, ParagraphKind, TextRange } from '../core/types';
import { foldKey, foldKeyAt, matchKeys, matchKeysWithRanges, ROUTINE_PLACEHOLDER, type MatchKeys } from './keys';
import { citedResolutions } from './recalled';

/**
 * Least similarity of a reworded match, 0..1: the share of the phrase's character bigrams a window of
 * the paragraph must have. At 0.8 a 100-character sentence may differ in about ten characters.
 */
export const NEAR_SIMILARITY = 0.8;

/** Shortest phrase (routine key, UTF-16 units) matched with rewording tolerance; shorter ones match exactly. */
export const NEAR_MIN_LENGTH = 16;

/** Least wording outside routine tokens (units of the routine key) for routine tolerance to apply. */
export const ROUTINE_MIN_WORDING = 8;

/** A phrase prepared for matching: its keys and what kind of tolerance it allows. */
export interface PreparedQuery {
	phrase: string;
	keys: MatchKeys;
	/** Whether a match of the routine key counts (enough wording outside routine tokens). */
	routineTolerant: boolean;
	/** Whether reworded matches count (the phrase is long enough). */
	nearTolerant: boolean;
	/**
	 * For a phrase that is mostly a list of resolutions, the resolutions it cites: a routine match must
	 * cite at least {@link LIST_OVERLAP} of them. Null for a phrase that is mostly words.
	 */
	listSymbols: string[] | null;
	/** Bigrams of the tolerance key: each distinct bigram's id ({@link BigramTable}), and how often it occurs. */
	bigrams: BigramTable;
	bigramCounts: Int32Array;
	/** How many bigrams the tolerance key has (the sum of {@link bigramCounts}). */
	bigramTotal: number;
}

/**
 * The distinct bigrams of a phrase, each with an id: an open-addressing hash table on typed arrays.
 * WHY not a Map: a bigram packed in one number exceeds the small integers a Map hashes cheaply (a
 * Chinese bigram is above 2^31), and looking up every bigram of every candidate paragraph was most of
 * the time of a reworded search.
 */
export class BigramTable {
	readonly first: Uint16Array;
	readonly second: Uint16Array;
	/** Id of the bigram in each slot, -1 for an empty slot. */
	readonly slots: Int32Array;
	readonly mask: number;
	size = 0;

	constructor(capacity: number) {
		let slots = 16;
		while (slots < capacity * 2) slots *= 2;
		this.first = new Uint16Array(slots);
		this.second = new Uint16Array(slots);
		this.slots = new Int32Array(slots).fill(-1);
		this.mask = slots - 1;
	}

	/** The id of the bigram `a b`, or -1 when the phrase has none. */
	get(a: number, b: number): number {
		for (let slot = (Math.imul(a, 0x9e3779b1) ^ b) & this.mask; ; slot = (slot + 1) & this.mask) {
			const id = this.slots[slot];
			if (id < 0 || (this.first[slot] === a && this.second[slot] === b)) return id;
		}
	}

	/** The id of the bigram `a b`, given the next id when it is new. */
	add(a: number, b: number): number {
		let slot = (Math.imul(a, 0x9e3779b1) ^ b) & this.mask;
		while (this.slots[slot] >= 0) {
			if (this.first[slot] === a && this.second[slot] === b) return this.slots[slot];
			slot = (slot + 1) & this.mask;
		}
		this.first[slot] = a;
		this.second[slot] = b;
		this.slots[slot] = this.size;
		return this.size++;
	}
}

/** How one paragraph uses the phrase. */
export interface ParagraphMatch {
	exact: boolean;
	/** 0..1: 1 for an exact match. */
	similarity: number;
	/** Where the match stands in the paragraph's text (UTF-16 offsets, half-open). */
	range: TextRange;
}

/** Prepare a phrase; null when it has nothing to match (empty, or white space and punctuation only). */
export function prepareQuery(phrase: string): PreparedQuery | null {
	const keys = matchKeys(phrase);
	if (keys.fold.length === 0) return null;
	const wording = keys.routine.split(ROUTINE_PLACEHOLDER).join('').length;
	const mostlyWording = wording * 2 >= keys.fold.length;
	const symbols = citedResolutions(phrase);
	// A phrase that is mostly a list of resolutions ("Recalling its resolutions 61/5 of …, 62/7 of …")
	// matches another list only when they share most of their resolutions: a later version's list,
	// not any other resolution's.
	const routineTolerant =
		keys.routine !== keys.fold &&
		wording >= ROUTINE_MIN_WORDING &&
		(mostlyWording || symbols.length >= MIN_SHARED_LIST);
	const nearKey = routineTolerant ? keys.routine : keys.fold;
	// Bigrams of digits and dates are few and shared by every list of symbols: rewording tolerance
	// needs words.
	const nearTolerant = mostlyWording && nearKey.length >= NEAR_MIN_LENGTH;
	const bigrams = new BigramTable(nearKey.length);
	const counts: number[] = [];
	for (let i = 0; i + 1 < nearKey.length; i++) {
		const id = bigrams.add(nearKey.charCodeAt(i), nearKey.charCodeAt(i + 1));
		if (id === counts.length) counts.push(0);
		counts[id]++;
	}
	return {
		phrase,
		keys,
		routineTolerant,
		nearTolerant,
		listSymbols: mostlyWording ? null : symbols,
		bigrams,
		bigramCounts: Int32Array.from(counts),
		bigramTotal: Math.max(0, nearKey.length - 1)
	};
}

/** Resolutions a list must share with the phrase's list, as a share of the phrase's (0..1). */
export const LIST_OVERLAP = 0.5;

/** Fewest resolutions a phrase that is mostly a list must cite for routine tolerance. */
const MIN_SHARED_LIST = 2;

/** The bigram at `i` of a key, two UTF-16 units packed in one number. */
function bigramOf(key: string, i: number): number {
	return key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1);
}

/** The key the phrase is matched by with tolerance: the routine key when routine tolerance applies. */
export function toleranceKey(query: PreparedQuery): string {
	return query.routineTolerant ? query.keys.routine : query.keys.fold;
}

/**
 * Keys of a paragraph the caller already has (a library stores both keys and the routine ranges of each
 * text); missing ones are computed.
 */
export interface KnownKeys {
	fold?: string;
	routine?: string;
	/** The text's routine ranges (keys.ts `matchKeysAndRanges`): a match's offsets without the routine grammar. */
	ranges?: readonly TextRange[];
	keys?: MatchKeys;
}

/**
 * How a paragraph's text uses the phrase, or null when it does not. The typographic and routine keys
 * decide; the offsets (matchKeys, which runs the routine grammar) are computed only for a match. The
 * text may be given as a function, called only when the text is needed.
 */
export function matchParagraph(
	query: PreparedQuery,
	paragraph: string | (() => string),
	known: KnownKeys = {}
): ParagraphMatch | null {
	const q = query.keys;
	// The text itself is needed for a match's offsets only: a library reads it for matches alone.
	let text = typeof paragraph === 'string' ? paragraph : null;
	const textOf = () => (text ??= (paragraph as () => string)());
	let keys = known.keys;
	// The offsets of both keys, for a match only: from the stored ranges when there are some.
	const keysOfText = () => (known.ranges ? matchKeysWithRanges(textOf(), known.ranges) : matchKeys(textOf()));
	const fold = keys?.fold ?? known.fold ?? foldKey(textOf());
	const exactAt = fold.indexOf(q.fold);
	if (exactAt >= 0) {
		// Offsets of the typographic key suffice: the routine grammar is not needed for an exact match.
		const foldAt = keys?.foldAt ?? foldKeyAt(textOf()).foldAt;
		return { exact: true, similarity: 1, range: [foldAt[exactAt], foldAt[exactAt + q.fold.length - 1] + 1] };
	}
	const routine = query.routineTolerant ? (keys?.routine ?? known.routine ?? (keys = keysOfText()).routine) : '';
	if (query.routineTolerant) {
		const at = routine.indexOf(q.routine);
		if (at >= 0 && sharesList(query, textOf())) {
			keys ??= keysOfText();
			const range: TextRange = [keys.routineAt[at], keys.routineEnd[at + q.routine.length - 1]];
			const similarity = Math.min(0.99, dice(q.fold, foldOfRange(keys, range)));
			return { exact: false, similarity: round(similarity), range };
		}
	}
	if (!query.nearTolerant) return null;
	const best = bestWindow(query, query.routineTolerant ? routine : fold);
	if (best.similarity < NEAR_SIMILARITY) return null;
	keys ??= keysOfText();
	const at = query.routineTolerant ? keys.routineAt : keys.foldAt;
	const endAt = query.routineTolerant ? keys.routineEnd : null;
	const last = Math.max(best.start, best.end - 1);
	const range: TextRange = [at[best.start], endAt ? endAt[last] : at[last] + 1];
	return { exact: false, similarity: round(Math.min(0.99, best.similarity)), range: snapToWords(textOf(), range) };
}

/** Letters and digits of alphabetic scripts, whose words a highlighted range should not cut. */
const WORD_UNIT = /[\p{L}\p{N}]/u;

/**
 * A reworded match's window has the phrase's length, not the words': widen it to whole words of
 * alphabetic scripts (`safeguard` → `safeguards`). Chinese has no word boundaries to snap to.
 */
function snapToWords(text: string, [start, end]: TextRange): TextRange {
	const isWord = (i: number) => i >= 0 && i < text.length && text.charCodeAt(i) < 0x2e80 && WORD_UNIT.test(text[i]);
	while (isWord(start - 1) && isWord(start)) start--;
	while (isWord(end) && isWord(end - 1)) end++;
	return [start, end];
}

/** Whether a paragraph cites enough of the resolutions of a phrase that is mostly a list of them. */
function sharesList(query: PreparedQuery, text: string): boolean {
	if (!query.listSymbols) return true;
	const cited = new Set(citedResolutions(text));
	const shared = query.listSymbols.filter((s) => cited.has(s)).length;
	return shared >= query.listSymbols.length * LIST_OVERLAP;
}

/** The typographic key of the part of a text in `range`. */
function foldOfRange(keys: MatchKeys, range: TextRange): string {
	let out = '';
	for (let i = 0; i < keys.fold.length; i++)
		if (keys.foldAt[i] >= range[0] && keys.foldAt[i] < range[1]) out += keys.fold[i];
	return out;
}

/**
 * The window of `key` as long as the phrase whose bigram multiset is most like the phrase's: a sliding
 * window keeps the counts of the phrase's bigrams in it and their overlap with the phrase, updated by one
 * bigram in and one out per step. Dice over multisets: 2·overlap / (|phrase| + |window|) bigrams.
 */
function bestWindow(query: PreparedQuery, key: string): { similarity: number; start: number; end: number } {
	const m = query.bigramTotal;
	const n = key.length - 1;
	if (m === 0 || n <= 0) return NO_WINDOW;
	const width = Math.min(m, n);
	const counts = query.bigramCounts;
	if (scratch.length < n) scratch = new Int32Array(Math.max(n, 2 * scratch.length));
	const ids = scratch;
	// The table's look-up, written out: this loop runs over every unit of every candidate.
	const { first, second, slots, mask } = query.bigrams;
	let shared = 0;
	let next = key.charCodeAt(0);
	for (let i = 0; i < n; i++) {
		const c = next;
		next = key.charCodeAt(i + 1);
		let slot = (Math.imul(c, 0x9e3779b1) ^ next) & mask;
		let id = slots[slot];
		while (id >= 0 && (first[slot] !== c || second[slot] !== next)) {
			slot = (slot + 1) & mask;
			id = slots[slot];
		}
		ids[i] = id;
		if (id >= 0) shared++;
	}
	// No window can share more of the phrase's bigrams than the whole key does: too few, and no window
	// reaches the least similarity of a match.
	// Compared by a product, not a quotient, with a margin that only ever lets a candidate through:
	// a quotient that is 0 for the first candidates and a fraction later makes the optimizing
	// compiler throw its code away mid-search.
	if (2 * Math.min(shared, width) < NEAR_SIMILARITY * (m + width) - 1e-9) return NO_WINDOW;
	if (inWindowScratch.length < counts.length) inWindowScratch = new Int32Array(Math.max(counts.length, 64));
	const inWindow = inWindowScratch;
	inWindow.fill(0, 0, counts.length);
	let overlap = 0;
	for (let i = 0; i < width; i++) {
		const id = ids[i];
		if (id >= 0 && inWindow[id]++ < counts[id]) overlap++;
	}
	let best = overlap;
	let bestStart = 0;
	for (let start = 1; start + width <= n; start++) {
		const out = ids[start - 1];
		if (out >= 0 && --inWindow[out] < counts[out]) overlap--;
		const incoming = ids[start + width - 1];
		if (incoming >= 0 && inWindow[incoming]++ < counts[incoming]) overlap++;
		if (overlap > best) {
			best = overlap;
			bestStart = start;
		}
	}
	return { similarity: (2 * best) / (m + width), start: bestStart, end: bestStart + width + 1 };
}

/** What {@link bestWindow} answers for a key no window of which can match. */
const NO_WINDOW = Object.freeze({ similarity: 0, start: 0, end: 0 });

/** Buffers {@link bestWindow} reuses from one candidate to the next: the bigram ids of a key, the counts in a window. */
let scratch = new Int32Array(1024);
let inWindowScratch = new Int32Array(64);

/** Bigram Dice coefficient of two keys (multisets), 0..1. */
export function dice(a: string, b: string): number {
	if (a === b) return 1;
	if (a.length < 2 || b.length < 2) return 0;
	const counts = new Map<number, number>();
	for (let i = 0; i + 1 < a.length; i++) counts.set(bigramOf(a, i), (counts.get(bigramOf(a, i)) ?? 0) + 1);
	let overlap = 0;
	for (let i = 0; i + 1 < b.length; i++) {
		const g = bigramOf(b, i);
		const c = counts.get(g) ?? 0;
		if (c > 0) {
			overlap++;
			counts.set(g, c - 1);
		}
	}
	return (2 * overlap) / (a.length - 1 + b.length - 1);
}

/** A similarity rounded to three decimals, as reported. */
function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}

/** What the library knows of the document a hit is in. */
export interface HitDocument {
	symbol: string | null;
	date: string | null;
	session: number | null;
	source: string;
	language?: string;
	title?: string | null;
}

/** One paragraph using the phrase (`search --format json`, CONTRACT.md). */
export interface SearchHit {
	symbol: string | null;
	date: string | null;
	source: string;
	paragraph: { id: string; kind: ParagraphKind; number: string | null; text: string };
	exact: boolean;
	similarity: number;
	/** Extension: the hits of the oldest document holding the phrase: its first use. */
	first?: boolean;
	/** Extension: where the match stands in the paragraph's text. */
	range: TextRange;
	/** Extension: the session of the document, when known. */
	session: number | null;
	/** Extension: the language of the document. */
	language?: string;
	/** Extension: how the paragraph is cited, in the document's language: `序言 3`, `OP4 (a)`. */
	label?: string;
}

/** The answer of a search (`search --format json`). */
export interface SearchResult {
	version: 1;
	query: string;
	hits: SearchHit[];
}

/** A hit before ordering: the paragraph, its document, the match, and the paragraph's place in it. */
export interface RawHit {
	document: HitDocument;
	paragraph: Pick<Paragraph, 'id' | 'kind' | 'number' | 'text'>;
	/** How the paragraph is cited (`序言 3`, `OP4`), when known. */
	label?: string;
	/** Position of the paragraph in its document (0-based), for ordering hits of one document. */
	order: number;
	match: ParagraphMatch;
}

/**
 * When a document was adopted, as a sortable string: its date, else the year its session opened
 * (session n opens in September of 1945 + n), else nothing ("~" sorts after every date).
 */
export function chronologicalKey(doc: { date: string | null; session: number | null }): string {
	if (doc.date) return doc.date;
	if (doc.session) return `${1945 + doc.session}-09-00`;
	return '~';
}

/** Two documents in order of adoption, oldest first; undated ones last. Code-unit order, not the locale's, which puts `~` first. */
export function compareChronology(
	a: { date: string | null; session: number | null },
	b: { date: string | null; session: number | null }
): number {
	const x = chronologicalKey(a);
	const y = chronologicalKey(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * One collator for every comparison, made on first need: `localeCompare` with options builds a
 * collator per call, which made ordering the hits of a common word most of a search's time, and making
 * the one collator costs a command's start some 15 ms.
 */
let naturalOrder: Intl.Collator | null = null;

/** Symbols in natural order: A/RES/80/9 before A/RES/80/10 (the collator's order, numeric). */
export function compareSymbols(a: string | null, b: string | null): number {
	const x = a ?? '\uffff';
	const y = b ?? '\uffff';
	const quick = compareDigitRuns(x, y);
	if (quick !== null) return quick;
	naturalOrder ??= new Intl.Collator('en', { numeric: true });
	return naturalOrder.compare(x, y);
}

/**
 * The collator's answer for the usual pair of symbols without the collator: two symbols alike up to a
 * run of ASCII digits that differ in value (A/RES/80/9, A/RES/80/10) stand in the order of those
 * values, as numeric collation orders them. Null for any other pair (letters or punctuation that
 * differ, leading zeros, one symbol the start of the other), which the collator decides.
 */
function compareDigitRuns(x: string, y: string): number | null {
	if (x === y) return 0;
	let i = 0;
	let j = 0;
	while (i < x.length && j < y.length) {
		const digit = isDigit(x.charCodeAt(i));
		if (digit !== isDigit(y.charCodeAt(j))) return null;
		let ie = i + 1;
		let je = j + 1;
		while (ie < x.length && isDigit(x.charCodeAt(ie)) === digit) ie++;
		while (je < y.length && isDigit(y.charCodeAt(je)) === digit) je++;
		const rx = x.slice(i, ie);
		const ry = y.slice(j, je);
		if (rx !== ry) {
			if (!digit || rx[0] === '0' || ry[0] === '0' || rx.length > 15 || ry.length > 15) return null;
			return Number(rx) < Number(ry) ? -1 : 1;
		}
		i = ie;
		j = je;
	}
	return null;
}

function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/** Order hits oldest first and mark the first use: the search result of the contract. */
export function orderHits(phrase: string, raw: readonly RawHit[]): SearchResult {
	// Documents are compared once each, not once per pair of hits: a common word has thousands of hits
	// in a few hundred documents.
	const documents = [...new Set(raw.map((h) => h.document))].sort(
		(a, b) =>
			compareChronology(a, b) ||
			compareSymbols(a.symbol, b.symbol) ||
			(a.source < b.source ? -1 : a.source > b.source ? 1 : 0)
	);
	const rank = new Map(documents.map((d, i) => [d, i]));
	const sorted = [...raw].sort((a, b) => rank.get(a.document)! - rank.get(b.document)! || a.order - b.order);
	const first = sorted[0];
	const hits = sorted.map((h): SearchHit => {
		const hit: SearchHit = {
			symbol: h.document.symbol,
			date: h.document.date,
			source: h.document.source,
			paragraph: { id: h.paragraph.id, kind: h.paragraph.kind, number: h.paragraph.number, text: h.paragraph.text },
			exact: h.match.exact,
			similarity: h.match.similarity,
			range: h.match.range,
			session: h.document.session
		};
		if (h.document.language) hit.language = h.document.language;
		if (h.label) hit.label = h.label;
		if (first && h.document.source === first.document.source && h.document.symbol === first.document.symbol)
			hit.first = true;
		return hit;
	});
	return { version: 1, query: phrase, hits };
}
