import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Comparison } from '../types';
import { emptyComparison, hostileComparison, oneSidedComparison, sampleComparison } from '../../testing/report-fixtures';
import { renderJson } from './json';

/** Rebuilds an object with its keys in reverse order, deeply: the same data, another key order. */
function reverseKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reverseKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
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
		expect(Object.keys(parsed.new.paragraphs[4])).toEqual(['id', 'kind', 'number', 'text', 'footnotes', 'footnoteOffsets']);
		expect(Object.keys(parsed.new.footnotes[0])).toEqual(['mark', 'text', 'paragraph']);
		expect(Object.keys(parsed.rows[4])).toEqual(['status', 'old', 'new', 'similarity', 'diff', 'routine', 'routineParts']);
		expect(Object.keys(parsed.stats)).toEqual(['unchanged', 'modified', 'inserted', 'deleted', 'moved', 'split', 'merged']);
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
		expect(Object.keys(meta)).toEqual(['symbol', 'session', 'date', 'title', 'source', 'agendaTitle', 'letterhead', 'zeta']);
	});

	it('includes warnings when there are any', () => {
		expect(Object.keys(JSON.parse(renderJson(emptyComparison())))).toEqual(['version', 'old', 'new', 'rows', 'stats', 'warnings']);
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
	])('round-trips %s exactly', (_, make) => {
		const c = make();
		expect(JSON.parse(renderJson(c))).toEqual(JSON.parse(JSON.stringify(c)));
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
});
