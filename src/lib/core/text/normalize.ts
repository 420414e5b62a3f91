/**
 * Text normalisation, in two layers.
 *
 * - {@link normalizeText} works on the whole decoded text once: line breaks, invisible characters left by
 *   word processors and PDF text layers, the many white space characters, radical code points. It never
 *   changes what a reader sees.
 * - {@link cleanParagraphText} turns the raw text of one paragraph into what a reader sees: markup and footnote marks
 *   out (their positions kept), canonical white space (cjk.ts), bold printed several times in PDF text layers
 *   restored to once, tokenizer-mangled quotation marks restored. It keeps the positions of footnote marks and
 *   emphasis correct through every edit, in one linear pass per step.
 */
import {
	applyDeletions,
	canonicalizeSpacesInto,
	canonicalizeSpacesTracked,
	codePointAt,
	codePointBefore,
	isCjkAt,
	isCjkCodePoint,
	isLetterIdeographUnit,
	isSpaceUnit,
	toUnifiedIdeographs,
	type Deletions,
	type SpaceOptions
} from './cjk';
import { SUPERSCRIPT_CLASS, isSuperscriptDigit, readSuperscript } from './superscript';
import type { TextRange } from '../types';

/** Options of {@link normalizeText}. */
export interface NormalizeOptions {
	/** Map Kangxi radicals, radicals supplement and compatibility ideographs to unified ideographs. Default true. */
	unifyIdeographs?: boolean;
}

/**
 * Every line break convention → LF: CRLF, CR, NEL, line and paragraph separators, vertical tab, and a form feed
 * inside a line. A form feed that starts a line is pdftotext's page break: it stays, the one mark of where a
 * page ended (a trimmed line loses it, as white space).
 */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\u000B]|(?<![\n\r]|^)\u000C/g;

/** White space other than LF and the ASCII space → the ASCII space (tab, no-break, ideographic, thin …). */
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Characters that are not text: soft hyphen, zero-width space, word joiner, BOM, bidi embedding controls
 * and the remaining C0/C1 control characters. Zero-width (non-)joiners stay: Arabic and Persian need them.
 * A soft hyphen at the end of a line stays: it says the word goes on on the next line (the reader of the lines
 * joins them without a space and drops it).
 */
const INVISIBLE =
	/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\u00AD(?![^\S\n]*(?:\r|\n|$))/g;

/** Bullets of the Symbol and Wingdings fonts, which Word pastes as private-use characters. */
const PRIVATE_BULLETS: Readonly<Record<string, string>> = {
	'\uF0B7': '•',
	'\uF0A7': '▪',
	'\uF0A8': '□',
	'\uF0D8': '➢',
	'\uF0FC': '✓',
	'\uF076': '❖'
};
const PRIVATE_BULLET = /[\uF0B7\uF0A7\uF0A8\uF0D8\uF0FC\uF076]/g;

/** Any character one of the four passes above would change: most texts have none, and one search costs less than four. */
const NEEDS_NORMALIZING = new RegExp([LINE_BREAKS, INVISIBLE, SPACES, PRIVATE_BULLET].map((re) => re.source).join('|'));

/** Defaults of {@link normalizeText}. */
export const defaultNormalizeOptions: Required<NormalizeOptions> = { unifyIdeographs: true };

/**
 * Normalise a decoded text: LF line breaks, one kind of space, no invisible characters, Word's private-use
 * bullets as real bullets, radicals as ideographs. Indentation and trailing spaces stay (PDF text uses them
 * to mark paragraph starts and ends). Linear in the length of the text.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
	const { unifyIdeographs } = { ...defaultNormalizeOptions, ...options };
	let out = text;
	if (NEEDS_NORMALIZING.test(text)) {
		out = text.replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(SPACES, ' ');
		out = out.replace(PRIVATE_BULLET, (ch) => PRIVATE_BULLETS[ch] ?? ch);
	}
	return unifyIdeographs ? toUnifiedIdeographs(out) : out;
}

/** A footnote mark and where it stood. */
export interface MarkAt {
	/** The mark as printed, in ASCII digits where it was a superscript: `"1"`, `"*"`. */
	mark: string;
	/** UTF-16 offset in the text where the mark stood (the mark itself is not in the text). */
	offset: number;
}

/** A text with the positions that must follow it through edits. */
export interface TrackedText {
	text: string;
	/** Footnote marks, in text order. */
	marks: MarkAt[];
	/** Emphasised ranges (bold or italic in print). */
	emphasis: TextRange[];
	/** Set when markup was left as text because there was too much of it to be markup. */
	markupSkipped?: boolean;
}

/** A tracked text with nothing to track. */
export function trackText(text: string): TrackedText {
	return { text, marks: [], emphasis: [] };
}

/**
 * Delete `deletions` (flat, sorted, non-overlapping ranges; their first `count` entries, so the list may be a
 * reused buffer, which is not kept) from a tracked text. A position inside a deleted range moves to where the
 * range was. One pass over the text, plus a binary search per position.
 */
export function deleteRanges(input: TrackedText, deletions: Deletions, count = deletions.length): TrackedText {
	if (count === 0) return input;
	const text = applyDeletions(input.text, deletions, count);
	const { marks, emphasis } = input;
	// Most paragraphs have no position to move: no table to build.
	if (marks.length === 0 && emphasis.length === 0) return { text, marks: [], emphasis: [] };
	// A paragraph's few deletions are scanned directly; a long list gets a table and a binary search.
	const table = count > 32 ? offsetMapper(deletions, count) : null;
	// Arrays of their final length, filled in place (this runs for every paragraph).
	const movedMarks = new Array<MarkAt>(marks.length);
	for (let i = 0; i < marks.length; i++) {
		movedMarks[i] = { mark: marks[i].mark, offset: mapOffset(deletions, count, table, marks[i].offset) };
	}
	const movedEmphasis = new Array<TextRange>(emphasis.length);
	for (let i = 0; i < emphasis.length; i++) {
		movedEmphasis[i] = [
			mapOffset(deletions, count, table, emphasis[i][0]),
			mapOffset(deletions, count, table, emphasis[i][1])
		];
	}
	return { text, marks: movedMarks, emphasis: movedEmphasis };
}

/** Where `offset` goes after `deletions`: by the table when there is one, else by a scan. */
function mapOffset(
	deletions: Deletions,
	count: number,
	table: ((offset: number) => number) | null,
	offset: number
): number {
	return table === null ? mapPastFew(deletions, count, offset) : table(offset);
}

/** {@link offsetMapper}'s answer for one offset, by a linear scan of the deletions: no table to build. */
function mapPastFew(deletions: Deletions, count: number, offset: number): number {
	let removed = 0;
	for (let d = 0; d < count && deletions[d] < offset; d += 2) {
		// Deletions do not overlap: only the last one that starts before `offset` can hold it.
		if (offset < deletions[d + 1]) return deletions[d] - removed;
		removed += deletions[d + 1] - deletions[d];
	}
	return offset - removed;
}

/** A function from old offsets to new ones after deleting `deletions`; binary search per offset. */
function offsetMapper(deletions: Deletions, length: number): (offset: number) => number {
	const count = length / 2;
	// removedBefore[i] = total length of the first i deletions.
	const removedBefore = new Float64Array(count + 1);
	for (let i = 0; i < count; i++) removedBefore[i + 1] = removedBefore[i] + deletions[2 * i + 1] - deletions[2 * i];
	return (offset: number) => {
		// lo = the number of deletions that start before `offset`.
		let lo = 0;
		let hi = count;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (deletions[2 * mid] < offset) lo = mid + 1;
			else hi = mid;
		}
		if (lo === 0) return offset;
		const a = deletions[2 * (lo - 1)];
		const b = deletions[2 * (lo - 1) + 1];
		if (offset < b) return a - removedBefore[lo - 1];
		return offset - removedBefore[lo];
	};
}

/** Options of {@link stripInlineMarkup}. */
export interface MarkupOptions {
	/** Read Markdown: `**bold**`, `*italic*`, `__bold__` (well-formed pairs only), `[^1]` references. Default false. */
	markdown?: boolean;
	/**
	 * Read backslash escapes (`\*` → `*`): the backslash goes. Default: the value of `markdown`. Give false for a
	 * text that is not clearly Markdown, where a backslash is a character (`C:\_data`) and must stay.
	 */
	escapes?: boolean;
	/**
	 * Marks that have a footnote text in the document, so `[1]` and `^1` may be read as references, and a
	 * superscript right after a word ("Goals⁶") as a mark rather than an exponent.
	 */
	knownMarks?: ReadonlySet<string>;
	/** Read footnote marks (superscripts, `[^1]`). Default true; false inside footnote texts themselves. */
	marks?: boolean;
}

const MARKDOWN_ESCAPABLE = '\\`*_{}[]()#+-.!>|~';

/** Most markup signs read in one paragraph; beyond that the paragraph's markup stays as text. */
const MAX_INLINE_TOKENS = 20_000;

/** A footnote reference written `[^1]`, `[1]` or `[*]`. */
const BRACKET_MARK = /\[(\^?)(\d{1,3}|\*{1,3})\]/y;
/** A footnote reference written `^1`. */
const CARET_MARK = /\^(\d{1,3})/y;
/** The first character of an inline token outside Markdown: a superscript digit, of a run of them. */
const SUPERSCRIPT_START = new RegExp(`[${SUPERSCRIPT_CLASS}]`, 'g');
/**
 * The first character of an inline token of Markdown: superscript digit (of a run of them), backslash (of an
 * escape: it and the next character), bracket, caret, `*` or `_` (of a run of the same character).
 */
const MARKDOWN_START = new RegExp(`[${SUPERSCRIPT_CLASS}\\\\[^*_]`, 'g');
/** Runs of * or _ and backslash escapes (which protect the next character): what emphasis is read from. */
const DELIMITER_TOKENS = /\\[\s\S]?|\*+|_+/g;

/** A run of `*` or `_` (a CommonMark "delimiter run"), and whether it may open or close emphasis. */
export interface DelimiterRun {
	/** UTF-16 offset of the run's first character. */
	at: number;
	/** Length of the run, 1 to 3 (longer runs are never markup: `________` is a blank to fill in). */
	len: number;
	ch: '*' | '_';
	open: boolean;
	close: boolean;
}

/** A well-formed emphasis pair: an opening and a closing run of the same character and length. */
export interface EmphasisPair {
	open: DelimiterRun;
	close: DelimiterRun;
}

/** Punctuation and symbols, and what makes a `*` part of a word: ASCII letters and every digit (`2*3`, `第1*号`). */
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WORD_LIKE = /[A-Za-z\p{N}]/u;

/** ASCII punctuation and symbols (all of `!"#$%&'()*+,-./:;<=>?@[\]^_\`{|}~`): PUNCTUATION over ASCII. */
function isAsciiPunctuation(c: number): boolean {
	return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** ASCII letters and digits: WORD_LIKE over ASCII. */
function isAsciiAlphanumeric(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Han ideographs of the basic plane (extension A and the unified block): never white space, punctuation or a digit. */
function isBasicIdeograph(cp: number): boolean {
	return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);
}

// The classes below are asked of every character beside a `*` or `_`. Answers for ASCII and ideographs come
// from ranges; only the rare other characters go to a regex (which needs a string of the character).
const isWhiteSpace = (cp: number) => cp < 0 || (cp <= 0xffff && isSpaceUnit(cp));
function isPunctuation(cp: number): boolean {
	if (cp < 0) return false;
	if (cp < 0x80) return isAsciiPunctuation(cp);
	return !isBasicIdeograph(cp) && PUNCTUATION.test(String.fromCodePoint(cp));
}

/** Letters and digits that make a `*` between them part of a word: ASCII letters and every digit (`2*3`, `第1*号`). */
function isWordLike(cp: number): boolean {
	if (cp < 0) return false;
	if (cp < 0x80) return isAsciiAlphanumeric(cp);
	return !isBasicIdeograph(cp) && WORD_LIKE.test(String.fromCodePoint(cp));
}

/** Bits of {@link delimiterFlags}. */
const OPENS = 1;
const CLOSES = 2;

/** {@link classifyDelimiterRun} as two bits, {@link OPENS} and {@link CLOSES}: the hot path allocates nothing. */
function delimiterFlags(text: string, at: number, len: number, star: boolean): number {
	if (len > 3) return 0;
	const before = codePointBefore(text, at);
	const after = codePointAt(text, at + len);
	const cjk = star && (isCjkCodePoint(before) || isCjkCodePoint(after));
	const left = !isWhiteSpace(after) && (!isPunctuation(after) || isWhiteSpace(before) || isPunctuation(before) || cjk);
	const right = !isWhiteSpace(before) && (!isPunctuation(before) || isWhiteSpace(after) || isPunctuation(after) || cjk);
	let open: boolean;
	let close: boolean;
	if (star) {
		const inWord = left && right && !(cjk && !isWordLike(before) && !isWordLike(after));
		open = left && !inWord;
		close = right && !inWord;
	} else {
		open = left && (!right || isPunctuation(before));
		close = right && (!left || isPunctuation(after));
	}
	return (open ? OPENS : 0) | (close ? CLOSES : 0);
}

/**
 * Whether a run of `ch` at [at, at + len) may open and close emphasis. CommonMark 0.31 (§6.2) with two changes,
 * both towards keeping characters:
 * - `*`: next to a CJK character the run flanks as if that character were a letter, so `**大会，**回顾` closes
 *   (Chinese bold often takes its comma). A run that is both left- and right-flanking (inside a word) acts
 *   only beside a CJK character and beside no digit or ASCII letter: `又**强调**必须` is bold, but `2*3*4`,
 *   `第1*号`, `x**y` and `[*]见[*]` are characters, as they are in the documents that print them.
 * - `_`: CommonMark as written: never inside a word (`snake_case_name`, `a__b__c`).
 */
export function classifyDelimiterRun(text: string, at: number, len: number, ch: '*' | '_'): DelimiterRun {
	const flags = delimiterFlags(text, at, len, ch === '*');
	return { at, len, ch, open: (flags & OPENS) !== 0, close: (flags & CLOSES) !== 0 };
}

/** Content of an underscore pair that is a lower-case identifier: `__init__`, `__name__`, `_id_` are code, not bold. */
const IDENTIFIER = /^[a-z0-9_]+$/;

/** A run of `*` or `_` as found in a text, before it is classified. */
type RunToken = { at: number; len: number; ch: '*' | '_' };

/**
 * The runs of `*` and `_` of one text, and how they pair. Each call makes its own, so that no call can see
 * another's state (the core is re-entrant); a paragraph without a `*`, `_` or mark never makes one.
 */
interface Runs {
	at: number[];
	len: number[];
	star: boolean[];
	/** The index of the run each run pairs with, or -1. */
	partner: number[];
	count: number;
}

/** An empty set of runs. */
function newRuns(): Runs {
	return { at: [], len: [], star: [], partner: [], count: 0 };
}

/** Adds a run at `at`, `len` units long, of `*` (else `_`). */
function addRun(runs: Runs, at: number, len: number, star: boolean): void {
	runs.at[runs.count] = at;
	runs.len[runs.count] = len;
	runs.star[runs.count++] = star;
}

/** Kinds of run that can be markup: `*`, `**`, `***`, `_`, `__`, `___`. */
const RUN_KINDS = 6;

/**
 * Pair the runs (the pairing of {@link findEmphasisPairs}), filling `runs.partner`. Returns how many runs are
 * in a pair.
 */
function pairRuns(text: string, runs: Runs): number {
	const { at: runAt, len: runLen, star: runIsStar, partner: runPartner, count } = runs;
	// One stack of run indices per kind of run, made when the kind is first met, and the height of each.
	const runStacks: number[][] = [];
	const stackHeights = new Array<number>(RUN_KINDS).fill(0);
	// A bit per kind of run whose stack this call has used.
	let used = 0;
	let paired = 0;
	for (let i = 0; i < count; i++) {
		runPartner[i] = -1;
		const at = runAt[i];
		const len = runLen[i];
		const star = runIsStar[i];
		// Runs of one to three characters can be markup; any other length stays text.
		if (len < 1 || len > 3) continue;
		const flags = delimiterFlags(text, at, len, star);
		if (flags === 0) continue;
		const kind = (star ? 0 : 3) + len - 1;
		const stack = (runStacks[kind] ??= []);
		if (flags & CLOSES && (used & (1 << kind)) !== 0 && stackHeights[kind] > 0) {
			const o = stack[stackHeights[kind] - 1];
			const innerAt = runAt[o] + runLen[o];
			if (innerAt < at && !(!star && IDENTIFIER.test(text.slice(innerAt, at)))) {
				runPartner[o] = i;
				runPartner[i] = o;
				paired += 2;
				stackHeights[kind]--;
				// Openers inside the pair can no longer close outside it.
				const openerAt = runAt[o];
				for (let k = 0; k < RUN_KINDS; k++) {
					if ((used & (1 << k)) === 0) continue;
					while (stackHeights[k] > 0 && runAt[runStacks[k][stackHeights[k] - 1]] > openerAt) stackHeights[k]--;
				}
				continue;
			}
		}
		if (flags & OPENS) {
			used |= 1 << kind;
			stack[stackHeights[kind]++] = i;
		}
	}
	return paired;
}

/**
 * Find the well-formed emphasis pairs of a text. A closing run pairs with the nearest unclosed opening run of
 * the same character and the same length, with something between them; runs opened in between stay
 * characters (pairs never cross). Unlike CommonMark, runs of different lengths never pair (`**a*` is text),
 * and an underscore pair around a lower-case identifier is code. Every run not in a pair stays text. Linear:
 * one stack per kind of run.
 */
export function findEmphasisPairs(text: string, tokens: readonly RunToken[]): EmphasisPair[] {
	const runs = newRuns();
	for (const token of tokens) addRun(runs, token.at, token.len, token.ch === '*');
	const pairs: EmphasisPair[] = [];
	if (pairRuns(text, runs) === 0) return pairs;
	for (let i = 0; i < tokens.length; i++) {
		const j = runs.partner[i];
		if (j < i) continue;
		const open = tokens[i];
		const close = tokens[j];
		pairs.push({
			open: classifyDelimiterRun(text, open.at, open.len, open.ch),
			close: classifyDelimiterRun(text, close.at, close.len, close.ch)
		});
	}
	return pairs.sort((x, y) => x.open.at - y.open.at);
}

/** Whether a line holds at least one well-formed emphasis pair: evidence that a text is Markdown. */
export function hasEmphasisPair(line: string): boolean {
	if (!line.includes('*') && !line.includes('_')) return false;
	// The runs of `*` and `_` (backslash-escaped characters excluded), at most MAX_INLINE_TOKENS tokens read.
	DELIMITER_TOKENS.lastIndex = 0;
	let seen = 0;
	const runs = newRuns();
	for (let m = DELIMITER_TOKENS.exec(line); m; m = DELIMITER_TOKENS.exec(line)) {
		if (++seen > MAX_INLINE_TOKENS) return false;
		const c = m[0].charCodeAt(0);
		if (c === 0x2a || c === 0x5f) addRun(runs, m.index, m[0].length, c === 0x2a);
	}
	return pairRuns(line, runs) > 0;
}

/**
 * Take markup and footnote marks out of a paragraph's text, recording where the marks stood and which ranges
 * were emphasised. Superscript digits are marks everywhere (except right after a Latin letter, as in km²);
 * Markdown is read only when asked, and then only what is well-formed: the runs of a pair found by
 * {@link findEmphasisPairs}, the backslash of an escape (when `escapes`), footnote references. Everything else
 * stays text: a lone `**`, `__init__`, `2*3*4`, links `[text](url)` (the URL is part of what a delegate
 * compares), and HTML-like text (`<b>`, `<script>`, `&lt;`), which is never interpreted.
 */
export function stripInlineMarkup(input: TrackedText, options: MarkupOptions = {}): TrackedText {
	const { text } = input;
	const markdown = options.markdown ?? false;
	const escapes = options.escapes ?? markdown;
	const readMarks = options.marks ?? true;
	const known = options.knownMarks;
	// The native regex engine finds the few positions that matter; the loop looks only at those, and reads
	// each token's extent itself (no match object to allocate).
	const starts = markdown ? MARKDOWN_START : SUPERSCRIPT_START;
	starts.lastIndex = 0;
	// Most paragraphs have no markup sign and no superscript at all.
	if (!starts.test(text)) return { text, marks: input.marks.slice(), emphasis: input.emphasis.slice() };
	const n = text.length;
	// Deletions other than emphasis delimiters go to otherCuts, in text order; the runs of * and _ to `runs`;
	// marks, when there are any, to a copy of the input's.
	const otherCuts: Deletions = [];
	let others = 0;
	const runs = newRuns();
	let marks: MarkAt[] | null = null;
	let seen = 0;
	for (let i = starts.lastIndex - 1; i >= 0; i = starts.test(text) ? starts.lastIndex - 1 : -1) {
		// Tens of thousands of markup signs in one paragraph are not markup: leave the text as it is.
		if (++seen > MAX_INLINE_TOKENS) return { ...input, markupSkipped: true };
		const c = text.charCodeAt(i);
		let end = i + 1;
		if (c === 0x2a || c === 0x5f) {
			while (end < n && text.charCodeAt(end) === c) end++;
			addRun(runs, i, end - i, c === 0x2a);
		} else if (c === 0x5c) {
			// An escaped character is never markup; the backslash itself goes only in a Markdown text.
			if (end < n) {
				end++;
				if (escapes && MARKDOWN_ESCAPABLE.includes(text[i + 1])) {
					otherCuts[others++] = i;
					otherCuts[others++] = i + 1;
				}
			}
		} else if (c === 0x5b) {
			BRACKET_MARK.lastIndex = i;
			const b = BRACKET_MARK.exec(text);
			if (b && readMarks && (b[1] === '^' || (known !== undefined && known.has(b[2])))) {
				(marks ??= input.marks.slice()).push({ mark: b[2], offset: i });
				end = i + b[0].length;
				otherCuts[others++] = i;
				otherCuts[others++] = end;
			}
		} else if (c === 0x5e) {
			CARET_MARK.lastIndex = i;
			const caret = CARET_MARK.exec(text);
			if (caret && readMarks && known !== undefined && known.has(caret[1])) {
				(marks ??= input.marks.slice()).push({ mark: caret[1], offset: i });
				end = i + caret[0].length;
				otherCuts[others++] = i;
				otherCuts[others++] = end;
			}
		} else {
			while (end < n && isSuperscriptDigit(text.charCodeAt(end))) end++;
			// A run of superscript digits: a mark, unless it follows a Latin letter (km²) and the document has no
			// footnote of that mark (English and Spanish print marks right after a word: "Goals⁶").
			const before = codePointBefore(text, i);
			const mark = readSuperscript(text.slice(i, end));
			const afterLetter = (before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a);
			if (readMarks && (!afterLetter || known?.has(mark))) {
				(marks ??= input.marks.slice()).push({ mark, offset: i });
				otherCuts[others++] = i;
				otherCuts[others++] = end;
			}
		}
		starts.lastIndex = end;
	}
	// Flanking is judged on the text as written, marks included (`**宣言[^1]**` closes after the `]`).
	const paired = runs.count > 0 ? pairRuns(text, runs) : 0;
	if (paired === 0) {
		const tracked = { text, marks: marks ?? input.marks.slice(), emphasis: input.emphasis.slice() };
		return others === 0 ? tracked : deleteRanges(tracked, otherCuts, others);
	}
	// Merge the delimiters of the pairs into the other deletions (both lists are in text order already), and
	// read the emphasised ranges between them.
	const ranges = new Array<TextRange>(paired / 2);
	const { at: runAt, len: runLen, partner: runPartner } = runs;
	const allCuts: Deletions = [];
	let all = 0;
	let d = 0;
	let e = 0;
	for (let r = 0; r < runs.count; r++) {
		const p = runPartner[r];
		if (p < 0) continue;
		const at = runAt[r];
		for (; d < others && otherCuts[d] < at; d += 2) {
			allCuts[all++] = otherCuts[d];
			allCuts[all++] = otherCuts[d + 1];
		}
		allCuts[all++] = at;
		allCuts[all++] = at + runLen[r];
		if (p > r) ranges[e++] = [at + runLen[r], runAt[p]];
	}
	for (; d < others; d++) allCuts[all++] = otherCuts[d];
	const emphasis = input.emphasis.length === 0 ? ranges : input.emphasis.concat(ranges);
	// deleteRanges makes new arrays of marks and emphasis: the input's may be passed as they are.
	return deleteRanges({ text, marks: marks ?? input.marks, emphasis }, allCuts, all);
}

/** Canonical white space (cjk.ts) of a tracked text, its marks and emphasis moved along. */
export function canonicalizeTracked(input: TrackedText, options: SpaceOptions = {}): TrackedText {
	const { marks, emphasis } = input;
	const tokenized = options.tokenized ?? false;
	const base = marks.length;
	const count = base + 2 * emphasis.length;
	// The positions of the paragraph (marks first, then each emphasised range's two ends) and where they move.
	const positions = new Array<number>(count);
	const moved = new Array<number>(count);
	for (let i = 0; i < base; i++) positions[i] = marks[i].offset;
	for (let i = 0; i < emphasis.length; i++) {
		positions[base + 2 * i] = emphasis[i][0];
		positions[base + 2 * i + 1] = emphasis[i][1];
	}
	// The few positions of a paragraph are usually in order already; sort (by index) only when they are not.
	let sorted = true;
	for (let i = 1; i < count && sorted; i++) sorted = positions[i - 1] <= positions[i];
	let text: string;
	if (sorted) text = canonicalizeSpacesInto(input.text, positions, count, moved, tokenized);
	else {
		const order = Array.from({ length: count }, (_, i) => i).sort((x, y) => positions[x] - positions[y]);
		const result = canonicalizeSpacesTracked(
			input.text,
			order.map((i) => positions[i]),
			options
		);
		text = result.text;
		order.forEach((i, rank) => (moved[i] = result.offsets[rank]));
	}
	// Arrays of their final length, filled in place (this runs for every paragraph).
	const movedMarks = new Array<MarkAt>(base);
	for (let i = 0; i < base; i++) movedMarks[i] = { mark: marks[i].mark, offset: moved[i] };
	const movedEmphasis = new Array<TextRange>(emphasis.length);
	for (let i = 0; i < emphasis.length; i++) movedEmphasis[i] = [moved[base + 2 * i], moved[base + 2 * i + 1]];
	return { text, marks: movedMarks, emphasis: movedEmphasis };
}

/** Options of {@link collapseRepeatedPrint}. */
export interface RepeatOptions {
	/** Fewest printings that count as the bold artefact, 3 or more (real text repeats a word at most twice). */
	minRepeats?: number;
	/** Longest word, in characters, looked for when whole words repeat. */
	maxWordLength?: number;
}

/** Letters of every script; asked only of units outside ASCII, the common ideographs and general punctuation. */
const LETTER = /\p{L}/u;

/** Whether a UTF-16 unit is a letter by itself (a surrogate is not). */
function isLetterUnit(code: number): boolean {
	if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
	if (isLetterIdeographUnit(code)) return true;
	if (code >= 0xd800 && code <= 0xdfff) return false;
	// The typographic quotation marks, dashes and superscript digits a paragraph of PDF text opens or ends with
	// are no letters: told without compiling the Unicode class for text beyond Latin-1.
	if ((code >= 0x2000 && code <= 0x206f) || isSuperscriptDigit(code)) return false;
	return LETTER.test(String.fromCharCode(code));
}

/**
 * Whether a text opens with a word of three equal Latin letters, printed once: a roman numeral ("III.", "XXX
 * "), a web address ("www.un.org"), a placeholder of a draft ("xxx"). A bold Latin letter printed three times
 * would read the same, and is the rarer.
 */
function isLatinTripleWord(text: string, c0: number): boolean {
	if (c0 >= 0x80) return false;
	return text.length === 3 || !isLetterUnit(text.charCodeAt(3));
}

/** Most printings of the bold artefact: renderers draw a bold glyph a few times (4 in the seeds), never dozens. */
const MAX_REPEATS = 8;

/**
 * Find bold printed several times at the start of a text, as PDF text layers of UN documents give it: the
 * renderer draws each bold glyph N times (N = 4 in the seeds), and extraction yields either the whole word N
 * times (`大会大会大会大会`) or each character N times (`确确确确认认认认`). Returns the ranges to delete and
 * the range of the word once restored, or null. Twofold repetition is never touched: `国家国家元首` is real.
 */
export function findRepeatedPrint(
	text: string,
	options: RepeatOptions = {}
): { deletions: Deletions; word: TextRange } | null {
	const minRepeats = Math.max(3, options.minRepeats ?? 3);
	const maxWord = options.maxWordLength ?? 12;
	if (text.length < minRepeats) return null;
	const c0 = text.charCodeAt(0);
	if (!isLetterUnit(c0)) return null;
	// Each character N times: groups of exactly N equal letters, N taken from the first group.
	let first = 1;
	while (first < text.length && text.charCodeAt(first) === c0) first++;
	// "III." and "www." are words printed once, not a letter printed three times; "xxxxxxxxxx" is no bold either.
	if (first >= minRepeats && first <= MAX_REPEATS && !(first === 3 && isLatinTripleWord(text, c0))) {
		const size = first;
		const deletions: Deletions = [];
		let i = 0;
		// A bold word is a few characters: stop after maxWord groups, so a long run costs nothing.
		while (i < text.length && isLetterUnit(text.charCodeAt(i)) && deletions.length < 2 * maxWord) {
			const c = text.charCodeAt(i);
			let j = i + 1;
			while (j < text.length && text.charCodeAt(j) === c) j++;
			if (j - i !== size) break;
			deletions.push(i + 1, j);
			i = j;
		}
		return { deletions, word: [0, i] };
	}
	// The whole word N times: the shortest word that repeats at least minRepeats times. Its second printing
	// brings the first character back within maxWord characters; most texts never do.
	const again = text.indexOf(text[0], 1);
	if (again < 0 || again > maxWord) return null;
	for (let len = 2; len <= maxWord && len * minRepeats <= text.length; len++) {
		if (!isLetterUnit(text.charCodeAt(len - 1))) break;
		// A word printed again right after itself brings its first character back: test that before slicing.
		if (text.charCodeAt(len) !== c0) continue;
		const word = text.slice(0, len);
		let count = 1;
		while (count <= MAX_REPEATS && text.startsWith(word, count * len)) count++;
		if (count >= minRepeats && count <= MAX_REPEATS) return { deletions: [len, count * len], word: [0, count * len] };
	}
	return null;
}

/** Restore bold printed several times at the start of a tracked text, marking the word as emphasised. */
export function collapseRepeatedPrint(input: TrackedText, options: RepeatOptions = {}): TrackedText {
	const found = findRepeatedPrint(input.text, options);
	if (!found) return input;
	const withWord: TrackedText = { ...input, emphasis: [...input.emphasis, found.word] };
	return deleteRanges(withWord, found.deletions);
}

/**
 * Turn ASCII double quotes back into Chinese quotation marks “ ” where they enclose Chinese text. A corpus
 * tokenizer replaced “ ” by `"`; the pairs are taken in order, and only if every pair encloses a CJK
 * character, so English quotations and stray inch marks stay as they are. Same length: positions stay valid.
 */
export function restoreChineseQuotes(text: string): string {
	if (!text.includes('"')) return text;
	const at: number[] = [];
	for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) at.push(i);
	if (at.length % 2 !== 0) return text;
	for (let k = 0; k < at.length; k += 2) {
		let cjk = false;
		for (let i = at[k] + 1; i < at[k + 1] && !cjk; i++) cjk = isCjkAt(text, i);
		if (!cjk) return text;
	}
	const parts: string[] = [];
	let last = 0;
	at.forEach((i, k) => {
		parts.push(text.slice(last, i), k % 2 === 0 ? '“' : '”');
		last = i + 1;
	});
	parts.push(text.slice(last));
	return parts.join('');
}

/** The defaults of {@link collapseRepeatedPrint}, given once rather than as a new object for every paragraph. */
const DEFAULT_REPEATS: RepeatOptions = {};

/** Options of {@link cleanParagraphText}. */
export interface CleanTextOptions extends SpaceOptions, MarkupOptions {
	/** Restore bold printed several times at the start of the paragraph (PDF text). Default true. */
	collapseRepeats?: boolean;
	/** Restore “ ” from ASCII quotes around Chinese text. Default false (on for Chinese). */
	chineseQuotes?: boolean;
}

/** Merge overlapping or touching ranges and drop empty ones, in order. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
	// A paragraph has none or one emphasised range (its opening verb) far more often than several.
	if (ranges.length === 0) return [];
	if (ranges.length === 1) {
		const r = ranges[0];
		return r[1] > r[0] ? [[r[0], r[1]]] : [];
	}
	const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const out: TextRange[] = [];
	for (const [a, b] of sorted) {
		const lastRange = out[out.length - 1];
		if (lastRange && a <= lastRange[1]) lastRange[1] = Math.max(lastRange[1], b);
		else out.push([a, b]);
	}
	return out;
}

/**
 * The text of one paragraph as a reader sees it: markup and marks out, canonical white space, bold printed
 * several times restored, Chinese quotation marks restored. Marks and emphasis follow every edit.
 */
export function cleanParagraphText(input: TrackedText, options: CleanTextOptions = {}): TrackedText {
	let t = stripInlineMarkup(input, options);
	const markupSkipped = t.markupSkipped;
	t = canonicalizeTracked(t, options);
	if (options.collapseRepeats ?? true) t = collapseRepeatedPrint(t, DEFAULT_REPEATS);
	// canonicalizeTracked made new arrays of marks (and collapseRepeatedPrint newer ones): sorted in place,
	// they are still not the caller's.
	const out: TrackedText = {
		text: options.chineseQuotes ? restoreChineseQuotes(t.text) : t.text,
		marks: t.marks.length > 1 ? t.marks.sort((a, b) => a.offset - b.offset) : t.marks,
		// One range, not empty (a bold verb), is merged already, and its array is as new as the marks'.
		emphasis: t.emphasis.length === 1 && t.emphasis[0][1] > t.emphasis[0][0] ? t.emphasis : mergeRanges(t.emphasis)
	};
	if (markupSkipped) out.markupSkipped = true;
	return out;
}
