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
import { warningsInEnglish, type Warning } from '../warnings';

/** Options of {@link renderJson} and {@link formatJson}. */
export interface JsonOptions {
	/** Spaces of indentation per level, 0 (one line) … 10. Default 2. */
	indent?: number;
}

/**
 * Serialise a value with its outer `depth` levels of objects and arrays indented and everything deeper
 * on one line each; an array whose first item is a number, string, boolean or null stays on one line at
 * any level. `JSON.parse` gives back exactly what `JSON.stringify` gives (undefined fields dropped,
 * undefined items null); with indent 0 the whole value is one line.
 *
 * WHY not `JSON.stringify(value, null, 2)`: with a gap V8 leaves its fast serializer, and a report of
 * 2,000 paragraphs took 45 ms to write against 4 ms on one line; the layout here costs one compact
 * serialisation per line, about 20 ms there. (Collecting the pieces in an array and joining them was
 * slower still: the join, not the concatenation, dominated.)
 */
export function formatJson(value: unknown, depth: number, options: JsonOptions = {}): string {
	const indent = Math.max(0, Math.min(10, Math.floor(options.indent ?? 2)));
	if (indent === 0) return JSON.stringify(value) ?? 'null';
	const unit = ' '.repeat(indent);
	const write = (v: unknown, level: number, pad: string): string => {
		if (
			level >= depth ||
			v === null ||
			typeof v !== 'object' ||
			typeof (v as { toJSON?: unknown }).toJSON === 'function'
		) {
			return JSON.stringify(v) ?? 'null';
		}
		const inner = pad + unit;
		if (Array.isArray(v)) {
			if (v.length === 0 || v[0] === null || typeof v[0] !== 'object') return JSON.stringify(v);
			let out = '[';
			for (let k = 0; k < v.length; k++) out += (k === 0 ? '\n' : ',\n') + inner + write(v[k], level + 1, inner);
			return out + '\n' + pad + ']';
		}
		let out = '';
		for (const key of Object.keys(v)) {
			const x = (v as Record<string, unknown>)[key];
			if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
			out += (out === '' ? '{\n' : ',\n') + inner + JSON.stringify(key) + ': ' + write(x, level + 1, inner);
		}
		return out === '' ? '{}' : out + '\n' + pad + '}';
	};
	return write(value, 0, '');
}

/** Key orders: the contract's fields, then its extensions (types.ts). */
const KEYS = {
	comparison: ['version', 'old', 'new', 'rows', 'stats', 'warnings'],
	document: ['meta', 'paragraphs', 'footnotes', 'warnings'],
	meta: [
		'symbol',
		'session',
		'date',
		'title',
		'source',
		'kind',
		'language',
		'agendaItem',
		'committeeReport',
		'meeting',
		'topics',
		'shape'
	],
	paragraph: ['id', 'kind', 'number', 'text', 'footnotes', 'footnoteOffsets', 'emphasis', 'parent', 'inferred'],
	footnote: ['mark', 'text', 'paragraph'],
	row: ['status', 'old', 'new', 'similarity', 'diff', 'routine', 'routineParts', 'degraded'],
	stats: ['unchanged', 'modified', 'inserted', 'deleted', 'moved', 'split', 'merged']
} as const;

/** Copies an object with its keys in the given order, then the rest alphabetically; undefined values dropped. */
function ordered(
	value: object,
	keys: readonly string[],
	mapping: Record<string, (v: unknown) => unknown> = {}
): Record<string, unknown> {
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

/** Warnings as the contract gives them: their English sentences (core/warnings.ts). */
const inEnglish = (ws: unknown) => warningsInEnglish(ws as Warning[]);

/** A document in contract order. */
function orderDocument(doc: ResolutionDocument): Record<string, unknown> {
	return ordered(doc, KEYS.document, {
		meta: (m) => ordered(m as object, KEYS.meta),
		paragraphs: (ps) => (ps as Paragraph[]).map((p) => ordered(p, KEYS.paragraph)),
		footnotes: (fs) => (fs as Footnote[]).map((f) => ordered(f, KEYS.footnote)),
		warnings: inEnglish
	});
}

/**
 * A document as the contract's JSON gives it, its keys in the order they stand (`parse --format json`, a
 * series' documents): its warnings as their English sentences, the rest as it is.
 */
export function documentForJson(doc: ResolutionDocument): Record<string, unknown> {
	return doc.warnings ? { ...doc, warnings: warningsInEnglish(doc.warnings) } : { ...doc };
}

/** Puts a comparison's keys in contract order: the object `renderJson` serialises. */
export function orderComparison(cmp: Comparison): Record<string, unknown> {
	return ordered(cmp, KEYS.comparison, {
		old: (d) => orderDocument(d as ResolutionDocument),
		new: (d) => orderDocument(d as ResolutionDocument),
		rows: (rs) => (rs as AlignedRow[]).map((r) => ordered(r, KEYS.row)),
		stats: (s) => ordered(s as object, KEYS.stats),
		warnings: inEnglish
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
