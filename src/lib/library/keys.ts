/**
 * Matching keys: the forms in which the library compares a phrase with a paragraph.
 *
 * Two keys per text, both without white space and in lower case:
 * - the **typographic key** folds what the comparison already treats as typography: white space (the
 *   tokenizer's spaces between Chinese characters, line breaks), full-width and compatibility forms
 *   (NFKC, one code unit at a time), hyphen and dash forms (`non‑nuclear` with U+2011 is `non-nuclear`),
 *   quotation mark styles (`"…"`, `“…”`, `「…」`) and letter case. Equal typographic keys are the same
 *   wording as a reader sees it.
 * - the **routine key** also replaces every stretch of routine tokens (dates, document symbols,
 *   session and meeting numbers, agenda items: the grammar of core/routine.ts, via
 *   `routineTokenRanges`) by one placeholder, so that `Recalling its resolution 72/6 of 13 November 2017`
 *   and `Recalling its resolution 79/8 of 4 December 2024` have the same key, and a list of recalled
 *   resolutions that grew by one (`57/63 … 78/37` → `57/63 … 79/46`) is still one placeholder.
 *
 * Each key keeps, for each of its code units, the offset in the original text it came from, so that a
 * match in a key maps back to a range of the paragraph a reader can see highlighted.
 *
 * Cost: one pass over the text for the fold, one run of the routine grammar (a dozen regular
 * expressions), one pass to build both keys: linear in the length of the text.
 */
// Each from its own module, not the core's index: `search --library` loads these and not the whole core.
import { normalizeText } from '../core/text/normalize';
import { routinePatternsFor, routineTokenRanges, type RoutinePattern } from '../core/diff/routine';
import type { TextRange } from '../core/types';

/** Stands for one stretch of routine tokens in a routine key; a private-use character no text contains. */
export const ROUTINE_PLACEHOLDER = '\uE000';

/** The two matching keys of a text, with the offset in the text of each key's code units. */
export interface MatchKeys {
	/** Typographic key: white space out, typography folded, lower case. */
	fold: string;
	/** Routine key: the typographic key with each stretch of routine tokens as one {@link ROUTINE_PLACEHOLDER}. */
	routine: string;
	/** `foldAt[i]` is the offset in the text of `fold[i]`. */
	foldAt: Int32Array;
	/** `routineAt[i]` is the offset in the text of `routine[i]`; a placeholder points at its stretch's start. */
	routineAt: Int32Array;
	/** `routineEnd[i]` is the end offset in the text of `routine[i]` (past its stretch, for a placeholder). */
	routineEnd: Int32Array;
}

/** Hyphen and dash forms, folded to the ASCII hyphen: ‐ ‑ ‒ – — ― − ﹘ ﹣ －. */
const HYPHENS = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);

/** Quotation marks and apostrophes of every style, folded to `"` (the routine grammar's quotation-marks set). */
const QUOTES = new Set([
	0x22, 0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x300c, 0x300d, 0x300e, 0x300f, 0xab,
	0xbb, 0x2039, 0x203a, 0xff02, 0xff07
]);

/** Folds of code units above ASCII, computed once each (NFKC of one code unit is a table look-up after). */
const foldCache = new Map<number, number>();

/** The fold of one UTF-16 unit: a unit of the same length, so offsets stay put. */
function foldUnit(c: number): number {
	if (c < 0x80) return c === 0x27 ? 0x22 : c;
	const cached = foldCache.get(c);
	if (cached !== undefined) return cached;
	let folded = c;
	if (HYPHENS.has(c)) folded = 0x2d;
	else if (QUOTES.has(c)) folded = 0x22;
	else if (c === 0x3000 || c === 0xa0) folded = 0x20;
	else if (c < 0xd800 || c > 0xdfff) {
		// NFKC of the unit alone: full-width Ｆ → F, ２ → 2, compatibility ideographs → unified. Kept
		// only when it is one unit, so the key maps back one to one (ﬁ stays ﬁ).
		const n = String.fromCharCode(c).normalize('NFKC');
		if (n.length === 1)
			folded = HYPHENS.has(n.charCodeAt(0)) ? 0x2d : QUOTES.has(n.charCodeAt(0)) ? 0x22 : n.charCodeAt(0);
	}
	foldCache.set(c, folded);
	return folded;
}

/** Whether a (folded) unit is white space. */
function isSpace(c: number): boolean {
	return (
		c === 0x20 ||
		(c >= 0x09 && c <= 0x0d) ||
		c === 0x85 ||
		(c >= 0x2000 && c <= 0x200b) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0xfeff
	);
}

/** Lower case of one unit when that keeps it one unit (Latin, Cyrillic, Greek…); Chinese has none. */
function lowerUnit(c: number): number {
	if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
	if (c < 0xc0 || (c >= 0x2e80 && c <= 0xffef)) return c;
	const lower = String.fromCharCode(c).toLowerCase();
	return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** The text with every unit folded ({@link foldUnit}): the same length, so offsets carry over. */
export function foldTypography(text: string): string {
	let changed = false;
	const units = new Uint16Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const f = foldUnit(c);
		units[i] = f;
		if (f !== c) changed = true;
	}
	if (!changed) return text;
	let out = '';
	// fromCharCode in chunks: spreading a long array at once overflows the call stack.
	for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
	return out;
}

/**
 * The matching keys of a text (a paragraph, a title or a phrase someone typed). The text is normalised
 * as the parser normalises documents first (invisible characters, radicals), so a phrase pasted from
 * anywhere meets the paragraphs on equal terms.
 */
export function matchKeys(text: string): MatchKeys {
	const folded = foldTypography(normalizeText(text));
	return keysOf(folded, routineRangesOf(folded));
}

/**
 * {@link matchKeys} of a text, with where its routine tokens stand (the stretches its routine key replaces by
 * placeholders, as offsets of the normalised text): what a library stores of each paragraph text, so that a
 * search finds a match's offsets ({@link matchKeysWithRanges}) without running the routine grammar again.
 */
export function matchKeysAndRanges(text: string): { keys: MatchKeys; ranges: TextRange[] } {
	const folded = foldTypography(normalizeText(text));
	const ranges = routineRangesOf(folded);
	return { keys: keysOf(folded, ranges), ranges };
}

/** {@link matchKeys} of a text whose routine ranges are known ({@link matchKeysAndRanges} of the same text): the same keys. */
export function matchKeysWithRanges(text: string, ranges: readonly TextRange[]): MatchKeys {
	return keysOf(foldTypography(normalizeText(text)), ranges);
}

/**
 * The routine ranges of a normalised, folded text. The grammar of every language whose script the text
 * is written in: a phrase someone typed names no language, and a paragraph is keyed the same way as a
 * phrase so that their keys meet.
 */
function routineRangesOf(folded: string): TextRange[] {
	return routineTokenRanges(folded, { patterns: patternsForScripts(folded) });
}

/** Both keys of a normalised, folded text, given its routine ranges. */
function keysOf(folded: string, ranges: readonly TextRange[]): MatchKeys {
	const n = folded.length;
	const fold: number[] = [];
	const foldAt = new Int32Array(n);
	const routine: number[] = [];
	const routineAt = new Int32Array(n);
	const routineEnd = new Int32Array(n);
	let r = 0;
	for (let i = 0; i < n; i++) {
		while (r < ranges.length && ranges[r][1] <= i) r++;
		const inRoutine = r < ranges.length && ranges[r][0] <= i;
		const c = folded.charCodeAt(i);
		if (inRoutine && i === ranges[r][0]) {
			routineAt[routine.length] = i;
			routineEnd[routine.length] = ranges[r][1];
			routine.push(ROUTINE_PLACEHOLDER.charCodeAt(0));
		}
		if (isSpace(c)) continue;
		const lower = lowerUnit(c);
		foldAt[fold.length] = i;
		fold.push(lower);
		if (!inRoutine) {
			routineAt[routine.length] = i;
			routineEnd[routine.length] = i + 1;
			routine.push(lower);
		}
	}
	return {
		fold: fromUnits(fold),
		routine: fromUnits(routine),
		foldAt: foldAt.slice(0, fold.length),
		routineAt: routineAt.slice(0, routine.length),
		routineEnd: routineEnd.slice(0, routine.length)
	};
}

/**
 * Routine ranges as stored: `start-end` pairs separated by commas, `""` for none. Compact, and read
 * back without a JSON parse.
 */
export function encodeRanges(ranges: readonly TextRange[]): string {
	return ranges.map(([start, end]) => `${start}-${end}`).join(',');
}

/** Routine ranges from their stored form ({@link encodeRanges}). */
export function decodeRanges(stored: string): TextRange[] {
	if (stored === '') return [];
	return stored.split(',').map((pair) => {
		const dash = pair.indexOf('-');
		return [Number(pair.slice(0, dash)), Number(pair.slice(dash + 1))];
	});
}

/**
 * The script each language's routine grammar is written in: its dates, ordinals and agenda items
 * name months and numbers in words of that script, so a text without a letter of it holds none of
 * them. Symbols (`A/RES/73/7`) are every language's and always looked for.
 */
const SCRIPTS: readonly { languages: readonly string[]; letters: RegExp }[] = [
	{ languages: ['en', 'fr', 'es'], letters: /[A-Za-z\u00c0-\u024f]/ },
	{ languages: ['zh'], letters: /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/ },
	{ languages: ['ru'], letters: /[\u0400-\u04ff]/ },
	{ languages: ['ar'], letters: /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]/ }
];

/** Grammars by the scripts present, made once each (at most 16 combinations). */
const grammarsByScripts = new Map<number, readonly RoutinePattern[]>();

/**
 * The routine grammar for a text: the shared patterns and those of the languages whose script it
 * uses. WHY: the grammars of six languages hold some 60 kB of patterns (the French, Spanish and
 * Russian ordinals spelt out); running all of them over every paragraph was most of the cost of
 * indexing, and a pattern of a script the text does not use cannot match it.
 */
function patternsForScripts(text: string): readonly RoutinePattern[] {
	let mask = 0;
	SCRIPTS.forEach((s, i) => {
		if (s.letters.test(text)) mask |= 1 << i;
	});
	let patterns = grammarsByScripts.get(mask);
	if (!patterns) {
		const wanted: string[] = [];
		SCRIPTS.forEach((s, i) => {
			if (mask & (1 << i)) wanted.push(...s.languages);
		});
		patterns = routinePatternsFor(wanted);
		grammarsByScripts.set(mask, patterns);
	}
	return patterns;
}

/** A string from UTF-16 units, in chunks (a spread of a long array overflows the call stack). */
function fromUnits(units: number[]): string {
	let out = '';
	for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
	return out;
}

/**
 * The typographic key alone, without the routine grammar's work: what the library's full-text index
 * holds for each paragraph, and the first, cheap test of a candidate. Equal to `matchKeys(text).fold`.
 */
export function foldKey(text: string): string {
	const folded = foldTypography(normalizeText(text));
	const units: number[] = [];
	for (let i = 0; i < folded.length; i++) {
		const c = folded.charCodeAt(i);
		if (!isSpace(c)) units.push(lowerUnit(c));
	}
	return fromUnits(units);
}

/** The typographic key with the offset of each of its units in the text, without the routine grammar's work. */
export function foldKeyAt(text: string): { fold: string; foldAt: Int32Array } {
	const folded = foldTypography(normalizeText(text));
	const units: number[] = [];
	const at = new Int32Array(folded.length);
	for (let i = 0; i < folded.length; i++) {
		const c = folded.charCodeAt(i);
		if (isSpace(c)) continue;
		at[units.length] = i;
		units.push(lowerUnit(c));
	}
	return { fold: fromUnits(units), foldAt: at.slice(0, units.length) };
}

/** The routine key alone: what the library stores of each paragraph to screen candidates. */
export function routineKey(text: string): string {
	return matchKeys(text).routine;
}

/**
 * A 32-bit hash of a key (FNV-1a over its UTF-16 units): paragraphs with equal routine keys are the
 * same paragraph up to routine updates, and documents that share many are versions of one resolution.
 */
export function hashKey(key: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		h ^= key.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h | 0;
}

/**
 * A 64-bit digest of a key, as 16 hexadecimal digits: two independent 32-bit hashes (FNV-1a, and a
 * multiply-rotate hash seeded apart). The library stores each distinct paragraph text once under it;
 * two texts of a million would share a digest with odds of about one in 10^7.
 */
export function digestKey(key: string): string {
	let a = 0x811c9dc5;
	let b = 0x9747b28c;
	for (let i = 0; i < key.length; i++) {
		const c = key.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
		b ^= b >>> 13;
	}
	b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
	b ^= key.length;
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
