/**
 * Where a phrase stands across versions: which paragraphs of each document contain 严重关切 or 多边论坛,
 * at which offsets, and in which version it first and last appears. Analysts follow wording drift this way
 * ("since when does the text say 多边论坛?").
 *
 * White space is ignored on both sides: tokenized corpus text and PDF extractions put spaces where the
 * printed text has none (促进 裁军, 2012 年), so 2012年12月 finds 2012 年 12 月. Matching is also
 * case-insensitive for scripts that have case. Offsets are reported in the paragraph's own `text`
 * (UTF-16 code units, half-open), covering the match from its first to its last character, so a renderer
 * can highlight it. Cost: O(total characters) per phrase (indexOf over a white-space-free copy).
 */
import { ResodiffError, type ParagraphKind, type ResolutionDocument, type TextRange } from './types';

/** Options of {@link findTerm}; defaults in {@link DEFAULT_TERM_OPTIONS}. */
export interface TermOptions {
	/** Only paragraphs of these kinds are searched; empty means all kinds. */
	kinds?: ParagraphKind[];
	/** Match letter case exactly (Latin, Cyrillic…); Chinese has no case. */
	caseSensitive?: boolean;
}

/** The defaults of {@link TermOptions}, in one place. */
export const DEFAULT_TERM_OPTIONS: Readonly<Required<TermOptions>> = Object.freeze({ kinds: [], caseSensitive: false });

/** One paragraph containing the phrase. */
export interface TermParagraphHit {
	id: string;
	kind: ParagraphKind;
	/** The printed number of the paragraph, if any: `"4"`, `"(a)"`. */
	number: string | null;
	/** Where each occurrence stands in the paragraph's `text`, in order. */
	ranges: TextRange[];
}

/** The occurrences of the phrase in one document. */
export interface TermDocumentHits {
	/** Position of the document in the list given (0-based). */
	index: number;
	symbol: string | null;
	session: number | null;
	/** Number of occurrences in the document. */
	count: number;
	paragraphs: TermParagraphHit[];
}

/** Where a phrase stands in each document, and where it first and last appears. */
export interface TermHits {
	/** The phrase as given. */
	phrase: string;
	/** One entry per document, in the order given; `paragraphs` empty where the phrase is absent. */
	documents: TermDocumentHits[];
	/** Index of the first document containing the phrase, or null when none does. */
	first: number | null;
	/** Index of the last document containing the phrase, or null when none does. */
	last: number | null;
}

const WHITE_SPACE = /\s/u;

/** Lower-case one code point without changing its length (offsets must map back); else keep it. */
function fold(ch: string, caseSensitive: boolean): string {
	if (caseSensitive) return ch;
	const lower = ch.toLowerCase();
	return lower.length === ch.length ? lower : ch;
}

/** A copy of `text` without white space, case-folded, with the offset in `text` of each of its code units. */
function squeeze(text: string, caseSensitive: boolean): { squeezed: string; offsets: number[] } {
	let squeezed = '';
	const offsets: number[] = [];
	let at = 0;
	for (const ch of text) {
		if (!WHITE_SPACE.test(ch)) {
			squeezed += fold(ch, caseSensitive);
			for (let u = 0; u < ch.length; u++) offsets.push(at + u);
		}
		at += ch.length;
	}
	return { squeezed, offsets };
}

/** Find where a phrase stands in each document (white space ignored in the phrase and the texts). */
export function findTerm(docs: readonly ResolutionDocument[], phrase: string, options: TermOptions = {}): TermHits {
	const opts = { ...DEFAULT_TERM_OPTIONS, ...options };
	if (typeof phrase !== 'string') throw new ResodiffError('usage', 'the phrase to find must be text');
	const needle = squeeze(phrase, opts.caseSensitive).squeezed;
	if (needle === '') throw new ResodiffError('usage', 'the phrase to find is empty');
	const kinds = new Set(opts.kinds);
	let first: number | null = null;
	let last: number | null = null;
	const documents = docs.map((doc, index): TermDocumentHits => {
		const paragraphs: TermParagraphHit[] = [];
		let count = 0;
		for (const p of doc.paragraphs) {
			if (kinds.size > 0 && !kinds.has(p.kind)) continue;
			const { squeezed, offsets } = squeeze(p.text, opts.caseSensitive);
			const ranges: TextRange[] = [];
			for (let at = squeezed.indexOf(needle); at >= 0; at = squeezed.indexOf(needle, at + needle.length)) {
				ranges.push([offsets[at], offsets[at + needle.length - 1] + 1]);
			}
			if (ranges.length > 0) {
				paragraphs.push({ id: p.id, kind: p.kind, number: p.number, ranges });
				count += ranges.length;
			}
		}
		if (count > 0) {
			first ??= index;
			last = index;
		}
		return { index, symbol: doc.meta.symbol, session: doc.meta.session, count, paragraphs };
	});
	return { phrase, documents, first, last };
}
