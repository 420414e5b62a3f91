/**
 * The running header of text extracted from a PDF: every page after the first repeats the title of the
 * resolution (and its symbol) at its top. A PDF reader knows it by its place on the page; in extracted text it
 * is a line, or a title wrapped onto two or three lines, that reads as the title, standing among the page
 * furniture of a page break (job number, page number, symbol, the form feed pdftotext writes), sometimes with
 * the symbol glued to its end ("on the fight against tuberculosis A/RES/73/3", pdf.js copy-paste).
 *
 * What must not be taken for it (and is not):
 * | text | why it stays |
 * | --- | --- |
 * | the title itself, "73/3. Political declaration …" | it is the title |
 * | the heading of an annexed declaration that repeats the title, after "Annex" or after "…adopts the following declaration:" | it introduces what follows |
 * | the title quoted in running text ("the item entitled “…”") | the line holds more than the title |
 * | a title-like line far from any furniture, in a text that has furniture | a header stands at a page break |
 * In a text whose extractor dropped all furniture (the PyMuPDF Markdown of the 2025 resolutions), a line that
 * reads as the title in the body is taken for the header without that evidence.
 */
import { RESOLUTION_NUMBER, isAnnexHeading, endsWithParagraphPunctuation, type DraftingConventions } from '../drafting';
import { LETTER_IDEOGRAPH_RANGES } from '../../text/cjk';
import { SUPERSCRIPT_CLASS } from '../../text/superscript';
import { isFurnitureLine } from '../un-patterns';
import { LineCursor, RESOLUTION_NUMBER_ALONE, isAssemblyHeading } from './lines';

/** Where the title is looked for: within the first lines of the text that are not blank. */
const TITLE_SEARCH_LINES = 80;
/** Most lines a title (and so its running header) is wrapped onto. */
const TITLE_MAX_LINES = 4;
/** How far (in lines that are not blank) a running header may stand from the furniture of its page break. */
const HEADER_NEAR_FURNITURE = 3;
/** A title shorter than this (letters and digits) is not looked for: too likely to stand in the text itself. */
const TITLE_MIN_CHARACTERS = 8;

/**
 * The characters of titles that are neither letters nor digits (none of them in \p{L} or \p{N}): ASCII
 * punctuation and white space, the dashes, quotation marks and ellipsis of typeset text, and the punctuation of
 * Chinese text, ideographic and full-width.
 */
const COMMON_NON_ALPHANUMERIC =
	/[\x00-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F\u2010-\u2015\u2018-\u201F\u2026\u3001-\u3003\u3008-\u3011\u3014-\u301F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]+/g;
/** Anything that is neither a letter nor a digit, in any script. */
const NON_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
/**
 * A unit that may or may not be a letter or digit: anything outside ASCII but the superscript digits (\p{N})
 * and the ideographs every engine reads as letters (cjk.ts's isLetterIdeographUnit).
 */
const UNSURE = new RegExp(`[^\\x00-\\x7F${SUPERSCRIPT_CLASS}${LETTER_IDEOGRAPH_RANGES}]`);
/** Anything but ASCII letters and digits and those ideographs: each of them is one unit of the canonical form. */
const NOT_SURELY_ALPHANUMERIC = new RegExp(`[^A-Za-z0-9${LETTER_IDEOGRAPH_RANGES}]+`, 'g');

/**
 * Letters and digits only, lower case: the form a title and its header are compared in. The common characters
 * that are neither go first, and only a text with anything else left outside ASCII (a letter with an accent) is
 * asked of the Unicode classes: compiled for text that has a character beyond Latin-1, as PDF text with its
 * typographic quotation marks does, that regex cost a command some 2 ms, and an English or Chinese title or
 * header rarely needs it.
 */
function canonical(text: string): string {
	const rough = text.toLowerCase().replace(COMMON_NON_ALPHANUMERIC, '');
	return UNSURE.test(rough) ? rough.replace(NON_ALPHANUMERIC, '') : rough;
}

/**
 * The canonical form of a line, or null when it is longer than `max`. Most lines of a text are paragraphs far
 * longer than any title: the start of such a line already has more ASCII letters and digits and ideographs than
 * `max` (each is one unit of the line's canonical form), so the line is neither lowered nor filtered.
 */
function canonicalWithin(text: string, max: number): string | null {
	const head = 2 * max;
	if (text.length > head && text.slice(0, head).replace(NOT_SURELY_ALPHANUMERIC, '').length > max) return null;
	const canon = canonical(text);
	return canon.length > max ? null : canon;
}

/**
 * The 0-based indices of the lines of `text` that are running headers: the title repeated at the top of a page.
 * Empty when the text has no numbered title ("76/40. …") to repeat.
 */
export function findRunningHeaders(text: string, conv: DraftingConventions): Set<number> {
	const headers = new Set<number>();
	// Pass 1: the title ("73/6." and the lines it wraps onto, up to the subject) and the symbol it gives.
	const cursor = new LineCursor(text);
	let title = '';
	let titleEnd = -1;
	let symbol = '';
	let seen = 0;
	let titleLines = -1;
	for (let line = cursor.next(); line !== null; line = cursor.next()) {
		const trimmed = line.trim();
		if (titleLines < 0) {
			if (!trimmed) continue;
			if (++seen > TITLE_SEARCH_LINES) break;
			const numbered = RESOLUTION_NUMBER.exec(trimmed);
			const alone = numbered ? null : RESOLUTION_NUMBER_ALONE.exec(trimmed);
			if (!numbered && !alone) continue;
			symbol = `A/RES/${(numbered ?? alone)![1]}`;
			title = numbered ? numbered[2] : '';
			titleEnd = cursor.index;
			titleLines = numbered ? 1 : 0;
			continue;
		}
		if (!trimmed) {
			if (title) break;
			continue;
		}
		if (titleLines >= TITLE_MAX_LINES || isAssemblyHeading(trimmed, conv, true)) break;
		title += (title ? ' ' : '') + trimmed;
		titleEnd = cursor.index;
		titleLines++;
		if (endsWithParagraphPunctuation(trimmed)) break;
	}
	const wanted = canonical(title);
	if (wanted.length < TITLE_MIN_CHARACTERS || titleEnd < 0) return headers;
	const symbolCanonical = canonical(symbol);
	/** Longest canonical form a header's lines may add up to: the title and the symbol glued to it. */
	const longest = wanted.length + symbolCanonical.length;

	// Pass 2: candidates after the title, and where the furniture stands, both in ordinals of non-blank lines.
	interface Seen {
		index: number;
		/** Null for a line longer than any header ({@link canonicalWithin}): no run of lines through it is one. */
		canon: string | null;
		text: string;
	}
	const recent: Seen[] = [];
	const furnitureAt: number[] = [];
	const candidates: { indices: number[]; first: number; last: number }[] = [];
	let ordinal = 0;
	let before: string | null = null;
	const lines = new LineCursor(text);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const trimmed = line.trim();
		if (line.charCodeAt(0) === 0x0c) furnitureAt.push(ordinal);
		if (!trimmed) continue;
		ordinal++;
		if (lines.index <= titleEnd) continue;
		if (isFurnitureLine(trimmed, true)) {
			furnitureAt.push(ordinal);
			recent.length = 0;
			before = trimmed;
			continue;
		}
		recent.push({ index: lines.index, canon: canonicalWithin(trimmed, longest), text: trimmed });
		if (recent.length > TITLE_MAX_LINES) before = recent.shift()!.text;
		for (let k = recent.length - 1; k >= 0; k--) {
			if (recent[k].canon === null) break;
			const run = recent.slice(k);
			let joined = run.map((r) => r.canon).join('');
			if (joined.length > longest) continue;
			// The symbol may stand beside the header, on one of its lines (laid-out text) or glued to it.
			if (symbolCanonical && joined !== wanted) joined = joined.split(symbolCanonical).join('');
			if (joined !== wanted) continue;
			const lead = k > 0 ? recent[k - 1].text : before;
			if (lead !== null && (isAnnexHeading(lead) || /[:：]$/.test(lead))) continue;
			candidates.push({ indices: run.map((r) => r.index), first: ordinal - run.length + 1, last: ordinal });
			recent.length = 0;
			before = trimmed;
			break;
		}
	}
	const anyFurniture = furnitureAt.length > 0;
	for (const c of candidates) {
		const near =
			!anyFurniture ||
			furnitureAt.some((f) => f >= c.first - HEADER_NEAR_FURNITURE && f <= c.last + HEADER_NEAR_FURNITURE);
		if (near) for (const i of c.indices) headers.add(i);
	}
	return headers;
}
