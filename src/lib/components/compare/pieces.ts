/**
 * Turns a row's character diff back into paragraphs a reader can see. The core diffs a row's old
 * paragraphs joined with "\n" against its new ones (CONTRACT.md), so the diff knows nothing of
 * paragraph boundaries, footnote marks (kept outside `text`, at `footnoteOffsets`) or bold verbs
 * (`emphasis`). This module walks the diff once, character by character, and cuts it into runs of
 * equal style at every such boundary. Cost is linear in the row's text; it runs only for rows on
 * screen.
 */
import type { AlignedRow, DiffOp, Footnote, Paragraph } from '../../core/types';

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
	 * False when the diff does not rebuild the paragraphs' texts; the blocks then show the plain
	 * texts (never a wrong highlight, never lost text) and the row says so.
	 */
	intact: boolean;
}

/** Per-character facts about one side's text, joined with "\n" as the core joins it. */
interface Stream {
	text: string;
	/** 1 where the character is the "\n" between two paragraphs. */
	separator: Uint8Array;
	/** 1 where the character is printed in bold. */
	strong: Uint8Array;
	/** Footnote marks standing before the character at a position (or at the end, position = length). */
	marks: Map<number, string[]>;
}

/** Indexes a side's paragraphs into one stream. */
function buildStream(paragraphs: Paragraph[]): Stream {
	const text = paragraphs.map((p) => p.text).join('\n');
	const separator = new Uint8Array(text.length);
	const strong = new Uint8Array(text.length);
	const marks = new Map<number, string[]>();
	let pos = 0;
	paragraphs.forEach((p, k) => {
		const len = p.text.length;
		for (const [a, b] of p.emphasis ?? []) {
			strong.fill(1, pos + clamp(a, 0, len), pos + clamp(b, 0, len));
		}
		(p.footnotes ?? []).forEach((mark, j) => {
			// A mark without a recorded offset stood at the paragraph's end, where most footnotes sit.
			const at = pos + clamp(p.footnoteOffsets?.[j] ?? len, 0, len);
			const list = marks.get(at);
			if (list) list.push(mark);
			else marks.set(at, [mark]);
		});
		pos += len;
		if (k < paragraphs.length - 1) {
			separator[pos] = 1;
			pos += 1;
		}
	});
	return { text, separator, strong, marks };
}

function clamp(n: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, n));
}

/** True when a piece of a diff is white space only: such a difference is never shown as a change. */
function isQuiet(text: string): boolean {
	return /^\s*$/u.test(text);
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
	const { row, oldParagraphs, newParagraphs } = input;
	const oldStream = buildStream(oldParagraphs);
	const newStream = buildStream(newParagraphs);
	const intact = rebuilds(row.diff, -1, oldStream.text) && rebuilds(row.diff, 1, newStream.text);
	if (intact) {
		return { blocks: walk(row.diff, row.routineParts, row.routine, oldStream, newStream, input, mode), intact };
	}
	// The diff does not rebuild the texts: show the texts themselves, whole paragraphs replaced.
	const ops: DiffOp[] = [];
	if (mode !== 'new' && oldStream.text) ops.push([mode === 'inline' ? -1 : 0, oldStream.text]);
	if (mode !== 'old' && newStream.text) ops.push([mode === 'inline' ? 1 : 0, newStream.text]);
	return { blocks: walk(ops, undefined, false, oldStream, newStream, input, mode), intact };
}

/** True when the ops of one side (op ≤ 0 for old, op ≥ 0 for new) concatenate to `text`. */
function rebuilds(ops: DiffOp[], side: -1 | 1, text: string): boolean {
	let at = 0;
	for (const [op, piece] of ops) {
		if (op === -side) continue;
		if (text.startsWith(piece, at)) at += piece.length;
		else return false;
	}
	return at === text.length;
}

/** The core of the module: one pass over the diff, emitting blocks of styled runs. */
function walk(
	ops: DiffOp[],
	routineParts: boolean[] | undefined,
	rowRoutine: boolean,
	oldStream: Stream,
	newStream: Stream,
	input: SliceInput,
	mode: SliceMode
): Block[] {
	const oldParas = input.oldParagraphs;
	const newParas = input.newParagraphs;
	const primary: 'old' | 'new' = mode === 'inline' ? (newParas.length ? 'new' : 'old') : mode;
	const primaryParas = primary === 'old' ? oldParas : newParas;
	if (primaryParas.length === 0) return [];
	const bothSides = oldParas.length > 0 && newParas.length > 0;

	// In the redline, an old footnote is shown only when no new paragraph of the row cites the same note.
	const newNoteTexts = new Set(
		newParas.flatMap((p) => p.footnotes ?? []).map((m) => noteText(input.newFootnotes, m) ?? `#${m}`)
	);
	const showOldMark = (mark: string) =>
		mode === 'old' || !newNoteTexts.has(noteText(input.oldFootnotes, mark) ?? `#${mark}`);

	const blocks: Block[] = [{ side: primary, paragraph: primaryParas[0], pieces: [] }];
	let current = blocks[0];
	let run: Extract<Piece, { type: 'text' }> | null = null;
	const flush = () => {
		if (run && run.text) current.pieces.push(run);
		run = null;
	};
	const breakBlock = () => {
		flush();
		const next = primaryParas[blocks.length];
		if (!next) return; // More separators than paragraphs cannot happen when the texts rebuild.
		current = { side: primary, paragraph: next, pieces: [] };
		blocks.push(current);
	};
	const emitMarks = (stream: Stream, pos: number, change: Change, filter?: (m: string) => boolean) => {
		const list = stream.marks.get(pos);
		if (!list) return;
		for (const mark of list) {
			if (filter && !filter(mark)) continue;
			flush();
			current.pieces.push({ type: 'mark', mark, change });
		}
	};

	let oldPos = 0;
	let newPos = 0;
	ops.forEach(([op, text], i) => {
		const inOld = op <= 0 && mode !== 'new';
		const inNew = op >= 0 && mode !== 'old';
		if (!inOld && !inNew) {
			// An op of the other side in a one-sided view: it only advances that side's position.
			if (op < 0) oldPos += text.length;
			else newPos += text.length;
			return;
		}
		const quiet = op !== 0 && isQuiet(text);
		// Side views show a white-space difference as plain text; the redline drops a deleted one.
		const change: Change = op === 0 || quiet ? 'same' : op < 0 ? 'del' : 'ins';
		const routine = change !== 'same' && (routineParts ? routineParts[i] === true : rowRoutine);
		const dropText = quiet && op < 0 && mode === 'inline';
		for (let k = 0; k < text.length; k++) {
			const o = oldPos + k;
			const n = newPos + k;
			if (inNew) emitMarks(newStream, n, 'same');
			if (inOld && mode === 'inline') emitMarks(oldStream, o, 'del', showOldMark);
			else if (inOld) emitMarks(oldStream, o, 'same');

			const isPrimarySep =
				primary === 'old' ? inOld && oldStream.separator[o] === 1 : inNew && newStream.separator[n] === 1;
			if (isPrimarySep) {
				if (mode === 'inline' && op > 0 && bothSides) {
					flush();
					current.pieces.push({ type: 'pilcrow', change: 'ins' });
				}
				breakBlock();
				continue;
			}
			if (mode === 'inline' && primary === 'new' && op < 0 && oldStream.separator[o] === 1) {
				// Two old paragraphs became one: mark the break the new text no longer has.
				flush();
				current.pieces.push({ type: 'pilcrow', change: 'del' });
				continue;
			}
			if (dropText) continue;
			const strong = op < 0 || mode === 'old' ? oldStream.strong[o] === 1 : newStream.strong[n] === 1;
			const ch = text[k];
			if (run && run.change === change && run.routine === routine && run.strong === strong) {
				run.text += ch;
			} else {
				flush();
				run = { type: 'text', text: ch, change, routine, strong };
			}
		}
		if (op <= 0) oldPos += text.length;
		if (op >= 0) newPos += text.length;
	});
	// Marks after the last character of a side.
	if (mode !== 'old') emitMarks(newStream, newStream.text.length, 'same');
	if (mode === 'old') emitMarks(oldStream, oldStream.text.length, 'same');
	else if (mode === 'inline') emitMarks(oldStream, oldStream.text.length, 'del', showOldMark);
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
