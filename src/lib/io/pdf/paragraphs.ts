/**
 * Step 6 of reading a PDF: lines → paragraphs. Where one printed line meets the next, the layout says whether
 * they are one paragraph, the lines of one block (the closing date and meeting), or two paragraphs:
 * - a new paragraph opens with a paragraph number or subparagraph letter, in another type size, after more
 *   than a line's distance, with its first line indented (against the line before it), or after a line that
 *   stops short of the right margin;
 * - a numbered paragraph may hang: "1." at the margin (or indented), its text at a tab stop, and every further
 *   line at that tab stop; lines at the tab stop continue it;
 * - a heading or title printed on several lines stays one: a line that stops short yet ends with no
 *   punctuation is continued by the next line when that line is set in the same face and size, starts where
 *   it started (or at its hanging tab stop), and follows at a line's distance;
 * - across a page break, a line that reaches the right margin is continued by the first line of the next page
 *   unless that one opens a paragraph; the page's footnotes wait for the paragraph in which the page ends.
 * Cost: linear in the lines.
 */
import { endsWithParagraphPunctuation } from '../../core/document/drafting';
import { SUPERSCRIPT_CLASS } from '../../core/text/superscript';
import type { PageZones } from './footnotes';
import { HAN, type Line } from './lines';
import { ParagraphBuilder, joinText } from './write';

/** Operative and subparagraph numbers that open a paragraph: `1. `, `(a) `, `(iv) `, `a) `, Arabic `1 - `. */
const OPENS_NUMBERED = /^(?:\d{1,3}\.\s|\d{1,3} ?[-–] |\(\s?[a-z]{1,5}\s?\)\s?|[a-z]\)\s)/;
/** A paragraph number or letter alone in its run: the part of a line that hangs before its text. */
const NUMBER_ONLY = /^(?:\d{1,3}\.|\d{1,3} ?[-–]|\(?[a-z]{1,5}\)|(?:ES-|S-)?\d{1,3}\/\d{1,4}(?: ?[A-Z]{1,2})?\.)$/;
/** A footnote's block: it opens with its mark, superscript digits or *, †, ‡. */
const NOTE_START = new RegExp(`^[${SUPERSCRIPT_CLASS}*†‡]`, 'u');

/** The body's measure on a page: where its lines start and end, and how far apart they are. */
interface Margins {
	left: number;
	right: number;
	/** Baseline-to-baseline distance of a paragraph's lines, as a multiple of their font size. */
	pitch: number;
}

/** How two lines meet: in one paragraph, as a line break inside a block, or as a paragraph break. */
type Joint = 'join' | 'newline' | 'paragraph';

/**
 * Lines of one paragraph are at most this share of the measured pitch apart; more opens a paragraph. Unit:
 * ratio. Paragraph spacing of 6 pt under lines 25.8 pt apart (Writer, 12 pt CJK at 150 %) is 1.23.
 */
const PARAGRAPH_GAP = 1.15;
/**
 * Lines in sizes that differ by more than this share belong to different paragraphs. Unit: ratio. A paragraph
 * keeps one size; the adoption line (14 pt) and the title (13 pt) under it do not.
 */
const SIZE_CHANGE = 0.05;
/** A first line is indented when it starts this far right of the line before. Unit: em of its size. */
const INDENT = 0.8;
/** Two lines start at the same place within this distance. Unit: em. */
const ALIGNED = 0.5;
/** Lines of a heading printed on several lines are at most this far apart. Unit: em of their size. */
const HEADING_PITCH = 1.35;
/** A block of short lines set this share of the measure to the right (the closing date and meeting). */
const RIGHT_BLOCK = 0.25;
/** A line is full when the room left at its end is less than this many em (a justified line ends at the margin). */
const FULL_ROOM = 1;
/**
 * A line is full when the next line's first word would not have fitted in the room left at its end, with this
 * much to spare (the space before a word, justification's tolerance). Unit: em; a Chinese character needs no
 * space before it.
 */
const WORD_SLACK = 0.8;
const CHARACTER_SLACK = 0.3;
/** Lines counted for a page's margins; fewer, and the document's are used. */
const MIN_LINES_FOR_MARGINS = 5;
/** A left edge counts as the margin when this share of the body lines start there. Unit: ratio. */
const MARGIN_SHARE = 0.15;
/** The right margin is where this share of the body lines end (lines that end short are excluded). */
const RIGHT_MARGIN_QUANTILE = 0.9;
/** Body lines are those within this share of the body size. Unit: ratio. */
const BODY_SIZE_TOLERANCE = 0.1;
/** Baseline distances counted for the pitch, in body sizes: closer is a superscript, further a gap. Unit: em. */
const PITCH_RANGE: [number, number] = [0.8, 3];
/** The pitch is the distance this share of the line pairs are closer than (paragraph gaps make the rest). */
const PITCH_QUANTILE = 0.25;
/** The pitch of a page with no two body lines in a row: single-and-a-half spacing. Unit: em. */
const DEFAULT_PITCH = 1.5;
/** Lines of one heading differ in size by at most this share. Unit: ratio. */
const HEADING_SIZE_TOLERANCE = 0.05;

function measureMargins(lines: Line[], bodySize: number, fallback?: Margins): Margins | undefined {
	const body = lines.filter((l) => Math.abs(l.size - bodySize) <= BODY_SIZE_TOLERANCE * bodySize);
	if (body.length < (fallback ? MIN_LINES_FOR_MARGINS : 1)) return fallback;
	const lefts = new Map<number, number>();
	for (const line of body) {
		const key = Math.round(line.left);
		lefts.set(key, (lefts.get(key) ?? 0) + 1);
	}
	// The left margin is the leftmost position that a good share of lines start at: continuation lines
	// start there, first lines are indented, and a stray line further left (a hanging number) is rare.
	const common = [...lefts.entries()].filter(([, n]) => n >= Math.max(1, MARGIN_SHARE * body.length));
	const left = Math.min(...(common.length ? common : [...lefts.entries()]).map(([x]) => x));
	const rights = body.map((l) => l.right).sort((a, b) => a - b);
	const right = rights[Math.min(rights.length - 1, Math.floor(rights.length * RIGHT_MARGIN_QUANTILE))];
	const deltas: number[] = [];
	for (let i = 1; i < body.length; i++) {
		if (body[i].page !== body[i - 1].page) continue;
		const delta = (body[i - 1].y - body[i].y) / bodySize;
		if (delta > PITCH_RANGE[0] && delta < PITCH_RANGE[1]) deltas.push(delta);
	}
	deltas.sort((a, b) => a - b);
	const pitch = deltas.length ? deltas[Math.floor(deltas.length * PITCH_QUANTILE)] : (fallback?.pitch ?? DEFAULT_PITCH);
	return { left, right, pitch };
}

/**
 * Where a line's text starts after a number or letter that hangs before it ("1." then a tab), as a distance
 * from the page's left margin (pages may be set with different margins); null when it opens with none.
 */
function hangingStart(line: Line, m: Margins): number | null {
	if (line.runs.length < 2 || !NUMBER_ONLY.test(line.runs[0].text.trim())) return null;
	return line.runs[1].x - m.left;
}

function sameSize(a: Line, b: Line): boolean {
	return Math.abs(a.size - b.size) <= SIZE_CHANGE * Math.min(a.size, b.size);
}

/**
 * How line `a` meets the next line `b` on one page; `first` says that `a` opened its paragraph, `hang` where the
 * paragraph's lines hang (from the margin).
 */
function jointWithin(a: Line, b: Line, m: Margins, hang: number | null, first: boolean): Joint {
	const size = Math.max(a.size, b.size);
	if (OPENS_NUMBERED.test(b.text) || !sameSize(a, b)) return 'paragraph';
	if (a.y - b.y > m.pitch * size * PARAGRAPH_GAP) return 'paragraph';
	const width = m.right - m.left;
	const full = isFull(a, m, b);
	// Short lines set far to the right, aligned left or right (the meeting and date under the operative part,
	// a signature), are one block with line breaks.
	const oneBlock = Math.abs(a.left - b.left) < ALIGNED * size || Math.abs(a.right - b.right) < ALIGNED * size;
	if (a.left > m.left + RIGHT_BLOCK * width && b.left > m.left + RIGHT_BLOCK * width && oneBlock) return 'newline';
	const atHang = hang !== null && Math.abs(b.left - m.left - hang) < ALIGNED * size;
	if (full && atHang) return 'join';
	if (!full) return continuesHeading(a, b, atHang) ? 'join' : 'paragraph';
	// A first line is indented against the line before it (a block indented as a whole is not), and a line
	// indented as far as the first line of a one-line paragraph is the first line of the next.
	if (b.left > a.left + INDENT * b.size) return 'paragraph';
	const indented = (line: Line) => line.left > m.left + INDENT * line.size;
	if (first && indented(a) && indented(b) && Math.abs(b.left - a.left) < ALIGNED * size) return 'paragraph';
	return 'join';
}

/** A heading or title printed on several lines: the next line continues a short one (see the module comment). */
function continuesHeading(a: Line, b: Line, atHang: boolean): boolean {
	// Lines of cells are the rows of a table, each its own.
	if (a.cells.length > 1 || b.cells.length > 1) return false;
	if (a.bold !== b.bold || a.italic !== b.italic) return false;
	if (Math.abs(a.size - b.size) > HEADING_SIZE_TOLERANCE * a.size) return false;
	if (a.y - b.y > HEADING_PITCH * a.size) return false;
	const aligned = atHang || Math.abs(b.left - a.left) < ALIGNED * a.size;
	return aligned && !endsWithParagraphPunctuation(a.text);
}

function jointAcrossPages(a: Line, b: Line, ma: Margins, mb: Margins, hang: number | null): Joint {
	if (OPENS_NUMBERED.test(b.text) || !sameSize(a, b)) return 'paragraph';
	if (!isFull(a, ma, b)) return 'paragraph';
	const indent = b.left - mb.left;
	if (hang !== null && Math.abs(indent - hang) < ALIGNED * b.size) return 'join';
	if (indent > INDENT * b.size) return 'paragraph';
	return 'join';
}

/**
 * A line that reaches the right margin, so that the next line continues it: the room left at its end is less
 * than a character and, in ragged text, less than the next line's first word would have needed.
 */
function isFull(line: Line, m: Margins, next?: Line): boolean {
	const room = m.right - line.right;
	if (!next) return room < FULL_ROOM * line.size;
	const slack = HAN.test(next.text.trimStart()[0] ?? '') ? CHARACTER_SLACK : WORD_SLACK;
	return room < Math.max(FULL_ROOM * line.size, firstWordWidth(next) + slack * line.size);
}

/** The width of a line's first word (one character of Chinese), estimated from its first run. */
function firstWordWidth(line: Line): number {
	const run = line.runs.find((r) => r.text.trim());
	if (!run) return 0;
	const chars = [...run.text.trimStart()];
	const perChar = run.width / Math.max(1, [...run.text.trim()].length);
	if (HAN.test(chars[0] ?? '')) return perChar;
	const word = chars.findIndex((c) => /\s/.test(c) || HAN.test(c));
	return perChar * (word < 0 ? chars.length : word);
}

/**
 * Writes the pages' body lines as paragraphs and their footnotes after the paragraph in which each page ends
 * (see the module comment); returns the clean text.
 */
export function writeParagraphs(zones: PageZones[], bodySize: number, spaced: boolean): string {
	const allBody = zones.flatMap((z) => z.body);
	const docMargins = measureMargins(allBody, bodySize) ?? { left: 0, right: 0, pitch: 1.5 };
	const blocks: string[] = [];
	const pending: string[] = [];
	const paragraph = new ParagraphBuilder(spaced);
	let hang: number | null = null;
	const close = () => {
		if (!paragraph.empty) blocks.push(paragraph.take());
		blocks.push(...pending.splice(0));
	};
	/** The end of a note that ran on from the previous page joins that note. */
	const carry = (text: string) => {
		if (!text) return;
		if (pending.length) pending[pending.length - 1] = joinText(pending[pending.length - 1], text, spaced);
		else {
			let last = blocks.length - 1;
			while (last >= 0 && !NOTE_START.test(blocks[last])) last--;
			if (last >= 0) blocks[last] = joinText(blocks[last], text, spaced);
			else pending.push(text);
		}
	};
	let prev: Line | null = null;
	let prevOpened = false;
	let prevMargins = docMargins;
	for (const zone of zones) {
		const margins = measureMargins(zone.body, bodySize, docMargins) ?? docMargins;
		carry(zone.carried);
		let firstOnPage = true;
		for (const line of zone.body) {
			if (!line.text.trim()) continue;
			const joint: Joint = !prev
				? 'paragraph'
				: firstOnPage
					? jointAcrossPages(prev, line, prevMargins, margins, hang)
					: jointWithin(prev, line, margins, hang, prevOpened);
			if (joint === 'paragraph') {
				close();
				hang = hangingStart(line, margins);
			}
			paragraph.add(line, joint === 'paragraph' ? 'join' : joint);
			prev = line;
			prevOpened = joint === 'paragraph';
			firstOnPage = false;
		}
		prevMargins = margins;
		// The page's notes wait for the paragraph in which the page ends.
		pending.push(...zone.notes);
	}
	close();
	return blocks.filter(Boolean).join('\n\n') + '\n';
}
