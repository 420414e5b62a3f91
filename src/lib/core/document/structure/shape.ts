/**
 * Which shape a text arrived in, and how its lines make paragraphs: the evidence each splitter reads.
 *
 * - Tokenized corpus text: a `%%%` topics line, or spaces between most pairs of CJK characters.
 * - Text extracted from a PDF (`pdf-text`): page furniture lines (job numbers, barcodes, page numbers), form
 *   feeds between pages, or laid out as on the page (`pdftotext -layout`). Within it, {@link hasIndentEvidence}
 *   says whether paragraph starts are indented (the Chinese PDF text of the seeds, laid-out text once its
 *   margin is taken off); else its lines are read as wrapped text.
 * - Markdown: an emphasis pair, a heading or a superscript mark at the start of a line.
 * - Plain: anything else.
 * {@link readLineMode} then says how a line-based text separates its paragraphs: by blank lines, by wrapping
 * lines to a fixed width, or one paragraph per line.
 */
import { SPACE_BETWEEN_CJK, isSpaceUnit } from '../../text/cjk';
import { FOOTNOTE_RULE, endsWithParagraphPunctuation, type DraftingConventions } from '../drafting';
import { SUPERSCRIPT_CLASS, isSuperscriptDigit } from '../../text/superscript';
import { hasEmphasisPair } from '../../text/normalize';
import { isFurnitureLine } from '../un-patterns';
import { LIST_START, LineCursor, MARKDOWN_HEADING } from './lines';
import { isLaidOut } from './layout-text';
import type { TextShape } from './types';

/** How much of a text shape detection reads, in UTF-16 units: enough for any resolution. */
const SHAPE_SAMPLE = 400_000;
/** Lines with a CJK character on each side of a space, fewest for tokenized text; and CJK characters per space. */
const TOKENIZED_MIN_SPACES = 10;
const TOKENIZED_MIN_CJK = 20;
const TOKENIZED_CJK_PER_SPACE = 4;
/** Page furniture lines (job numbers, barcodes, glued page feet) that make a text one extracted from a PDF. */
const PDF_FURNITURE_MIN = 2;

/**
 * Fewest indented lines after a line that ended a clause, and their least share of the indented lines, for
 * indentation to mark paragraph starts (not only wrapped footnote definitions, "    corrigendum (A/34/45 …)").
 */
const INDENTED_STARTS_MIN = 2;
const INDENTED_STARTS_SHARE = 0.3;

/** Lines (split at LF) with something other than white space; those of them starting with white space; and ending with it. */
const TEXT_LINE = /(?:^|\n)[^\S\n]*\S/g;
const INDENTED_LINE = /(?:^|\n)[^\S\n]+\S/g;
const TRAILING_SPACE_LINE = /\S[^\S\n]+(?=\n|$)/g;
/** A line that is a footnote rule (drafting FOOTNOTE_RULE), white space around it. */
const RULE_LINE = new RegExp(`(?:^|\\n)[^\\S\\n]*${FOOTNOTE_RULE.source.slice(1, -1)}[^\\S\\n]*(?=\\n|$)`);
/** The characters a line of Markdown is known by here: emphasis, heading, superscript mark. */
const MARKDOWN_SIGN = new RegExp(`[*_#${SUPERSCRIPT_CLASS}]`);

/**
 * Least share of the text lines that must be indented for indentation to mark paragraph starts: in a
 * resolution every paragraph's first line is indented and a paragraph runs to three to six lines, so
 * real indentation sits near a fifth to a third of the lines; a stray indented line stays far below.
 */
const INDENTED_SHARE_MIN = 0.15;

/** How many times a global regex matches a text. */
function countMatches(text: string, re: RegExp): number {
	return text.match(re)?.length ?? 0;
}

/**
 * Whether PDF text marks paragraph starts by indentation: many indented lines, and lines that continue an
 * unfinished line without indentation (pdftotext also leaves a space at the end of a paragraph's last line,
 * some lines have one, not all; and rules before footnotes).
 */
export function hasIndentEvidence(head: string): boolean {
	const textLines = countMatches(head, TEXT_LINE);
	const indented = countMatches(head, INDENTED_LINE);
	if (textLines === 0 || indented < INDENTED_SHARE_MIN * textLines) return false;
	const trailing = countMatches(head, TRAILING_SPACE_LINE);
	const rules = RULE_LINE.test(head);
	let continued = 0;
	let indentedStarts = 0;
	let previous: string | null = null;
	const lines = new LineCursor(head);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const trimmed = line.trim();
		if (!trimmed) continue;
		const indentedLine = isSpaceUnit(line.charCodeAt(0));
		if (previous !== null && !indentedLine && !endsWithParagraphPunctuation(previous) && !LIST_START.test(trimmed)) {
			continued++;
		}
		if (previous !== null && indentedLine && endsWithParagraphPunctuation(previous)) indentedStarts++;
		previous = trimmed;
	}
	// Indented lines that start paragraphs, not only ones that continue a footnote or list item ("    corrigendum").
	if (indentedStarts < INDENTED_STARTS_MIN || indentedStarts < INDENTED_STARTS_SHARE * indented) return false;
	const trailingEvidence = trailing >= 0.2 * textLines && trailing <= 0.9 * textLines ? 2 : 0;
	return continued + trailingEvidence + (rules ? 2 : 0) >= 2 && continued + trailingEvidence > 0;
}

/** Whether a text carries the page furniture or page breaks of text extracted from a PDF. */
function hasPdfFurniture(head: string): boolean {
	if (head.includes('\f')) return true;
	let found = 0;
	const lines = new LineCursor(head);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const trimmed = line.trim();
		if (trimmed && isFurnitureLine(trimmed, false) && /\d{2}-\d{5}|\*\d{7,9}\*/.test(trimmed)) {
			if (++found >= PDF_FURNITURE_MIN) return true;
		}
	}
	return false;
}

/**
 * Detect the shape of a text from its lines. Tokenized: a corpus topics line, or spaces between most pairs
 * of CJK characters. PDF text: indented paragraph starts, page furniture or page breaks, or laid out as on
 * the page. Markdown: a well-formed emphasis pair (normalize.ts: not `window.__x`, `__init__` or `2*3*4`),
 * a heading or footnote markup. Otherwise plain.
 */
export function detectShape(text: string): TextShape {
	const head = text.length > SHAPE_SAMPLE ? text.slice(0, SHAPE_SAMPLE) : text;
	if (/^\s*%%%/.test(head)) return 'tokenized';
	// Spaces between CJK characters, found by the regex engine; the ideographs are counted only when there are
	// enough such spaces to matter, and only until they outnumber four per space (then it is not tokenized).
	let spaced = 0;
	SPACE_BETWEEN_CJK.lastIndex = 0;
	while (SPACE_BETWEEN_CJK.test(head)) spaced++;
	if (spaced >= TOKENIZED_MIN_SPACES) {
		let cjk = 0;
		for (let i = 0; i < head.length && cjk <= spaced * TOKENIZED_CJK_PER_SPACE; i++) {
			const c = head.charCodeAt(i);
			if (c >= 0x4e00 && c <= 0x9fff) cjk++;
		}
		if (cjk >= TOKENIZED_MIN_CJK && spaced * TOKENIZED_CJK_PER_SPACE >= cjk) return 'tokenized';
	}
	if (hasIndentEvidence(head) || isLaidOut(head) || hasPdfFurniture(head)) return 'pdf-text';
	// Markdown: the first line with an emphasis pair, a heading or a superscript mark at its start decides;
	// a text with none of their characters has no such line.
	let markdown = false;
	if (MARKDOWN_SIGN.test(head)) {
		const lines = new LineCursor(head);
		for (let line = lines.next(); line !== null && !markdown; line = lines.next()) {
			const trimmed = line.trim();
			markdown =
				trimmed.length > 0 &&
				(hasEmphasisPair(trimmed) || MARKDOWN_HEADING.test(trimmed) || isSuperscriptDigit(trimmed.charCodeAt(0)));
		}
	}
	return markdown ? 'markdown' : 'plain';
}

/** The subject followed by this much more text on its line is a run-on text (several paragraphs on one line). */
const RUN_ON_AFTER_SUBJECT = 20;
/**
 * A run-on text has at most this many lines: a letterhead line or two, the title, the body, the closing date
 * and meeting (a web page's table cells).
 */
const RUN_ON_MAX_LINES = 6;
/** How much of a line the run-on test reads. */
const RUN_ON_SAMPLE = 4000;

/**
 * Whether a text that is not tokenized still runs several paragraphs together on one line: few lines, and
 * the subject ("大会，", "The General Assembly,") followed by more text on the same line.
 */
export function isRunOn(text: string, conv: DraftingConventions): boolean {
	const lines = new LineCursor(text);
	let count = 0;
	let found = false;
	for (let line = lines.next(); line !== null; line = lines.next()) {
		if (!line.trim()) continue;
		if (++count > RUN_ON_MAX_LINES) return false;
		const m = conv.runOnHeading.exec(line.length > RUN_ON_SAMPLE ? line.slice(0, RUN_ON_SAMPLE) : line);
		if (m && line.length - (m.index + m[0].length) > RUN_ON_AFTER_SUBJECT) found = true;
	}
	return found;
}

/** How a line-based text separates its paragraphs. */
export interface LineMode {
	/**
	 * `blank`: a blank line ends a paragraph, a single line break is a wrap (Markdown, PyMuPDF, web pages);
	 * `wrapped`: lines are wrapped at a fixed width with no blank line between paragraphs (pdftotext,
	 * copy-paste from a PDF viewer), so a paragraph ends where a line ends a sentence short of the width or the
	 * next line opens a paragraph; `lines`: one paragraph per line (or a line that ends a sentence ends one).
	 */
	kind: 'blank' | 'wrapped' | 'lines';
	/** The width lines are wrapped at, in UTF-16 units (the long lines' common length); 0 unless wrapped. */
	width: number;
}

/** Lines of at least this share of the wrap width count as full (justified text runs to the margin). */
export const FULL_LINE_SHARE = 0.8;
/** A text is wrapped when at least this share of its text lines is full. */
const WRAPPED_FULL_SHARE = 0.45;
/** Wrapped lines are never longer than this (a PDF line of a Latin script holds about 100 characters). */
const WRAP_WIDTH_MAX = 160;
/** Fewest lines from which a mode is judged. */
const MODE_MIN_LINES = 6;
/** Share of the paragraph starts that stand after a blank line in blank-separated text. */
const BLANK_START_SHARE = 0.7;

/**
 * How a text's lines make paragraphs. Paragraph starts are the lines that open a paragraph (a drafting opener,
 * a paragraph number: `opensParagraph`) after a line ending a sentence or clause: when most of them stand after
 * a blank line, paragraphs are blank-separated; else, when most lines
 * run to a common width, the text is wrapped; else it is one paragraph per line.
 */
export function readLineMode(
	text: string,
	isFurniture: (trimmed: string) => boolean,
	opensParagraph: (trimmed: string) => boolean
): LineMode {
	const head = text.length > SHAPE_SAMPLE ? text.slice(0, SHAPE_SAMPLE) : text;
	const lengths: number[] = [];
	let starts = 0;
	let blankStarts = 0;
	let previous: string | null = null;
	let blank = false;
	const lines = new LineCursor(head);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const trimmed = line.trim();
		if (!trimmed) {
			blank = true;
			continue;
		}
		if (isFurniture(trimmed)) continue;
		lengths.push(trimmed.length);
		if (previous !== null && endsWithParagraphPunctuation(previous) && opensParagraph(trimmed)) {
			starts++;
			if (blank) blankStarts++;
		}
		previous = trimmed;
		blank = false;
	}
	if (lengths.length < MODE_MIN_LINES) return { kind: 'lines', width: 0 };
	if (starts > 0 && blankStarts >= BLANK_START_SHARE * starts) return { kind: 'blank', width: 0 };
	const sorted = [...lengths].sort((a, b) => a - b);
	const width = sorted[Math.floor(sorted.length * 0.9)];
	const full = lengths.filter((n) => n >= FULL_LINE_SHARE * width).length;
	if (width <= WRAP_WIDTH_MAX && full >= WRAPPED_FULL_SHARE * lengths.length) return { kind: 'wrapped', width };
	return { kind: 'lines', width: 0 };
}
