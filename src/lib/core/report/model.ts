/**
 * What every report format is drawn from: the comparison with each row's paragraphs looked up, labelled,
 * and its diff checked against the texts. Renderers only decide how things look; what is said (labels,
 * statuses, summary, warnings) comes from here and from labels.ts, so all formats agree.
 */
import {
	ResodiffError,
	type AlignedRow,
	type Comparison,
	type DiffOpKind,
	type Footnote,
	type Paragraph,
	type RowStats,
	type RowStatus
} from '../types';
import {
	countRoutine,
	labelParagraphs,
	labelRow,
	localeOfDocuments,
	nameStatus,
	summarizeChange,
	summarizeStats,
	type ReportLocale
} from './labels';

/** A piece of a row's diff, ready to print. */
export interface ReportPiece {
	op: DiffOpKind;
	text: string;
	/** True when this piece is a routine change (dates, symbols, session and meeting numbers). */
	routine: boolean;
	/**
	 * True when this piece changes white space only (not a paragraph break). A difference in white space
	 * alone is never a change to a reader: views print it as plain text of its own side, unmarked.
	 */
	quiet?: boolean;
}

/** One aligned row with everything a renderer prints about it. */
export interface ReportRow {
	/** 1-based position among the comparison's rows. */
	index: number;
	row: AlignedRow;
	status: RowStatus;
	routine: boolean;
	/** The row's label: `执行 4`, or `执行 5（原执行 4）` when the old side was labelled differently. */
	label: string;
	/** Labels of the old side's paragraphs joined with ` + `; empty when none. */
	oldLabel: string;
	/** Labels of the new side's paragraphs joined with ` + `; empty when none. */
	newLabel: string;
	/** Status name in the report's locale, with `（例行）` when routine. */
	statusName: string;
	old: Paragraph[];
	new: Paragraph[];
	/** The old side's texts joined with "\n", as the diff sees them. */
	oldText: string;
	/** The new side's texts joined with "\n". */
	newText: string;
	/** The diff; when the row's own diff does not rebuild both texts, a whole-text replacement instead. */
	pieces: ReportPiece[];
	/** One-line description of the change; empty when unchanged. */
	change: string;
}

/** A comparison prepared for reporting. */
export interface ReportModel {
	comparison: Comparison;
	locale: ReportLocale;
	rows: ReportRow[];
	/** Counts by status, as the comparison gives them. */
	stats: RowStats;
	/** Changed rows, and how many of them are routine only. */
	counts: { changed: number; routine: number };
	/** The summary sentence. */
	summary: string;
	/** Warnings of the comparison (which carry the documents' own), each once. */
	warnings: string[];
}

/** Options every report format takes. */
export interface ReportOptions {
	/**
	 * Language of the report's own words; the document text is never translated. Default: the documents'
	 * language (the new one's when they differ), Chinese when neither is one of the six.
	 */
	locale?: ReportLocale;
	/**
	 * Keep white-space-only changes as changes (default false). A difference in white space alone is never
	 * a change to a reader, so reports print it as plain text; a format whose revisions must rebuild each
	 * side exactly (Word's Accept All / Reject All) sets this.
	 */
	exactWhitespace?: boolean;
}

/** Looks up a row's paragraph ids in one document, failing clearly on an id the document does not have. */
function lookUp(ids: string[], byId: Map<string, Paragraph>, side: 'old' | 'new', rowIndex: number): Paragraph[] {
	return ids.map((id) => {
		const p = byId.get(id);
		if (!p) {
			throw new ResodiffError(
				'internal',
				`row ${rowIndex} names paragraph ${id}, which the ${side} document does not have`,
				{
					paragraph: id
				}
			);
		}
		return p;
	});
}

/**
 * The pieces of a row's diff with their routine flags. The contract promises that the diff rebuilds both
 * sides' texts; if a row breaks that promise the report must still lose nothing, so the row is shown as
 * the whole old text replaced by the whole new text (or as equal when the texts are the same).
 */
export function piecesOf(row: AlignedRow, oldText: string, newText: string, exactWhitespace = false): ReportPiece[] {
	const diff = row.diff ?? [];
	let rebuiltOld = '';
	let rebuiltNew = '';
	for (const [op, text] of diff) {
		if (op <= 0) rebuiltOld += text;
		if (op >= 0) rebuiltNew += text;
	}
	if (rebuiltOld === oldText && rebuiltNew === newText) {
		const pieces = diff
			.map(([op, text], i): ReportPiece => ({ op, text, routine: op !== 0 && (row.routineParts?.[i] ?? false) }))
			.filter((piece) => piece.text.length > 0);
		if (!exactWhitespace) {
			// A line break is a paragraph break between a split or merged row's paragraphs: a real change.
			for (const piece of pieces) if (piece.op !== 0 && /^[^\S\n]+$/u.test(piece.text)) piece.quiet = true;
		}
		return pieces;
	}
	if (oldText === newText) return oldText ? [{ op: 0, text: oldText, routine: false }] : [];
	const pieces: ReportPiece[] = [];
	if (oldText) pieces.push({ op: -1, text: oldText, routine: false });
	if (newText) pieces.push({ op: 1, text: newText, routine: false });
	return pieces;
}

/**
 * The pieces as an inline view prints them: a quiet (white-space-only) deletion left out, a quiet
 * insertion shown as plain text, neighbouring shared pieces merged again. `56/24T` against `56/24 T`
 * reads `56/24 T` with no mark.
 */
export function inlinePieces(pieces: ReportPiece[]): ReportPiece[] {
	const out: ReportPiece[] = [];
	for (const piece of pieces) {
		if (piece.quiet && piece.op === -1) continue;
		const next: ReportPiece = piece.quiet ? { op: 0, text: piece.text, routine: false } : piece;
		const last = out[out.length - 1];
		if (last && last.op === 0 && next.op === 0) out[out.length - 1] = { ...last, text: last.text + next.text };
		else out.push(next);
	}
	return out;
}

/** Prepares a comparison for reporting: paragraphs looked up, rows labelled, summary worded. */
export function prepareReport(cmp: Comparison, options: ReportOptions = {}): ReportModel {
	const locale = options.locale ?? localeOfDocuments(cmp.old, cmp.new);
	const oldById = new Map(cmp.old.paragraphs.map((p) => [p.id, p]));
	const newById = new Map(cmp.new.paragraphs.map((p) => [p.id, p]));
	const oldLabels = labelParagraphs(cmp.old, locale);
	const newLabels = labelParagraphs(cmp.new, locale);
	const rows = cmp.rows.map((row, i): ReportRow => {
		const index = i + 1;
		const oldParas = lookUp(row.old, oldById, 'old', index);
		const newParas = lookUp(row.new, newById, 'new', index);
		const oldText = oldParas.map((p) => p.text).join('\n');
		const newText = newParas.map((p) => p.text).join('\n');
		const pieces = piecesOf(row, oldText, newText, options.exactWhitespace ?? false);
		const oldLabelList = oldParas.map((p) => oldLabels.get(p.id) ?? p.id);
		const newLabelList = newParas.map((p) => newLabels.get(p.id) ?? p.id);
		return {
			index,
			row,
			status: row.status,
			routine: row.routine,
			label: labelRow(oldLabelList, newLabelList, locale),
			oldLabel: oldLabelList.join(' + '),
			newLabel: newLabelList.join(' + '),
			statusName: nameStatus(row.status, row.routine, locale),
			old: oldParas,
			new: newParas,
			oldText,
			newText,
			pieces,
			change: summarizeChange(row.status, inlinePieces(pieces), locale)
		};
	});
	const counts = countRoutine(cmp.rows);
	// compareDocuments passes each document's warnings into the comparison's, naming the side.
	const warnings = [...new Set(cmp.warnings ?? [])];
	return {
		comparison: cmp,
		locale,
		rows,
		stats: cmp.stats,
		counts,
		summary: summarizeStats(cmp.stats, counts, locale),
		warnings
	};
}

/** One thing on one side of a row, in reading order. */
export type SideToken =
	/** A paragraph of this side begins: its number, if any, is printed before its text. */
	| { type: 'start'; paragraph: Paragraph; index: number }
	/** Text of this side; `op` is 0 (shared) or this side's own op (-1 old, 1 new). */
	| { type: 'text'; op: DiffOpKind; text: string; routine: boolean; bold: boolean }
	/** A footnote mark where it stood in this side's paragraph. */
	| { type: 'footnote'; mark: string; footnote: Footnote | null }
	/** The end of a paragraph of this side; `op` says whether the break exists in both versions (0) or in this one only. */
	| { type: 'break'; op: DiffOpKind };

/**
 * Walks one side of a row: the paragraphs of that side, their text split where the diff changes and
 * where bold begins or ends, with footnote marks put back at their offsets. The old side sees op 0 and
 * −1 pieces, the new side op 0 and 1. The diff joins a side's paragraphs with "\n", so a "\n" is a
 * paragraph boundary only where a paragraph's text ends — found by length, not by the character, since
 * a paragraph's own text may hold a line break.
 */
export function walkSide(row: ReportRow, side: 'old' | 'new', footnotes: Footnote[]): SideToken[] {
	const own: DiffOpKind = side === 'old' ? -1 : 1;
	const paragraphs = side === 'old' ? row.old : row.new;
	const tokens: SideToken[] = [];
	if (paragraphs.length === 0) return tokens;
	const byMark = new Map(footnotes.map((f) => [f.mark, f]));
	const last = paragraphs.length - 1;
	let index = 0;
	/** Offset in the joined text where the current paragraph starts, and the current offset. */
	let start = 0;
	let pos = 0;
	let marks = footnoteMarks(paragraphs[0]);
	const flushMarks = (upTo: number) => {
		while (marks.length > 0 && marks[0].offset <= upTo) {
			const mark = marks.shift()!.mark;
			tokens.push({ type: 'footnote', mark, footnote: byMark.get(mark) ?? null });
		}
	};
	tokens.push({ type: 'start', paragraph: paragraphs[0], index: 0 });
	for (const piece of row.pieces) {
		if (piece.op !== 0 && piece.op !== own) continue;
		let i = 0;
		while (i < piece.text.length) {
			const paragraph = paragraphs[index];
			const end = start + paragraph.text.length;
			if (index < last && pos === end) {
				flushMarks(Number.POSITIVE_INFINITY);
				tokens.push({ type: 'break', op: piece.op });
				index++;
				pos++;
				i++;
				start = pos;
				marks = footnoteMarks(paragraphs[index]);
				tokens.push({ type: 'start', paragraph: paragraphs[index], index });
				continue;
			}
			const local = pos - start;
			flushMarks(local);
			let length = piece.text.length - i;
			if (index < last) length = Math.min(length, end - pos);
			length = Math.min(length, nextBoldBoundary(paragraph, local) - local);
			if (marks.length > 0) length = Math.min(length, marks[0].offset - local);
			length = Math.max(1, length);
			const text = piece.text.slice(i, i + length);
			tokens.push({
				type: 'text',
				op: piece.quiet ? 0 : piece.op,
				text,
				routine: piece.routine,
				bold: isBold(paragraph, local)
			});
			pos += length;
			i += length;
		}
	}
	flushMarks(Number.POSITIVE_INFINITY);
	return tokens;
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

/** The first offset after `offset` where bold begins or ends (the text's length when none). */
export function nextBoldBoundary(p: Paragraph, offset: number): number {
	let next = Number.POSITIVE_INFINITY;
	for (const [start, end] of p.emphasis ?? []) {
		if (start > offset && start < next) next = start;
		if (end > offset && end < next) next = end;
	}
	return next;
}

/**
 * Makes control characters visible: C0 controls other than tab and line feed become their Unicode
 * control pictures (ESC → ␛), DEL becomes ␡, C1 controls and lone surrogates U+FFFD. A terminal would
 * otherwise obey an escape sequence hidden in a document; XML 1.0 (Word) cannot carry most controls at
 * all, and no UTF-8 file can carry a lone surrogate.
 */
export function showControls(text: string): string {
	return text.replace(
		/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
		(c) => {
			const code = c.charCodeAt(0);
			if (code < 0x20) return String.fromCharCode(0x2400 + code);
			if (code === 0x7f) return '\u2421';
			return '\ufffd';
		}
	);
}
