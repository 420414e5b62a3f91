/**
 * The letterhead of a resolution or draft, read into meta: the session, the agenda item and its title, the
 * adoption line, the committee report, the symbol, a draft's committee, "draft resolution" line and
 * sponsors. Also where a draft's title stands when it has no number.
 *
 * Extractors print the letterhead's cells in different groupings: one cell a line (pdftotext), or a row of
 * the letterhead table on one line ("Eightieth session Agenda item 91 Implementation of the Declaration …",
 * "General Assembly Distr.: General 3 December 2025", PyMuPDF Markdown). A line that is not one form is read as
 * a form followed by the rest: the session, then an agenda item, then the agenda title.
 */
import { endsWithParagraphPunctuation, splitSponsors, type DraftingConventions } from '../drafting';
import { isMastheadLine, readMasthead } from '../masthead';
import { DRAFT_LINE_MAX } from './lines';
import type { RenderedBlock } from './types';

/**
 * Longest letterhead line that is read as a session or agenda item followed by more (a row of the table): an
 * agenda title may run to three lines of its own ("Eightieth session Agenda item 99 (m) General and complete
 * disarmament: implementation of the Convention on the Prohibition of the Development, Production, …", 210).
 */
const LETTERHEAD_ROW_MAX = 400;
/** Longest block before the title or subject that can be a line of the letterhead. */
export const LETTERHEAD_BLOCK_MAX = 160;
/** Longest block that can be a title (the longest titles run to about two hundred characters). */
const TITLE_MAX = 300;
/** An agenda item as printed: "91", "25 (b)", "18 and 19", "69 (a) and (b)". */
const AGENDA_ITEM =
	/^\d{1,3}(?:\s*\([a-z]{1,2}\))?(?:\s*(?:,|and|et|y|и|和|、)\s*(?:\d{1,3})?(?:\s*\([a-z]{1,2}\))?)*$/;

/** What the letterhead lines said. */
export interface LetterheadReading {
	session?: number;
	agendaItem?: string;
	agendaTitle?: string;
	date?: string;
	/**
	 * The date of issue a masthead line prints ("3 December 2025", "9 de enero de 2023"): the document's date when
	 * no adoption date is read, as the PDF and Word readers take it from the masthead.
	 */
	issued?: string;
	committeeReport?: string;
	symbol?: string;
	/** A draft's committee line: "第一委员会". */
	committee?: string;
	/** Set when a "…：决议草案" line was read. */
	draft?: boolean;
	/** The sponsors named on the draft line. */
	sponsors?: string[];
}

/**
 * Read a row of the letterhead table printed on one line: the session or an agenda item first, the rest after.
 * Returns whether it was one.
 */
function readLetterheadRow(text: string, conv: DraftingConventions, into: LetterheadReading): boolean {
	if (text.length > LETTERHEAD_ROW_MAX) return false;
	for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
		const head = text.slice(0, i);
		const session = conv.session.exec(head);
		if (session) {
			const n = conv.toSessionNumber(session[1]);
			if (n === null) continue;
			into.session ??= n;
			const rest = text.slice(i + 1).trim();
			return readLetterheadRow(rest, conv, into) || readLetterheadLine(rest, conv, into, false);
		}
	}
	// The longest agenda item the line starts with; what follows is the agenda title.
	let best = -1;
	let item = '';
	for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
		const m = conv.agendaItem.exec(text.slice(0, i));
		if (m && AGENDA_ITEM.test(m[1].trim())) {
			best = i;
			item = m[1].trim();
		}
	}
	if (best < 0) return false;
	into.agendaItem ??= item;
	const rest = text.slice(best + 1).trim();
	if (rest && into.agendaTitle === undefined) into.agendaTitle = rest;
	return true;
}

/** Read one letterhead line into `into`; returns whether the line was recognised. */
export function readLetterheadLine(
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
	// Before the adoption line: a Russian one may be its date alone ("6 декабря 2021 года"), and the masthead's date
	// of issue alone ("13 декабря 2021 г.") is no date of adoption.
	if (isMastheadLine(text, conv.language)) {
		const cell = readMasthead([text]);
		into.symbol ??= cell.symbol ?? undefined;
		into.issued ??= cell.date ?? undefined;
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
	if (readLetterheadRow(text, conv, into)) return true;
	if (afterAgenda && into.agendaTitle === undefined && !endsWithParagraphPunctuation(text)) {
		into.agendaTitle = text;
		return true;
	}
	return false;
}

/**
 * Read a block before the title or subject as a letterhead line; returns whether it was one. A block up to
 * {@link LETTERHEAD_BLOCK_MAX} may be any letterhead line; a longer one only a row of the letterhead table
 * (session, agenda item and an agenda title wrapped onto more lines). A numbered block or one citing a footnote
 * never is: its number or mark would have nowhere to go.
 */
export function readLetterheadBlock(
	b: RenderedBlock,
	conv: DraftingConventions,
	into: LetterheadReading,
	afterAgenda: boolean,
	text = b.tracked.text
): boolean {
	if (b.number !== null || b.tracked.marks.length > 0) return false;
	if (text.length <= LETTERHEAD_BLOCK_MAX) return readLetterheadLine(text, conv, into, afterAgenda);
	return readLetterheadRow(text, conv, into);
}

/** Whether a block can be the title line of a resolution: short, unnumbered, citing nothing, not a sentence. */
export function isTitleLike(b: RenderedBlock): boolean {
	const text = b.tracked.text;
	return (
		b.number === null &&
		b.tracked.marks.length === 0 &&
		text.length > 0 &&
		text.length <= TITLE_MAX &&
		(b.marker === null || b.marker === 'bold' || b.marker === 'md-heading') &&
		!endsWithParagraphPunctuation(text)
	);
}

/**
 * The title of a resolution printed without its number, as in a draft: the line after "…：决议草案" ("draft
 * resolution"), or, when no such line is printed, the line right before the subject "大会，" if the letterhead
 * reading does not take it (as the agenda title, say). Returns its block index, or -1.
 */
export function findUnnumberedTitle(blocks: RenderedBlock[], headingAt: number, conv: DraftingConventions): number {
	for (let i = headingAt - 1; i >= 0; i--) {
		if (
			blocks[i].number === null &&
			blocks[i].tracked.text.length <= DRAFT_LINE_MAX &&
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
		const known = readLetterheadBlock(blocks[i], conv, scratch, afterAgenda);
		afterAgenda = conv.agendaItem.test(text) || (afterAgenda && !known);
	}
	return readLetterheadLine(blocks[last].tracked.text, conv, scratch, afterAgenda) ? -1 : last;
}
