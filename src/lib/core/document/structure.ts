/**
 * From normalised text to the drafting structure of a resolution or report: which lines form a paragraph,
 * what kind each paragraph is, what its number is, which lines are letterhead, page furniture or footnotes.
 *
 * Texts reach us in four shapes, each with its own evidence of where a paragraph starts:
 * - tokenized corpus text: one run-on line, words separated by spaces. Nothing marks a paragraph start
 *   except the drafting itself: a preambular paragraph ends with "，" and the next opens with a fixed
 *   phrase (回顾, 又回顾, …); an operative one opens with its number. Starts found this way are `inferred`.
 * - PDF text: hard line breaks inside paragraphs; a paragraph starts on an indented line after a line that
 *   ended one (the extractor leaves a trailing space there); footnotes sit between a rule and the next
 *   paragraph, page headers and footers between pages.
 * - Markdown or plain text: one line per paragraph (or wrapped lines of one paragraph), blank lines,
 *   `**bold**`, superscript footnote marks and footnote lines where pages broke.
 * The split into blocks is shape-specific; rendering (normalize.ts) and classification are shared, so the
 * same resolution gives the same paragraphs in every shape. Every pass is linear in the text.
 */
import { SPACE_BETWEEN_CJK, isSpaceUnit } from '../text/cjk';
import {
	BULLET_ITEM,
	DASH_ITEM,
	DRAFT_SYMBOL,
	FOOTNOTE_RULE,
	MASTHEAD_LINE,
	NUMBERED_PARAGRAPH,
	RESOLUTION_NUMBER,
	SECTION_HEADING,
	SUBPARAGRAPH,
	buildOpenerTable,
	endsWithParagraphPunctuation,
	isFootnoteRule,
	isSuperscriptDigit,
	matchOpener,
	readSuperscript,
	splitSponsors,
	type DraftingConventions,
	type OpenerTable
} from './drafting';
import { BARCODE_LINE, SYMBOL_LINE, isJobNumberLine, isPageNumberLine } from './un-patterns';
import {
	deleteRanges,
	findRepeatedPrint,
	hasEmphasisPair,
	cleanParagraphText,
	trackText,
	type MarkAt,
	type TrackedText
} from '../text/normalize';
import type { DocumentMeta, ParagraphKind, TextRange } from '../types';

/** The shape a text arrived in, as detected. */
export type TextShape = 'tokenized' | 'markdown' | 'pdf-text' | 'plain';

/** Options of {@link structureDocument}. */
export interface StructureOptions {
	/** Drafting conventions of the text's language (drafting.ts `getDrafting`). */
	drafting: DraftingConventions;
	/** Force a shape instead of detecting it. */
	shape?: TextShape;
	/**
	 * Most paragraphs the text is read into, 1 or more; past it the rest of the text joins the last paragraph
	 * unread (nothing is dropped) and a warning says so. Bounds time and memory on hostile input. Default 500 000.
	 */
	maxParagraphs?: number;
}

/** A paragraph as structured, before ids are given (parse.ts gives them). */
export interface StructuredParagraph {
	kind: ParagraphKind;
	number: string | null;
	text: string;
	/** Footnote marks cited, with where each stood in `text`. */
	marks: MarkAt[];
	emphasis: TextRange[];
	/** Index (in the paragraph list) of the paragraph a subparagraph belongs to. */
	parent?: number;
	inferred?: boolean;
	/** 1-based line of the text where the paragraph starts. */
	line: number;
}

/** A footnote as structured: mark, text, and index of the first citing paragraph. */
export interface StructuredFootnote {
	mark: string;
	text: string;
	paragraph: number | null;
}

/** Meta read from letterhead, title, closing and furniture; parse.ts completes it. */
export type StructuredMeta = Partial<Omit<DocumentMeta, 'source'>>;

/** A document read into its structure. */
export interface DocumentStructure {
	shape: TextShape;
	meta: StructuredMeta;
	paragraphs: StructuredParagraph[];
	footnotes: StructuredFootnote[];
	warnings: string[];
}

/** What a line starts with, as far as paragraph boundaries are concerned. */
type Marker =
	| 'number'
	| 'letter'
	| 'dash'
	| 'bullet'
	| 'section'
	| 'md-heading'
	| 'bracket'
	| 'title'
	| 'heading'
	| 'closing'
	| 'letterhead'
	| 'bold';

/** Markers that always start a block and never take continuation lines. */
const CLOSED_MARKERS: ReadonlySet<Marker> = new Set([
	'section',
	'md-heading',
	'bracket',
	'title',
	'heading',
	'closing',
	'letterhead'
]);

/** Markers that start a block when the previous line ended one (else they may be mid-sentence). */
const LIST_MARKERS: ReadonlySet<Marker> = new Set(['number', 'letter', 'dash', 'bullet']);

/** One line read for its marker; `rest` is the line without the number or bullet. */
interface LineInfo {
	marker: Marker | null;
	number: string | null;
	rest: string;
}

/** A would-be paragraph: raw text (lines joined by spaces), marks, number, and how it started. */
interface Block {
	raw: string;
	marks: MarkAt[];
	number: string | null;
	marker: Marker | null;
	line: number;
	inferred: boolean;
}

/** A footnote's raw text while its lines are collected. */
interface FootnoteDraft {
	mark: string;
	raw: string;
	line: number;
}

/** Collects the footnotes of a text; one is open (being read) until a line ends it. */
class FootnoteCollector {
	readonly footnotes: FootnoteDraft[] = [];
	/** The footnote being read, if any. */
	open: FootnoteDraft | null = null;

	/** Close the open footnote. */
	flush(): void {
		if (this.open) this.footnotes.push(this.open);
		this.open = null;
	}

	/** Open a footnote (closing the one before). */
	start(mark: string, raw: string, line: number): void {
		this.flush();
		this.open = { mark, raw, line };
	}
}

/**
 * Read one line of a footnote area (the lines after a rule or a footnote line), for both line-based shapes. A
 * mark alone opens a footnote whose text is the next line; "mark text" opens one; a line with no marker
 * continues the open footnote's text until a sentence ends it. PDF text differs in three ways: a number
 * opening a wrapped line is no new footnote while the open one's sentence runs on; a bracketed line (a symbol
 * the wrap cut) continues it too; lines join with a space only between letters or digits (Chinese lines join
 * without one). In clean text a blank line ends a footnote. Returns false for a line that ends the footnote
 * area (the open footnote is closed): the text flow resumes with it.
 */
function readFootnoteArea(
	notes: FootnoteCollector,
	trimmed: string,
	line: number,
	info: LineInfo,
	pdf: boolean,
	blankSince: boolean
): boolean {
	const fn = notes.open;
	if (MARK_ONLY.test(trimmed)) {
		notes.start(trimmed, '', line);
		return true;
	}
	if (fn && fn.raw === '') {
		fn.raw = trimmed;
		return true;
	}
	const withText = FOOTNOTE_WITH_TEXT.exec(trimmed);
	if (withText && info.marker !== 'number' && (!pdf || !fn || FOOTNOTE_END.test(fn.raw))) {
		notes.start(withText[1], withText[2], line);
		return true;
	}
	const continues = pdf ? info.marker === null || info.marker === 'bracket' : info.marker === null && !blankSince;
	if (fn && continues && !FOOTNOTE_END.test(fn.raw)) {
		if (!pdf || ALNUM_END.test(fn.raw) || ALNUM_START.test(trimmed)) fn.raw += ' ';
		fn.raw += trimmed;
		return true;
	}
	notes.flush();
	return false;
}

/** What a shape's splitter returns. */
interface SplitResult {
	blocks: Block[];
	footnotes: FootnoteDraft[];
	/** Symbol read from a page header line, if any. */
	furnitureSymbol: string | null;
	/** Set when the text had more than {@link MAX_BLOCKS} paragraphs and the rest joined the last one. */
	overflow: boolean;
}

/** A block after rendering: its text as a reader sees it. */
interface RenderedBlock extends Block {
	tracked: TrackedText;
}

/** Collects the lines of one block; marks are recorded where they stood. */
class BlockBuilder {
	/** The lines so far, joined (most blocks are one line: nothing to join). */
	private raw = '';
	private lastPart = '';
	readonly marks: MarkAt[] = [];

	constructor(
		readonly info: LineInfo,
		readonly line: number
	) {
		this.append(info.rest);
	}

	/** Add a line; lines are joined by a space, which canonical white space removes between CJK. */
	append(text: string): void {
		if (text.length === 0) return;
		// An English word broken at a hyphen at the end of a line joins without a space.
		if (this.raw.length > 0 && !(endsWithLetterHyphen(this.lastPart) && isLowerAscii(text.charCodeAt(0))))
			this.raw += ' ';
		this.raw += text;
		this.lastPart = text;
	}

	/** A footnote mark printed on a line of its own, after the text so far. */
	addMark(mark: string): void {
		this.marks.push({ mark, offset: this.raw.length });
	}

	get closed(): boolean {
		return this.info.marker !== null && CLOSED_MARKERS.has(this.info.marker);
	}

	get lastLine(): string {
		return this.lastPart;
	}

	build(): Block {
		return {
			raw: this.raw,
			marks: this.marks,
			number: this.info.number,
			marker: this.info.marker,
			line: this.line,
			inferred: false
		};
	}
}

/**
 * What a line splitter has read: the finished blocks, the one still open, the page furniture's symbol,
 * and whether the text had more paragraphs than are read (then the rest joins the last block unread).
 */
class BlockSink {
	readonly blocks: Block[] = [];
	current: BlockBuilder | null = null;
	overflow = false;
	furnitureSymbol: string | null = null;

	constructor(
		private readonly text: string,
		private readonly maxBlocks: number
	) {}

	/** A page-furniture line: the first one that is a document symbol is kept. */
	furniture(trimmed: string): void {
		if (!this.furnitureSymbol && SYMBOL_LINE.test(trimmed)) this.furnitureSymbol = trimmed;
	}

	/**
	 * Starts a block at this line (always when none is open), or appends the line to the open one. False
	 * when the block would be one too many: the text from `restStart` on then joins the open block unread,
	 * and the splitter stops.
	 */
	take(start: boolean, info: LineInfo, line: number, trimmed: string, restStart: number): boolean {
		const open = this.current;
		if (open && !start) {
			open.append(trimmed);
			return true;
		}
		if (open && this.blocks.length + 1 >= this.maxBlocks) {
			open.append(this.text.slice(restStart));
			this.overflow = true;
			return false;
		}
		this.flush();
		this.current = new BlockBuilder(info, line);
		return true;
	}

	private flush(): void {
		if (this.current) this.blocks.push(this.current.build());
		this.current = null;
	}

	finish(notes: FootnoteCollector): SplitResult {
		this.flush();
		notes.flush();
		return {
			blocks: this.blocks,
			footnotes: notes.footnotes,
			furnitureSymbol: this.furnitureSymbol,
			overflow: this.overflow
		};
	}
}

/** Whether a UTF-16 unit is an ASCII digit (`\d` without the `u` flag). */
function isAsciiDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/** Whether a UTF-16 unit is an ASCII lower-case letter. */
function isLowerAscii(c: number): boolean {
	return c >= 0x61 && c <= 0x7a;
}

/** Whether a line ends with an ASCII letter and a hyphen: an English word broken at the end of the line. */
function endsWithLetterHyphen(line: string): boolean {
	const n = line.length;
	if (n < 2 || line.charCodeAt(n - 1) !== 0x2d) return false;
	const c = line.charCodeAt(n - 2) | 0x20;
	return c >= 0x61 && c <= 0x7a;
}

const MARK_ONLY = /^(\d{1,3}|[*†‡]{1,3})$/;
const SUPERSCRIPT_ONLY = /^[⁰¹²³⁴-⁹]{1,3}$/u;
const FOOTNOTE_WITH_TEXT = /^(\d{1,3}|[*†‡]{1,3})[ \t]+(\S.*)$/;
const SUPERSCRIPT_FOOTNOTE = /^([⁰¹²³⁴-⁹]{1,3})[ \t]*(\S.*)$/u;
const MARKDOWN_FOOTNOTE = /^\[\^?(\d{1,3}|\*{1,3})\]:?[ \t]+(\S.*)$/;
const CARET_FOOTNOTE = /^\^(\d{1,3})[ \t]+(\S.*)$/;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(.*)$/;
const MARKDOWN_BULLET = /^[*+][ \t]+(\S.*)$/;
const BRACKET_LINE = /^\[[^\]]*\]$/;
/** A Markdown thematic break made of spaced asterisks: `* * *`. */
const STAR_BREAK = /^\*(?:[ \t]*\*){2,}[ \t]*$/;
const TOPICS_LINE = /^%%%(.*)$/;
/** A footnote line marked with stars: "* 代表属于不结盟运动成员的联合国会员国。". */
const STAR_FOOTNOTE = /^(\*{1,3})[ \t]+(\S.*)$/;
/** Stars cited as a footnote mark: right after a word, before a colon, comma or the end ("阿塞拜疆*：决议草案"). */
const STAR_CITED = /[^\s*](\*{1,3})(?=[：:，,、\s]|$)/g;
/** The same, to ask whether a line cites any (cheaper than the draft-line test that must also pass). */
const CITES_STAR = new RegExp(STAR_CITED.source);
const FOOTNOTE_END = /[。.！？!?；;][”’)）\]]*$/;
/** A footnote line of PDF text ending, and the next one starting, with a letter or digit: joined by a space. */
const ALNUM_END = /[A-Za-z0-9]$/;
const ALNUM_START = /^[A-Za-z0-9(]/;
/** What a line that starts a list item or bracket may start with (never a continued line in PDF text). */
const LIST_START = /^[[(（\d–—-]/;

/** Whether a trimmed line is page furniture: a symbol alone, a job number, a barcode, a page number. */
function isFurniture(trimmed: string, pdf: boolean): boolean {
	if (trimmed.length > 40) return false;
	if (SYMBOL_LINE.test(trimmed) || isJobNumberLine(trimmed) || BARCODE_LINE.test(trimmed)) return true;
	return pdf && isPageNumberLine(trimmed);
}

/** Read a trimmed line for its marker (the paragraph number, bullet, heading, letterhead pattern …). */
function readLine(trimmed: string, conv: DraftingConventions, markdown: boolean): LineInfo {
	if (markdown) {
		// Each Markdown form is known by its first character: read only the one it can be.
		const first = trimmed.charCodeAt(0);
		const h = first === 0x23 ? MARKDOWN_HEADING.exec(trimmed) : null;
		if (h) {
			// A closing sequence of #s ("## Title ##") is markup too.
			let end = h[2].length;
			while (end > 0 && h[2][end - 1] === '#') end--;
			const text = (
				end < h[2].length && (end === 0 || isSpaceUnit(h[2].charCodeAt(end - 1))) ? h[2].slice(0, end) : h[2]
			).trim();
			const inner = readLine(text, conv, false);
			if (inner.marker === 'title' || inner.marker === 'heading' || inner.marker === 'section') return inner;
			return { marker: 'md-heading', number: null, rest: text };
		}
		const b = first === 0x2a || first === 0x2b ? MARKDOWN_BULLET.exec(trimmed) : null;
		// `* * *` is a thematic break, not a bullet: it stays a line of text, characters and all.
		if (b && !trimmed.startsWith('**') && !STAR_BREAK.test(trimmed))
			return { marker: 'bullet', number: '•', rest: b[1] };
	}
	if (NUMBERED_PARAGRAPH.test(trimmed)) {
		// Most lines of a resolution are numbered: read the two groups where the pattern puts them (the leading
		// digits; the rest after the full stop, an optional backslash before it, and spaces or tabs after it)
		// rather than have the engine build a match object for every line.
		let digits = 0;
		while (isAsciiDigit(trimmed.charCodeAt(digits))) digits++;
		// After the digits: "." (or "\\." in Markdown), or the Arabic versions' " - ", then spaces or tabs.
		let rest = digits;
		while (trimmed.charCodeAt(rest) === 0x20 || trimmed.charCodeAt(rest) === 0x09) rest++;
		rest += trimmed.charCodeAt(rest) === 0x5c ? 2 : 1;
		while (trimmed.charCodeAt(rest) === 0x20 || trimmed.charCodeAt(rest) === 0x09) rest++;
		return { marker: 'number', number: String(Number(trimmed.slice(0, digits))), rest: trimmed.slice(rest) };
	}
	const sub = SUBPARAGRAPH.exec(trimmed);
	// "(a)" as printed, full-width parentheses made ASCII; "a)" (French, Spanish, Russian) as printed.
	if (sub) return { marker: 'letter', number: sub[1] ? `(${sub[1]})` : `${sub[2]})`, rest: sub[3] };
	const dash = DASH_ITEM.exec(trimmed);
	if (dash) return { marker: 'dash', number: '–', rest: dash[2] };
	const bullet = BULLET_ITEM.exec(trimmed);
	if (bullet) return { marker: 'bullet', number: '•', rest: bullet[2] };
	if (RESOLUTION_NUMBER.test(trimmed)) return { marker: 'title', number: null, rest: trimmed };
	const section = SECTION_HEADING.exec(trimmed);
	if (section && !endsWithParagraphPunctuation(section[2]))
		return { marker: 'section', number: section[1], rest: section[2] };
	if (BRACKET_LINE.test(trimmed)) return { marker: 'bracket', number: null, rest: trimmed };
	// The subject, closing and letterhead lines are short; long lines skip these tests.
	if (trimmed.length <= 60) {
		const compact = trimmed.replace(/\*\*|__/g, '').replace(/\s+/g, conv.wordBoundary ? ' ' : '');
		if (conv.assemblyHeading.test(compact)) return { marker: 'heading', number: null, rest: trimmed };
		if (conv.closingDate.test(trimmed) || conv.closingMeeting.test(trimmed))
			return { marker: 'closing', number: null, rest: trimmed };
	}
	if (
		trimmed.length <= 120 &&
		(conv.session.test(trimmed) || conv.agendaItem.test(trimmed) || conv.adoptionLine.test(trimmed))
	) {
		return { marker: 'letterhead', number: null, rest: trimmed };
	}
	// A draft's masthead, committee and "…：决议草案" lines stand alone even without blank lines between them.
	if (trimmed.length <= 80 && (MASTHEAD_LINE.test(trimmed) || conv.committeeName.test(trimmed))) {
		return { marker: 'letterhead', number: null, rest: trimmed };
	}
	if (trimmed.length <= 600 && conv.draftLine.test(trimmed.replace(/\*\*|__/g, ''))) {
		return { marker: 'letterhead', number: null, rest: trimmed };
	}
	if (findRepeatedPrint(trimmed)) return { marker: 'bold', number: null, rest: trimmed };
	return { marker: null, number: null, rest: trimmed };
}

/** Split off a `%%%TOPIC|TOPIC|` first line of corpus text; the line stays, empty, so line numbers hold. */
function takeTopics(text: string): { topics: string[] | null; rest: string } {
	const lines = new LineCursor(text);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const trimmed = line.trim();
		if (!trimmed) continue;
		const m = TOPICS_LINE.exec(trimmed);
		if (!m) break;
		const topics = m[1]
			.split('|')
			.map((t) => t.trim())
			.filter(Boolean);
		return { topics, rest: text.slice(0, lines.start) + text.slice(lines.end) };
	}
	return { topics: null, rest: text };
}

/**
 * Reads a text line by line without building an array of lines (a 40 MB text can have ten million):
 * `next()` returns the next line, `index` its 0-based number, `start` and `end` its offsets.
 */
class LineCursor {
	index = -1;
	start = 0;
	end = -1;

	constructor(private readonly text: string) {}

	next(): string | null {
		if (this.end >= this.text.length) return null;
		this.start = this.end + 1;
		const nl = this.text.indexOf('\n', this.start);
		this.end = nl < 0 ? this.text.length : nl;
		this.index++;
		return this.text.slice(this.start, this.end);
	}
}

/** Default of {@link StructureOptions.maxParagraphs}: far beyond any real document (a resolution has < 300). */
const MAX_BLOCKS = 500_000;

/** Lines (split at LF) with something other than white space; those of them starting with white space; and ending with it. */
const TEXT_LINE = /(?:^|\n)[^\S\n]*\S/g;
const INDENTED_LINE = /(?:^|\n)[^\S\n]+\S/g;
const TRAILING_SPACE_LINE = /\S[^\S\n]+(?=\n|$)/g;
/** A line that is a footnote rule (drafting.ts FOOTNOTE_RULE), white space around it. */
const RULE_LINE = new RegExp(`(?:^|\\n)[^\\S\\n]*${FOOTNOTE_RULE.source.slice(1, -1)}[^\\S\\n]*(?=\\n|$)`);
/** The characters a line of Markdown is known by here: emphasis, heading, superscript mark. */
const MARKDOWN_SIGN = /[*_#⁰¹²³⁴-⁹]/;

/** How many times a global regex matches a text. */
function countMatches(text: string, re: RegExp): number {
	return text.match(re)?.length ?? 0;
}

/**
 * Detect the shape of a text from its lines. Tokenized: a corpus topics line, or spaces between most pairs
 * of CJK characters. PDF text: many indented lines and lines that continue an unfinished line without
 * indentation. Markdown: a well-formed emphasis pair (normalize.ts: not `window.__x`, `__init__` or `2*3*4`),
 * a heading or footnote markup. Otherwise plain.
 */
export function detectShape(text: string): TextShape {
	const head = text.length > 400_000 ? text.slice(0, 400_000) : text;
	if (/^\s*%%%/.test(head)) return 'tokenized';
	// Spaces between CJK characters, found by the regex engine; the ideographs are counted only when there are
	// enough such spaces to matter, and only until they outnumber four per space (then it is not tokenized).
	let spaced = 0;
	SPACE_BETWEEN_CJK.lastIndex = 0;
	while (SPACE_BETWEEN_CJK.test(head)) spaced++;
	if (spaced >= 10) {
		let cjk = 0;
		for (let i = 0; i < head.length && cjk <= spaced * 4; i++) {
			const c = head.charCodeAt(i);
			if (c >= 0x4e00 && c <= 0x9fff) cjk++;
		}
		if (cjk >= 20 && spaced * 4 >= cjk) return 'tokenized';
	}
	// Line statistics by the regex engine, which counts thousands of lines faster than a loop over them.
	const textLines = countMatches(head, TEXT_LINE);
	const indented = countMatches(head, INDENTED_LINE);
	// PDF text: paragraphs start indented and go on unindented; pdftotext also leaves a space at the end of
	// a paragraph's last line (some lines have one, not all), and rules before footnotes. Lines that go on are
	// counted only when enough lines are indented for it to matter.
	if (textLines > 0 && indented >= 0.15 * textLines) {
		const trailing = countMatches(head, TRAILING_SPACE_LINE);
		const rules = RULE_LINE.test(head);
		let continued = 0;
		let previous: string | null = null;
		const lines = new LineCursor(head);
		for (let line = lines.next(); line !== null; line = lines.next()) {
			const trimmed = line.trim();
			if (!trimmed) continue;
			if (
				previous !== null &&
				!isSpaceUnit(line.charCodeAt(0)) &&
				!endsWithParagraphPunctuation(previous) &&
				!LIST_START.test(trimmed)
			) {
				continued++;
			}
			previous = trimmed;
		}
		const trailingEvidence = trailing >= 0.2 * textLines && trailing <= 0.9 * textLines ? 2 : 0;
		if (continued + trailingEvidence + (rules ? 2 : 0) >= 2 && continued + trailingEvidence > 0) return 'pdf-text';
	}
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

/**
 * Whether a text that is not tokenized still runs several paragraphs together on one line: few lines, and
 * the subject ("大会，", "The General Assembly,") followed by more text on the same line.
 */
function isRunOn(text: string, conv: DraftingConventions): boolean {
	const lines = new LineCursor(text);
	let count = 0;
	let found = false;
	for (let line = lines.next(); line !== null; line = lines.next()) {
		if (!line.trim()) continue;
		if (++count > 3) return false;
		const m = conv.runOnHeading.exec(line.length > 4000 ? line.slice(0, 4000) : line);
		if (m && line.length - (m.index + m[0].length) > 20) found = true;
	}
	return found;
}

/** Splitter for PDF text: indentation and trailing spaces mark paragraph starts; rules start footnotes. */
function splitPdfText(text: string, conv: DraftingConventions, maxBlocks: number): SplitResult {
	const sink = new BlockSink(text, maxBlocks);
	// Whether the extractor marks paragraph ends with a trailing space: some lines have one, most do not.
	let withTrailing = 0;
	let textLines = 0;
	const scan = new LineCursor(text);
	for (let line = scan.next(); line !== null; line = scan.next()) {
		const trimmed = line.trim();
		if (!trimmed || isFurniture(trimmed, true) || MARK_ONLY.test(trimmed)) continue;
		textLines++;
		if (isSpaceUnit(line.charCodeAt(line.length - 1))) withTrailing++;
	}
	const usesTrailing = withTrailing >= 0.05 * textLines && withTrailing <= 0.9 * textLines;

	let previous: { trailing: boolean; punct: boolean } = { trailing: true, punct: true };
	let inFootnotes = false;
	const notes = new FootnoteCollector();

	const lines = new LineCursor(text);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const index = lines.index;
		const trimmed = line.trim();
		if (!trimmed) continue;
		if (isFurniture(trimmed, true)) {
			sink.furniture(trimmed);
			continue;
		}
		if (isFootnoteRule(trimmed)) {
			notes.flush();
			inFootnotes = true;
			continue;
		}
		const info = readLine(trimmed, conv, false);
		if (inFootnotes) {
			if (readFootnoteArea(notes, trimmed, index + 1, info, true, false)) continue;
			// Anything else ends the footnotes; the text flow resumes (and may continue the paragraph they cut).
			inFootnotes = false;
		}
		if (MARK_ONLY.test(trimmed) && sink.current) {
			sink.current.addMark(trimmed);
			continue;
		}
		const indented = isSpaceUnit(line.charCodeAt(0));
		const trailing = isSpaceUnit(line.charCodeAt(line.length - 1));
		const ended = usesTrailing ? previous.trailing : previous.punct;
		const open = sink.current;
		let start: boolean;
		if (!open || open.closed) start = true;
		else if (info.marker && (CLOSED_MARKERS.has(info.marker) || info.marker === 'bold')) start = true;
		else if (info.marker && LIST_MARKERS.has(info.marker)) start = ended || indented;
		else if (indented) start = ended;
		else start = usesTrailing && previous.trailing && previous.punct;
		if (!sink.take(start, info, index + 1, trimmed, lines.start)) break;
		previous = { trailing, punct: endsWithParagraphPunctuation(trimmed) };
	}
	return sink.finish(notes);
}

/** Read a footnote line of clean text: "¹ 第 55/2 号决议。", "[^1]: …", "^1 …". */
function readFootnoteLine(trimmed: string): FootnoteDraft | null {
	// Each form is known by its first character (superscript digit, `[`, `^`): most lines need no regex at all.
	const first = trimmed.charCodeAt(0);
	const m = isSuperscriptDigit(first)
		? SUPERSCRIPT_FOOTNOTE.exec(trimmed)
		: first === 0x5b
			? MARKDOWN_FOOTNOTE.exec(trimmed)
			: first === 0x5e
				? CARET_FOOTNOTE.exec(trimmed)
				: null;
	if (!m) return null;
	const mark = isSuperscriptDigit(first) ? readSuperscript(m[1]) : m[1];
	return { mark, raw: m[2], line: 0 };
}

/**
 * Splitter for Markdown and plain text: a blank line or a line that ends a sentence ends a paragraph; a line
 * that does not end one continues it (wrapped text), unless the next line starts with a number, bullet or
 * letterhead pattern. Footnote lines go out of the flow; a paragraph they cut continues after them.
 */
function splitCleanText(text: string, conv: DraftingConventions, markdown: boolean, maxBlocks: number): SplitResult {
	const sink = new BlockSink(text, maxBlocks);
	let blankSince = false;
	let footnoteSince = false;
	let inFootnotes = false;
	const notes = new FootnoteCollector();
	const starsCited = new Set<string>();

	const lines = new LineCursor(text);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const index = lines.index;
		const trimmed = line.trim();
		if (!trimmed) {
			blankSince = true;
			continue;
		}
		if (isFurniture(trimmed, false)) {
			sink.furniture(trimmed);
			continue;
		}
		if (isFootnoteRule(trimmed) && !(markdown && trimmed === '---' && sink.current && !blankSince)) {
			notes.flush();
			inFootnotes = true;
			footnoteSince = true;
			continue;
		}
		// "* text" is a footnote when a line above cited that mark (a draft's sponsor line), else a bullet.
		const first = trimmed.charCodeAt(0);
		const star = first === 0x2a ? STAR_FOOTNOTE.exec(trimmed) : null;
		if (star && starsCited.has(star[1])) {
			notes.start(star[1], star[2], index + 1);
			inFootnotes = true;
			footnoteSince = true;
			continue;
		}
		// Only the draft line counts: elsewhere a star after a word closes Markdown emphasis ("*Recalling* its").
		if (!star && trimmed.length <= 600 && CITES_STAR.test(trimmed) && conv.draftLine.test(trimmed)) {
			for (const m of trimmed.matchAll(STAR_CITED)) starsCited.add(m[1]);
		}
		const def = readFootnoteLine(trimmed);
		const superscriptOnly = isSuperscriptDigit(first) && SUPERSCRIPT_ONLY.test(trimmed);
		if (def && !superscriptOnly) {
			notes.start(def.mark, def.raw, index + 1);
			inFootnotes = true;
			footnoteSince = true;
			continue;
		}
		if (superscriptOnly && sink.current) {
			sink.current.addMark(readSuperscript(trimmed));
			continue;
		}
		const info = readLine(trimmed, conv, markdown);
		if (inFootnotes) {
			if (readFootnoteArea(notes, trimmed, index + 1, info, false, blankSince)) continue;
			inFootnotes = false;
		}
		const open = sink.current;
		let start: boolean;
		if (!open) start = true;
		else if (isLowerAscii(first) && !info.marker) start = false;
		else if (blankSince) {
			start = !(footnoteSince && !open.closed && !info.marker && !endsWithParagraphPunctuation(open.lastLine));
		} else start = open.closed || info.marker !== null || endsWithParagraphPunctuation(open.lastLine);
		if (!sink.take(start, info, index + 1, trimmed, lines.start)) break;
		blankSince = false;
		footnoteSince = false;
	}
	return sink.finish(notes);
}

/** Skip white space forward from `i`. */
function skipSpaces(text: string, i: number, end: number): number {
	while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
	return i;
}

/** Skip white space backward from `i` (exclusive); returns the index of the last non-space before `i`, or -1. */
function lastNonSpace(text: string, i: number, start: number): number {
	let j = i - 1;
	while (j >= start && isSpaceUnit(text.charCodeAt(j))) j--;
	return j;
}

/**
 * The longest opener in `table` that `text` starts with at `index`, comparing without white space (a
 * tokenizer writes 意识到 as "意识 到"). Returns the end of the match in `text`, or -1.
 */
function matchOpenerLoose(text: string, index: number, end: number, table: OpenerTable): number {
	const candidates = table.byFirst.get(text[index]);
	if (!candidates) return -1;
	for (const word of candidates) {
		let i = index;
		let k = 0;
		while (k < word.length && i < end) {
			if (word[k] === ' ') {
				k++;
				continue;
			}
			if (isSpaceUnit(text.charCodeAt(i)) && i > index) {
				i++;
				continue;
			}
			if (text[i] !== word[k]) break;
			i++;
			k++;
		}
		if (k < word.length) continue;
		if (table.wordBoundary && i < end && /[A-Za-z]/.test(text[i])) continue;
		return i;
	}
	return -1;
}

/** A paragraph start found in run-on text. */
interface Cut {
	at: number;
	/** Where the paragraph's text starts (after its number). */
	textAt: number;
	marker: Marker | null;
	number: string | null;
	inferred: boolean;
}

const RUN_ON_TITLE = /(?:^|\s)((?:ES-|S-)?\d{1,3}\/\d{1,4}(?:\s?[A-Z]{1,2})?)\.(?=\s)/d;
/**
 * An operative paragraph number in run-on text: "4. ", "4．决定", up to four digits as in line-based text
 * (drafting.ts NUMBERED_PARAGRAPH). The pattern alone would take a year ("in 2012. ") or the tail of a longer
 * number; splitRunOn takes a match only after white space, after the end of a paragraph, and when it is the
 * next number counting up from 1, so a year in running text is a paragraph number only at paragraph 2012.
 */
const RUN_ON_NUMBER = /(\d{1,4})\s?[.．](?=\s|[\u3400-\u9fff])/g;

/**
 * Splitter for run-on text (tokenized corpus text): finds the letterhead, the title ("67/38."), the
 * subject ("大会，"), preambular paragraphs at each drafting opener after a "，", operative paragraphs at
 * "N. " with N counting up from 1 (so "67/38." and "第56/24T" never split), and the closing date and
 * meeting at the end. Existing line breaks are kept as boundaries too.
 */
function splitRunOn(body: string, conv: DraftingConventions, openers: OpenerTable, maxBlocks: number): SplitResult {
	const lineStarts: number[] = [0];
	for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	const lineOf = (offset: number) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
	const cuts: Cut[] = [];
	let overflow = false;
	const cut = (at: number, marker: Marker | null, inferred = false, number: string | null = null, textAt = at) =>
		cuts.push({ at, textAt, marker, number, inferred });

	// Closing date and meeting at the very end.
	let end = body.length;
	const tailStart = Math.max(0, body.length - 400);
	const closing = new RegExp(conv.runOnClosing.source, 'd').exec(body.slice(tailStart));
	if (closing?.indices?.[1] && closing.indices[2]) {
		end = tailStart + closing.indices[1][0];
		cut(end, 'closing');
		cut(tailStart + closing.indices[2][0], 'closing');
	}

	// Title and subject near the start.
	const head = body.slice(0, Math.min(end, 4000));
	const title = RUN_ON_TITLE.exec(head);
	const titleAt = title?.indices?.[1] ? title.indices[1][0] : -1;
	const headingSearchFrom = titleAt >= 0 ? titleAt : 0;
	const heading = conv.runOnHeading.exec(head.slice(headingSearchFrom));
	const headingAt = heading ? headingSearchFrom + heading.index : -1;
	const headingEnd = heading ? headingAt + heading[0].length : -1;
	const letterheadEnd = titleAt >= 0 ? titleAt : headingAt >= 0 ? headingAt : 0;
	if (letterheadEnd > 0) {
		// Letterhead items: bracketed lines stand alone ("[根据第一委员会的报告(A/67/409)通过]").
		cut(skipSpaces(body, 0, letterheadEnd), 'letterhead');
		for (let i = 0; i < letterheadEnd; i++) {
			if (body[i] === '[') cut(i, 'bracket');
			else if (body[i] === ']' && skipSpaces(body, i + 1, letterheadEnd) < letterheadEnd) {
				cut(skipSpaces(body, i + 1, letterheadEnd), 'letterhead');
			}
		}
	}
	if (titleAt >= 0) cut(titleAt, 'title');
	if (headingAt >= 0) cut(headingAt, 'heading');
	const bodyStart = headingEnd >= 0 ? headingEnd : titleAt >= 0 ? titleAt : 0;

	// Operative paragraphs: "N." with N counting up, after the end of the previous paragraph.
	let expected = 1;
	let firstOperative = end;
	RUN_ON_NUMBER.lastIndex = bodyStart;
	for (let m = RUN_ON_NUMBER.exec(body); m && m.index < end; m = RUN_ON_NUMBER.exec(body)) {
		if (Number(m[1]) !== expected) continue;
		const before = m.index > 0 ? body.charCodeAt(m.index - 1) : 0x20;
		if (!isSpaceUnit(before) && m.index !== bodyStart) continue;
		const prev = lastNonSpace(body, m.index, bodyStart);
		if (prev >= bodyStart && !(conv.paragraphEnders + '。：.:').includes(body[prev])) continue;
		if (expected === 1) firstOperative = m.index;
		cut(m.index, 'number', false, String(expected), skipSpaces(body, m.index + m[0].length, end));
		expected++;
	}

	// Preambular paragraphs: an opener right after a paragraph-ending comma or semicolon.
	const preambleStart = skipSpaces(body, bodyStart, firstOperative);
	if (preambleStart < firstOperative && headingAt >= 0) cut(preambleStart, null);
	for (let i = preambleStart; i < firstOperative; i++) {
		if (!conv.paragraphEnders.includes(body[i])) continue;
		const j = skipSpaces(body, i + 1, firstOperative);
		if (j >= firstOperative) break;
		if (matchOpenerLoose(body, j, firstOperative, openers) > j) cut(j, null, true);
	}

	// Line breaks that survived are boundaries as well.
	for (let i = 0; i < body.length; i++) {
		if (body[i] === '\n') {
			const j = skipSpaces(body, i + 1, body.length);
			if (j < body.length) cut(j, null);
		}
	}
	cut(skipSpaces(body, 0, body.length), null);

	// Sort, keep the most specific cut at each position, build blocks.
	cuts.sort((a, b) => a.at - b.at || rank(b) - rank(a));
	const blocks: Block[] = [];
	for (let k = 0; k < cuts.length; k++) {
		if (k > 0 && cuts[k].at === cuts[k - 1].at) continue;
		let next = k + 1;
		while (next < cuts.length && cuts[next].at === cuts[k].at) next++;
		// Past the most paragraphs a text is read into, the rest stays in the last one.
		if (blocks.length + 1 >= maxBlocks && next < cuts.length) {
			next = cuts.length;
			overflow = true;
		}
		const stop = next < cuts.length ? cuts[next].at : body.length;
		const c = cuts[k];
		const raw = body.slice(c.textAt, stop);
		if (!raw.trim() && c.number === null) continue;
		blocks.push({
			raw: raw.replace(/\n/g, ' '),
			marks: [],
			number: c.number,
			marker: c.marker,
			line: lineOf(c.at),
			inferred: c.inferred
		});
		if (overflow) break;
	}
	return { blocks, footnotes: [], furnitureSymbol: null, overflow };
}

/** Which of two cuts at the same position wins: the one that says most. */
function rank(c: Cut): number {
	if (c.marker === 'number') return 5;
	if (c.marker === 'closing' || c.marker === 'title' || c.marker === 'heading') return 4;
	if (c.marker === 'bracket' || c.marker === 'letterhead') return 3;
	return c.inferred ? 1 : 2;
}

/** What the letterhead lines said. */
interface LetterheadReading {
	session?: number;
	agendaItem?: string;
	agendaTitle?: string;
	date?: string;
	committeeReport?: string;
	symbol?: string;
	/** A draft's committee line: "第一委员会". */
	committee?: string;
	/** Set when a "…：决议草案" line was read. */
	draft?: boolean;
	/** The sponsors named on the draft line. */
	sponsors?: string[];
}

/** Read one letterhead line into `into`; returns whether the line was recognised. */
function readLetterheadLine(
	text: string,
	conv: DraftingConventions,
	into: LetterheadReading,
	afterAgenda: boolean
): boolean {
	const session = conv.session.exec(text);
	if (session) {
		const n = conv.toSessionNumber(session[1]);
		if (n !== null) into.session ??= n;
		return true;
	}
	const item = conv.agendaItem.exec(text);
	if (item) {
		into.agendaItem ??= item[1].trim();
		return true;
	}
	const adoption = conv.adoptionLine.exec(text);
	if (adoption) {
		into.date ??= conv.toIsoDate(adoption[1]) ?? undefined;
		return true;
	}
	const committee = conv.committeeLine.exec(text);
	if (committee) {
		into.committeeReport ??= committee[1];
		return true;
	}
	if (SYMBOL_LINE.test(text)) {
		into.symbol ??= text;
		return true;
	}
	const committee2 = conv.committeeName.exec(text);
	if (committee2) {
		into.committee ??= committee2[1];
		return true;
	}
	const draft = conv.draftLine.exec(text);
	if (draft) {
		into.draft = true;
		if (draft[1] && into.sponsors === undefined) {
			const names = splitSponsors(draft[1], conv);
			if (names.length > 0) into.sponsors = names;
		}
		return true;
	}
	if (MASTHEAD_LINE.test(text)) {
		const symbol = DRAFT_SYMBOL.exec(text) ?? /(?:A|S|E)\/[\w./-]+/.exec(text);
		if (symbol) into.symbol ??= symbol[0];
		return true;
	}
	if (afterAgenda && into.agendaTitle === undefined && !endsWithParagraphPunctuation(text)) {
		into.agendaTitle = text;
		return true;
	}
	return false;
}

/** Whether a block can be the title line of a resolution: short, unnumbered, citing nothing, not a sentence. */
function isTitleLike(b: RenderedBlock): boolean {
	const text = b.tracked.text;
	return (
		b.number === null &&
		b.tracked.marks.length === 0 &&
		text.length > 0 &&
		text.length <= 300 &&
		(b.marker === null || b.marker === 'bold' || b.marker === 'md-heading') &&
		!endsWithParagraphPunctuation(text)
	);
}

/**
 * The title of a resolution printed without its number, as in a draft: the line after "…：决议草案" ("draft
 * resolution"), or, when no such line is printed, the line right before the subject "大会，" if the letterhead
 * reading does not take it (as the agenda title, say). Returns its block index, or -1.
 */
function findUnnumberedTitle(blocks: RenderedBlock[], headingAt: number, conv: DraftingConventions): number {
	for (let i = headingAt - 1; i >= 0; i--) {
		if (
			blocks[i].number === null &&
			blocks[i].tracked.text.length <= 600 &&
			conv.draftLine.test(blocks[i].tracked.text)
		) {
			return i + 1 < headingAt && isTitleLike(blocks[i + 1]) ? i + 1 : -1;
		}
	}
	const last = headingAt - 1;
	if (!isTitleLike(blocks[last])) return -1;
	// Read the letterhead above as classify will, to learn whether it would take the last line as its own.
	const scratch: LetterheadReading = {};
	let afterAgenda = false;
	for (let i = 0; i < last; i++) {
		const text = blocks[i].tracked.text;
		const known: boolean =
			text.length <= 160 && blocks[i].number === null && readLetterheadLine(text, conv, scratch, afterAgenda);
		afterAgenda = conv.agendaItem.test(text) || (afterAgenda && !known);
	}
	return readLetterheadLine(blocks[last].tracked.text, conv, scratch, afterAgenda) ? -1 : last;
}

/** Remove the first `length` characters of a tracked text. */
function dropPrefix(t: TrackedText, length: number): TrackedText {
	return length > 0 ? deleteRanges(t, [0, length]) : t;
}

/** Options of the classifier. */
interface ClassifyContext {
	conv: DraftingConventions;
	verbs: OpenerTable;
	furnitureSymbol: string | null;
}

/**
 * Give each rendered block its kind. A resolution: letterhead (to meta) up to the title "76/40. …", the
 * subject "大会，", preambular paragraphs until the first numbered one, operative paragraphs and their
 * subparagraphs, and the closing date and meeting at the end. A report: section headings ("一. 导言", number
 * "一") and country headings (a short line followed by "[原件：…]") are 'heading'; the "[原件：西班牙文]" and
 * "[2012 年 6 月 5 日]" lines under a country heading are 'other' paragraphs of their own (kept as printed, so
 * nothing is lost and they align with their counterparts); numbered paragraphs are 'other' with their
 * number, as are body paragraphs without one; dash items are 'subparagraph' of the paragraph above them.
 * Anything that is neither: 'other', with a warning.
 */
function classify(
	blocks: RenderedBlock[],
	ctx: ClassifyContext
): { paragraphs: StructuredParagraph[]; meta: StructuredMeta; warnings: string[] } {
	const { conv } = ctx;
	const paragraphs: StructuredParagraph[] = [];
	const meta: StructuredMeta = {};
	const warnings: string[] = [];
	const letterhead: string[] = [];
	const reading: LetterheadReading = {};
	const n = blocks.length;
	const textOf = (i: number) => blocks[i].tracked.text;

	// `parent`: the index of the paragraph a subparagraph belongs to, or -1.
	const push = (b: RenderedBlock, kind: ParagraphKind, t: TrackedText = b.tracked, parent = -1) => {
		const p: StructuredParagraph = {
			kind,
			number: b.number,
			text: t.text,
			marks: t.marks,
			emphasis: t.emphasis,
			line: b.line
		};
		if (b.inferred) p.inferred = true;
		if (parent >= 0) p.parent = parent;
		paragraphs.push(p);
		return paragraphs.length - 1;
	};

	let titleAt = -1;
	for (let i = 0; i < Math.min(n, 25); i++) {
		if (blocks[i].number === null && RESOLUTION_NUMBER.test(textOf(i))) {
			titleAt = i;
			break;
		}
	}
	let headingAt = -1;
	const headingFrom = titleAt >= 0 ? titleAt + 1 : 0;
	for (let i = headingFrom; i < Math.min(n, headingFrom + (titleAt >= 0 ? 6 : 30)); i++) {
		if (conv.assemblyHeading.test(textOf(i))) {
			headingAt = i;
			break;
		}
	}
	const isResolution = titleAt >= 0 || headingAt >= 0;
	const draftTitleAt = titleAt < 0 && headingAt > 0 ? findUnnumberedTitle(blocks, headingAt, conv) : -1;
	const firstSection = blocks.findIndex((b) => b.marker === 'section');
	const isReport =
		!isResolution &&
		((ctx.furnitureSymbol !== null && !/\/RES\//.test(ctx.furnitureSymbol)) ||
			firstSection >= 0 ||
			blocks.some((b) => conv.originalLanguageLine.test(b.tracked.text)));

	// Letterhead: the short lines before the title (resolution) or the first section (report).
	const letterheadEnd = isResolution
		? titleAt >= 0
			? titleAt
			: draftTitleAt >= 0
				? draftTitleAt
				: headingAt
		: isReport && firstSection > 0
			? firstSection
			: 0;
	let afterAgenda = false;
	for (let i = 0; i < letterheadEnd; i++) {
		const text = textOf(i);
		// A numbered line or one citing a footnote is never letterhead: its number or mark would have nowhere to go.
		const short = text.length <= 160 && blocks[i].number === null && blocks[i].tracked.marks.length === 0;
		const known: boolean = short && readLetterheadLine(text, conv, reading, afterAgenda);
		if (short && (isResolution || known)) {
			letterhead.push(text);
			afterAgenda = conv.agendaItem.test(text) || (afterAgenda && !known);
		} else push(blocks[i], 'other');
	}

	if (isResolution) {
		meta.kind = 'resolution';
		let bodyFrom = letterheadEnd;
		if (titleAt >= 0) {
			const b = blocks[titleAt];
			const m = RESOLUTION_NUMBER.exec(b.tracked.text);
			if (m) {
				const number = m[1].replace(/\s+/, ' ');
				meta.symbol = `A/RES/${number}`;
				const t = dropPrefix(b.tracked, b.tracked.text.length - m[2].length);
				meta.title = t.text;
				push(b, 'title', t);
			}
			bodyFrom = titleAt + 1;
		} else if (draftTitleAt >= 0) {
			meta.title = textOf(draftTitleAt);
			push(blocks[draftTitleAt], 'title');
			bodyFrom = draftTitleAt + 1;
		}
		if (headingAt >= 0) {
			for (let i = bodyFrom; i < headingAt; i++) push(blocks[i], 'other');
			push(blocks[headingAt], 'heading');
			bodyFrom = headingAt + 1;
		}
		// Closing lines: the date and the meeting at the very end.
		let closingFrom = n;
		while (closingFrom > bodyFrom && n - closingFrom < 3) {
			const text = textOf(closingFrom - 1);
			if (blocks[closingFrom - 1].number !== null) break;
			if (!(conv.closingDate.test(text) || conv.closingMeeting.test(text))) break;
			closingFrom--;
		}
		let operative = -1;
		let lastOperative = 0;
		let lastMain = -1;
		let seenOperative = false;
		for (let i = bodyFrom; i < closingFrom; i++) {
			const b = blocks[i];
			if (b.marker === 'number') {
				seenOperative = true;
				const num = Number(b.number);
				if (lastOperative > 0 && num !== lastOperative + 1) {
					warnings.push(`operative paragraph ${num} follows paragraph ${lastOperative} (line ${b.line})`);
				}
				lastOperative = num;
				operative = push(b, 'operative');
				lastMain = operative;
			} else if (b.marker === 'letter' || b.marker === 'dash' || b.marker === 'bullet') {
				const parent = operative >= 0 ? operative : lastMain;
				push(b, 'subparagraph', b.tracked, parent);
			} else if (b.marker === 'section' || b.marker === 'md-heading') {
				lastMain = push(b, 'heading');
			} else {
				lastMain = push(b, seenOperative ? 'other' : 'preamble');
				if (seenOperative) operative = -1;
			}
		}
		for (let i = closingFrom; i < n; i++) {
			const text = textOf(i);
			const meeting = conv.closingMeeting.exec(text);
			if (meeting) meta.meeting = Number(meeting[1]);
			else if (!reading.date) reading.date = conv.toIsoDate(text) ?? undefined;
			push(blocks[i], 'closing');
		}
		if (!seenOperative) warnings.push('no numbered operative paragraph found');
	} else if (isReport) {
		meta.kind = 'report';
		let lastMain = -1;
		for (let i = letterheadEnd; i < n; i++) {
			const b = blocks[i];
			const text = textOf(i);
			const nextIsOriginal = i + 1 < n && conv.originalLanguageLine.test(textOf(i + 1));
			if (b.marker === 'section' || b.marker === 'md-heading') lastMain = push(b, 'heading');
			else if (nextIsOriginal && text.length <= 40 && !endsWithParagraphPunctuation(text)) {
				lastMain = push(b, 'heading');
			} else if (b.marker === 'letter' || b.marker === 'dash' || b.marker === 'bullet') {
				push(b, 'subparagraph', b.tracked, lastMain);
			} else lastMain = push(b, 'other');
		}
	} else {
		meta.kind = 'unknown';
		for (let i = letterheadEnd; i < n; i++) push(blocks[i], 'other');
		if (n > 0)
			warnings.push('no resolution or report structure recognised: each block of text is kept as one paragraph');
	}

	// Emphasis of operative verbs where the text carried none (tokenized text, plain text).
	for (const p of paragraphs) {
		if (p.kind !== 'operative' || p.emphasis.length > 0) continue;
		const verb = matchOpener(p.text, 0, ctx.verbs);
		if (verb) p.emphasis = [[0, verb.length]];
	}

	const symbol = meta.symbol ?? reading.symbol ?? ctx.furnitureSymbol ?? null;
	if (symbol) meta.symbol = symbol;
	const sessionFromSymbol = symbol ? /^A\/(?:RES\/|C\.\d\/)?(\d{1,3})\//.exec(symbol) : null;
	meta.session = reading.session ?? (sessionFromSymbol ? Number(sessionFromSymbol[1]) : undefined);
	if (reading.date) meta.date = reading.date;
	if (reading.agendaItem) meta.agendaItem = reading.agendaItem;
	if (reading.agendaTitle) meta.agendaTitle = reading.agendaTitle;
	if (reading.committeeReport) meta.committeeReport = reading.committeeReport;
	if (reading.committee) meta.committee = reading.committee;
	if (reading.sponsors) meta.sponsors = reading.sponsors;
	if (meta.kind === 'resolution' && (reading.draft || (symbol !== null && DRAFT_SYMBOL.test(symbol))))
		meta.draft = true;
	if (letterhead.length > 0) meta.letterhead = letterhead;
	if (meta.session === undefined) delete meta.session;
	return { paragraphs, meta, warnings };
}

/**
 * Read normalised text into its drafting structure: shape detection, blocks, rendering (markup, marks,
 * white space), kinds, numbers, footnotes and letterhead meta. Pure and linear in the length of the text.
 */
export function structureDocument(text: string, options: StructureOptions): DocumentStructure {
	const conv = options.drafting;
	const { topics, rest } = takeTopics(text);
	const shape = options.shape ?? (topics ? 'tokenized' : detectShape(rest));
	const openers = buildOpenerTable(conv.preambleOpeners, conv.wordBoundary);
	const verbs = buildOpenerTable(conv.operativeVerbs, conv.wordBoundary);
	const maxBlocks = Math.max(1, options.maxParagraphs ?? MAX_BLOCKS);
	const split =
		shape === 'tokenized' || isRunOn(rest, conv)
			? splitRunOn(rest, conv, openers, maxBlocks)
			: shape === 'pdf-text'
				? splitPdfText(rest, conv, maxBlocks)
				: splitCleanText(rest, conv, shape === 'markdown', maxBlocks);
	const knownMarks = new Set(split.footnotes.map((f) => f.mark));
	const chinese = conv.language === 'zh';
	const renderOptions = {
		tokenized: shape === 'tokenized',
		markdown: shape === 'markdown' || shape === 'plain',
		// A backslash is a character (`C:\_data`) unless the text is clearly Markdown.
		escapes: shape === 'markdown',
		knownMarks,
		collapseRepeats: shape !== 'tokenized',
		chineseQuotes: chinese
	};
	const rendered: RenderedBlock[] = [];
	const notes: string[] = [];
	for (const block of split.blocks) {
		const tracked = cleanParagraphText({ text: block.raw, marks: block.marks, emphasis: [] }, renderOptions);
		if (tracked.markupSkipped)
			notes.push(`markup left as text in the paragraph at line ${block.line}: too many markup signs`);
		// A block of nothing but markup goes (only well-formed markup is ever taken out: `**` alone stays); a number alone ("4.") stays, it is what was printed.
		if (tracked.text.length === 0 && tracked.marks.length === 0 && block.number === null) continue;
		const r = block as RenderedBlock;
		r.tracked = tracked;
		r.raw = '';
		rendered.push(r);
	}
	split.blocks = [];
	if (split.overflow) {
		notes.push(`more than ${maxBlocks} paragraphs: the rest of the text is kept, unread, in the last paragraph`);
	}
	const { paragraphs, meta, warnings } = classify(rendered, { conv, verbs, furnitureSymbol: split.furnitureSymbol });

	// Footnotes: text rendered like paragraphs; each linked to the first paragraph that cites it.
	const footnotes: StructuredFootnote[] = split.footnotes.map((f) => ({
		mark: f.mark,
		text: cleanParagraphText(trackText(f.raw), {
			markdown: renderOptions.markdown,
			escapes: renderOptions.escapes,
			marks: false,
			collapseRepeats: false,
			chineseQuotes: chinese
		}).text,
		paragraph: null
	}));
	warnings.unshift(...notes);
	const byMark = new Map<string, StructuredFootnote>();
	for (const f of footnotes) if (!byMark.has(f.mark)) byMark.set(f.mark, f);
	paragraphs.forEach((p, index) => {
		for (const m of p.marks) {
			const f = byMark.get(m.mark);
			if (f && f.paragraph === null) f.paragraph = index;
			else if (!f) warnings.push(`footnote ${m.mark} is cited (line ${p.line}) but its text was not found`);
		}
	});
	if (topics) meta.topics = topics;
	return { shape, meta, paragraphs, footnotes, warnings: capWarnings(warnings) };
}

/** Most warnings reported one by one; a damaged 40 MB text must not produce 100 000 lines of them. */
const MAX_WARNINGS = 20;

/** Keep the first {@link MAX_WARNINGS} warnings and say how many more there were. */
function capWarnings(warnings: string[]): string[] {
	if (warnings.length <= MAX_WARNINGS) return warnings;
	return [...warnings.slice(0, MAX_WARNINGS), `… and ${warnings.length - MAX_WARNINGS} more warnings`];
}
