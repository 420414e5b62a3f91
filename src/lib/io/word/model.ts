/**
 * The version-neutral model of a word-processor document with tracked changes, and the writer that turns it
 * into either version. The .docx reader (docx.ts) and the OpenDocument reader (odt.ts) each walk their XML
 * once into this model; every piece of text, every note citation and every paragraph mark carries a bit per
 * version in which it does not exist, and each version is a filter over the model:
 * - accepted: every change accepted (what Word's and LibreOffice's Accept All leave);
 * - original: every change rejected.
 * A paragraph whose mark does not exist in a version joins the next paragraph of its container there, as a
 * deleted paragraph mark joins two paragraphs in a word processor. List numbers are counted per version
 * (numbering.ts), so a deleted numbered paragraph renumbers the rest in the accepted version only. Cost:
 * linear in the model.
 */
import { ListCounter, formatNumber, type NumberingDefinitions } from './numbering';
import { writeFlowText, type Flow, type FlowItem, type FlowNote, type FlowParagraph } from './flow';
import type { Warning } from '../../core/warnings';

/** The two versions of a document with tracked changes. */
export type RevisionView = 'accepted' | 'original';

/** A bit per version: set when a piece does not exist in that version. */
const HIDDEN_ACCEPTED = 1;
const HIDDEN_ORIGINAL = 2;
const HIDDEN_BOTH = HIDDEN_ACCEPTED | HIDDEN_ORIGINAL;

/** The bit of a view. */
const bitOf = (view: RevisionView) => (view === 'accepted' ? HIDDEN_ACCEPTED : HIDDEN_ORIGINAL);

/**
 * A tracked change around a piece: text, a note citation, a paragraph mark, a table row or cell. Moved text
 * is an insertion where it went and a deletion where it was.
 */
export type Revision = 'insertion' | 'deletion';

/**
 * The versions in which a piece does not exist (`hidden`, 0 for a piece in both) once inside a tracked change
 * too: an insertion exists in the accepted version only, a deletion in the original only, and a piece inside
 * both (an insertion that a later change deleted) in neither.
 */
export function revised(hidden: number, revision: Revision): number {
	return hidden | (revision === 'insertion' ? HIDDEN_ORIGINAL : HIDDEN_ACCEPTED);
}

/** The versions in which a run does not exist: text formatted as hidden is in neither. */
export function runHidden(hidden: number, format: RunFormat): number {
	return format.hidden ? HIDDEN_BOTH : hidden;
}

/** Whether a piece that does not exist in the versions `hidden` names exists in a version. */
export function existsIn(hidden: number, view: RevisionView): boolean {
	return (hidden & bitOf(view)) === 0;
}

/**
 * What a version shows of something a formatting change changed (paragraph properties, run formatting, a
 * style's numbering): the original version its state before the change, where there was one; the accepted
 * version its state now. Formatting changes change no text.
 */
export function asIn<T>(view: RevisionView, now: T, before: T | undefined): T {
	return view === 'original' && before !== undefined ? before : now;
}

/** Run formatting read here: bold and italic, and whether the text is hidden. */
export interface RunFormat {
	bold?: boolean;
	italic?: boolean;
	hidden?: boolean;
	/** Complex-script run (right-to-left): its bold and italic are `w:bCs`, `w:iCs`. */
	complex?: boolean;
	boldCs?: boolean;
	italicCs?: boolean;
}

/** A piece of a paragraph in the neutral model. */
export type RawItem =
	| { type: 'text'; text: string; hidden: number; now: RunFormat; before: RunFormat }
	| { type: 'note'; key: string; custom?: string; hidden: number };

/** Paragraph properties that matter for the text: style and numbering. */
export interface ParagraphProps {
	style?: string;
	/** The list the paragraph is numbered in (a key of {@link NumberingDefinitions.instances}). */
	numId?: string;
	/** Its level in the list, 0–8. */
	ilvl?: number;
	/** `w:numPr` was inserted by a tracked change (absent in the original). */
	numInserted?: boolean;
	/** The number this paragraph shows, restarting its level there (OpenDocument's `text:start-value`). */
	startAt?: number;
}

/** A paragraph in the neutral model. */
export interface RawParagraph {
	type: 'p';
	props: ParagraphProps;
	/** The properties in the original version, when they differ (a formatting revision, a joined paragraph). */
	before?: ParagraphProps;
	/** Versions in which the paragraph mark does not exist. */
	markHidden: number;
	items: RawItem[];
}

/** A table row: its cells, each a list of blocks. */
export interface RawRow {
	hidden: number;
	cells: { hidden: number; blocks: RawBlock[] }[];
}

/** A block of the neutral model. */
export type RawBlock = RawParagraph | { type: 'table'; rows: RawRow[] };

/** How a format gives paragraphs their list numbers. */
export interface ModelNumbering {
	/** The lists' definitions and instances. */
	definitions: NumberingDefinitions;
	/**
	 * The list a paragraph is numbered in, in a version, with its level (undefined: the level its style is
	 * linked to) and the style to look that level up by; undefined for a paragraph without a number.
	 */
	listOf(props: ParagraphProps, view: RevisionView): { numId: string; ilvl?: number; style: string } | undefined;
	/** The list a numbering style stands for (Word's `w:numStyleLink`); undefined where there is none. */
	styleList(style: string): string | undefined;
}

/** Everything read from a document, version-neutral. */
export interface WordModel {
	blocks: RawBlock[];
	/** Footnotes and endnotes by the key their citations carry. */
	notes: Map<string, RawBlock[]>;
	numbering: ModelNumbering;
	/** How automatic footnote marks are numbered: the first number and the format (numbering.ts's names). */
	noteStart: number;
	noteFormat: string;
	/** The first page's header, where a UN draft's masthead stands (symbol, distribution, date); not text. */
	masthead?: RawBlock[];
	warnings: Warning[];
}

/** Whether flow items hold any text or note. */
export function hasText(items: readonly (FlowItem | RawItem)[]): boolean {
	return items.some((item) => item.type === 'note' || item.text.trim() !== '');
}

/** Numbering that numbers nothing: notes are not counted in the body's lists. */
const NO_NUMBERING: ModelNumbering = {
	definitions: { abstracts: new Map(), instances: new Map() },
	listOf: () => undefined,
	styleList: () => undefined
};

/** Turns the neutral model into the paragraphs of one version. */
class VersionWriter {
	readonly counter: ListCounter;
	private readonly numbering: ModelNumbering;

	constructor(
		model: WordModel,
		private readonly view: RevisionView,
		numbered: boolean
	) {
		this.numbering = numbered ? model.numbering : NO_NUMBERING;
		this.counter = new ListCounter(this.numbering.definitions, (style) => this.numbering.styleList(style));
	}

	/** The items of a paragraph that exist in this version, as flow items. */
	private itemsOf(items: RawItem[]): FlowItem[] {
		const out: FlowItem[] = [];
		for (const item of items) {
			if (!existsIn(item.hidden, this.view)) continue;
			if (item.type === 'note') out.push({ type: 'note', key: item.key, custom: item.custom || undefined });
			else {
				const format = asIn(this.view, item.now, item.before);
				const bold = format.complex ? (format.boldCs ?? format.bold) : format.bold;
				const italic = format.complex ? (format.italicCs ?? format.italic) : format.italic;
				out.push({ type: 'text', text: item.text, bold, italic });
			}
		}
		return out;
	}

	/**
	 * The paragraphs of a list of blocks in this version. A paragraph whose mark does not exist in it joins
	 * the next paragraph of the same container. The joined paragraph has the properties (style, numbering) of
	 * the first joined paragraph that has text of its own in this version, as Word gives a joined paragraph
	 * the first one's; when the paragraphs before it lost all their text (a whole paragraph deleted with its
	 * mark), the surviving paragraph keeps its own, so the next operative paragraph keeps its number.
	 */
	paragraphs(blocks: RawBlock[], out: FlowParagraph[] = []): FlowParagraph[] {
		let carried: FlowItem[] = [];
		let carriedProps: ParagraphProps | null = null;
		const emit = (props: ParagraphProps, items: FlowItem[]) => {
			const paragraph: FlowParagraph = { items };
			const list = this.numbering.listOf(props, this.view);
			if (list) {
				const ilvl = list.ilvl ?? this.counter.levelOfStyle(list.numId, list.style) ?? 0;
				const number = this.counter.next(list.numId, ilvl, props.startAt);
				if (number) {
					paragraph.number = number.text;
					paragraph.suffix = number.suffix;
				}
			}
			out.push(paragraph);
		};
		const flushCarried = () => {
			if (carriedProps && carried.length > 0) emit(carriedProps, carried);
			carried = [];
			carriedProps = null;
		};
		for (const block of blocks) {
			if (block.type === 'table') {
				flushCarried();
				this.table(block, out);
				continue;
			}
			const own = asIn(this.view, block.props, block.before);
			const items = this.itemsOf(block.items);
			const props = carriedProps ?? own;
			if (!carriedProps && hasText(items)) carriedProps = own;
			carried = [...carried, ...items];
			if (!existsIn(block.markHidden, this.view)) continue;
			emit(props, carried);
			carried = [];
			carriedProps = null;
		}
		flushCarried();
		return out;
	}

	/** A table: one paragraph per row, its cells separated by tabs. */
	private table(table: { rows: RawRow[] }, out: FlowParagraph[]): void {
		for (const row of table.rows) {
			if (!existsIn(row.hidden, this.view)) continue;
			const items: FlowItem[] = [];
			let first = true;
			for (const cell of row.cells) {
				if (!existsIn(cell.hidden, this.view)) continue;
				if (!first) items.push({ type: 'text', text: '\t' });
				first = false;
				const paragraphs = this.paragraphs(cell.blocks);
				paragraphs.forEach((p, i) => {
					if (i > 0) items.push({ type: 'text', text: ' ' });
					if (p.number) items.push({ type: 'text', text: p.number + (p.suffix ?? '\t') });
					items.push(...p.items);
				});
			}
			if (items.some((item) => item.type === 'note' || item.text.trim())) out.push({ items });
		}
	}
}

/** The flow of one version of a document. */
export function modelFlow(model: WordModel, view: RevisionView): Flow {
	const paragraphs = new VersionWriter(model, view, true).paragraphs(model.blocks);
	const notes = new Map<string, FlowNote>();
	for (const [key, blocks] of model.notes) {
		const noteParagraphs = new VersionWriter(model, view, false).paragraphs(blocks);
		notes.set(key, { paragraphs: noteParagraphs.map((p) => p.items) });
	}
	return { paragraphs, notes };
}

/** The clean text of one version of a document. */
export function modelText(model: WordModel, view: RevisionView): string {
	return writeFlowText(modelFlow(model, view), {
		start: model.noteStart,
		format: (n) => formatNumber(n, model.noteFormat) || String(n)
	});
}

/** The numbers a document's lists give its paragraphs, in reading order, in one version (unnumbered ones left out). */
export function listNumbers(model: WordModel, view: RevisionView): string[] {
	return new VersionWriter(model, view, true)
		.paragraphs(model.blocks)
		.flatMap((p) => (p.number === undefined ? [] : [p.number]));
}

/**
 * The lines of blocks as accepted, each paragraph one line and a table's cells read paragraph by paragraph:
 * a masthead's cells ("A/C.1/77/L.5", "Distr.: Limited") stay apart.
 */
export function blockLines(blocks: RawBlock[]): string[] {
	const out: string[] = [];
	for (const block of blocks) {
		if (block.type === 'table') {
			for (const row of block.rows) for (const cell of row.cells) out.push(...blockLines(cell.blocks));
			continue;
		}
		const text = block.items
			.map((item) => (item.type === 'text' && existsIn(item.hidden, 'accepted') ? item.text : ''))
			.join('')
			.replace(/\s+/g, ' ')
			.trim();
		if (text) out.push(text);
	}
	return out;
}

/** The paragraphs of blocks in one version, unnumbered: the text of a header, a cell, a note. */
export function plainParagraphs(model: WordModel, blocks: RawBlock[], view: RevisionView): FlowParagraph[] {
	return new VersionWriter(model, view, false).paragraphs(blocks);
}
