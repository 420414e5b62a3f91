import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Comparison } from '../types';
import {
	emptyComparison,
	hostileComparison,
	oneSidedComparison,
	sampleComparison
} from '../../testing/report-fixtures';
import { formatJson, renderJson } from './json';
import { warningsInEnglish } from '../warnings';

/** Rebuilds an object with its keys in reverse order, deeply: the same data, another key order. */
function reverseKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reverseKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.reverse()
				.map(([k, v]) => [k, reverseKeys(v)])
		);
	}
	return value;
}

describe('renderJson', () => {
	const cmp = sampleComparison();
	const json = renderJson(cmp);
	const parsed = JSON.parse(json);

	it('writes the contract shape with its keys in the contract order', () => {
		expect(Object.keys(parsed)).toEqual(['version', 'old', 'new', 'rows', 'stats']);
		expect(Object.keys(parsed.new)).toEqual(['meta', 'paragraphs', 'footnotes']);
		expect(Object.keys(parsed.new.meta)).toEqual(['symbol', 'session', 'date', 'title', 'source']);
		expect(Object.keys(parsed.new.paragraphs[4])).toEqual([
			'id',
			'kind',
			'number',
			'text',
			'footnotes',
			'footnoteOffsets'
		]);
		expect(Object.keys(parsed.new.footnotes[0])).toEqual(['mark', 'text', 'paragraph']);
		expect(Object.keys(parsed.rows[4])).toEqual([
			'status',
			'old',
			'new',
			'similarity',
			'diff',
			'routine',
			'routineParts'
		]);
		expect(Object.keys(parsed.stats)).toEqual([
			'unchanged',
			'modified',
			'inserted',
			'deleted',
			'moved',
			'split',
			'merged'
		]);
	});

	it('loses nothing', () => {
		expect(parsed).toEqual(JSON.parse(JSON.stringify(cmp)));
	});

	it('gives the same bytes whatever order the keys came in', () => {
		expect(renderJson(reverseKeys(cmp) as Comparison)).toBe(json);
	});

	it('puts fields it does not know after the known ones, alphabetically', () => {
		const extended = sampleComparison();
		Object.assign(extended.new.meta, { zeta: 1, agendaTitle: 'x', letterhead: ['a'] });
		const meta = JSON.parse(renderJson(extended)).new.meta;
		expect(Object.keys(meta)).toEqual([
			'symbol',
			'session',
			'date',
			'title',
			'source',
			'agendaTitle',
			'letterhead',
			'zeta'
		]);
	});

	it('includes warnings when there are any', () => {
		expect(Object.keys(JSON.parse(renderJson(emptyComparison())))).toEqual([
			'version',
			'old',
			'new',
			'rows',
			'stats',
			'warnings'
		]);
	});

	it('indents as asked and ends with a newline', () => {
		expect(json.endsWith('}\n')).toBe(true);
		expect(json.split('\n')[1]).toBe('  "version": 1,');
		expect(renderJson(cmp, { indent: 0 }).split('\n')).toHaveLength(2);
		expect(renderJson(cmp, { indent: 4 }).split('\n')[1]).toBe('    "version": 1,');
	});

	it.each<[string, () => Comparison]>([
		['hostile text', hostileComparison],
		['old side empty', () => oneSidedComparison('old')],
		['new side empty', () => oneSidedComparison('new')]
	])('round-trips %s exactly, its warnings as their English sentences', (_, make) => {
		const c = make();
		const english = { ...c, warnings: warningsInEnglish(c.warnings ?? []) };
		expect(JSON.parse(renderJson(c))).toEqual(JSON.parse(JSON.stringify(english)));
	});

	it('round-trips any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				const c = sampleComparison();
				c.new.paragraphs[0].text = text;
				expect(JSON.parse(renderJson(c)).new.paragraphs[0].text).toBe(text);
			})
		);
	});

	it('puts a paragraph, a diff and a list of ids on one line each', () => {
		const lines = json.split('\n');
		const paragraph = cmp.new.paragraphs[4];
		expect(lines).toContain(`      ${JSON.stringify(JSON.parse(json).new.paragraphs[4])},`);
		expect(lines.some((l) => l.trim() === `"diff": ${JSON.stringify(cmp.rows[4].diff)},`)).toBe(true);
		expect(lines.some((l) => l.trim() === `"new": ${JSON.stringify(cmp.rows[4].new)},`)).toBe(true);
		expect(lines.filter((l) => l.includes(JSON.stringify(paragraph.text)))).toHaveLength(1);
	});
});

describe('formatJson', () => {
	it('parses back to what JSON.stringify gives, at any depth and indent', () => {
		fc.assert(
			fc.property(
				fc.jsonValue(),
				fc.integer({ min: 0, max: 5 }),
				fc.integer({ min: 0, max: 4 }),
				(value, depth, indent) => {
					expect(JSON.parse(formatJson(value, depth, { indent }))).toEqual(JSON.parse(JSON.stringify(value)));
				}
			)
		);
	});

	it('drops undefined fields and writes undefined items as null, as JSON.stringify does', () => {
		const value = { a: undefined, b: [undefined, 1], c: () => 1, d: { e: [{ f: undefined }] } };
		expect(JSON.parse(formatJson(value, 3))).toEqual(JSON.parse(JSON.stringify(value)));
	});

	it('indents the outer levels only', () => {
		expect(formatJson({ a: { b: { c: [1, 2] } }, d: [[1], { e: 'x' }] }, 2)).toBe(
			'{\n  "a": {\n    "b": {"c":[1,2]}\n  },\n  "d": [\n    [1],\n    {"e":"x"}\n  ]\n}'
		);
		expect(formatJson({ a: [1, 'x', true, null] }, 5)).toBe('{\n  "a": [1,"x",true,null]\n}');
		expect(formatJson({ a: {}, b: [] }, 5, { indent: 0 })).toBe('{"a":{},"b":[]}');
	});
});
