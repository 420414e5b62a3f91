/**
 * Collecting lines into blocks (would-be paragraphs): the lines of one block are joined as a reader reads
 * them, footnote marks printed on lines of their own are kept where they stood, and past the most paragraphs a
 * text is read into, the rest of the text joins the last block unread.
 */
import type { MarkAt } from '../../text/normalize';
import { readFurniture } from '../un-patterns';
import { CLOSED_MARKERS, RESOLUTION_NUMBER_ALONE, endsWithLetterHyphen, isLowerAscii } from './lines';
import type { FootnoteCollector } from './footnotes';
import type { Block, LineInfo, SplitResult } from './types';

/** Collects the lines of one block; marks are recorded where they stood. */
export class BlockBuilder {
	/** The lines so far, joined (most blocks are one line: nothing to join). */
	private raw = '';
	private lastPart = '';
	readonly marks: MarkAt[] = [];

	constructor(
		readonly info: LineInfo,
		readonly line: number
	) {
		this.append(info.rest);
	}

	/** Add a line; lines are joined by a space, which canonical white space removes between CJK. */
	append(text: string): void {
		if (text.length === 0) return;
		// A word broken at a soft hyphen at the end of a line joins without a space and without the hyphen.
		if (this.raw.endsWith('\u00ad')) {
			this.raw = this.raw.slice(0, -1) + text;
			this.lastPart = text;
			return;
		}
		// An English word broken at a hyphen at the end of a line joins without a space.
		if (this.raw.length > 0 && !(endsWithLetterHyphen(this.lastPart) && isLowerAscii(text.charCodeAt(0))))
			this.raw += ' ';
		this.raw += text;
		this.lastPart = text;
	}

	/** A footnote mark printed on a line of its own, after the text so far. */
	addMark(mark: string): void {
		this.marks.push({ mark, offset: this.raw.length });
	}

	/**
	 * Whether the block takes no continuation line: a heading, the subject, a letterhead or closing line. The
	 * title takes the lines it wraps onto, a section number alone its heading; the splitters decide where they end.
	 */
	get closed(): boolean {
		const marker = this.info.marker;
		// A section number alone ("II.") takes its heading from the next line.
		if (marker === 'section' && this.raw === '') return false;
		return marker !== null && marker !== 'title' && CLOSED_MARKERS.has(marker);
	}

	/** Whether the block is the title and holds only its number so far ("73/6."). */
	get bareTitle(): boolean {
		return this.info.marker === 'title' && RESOLUTION_NUMBER_ALONE.test(this.raw);
	}

	/** The last line added. */
	get lastLine(): string {
		return this.lastPart;
	}

	/** The text so far. */
	get text(): string {
		return this.raw;
	}

	build(): Block {
		// A soft hyphen left at the very end (a line that had no continuation) is invisible: it goes.
		if (this.raw.endsWith('\u00ad')) {
			this.raw = this.raw.slice(0, -1);
			for (const m of this.marks) m.offset = Math.min(m.offset, this.raw.length);
		}
		return {
			raw: this.raw,
			marks: this.marks,
			number: this.info.number,
			marker: this.info.marker,
			line: this.line,
			inferred: this.info.inferred === true
		};
	}
}

/**
 * What a line splitter has read: the finished blocks, the one still open, the page furniture's symbol,
 * and whether the text had more paragraphs than are read (then the rest joins the last block unread).
 */
export class BlockSink {
	readonly blocks: Block[] = [];
	current: BlockBuilder | null = null;
	overflow = false;
	furnitureSymbol: string | null = null;

	constructor(
		private readonly text: string,
		private readonly maxBlocks: number
	) {}

	/** A page-furniture line: the first one that is a document symbol is kept. */
	furniture(trimmed: string): void {
		if (!this.furnitureSymbol) this.furnitureSymbol = readFurniture(trimmed, true)?.symbol ?? null;
	}

	/**
	 * Starts a block at this line (always when none is open), or appends the line to the open one. False
	 * when the block would be one too many: the text from `restStart` on then joins the open block unread,
	 * and the splitter stops.
	 */
	take(start: boolean, info: LineInfo, line: number, trimmed: string, restStart: number): boolean {
		const open = this.current;
		if (open && !start) {
			open.append(trimmed);
			return true;
		}
		if (open && this.blocks.length + 1 >= this.maxBlocks) {
			open.append(this.text.slice(restStart));
			this.overflow = true;
			return false;
		}
		this.flush();
		this.current = new BlockBuilder(info, line);
		return true;
	}

	private flush(): void {
		if (this.current) this.blocks.push(this.current.build());
		this.current = null;
	}

	finish(notes: FootnoteCollector): SplitResult {
		this.flush();
		notes.flush();
		return {
			blocks: this.blocks,
			footnotes: notes.footnotes,
			furnitureSymbol: this.furnitureSymbol,
			overflow: this.overflow
		};
	}
}
