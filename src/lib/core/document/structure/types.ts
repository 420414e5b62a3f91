/**
 * The types the steps of structure reading share: what a line says, the blocks a splitter cuts a text into,
 * the footnotes it takes out of the flow, and what the whole reading returns.
 */
import type { MarkAt, TrackedText } from '../../text/normalize';
import type { DocumentMeta, ParagraphKind, TextRange } from '../../types';
import type { Warning } from '../../warnings';

/** The shape a text arrived in, as detected. */
export type TextShape = 'tokenized' | 'markdown' | 'pdf-text' | 'plain';

/** A paragraph as structured, before ids are given (parse.ts gives them). */
export interface StructuredParagraph {
	kind: ParagraphKind;
	number: string | null;
	text: string;
	/** Footnote marks cited, with where each stood in `text`. */
	marks: MarkAt[];
	emphasis: TextRange[];
	/** Index (in the paragraph list) of the paragraph a subparagraph belongs to. */
	parent?: number;
	inferred?: boolean;
	/** 1-based line of the text where the paragraph starts. */
	line: number;
}

/** A footnote as structured: mark, text, and index of the first citing paragraph. */
export interface StructuredFootnote {
	mark: string;
	text: string;
	paragraph: number | null;
}

/** Meta read from letterhead, title, closing and furniture; parse.ts completes it. */
export type StructuredMeta = Partial<Omit<DocumentMeta, 'source'>>;

/** A document read into its structure. */
export interface DocumentStructure {
	shape: TextShape;
	meta: StructuredMeta;
	paragraphs: StructuredParagraph[];
	footnotes: StructuredFootnote[];
	warnings: Warning[];
}

/** What a line starts with, as far as paragraph boundaries are concerned. */
export type Marker =
	| 'number'
	| 'letter'
	| 'dash'
	| 'bullet'
	| 'section'
	| 'md-heading'
	| 'bracket'
	| 'title'
	| 'heading'
	| 'closing'
	| 'letterhead'
	| 'bold'
	/** A drafting opener or operative verb ("Recalling", "Requests"): a paragraph start where a clause ended. */
	| 'opener';

/** One line read for its marker; `rest` is the line without the number or bullet. */
export interface LineInfo {
	marker: Marker | null;
	number: string | null;
	rest: string;
	/** Set when the drafting, not the print, shows the paragraph starts here (its number maybe lost too). */
	inferred?: boolean;
}

/** A would-be paragraph: raw text (lines joined by spaces), marks, number, and how it started. */
export interface Block {
	raw: string;
	marks: MarkAt[];
	number: string | null;
	marker: Marker | null;
	line: number;
	inferred: boolean;
}

/** A footnote's raw text while its lines are collected. */
export interface FootnoteDraft {
	mark: string;
	raw: string;
	line: number;
}

/** What a shape's splitter returns. */
export interface SplitResult {
	blocks: Block[];
	footnotes: FootnoteDraft[];
	/** Symbol read from a page header line, if any. */
	furnitureSymbol: string | null;
	/** Set when the text had more paragraphs than are read and the rest joined the last one. */
	overflow: boolean;
	/** Set when footnote marks were read from bare digits in the text (extracted text without superscripts). */
	bareMarks?: boolean;
}

/** A block after rendering: its text as a reader sees it. */
export interface RenderedBlock extends Block {
	tracked: TrackedText;
}
