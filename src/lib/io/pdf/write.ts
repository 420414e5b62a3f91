/**
 * Step 7 of reading a PDF: writing the clean text shape the parser reads (the shape of
 * corpus/A-RES-76-40.zh.txt): paragraphs separated by blank lines, lines of one block (the closing date and
 * meeting) by a line break, `**bold**` around bold words inside a paragraph, footnote marks as superscript
 * digits, footnote lines `¹ text` after the paragraph in which their page ends.
 *
 * Joining the end of one printed line to the start of the next is where scripts differ: nothing between
 * Chinese characters or beside Chinese punctuation; between Chinese and Latin letters or digits, what the
 * document does elsewhere (UN Chinese print puts a space there, `2021 年`; typed text often does not); a space
 * between Latin words; nothing after a hyphen that ends a line (`drug-` `resistant` is one word) and a soft
 * hyphen goes.
 */
import { HAN, LATIN_OR_DIGIT, plain, tight, type Line, type Segment } from './lines';

/** The soft hyphen: printed at a line's end where a word was broken, and no part of the word. */
const SOFT_HYPHEN = '\u00ad';

/**
 * Joins the end of one line to the start of the next (see the module comment); `spaced` says whether the
 * document sets a space between Chinese and Latin letters or digits.
 */
export function joinText(before: string, after: string, spaced: boolean): string {
	if (before.endsWith(SOFT_HYPHEN)) return before.slice(0, -1) + after;
	const a = before.at(-1) ?? '';
	const b = after[0] ?? '';
	if (!a || !b || /\s/.test(a) || /\s/.test(b)) return before + after;
	let sep = ' ';
	if (tight(a, b)) sep = '';
	else if ((HAN.test(a) && LATIN_OR_DIGIT.test(b)) || (LATIN_OR_DIGIT.test(a) && HAN.test(b))) sep = spaced ? ' ' : '';
	else if (a === '-' || a === '/' || a === '\u2011') sep = '';
	else if (/[([“‘《（]/.test(a) || /[)\].,;:!?”’》）]/.test(b)) sep = '';
	return before + sep + after;
}

/** How the document spaces Latin letters and digits beside Chinese (`2021 年` or `2021年`): true when spaced. */
export function measureSpacing(lines: Line[]): boolean {
	let spaced = 0;
	let tightCount = 0;
	for (const line of lines) {
		spaced += (line.text.match(/\p{Script=Han} [\p{L}\p{N}]|[\p{L}\p{N}] \p{Script=Han}/gu) ?? []).filter((m) =>
			/[A-Za-z0-9]/.test(m)
		).length;
		tightCount += (line.text.match(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/gu) ?? []).length;
	}
	return spaced > tightCount;
}

/**
 * Renders segments with `**` around bold runs (spaces kept outside the markers). A paragraph set in bold from
 * end to end is a heading or a title, whose weight the clean text does not mark: it is written plain.
 */
export function renderSegments(segments: Segment[]): string {
	const inked = segments.filter((s) => s.text.trim());
	if (inked.length && inked.every((s) => s.bold)) return plain(segments);
	let out = '';
	for (const s of segments) {
		if (!s.bold || !s.text.trim()) {
			out += s.text;
			continue;
		}
		const lead = /^\s*/.exec(s.text)![0];
		const trail = /\s*$/.exec(s.text)![0];
		out += `${lead}**${s.text.trim()}**${trail}`;
	}
	return out;
}

/** A paragraph being assembled: its lines' segments, with "\n" between the lines of a block. */
export class ParagraphBuilder {
	private segments: Segment[] = [];
	constructor(private readonly spaced: boolean) {}

	get empty(): boolean {
		return !this.segments.length;
	}

	/** Adds a line: joined to the text so far as running text, or after a line break. */
	add(line: Line, joint: 'join' | 'newline'): void {
		const segments = line.cells.flatMap((cell, i) => (i ? [{ text: ' ', bold: false }, ...cell] : cell));
		if (!this.segments.length) {
			this.segments = segments.map((s) => ({ ...s }));
			return;
		}
		// Joining looks at the last character before the seam and no further back: that character stands for the
		// paragraph so far, which is not copied out line after line.
		const before = this.lastUnit();
		const after = plain(segments);
		const joined = joint === 'newline' ? `${before}\n${after}` : joinText(before, after, this.spaced);
		// What joining changed at the seam: a separator added, or the soft hyphen dropped from the end.
		const kept = joined.length - after.length;
		if (kept < before.length) this.trimEnd(before.length - kept);
		else this.segments[this.segments.length - 1].text += joined.slice(before.length, kept);
		for (const s of segments) {
			const tail = this.segments[this.segments.length - 1];
			if (tail.bold === s.bold) tail.text += s.text;
			else this.segments.push({ ...s });
		}
	}

	/** The paragraph's text, and a fresh start. */
	take(): string {
		const text = renderSegments(this.segments).split(SOFT_HYPHEN).join('').trim();
		this.segments = [];
		return text;
	}

	/** The last UTF-16 unit of the paragraph so far ('' when it has no text): all that joinText reads of it. */
	private lastUnit(): string {
		for (let i = this.segments.length - 1; i >= 0; i--) {
			const text = this.segments[i].text;
			if (text) return text[text.length - 1];
		}
		return '';
	}

	private trimEnd(count: number): void {
		let left = count;
		while (left > 0 && this.segments.length) {
			const last = this.segments[this.segments.length - 1];
			const cut = Math.min(left, last.text.length);
			last.text = last.text.slice(0, last.text.length - cut);
			left -= cut;
			if (!last.text && this.segments.length > 1) this.segments.pop();
		}
	}
}
