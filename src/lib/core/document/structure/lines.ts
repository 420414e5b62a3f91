/**
 * Reading one line of a text for what it starts with: a paragraph number, a subparagraph letter, a list
 * item, a heading, the title, the subject, a closing or letterhead line, a preambular opener. The splitters
 * decide from this (and from the layout around the line) where paragraphs start. Also the line cursor every
 * line-based step reads with, and the line-length limits of the forms a line can take.
 */
import { isSpaceUnit } from '../../text/cjk';
import {
	BULLET_ITEM,
	DASH_ITEM,
	NUMBERED_PARAGRAPH,
	RESOLUTION_NUMBER,
	SECTION_HEADING,
	SUBPARAGRAPH,
	endsWithParagraphPunctuation,
	matchOpener,
	readArabicDigits,
	type DraftingConventions,
	type OpenerTable
} from '../drafting';
import { isMastheadLine } from '../masthead';
import { findRepeatedPrint } from '../../text/normalize';
import type { LineInfo, Marker } from './types';

/**
 * Longest line that can be the subject ("The General Assembly,", "大会，") or a closing line ("26th plenary
 * meeting", "2012年12月3日", both on one line: "52nd plenary meeting 1 December 2025"), in UTF-16 units. The
 * longest subject in any language ("Le Conseil économique et social,") is 32; a closing line of two parts 40.
 * Longer lines are sentences and skip these tests.
 */
export const SUBJECT_LINE_MAX = 60;

/**
 * Longest letterhead line read for the session, the agenda item or the adoption line: "Resolution adopted
 * by the General Assembly on 10 October 2018" is 62; an agenda item with a long list of numbers about 100.
 */
export const LETTERHEAD_LINE_MAX = 120;

/**
 * Longest masthead line ("联合国 A/C.1/77/L.31", "General Assembly Distr.: General 5 December 2025") or
 * committee name ("Special Political and Decolonization Committee (Fourth Committee)", 64).
 */
export const MASTHEAD_LINE_MAX = 80;

/**
 * Longest line that can be a draft's "<sponsors>: draft resolution" line: a draft may be sponsored by a hundred
 * States, each named in the list; about 600 units covers the longest lists printed on one line.
 */
export const DRAFT_LINE_MAX = 600;

/** What a line that starts a list item or bracket may start with (never a continued line in PDF text). */
export const LIST_START = /^[[(（\d–—-]/;

const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(.*)$/;
const MARKDOWN_BULLET = /^[*+][ \t]+(\S.*)$/;
const BRACKET_LINE = /^\[[^\]]*\]$/;
/** A line opening with a bold run: `**word`. */
const BOLD_START = /^\*\*[^\s*]/;
/** A Markdown thematic break made of spaced asterisks: `* * *`. */
const STAR_BREAK = /^\*(?:[ \t]*\*){2,}[ \t]*$/;
/** A roman section number alone on its line, its heading on the line after it: "II.". */
const SECTION_NUMBER_ALONE = /^([IVXL]{1,6})\.$/;
/** A resolution number alone on its line, its title on the lines after it: "73/6.". */
export const RESOLUTION_NUMBER_ALONE = /^((?:ES-|S-)?\d{1,3}\/\d{1,4}(?: ?[A-Z]{1,2})?)\.$/;

export { MARKDOWN_HEADING };

/**
 * Whether a trimmed line opens with a word in bold, as the Word and PDF readers mark bold (`**Reaffirming**`):
 * the versions that set their openers in bold (the Arabic). Not a marker of the line: read as an opener
 * everywhere, it would also start paragraphs where a bold word merely begins the next line of a Word paragraph
 * (Word's RP051 Arabic test document reads apart from its Accepted and Rejected twins then); the line splitter
 * asks only where a page break cut a clause ending in a comma.
 */
export function opensWithBold(trimmed: string): boolean {
	return BOLD_START.test(trimmed);
}

/** Whether a UTF-16 unit is an ASCII digit (`\d` without the `u` flag). */
export function isAsciiDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/** Whether a UTF-16 unit is an ASCII lower-case letter. */
export function isLowerAscii(c: number): boolean {
	return c >= 0x61 && c <= 0x7a;
}

/** Whether a line ends with an ASCII letter and a hyphen: an English word broken at the end of the line. */
export function endsWithLetterHyphen(line: string): boolean {
	const n = line.length;
	if (n < 2 || line.charCodeAt(n - 1) !== 0x2d) return false;
	const c = line.charCodeAt(n - 2) | 0x20;
	return c >= 0x61 && c <= 0x7a;
}

/**
 * The subject of a resolution on a line of its own: "The General Assembly,", "大会，". With `bare`, also the
 * subject printed without its comma ("The General Assembly" before an operative paragraph that follows at once,
 * "大会" on a web page): only where the caller knows the line stands after the title, since "大会" alone is
 * also the masthead.
 */
export function isAssemblyHeading(line: string, conv: DraftingConventions, bare: boolean): boolean {
	if (conv.assemblyHeading.test(line)) return true;
	return bare && !endsWithParagraphPunctuation(line) && conv.assemblyHeading.test(line + ',');
}

/**
 * A table's cell border that a web page leaves after a line copied out of it ("第83次全体会议 |", A/RES/51/125 on
 * the UN's Chinese pages): page residue, not the document's text, as a running header is.
 */
const TABLE_CELL_BORDER = /\s*\|\s*$/;

/** A line without the table cell border a web page left after it ({@link TABLE_CELL_BORDER}). */
export function withoutCellBorder(line: string): string {
	return line.replace(TABLE_CELL_BORDER, '');
}

/** What a closing line holds: the meeting number and the date, either or both. */
export interface ClosingReading {
	meeting?: number;
	date?: string;
	/** Where the second part starts when the line holds both (date and meeting on one line), else undefined. */
	splitAt?: number;
}

/**
 * Read a closing line: "26th plenary meeting", "26 October 2018", "第48次全体会议", or both parts on one line
 * in either order ("52nd plenary meeting 1 December 2025", "1995年12月12日 第90次全体会议"). Null for any
 * other line.
 */
export function readClosing(text: string, conv: DraftingConventions): ClosingReading | null {
	const line = withoutCellBorder(text);
	if (line.length > SUBJECT_LINE_MAX) return null;
	const meeting = conv.closingMeeting.exec(line);
	// The number in the digits its convention takes: the Arabic one also the Arabic-Indic "الجلسة العامة ٤٥".
	if (meeting) return { meeting: readArabicDigits(meeting[1]) };
	if (conv.closingDate.test(line)) return { date: conv.toIsoDate(line) ?? undefined };
	const date = conv.date.exec(line);
	if (!date) return null;
	const before = line.slice(0, date.index).trim();
	const after = line.slice(date.index + date[0].length).trim();
	const other = before && !after ? before : after && !before ? after : null;
	if (other === null || !conv.closingDate.test(date[0].trim())) return null;
	const m = conv.closingMeeting.exec(other);
	if (!m) return null;
	const iso = conv.toIsoDate(date[0]) ?? undefined;
	const splitAt = before ? date.index : date.index + date[0].length;
	return { meeting: readArabicDigits(m[1]), date: iso, splitAt };
}

/** Options of {@link readLine}. */
export interface ReadLineOptions {
	/** Read Markdown headings and `*`/`+` bullets. */
	markdown: boolean;
	/** Preambular openers: a line that starts with one is marked `opener`. */
	openers?: OpenerTable;
}

/** Read a trimmed line for its marker (the paragraph number, bullet, heading, letterhead pattern …). */
export function readLine(trimmed: string, conv: DraftingConventions, options: ReadLineOptions): LineInfo {
	if (options.markdown) {
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
			const inner = readLine(text, conv, { markdown: false });
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
	if (sub) return { marker: 'letter', number: sub[1] ? `(${sub[1]})` : `${sub[2]})`, rest: sub[3] ?? '' };
	const dash = DASH_ITEM.exec(trimmed);
	if (dash) return { marker: 'dash', number: '–', rest: dash[2] };
	const bullet = BULLET_ITEM.exec(trimmed);
	if (bullet) return { marker: 'bullet', number: '•', rest: bullet[2] };
	if (RESOLUTION_NUMBER.test(trimmed) || RESOLUTION_NUMBER_ALONE.test(trimmed))
		return { marker: 'title', number: null, rest: trimmed };
	const section = SECTION_HEADING.exec(trimmed);
	if (section && !endsWithParagraphPunctuation(section[2]))
		return { marker: 'section', number: section[1], rest: section[2] };
	// A section number alone ("II."), its heading on the next line: the block takes that line.
	const alone = SECTION_NUMBER_ALONE.exec(trimmed);
	if (alone) return { marker: 'section', number: alone[1], rest: '' };
	if (BRACKET_LINE.test(trimmed)) return { marker: 'bracket', number: null, rest: trimmed };
	// The subject, closing and letterhead lines are short; long lines skip these tests.
	if (trimmed.length <= SUBJECT_LINE_MAX) {
		const compact = trimmed.replace(/\*\*|__/g, '').replace(/\s+/g, conv.wordBoundary ? ' ' : '');
		if (isAssemblyHeading(compact, conv, true)) return { marker: 'heading', number: null, rest: trimmed };
		// The closing reads as printed, without the cell border a web page's table left after it.
		if (readClosing(trimmed, conv)) return { marker: 'closing', number: null, rest: withoutCellBorder(trimmed) };
	}
	if (
		trimmed.length <= LETTERHEAD_LINE_MAX &&
		(conv.session.test(trimmed) ||
			conv.agendaItem.test(trimmed) ||
			conv.adoptionLine.test(trimmed) ||
			conv.adoptionHead?.test(trimmed) === true)
	) {
		return { marker: 'letterhead', number: null, rest: trimmed };
	}
	// A draft's masthead, committee and "…：决议草案" lines stand alone even without blank lines between them.
	if (
		trimmed.length <= MASTHEAD_LINE_MAX &&
		(isMastheadLine(trimmed, conv.language) || conv.committeeName.test(trimmed))
	) {
		return { marker: 'letterhead', number: null, rest: trimmed };
	}
	if (trimmed.length <= DRAFT_LINE_MAX && conv.draftLine.test(trimmed.replace(/\*\*|__/g, ''))) {
		return { marker: 'letterhead', number: null, rest: trimmed };
	}
	if (findRepeatedPrint(trimmed)) return { marker: 'bold', number: null, rest: trimmed };
	if (options.openers && matchOpener(trimmed, 0, options.openers))
		return { marker: 'opener', number: null, rest: trimmed };
	return { marker: null, number: null, rest: trimmed };
}

/**
 * Reads a text line by line without building an array of lines (a 40 MB text can have ten million):
 * `next()` returns the next line, `index` its 0-based number, `start` and `end` its offsets.
 */
export class LineCursor {
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

/** Markers that always start a block and never take continuation lines. */
export const CLOSED_MARKERS: ReadonlySet<Marker> = new Set([
	'section',
	'md-heading',
	'bracket',
	'title',
	'heading',
	'closing',
	'letterhead'
]);

/** Markers that start a block when the previous line ended one (else they may be mid-sentence). */
export const LIST_MARKERS: ReadonlySet<Marker> = new Set(['number', 'letter', 'dash', 'bullet']);

/** A bare footnote mark after the punctuation that ends a line: "…activities, 1", "…Court,2". */
const TRAILING_BARE_MARK = /[,;:.，；：。”’)][ \t]?\d{1,3}$/;

/**
 * Whether a line ends a sentence or clause ({@link endsWithParagraphPunctuation}), also when a footnote mark
 * extracted as plain digits follows the punctuation ("activities, 1").
 */
export function endsClause(line: string): boolean {
	return endsWithParagraphPunctuation(line) || TRAILING_BARE_MARK.test(line);
}

/**
 * The next paragraph's number run on after the end of a sentence inside a line, as PyMuPDF glues a paragraph to
 * the one before when a footnote mark ends it ("…trafficking in persons.8 6. We recall …", "…migration.11 7. We
 * also …", "…the Pact for the Future. 16 9. We note …"): the punctuation, an optional mark (against it or a space
 * apart), the number, a capital. Group 1 is what stands before the number.
 */
const RUN_ON_NUMBER = /([\p{L}\p{N})\]”’"][.;:](?:[ \t]?\d{1,3})?[ \t]+)(\d{1,3})\.[ \t]+(?=[\p{Lu}“"])/gu;

/** Abbreviations a number follows without starting a paragraph: "para. 7. The", "No. 2. It", "vol. 3. See". */
const NUMBERING_ABBREVIATION =
	/(?:^|[\s(])(?:paras?|Nos?|vols?|arts?|sects?|chaps?|pp?|ch|fig|art)[.](?:[ \t]?\d+)?[ \t]+$/i;

/**
 * Where the paragraph numbered `next` starts inside a line (see {@link RUN_ON_NUMBER}), or -1. Only that number
 * counts: a year or a count ("in 2025. 3. …" where 3 is not next) never starts a paragraph.
 */
export function findRunOnNumber(line: string, next: number): number {
	// The number is printed with its full stop (maybe after zeros: "07."): a line without them has no such start,
	// and is not scanned by the Unicode pattern, costly to compile for text beyond Latin-1.
	if (!line.includes(`${next}.`)) return -1;
	RUN_ON_NUMBER.lastIndex = 0;
	for (let m = RUN_ON_NUMBER.exec(line); m !== null; m = RUN_ON_NUMBER.exec(line)) {
		if (Number(m[2]) !== next) continue;
		const at = m.index + m[1].length;
		if (NUMBERING_ABBREVIATION.test(line.slice(Math.max(0, at - 16), at))) continue;
		return at;
	}
	return -1;
}

/** The run-on form of each language's declaration paragraph start, built once ({@link findLostParagraphStart}). */
const LOST_END_PATTERNS = new WeakMap<RegExp, RegExp>();

/**
 * A declaration's next paragraph run on after a word that ended nothing (drafting `declarationParagraph`): a word
 * in lower case, white space, the paragraph's number if the extractor kept it (group 1, its digits group 2), then
 * the paragraph's start. The word is matched from its first letter, after white space, an opening quotation mark
 * or parenthesis, never looked back for: each word is read once, however long the line.
 */
function lostEndPattern(start: RegExp): RegExp {
	let re = LOST_END_PATTERNS.get(start);
	if (!re) {
		const opening = start.source.replace(/^\^/, '');
		re = new RegExp(`(?:^|[\\s“‘(])\\p{Ll}[\\p{Ll}’'-]*[ \\t]+((?:(\\d{1,3})\\.[ \\t]+)?)(?=${opening})`, 'gu');
		LOST_END_PATTERNS.set(start, re);
	}
	return re;
}

/** Where a paragraph lost at its end starts the next one inside a line, and whether its number was kept. */
export interface LostParagraphStart {
	at: number;
	numbered: boolean;
}

/**
 * Where the next paragraph of a declaration starts inside a line when the extractor lost the end of the paragraph
 * before (PyMuPDF on A/RES/80/3's annex: "… the development agenda of the We welcome the Awaza Programme …", the
 * words "landlocked developing countries." and the number "2." gone; "… finance facility for 15. We emphasize …",
 * the words before "15." gone): after a word in lower case, with no punctuation, the paragraph number `next` or
 * none, and the start a declaration's paragraphs open with (`start`, drafting `declarationParagraph`). A capital
 * "We" does not follow a word in lower case inside an English sentence, and a number there that is not the next
 * one is a count, not a paragraph. Null when there is none.
 */
export function findLostParagraphStart(line: string, next: number, start: RegExp): LostParagraphStart | null {
	const re = lostEndPattern(start);
	re.lastIndex = 0;
	for (let m = re.exec(line); m !== null; m = re.exec(line)) {
		if (m[2] !== undefined && Number(m[2]) !== next) continue;
		return { at: m.index + m[0].length - m[1].length, numbered: m[2] !== undefined };
	}
	return null;
}

/**
 * A heading run on before the first paragraph under it, as PyMuPDF joins a centred heading to the line below
 * ("Global context and shared commitments 3. We gather …", "II. Implementation of … 2024–2034 13. We …"): a
 * phrase opening with a capital (after an optional roman section number) with no clause punctuation in it, then
 * the paragraph number and a capital. Group 1 is the heading, group 2 the number.
 */
const HEADING_RUN_ON =
	/^((?:[IVXL]{1,6}\.[ \t]+)?\p{Lu}[^.;:!?\n]{0,116}[^\s.;:!?,])[ \t]+(\d{1,3})\.[ \t]+(?=[\p{Lu}“"])/u;
/**
 * The number between spaces that every match of {@link HEADING_RUN_ON} holds, asked first: most lines have none,
 * and are told without compiling that pattern's Unicode classes, costly for text beyond Latin-1.
 */
const NUMBER_BETWEEN_SPACES = /[ \t]\d{1,3}\.[ \t]/;

/**
 * Where the paragraph number starts in a line that opens with a heading run on before it (see
 * {@link HEADING_RUN_ON}), or -1. The number must be 1 or follow the last one read (`last`), a few skipped at most
 * (an extractor drops numbers too); a heading never ends on an article or preposition (`unfinished`).
 */
export function findHeadingRunOn(line: string, last: number, unfinished?: RegExp): number {
	const m = NUMBER_BETWEEN_SPACES.test(line) ? HEADING_RUN_ON.exec(line) : null;
	if (!m) return -1;
	const n = Number(m[2]);
	if (n !== 1 && (n <= last || n > last + NUMBER_JUMP_MAX)) return -1;
	if (unfinished?.test(m[1]) || NUMBERING_ABBREVIATION.test(`${m[1]} `)) return -1;
	return m[0].indexOf(m[2], m[1].length);
}

/** The numbering read so far: the last operative number. */
export interface Sequence {
	operative: number;
}

/**
 * How far a paragraph number may jump ahead of the last and still start a paragraph after a line that ended
 * one: an extractor sometimes drops a number ("1." … "3."), and a draft may be renumbered with gaps.
 */
const NUMBER_JUMP_MAX = 5;

/**
 * Whether a numbered line is the next paragraph of the numbering: number 1, one more than the last, or (after a
 * line that ended a clause, `ended`) a little further ahead. A year or a number that a line happens to start
 * with ("2016. It …") is not.
 */
export function nextInSequence(info: LineInfo, sequence: Sequence, ended = false): boolean {
	const n = Number(info.number);
	if (n === 1 || n === sequence.operative + 1) return true;
	return ended && n > sequence.operative && n <= sequence.operative + NUMBER_JUMP_MAX;
}
