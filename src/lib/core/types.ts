/**
 * The domain of resodiff: a resolution read into a document model, two documents aligned row by row,
 * each row carrying a character-level diff. The JSON shapes follow the machine interface (CONTRACT.md,
 * version 1); fields marked "extension" are additions that consumers of version 1 may ignore.
 */
import type { Warning } from './warnings';

export type { Warning } from './warnings';

/** What a paragraph is in the drafting structure of a UN resolution or report. */
export type ParagraphKind = 'heading' | 'title' | 'preamble' | 'operative' | 'subparagraph' | 'closing' | 'other';

/** A half-open range [start, end) of UTF-16 code units inside a paragraph's `text`. */
export type TextRange = [start: number, end: number];

/** One paragraph as a reader sees it. */
export interface Paragraph {
	/** Stable id within its document: `p1`, `p2`, … in reading order. */
	id: string;
	kind: ParagraphKind;
	/** The printed number: `"4"` for an operative paragraph, `"(a)"` or `"(i)"` for a subparagraph; else null. */
	number: string | null;
	/** The text without its number, tokenizer spaces, markup, footnote lines or page furniture. */
	text: string;
	/** Extension: marks of the footnotes this paragraph cites, in order of citation. */
	footnotes?: string[];
	/** Extension: for each mark in `footnotes`, the offset in `text` where the mark stood (it is not in `text`). */
	footnoteOffsets?: number[];
	/** Extension: ranges of `text` printed in bold (the operative verb, usually). */
	emphasis?: TextRange[];
	/** Extension: id of the paragraph a subparagraph belongs to. */
	parent?: string;
	/**
	 * Extension: true when the paragraph's start was inferred from the drafting rather than read from a line
	 * break: a drafting opener in run-on text (tokenized corpus text has no line breaks), or a declaration's
	 * paragraph that an extractor ran on after the lost end of the one before (its number then inferred too).
	 */
	inferred?: boolean;
	/**
	 * Extension: ids of the inferred paragraphs that comparison joined into this one, because together they
	 * are one paragraph of the other version (compare.ts, re-segmentation). Absent when nothing was joined.
	 */
	rejoined?: string[];
}

/** A footnote, taken out of the flow of the text. */
export interface Footnote {
	/** The mark as printed: `"1"`, `"2"`, `"*"`. */
	mark: string;
	text: string;
	/** Extension: id of the first paragraph that cites this footnote, or null when none does. */
	paragraph?: string | null;
}

/** What is known of a document apart from its paragraphs. */
export interface DocumentMeta {
	/** Document symbol: `A/RES/76/40`, `A/67/131`. */
	symbol: string | null;
	/** General Assembly session number. */
	session: number | null;
	/** Date of adoption or issue, ISO `YYYY-MM-DD`. */
	date: string | null;
	title: string | null;
	/** Name of the file or corpus entry the document was read from. */
	source: string;
	/** Extension: `resolution`, `report` or `unknown`. */
	kind?: 'resolution' | 'report' | 'unknown';
	/** Extension: ISO 639-1 language code of the text (`zh`, `en`, …). */
	language?: string;
	/** Extension: the agenda item as printed: `100 (r)`. */
	agendaItem?: string | null;
	/** Extension: the committee report the resolution was adopted on: `A/76/444`. */
	committeeReport?: string | null;
	/** Extension: the plenary meeting: `第 45 次全体会议` gives 45. */
	meeting?: number | null;
	/** Extension: topics from a corpus `%%%TOPIC|…|` line. */
	topics?: string[];
	/** Extension: the shape the text arrived in, as detected. */
	shape?: 'tokenized' | 'markdown' | 'pdf-text' | 'plain' | 'pdf' | 'docx' | 'doc' | 'odt' | 'html';
	/**
	 * Extension: which version of a Word file with tracked changes this is: `accepted` (every change accepted)
	 * or `original` (every change rejected). Absent for files without tracked changes.
	 */
	revisions?: 'accepted' | 'original';
	/** Extension: the agenda title printed under the agenda item: `全面彻底裁军：促进裁军和不扩散领域的多边主义`. */
	agendaTitle?: string | null;
	/**
	 * Extension: the letterhead lines as read (session, agenda item and title, adoption line, committee line),
	 * in canonical white space. They are not paragraphs, so versions with different letterheads align cleanly.
	 */
	letterhead?: string[];
	/** Extension: true for a draft resolution (a "…：决议草案" line, or an `A/C.1/77/L.31`, `A/77/L.15` symbol). */
	draft?: boolean;
	/** Extension: a draft's sponsors as named on its "…：决议草案" line, marks removed: `["阿塞拜疆"]`. */
	sponsors?: string[];
	/** Extension: the committee named in a committee draft's letterhead: `第一委员会`, `First Committee`. */
	committee?: string | null;
	/** Extension: the distribution its masthead prints: `Limited` (a draft), `General`, `Restricted`. */
	distribution?: string;
}

/** A resolution (or report) read into its structure. */
export interface ResolutionDocument {
	meta: DocumentMeta;
	paragraphs: Paragraph[];
	footnotes: Footnote[];
	/**
	 * Extension: what was noticed while reading (text dropped, nothing recognisable, …), as data (warnings.ts);
	 * the JSON gives each as its English sentence.
	 */
	warnings?: Warning[];
}

/** A diff operation: -1 deleted from the old text, 0 in both, 1 inserted in the new text. */
export type DiffOpKind = -1 | 0 | 1;

/** One piece of a diff: `[op, text]`, as diff-match-patch writes it. */
export type DiffOp = [op: DiffOpKind, text: string];

/**
 * Every row status, in the order summaries, the page and the reports list them: the changes first, the
 * unchanged last. The one list of statuses: the type below, the counts and every listing follow it.
 */
export const ROW_STATUSES = ['modified', 'inserted', 'deleted', 'moved', 'split', 'merged', 'unchanged'] as const;

/** How a row of the alignment relates its old paragraphs to its new ones. */
export type RowStatus = (typeof ROW_STATUSES)[number];

/** One row of an alignment: old paragraphs beside their counterparts in the new version. */
export interface AlignedRow {
	status: RowStatus;
	/** Paragraph ids of the old document; empty for an inserted row. */
	old: string[];
	/** Paragraph ids of the new document; empty for a deleted row. */
	new: string[];
	/** Similarity of the two sides' texts, 0 (nothing shared) to 1 (identical). */
	similarity: number;
	/** Character diff of the old side's texts (joined with "\n") against the new side's. */
	diff: DiffOp[];
	/** True when the change touches only dates, document symbols, session and meeting numbers. */
	routine: boolean;
	/** Extension: for each piece of `diff`, whether that piece is a routine change (always false for op 0). */
	routineParts?: boolean[];
	/** Extension: true when the diff hit its time budget and is coarser than usual. */
	degraded?: boolean;
}

/** Counts of rows by status. */
export type RowStats = Record<RowStatus, number>;

/** The result of comparing two versions. */
export interface Comparison {
	version: 1;
	old: ResolutionDocument;
	new: ResolutionDocument;
	/** Rows in reading order of the new version; a deleted row stands where it stood in the old. */
	rows: AlignedRow[];
	stats: RowStats;
	/**
	 * Present when the documents look unrelated, a side has no paragraphs, or text was dropped: as data
	 * (warnings.ts); the JSON gives each as its English sentence.
	 */
	warnings?: Warning[];
}

/** Where a problem was found, for error messages. */
export interface ErrorLocation {
	/** File name or corpus symbol. */
	file?: string;
	/** 1-based line in the decoded text. */
	line?: number;
	/** Paragraph id. */
	paragraph?: string;
}

/** Machine-readable reason of a {@link ResodiffError}. */
export type ErrorCode =
	| 'binary'
	| 'encoding'
	| 'empty'
	| 'too-large'
	| 'no-paragraphs'
	| 'not-found'
	| 'pdf-encrypted'
	| 'pdf-no-text'
	| 'pdf-broken'
	| 'word-legacy'
	| 'word-encrypted'
	| 'word-broken'
	| 'no-revisions'
	| 'usage'
	| 'internal';

/** The one error class of resodiff: a reason a reader can act on, and where it arose. */
export class ResodiffError extends Error {
	readonly code: ErrorCode;
	readonly where: ErrorLocation;
	/**
	 * Errors reported together with this one, when several inputs fail at once (two files that cannot
	 * be read): the reader fixes them all in one go rather than meeting them one run at a time.
	 */
	readonly more: readonly ResodiffError[];

	constructor(code: ErrorCode, message: string, where: ErrorLocation = {}, more: readonly ResodiffError[] = []) {
		super(message);
		this.name = 'ResodiffError';
		this.code = code;
		this.where = where;
		this.more = more;
	}

	/** One error standing for all of `errors` (at least one), in their order; `lines()` gives each its line. */
	static together(errors: readonly ResodiffError[]): ResodiffError {
		const [first, ...rest] = errors;
		if (!first) throw new RangeError('ResodiffError.together needs at least one error');
		if (rest.length === 0) return first;
		return new ResodiffError(first.code, first.message, first.where, [...first.more, ...rest]);
	}

	/**
	 * One line for a person, naming its subject once: `A-RES-76-40.pdf: the PDF is encrypted …`. A message
	 * that reads on from its subject (`is not in the corpus`) follows it as one sentence:
	 * `A/RES/99/1 is not in the corpus`.
	 */
	toLine(): string {
		const place = [this.where.file, this.where.line ? `line ${this.where.line}` : null].filter(Boolean).join(':');
		if (!place) return this.message;
		return /^is\b/.test(this.message) ? `${place} ${this.message}` : `${place}: ${this.message}`;
	}

	/** Every error this one stands for, one line each (one line when it stands alone). */
	lines(): string[] {
		return [this.toLine(), ...this.more.flatMap((e) => e.lines())];
	}
}
