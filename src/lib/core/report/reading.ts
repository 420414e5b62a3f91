/**
 * The one reading of an aligned row's diff, from which the compare page and every report draw what they
 * show. The core diffs a row's old paragraphs joined with "\n" against its new ones (CONTRACT.md), so the
 * diff alone knows nothing of paragraph boundaries, of footnote marks (kept outside `text`, at
 * `footnoteOffsets`) or of bold verbs (`emphasis`). {@link readRow} walks the diff once for both versions
 * at the same time — op 0 text advances both, op −1 the old one, op 1 the new one — and cuts it into
 * events wherever either version's paragraph ends, its bold begins or ends, or one of its footnote marks
 * stands. Views are projections of those events: {@link readSide} gives one version's column (the HTML
 * report, the page's side-by-side view), {@link inlinePieces} the redline without paragraph structure
 * (Markdown, text, the change summaries); the page's redline and the Word report read the events
 * themselves. Cost: linear in the row's text plus its boundaries.
 *
 * A "\n" of the diff is a paragraph boundary only where a paragraph's text ends — found by length, not by
 * the character, since a paragraph's own text may hold a line break. A piece of white space alone is
 * "quiet": a difference in white space is never a change to a reader, so views print it as plain text of
 * its own side; a paragraph boundary inside it is still a boundary (a split or a merge is a real change).
 */
import type { AlignedRow, DiffOpKind, Footnote, Paragraph } from '../types';

/** A piece of a row's diff, ready to print. */
export interface ReportPiece {
	op: DiffOpKind;
	text: string;
	/** True when this piece is a routine change (dates, symbols, session and meeting numbers). */
	routine: boolean;
	/**
	 * True when this piece changes white space only. A difference in white space alone is never a change to a
	 * reader: views print it as plain text of its own side, unmarked (paragraph boundaries in it stay).
	 */
	quiet?: boolean;
}

/** Where a stretch of the diff stands in one version. */
export interface SidePlace {
	/** Index of the paragraph among the row's paragraphs of this version. */
	paragraph: number;
	/** Offset in that paragraph's text, in UTF-16 code units. */
	offset: number;
	/** True when the text there is printed in bold (the operative verb). */
	bold: boolean;
}

/** One event of a row's reading, in the order of the diff. */
export type RowEvent =
	/**
	 * A stretch of one piece of the diff that stays inside one paragraph, one bold state and no footnote
	 * mark of each version it belongs to (`old` for op ≤ 0, `new` for op ≥ 0; null for the other).
	 */
	| {
			type: 'text';
			op: DiffOpKind;
			text: string;
			/** Index of the piece in {@link RowReading.pieces}. */
			piece: number;
			routine: boolean;
			quiet: boolean;
			old: SidePlace | null;
			new: SidePlace | null;
	  }
	/**
	 * The "\n" between two paragraphs of the versions flagged in `ends`. A version of the piece that does not
	 * end a paragraph here (a shared "\n" that is a line break inside its paragraph) reads it as text.
	 */
	| {
			type: 'break';
			op: DiffOpKind;
			piece: number;
			routine: boolean;
			ends: { old: boolean; new: boolean };
			old: SidePlace | null;
			new: SidePlace | null;
	  }
	/** Footnote marks that stand here, in each version's order (one list empty when only the other has marks). */
	| { type: 'marks'; old: string[]; new: string[] };

/** A row read for printing. */
export interface RowReading {
	/**
	 * False when the row's diff does not rebuild its paragraphs' texts (the contract promises that it does).
	 * The reading is then of the whole old text replaced by the whole new one, so nothing is lost or wrongly
	 * highlighted, and a view may say that the detail is missing.
	 */
	intact: boolean;
	old: Paragraph[];
	new: Paragraph[];
	/** The diff as read: empty pieces left out, routine and quiet flags set; the replacement when not intact. */
	pieces: ReportPiece[];
	events: RowEvent[];
}

/** What {@link readRow} reads: a row and its paragraphs on each side, in the row's order. */
export interface RowInput {
	row: AlignedRow;
	old: Paragraph[];
	new: Paragraph[];
}

/** Options of {@link readRow}. */
export interface ReadOptions {
	/**
	 * Keep white-space-only changes as changes (default false): no piece is quiet. A format whose revisions
	 * must rebuild each side exactly (Word's Accept All / Reject All) sets this.
	 */
	exactWhitespace?: boolean;
}

/** A side's texts joined as the diff sees them. */
export function joinTexts(paragraphs: Paragraph[]): string {
	return paragraphs.map((p) => p.text).join('\n');
}

/** True when a diff piece changes white space only. */
function isQuiet(text: string): boolean {
	return /^\s+$/u.test(text);
}

/**
 * The pieces of a row's diff with their routine and quiet flags, and whether the diff rebuilds both texts.
 * If a row breaks the contract's promise, nothing may be lost: the row is read as the whole old text
 * replaced by the whole new text (or as equal when the texts are the same). A row without `routineParts`
 * (an older comparison) counts every change of a routine row as routine.
 */
export function piecesOf(
	row: AlignedRow,
	oldText: string,
	newText: string,
	options: ReadOptions = {}
): { pieces: ReportPiece[]; intact: boolean } {
	const diff = row.diff ?? [];
	let rebuiltOld = '';
	let rebuiltNew = '';
	for (const [op, text] of diff) {
		if (op <= 0) rebuiltOld += text;
		if (op >= 0) rebuiltNew += text;
	}
	if (rebuiltOld === oldText && rebuiltNew === newText) {
		const parts = row.routineParts;
		const pieces: ReportPiece[] = [];
		diff.forEach(([op, text], i) => {
			if (text.length === 0) return;
			const piece: ReportPiece = { op, text, routine: op !== 0 && (parts ? parts[i] === true : row.routine) };
			if (op !== 0 && !options.exactWhitespace && isQuiet(text)) piece.quiet = true;
			pieces.push(piece);
		});
		return { pieces, intact: true };
	}
	const pieces: ReportPiece[] = [];
	if (oldText === newText) {
		if (oldText) pieces.push({ op: 0, text: oldText, routine: false });
	} else {
		if (oldText) pieces.push({ op: -1, text: oldText, routine: false });
		if (newText) pieces.push({ op: 1, text: newText, routine: false });
	}
	return { pieces, intact: false };
}

/** A paragraph's footnote marks with their offsets, in order; a mark without an offset goes at the end. */
export function footnoteMarks(p: Paragraph): { mark: string; offset: number }[] {
	const marks = p.footnotes ?? [];
	return marks
		.map((mark, i) => ({ mark, offset: p.footnoteOffsets?.[i] ?? p.text.length }))
		.sort((a, b) => a.offset - b.offset);
}

/** True when the character at `offset` of the paragraph is printed in bold. */
export function isBold(p: Paragraph, offset: number): boolean {
	return (p.emphasis ?? []).some(([start, end]) => offset >= start && offset < end);
}

/** The first offset after `offset` where bold begins or ends (infinity when none). */
export function nextBoldBoundary(p: Paragraph, offset: number): number {
	let next = Number.POSITIVE_INFINITY;
	for (const [start, end] of p.emphasis ?? []) {
		if (start > offset && start < next) next = start;
		if (end > offset && end < next) next = end;
	}
	return next;
}

/** Where the walk stands in one version. */
class Cursor {
	/** Index of the current paragraph. */
	index = 0;
	/** Offset in the current paragraph's text. */
	local = 0;
	/** Footnote marks of the current paragraph not read yet. */
	private marks: { mark: string; offset: number }[];

	constructor(readonly paragraphs: Paragraph[]) {
		this.marks = paragraphs.length ? footnoteMarks(paragraphs[0]) : [];
	}

	private get paragraph(): Paragraph {
		return this.paragraphs[this.index];
	}

	/** True on the "\n" that ends the current paragraph (not the last one). */
	atEnd(): boolean {
		return this.index < this.paragraphs.length - 1 && this.local === this.paragraph.text.length;
	}

	/** Marks due here: those at or before the offset, or all that are left when the paragraph ends here. */
	due(all: boolean): string[] {
		const taken: string[] = [];
		while (this.marks.length > 0 && (all || this.marks[0].offset <= this.local)) taken.push(this.marks.shift()!.mark);
		return taken;
	}

	/** Every mark not read yet. */
	rest(): string[] {
		return this.due(true);
	}

	place(): SidePlace {
		const p = this.paragraph;
		return { paragraph: this.index, offset: this.local, bold: p ? isBold(p, this.local) : false };
	}

	/** Characters that can be read here in one stretch: to the paragraph's end, bold boundary or next mark. */
	room(): number {
		const p = this.paragraph;
		if (!p) return Number.POSITIVE_INFINITY;
		let room = nextBoldBoundary(p, this.local) - this.local;
		if (this.index < this.paragraphs.length - 1) room = Math.min(room, p.text.length - this.local);
		if (this.marks.length > 0) room = Math.min(room, this.marks[0].offset - this.local);
		return room;
	}

	/** Moves over a paragraph boundary to the next paragraph. */
	next(): void {
		this.index++;
		this.local = 0;
		this.marks = footnoteMarks(this.paragraph);
	}
}

/** Reads a row: its pieces, and the events of a walk over them in both versions at once. */
export function readRow(input: RowInput, options: ReadOptions = {}): RowReading {
	const { pieces, intact } = piecesOf(input.row, joinTexts(input.old), joinTexts(input.new), options);
	const old = new Cursor(input.old);
	const neu = new Cursor(input.new);
	const events: RowEvent[] = [];
	pieces.forEach((piece, index) => {
		const { op, text, routine } = piece;
		const inOld = op <= 0;
		const inNew = op >= 0;
		let i = 0;
		while (i < text.length) {
			const ends = { old: inOld && old.atEnd(), new: inNew && neu.atEnd() };
			const oldMarks = inOld ? old.due(ends.old) : [];
			const newMarks = inNew ? neu.due(ends.new) : [];
			if (oldMarks.length > 0 || newMarks.length > 0) events.push({ type: 'marks', old: oldMarks, new: newMarks });
			const oldPlace = inOld ? old.place() : null;
			const newPlace = inNew ? neu.place() : null;
			if (ends.old || ends.new) {
				events.push({ type: 'break', op, piece: index, routine, ends, old: oldPlace, new: newPlace });
				if (ends.old) old.next();
				else if (inOld) old.local++;
				if (ends.new) neu.next();
				else if (inNew) neu.local++;
				i++;
				continue;
			}
			let length = text.length - i;
			if (inOld) length = Math.min(length, old.room());
			if (inNew) length = Math.min(length, neu.room());
			length = Math.max(1, length);
			events.push({
				type: 'text',
				op,
				text: text.slice(i, i + length),
				piece: index,
				routine,
				quiet: piece.quiet ?? false,
				old: oldPlace,
				new: newPlace
			});
			if (inOld) old.local += length;
			if (inNew) neu.local += length;
			i += length;
		}
	});
	const oldRest = old.rest();
	const newRest = neu.rest();
	if (oldRest.length > 0 || newRest.length > 0) events.push({ type: 'marks', old: oldRest, new: newRest });
	return { intact, old: input.old, new: input.new, pieces, events };
}

/** One thing on one side of a row, in reading order. */
export type SideToken =
	/** A paragraph of this side begins: its number, if any, is printed before its text. */
	| { type: 'start'; paragraph: Paragraph; index: number }
	/** Text of this side; `op` is 0 (shared, or a quiet change) or this side's own op (-1 old, 1 new). */
	| { type: 'text'; op: DiffOpKind; text: string; routine: boolean; bold: boolean }
	/** A footnote mark where it stood in this side's paragraph. */
	| { type: 'footnote'; mark: string; footnote: Footnote | null }
	/** The end of a paragraph of this side; `op` says whether the break exists in both versions (0) or in this one only. */
	| { type: 'break'; op: DiffOpKind };

/**
 * One side of a row: the paragraphs of that side, their text split where the diff's pieces change and
 * where bold begins or ends, with footnote marks put back at their offsets.
 */
export function readSide(reading: RowReading, side: 'old' | 'new', footnotes: Footnote[] = []): SideToken[] {
	const paragraphs = reading[side];
	const tokens: SideToken[] = [];
	if (paragraphs.length === 0) return tokens;
	const byMark = new Map(footnotes.map((f) => [f.mark, f]));
	/** The piece of the last token when it is text of this side, to join stretches of one piece again. */
	let lastPiece = -1;
	const pushText = (piece: number, op: DiffOpKind, text: string, routine: boolean, bold: boolean) => {
		const last = tokens[tokens.length - 1];
		if (lastPiece === piece && last.type === 'text' && last.bold === bold) last.text += text;
		else tokens.push({ type: 'text', op, text, routine, bold });
		lastPiece = piece;
	};
	const push = (token: SideToken) => {
		tokens.push(token);
		lastPiece = -1;
	};
	let index = 0;
	push({ type: 'start', paragraph: paragraphs[0], index: 0 });
	for (const event of reading.events) {
		if (event.type === 'marks') {
			for (const mark of event[side]) push({ type: 'footnote', mark, footnote: byMark.get(mark) ?? null });
			continue;
		}
		const place = event[side];
		if (!place) continue;
		if (event.type === 'break') {
			if (event.ends[side]) {
				push({ type: 'break', op: event.op });
				index++;
				push({ type: 'start', paragraph: paragraphs[index], index });
			} else pushText(event.piece, event.op, '\n', event.routine, place.bold);
			continue;
		}
		pushText(event.piece, event.quiet ? 0 : event.op, event.text, event.routine, place.bold);
	}
	return tokens;
}

/**
 * The row as an inline view prints it, without paragraph structure: a quiet (white-space-only) deletion
 * left out, a quiet insertion shown as plain text, a paragraph boundary a "\n" of its piece's op, and
 * neighbouring shared text merged. `56/24T` against `56/24 T` reads `56/24 T` with no mark.
 */
export function inlinePieces(reading: RowReading): ReportPiece[] {
	const out: ReportPiece[] = [];
	let lastPiece = -1;
	for (const event of reading.events) {
		if (event.type === 'marks') continue;
		let op = event.op;
		let routine = event.routine;
		if (event.type === 'text' && event.quiet) {
			if (op === -1) continue;
			op = 0;
			routine = false;
		}
		const text = event.type === 'break' ? '\n' : event.text;
		const last = out[out.length - 1];
		if (last && last.op === op && (op === 0 || lastPiece === event.piece)) {
			out[out.length - 1] = { ...last, text: last.text + text };
		} else out.push({ op, text, routine });
		lastPiece = event.piece;
	}
	return out;
}
