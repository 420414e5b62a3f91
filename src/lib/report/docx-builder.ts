/**
 * The state shared while building one Word report: revision ids (a move's pair named alike), footnotes
 * and their citations (a note cited twice is one note), comments; and the paragraph the body is built of.
 */
import { DeletedTextRun, FootnoteReference, InsertedTextRun, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { DiffOpKind, ParagraphKind } from '../core/types';
import { showControls, type ReportModel } from '../core/report/model';

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
export const CROSS_REFERENCE = ['\uE000', '\uE001'] as const;
export const MOVE_RANGE = ['\uE002', '\uE003'] as const;

/** The state shared while building one document: revision ids, footnotes, comments. */
export class Builder {
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
