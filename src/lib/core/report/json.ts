/**
 * The JSON report (`compare --format json`), exactly the contract's shape (CONTRACT.md, version 1) with
 * keys in a fixed order: the contract's fields first, in the contract's order, then extensions in the
 * order types.ts declares them, then any other field in alphabetical order. The same comparison always
 * gives the same bytes, so reports can be diffed and cached.
 *
 * Layout: a record per line ({@link formatJson}). The outer structure is indented; each paragraph, each
 * diff and each list of ids is one line. A diff fully indented puts every piece's op and text on lines of
 * their own (six lines a piece), which nobody reads, doubles the size, and makes V8 leave its fast
 * serializer: a 2,000-paragraph report took 45 ms to indent against 4 ms on one line.
 */
import type { AlignedRow, Comparison, Footnote, Paragraph, ResolutionDocument } from '../types';

/** Options of {@link renderJson} and {@link formatJson}. */
export interface JsonOptions {
	/** Spaces of indentation per level, 0 (one line) … 10. Default 2. */
	indent?: number;
}

/**
 * Serialise a value with its outer `depth` levels of objects and arrays indented and everything deeper
 * on one line each; an array whose first item is a number, string, boolean or null stays on one line at
 * any level. `JSON.parse` gives back exactly what `JSON.stringify` gives (it is JSON.stringify's own
 * output with line breaks put in); with indent 0 the whole value is one line.
 *
 * WHY one compact serialisation and a scan: V8's one-line serializer writes a 2,000-paragraph report
 * in about 4 ms; serialising it piece by piece (a call per paragraph and per row field) took 55 ms, and
 * the indenting serializer 45. The scan only looks at structure characters outside strings.
 */
export function formatJson(value: unknown, depth: number, options: JsonOptions = {}): string {
	const indent = Math.max(0, Math.min(10, Math.floor(options.indent ?? 2)));
	const compact = JSON.stringify(value) ?? 'null';
	if (indent === 0 || depth <= 0) return compact;
	const pads = Array.from({ length: depth + 1 }, (_, level) => '\n' + ' '.repeat(indent * level));
	const out: string[] = [];
	const expanded: boolean[] = []; // one entry per open container: is it laid out over lines?
	let last = 0;
	let inString = false;
	for (let i = 0; i < compact.length; i++) {
		const c = compact.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++; // a backslash escapes the next character
			else if (c === 0x22) inString = false;
			continue;
		}
		switch (c) {
			case 0x22: // "
				inString = true;
				break;
			case 0x7b: // {
			case 0x5b: {
				// [
				const level = expanded.length;
				const next = compact.charCodeAt(i + 1);
				const open = level < depth && next !== 0x7d && next !== 0x5d && (c === 0x7b || next === 0x7b || next === 0x5b);
				expanded.push(open);
				if (open) {
					out.push(compact.slice(last, i + 1), pads[level + 1]);
					last = i + 1;
				}
				break;
			}
			case 0x7d: // }
			case 0x5d: // ]
				if (expanded.pop()) {
					out.push(compact.slice(last, i), pads[expanded.length]);
					last = i;
				}
				break;
			case 0x2c: // ,
				if (expanded[expanded.length - 1]) {
					out.push(compact.slice(last, i + 1), pads[expanded.length]);
					last = i + 1;
				}
				break;
			case 0x3a: // :
				if (expanded[expanded.length - 1]) {
					out.push(compact.slice(last, i + 1), ' ');
					last = i + 1;
				}
				break;
		}
	}
	out.push(compact.slice(last));
	return out.join('');
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

/**
 * Levels of a comparison laid out over lines: comparison → document → paragraph list (a paragraph a
 * line), and comparison → rows → row (a field a line, its diff on one).
 */
const COMPARISON_DEPTH = 3;

/** Renders a comparison as the contract's JSON, keys in a stable order, ending with a newline. */
export function renderJson(cmp: Comparison, options: JsonOptions = {}): string {
	return formatJson(orderComparison(cmp), COMPARISON_DEPTH, options) + '\n';
}
