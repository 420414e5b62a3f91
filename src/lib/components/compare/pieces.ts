/**
 * Turns a row's diff into the paragraphs a reader sees on the compare page: styled runs for one side
 * of the side-by-side view, or for the redline. The walk over the diff — paragraph boundaries,
 * footnote marks, bold — is the core's one reading of a row (core/report/reading.ts), which the
 * reports draw from too; this module only decides how its events look on the page. Cost is linear in
 * the row's text; it runs only for rows on screen.
 */
import type { AlignedRow, Footnote, Paragraph } from '../../core/types';
import { readRow, type RowReading } from '../../core/report/reading';

/** How a run of text relates to the other version. */
export type Change = 'same' | 'del' | 'ins';

/** One styled run of a rendered paragraph. */
export type Piece =
	| {
			type: 'text';
			text: string;
			change: Change;
			/** The change touches only dates, symbols, session or meeting numbers. */
			routine: boolean;
			/** Printed in bold in the source (the operative verb). */
			strong: boolean;
	  }
	| { type: 'mark'; mark: string; change: Change }
	/** A paragraph break that one version has and the other does not (split and merged rows). */
	| { type: 'pilcrow'; change: 'del' | 'ins' };

/** One paragraph's worth of pieces. */
export interface Block {
	side: 'old' | 'new';
	paragraph: Paragraph;
	pieces: Piece[];
}

/** Which view the pieces are for: one side of the side-by-side view, or the redline. */
export type SliceMode = 'old' | 'new' | 'inline';

/** The result of slicing a row. */
export interface SlicedRow {
	blocks: Block[];
	/**
	 * False when the diff does not rebuild the paragraphs' texts; the blocks then show the whole old
	 * text replaced by the whole new one (never a wrong highlight, never lost text) and the row says so.
	 */
	intact: boolean;
}

/** Inputs of {@link sliceRow}. */
export interface SliceInput {
	row: AlignedRow;
	oldParagraphs: Paragraph[];
	newParagraphs: Paragraph[];
	/** Footnotes of each document, to tell in the redline a footnote the new text dropped. */
	oldFootnotes?: Footnote[];
	newFootnotes?: Footnote[];
}

/**
 * Slices a row for one view. `old`/`new` give that side's paragraphs with its deletions or
 * insertions marked; `inline` gives the redline: the new paragraphs with deleted text in place
 * (or the old paragraphs, for a deleted row).
 */
export function sliceRow(input: SliceInput, mode: SliceMode): SlicedRow {
	const reading = readRow({ row: input.row, old: input.oldParagraphs, new: input.newParagraphs });
	return { blocks: sliceReading(reading, input, mode), intact: reading.intact };
}

/** Turns the reading's events into blocks of styled runs for one view. */
function sliceReading(reading: RowReading, input: SliceInput, mode: SliceMode): Block[] {
	const oldParas = reading.old;
	const newParas = reading.new;
	const primary: 'old' | 'new' = mode === 'inline' ? (newParas.length ? 'new' : 'old') : mode;
	const primaryParas = primary === 'old' ? oldParas : newParas;
	if (primaryParas.length === 0) return [];
	const bothSides = oldParas.length > 0 && newParas.length > 0;

	// In the redline, an old footnote is shown only when no new paragraph of the row cites the same note.
	const newNoteTexts = new Set(
		newParas.flatMap((p) => p.footnotes ?? []).map((m) => noteText(input.newFootnotes, m) ?? `#${m}`)
	);
	const showOldMark = (mark: string) => !newNoteTexts.has(noteText(input.oldFootnotes, mark) ?? `#${mark}`);

	const blocks: Block[] = [{ side: primary, paragraph: primaryParas[0], pieces: [] }];
	let current = blocks[0];
	let run: Extract<Piece, { type: 'text' }> | null = null;
	const flush = () => {
		if (run && run.text) current.pieces.push(run);
		run = null;
	};
	const push = (piece: Piece) => {
		flush();
		current.pieces.push(piece);
	};
	const breakBlock = () => {
		flush();
		const next = primaryParas[blocks.length];
		if (!next) return; // More boundaries than paragraphs cannot happen: the reading rebuilds the texts.
		current = { side: primary, paragraph: next, pieces: [] };
		blocks.push(current);
	};
	const addText = (text: string, change: Change, routine: boolean, strong: boolean) => {
		if (run && run.change === change && run.routine === routine && run.strong === strong) run.text += text;
		else {
			flush();
			run = { type: 'text', text, change, routine, strong };
		}
	};

	for (const event of reading.events) {
		if (event.type === 'marks') {
			if (mode !== 'old') for (const mark of event.new) push({ type: 'mark', mark, change: 'same' });
			if (mode === 'old') for (const mark of event.old) push({ type: 'mark', mark, change: 'same' });
			else if (mode === 'inline') {
				for (const mark of event.old) if (showOldMark(mark)) push({ type: 'mark', mark, change: 'del' });
			}
			continue;
		}
		const { op } = event;
		// A one-sided view skips the other side's ops.
		if ((mode === 'old' && op > 0) || (mode === 'new' && op < 0)) continue;
		const own = op < 0 || mode === 'old' ? event.old : event.new;
		if (event.type === 'break') {
			if (event.ends[primary]) {
				if (mode === 'inline' && op > 0 && bothSides) push({ type: 'pilcrow', change: 'ins' });
				breakBlock();
				continue;
			}
			if (mode === 'inline' && primary === 'new' && op < 0) {
				// Two old paragraphs became one: mark the break the new text no longer has.
				push({ type: 'pilcrow', change: 'del' });
				continue;
			}
			// A shared "\n" that is a line break inside this side's paragraph.
			addText('\n', 'same', false, own?.bold ?? false);
			continue;
		}
		// Side views show a white-space difference as plain text; the redline drops a deleted one.
		if (event.quiet && op < 0 && mode === 'inline') continue;
		const change: Change = op === 0 || event.quiet ? 'same' : op < 0 ? 'del' : 'ins';
		addText(event.text, change, change !== 'same' && event.routine, own?.bold ?? false);
	}
	flush();
	return blocks;
}

function noteText(notes: Footnote[] | undefined, mark: string): string | undefined {
	return notes?.find((n) => n.mark === mark)?.text;
}

/** The text a reader of one side sees in a list of pieces (marks and pilcrows left out). */
export function piecesText(pieces: Piece[]): string {
	return pieces.map((p) => (p.type === 'text' ? p.text : '')).join('');
}
