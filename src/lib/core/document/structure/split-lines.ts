/**
 * Splitter for line-based text without indentation: Markdown, plain text, web pages, and text extracted
 * from a PDF by tools that keep no indentation (pdftotext without -layout, PyMuPDF, copy-paste from a PDF
 * viewer). {@link LineMode} says how its lines make paragraphs:
 * - `blank`: a blank line ends a paragraph; a single line break is where the extractor wrapped a line,
 *   whatever the line ends with, unless the next line starts the next numbered paragraph or a heading.
 * - `wrapped`: no blank lines between paragraphs; a line that ends a sentence or clause ends its paragraph
 *   when it stops short of the wrap width or the next line opens a paragraph (a drafting opener, the next
 *   paragraph number, a subparagraph letter); a full line ending in a comma is a wrap.
 * - `lines`: a line that ends a sentence or clause ends its paragraph.
 * In every mode: page furniture and running headers go; a footnote rule opens a footnote area (footnotes.ts);
 * a number alone on its line ("1.") takes the line after it as its text; the title takes the lines it wraps
 * onto; a line that starts in lower case continues the paragraph before it.
 */
import {
	NUMBERED_PARAGRAPH,
	PART_LETTER,
	PART_LETTER_IN_TITLE,
	RESOLUTION_NUMBER,
	isFootnoteRule,
	type DraftingConventions,
	type OpenerTable
} from '../drafting';
import { isSuperscriptDigit, readSuperscript } from '../../text/superscript';
import { BlockSink } from './blocks';
import {
	CITES_STAR,
	FootnoteCollector,
	STAR_CITED,
	STAR_FOOTNOTE,
	SUPERSCRIPT_ONLY,
	readFootnoteLine
} from './footnotes';
import {
	CLOSED_MARKERS,
	DRAFT_LINE_MAX,
	LIST_MARKERS,
	LineCursor,
	endsClause,
	findHeadingRunOn,
	findLostParagraphStart,
	findRunOnNumber,
	isAsciiDigit,
	isLowerAscii,
	nextInSequence,
	opensWithBold,
	readLine,
	type LostParagraphStart
} from './lines';
import { FULL_LINE_SHARE, type LineMode } from './shape';
import type { PageLines } from './furniture';
import type { LineInfo, SplitResult } from './types';

/**
 * A block at least this long that has not ended a clause is a paragraph cut by a page break, not a heading
 * (headings, titles and letterhead lines are shorter), in UTF-16 units.
 */
const UNFINISHED_PARAGRAPH_MIN = 120;

/**
 * A line shorter than this share of the wrap width is a centred heading line or the end of a paragraph: the
 * first line of a paragraph is short only by its indentation (about a tenth of the width).
 */
const HEADING_LINE_SHARE = 0.65;

/** A line that ends a sentence: a full stop, maybe a footnote mark extracted as plain digits after it. */
const SENTENCE_END = /[\p{L}\p{N})”’"]\.\d{0,3}$/u;

/**
 * The end of a line of running prose that ended no clause: its last two words in lower case ("… To this end,
 * we", "… international standards and", "… decent work for"); not a name in capitals that a page broke ("…
 * Development, Production and" / "Stockpiling of …", "… Conference on" / "Financing for Development").
 */
const PROSE_END = /(?:^|\s)\p{Ll}[\p{L}’'-]*,?\s+\p{Ll}[\p{L}’'-]*$/u;

/**
 * A line that ends with a name in capitals and a colon, and a line that opens with a name in capitals: the colon is
 * inside a name, before its subtitle ("…under the Almaty Programme of Action:" / "Addressing the Special Needs of
 * Landlocked Developing Countries within a New Global Framework …", A/RES/80/3), not before a list. Capitalised
 * words, at most one short word in lower case between two of them ("of", "for", "the"); the subtitle's first
 * three capitalised words within its first five.
 */
const NAME_BEFORE_COLON = /(?:^|\s)\p{Lu}[\p{L}’'-]*(?:\s+\p{Ll}{1,4})?\s+\p{Lu}[\p{L}’'-]*:$/u;
const NAME_START = /^\p{Lu}[\p{L}’'-]*\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{L}’'-]*\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}/u;

/** Options of {@link splitLines}. */
export interface SplitLinesOptions {
	markdown: boolean;
	mode: LineMode;
	openers: OpenerTable;
	/** Page furniture and running headers of the text. */
	page: PageLines;
	maxBlocks: number;
}

/** Split line-based text into blocks and footnotes. */
export function splitLines(text: string, conv: DraftingConventions, options: SplitLinesOptions): SplitResult {
	const { markdown, mode, page } = options;
	const sink = new BlockSink(text, options.maxBlocks);
	const notes = new FootnoteCollector();
	const starsCited = new Set<string>();
	const sequence = { operative: 0, letter: '' };
	let blankSince = false;
	let footnoteSince = false;
	let pageBreakSince = false;
	// The part of a line after a heading run on before it starts a block of its own.
	let startNext = false;
	// How the part of a line that starts a paragraph found inside the line reads, when not as a line of its own
	// would: the next numbered paragraph whose end and number the extractor lost (findLostParagraphStart), or the
	// letter and heading run on in a title line. (Asserted, not annotated: the line loop sets it, readText reads it.)
	let forced = null as LineInfo | null;
	const fullWidth = mode.width * FULL_LINE_SHARE;

	const lines = new LineCursor(text);
	// Read one line, or one part of a line that holds the start of the next paragraph (findRunOnNumber); false
	// when the text holds more paragraphs than are read.
	const readText = (line: string, trimmed: string, index: number, restStart: number): boolean => {
		if (page.isFurniture(trimmed, index)) {
			sink.furniture(trimmed);
			notes.furniture();
			return true;
		}
		if (isFootnoteRule(trimmed) && !(markdown && trimmed === '---' && sink.current && !blankSince)) {
			notes.rule();
			footnoteSince = true;
			return true;
		}
		// "* text" is a footnote when a line above cited that mark (a draft's sponsor line), else a bullet.
		const first = trimmed.charCodeAt(0);
		const star = first === 0x2a ? STAR_FOOTNOTE.exec(trimmed) : null;
		if (star && starsCited.has(star[1])) {
			notes.lineFootnote(star[1], star[2], index + 1);
			footnoteSince = true;
			return true;
		}
		// Only the draft line counts: elsewhere a star after a word closes Markdown emphasis ("*Recalling* its").
		if (!star && trimmed.length <= DRAFT_LINE_MAX && CITES_STAR.test(trimmed) && conv.draftLine.test(trimmed)) {
			for (const m of trimmed.matchAll(STAR_CITED)) starsCited.add(m[1]);
		}
		const superscriptOnly = isSuperscriptDigit(first) && SUPERSCRIPT_ONLY.test(trimmed);
		if (!notes.inArea) {
			const def = readFootnoteLine(trimmed);
			if (def && !superscriptOnly) {
				notes.lineFootnote(def.mark, def.raw, index + 1);
				footnoteSince = true;
				return true;
			}
		}
		if (superscriptOnly && sink.current) {
			sink.current.addMark(readSuperscript(trimmed));
			return true;
		}
		const info = forced ?? readLine(trimmed, conv, { markdown, openers: options.openers });
		if (notes.inArea) {
			if (notes.areaLine(trimmed, index + 1, info, false, blankSince, line.startsWith('  '))) {
				blankSince = false;
				return true;
			}
		}
		const start =
			startNext ||
			forced !== null ||
			startsBlock(sink, info, trimmed, {
				mode: mode.kind,
				fullWidth,
				headingWidth: mode.width * HEADING_LINE_SHARE,
				blankSince,
				footnoteSince,
				pageBreakSince,
				sequence,
				unfinished: conv.unfinishedLineEnd,
				sentenceOnlyStart: conv.sentenceOnlyStart,
				listItemStart: conv.listItemStart,
				cut: footnoteSince || pageBreakSince
			});
		if (start && info.marker === 'number') sequence.operative = Number(info.number);
		if (!sink.take(start, info, index + 1, trimmed, restStart)) return false;
		blankSince = false;
		footnoteSince = false;
		pageBreakSince = false;
		startNext = false;
		forced = null;
		return true;
	};
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const index = lines.index;
		if (line.charCodeAt(0) === 0x0c) {
			notes.pageBreak();
			pageBreakSince = true;
		}
		let trimmed = line.trim();
		if (!trimmed) {
			blankSince = true;
			continue;
		}
		let restStart = lines.start;
		forced = null;
		// The paragraph start found last in this line, whose number may have been lost.
		let pending = null as LineInfo | null;
		// The next paragraph run on inside the line: each part is read as a line of its own.
		for (;;) {
			const own = NUMBERED_PARAGRAPH.exec(trimmed);
			// After a paragraph start found in this line whose number was lost, the number after it is next.
			const next = own ? Number(own[1]) + 1 : pending ? Number(pending.number) + 1 : sequence.operative + 1;
			// The text of the paragraph this part belongs to, after its number, when it started in this line.
			const ownText = own ? own[2] : (pending?.rest ?? null);
			let at = notes.inArea || (own === null && sequence.operative === 0) ? -1 : findRunOnNumber(trimmed, next);
			// A heading run on before the paragraph under it stands apart, and the paragraph starts after it.
			const headed =
				at <= 0 && own === null && !notes.inArea
					? findHeadingRunOn(trimmed, sequence.operative, conv.unfinishedLineEnd)
					: -1;
			if (headed > 0) at = headed;
			// A declaration's paragraph whose end the extractor lost, the next one run on after a word that ended nothing.
			const lost: LostParagraphStart | null =
				at <= 0 && conv.declarationParagraph && !notes.inArea && inDeclaration(ownText, sink, conv.declarationParagraph)
					? findLostParagraphStart(trimmed, next, conv.declarationParagraph)
					: null;
			if (lost) at = lost.at;
			// A web page's title line that runs the letter and heading of the first of several resolutions under one
			// title on after it ("51/45. 全面彻底裁军 A 不扩散核武器条约…"): the letter and heading stand apart.
			const title =
				at <= 0 && own === null && sequence.operative === 0 && isAsciiDigit(trimmed.charCodeAt(0))
					? RESOLUTION_NUMBER.exec(trimmed)
					: null;
			const part = title ? PART_LETTER_IN_TITLE.exec(title[2]) : null;
			if (title && part) at = trimmed.length - title[2].length + part.index + part[0].indexOf(part[1]);
			if (at <= 0) break;
			if (!readText(line, trimmed.slice(0, at).trimEnd(), index, restStart)) return sink.finish(notes);
			startNext = headed > 0;
			restStart += at;
			trimmed = trimmed.slice(at);
			const letter = part ? PART_LETTER.exec(trimmed) : null;
			pending = letter ? { marker: 'section', number: letter[1], rest: trimmed.slice(letter[0].length) } : null;
			if (lost) {
				const printed = lost.numbered ? NUMBERED_PARAGRAPH.exec(trimmed) : null;
				pending = { marker: 'number', number: String(next), rest: printed ? printed[2] : trimmed, inferred: true };
			}
			forced = pending;
		}
		if (!readText(line, trimmed, index, restStart)) break;
	}
	return sink.finish(notes);
}

/**
 * Whether a line belongs to a numbered paragraph of a declaration (drafting `declarationParagraph`): its own
 * numbered paragraph opens so ("14. We reaffirm …", `own` its text after the number), or, for a line that
 * continues one, the open block does.
 */
function inDeclaration(own: string | null, sink: BlockSink, start: RegExp): boolean {
	if (own !== null) return start.test(own);
	const open = sink.current;
	return open !== null && open.info.marker === 'number' && start.test(open.text);
}

/** What {@link startsBlock} weighs besides the line itself. */
interface StartContext {
	mode: LineMode['kind'];
	/** Lines at least this long run to the wrap width (wrapped mode). */
	fullWidth: number;
	/** Lines shorter than this are centred headings or ends of paragraphs, not an indented first line. */
	headingWidth: number;
	blankSince: boolean;
	footnoteSince: boolean;
	pageBreakSince: boolean;
	sequence: { operative: number; letter: string };
	/** The language's unfinished line ends (drafting `unfinishedLineEnd`). */
	unfinished?: RegExp;
	/** Words that only start sentences (drafting `sentenceOnlyStart`). */
	sentenceOnlyStart?: RegExp;
	/** The start of a list item without its letter (drafting `listItemStart`). */
	listItemStart?: RegExp;
	/** A page break or footnote block stands between the open block and this line. */
	cut?: boolean;
}

/** Whether a line starts a new block, or continues the open one. */
function startsBlock(sink: BlockSink, info: LineInfo, trimmed: string, ctx: StartContext): boolean {
	const open = sink.current;
	if (!open || open.closed) return true;
	const marker = info.marker;
	const strong = marker !== null && (CLOSED_MARKERS.has(marker) || marker === 'bold');
	const listed = marker !== null && LIST_MARKERS.has(marker);
	// A number alone ("1."), a section number alone ("II."), a letter alone ("a)") or a title number alone ("73/6.")
	// takes the next line as its text.
	const bare = open.info.marker === 'number' || open.info.marker === 'section' || open.info.marker === 'letter';
	if ((bare && open.text === '') || open.bareTitle) return strong || listed;
	if (strong) return true;
	// The title takes the lines it wraps onto, up to a blank line or a marker.
	if (open.info.marker === 'title') return ctx.blankSince || listed;
	const ended = endsClause(open.lastLine);
	// A page break or footnote block cut the paragraph: a blank line there does not end it.
	const cut = ctx.footnoteSince || ctx.pageBreakSince;
	// A numbered paragraph goes on in a sentence the extractor set on a line of its own ("24. We request … levels."
	// / "We call upon …", "9. We reaffirm … Agenda." / "We are committed …"): where paragraphs are numbered (a
	// declaration's), one opening with "We" has its number; without one it is the numbered paragraph's next sentence.
	// Across a blank line, a list item whose letter the extractor lost opens after running prose that ended no
	// clause ("… To this end, we" / "Adopting macroeconomic policies …"): the words that announced the list went
	// with the page.
	if (
		ctx.blankSince &&
		!ended &&
		marker === null &&
		ctx.listItemStart?.test(trimmed) === true &&
		PROSE_END.test(open.lastLine)
	)
		return true;
	if (
		open.info.marker === 'number' &&
		marker === null &&
		!ctx.blankSince &&
		SENTENCE_END.test(open.lastLine) &&
		ctx.sentenceOnlyStart?.test(trimmed) === true
	)
		return false;
	// A name's subtitle after the colon inside it goes on, whatever the mode: the line opens nothing.
	if (marker === null && !ctx.blankSince && NAME_BEFORE_COLON.test(open.lastLine) && NAME_START.test(trimmed))
		return false;
	if (marker === 'number') {
		if (ctx.mode === 'blank' && ctx.blankSince && !cut) return true;
		return nextInSequence(info, ctx.sequence, ended) && (ended || info.rest === '' || ctx.blankSince);
	}
	if (listed) return ended || ctx.blankSince || ctx.mode === 'lines';
	// Lower case, or a digit after a paragraph that has not ended ("8 and 9 December 2014 …" after a page
	// break): the paragraph goes on.
	if (isLowerAscii(trimmed.charCodeAt(0))) return false;
	if (!ended && marker === null && isAsciiDigit(trimmed.charCodeAt(0))) return false;
	switch (ctx.mode) {
		case 'blank':
			// An extractor wraps lines anywhere, but never right before a paragraph's opener after a clause ended.
			if (ended && marker === 'opener') return true;
			// A long paragraph that has not ended, a blank line, and a line that opens nothing: a page broke it
			// ("… Olympic and Paralympic Winter" / "Games, as a defining feature …"). A short line is a heading.
			if (!ended && marker === null && open.text.length > UNFINISHED_PARAGRAPH_MIN) return false;
			// Across a page break or footnote block, a clause that ended in a comma goes on unless an opener (a
			// drafting verb, or a word set in bold as the PDF and Word readers mark one) follows.
			if (cut && /[,，]$/.test(open.lastLine)) return marker === 'opener' || opensWithBold(trimmed);
			return ctx.blankSince && (ended || !cut);
		case 'wrapped': {
			const short = open.lastLine.length < ctx.fullWidth;
			if (!ended) {
				// A short line that ends a heading (not on an article or preposition) before a capital: a heading
				// stands on its own ("…against tuberculosis" / "United to end tuberculosis: …").
				// A line opening with a word that only opens sentences ("We, Heads of State …") shows the line before
				// was a heading too, however long.
				return (
					ctx.unfinished !== undefined &&
					!ctx.unfinished.test(open.lastLine) &&
					!ctx.cut &&
					((open.lastLine.length < ctx.headingWidth && /^\p{Lu}/u.test(trimmed)) ||
						ctx.sentenceOnlyStart?.test(trimmed) === true)
				);
			}
			// pdftotext sets a blank line between its blocks: after a clause ends, a new paragraph; after a colon, a
			// short line in capitals opens what the colon announced (a centred heading of a declaration).
			return (
				marker === 'opener' ||
				short ||
				(ctx.blankSince && !ctx.cut) ||
				(/[:：]$/.test(open.lastLine) && /^\p{Lu}/u.test(trimmed) && trimmed.length < ctx.headingWidth)
			);
		}
		default:
			// A bracketed letterhead line wrapped onto the next ("[根据…的报告" / "(A/50/605)通过]") starts at its "[".
			if (/^[[［]/.test(trimmed)) return true;
			// A page broke a long paragraph that had not ended ("…with the United Nations" / "Office on Drugs and
			// Crime as its coordinator, …"): the line that opens nothing goes on with it, as in blank mode.
			if (ctx.blankSince) return !(!ended && marker === null && (cut || open.text.length > UNFINISHED_PARAGRAPH_MIN));
			// A numbered paragraph ends in a semicolon, a colon or a full stop, never in a comma: a line that opens
			// nothing after one that ends in a comma is where the extractor broke the paragraph ("…Trafficking in
			// Persons," / "Especially Women and Children, as referenced …").
			if (open.info.marker === 'number' && marker === null && /,$/.test(open.lastLine)) return false;
			return ended || (marker !== null && marker !== 'opener');
	}
}
