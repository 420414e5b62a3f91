/**
 * The text of a word-processor document as its readers hand it on: paragraphs of formatted runs, each with
 * the number its list gives it, and notes cited at their places ({@link Flow}); and the one writer that turns
 * it into the clean text shape the parser reads ({@link writeFlowText}), the shape the PDF reader writes too:
 * - one paragraph a line, paragraphs separated by a blank line; a line break inside a paragraph is a newline;
 * - the paragraph's number as the reader displays it (`1.`, `(a)`) at the start, then a tab;
 * - bold as `**…**`, italic as `*…*`, with the white space at their ends left outside the markers (Markdown
 *   reads no emphasis that begins or ends in a space);
 * - a footnote cited as its mark in superscript digits (`¹²`), or as printed (`*`) for a custom mark;
 * - the footnotes after the body, a line each: `¹ text`;
 * - Markdown's own signs in the text (`*`, `_`, `\`, `[`, a leading `#`) escaped with a backslash, so that a
 *   document's asterisks stay characters. The text is read as Markdown (`shape: 'markdown'`) for that reason.
 */
import { toSuperscriptDigits } from '../../core/text/superscript';

/** A run of text with its emphasis. */
export interface FlowText {
	type: 'text';
	text: string;
	bold?: boolean;
	italic?: boolean;
}

/** A citation of a note. */
export interface FlowNoteRef {
	type: 'note';
	/** The note's key in {@link Flow.notes}. */
	key: string;
	/** The mark as printed, for a note with a custom mark (`*`); else the note is numbered automatically. */
	custom?: string;
}

/** One piece of a paragraph. */
export type FlowItem = FlowText | FlowNoteRef;

/** A paragraph: its displayed list number, if any, and its content. */
export interface FlowParagraph {
	/** The number as displayed (`1.`, `(a)`, `•`), or undefined. */
	number?: string;
	/** What follows the number: a tab (Word's default), a space, or nothing. */
	suffix?: '\t' | ' ' | '';
	items: FlowItem[];
}

/** A note's text: its paragraphs, joined by a space when written. */
export interface FlowNote {
	paragraphs: FlowItem[][];
}

/** A document as read, before it becomes text. */
export interface Flow {
	paragraphs: FlowParagraph[];
	notes: Map<string, FlowNote>;
}

/** How automatic note numbers are written: first number and format. */
export interface NoteNumbering {
	/** The first note's number (1 … any). Default 1. */
	start?: number;
	/** Turns a note's number into its mark (`3` → `3`, or `iii` for roman). Default decimal. */
	format?: (n: number) => string;
}

/** A mark in the clean text's form: digits as superscripts, other marks (`*`, `†`) as printed. */
export function superscriptMark(mark: string): string {
	return /^\d+$/.test(mark) ? toSuperscriptDigits(mark) : mark;
}

/** Escapes the characters the Markdown reader would take as markup. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\*_[]/g, '\\$&');
}

/** Splits a string into leading white space, the middle, and trailing white space. */
function splitSpace(text: string): [string, string, string] {
	const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
	return [m[1], m[2], m[3]];
}

/** A Han ideograph or CJK punctuation: next to one, a `*` beside an ASCII letter or digit is not markup. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether an emphasis marker between these two characters would be read back as markup. Inside a word of
 * an alphabetic script it would not (the Markdown reader takes `2*3*4` as characters), nor between a CJK
 * character and a letter or digit (`第1*号`); between two CJK characters it would (`又**强调**必须`). Emphasis
 * that begins or ends where it could not be read is left out rather than written as stray asterisks.
 */
function markable(before: string, after: string): boolean {
	const cjk = CJK.test(before) || CJK.test(after);
	if (cjk) return !(WORD.test(before) && !CJK.test(before)) && !(WORD.test(after) && !CJK.test(after));
	return !(WORD.test(before) && WORD.test(after));
}

/** Writes the runs of one paragraph or note; `mark` gives a note reference its printed mark. */
function writeItems(items: FlowItem[], mark: (ref: FlowNoteRef) => string | null, emphasis: boolean): string {
	// Adjacent runs with the same emphasis are joined first, so markers do not split words.
	const pieces: { text: string; sign: string }[] = [];
	for (const item of items) {
		if (item.type === 'text') {
			if (!item.text) continue;
			const sign = emphasis ? (item.bold ? '**' : '') + (item.italic ? '*' : '') : '';
			const last = pieces[pieces.length - 1];
			if (last && last.sign === sign) last.text += escapeMarkdown(item.text);
			else pieces.push({ text: escapeMarkdown(item.text), sign });
		} else {
			const printed = mark(item);
			if (printed !== null) pieces.push({ text: superscriptMark(printed), sign: '' });
		}
	}
	// Emphasis directly against other emphasis (`**a***b*`) cannot be read back: such neighbours keep only
	// the emphasis they share.
	for (let i = 1; i < pieces.length; i++) {
		const [a, b] = [pieces[i - 1], pieces[i]];
		if (!a.sign || !b.sign || /\s$/.test(a.text) || /^\s/.test(b.text)) continue;
		const shared =
			(a.sign.startsWith('**') && b.sign.startsWith('**') ? '**' : '') +
			(a.sign.endsWith('*') && a.sign !== '**' && b.sign.endsWith('*') && b.sign !== '**' ? '*' : '');
		a.sign = shared;
		b.sign = shared;
	}
	for (let i = pieces.length - 1; i > 0; i--) {
		if (pieces[i].sign === pieces[i - 1].sign && pieces[i].sign) {
			pieces[i - 1].text += pieces[i].text;
			pieces.splice(i, 1);
		}
	}
	let out = '';
	pieces.forEach((piece, i) => {
		const [lead, middle, trail] = splitSpace(piece.text);
		const before = lead ? ' ' : out.slice(-1);
		const after = trail ? ' ' : (pieces[i + 1]?.text[0] ?? '');
		// Emphasis on white space or punctuation alone says nothing; it is left out, as is emphasis the reader
		// could not read back.
		const marked =
			piece.sign &&
			/[\p{L}\p{N}]/u.test(middle) &&
			markable(before, middle[0]) &&
			markable(middle[middle.length - 1], after);
		out += marked ? `${lead}${piece.sign}${middle}${piece.sign}${trail}` : piece.text;
	});
	return out;
}

/**
 * Writes a flow in the clean text shape. Notes are numbered in the order they are first cited (a note cited
 * again keeps its mark); a note no paragraph cites is left out, as it is not in the document.
 */
export function writeFlowText(flow: Flow, numbering: NoteNumbering = {}): string {
	const format = numbering.format ?? ((n: number) => String(n));
	let next = numbering.start ?? 1;
	const marks = new Map<string, string>();
	const order: string[] = [];
	const mark = (ref: FlowNoteRef): string | null => {
		if (!flow.notes.has(ref.key)) return null;
		let printed = marks.get(ref.key);
		if (printed === undefined) {
			printed = ref.custom ?? format(next++);
			marks.set(ref.key, printed);
			order.push(ref.key);
		}
		return printed;
	};
	const blocks: string[] = [];
	for (const paragraph of flow.paragraphs) {
		const body = writeItems(paragraph.items, mark, true)
			.split('\n')
			.map((line) => line.replace(/^(\s*)#/, '$1\\#'))
			.join('\n');
		const number = paragraph.number ? paragraph.number + (paragraph.suffix ?? '\t') : '';
		const line = number + body;
		if (line.trim()) blocks.push(line);
	}
	for (const key of order) {
		const note = flow.notes.get(key)!;
		const text = note.paragraphs
			.map((items) =>
				writeItems(items, () => null, false)
					.replace(/\s+/g, ' ')
					.trim()
			)
			.filter(Boolean)
			.join(' ');
		blocks.push(`${superscriptMark(marks.get(key)!)} ${text}`);
	}
	return blocks.join('\n\n') + '\n';
}
