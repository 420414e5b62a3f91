import { describe, expect, it } from 'vitest';
import type { Comparison } from '../types';
import { quoteCsvField, renderCsv } from './csv';
import {
	emptyComparison,
	hostileComparison,
	oneSidedComparison,
	sampleComparison,
	HOSTILE
} from '../../testing/report-fixtures';
import { STATUS_NAMES } from './labels';
import { prepareReport } from './model';

/** An RFC 4180 reader: quoted fields with doubled quotes and line breaks, records ended by CRLF. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else {
			// A bare line feed outside quotes would break RFC 4180.
			expect(c).not.toBe('\n');
			field += c;
		}
	}
	expect(field).toBe('');
	expect(record).toEqual([]);
	return records;
}

/** Undoes the apostrophe put before formula-like cells. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('quoteCsvField', () => {
	const cases: [string, string, string][] = [
		['plain', '重申', '重申'],
		['comma', 'a,b', '"a,b"'],
		['quote', 'say "x"', '"say ""x"""'],
		['line break', 'a\nb', '"a\nb"'],
		['formula', '=1+1', "'=1+1"],
		['formula with comma', '=SUM(A1,B1)', `"'=SUM(A1,B1)"`],
		['minus', '-3', "'-3"],
		['at', '@x', "'@x"],
		['empty', '', '']
	];
	it.each(cases)('%s', (_, input, expected) => {
		expect(quoteCsvField(input)).toBe(expected);
	});
});

describe('renderCsv', () => {
	const cmp = sampleComparison();
	const csv = renderCsv(cmp);
	const model = prepareReport(cmp);
	it('starts with a BOM and ends every record with CRLF', () => {
		expect(csv.startsWith('\ufeff序号,状态,例行,旧段落,新段落,相似度,旧文本,新文本,改动\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(renderCsv(cmp, { bom: false }).startsWith('序号')).toBe(true);
	});
	it('writes one record per aligned row, reading back to the row', () => {
		const records = parseCsv(csv.slice(1));
		expect(records).toHaveLength(model.rows.length + 1);
		for (const [i, row] of model.rows.entries()) {
			expect(records[i + 1]).toEqual([
				String(row.index),
				STATUS_NAMES[row.status].zh,
				row.routine ? '是' : '否',
				row.oldLabel,
				row.newLabel,
				row.row.similarity.toFixed(3),
				row.oldText,
				row.newText,
				row.change
			]);
		}
	});
	it('speaks English when asked', () => {
		const records = parseCsv(renderCsv(cmp, { locale: 'en' }).slice(1));
		expect(records[0]).toEqual([
			'Row',
			'Status',
			'routine',
			'Old paragraph',
			'New paragraph',
			'Similarity',
			'Old text',
			'New text',
			'Changes'
		]);
		expect(records[4].slice(1, 5)).toEqual(['moved', 'no', 'PP 5', 'PP 2']);
	});
});

describe('renderCsv: hostile text', () => {
	it('keeps the text, quoted, and defuses formulas', () => {
		const cmp = hostileComparison();
		const records = parseCsv(renderCsv(cmp).slice(1));
		const model = prepareReport(cmp);
		for (const [i, row] of model.rows.entries()) {
			expect(unguard(records[i + 1][6])).toBe(row.oldText);
			expect(unguard(records[i + 1][7])).toBe(row.newText);
		}
		const deleted = records.find((r) => r[1] === '删除')!;
		expect(deleted[6]).toBe(`'${HOSTILE.formula}`);
	});
});

describe('renderCsv: edge cases', () => {
	const cases: [string, () => Comparison, number][] = [
		['empty comparison', emptyComparison, 1],
		['old side empty', () => oneSidedComparison('old'), 3],
		['new side empty', () => oneSidedComparison('new'), 3]
	];
	it.each(cases)('%s', (_, make, records) => {
		expect(parseCsv(renderCsv(make()).slice(1))).toHaveLength(records);
	});
});
