/**
 * Text normalisation, in two layers.
 *
 * - {@link normalizeText} works on the whole decoded text once: line breaks, invisible characters left by
 *   word processors and PDF text layers, the many white space characters, radical code points. It never
 *   changes what a reader sees.
 * - {@link renderText} turns the raw text of one paragraph into what a reader sees: markup and footnote marks
 *   out (their positions kept), canonical white space (cjk.ts), bold printed several times in PDF text layers
 *   restored to once, tokenizer-mangled quotation marks restored. It keeps the positions of footnote marks and
 *   emphasis correct through every edit, in one linear pass per step.
 */
import {
	applyDeletions,
	canonicalizeSpacesTracked,
	codePointAt,
	codePointBefore,
	isCjkAt,
	isCjkCodePoint,
	toUnifiedIdeographs,
	type Deletions,
	type SpaceOptions
} from './cjk';
import { SUPERSCRIPT_DIGITS, readSuperscript } from './drafting';
import type { TextRange } from './types';

/** Options of {@link normalizeText}. */
export interface NormalizeOptions {
	/** Map Kangxi radicals, radicals supplement and compatibility ideographs to unified ideographs. Default true. */
	unifyIdeographs?: boolean;
}

/** Every line break convention → LF: CRLF, CR, NEL, line and paragraph separators, vertical tab, form feed. */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\u000B\u000C]/g;

/** White space other than LF and the ASCII space → the ASCII space (tab, no-break, ideographic, thin …). */
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Characters that are not text: soft hyphen, zero-width space, word joiner, BOM, bidi embedding controls
 * and the remaining C0/C1 control characters. Zero-width (non-)joiners stay: Arabic and Persian need them.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

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

/** Defaults of {@link normalizeText}. */
export const defaultNormalizeOptions: Required<NormalizeOptions> = { unifyIdeographs: true };

/**
 * Normalise a decoded text: LF line breaks, one kind of space, no invisible characters, Word's private-use
 * bullets as real bullets, radicals as ideographs. Indentation and trailing spaces stay (PDF text uses them
 * to mark paragraph starts and ends). Linear in the length of the text.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
	const { unifyIdeographs } = { ...defaultNormalizeOptions, ...options };
	let out = text.replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(SPACES, ' ');
	out = out.replace(PRIVATE_BULLET, (ch) => PRIVATE_BULLETS[ch] ?? ch);
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
 * Delete `deletions` (flat, sorted, non-overlapping ranges) from a tracked text. A position inside a
 * deleted range moves to where the range was. One pass over the text, plus a binary search per position.
 */
export function deleteRanges(input: TrackedText, deletions: Deletions): TrackedText {
	if (deletions.length === 0) return input;
	const map = offsetMapper(deletions);
	return {
		text: applyDeletions(input.text, deletions),
		marks: input.marks.map((m) => ({ mark: m.mark, offset: map(m.offset) })),
		emphasis: input.emphasis.map(([a, b]): TextRange => [map(a), map(b)])
	};
}

/** A function from old offsets to new ones after deleting `deletions`; binary search per offset. */
function offsetMapper(deletions: Deletions): (offset: number) => number {
	const count = deletions.length / 2;
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

/** Sort a flat list of ranges by start. */
function sortDeletions(deletions: Deletions): Deletions {
	const order = Array.from({ length: deletions.length / 2 }, (_, i) => i).sort((x, y) => deletions[2 * x] - deletions[2 * y]);
	const out: Deletions = [];
	for (const i of order) out.push(deletions[2 * i], deletions[2 * i + 1]);
	return out;
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
	/** Marks that have a footnote text in the document, so `[1]` and `^1` may be read as references. */
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
/** Runs of superscript digits: the only inline tokens outside Markdown. */
const SUPERSCRIPT_TOKENS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g;
/** Superscript runs, backslash escapes, brackets, carets and runs of * or _: the inline tokens of Markdown. */
const MARKDOWN_TOKENS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+|\\[\s\S]?|\[|\^|\*+|_+/g;
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

const isWhiteSpace = (cp: number) => cp < 0 || /\s/u.test(String.fromCodePoint(cp));
const isPunctuation = (cp: number) => cp >= 0 && /[\p{P}\p{S}]/u.test(String.fromCodePoint(cp));

/** Letters and digits that make a `*` between them part of a word: ASCII letters and every digit (`2*3`, `第1*号`). */
const isWordLike = (cp: number) => cp >= 0 && /[A-Za-z\p{N}]/u.test(String.fromCodePoint(cp));

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
	const before = codePointBefore(text, at);
	const after = codePointAt(text, at + len);
	const star = ch === '*';
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
	if (len > 3) open = close = false;
	return { at, len, ch, open, close };
}

/** Content of an underscore pair that is a lower-case identifier: `__init__`, `__name__`, `_id_` are code, not bold. */
const IDENTIFIER = /^[a-z0-9_]+$/;

/**
 * Find the well-formed emphasis pairs of a text. A closing run pairs with the nearest unclosed opening run of
 * the same character and the same length, with something between them; runs opened in between stay
 * characters (pairs never cross). Unlike CommonMark, runs of different lengths never pair (`**a*` is text),
 * and an underscore pair around a lower-case identifier is code. Every run not in a pair stays text. Linear:
 * one stack per kind of run.
 */
export function findEmphasisPairs(text: string, tokens: readonly { at: number; len: number; ch: '*' | '_' }[]): EmphasisPair[] {
	const pairs: EmphasisPair[] = [];
	const stacks = new Map<string, DelimiterRun[]>();
	for (const t of tokens) {
		const run = classifyDelimiterRun(text, t.at, t.len, t.ch);
		if (!run.open && !run.close) continue;
		const key = run.ch + run.len;
		const stack = stacks.get(key) ?? [];
		stacks.set(key, stack);
		const opener = stack[stack.length - 1];
		if (run.close && opener && opener.at + opener.len < run.at) {
			const inner = text.slice(opener.at + opener.len, run.at);
			if (!(run.ch === '_' && IDENTIFIER.test(inner))) {
				pairs.push({ open: opener, close: run });
				stack.pop();
				// Openers inside the pair can no longer close outside it.
				for (const other of stacks.values()) while (other.length > 0 && other[other.length - 1].at > opener.at) other.pop();
				continue;
			}
		}
		if (run.open) stack.push(run);
	}
	return pairs.sort((x, y) => x.open.at - y.open.at);
}

/** The runs of `*` and `_` of a text (backslash-escaped characters excluded), at most `limit` tokens read. */
function delimiterTokens(text: string, limit = MAX_INLINE_TOKENS): { at: number; len: number; ch: '*' | '_' }[] | null {
	const out: { at: number; len: number; ch: '*' | '_' }[] = [];
	DELIMITER_TOKENS.lastIndex = 0;
	let seen = 0;
	for (let m = DELIMITER_TOKENS.exec(text); m; m = DELIMITER_TOKENS.exec(text)) {
		if (++seen > limit) return null;
		const ch = m[0][0];
		if (ch === '*' || ch === '_') out.push({ at: m.index, len: m[0].length, ch });
	}
	return out;
}

/** Whether a line holds at least one well-formed emphasis pair: evidence that a text is Markdown. */
export function hasEmphasisPair(line: string): boolean {
	if (!line.includes('*') && !line.includes('_')) return false;
	const tokens = delimiterTokens(line);
	return tokens !== null && findEmphasisPairs(line, tokens).length > 0;
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
	const known = options.knownMarks ?? new Set<string>();
	const deletions: Deletions = [];
	const marks: MarkAt[] = [...input.marks];
	const emphasis: TextRange[] = [...input.emphasis];
	const runs: { at: number; len: number; ch: '*' | '_' }[] = [];
	// The native regex engine finds the few positions that matter; the loop looks only at those.
	const tokens = markdown ? MARKDOWN_TOKENS : SUPERSCRIPT_TOKENS;
	tokens.lastIndex = 0;
	let seen = 0;
	for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
		// Tens of thousands of markup signs in one paragraph are not markup: leave the text as it is.
		if (++seen > MAX_INLINE_TOKENS) return { ...input, markupSkipped: true };
		const i = m.index;
		const token = m[0];
		const ch = token[0];
		if (ch in SUPERSCRIPT_DIGITS) {
			if (!readMarks) continue;
			const before = codePointBefore(text, i);
			const afterLetter = before >= 0 && /[A-Za-z]/.test(String.fromCodePoint(before));
			if (!afterLetter) {
				marks.push({ mark: readSuperscript(token), offset: i });
				deletions.push(i, i + token.length);
			}
		} else if (ch === '\\') {
			// An escaped character is never markup; the backslash itself goes only in a Markdown text.
			if (escapes && token.length === 2 && MARKDOWN_ESCAPABLE.includes(token[1])) deletions.push(i, i + 1);
		} else if (ch === '[') {
			BRACKET_MARK.lastIndex = i;
			const b = BRACKET_MARK.exec(text);
			if (b && readMarks && (b[1] === '^' || known.has(b[2]))) {
				marks.push({ mark: b[2], offset: i });
				deletions.push(i, i + b[0].length);
				tokens.lastIndex = i + b[0].length;
			}
		} else if (ch === '^') {
			CARET_MARK.lastIndex = i;
			const c = CARET_MARK.exec(text);
			if (c && readMarks && known.has(c[1])) {
				marks.push({ mark: c[1], offset: i });
				deletions.push(i, i + c[0].length);
				tokens.lastIndex = i + c[0].length;
			}
		} else if (ch === '*' || ch === '_') runs.push({ at: i, len: token.length, ch });
	}
	// Flanking is judged on the text as written, marks included (`**宣言[^1]**` closes after the `]`).
	for (const { open, close } of findEmphasisPairs(text, runs)) {
		deletions.push(open.at, open.at + open.len, close.at, close.at + close.len);
		emphasis.push([open.at + open.len, close.at]);
	}
	return deleteRanges({ text, marks, emphasis }, sortDeletions(deletions));
}

/** Canonical white space (cjk.ts) of a tracked text, its marks and emphasis moved along. */
export function canonicalizeTracked(input: TrackedText, options: SpaceOptions = {}): TrackedText {
	const positions: number[] = [];
	for (const m of input.marks) positions.push(m.offset);
	for (const [a, b] of input.emphasis) positions.push(a, b);
	const order = positions.map((_, i) => i).sort((x, y) => positions[x] - positions[y]);
	const result = canonicalizeSpacesTracked(
		input.text,
		order.map((i) => positions[i]),
		options
	);
	const moved = new Array<number>(positions.length);
	order.forEach((i, rank) => (moved[i] = result.offsets[rank]));
	const marks = input.marks.map((m, i) => ({ mark: m.mark, offset: moved[i] }));
	const base = input.marks.length;
	const emphasis = input.emphasis.map((_, i): TextRange => [moved[base + 2 * i], moved[base + 2 * i + 1]]);
	return { text: result.text, marks, emphasis };
}

/** Options of {@link collapseRepeatedPrint}. */
export interface RepeatOptions {
	/** Fewest printings that count as the bold artefact, 3 or more (real text repeats a word at most twice). */
	minRepeats?: number;
	/** Longest word, in characters, looked for when whole words repeat. */
	maxWordLength?: number;
}

function isLetterUnit(c: string): boolean {
	const code = c.charCodeAt(0);
	if (code >= 0xd800 && code <= 0xdfff) return false;
	return /\p{L}/u.test(c);
}

/**
 * Find bold printed several times at the start of a text, as PDF text layers of UN documents give it: the
 * renderer draws each bold glyph N times (N = 4 in the seeds), and extraction yields either the whole word N
 * times (`大会大会大会大会`) or each character N times (`确确确确认认认认`). Returns the ranges to delete and
 * the range of the word once restored, or null. Twofold repetition is never touched: `国家国家元首` is real.
 */
export function findRepeatedPrint(text: string, options: RepeatOptions = {}): { deletions: Deletions; word: TextRange } | null {
	const minRepeats = Math.max(3, options.minRepeats ?? 3);
	const maxWord = options.maxWordLength ?? 12;
	if (text.length < minRepeats || !isLetterUnit(text[0])) return null;
	// Each character N times: groups of exactly N equal letters, N taken from the first group.
	let first = 1;
	while (first < text.length && text[first] === text[0]) first++;
	if (first >= minRepeats) {
		const size = first;
		const deletions: Deletions = [];
		let i = 0;
		// A bold word is a few characters: stop after maxWord groups, so a long run costs nothing.
		while (i < text.length && isLetterUnit(text[i]) && deletions.length < 2 * maxWord) {
			let j = i + 1;
			while (j < text.length && text[j] === text[i]) j++;
			if (j - i !== size) break;
			deletions.push(i + 1, j);
			i = j;
		}
		return { deletions, word: [0, i] };
	}
	// The whole word N times: the shortest word that repeats at least minRepeats times.
	for (let len = 2; len <= maxWord && len * minRepeats <= text.length; len++) {
		if (!isLetterUnit(text[len - 1])) break;
		const word = text.slice(0, len);
		let count = 1;
		while (text.startsWith(word, count * len)) count++;
		if (count >= minRepeats) return { deletions: [len, count * len], word: [0, count * len] };
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

/** Options of {@link renderText}. */
export interface RenderOptions extends SpaceOptions, MarkupOptions {
	/** Restore bold printed several times at the start of the paragraph (PDF text). Default true. */
	collapseRepeats?: boolean;
	/** Restore “ ” from ASCII quotes around Chinese text. Default false (on for Chinese). */
	chineseQuotes?: boolean;
}

/** Merge overlapping or touching ranges and drop empty ones, in order. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
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
export function renderText(input: TrackedText, options: RenderOptions = {}): TrackedText {
	let t = stripInlineMarkup(input, options);
	const markupSkipped = t.markupSkipped;
	t = canonicalizeTracked(t, options);
	if (options.collapseRepeats ?? true) t = collapseRepeatedPrint(t);
	if (options.chineseQuotes) t = { ...t, text: restoreChineseQuotes(t.text) };
	const out: TrackedText = {
		text: t.text,
		marks: [...t.marks].sort((a, b) => a.offset - b.offset),
		emphasis: mergeRanges(t.emphasis)
	};
	if (markupSkipped) out.markupSkipped = true;
	return out;
}
