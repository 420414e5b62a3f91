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

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A mark in the clean text's form: digits as superscripts, other marks (`*`, `†`) as printed. */
export function superscriptMark(mark: string): string {
	return /^\d+$/.test(mark) ? [...mark].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('') : mark;
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

/** Writes the runs of one paragraph or note; `mark` gives a note reference its printed mark. */
function writeItems(items: FlowItem[], mark: (ref: FlowNoteRef) => string | null, emphasis: boolean): string {
	// Adjacent runs with the same emphasis are written as one, so markers do not split words.
	let out = '';
	let text = '';
	let bold = false;
	let italic = false;
	const flush = () => {
		if (!text) return;
		const body = escapeMarkdown(text);
		const sign = (bold ? '**' : '') + (italic ? '*' : '');
		const [lead, middle, trail] = splitSpace(body);
		// Emphasis on white space or punctuation alone says nothing; it is left out.
		out += sign && /[\p{L}\p{N}]/u.test(middle) ? `${lead}${sign}${middle}${sign}${trail}` : body;
		text = '';
	};
	for (const item of items) {
		if (item.type === 'text') {
			if (!item.text) continue;
			const b = emphasis && !!item.bold;
			const i = emphasis && !!item.italic;
			if (text && (b !== bold || i !== italic)) flush();
			bold = b;
			italic = i;
			text += item.text;
		} else {
			flush();
			const printed = mark(item);
			if (printed !== null) out += superscriptMark(printed);
		}
	}
	flush();
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
			.map((items) => writeItems(items, () => null, false).replace(/\s+/g, ' ').trim())
			.filter(Boolean)
			.join(' ');
		blocks.push(`${superscriptMark(marks.get(key)!)} ${text}`);
	}
	return blocks.join('\n\n') + '\n';
}
