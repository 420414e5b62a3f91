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
	codePointBefore,
	isCjkAt,
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
	/** Read Markdown: `**bold**`, `*italic*`, `__bold__`, backslash escapes, `[^1]` references. Default false. */
	markdown?: boolean;
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

/**
 * Take markup and footnote marks out of a paragraph's text, recording where the marks stood and which ranges
 * were emphasised. Superscript digits are marks everywhere (except right after a Latin letter, as in km²);
 * Markdown is read only when asked. HTML-like text (`<b>`, `<script>`) is never interpreted: it stays text.
 */
export function stripInlineMarkup(input: TrackedText, options: MarkupOptions = {}): TrackedText {
	const { text } = input;
	const markdown = options.markdown ?? false;
	const readMarks = options.marks ?? true;
	const known = options.knownMarks ?? new Set<string>();
	const deletions: Deletions = [];
	const marks: MarkAt[] = [...input.marks];
	const emphasis: TextRange[] = [...input.emphasis];
	const doubles: { at: number; len: number; ch: string }[] = [];
	const singles: number[] = [];
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
			if (token.length === 2 && MARKDOWN_ESCAPABLE.includes(token[1])) deletions.push(i, i + 1);
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
		} else if (token.length === 2 || token.length === 3) doubles.push({ at: i, len: token.length, ch });
		else if (token.length === 1 && ch === '*') singles.push(i);
	}
	// Bold: pair runs of the same character in order; an unpaired run is a markup remnant and goes too.
	for (const ch of ['*', '_']) {
		const runs = doubles.filter((r) => r.ch === ch);
		for (let k = 0; k < runs.length; k += 2) {
			const open = runs[k];
			const close = runs[k + 1];
			if (ch === '_' && !close) break; // a lone __ is more likely a blank to fill in than markup
			deletions.push(open.at, open.at + open.len);
			if (close) {
				deletions.push(close.at, close.at + close.len);
				emphasis.push([open.at + open.len, close.at]);
			}
		}
	}
	// Italic: a single * opens before a non-space and closes after one; anything else is a literal asterisk.
	for (let k = 0; k + 1 < singles.length; ) {
		const open = singles[k];
		const close = singles[k + 1];
		const inner = text.slice(open + 1, close);
		if (inner.length > 0 && !/^\s/.test(inner) && !/\s$/.test(inner)) {
			deletions.push(open, open + 1, close, close + 1);
			emphasis.push([open + 1, close]);
			k += 2;
		} else k += 1;
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
