/**
 * The Word report: the new version of the resolution as a .docx whose differences from the old version
 * are real tracked changes (`w:ins`/`w:del`, author and date on each), so a delegation can open it in
 * Word or LibreOffice, walk the changes, and Accept All to get the new text or Reject All to get the old.
 *
 * How each kind of row becomes revisions:
 * - modified: the paragraph once, its changed stretches as inserted and deleted runs;
 * - inserted / deleted: every run inserted (deleted) and the paragraph mark too (`w:pPr/w:rPr/w:ins`,
 *   `w:del`), so that rejecting (accepting) removes the paragraph itself, not only its words;
 * - split / merged: the diff's "\n" pieces are paragraph marks; an inserted "\n" is an inserted paragraph
 *   mark (Reject All joins the two paragraphs again), a deleted one a deleted mark (Accept All joins);
 * - moved: written as Word writes a move: the old text inside `w:moveFrom` where it stood in the old
 *   version and the new text inside `w:moveTo` where it stands now, the two ranges named alike, each copy
 *   with a comment naming the other place (`docx` writes `w:ins`/`w:del`, turned into moves afterwards,
 *   {@link finishDocumentXml});
 * - operative numbers and subparagraph letters are Word list numbers (`1.`, `(a)`, `(i)`), so accepting an
 *   inserted paragraph renumbers the rest, as in Word; a report whose numbers a list could not count in both
 *   versions (sections that start again at 1, a number given twice, a paragraph that changed level) types
 *   them in instead, a renumbered paragraph then showing its number changed as a revision;
 * - bold operative verbs are kept from the parser's emphasis ranges (new version's for shared text);
 * - footnotes are real footnotes; a reference only one version has is itself an inserted or deleted run;
 *   a note cited twice is one note, cited the second time by a `NOTEREF` cross-reference; notes no
 *   paragraph cites are listed after the body, each line tracked like a paragraph;
 * - the report declares the styles of its body (a custom document property), so that reading it back
 *   (io/word) skips the cover and gives the two versions it was made from.
 *
 * Written with `Packer.pack(doc, 'uint8array')`, which `docx` implements with fflate alone — no Node
 * Buffer, no Blob — so the same code runs in Node (CLI) and in the browser (download button).
 */
import {
	AlignmentType,
	BorderStyle,
	CommentRangeEnd,
	CommentRangeStart,
	CommentReference,
	DeletedTextRun,
	Document,
	FootnoteReference,
	HeadingLevel,
	InsertedTextRun,
	LevelFormat,
	Packer,
	Paragraph,
	Tab,
	TabStopType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type IParagraphStyleOptions,
	type ParagraphChild
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Comparison, DiffOpKind, Footnote, Paragraph as DocParagraph, ParagraphKind } from '../core/types';
import { BODY_STYLES_PROPERTY, readListNumbers } from '../io/word/docx';
import { superscriptMark } from '../io/word/flow';
import {
	PHRASES,
	arrowOf,
	type ReportLocale,
	colonOf,
	isRightToLeft,
	nameDocument,
	sourceOf,
	printNumber
} from '../core/report/labels';
import { LIGHT } from '../core/report/palette';
import {
	prepareReport,
	showControls,
	type ReportModel,
	type ReportOptions,
	type ReportRow
} from '../core/report/model';

/** The warning line's ink: the app's (palette.ts), as Word writes a colour. */
const WARN = LIGHT['warn-ink'].slice(1);

/** Options of {@link renderDocx}. */
export interface DocxOptions extends ReportOptions {
	/** Author written on every revision and comment. Default `resodiff`. */
	author?: string;
	/**
	 * Date of every revision, ISO 8601 (`2021-12-06T00:00:00Z`). Default: the new version's date at
	 * midnight UTC when known (the day the text became what it is), else the current time.
	 */
	date?: string;
	/** Switch on Word's Track Changes, so that edits made to the report are tracked too. Default true. */
	trackRevisions?: boolean;
}

/** Defaults of {@link DocxOptions}, in one place. */
export const DEFAULT_DOCX_OPTIONS = { author: 'resodiff', trackRevisions: true } as const;

/** Paragraph style of each kind of resolution paragraph; the test of Accept/Reject All reads these. */
export const BODY_STYLES: Record<ParagraphKind, string> = {
	heading: 'ResoHeading',
	title: 'ResoTitle',
	preamble: 'ResoPreamble',
	operative: 'ResoOperative',
	subparagraph: 'ResoSubparagraph',
	closing: 'ResoClosing',
	other: 'ResoOther'
};

/** Style of the empty paragraph that ends the body, so a deleted last paragraph has a mark to join. */
export const END_STYLE = 'ResoEnd';

/** Style of a line of the list of footnotes that no paragraph cites (`¹ text`). */
export const FOOTNOTE_LINE_STYLE = 'ResoFootnoteLine';

/**
 * The styles of the resolution's own text in the report, declared in the document's custom properties
 * (io/word/docx.ts {@link BODY_STYLES_PROPERTY}): reading the report back skips the cover and the change
 * table, and gives the two versions the report was made from.
 */
export const DOCUMENT_STYLES = [...Object.values(BODY_STYLES), END_STYLE, FOOTNOTE_LINE_STYLE];

/** Twentieths of a point: two Chinese characters at 12 pt, the customary first-line indent. */
const INDENT = 480;

/** Styles: Chinese UN resolutions are set in SimSun (宋体), Latin in Times New Roman, 12 pt. */
const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
	{
		id: BODY_STYLES.heading,
		name: 'Resolution heading',
		basedOn: 'Normal',
		paragraph: { spacing: { after: 60 } },
		run: { size: 20 }
	},
	{
		id: BODY_STYLES.title,
		name: 'Resolution title',
		basedOn: 'Normal',
		paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
		run: { bold: true, size: 28 }
	},
	{
		id: BODY_STYLES.preamble,
		name: 'Preambular paragraph',
		basedOn: 'Normal',
		paragraph: { indent: { firstLine: INDENT }, spacing: { after: 120 } }
	},
	{
		id: BODY_STYLES.operative,
		name: 'Operative paragraph',
		basedOn: 'Normal',
		paragraph: { indent: { firstLine: INDENT }, spacing: { after: 120 } }
	},
	{
		id: BODY_STYLES.subparagraph,
		name: 'Subparagraph',
		basedOn: 'Normal',
		paragraph: { indent: { left: 2 * INDENT, hanging: INDENT }, spacing: { after: 120 } }
	},
	{
		id: BODY_STYLES.closing,
		name: 'Closing',
		basedOn: 'Normal',
		paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 240 } }
	},
	{
		id: BODY_STYLES.other,
		name: 'Resolution other',
		basedOn: 'Normal',
		paragraph: { indent: { firstLine: INDENT }, spacing: { after: 120 } }
	},
	{ id: END_STYLE, name: 'End of resolution', basedOn: 'Normal' },
	{ id: FOOTNOTE_LINE_STYLE, name: 'Uncited footnote', basedOn: 'Normal', run: { size: 20 } }
];

/** The names of the report's paragraph styles by id, as Word and LibreOffice show them. */
export const STYLE_NAMES: Record<string, string> = Object.fromEntries(
	PARAGRAPH_STYLES.map((s) => [s.id, s.name ?? s.id])
);

/** Everything one paragraph of the body is made of before it becomes a docx `Paragraph`. */
export interface BodyParagraph {
	kind: ParagraphKind;
	children: ParagraphChild[];
	/** Whether the paragraph mark exists in both versions (0), only the old (−1) or only the new (1). */
	mark: DiffOpKind;
	/** A comment on the whole paragraph (moved rows). */
	comment?: string;
	/** True while everything written into the paragraph is inserted: the new version's alone. */
	onlyInserted: boolean;
	/** True when the paragraph holds a footnote reference. */
	citesFootnote?: boolean;
	/** The kind whose style the paragraph had before the revision (set when a paragraph mark was moved to it). */
	formerKind?: ParagraphKind;
	/** The level of the report's list that numbers the paragraph (0 `1.`, 1 `(a)`, 2 `(i)`), when a list does. */
	level?: number;
	/** The list level the paragraph had before a paragraph mark was moved to it (see {@link moveInsertedMarks}). */
	formerLevel?: number;
	/** Set on the copies of a moved row: the old copy is where it moved from, the new one where it moved to. */
	move?: 'from' | 'to';
	/** The move's number, on the first and the last paragraph of a copy, where its range starts and ends. */
	moveStart?: number;
	moveEnd?: number;
}

/** Private-use characters around the placeholders that {@link finishDocumentXml} replaces: never in a document. */
const CROSS_REFERENCE = ['\uE000', '\uE001'] as const;
const MOVE_RANGE = ['\uE002', '\uE003'] as const;

/** The state shared while building one document: revision ids, footnotes, comments. */
class Builder {
	private revision = 0;
	/** Revision ids that belong to a move: their `w:del` become `w:moveFrom`, their `w:ins` `w:moveTo`. */
	readonly moved = new Map<number, 'from' | 'to'>();
	/** While a moved row's copy is written, the side of the move its revisions take. */
	moving: 'from' | 'to' | null = null;
	/** Footnotes referenced so far, with the number Word shows them by (their order of first reference). */
	readonly referenced = new Map<number, number>();
	/** Footnotes cited a second time (by a NOTEREF cross-reference to a bookmark on the first reference). */
	readonly crossReferenced = new Set<number>();
	/** Operative and subparagraph numbers are counted by a Word list rather than written as text. */
	listNumbers = true;
	/** Set when a number could not be a list number (a paragraph that changed level, say). */
	listFailed = false;
	readonly footnotes: Record<string, { children: Paragraph[] }> = {};
	private readonly footnoteIds = new Map<string, number>();
	private nextFootnote = 1;
	readonly comments: { id: number; author: string; date: Date; children: Paragraph[] }[] = [];

	constructor(
		readonly model: ReportModel,
		readonly author: string,
		readonly date: string
	) {}

	/** The attributes of a new revision: each revision has its own id, as Word requires. */
	change(): { id: number; author: string; date: string } {
		const id = ++this.revision;
		if (this.moving) this.moved.set(id, this.moving);
		return { id, author: this.author, date: this.date };
	}

	/** The docx id of a version's footnote, registering its text on first use. */
	footnoteId(side: 'old' | 'new', mark: string): number {
		const key = `${side}:${mark}`;
		let id = this.footnoteIds.get(key);
		if (id === undefined) {
			id = this.nextFootnote++;
			this.footnoteIds.set(key, id);
			const doc = side === 'old' ? this.model.comparison.old : this.model.comparison.new;
			const text = doc.footnotes.find((f) => f.mark === mark)?.text ?? mark;
			this.footnotes[String(id)] = { children: [new Paragraph({ children: [new TextRun(showControls(text))] })] };
		}
		return id;
	}

	/** Adds a comment and returns its id. */
	comment(text: string): number {
		const id = this.comments.length;
		this.comments.push({
			id,
			author: this.author,
			date: new Date(this.date),
			children: [new Paragraph(showControls(text))]
		});
		return id;
	}

	/** A run of text: plain, inserted or deleted. */
	run(op: DiffOpKind, text: string, bold: boolean): ParagraphChild {
		const clean = showControls(text);
		if (op === 0) return new TextRun({ text: clean, bold: bold || undefined });
		const options = { ...this.change(), text: clean, bold: bold || undefined };
		return op === 1 ? new InsertedTextRun(options) : new DeletedTextRun(options);
	}

	/** A line break inside a paragraph: plain, inserted or deleted. */
	breakRun(op: DiffOpKind): ParagraphChild {
		if (op === 0) return new TextRun({ break: 1 });
		const options = { ...this.change(), break: 1 };
		return op === 1 ? new InsertedTextRun(options) : new DeletedTextRun(options);
	}

	/** A paragraph number and its tab: plain, inserted or deleted. */
	numberRun(op: DiffOpKind, number: string): ParagraphChild {
		const children = [showControls(number), new Tab()];
		if (op === 0) return new TextRun({ children });
		const options = { ...this.change(), children };
		return op === 1 ? new InsertedTextRun(options) : new DeletedTextRun(options);
	}

	/**
	 * A footnote reference: plain, inserted or deleted. A footnote already referenced is cited again by a
	 * cross-reference to it (a `NOTEREF \\f` field, written in {@link finishDocumentXml}), as Word does: a
	 * second reference to one note would be a second, empty note in LibreOffice.
	 */
	footnoteRun(op: DiffOpKind, id: number): ParagraphChild {
		if (this.referenced.has(id)) {
			this.crossReferenced.add(id);
			const placeholder = { style: 'FootnoteReference', text: `${CROSS_REFERENCE[0]}${id}${CROSS_REFERENCE[1]}` };
			if (op === 0) return new TextRun(placeholder);
			return op === 1
				? new InsertedTextRun({ ...this.change(), ...placeholder })
				: new DeletedTextRun({ ...this.change(), ...placeholder });
		}
		this.referenced.set(id, this.referenced.size + 1);
		const options = { style: 'FootnoteReference', children: [new FootnoteReference(id)] };
		if (op === 0) return new TextRun(options);
		return op === 1
			? new InsertedTextRun({ ...this.change(), ...options })
			: new DeletedTextRun({ ...this.change(), ...options });
	}
}

/** The text of a footnote of one version by mark, or null. */
function footnoteText(notes: Footnote[], mark: string): string | null {
	return notes.find((f) => f.mark === mark)?.text ?? null;
}

/**
 * Turns one row into body paragraphs, from the row's reading (core/report/reading.ts), which walks its
 * diff once for both versions at the same time. A paragraph of a version ends where its text ends;
 * where only one version's paragraph ends, the paragraph mark is that version's alone — deleted or
 * inserted — and a line break the other version has there becomes a revision of its own. Numbers are
 * written where a paragraph of either version begins; footnote marks where they stood, shared when both
 * versions have the same footnote there. `sides` leaves one version out (a moved row is written twice).
 */
function buildRow(builder: Builder, row: ReportRow, sides: { old: boolean; new: boolean }): BodyParagraph[] {
	const cmp = builder.model.comparison;
	const oldParas = sides.old ? row.old : [];
	const newParas = sides.new ? row.new : [];
	let oldIndex = 0;
	let newIndex = 0;
	// A moved row is written twice, one version each; its shared text then belongs to that version alone.
	const single: DiffOpKind | null = sides.old && sides.new ? null : sides.old ? -1 : 1;
	const as = (op: DiffOpKind): DiffOpKind => single ?? op;
	const out: BodyParagraph[] = [];
	let current: BodyParagraph = { kind: 'other', children: [], mark: 0, onlyInserted: true };
	/** Adds a child written with the given op. */
	const add = (op: DiffOpKind, child: ParagraphChild) => {
		if (op !== 1) current.onlyInserted = false;
		current.children.push(child);
	};

	const begin = (startsOld: boolean, startsNew: boolean) => {
		const oldPara = startsOld ? oldParas[oldIndex] : undefined;
		const newPara = startsNew ? newParas[newIndex] : undefined;
		const kind = (newPara ?? oldPara ?? newParas[newIndex] ?? oldParas[oldIndex])?.kind ?? 'other';
		current = { kind, children: [], mark: 0, onlyInserted: true };
		const oldNumber = oldPara ? printNumber(oldPara, builder.model.comparison.old.meta.language) : null;
		const newNumber = newPara ? printNumber(newPara, builder.model.comparison.new.meta.language) : null;
		if (builder.listNumbers && (oldNumber !== null || newNumber !== null)) {
			// Counted by Word's list: no number is written, and the list renumbers as paragraphs come and go.
			const oldLevel = oldPara ? listLevelOf(oldPara, cmp.old.paragraphs) : undefined;
			const newLevel = newPara ? listLevelOf(newPara, cmp.new.paragraphs) : undefined;
			const level = newLevel ?? oldLevel;
			if (level !== null && level !== undefined && (oldLevel === undefined || oldLevel === level)) {
				current.level = level;
				return;
			}
			builder.listFailed = true;
		}
		if (oldNumber !== null && oldNumber === newNumber) add(as(0), builder.numberRun(as(0), oldNumber));
		else {
			if (oldNumber !== null) add(as(-1), builder.numberRun(as(-1), oldNumber));
			if (newNumber !== null) add(as(1), builder.numberRun(as(1), newNumber));
		}
	};

	const end = (mark: DiffOpKind) => {
		current.mark = as(mark);
		out.push(current);
	};

	/** Text read but not written yet: stretches of one piece in one weight are written as one run. */
	let pending: { piece: number; op: DiffOpKind; text: string; bold: boolean } | null = null;
	const writePending = () => {
		if (!pending) return;
		const { op, text, bold } = pending;
		pending = null;
		// A line break inside a paragraph's own text is a w:br, not a paragraph.
		text.split('\n').forEach((line, k) => {
			if (k > 0) add(as(op), builder.breakRun(as(op)));
			if (line) add(as(op), builder.run(as(op), line, bold));
		});
	};

	/** Writes footnote marks of both versions that stand at one place. */
	const writeMarks = (olds: string[], news: string[]) => {
		if (olds.length === 0 && news.length === 0) return;
		writePending();
		const unmatched = [...news];
		for (const mark of olds) {
			const text = footnoteText(cmp.old.footnotes, mark);
			const twin = single === null ? unmatched.findIndex((m) => footnoteText(cmp.new.footnotes, m) === text) : -1;
			if (twin >= 0) {
				add(0, builder.footnoteRun(0, builder.footnoteId('new', unmatched[twin])));
				unmatched.splice(twin, 1);
			} else add(as(-1), builder.footnoteRun(as(-1), builder.footnoteId('old', mark)));
		}
		for (const mark of unmatched) add(as(1), builder.footnoteRun(as(1), builder.footnoteId('new', mark)));
		current.citesFootnote = true;
	};

	begin(oldParas.length > 0, newParas.length > 0);
	for (const event of row.reading.events) {
		if (event.type === 'marks') {
			writeMarks(sides.old ? event.old : [], sides.new ? event.new : []);
			continue;
		}
		const useOld = event.op <= 0 && sides.old;
		const useNew = event.op >= 0 && sides.new;
		if (!useOld && !useNew) continue;
		if (event.type === 'break' && ((useOld && event.ends.old) || (useNew && event.ends.new))) {
			// The "\n" that ends a paragraph of one version or both.
			writePending();
			const oldEnds = useOld && event.ends.old;
			const newEnds = useNew && event.ends.new;
			end(oldEnds && newEnds ? 0 : oldEnds ? -1 : 1);
			if (oldEnds) oldIndex++;
			if (newEnds) newIndex++;
			begin(oldEnds, newEnds);
			// Shared "\n" that ends a paragraph of one version only: a line break in the other.
			if (event.op === 0 && !(oldEnds && newEnds)) add(as(oldEnds ? 1 : -1), builder.breakRun(as(oldEnds ? 1 : -1)));
			continue;
		}
		// Formatting follows the new version for shared text (the old one is often tokenized, without bold).
		const style = single === -1 || (single === null && event.op === -1) ? event.old : event.new;
		const bold = style?.bold ?? false;
		const text = event.type === 'break' ? '\n' : event.text;
		if (pending && pending.piece === event.piece && pending.bold === bold) pending.text += text;
		else {
			writePending();
			pending = { piece: event.piece, op: event.op, text, bold };
		}
	}
	writePending();
	end(newParas.length === 0 ? -1 : oldParas.length === 0 ? 1 : 0);
	return out;
}

/**
 * Orders the body so that Accept All reads in the new version's order and Reject All in the old one's.
 * Rows stand in the new version's reading order; what exists only in the old version — deleted rows and
 * the deleted copy of each moved row — is placed right after whatever held its predecessor in the old
 * version: the row itself, or the old copy when that predecessor was moved. (The comparison puts a
 * deleted row after its predecessor's row, which for a moved predecessor is its new place; for Reject
 * All it must follow the old place.)
 */
function buildBody(builder: Builder): BodyParagraph[] {
	const rows = builder.model.rows;
	const locale = builder.model.locale;
	const words = PHRASES[locale];
	// The caption opens each move's comment: `移动：移至 执行 5`, `Moved: moved to OP 5`.
	const cmp = builder.model.comparison;
	const oldIndex = new Map(cmp.old.paragraphs.map((p, i) => [p.id, i]));
	const rowOfOld = new Map<string, number>();
	rows.forEach((row, r) => row.old.forEach((p) => rowOfOld.set(p.id, r)));
	const relocated = (r: number) => rows[r].status === 'moved' || rows[r].status === 'deleted';
	/** Where the old-version presence of row r ends: its old copy (`m`) for a moved row, else the row (`r`). */
	const holderKey = (r: number) => (rows[r].status === 'moved' ? `m${r}` : `r${r}`);
	const anchored = new Map<string, number[]>();
	for (const [r, row] of rows.entries()) {
		if (!relocated(r) || row.old.length === 0) continue;
		const first = oldIndex.get(row.old[0].id) ?? 0;
		let key = 'start';
		for (let i = first - 1; i >= 0; i--) {
			const before = rowOfOld.get(cmp.old.paragraphs[i].id);
			if (before === undefined || before === r) continue;
			key = holderKey(before);
			break;
		}
		anchored.set(key, [...(anchored.get(key) ?? []), r]);
	}
	const firstOld = (r: number) => oldIndex.get(rows[r].old[0].id) ?? 0;
	const body: BodyParagraph[] = [];
	const emitAnchored = (key: string) => {
		for (const r of (anchored.get(key) ?? []).sort((a, b) => firstOld(a) - firstOld(b))) {
			const row = rows[r];
			if (row.status === 'moved') {
				const paragraphs = moveCopy(builder, row, 'from', r);
				paragraphs[0].comment = `${words.movedCaption}${colonOf(locale)}${words.movedTo} ${row.newLabel}`;
				body.push(...paragraphs);
			} else body.push(...buildRow(builder, row, { old: true, new: true }));
			emitAnchored(holderKey(r));
		}
	};
	emitAnchored('start');
	for (const [r, row] of rows.entries()) {
		if (row.status === 'deleted') continue;
		if (row.status === 'moved') {
			const paragraphs = moveCopy(builder, row, 'to', r);
			paragraphs[0].comment = `${words.movedCaption}${colonOf(locale)}${words.movedFrom} ${row.oldLabel}`;
			body.push(...paragraphs);
		} else {
			body.push(...buildRow(builder, row, { old: true, new: true }));
			emitAnchored(`r${r}`);
		}
	}
	return body;
}

/**
 * One copy of a moved row, written as Word writes a move: the old copy's text and paragraph marks inside
 * `w:moveFrom` where it stood in the old version, the new copy's inside `w:moveTo` where it stands now,
 * each copy within a named range (`move3`) that pairs the two.
 */
function moveCopy(builder: Builder, row: ReportRow, side: 'from' | 'to', index: number): BodyParagraph[] {
	builder.moving = side;
	try {
		const paragraphs = buildRow(builder, row, { old: side === 'from', new: side === 'to' });
		for (const p of paragraphs) p.move = side;
		paragraphs[0].moveStart = index;
		paragraphs[paragraphs.length - 1].moveEnd = index;
		return paragraphs;
	} finally {
		builder.moving = null;
	}
}

/** The reference of the report's list: operative numbers `1.`, subparagraph letters `(a)`, then `(i)`. */
const LIST = 'resolution-paragraphs';

/** The list's levels, indented as the styles of operative paragraphs and subparagraphs are. */
const LIST_LEVELS = [
	{
		level: 0,
		format: LevelFormat.DECIMAL,
		text: '%1.',
		style: { paragraph: { indent: { left: 0, firstLine: INDENT } } }
	},
	{
		level: 1,
		format: LevelFormat.LOWER_LETTER,
		text: '(%2)',
		style: { paragraph: { indent: { left: 2 * INDENT, hanging: INDENT } } }
	},
	{
		level: 2,
		format: LevelFormat.LOWER_ROMAN,
		text: '(%3)',
		style: { paragraph: { indent: { left: 3 * INDENT, hanging: INDENT } } }
	}
];

/**
 * The list level that gives a paragraph its number, or null when no level of the list would: an operative
 * number is level 0, a lettered subparagraph level 1, a roman one under a subparagraph level 2. Whether the
 * count then gives each paragraph its own number is checked on the whole report (see {@link renderDocx}).
 */
function listLevelOf(p: DocParagraph, paragraphs: DocParagraph[]): number | null {
	if (!p.number) return null;
	if (p.kind === 'operative' && /^\d+$/.test(p.number)) return 0;
	if (p.kind !== 'subparagraph') return null;
	const parent = paragraphs.find((q) => q.id === p.parent);
	if (/^\([ivxlc]+\)$/.test(p.number) && parent?.kind === 'subparagraph') return 2;
	return /^\([a-z]{1,2}\)$/.test(p.number) ? 1 : null;
}

/**
 * Moves the inserted paragraph mark of a run of wholly inserted paragraphs to the paragraph before them,
 * as Word itself records typing Enter at the end of a paragraph and then new text: the earlier paragraph's
 * mark is the inserted one, and the last new paragraph ends with the earlier paragraph's original mark.
 * Accept All and Reject All give the same text either way, but LibreOffice, reading the other form after
 * a paragraph that ends in an insertion, joins that paragraph with the next one on Reject All. The last
 * new paragraph then carries the earlier paragraph's style as a formatting revision, so that rejecting
 * restores the style as well.
 */
export function moveInsertedMarks(body: BodyParagraph[]): void {
	for (let i = 0; i < body.length; i++) {
		if (body[i].mark !== 0) continue;
		let j = i + 1;
		while (j < body.length && body[j].mark === 1 && body[j].onlyInserted) j++;
		if (j === i + 1) continue;
		body[i].mark = 1;
		body[j - 1].mark = 0;
		if (body[j - 1].kind !== body[i].kind || body[j - 1].level !== body[i].level) {
			body[j - 1].formerKind = body[i].kind;
			body[j - 1].formerLevel = body[i].level;
		}
		i = j - 1;
	}
}

/**
 * Leaves out the comments that stand before a footnote reference. LibreOffice 7.4 reading a .docx with a
 * comment between two footnote references gives the later footnotes the text of the earlier ones — a
 * wrong footnote is worse than a missing note, and every move is listed on the cover anyway.
 */
export function dropCommentsBeforeFootnotes(body: BodyParagraph[]): void {
	let last = -1;
	body.forEach((p, i) => {
		if (p.citesFootnote) last = i;
	});
	for (let i = 0; i < last; i++) delete body[i].comment;
}

/** Tab stops of a paragraph kind: a numbered paragraph's number is followed by a tab to two characters in. */
function tabStopsOf(kind: ParagraphKind) {
	return kind === 'operative' || kind === 'subparagraph'
		? [{ type: TabStopType.LEFT, position: 2 * INDENT }]
		: undefined;
}

/** Turns a body paragraph into a docx paragraph: style, mark revision, comment. */
function toParagraph(builder: Builder, p: BodyParagraph, first: boolean): Paragraph {
	let children = p.children;
	if (p.comment !== undefined) {
		const id = builder.comment(p.comment);
		children = [
			new CommentRangeStart(id),
			...children,
			new CommentRangeEnd(id),
			new TextRun({ children: [new CommentReference(id)] })
		];
	}
	const marker = (kind: 'start' | 'end', n: number) =>
		new TextRun({ text: `${MOVE_RANGE[0]}${p.move}-${kind}-${n}${MOVE_RANGE[1]}` });
	if (p.moveStart !== undefined) children = [marker('start', p.moveStart), ...children];
	if (p.moveEnd !== undefined) children = [...children, marker('end', p.moveEnd)];
	builder.moving = p.move ?? null;
	const run =
		p.mark === 1 ? { insertion: builder.change() } : p.mark === -1 ? { deletion: builder.change() } : undefined;
	builder.moving = null;
	// Tab stops are set on each paragraph: docx cannot put them in a style.
	const listOf = (level: number | undefined) => (level === undefined ? undefined : { reference: LIST, level });
	const revision = p.formerKind
		? {
				...builder.change(),
				style: BODY_STYLES[p.formerKind],
				tabStops: tabStopsOf(p.formerKind),
				numbering: listOf(p.formerLevel)
			}
		: undefined;
	return new Paragraph({
		style: BODY_STYLES[p.kind],
		children,
		run,
		tabStops: tabStopsOf(p.kind),
		numbering: listOf(p.level),
		revision,
		pageBreakBefore: first || undefined,
		// An Arabic text's paragraphs run right to left (w:bidi).
		bidirectional: isRightToLeft(builder.model.comparison.new.meta.language) || undefined
	});
}

/** Width of the text on an A4 page with docx's default margins (1 inch each side), in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;

/** A cell of the cover tables, `width` twentieths of a point wide. */
function cell(text: string, width: number, bold = false, rtl = false): TableCell {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		children: [
			new Paragraph({
				bidirectional: rtl || undefined,
				children: [new TextRun({ text: showControls(text), bold: bold || undefined })]
			})
		]
	});
}

/** A cover table whose columns take the given shares of the text width; the first row is its header. */
function table(
	rows: string[][],
	shares: number[],
	options: {
		boldFirstColumn?: boolean;
		borders?: ConstructorParameters<typeof Table>[0]['borders'];
		rtl?: boolean;
	} = {}
): Table {
	const widths = shares.map((share) => Math.round(share * TEXT_WIDTH));
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		visuallyRightToLeft: options.rtl || undefined,
		columnWidths: widths,
		borders: options.borders,
		rows: rows.map(
			(row, i) =>
				new TableRow({
					tableHeader: i === 0,
					children: row.map((text, k) =>
						cell(text, widths[k], i === 0 || (k === 0 && (options.boldFirstColumn ?? false)), options.rtl)
					)
				})
		)
	});
}

/**
 * The cover: heading with both symbols, the two documents, the summary, warnings, and the changes at a glance.
 * The changes are listed from `listed`, a report model without exact white space, so that white space is never
 * listed as a change (the body's revisions keep it, to rebuild each version exactly).
 */
function buildCover(builder: Builder, listed: ReportModel): (Paragraph | Table)[] {
	const model = builder.model;
	const cmp = model.comparison;
	const locale = model.locale;
	const words = PHRASES[locale];
	const colon = colonOf(locale);
	const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));
	const heading = cmp.new.meta.title ?? cmp.old.meta.title ?? words.reportTitle;
	// In Arabic the cover's paragraphs and tables run right to left.
	const rtl = isRightToLeft(locale);
	const bidirectional = rtl || undefined;
	const out: (Paragraph | Table)[] = [];
	out.push(
		new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional, children: [new TextRun(showControls(heading))] })
	);
	out.push(
		new Paragraph({
			bidirectional,
			children: [
				new TextRun(
					showControls(
						`${words.reportTitle}${colon}${nameDocument(cmp.old, locale)} ${arrowOf(locale)} ${nameDocument(cmp.new, locale)}`
					)
				)
			]
		})
	);
	const facts: [string, (d: typeof cmp.old) => string | number | null][] = [
		[words.symbol, (d) => d.meta.symbol],
		[words.date, (d) => d.meta.date],
		[words.title, (d) => d.meta.title],
		[words.source, (d) => sourceOf(d, locale)]
	];
	out.push(
		table(
			[
				['', words.oldVersion, words.newVersion],
				...facts.map(([name, get]) => [name, dash(get(cmp.old)), dash(get(cmp.new))])
			],
			[0.16, 0.42, 0.42],
			{ boldFirstColumn: true, rtl }
		)
	);
	out.push(
		new Paragraph({
			spacing: { before: 240 },
			bidirectional,
			children: [new TextRun({ text: showControls(model.summary), bold: true })]
		})
	);
	for (const warning of model.warnings) {
		out.push(
			new Paragraph({
				bidirectional,
				children: [new TextRun({ text: showControls(`${words.warning}${colon}${warning}`), color: WARN })]
			})
		);
	}
	out.push(new Paragraph({ spacing: { after: 240 }, bidirectional, children: [new TextRun(words.trackedNote)] }));
	const changed = listed.rows.filter((row) => row.status !== 'unchanged');
	if (changed.length > 0) {
		out.push(
			table(
				[
					[words.paragraph, words.status, words.changes],
					...changed.map((row) => [row.label, row.statusName, row.change])
				],
				[0.22, 0.16, 0.62],
				{
					rtl,
					borders: {
						insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' },
						insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
					}
				}
			)
		);
	}
	return out;
}

/** Footnotes no paragraph cites: listed after the body so that nothing is lost. */
function uncitedFootnotes(notes: Footnote[], paragraphs: DocParagraph[]): Footnote[] {
	const cited = new Set(paragraphs.flatMap((p) => p.footnotes ?? []));
	return notes.filter((f) => !cited.has(f.mark));
}

/**
 * The list of footnotes no paragraph cites, as tracked changes like the body: a note both versions have is
 * plain, one only the old version has is a deleted paragraph, one only the new has an inserted paragraph, so
 * that Accept All and Reject All each leave their version's notes. Each line is the mark and the text
 * (`¹ text`), the clean text's footnote line, so that reading the report back finds them as footnotes.
 */
function uncitedList(builder: Builder, cmp: Comparison): Paragraph[] {
	const oldNotes = uncitedFootnotes(cmp.old.footnotes, cmp.old.paragraphs);
	const newNotes = uncitedFootnotes(cmp.new.footnotes, cmp.new.paragraphs);
	if (oldNotes.length === 0 && newNotes.length === 0) return [];
	const same = (a: Footnote, b: Footnote) => a.mark === b.mark && a.text === b.text;
	const lines: { op: DiffOpKind; note: Footnote }[] = [];
	let k = 0;
	for (const note of newNotes) {
		const at = oldNotes.findIndex((o, i) => i >= k && same(o, note));
		if (at >= 0) {
			for (; k < at; k++) lines.push({ op: -1, note: oldNotes[k] });
			lines.push({ op: 0, note });
			k = at + 1;
		} else lines.push({ op: 1, note });
	}
	for (; k < oldNotes.length; k++) lines.push({ op: -1, note: oldNotes[k] });
	const out = [
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(PHRASES[builder.model.locale].footnotes)] })
	];
	for (const { op, note } of lines) {
		const mark = op === 1 ? { insertion: builder.change() } : op === -1 ? { deletion: builder.change() } : undefined;
		const text = `${superscriptMark(note.mark)} ${note.text}`;
		out.push(new Paragraph({ style: FOOTNOTE_LINE_STYLE, children: [builder.run(op, text, false)], run: mark }));
	}
	// The last paragraph of a document cannot be revised: a deleted or inserted line needs one after it.
	out.push(new Paragraph({ style: END_STYLE }));
	return out;
}

/** A file name without the folders it sits in: a report goes to colleagues, the local path does not. */
export function fileNameOf(source: string): string {
	return source.split(/[\\/]/).pop() || source;
}

/** The comparison with each document's source reduced to its file name. */
function withFileNames(cmp: Comparison): Comparison {
	const named = (doc: Comparison['old']) => ({ ...doc, meta: { ...doc.meta, source: fileNameOf(doc.meta.source) } });
	return { ...cmp, old: named(cmp.old), new: named(cmp.new) };
}

/** The default revision date: the new version's date at midnight UTC, else now (to the second). */
function revisionDate(cmp: Comparison): string {
	const date = cmp.new.meta.date;
	if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
	return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

/** The language tag Word is given for the report's own words, by locale. */
const WORD_LANGUAGE: Record<ReportLocale, string> = {
	zh: 'zh-CN',
	en: 'en-GB',
	fr: 'fr-FR',
	es: 'es-ES',
	ru: 'ru-RU',
	ar: 'ar-SA'
};

/** Renders a comparison as a Word document with tracked changes; resolves to the .docx bytes. */
export async function renderDocx(comparison: Comparison, options: DocxOptions = {}): Promise<Uint8Array> {
	const cmp = withFileNames(comparison);
	// Operative numbers are counted by a Word list when the count gives every paragraph of both versions its
	// number, as read back by the Word reader, which counts as Word does (a resolution whose sections start
	// again at 1, or a paragraph that changed level, does not qualify); otherwise they are typed in.
	// A split or merged row joins paragraphs whose list numbering may differ, and word processors differ on
	// which paragraph's properties a joined paragraph keeps: its numbers are typed in.
	if (cmp.rows.some((r) => r.status === 'split' || r.status === 'merged'))
		return (await buildDocx(cmp, options, false)).bytes;
	const listed = await buildDocx(cmp, options, true);
	if (listed.builder.listFailed || !countsRight(listed.bytes, cmp)) return (await buildDocx(cmp, options, false)).bytes;
	return listed.bytes;
}

/** Whether the list numbers of a report, read back in each version, are that version's numbers. */
function countsRight(bytes: Uint8Array, cmp: Comparison): boolean {
	const read = readListNumbers(bytes);
	const expected = (doc: Comparison['old']) =>
		doc.paragraphs.filter((p) => listLevelOf(p, doc.paragraphs) !== null).map((p) => printNumber(p));
	const same = (a: (string | null)[], b: (string | null)[]) => a.length === b.length && a.every((x, i) => x === b[i]);
	return same(read.accepted, expected(cmp.new)) && same(read.original, expected(cmp.old));
}

/** Builds the report, with operative numbers counted by a list or typed in. */
async function buildDocx(
	cmp: Comparison,
	options: DocxOptions,
	listNumbers: boolean
): Promise<{ bytes: Uint8Array; builder: Builder }> {
	// Revisions must rebuild each side exactly, white space included.
	const model = prepareReport(cmp, { ...options, exactWhitespace: true });
	const builder = new Builder(model, options.author ?? DEFAULT_DOCX_OPTIONS.author, options.date ?? revisionDate(cmp));
	builder.listNumbers = listNumbers;
	const cover = buildCover(builder, prepareReport(cmp, options));
	const bodyParagraphs = buildBody(builder);
	moveInsertedMarks(bodyParagraphs);
	dropCommentsBeforeFootnotes(bodyParagraphs);
	const body = bodyParagraphs.map((p, i) => toParagraph(builder, p, i === 0));
	const tail: Paragraph[] = [new Paragraph({ style: END_STYLE }), ...uncitedList(builder, cmp)];
	const doc = new Document({
		creator: builder.author,
		title: showControls(`${nameDocument(cmp.old)} → ${nameDocument(cmp.new)}`),
		features: { trackRevisions: options.trackRevisions ?? DEFAULT_DOCX_OPTIONS.trackRevisions },
		styles: {
			default: {
				document: {
					run: {
						font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' },
						size: 24,
						// The report's words are in its locale; Word checks spelling and picks fonts by it.
						language: { value: WORD_LANGUAGE[model.locale], eastAsia: 'zh-CN', bidirectional: 'ar-SA' }
					}
				}
			},
			paragraphStyles: PARAGRAPH_STYLES
		},
		customProperties: [{ name: BODY_STYLES_PROPERTY, value: DOCUMENT_STYLES.join(' ') }],
		numbering: { config: [{ reference: LIST, levels: LIST_LEVELS }] },
		footnotes: builder.footnotes,
		comments: { children: builder.comments },
		sections: [{ children: [...cover, ...body, ...tail] }]
	});
	return { bytes: finishPackage(await Packer.pack(doc, 'uint8array'), builder), builder };
}

/** Replaces document.xml in a package by what {@link finishDocumentXml} makes of it. */
function finishPackage(bytes: Uint8Array, builder: Builder): Uint8Array {
	if (builder.moved.size === 0 && builder.crossReferenced.size === 0) return bytes;
	const files = unzipSync(bytes);
	files['word/document.xml'] = strToU8(finishDocumentXml(strFromU8(files['word/document.xml']), builder));
	return zipSync(files);
}

/** Escapes text for an XML attribute. */
function attribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * What the docx package cannot write, written into document.xml: moves and cross-references.
 * - The revisions of a moved row's copies become `w:moveFrom` and `w:moveTo` (docx writes them as `w:del` and
 *   `w:ins`, which never nest in its output, so each is matched up to its own end tag), and the range markers
 *   the copies carry become `w:moveFromRangeStart`/`End` and `w:moveToRangeStart`/`End` named after the move.
 * - A footnote cited again becomes a `NOTEREF _RefNoteN \\f \\h` field formatted as a footnote reference, whose
 *   result is the note's number, and a bookmark `_RefNoteN` encloses the note's first reference.
 */
function finishDocumentXml(xml: string, builder: Builder): string {
	const by = `w:author="${attribute(builder.author)}" w:date="${attribute(builder.date)}"`;
	let out = xml.replace(
		/<w:(ins|del) w:id="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/w:\1>)/g,
		(whole, kind: string, id: string, rest: string, tail: string, content: string | undefined) => {
			const side = builder.moved.get(Number(id));
			if (!side) return whole;
			const name = side === 'from' ? 'w:moveFrom' : 'w:moveTo';
			return content === undefined
				? `<${name} w:id="${id}"${rest}/>`
				: `<${name} w:id="${id}"${rest}>${content}</${name}>`;
		}
	);
	const [open, close] = MOVE_RANGE;
	out = out.replace(
		new RegExp(`<w:r><w:t(?: [^>]*)?>${open}(from|to)-(start|end)-(\\d+)${close}</w:t></w:r>`, 'g'),
		(_, side: string, kind: string, n: string) => {
			// Range ids share one space with comments and bookmarks in some readers: kept far above both.
			const id = 100000 + 2 * Number(n) + (side === 'to' ? 1 : 0);
			const tag = `w:move${side === 'from' ? 'From' : 'To'}Range${kind === 'start' ? 'Start' : 'End'}`;
			return kind === 'start' ? `<${tag} w:id="${id}" w:name="move${n}" ${by}/>` : `<${tag} w:id="${id}"/>`;
		}
	);
	for (const id of builder.crossReferenced) {
		const reference = out.indexOf(`<w:footnoteReference w:id="${id}"/>`);
		if (reference < 0) continue;
		const start = out.lastIndexOf('<w:r>', reference);
		const end = out.indexOf('</w:r>', reference) + '</w:r>'.length;
		const bookmark = 200000 + id;
		out =
			out.slice(0, start) +
			`<w:bookmarkStart w:id="${bookmark}" w:name="_RefNote${id}"/>` +
			out.slice(start, end) +
			`<w:bookmarkEnd w:id="${bookmark}"/>` +
			out.slice(end);
	}
	const [refOpen, refClose] = CROSS_REFERENCE;
	return out.replace(
		// The run's properties are matched up to their own end tag only, so a match never spans two runs.
		new RegExp(
			`<w:r>(<w:rPr>(?:(?!</w:rPr>)[\\s\\S])*</w:rPr>)?<w:(t|delText)(?: [^>]*)?>${refOpen}(\\d+)${refClose}</w:\\2></w:r>`,
			'g'
		),
		(_, rPr: string | undefined, t: string, id: string) => {
			const props = rPr ?? '';
			const instr = t === 'delText' ? 'w:delInstrText' : 'w:instrText';
			const run = (inner: string) => `<w:r>${props}${inner}</w:r>`;
			return [
				run('<w:fldChar w:fldCharType="begin"/>'),
				run(`<${instr} xml:space="preserve"> NOTEREF _RefNote${id} \\f \\h </${instr}>`),
				run('<w:fldChar w:fldCharType="separate"/>'),
				run(`<w:${t} xml:space="preserve">${builder.referenced.get(Number(id)) ?? id}</w:${t}>`),
				run('<w:fldChar w:fldCharType="end"/>')
			].join('');
		}
	);
}
