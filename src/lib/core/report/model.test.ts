import { describe, expect, it } from 'vitest';
import { ResodiffError, type Warning } from '../types';
import { sampleComparison } from '../../testing/report-fixtures';
import { prepareReport, showControls } from './model';

describe('prepareReport', () => {
	it('fails clearly on a row naming a paragraph the document lacks', () => {
		const cmp = sampleComparison();
		cmp.rows[0] = { ...cmp.rows[0], new: ['p99'] };
		expect(() => prepareReport(cmp)).toThrowError(ResodiffError);
		expect(() => prepareReport(cmp)).toThrowError('row 1 names paragraph p99, which the new document does not have');
	});
	it("takes the comparison's warnings, which already state the documents' own, and adds none", () => {
		const cmp = sampleComparison();
		const c: Warning = { kind: 'page-no-text', page: 2 };
		cmp.warnings = [{ kind: 'no-operative' }, { ...c, of: { side: 'old', name: 'test.txt' } }];
		cmp.old.warnings = [c];
		expect(prepareReport(cmp, { locale: 'en' }).warnings).toEqual([
			'no numbered operative paragraph found',
			'old (test.txt): page 2 has no text layer (a scanned image?); its text is missing'
		]);
		expect(prepareReport(cmp, { locale: 'zh' }).warnings).toEqual([
			'未找到编号的执行部分段落',
			'旧文本（test.txt）：第 2 页没有文字层（可能是扫描图像），该页文字缺失'
		]);
	});
	it('labels rows and counts routine ones', () => {
		const model = prepareReport(sampleComparison());
		expect(model.rows.map((r) => r.label)).toContain('序言 2（原序言 5）');
		expect(model.counts).toEqual({ changed: 10, routine: 2 });
	});
});

describe('showControls', () => {
	it.each([
		['\u001b[31m', '␛[31m'],
		['a\u0000b', 'a␀b'],
		['tab\tand\nnewline', 'tab\tand\nnewline'],
		['\u007f', '␡'],
		['\u0085', '\ufffd'],
		['lone \ud840 high', 'lone \ufffd high'],
		['lone \udc00 low', 'lone \ufffd low'],
		['pair 𠀀 kept', 'pair 𠀀 kept'],
		['中文', '中文']
	])('%j → %j', (input, expected) => {
		expect(showControls(input)).toBe(expected);
	});
});
