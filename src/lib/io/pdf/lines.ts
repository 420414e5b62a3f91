/**
 * Step 3 of reading a PDF: runs → lines, by position and not by drawing order. A PDF draws text in whatever
 * order its producer chose (Word draws a running header after the body, Chromium an inline box after the line
 * it sits in, a letterhead table cell by cell), so runs are grouped by their vertical extent and read left to
 * right. A footnote mark (digits set smaller and raised) joins its line as superscript digits, the form the
 * clean text gives marks; a wide gap splits a line into cells (the columns of the letterhead, the two ends of a
 * running header). Cost: O(r · l) for r runs and the few lines above each (the search stops past a clear gap).
 *
 * Right-to-left lines (Arabic, Hebrew) are drawn in visual order: glyphs, and runs, from left to right. A line
 * with more right-to-left letters than left-to-right ones is read from right to left, each run's glyphs
 * reversed except the stretches of Latin letters and digits in it ("A/76/444", "2001"), which read left to
 * right: the Unicode bidirectional algorithm run backwards, for lines whose base direction is right to left.
 */
import { toSuperscriptDigits } from '../../core/text/superscript';
import { RTL_LETTER, wordGapOf, type PdfTextRun } from './words';

/** A piece of a line: text with its weight. */
export interface Segment {
	text: string;
	bold: boolean;
}

/** A line of text rebuilt from runs that share a baseline. */
export interface Line {
	/** Its runs with text, left to right. */
	runs: PdfTextRun[];
	/** Baseline of the line's main runs. */
	y: number;
	/** Main font size: the size that carries most of the line's characters. */
	size: number;
	left: number;
	right: number;
	/** Cells: pieces of the line separated by wide gaps (table columns, header left and right). */
	cells: Segment[][];
	/** Plain text of the whole line, cells separated by a space. */
	text: string;
	/** 1-based page number. */
	page: number;
	/** Every character of it is bold. */
	bold: boolean;
	/** Every character of it is italic. */
	italic: boolean;
	/** Set right to left (Arabic, Hebrew): its text is in logical order, its runs from right to left. */
	rtl: boolean;
}

export const HAN = /\p{Script=Han}/u;
export const LATIN_OR_DIGIT = /[\p{L}\p{N}]/u;
/** CJK and full-width punctuation (，。、；：《》（）): never a space beside it. */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef]/u;
/** Punctuation shared with Latin text (“ ” ‘ ’ — … ·): no space beside it when Chinese is on the other side. */
const SHARED_PUNCT = /[\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

/** True when no space belongs between two adjacent characters of Chinese text. */
export function tight(a: string, b: string): boolean {
	const chinese = (c: string) => HAN.test(c) || CJK_PUNCT.test(c);
	if (CJK_PUNCT.test(a) || CJK_PUNCT.test(b) || (HAN.test(a) && HAN.test(b))) return true;
	return (SHARED_PUNCT.test(a) && (chinese(b) || SHARED_PUNCT.test(b))) || (SHARED_PUNCT.test(b) && chinese(a));
}

/**
 * A gap this wide splits a line into cells (the columns of the letterhead, the left and right ends of a running
 * header). Unit: em of the line's size. Word's tab after an operative number is about 2 em: one cell.
 */
const CELL_GAP = 2.5;
/** A run belongs to a line when their glyph boxes overlap by this share of the smaller box. Unit: ratio. */
const LINE_OVERLAP = 0.5;
/** Runs collide (two lines in one baseline band, side by side) when they overlap this share of one. Unit: ratio. */
const COLLISION = 0.3;
/** A footnote mark is at most this share of its line's size. Unit: ratio; Word sets 65 %, LibreOffice 58 %. */
const MARK_MAX_SIZE = 0.8;
/** A footnote mark's baseline is raised at least this share of its line's size. Unit: em; Word raises 0.35. */
const MARK_MIN_RISE = 0.15;

/** How far glyphs reach below the baseline and above it, as shares of the size (Times: 0.22 and 0.89). Unit: em. */
const DESCENT = 0.12;
const ASCENT = 0.8;
/** Lines further up than this many sizes above a run cannot take it: the search for its line stops. Unit: em. */
const LINE_SEARCH = 3;
/** Sizes are compared in quarter points: a run of 9.96 pt and one of 10 pt are one size. Unit: 1/pt. */
const SIZE_STEPS = 4;

/** How far the stretches from a0 to a1 and from b0 to b1 overlap (negative: the gap between them). */
function spanOverlap(a0: number, a1: number, b0: number, b1: number): number {
	return Math.min(a1, b1) - Math.max(a0, b0);
}

/**
 * Whether a run collides with a run of a line (two lines side by side in one baseline band): their glyphs
 * overlap by more than {@link COLLISION} of the narrower one (or of the line run's size).
 */
function collides(line: PdfTextRun[], run: PdfTextRun): boolean {
	for (let i = 0; i < line.length; i++) {
		const other = line[i];
		if (
			inked(other.text) &&
			spanOverlap(other.x, other.x + other.width, run.x, run.x + run.width) >
				COLLISION * Math.min(other.width, run.width, other.size)
		)
			return true;
	}
	return false;
}

/** Whether a text has anything but white space: `text.trim() !== ''` without making the trimmed copy. */
function inked(text: string): boolean {
	return INK.test(text);
}
const INK = /\S/;

/**
 * Groups runs into lines by position: a run joins a line when their glyph boxes overlap vertically by half
 * the smaller box, and it does not collide horizontally with a run already there (the date under
 * "Distr.: General" in a letterhead cell shares the baseline band of the big "General Assembly" beside it, but
 * not its column). Superscripts sit inside their line's band, so they join it.
 */
export function buildLines(runs: PdfTextRun[], page: number): Line[] {
	const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
	// Each line's band: the vertical extent of its largest type's glyphs, from a little below the baseline to
	// about the cap height. Kept as two numbers, not a pair: every run of a document passes here, mostly
	// before the loop is optimised, when each array made is one more object for the collector.
	const groups: { runs: PdfTextRun[]; low: number; high: number; size: number }[] = [];
	for (let r = 0; r < sorted.length; r++) {
		const run = sorted[r];
		const low = run.y - DESCENT * run.size;
		const high = run.y + ASCENT * run.size;
		const blank = !inked(run.text);
		let target: (typeof groups)[number] | undefined;
		for (let i = groups.length - 1; i >= 0; i--) {
			const group = groups[i];
			// Runs come top to bottom, so earlier lines only get higher: past a clear gap, stop looking.
			if (group.low > high + LINE_SEARCH * run.size) break;
			const needed = LINE_OVERLAP * Math.min(high - low, group.high - group.low);
			if (spanOverlap(group.low, group.high, low, high) < needed) continue;
			if (!blank && collides(group.runs, run)) continue;
			target = group;
			break;
		}
		if (target) {
			target.runs.push(run);
			// The band follows the line's largest type, so a superscript never stretches it upwards.
			if (run.size > target.size && !blank) {
				target.size = run.size;
				target.low = low;
				target.high = high;
			}
		} else if (!blank) groups.push({ runs: [run], low, high, size: run.size });
	}
	const lines = groups.map((g) => makeLine(g.runs, page)).filter((line): line is Line => line !== null);
	return lines.sort((a, b) => b.y - a.y || (a.rtl ? b.right - a.right : a.left - b.left));
}

/** Letters that read left to right, and digits (which keep their order inside right-to-left text). */
const LTR_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The logical order of glyphs drawn in visual order on a right-to-left line: read from the right, except that
 * a stretch of left-to-right letters and digits (with what stands between them) reads from its left.
 */
export function logicalOrder(units: string[]): string {
	const kind = units.map((u) => (RTL_LETTER.test(u) ? 'R' : LTR_OR_DIGIT.test(u) ? 'L' : 'N'));
	let out = '';
	let i = units.length - 1;
	while (i >= 0) {
		if (kind[i] !== 'L') {
			out += units[i--];
			continue;
		}
		let j = i;
		while (j > 0 && kind[j - 1] !== 'R') j--;
		// Neutrals at the island's left end stand between it and right-to-left text: they follow it.
		while (kind[j] === 'N') j++;
		out += units.slice(j, i + 1).join('');
		i = j - 1;
	}
	return out;
}

/** Whether a line reads right to left: more right-to-left letters than left-to-right ones in its runs. */
function isRightToLeft(runs: PdfTextRun[]): boolean {
	if (!runs.some((r) => r.units)) return false;
	let rtl = 0;
	let ltr = 0;
	for (const run of runs) {
		for (const c of run.text) {
			if (RTL_LETTER.test(c)) rtl++;
			else if (/\p{L}/u.test(c)) ltr++;
		}
	}
	return rtl > ltr;
}

function makeLine(all: PdfTextRun[], page: number): Line | null {
	const rtl = isRightToLeft(all);
	// Reading order: left to right, or right to left (then each run's text is put in logical order).
	all.sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
	if (rtl) all = all.map((r) => (r.units ? { ...r, text: logicalOrder(r.units) } : r));
	const runs = all.filter((r) => inked(r.text));
	if (!runs.length) return null;
	const weight = new Map<number, number>();
	for (const run of runs) {
		const key = Math.round(run.size * SIZE_STEPS) / SIZE_STEPS;
		weight.set(key, (weight.get(key) ?? 0) + run.text.length);
	}
	const size = [...weight.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
	const main = runs.filter((r) => Math.abs(r.size - size) <= 0.5 / SIZE_STEPS);
	const baselines = main.map((r) => r.y).sort((a, b) => a - b);
	const y = baselines[Math.floor(baselines.length / 2)];
	const cells: Segment[][] = [[]];
	let prev: PdfTextRun | null = null;
	let spaceBefore = false;
	for (const run of all) {
		if (!inked(run.text)) {
			if (prev) spaceBefore = true;
			continue;
		}
		const mark = isMark(run, y, size);
		if (prev) {
			const gap = rtl ? prev.x - (run.x + run.width) : run.x - (prev.x + prev.width);
			if (gap > CELL_GAP * size) cells.push([]);
			else if (
				!mark &&
				(spaceBefore ||
					gap > Math.min(wordGapOf(prev), wordGapOf(run)) ||
					/\s$/.test(prev.text) ||
					/^\s/.test(run.text))
			) {
				pushText(cells[cells.length - 1], ' ', false);
			}
		}
		// A mark follows the word it is attached to; what follows the mark is spaced as the PDF spaces it.
		const text = mark ? toSuperscriptDigits(run.text.trim()) + (/\s$/.test(run.text) ? ' ' : '') : run.text;
		if (mark) trimEnd(cells[cells.length - 1]);
		pushText(cells[cells.length - 1], mark ? text : singleSpaced(text), run.bold && !mark);
		prev = run;
		spaceBefore = false;
	}
	const tidy = cells.map(tidySegments).filter((c) => c.length);
	const left = Math.min(...runs.map((r) => r.x));
	const right = Math.max(...runs.map((r) => r.x + r.width));
	const text = tidy.map(plain).join(' ');
	return {
		runs,
		y,
		size,
		left,
		right,
		cells: tidy,
		text,
		page,
		bold: main.every((r) => r.bold),
		italic: main.every((r) => r.italic === true),
		rtl
	};
}

/** A footnote mark: digits (or *, †, ‡, §) set smaller than the line and raised above its baseline. */
export function isMark(run: PdfTextRun, baseline: number, size: number): boolean {
	return (
		run.size <= MARK_MAX_SIZE * size &&
		run.y - baseline >= MARK_MIN_RISE * size &&
		/^\s*([0-9]{1,3}|[*†‡§])\s*$/.test(run.text)
	);
}

/** White space other than single ASCII spaces. */
const MESSY_SPACE = /\s{2}|[^\S ]/;

/** A run's text with each stretch of white space one ASCII space (most runs have no other, and are kept as they are). */
function singleSpaced(text: string): string {
	return MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function pushText(segments: Segment[], text: string, bold: boolean): void {
	const last = segments[segments.length - 1];
	if (last && (last.bold === bold || !inked(text))) last.text += text;
	else segments.push({ text, bold });
}

function trimEnd(segments: Segment[]): void {
	const last = segments[segments.length - 1];
	if (last) last.text = last.text.replace(/\s+$/, '');
}

/** Characters beside which a space may have to go: CJK and the punctuation shared with it. */
const CJK_OR_SHARED = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

/** Drops spaces between Chinese characters (justification, letter-spacing) and trims the ends. */
export function tidySegments(segments: Segment[]): Segment[] {
	const joined = segments.map((s) => s.text).join('');
	const chinese = CJK_OR_SHARED.test(joined);
	// Latin text needs only its ends trimmed and double spaces single.
	if (!chinese && !/^ | $| {2}/.test(joined) && segments.length === 1) return segments;
	const dropped = spacesToDrop(joined, chinese);
	const out: Segment[] = [];
	let start = 0;
	let d = 0;
	for (const segment of segments) {
		// The segment's text without the spaces dropped, cut out of the joined text between them.
		const end = start + segment.text.length;
		let text = '';
		let from = start;
		for (; d < dropped.length && dropped[d] < end; d++) {
			text += joined.slice(from, dropped[d]);
			from = dropped[d] + 1;
		}
		text += joined.slice(from, end);
		start = end;
		if (!text) continue;
		const last = out[out.length - 1];
		if (last && (last.bold === segment.bold || !text.trim())) last.text += text;
		else if (!segment.text.trim() && last) last.text += text;
		else out.push({ text, bold: segment.bold && !!text.trim() });
	}
	return out;
}

/**
 * Where the spaces to drop stand in a line's text (offsets in UTF-16 units, ascending): at either end, after
 * another space, and between two characters that take no space between them ({@link tight}; asked only of
 * text with Chinese, since no other pair is tight).
 */
function spacesToDrop(text: string, chinese: boolean): number[] {
	const dropped: number[] = [];
	const last = text.length - 1;
	for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
		if (
			at === 0 ||
			at === last ||
			text[at - 1] === ' ' ||
			(chinese && tight(charBefore(text, at), charAt(text, at + 1)))
		) {
			dropped.push(at);
		}
	}
	return dropped;
}

/** The character (a whole code point) that ends just before an offset; '' at the start. */
function charBefore(text: string, at: number): string {
	const low = text.charCodeAt(at - 1);
	const high = text.charCodeAt(at - 2);
	const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
	return text.slice(Math.max(0, at - (pair ? 2 : 1)), at);
}

/** The character (a whole code point) that starts at an offset; '' past the end. */
function charAt(text: string, at: number): string {
	const code = text.codePointAt(at);
	return code === undefined ? '' : String.fromCodePoint(code);
}

/** The plain text of segments. */
export function plain(segments: Segment[]): string {
	return segments.map((s) => s.text).join('');
}

/** The body size: the font size that carries the most characters in the document. */
export function measureBodySize(lines: Line[]): number {
	const weight = new Map<number, number>();
	for (const line of lines) weight.set(line.size, (weight.get(line.size) ?? 0) + line.text.length);
	const best = [...weight.entries()].sort((a, b) => b[1] - a[1])[0];
	return best ? best[0] : 12;
}
