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
 * - moved: `docx` has no `w:moveFrom`/`w:moveTo`, so the old text is deleted where it stood in the old
 *   version and the new text inserted where it stands now, each with a comment naming the other place;
 * - operative numbers are text (`4.` and a tab), so a renumbered paragraph shows its number changed as
 *   a revision, and Accept/Reject All give exactly the new/old numbers; Word list numbering would
 *   renumber on its own and could not show what the old number was;
 * - bold operative verbs are kept from the parser's emphasis ranges (new version's for shared text);
 * - footnotes are real footnotes; a reference only one version has is itself an inserted or deleted run.
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
import type { Comparison, DiffOpKind, Footnote, Paragraph as DocParagraph, ParagraphKind } from '../core/types';
import { BODY_STYLES_PROPERTY } from '../io/word/docx';
import { superscriptMark } from '../io/word/flow';
import {
	PHRASES,
	arrowOf,
	type ReportLocale,
	colonOf,
	isRightToLeft,
	nameDocument,
	printNumber
} from '../core/report/labels';
import {
	prepareReport,
	showControls,
	type ReportModel,
	type ReportOptions,
	type ReportRow
} from '../core/report/model';

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
}

/** The state shared while building one document: revision ids, footnotes, comments. */
class Builder {
	private revision = 0;
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
		return { id: ++this.revision, author: this.author, date: this.date };
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

	/** A footnote reference: plain, inserted or deleted. */
	footnoteRun(op: DiffOpKind, id: number): ParagraphChild {
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
				const paragraphs = buildRow(builder, row, { old: true, new: false });
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
			const paragraphs = buildRow(builder, row, { old: false, new: true });
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
		if (body[j - 1].kind !== body[i].kind) body[j - 1].formerKind = body[i].kind;
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
	const run =
		p.mark === 1 ? { insertion: builder.change() } : p.mark === -1 ? { deletion: builder.change() } : undefined;
	// Tab stops are set on each paragraph: docx cannot put them in a style.
	const revision = p.formerKind
		? { ...builder.change(), style: BODY_STYLES[p.formerKind], tabStops: tabStopsOf(p.formerKind) }
		: undefined;
	return new Paragraph({
		style: BODY_STYLES[p.kind],
		children,
		run,
		tabStops: tabStopsOf(p.kind),
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
						`${words.reportTitle}${colon}${nameDocument(cmp.old)} ${arrowOf(locale)} ${nameDocument(cmp.new)}`
					)
				)
			]
		})
	);
	const facts: [string, (d: typeof cmp.old) => string | number | null][] = [
		[words.symbol, (d) => d.meta.symbol],
		[words.date, (d) => d.meta.date],
		[words.title, (d) => d.meta.title],
		[words.source, (d) => d.meta.source]
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
				children: [new TextRun({ text: showControls(`${words.warning}${colon}${warning}`), color: 'B3261E' })]
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
	// Revisions must rebuild each side exactly, white space included.
	const model = prepareReport(cmp, { ...options, exactWhitespace: true });
	const builder = new Builder(model, options.author ?? DEFAULT_DOCX_OPTIONS.author, options.date ?? revisionDate(cmp));
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
		footnotes: builder.footnotes,
		comments: { children: builder.comments },
		sections: [{ children: [...cover, ...body, ...tail] }]
	});
	return Packer.pack(doc, 'uint8array');
}
