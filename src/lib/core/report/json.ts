/**
 * The JSON report (`compare --format json`), exactly the contract's shape (CONTRACT.md, version 1) with
 * keys in a fixed order: the contract's fields first, in the contract's order, then extensions in the
 * order types.ts declares them, then any other field in alphabetical order. The same comparison always
 * gives the same bytes, so reports can be diffed and cached.
 */
import type { AlignedRow, Comparison, Footnote, Paragraph, ResolutionDocument } from '../types';

/** Options of {@link renderJson}. */
export interface JsonOptions {
	/** Spaces of indentation per level, 0 (one line) … 10. Default 2. */
	indent?: number;
}

/** Key orders: the contract's fields, then its extensions (types.ts). */
const KEYS = {
	comparison: ['version', 'old', 'new', 'rows', 'stats', 'warnings'],
	document: ['meta', 'paragraphs', 'footnotes', 'warnings'],
	meta: ['symbol', 'session', 'date', 'title', 'source', 'kind', 'language', 'agendaItem', 'committeeReport', 'meeting', 'topics', 'shape'],
	paragraph: ['id', 'kind', 'number', 'text', 'footnotes', 'footnoteOffsets', 'emphasis', 'parent', 'inferred'],
	footnote: ['mark', 'text', 'paragraph'],
	row: ['status', 'old', 'new', 'similarity', 'diff', 'routine', 'routineParts', 'degraded'],
	stats: ['unchanged', 'modified', 'inserted', 'deleted', 'moved', 'split', 'merged']
} as const;

/** Copies an object with its keys in the given order, then the rest alphabetically; undefined values dropped. */
function ordered(value: object, keys: readonly string[], mapping: Record<string, (v: unknown) => unknown> = {}): Record<string, unknown> {
	const source = value as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	const rest = Object.keys(source)
		.filter((k) => !keys.includes(k))
		.sort();
	for (const key of [...keys, ...rest]) {
		if (!(key in source) || source[key] === undefined) continue;
		out[key] = mapping[key] ? mapping[key](source[key]) : source[key];
	}
	return out;
}

/** A document in contract order. */
function orderDocument(doc: ResolutionDocument): Record<string, unknown> {
	return ordered(doc, KEYS.document, {
		meta: (m) => ordered(m as object, KEYS.meta),
		paragraphs: (ps) => (ps as Paragraph[]).map((p) => ordered(p, KEYS.paragraph)),
		footnotes: (fs) => (fs as Footnote[]).map((f) => ordered(f, KEYS.footnote))
	});
}

/** Puts a comparison's keys in contract order: the object `renderJson` serialises. */
export function orderComparison(cmp: Comparison): Record<string, unknown> {
	return ordered(cmp, KEYS.comparison, {
		old: (d) => orderDocument(d as ResolutionDocument),
		new: (d) => orderDocument(d as ResolutionDocument),
		rows: (rs) => (rs as AlignedRow[]).map((r) => ordered(r, KEYS.row)),
		stats: (s) => ordered(s as object, KEYS.stats)
	});
}

/** Renders a comparison as the contract's JSON, keys in a stable order, ending with a newline. */
export function renderJson(cmp: Comparison, options: JsonOptions = {}): string {
	const indent = Math.max(0, Math.min(10, Math.floor(options.indent ?? 2)));
	return JSON.stringify(orderComparison(cmp), null, indent) + '\n';
}
