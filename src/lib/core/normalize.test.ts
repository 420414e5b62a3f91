import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	collapseRepeatedPrint,
	deleteRanges,
	findRepeatedPrint,
	mergeRanges,
	normalizeText,
	renderText,
	restoreChineseQuotes,
	stripInlineMarkup,
	trackText,
	type TrackedText
} from './normalize';

describe('normalizeText', () => {
	const cases: [label: string, input: string, expected: string][] = [
		['CRLF', '大会，\r\n决心', '大会，\n决心'],
		['lone CR', '大会，\r决心', '大会，\n决心'],
		['line and paragraph separators', 'a\u2028b\u2029c', 'a\nb\nc'],
		['form feed of a page break', 'a\fb', 'a\nb'],
		['no-break space', '第\u00A045\u00A0次', '第 45 次'],
		['ideographic space (Word indentation)', '\u3000\u3000决心', '  决心'],
		['tab', 'a\tb', 'a b'],
		['soft hyphen', 'non\u00ADproliferation', 'nonproliferation'],
		['zero-width space and word joiner', '大\u200B会\u2060，', '大会，'],
		['BOM inside the text', 'a\uFEFFb', 'ab'],
		['control characters', 'a\u0001\u0007b', 'ab'],
		['zero-width joiner stays (Arabic, emoji)', 'a\u200Db', 'a\u200Db'],
		['Word private-use bullet', '\uF0B7 item', '• item'],
		['Kangxi radicals', '⼤会', '大会'],
		['full-width punctuation untouched', '（一）：，；', '（一）：，；'],
		['HTML stays literal text', '<script>alert(1)</script><b>大会</b>', '<script>alert(1)</script><b>大会</b>'],
		['trailing spaces stay (PDF paragraph ends)', '建议， \n工作组', '建议， \n工作组'],
		['empty', '', '']
	];
	it.each(cases)('%s', (_label, input, expected) => {
		expect(normalizeText(input)).toBe(expected);
	});

	it('can leave radicals alone', () => {
		expect(normalizeText('⼤', { unifyIdeographs: false })).toBe('⼤');
	});
});

describe('stripInlineMarkup', () => {
	const md = { markdown: true };
	const cases: [label: string, input: string, options: Parameters<typeof stripInlineMarkup>[1], expected: TrackedText][] = [
		['Markdown bold verb', '**重申**多边主义', md, { text: '重申多边主义', marks: [], emphasis: [[0, 2]] }],
		['bold in the middle', '又**强调**必须', md, { text: '又强调必须', marks: [], emphasis: [[1, 3]] }],
		['italic English opener', '*Recalling* its resolution', md, { text: 'Recalling its resolution', marks: [], emphasis: [[0, 9]] }],
		['underscore bold', '__Decides__ to', md, { text: 'Decides to', marks: [], emphasis: [[0, 7]] }],
		['superscript mark', '《联合国千年宣言》，¹ 其中', {}, { text: '《联合国千年宣言》， 其中', marks: [{ mark: '1', offset: 10 }], emphasis: [] }],
		['superscript at the end', '方法，²', {}, { text: '方法，', marks: [{ mark: '2', offset: 3 }], emphasis: [] }],
		['two-digit superscript', '报告¹²', {}, { text: '报告', marks: [{ mark: '12', offset: 2 }], emphasis: [] }],
		['unit, not a mark', '100 km² of land', {}, { text: '100 km² of land', marks: [], emphasis: [] }],
		['Markdown footnote reference', '宣言[^4]，其中', md, { text: '宣言，其中', marks: [{ mark: '4', offset: 2 }], emphasis: [] }],
		['bracket mark known to the document', '宣言[3]，', { markdown: true, knownMarks: new Set(['3']) }, { text: '宣言，', marks: [{ mark: '3', offset: 2 }], emphasis: [] }],
		['bracket number unknown to the document stays', '见[3]', md, { text: '见[3]', marks: [], emphasis: [] }],
		['caret mark known', '宣言^2，', { markdown: true, knownMarks: new Set(['2']) }, { text: '宣言，', marks: [{ mark: '2', offset: 2 }], emphasis: [] }],
		['escaped asterisk stays as an asterisk', '4\\* text', md, { text: '4* text', marks: [], emphasis: [] }],
		['lone asterisk is literal (a footnote mark perhaps)', '76/40.* 促进', md, { text: '76/40.* 促进', marks: [], emphasis: [] }],
		['unpaired bold markup goes', '**重申 多边', md, { text: '重申 多边', marks: [], emphasis: [] }],
		['a blank to fill in stays', '日期：________', md, { text: '日期：________', marks: [], emphasis: [] }],
		['no Markdown outside Markdown', '**重申**', {}, { text: '**重申**', marks: [], emphasis: [] }],
		['HTML is text', '<sup>1</sup>', md, { text: '<sup>1</sup>', marks: [], emphasis: [] }]
	];
	it.each(cases)('%s', (_label, input, options, expected) => {
		expect(stripInlineMarkup(trackText(input), options)).toEqual(expected);
	});

	it('leaves a paragraph with absurd amounts of markup as it is', () => {
		const input = '**a*'.repeat(30_000);
		const out = stripInlineMarkup(trackText(input), { markdown: true });
		expect(out.text).toBe(input);
		expect(out.markupSkipped).toBe(true);
	});
});

describe('findRepeatedPrint (bold printed N times in PDF text)', () => {
	const cases: [label: string, input: string, restored: string | null][] = [
		['whole word four times', '大会大会大会大会，', '大会，'],
		['each character four times', '确确确确认认认认国际组织', '确认国际组织'],
		['each character: 吁请', '吁吁吁吁请请请请所有会员国', '吁请所有会员国'],
		['single character four times', '请请请请秘书长', '请秘书长'],
		['long phrase four times', '满意地注意到满意地注意到满意地注意到满意地注意到，大会', '满意地注意到，大会'],
		['three times is enough', '重申重申重申多边', '重申多边'],
		['twice is real text', '国家国家元首', null],
		['no repetition', '回顾其决议', null],
		['not at the start', '其回顾回顾回顾回顾', null],
		['punctuation never counts', '。。。。', null],
		['digits never count', '1111年', null],
		['empty', '', null]
	];
	it.each(cases)('%s', (_label, input, restored) => {
		const found = collapseRepeatedPrint(trackText(input));
		expect(findRepeatedPrint(input) === null ? null : found.text).toBe(restored);
	});

	it('marks the restored word as emphasis', () => {
		expect(collapseRepeatedPrint(trackText('确确确确认认认认国际')).emphasis).toEqual([[0, 2]]);
		expect(collapseRepeatedPrint(trackText('满意地注意到满意地注意到满意地注意到满意地注意到，')).emphasis).toEqual([[0, 6]]);
	});
});

describe('restoreChineseQuotes', () => {
	const cases: [label: string, input: string, expected: string][] = [
		['two pairs around Chinese', '题为"全面彻底裁军"的项目下列入题为"促进多边主义"的分项', '题为“全面彻底裁军”的项目下列入题为“促进多边主义”的分项'],
		['English quotation stays', 'entitled "General and complete disarmament"', 'entitled "General and complete disarmament"'],
		['odd number of quotes stays', '12" 大会', '12" 大会'],
		['one pair without Chinese inside stays', '"A" 与 "大会"', '"A" 与 "大会"'],
		['no quotes', '大会，', '大会，']
	];
	it.each(cases)('%s', (_label, input, expected) => {
		expect(restoreChineseQuotes(input)).toBe(expected);
	});
});

describe('deleteRanges', () => {
	it('moves marks and emphasis with the text', () => {
		const t: TrackedText = { text: 'ab  cd ef', marks: [{ mark: '1', offset: 4 }], emphasis: [[4, 6]] };
		const out = deleteRanges(t, [2, 4, 6, 7]);
		expect(out.text).toBe('abcdef');
		expect(out.marks).toEqual([{ mark: '1', offset: 2 }]);
		expect(out.emphasis).toEqual([[2, 4]]);
	});

	it('keeps every tracked position inside the text and in order (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1, maxLength: 60 }),
				fc.array(fc.nat(), { maxLength: 20 }),
				fc.array(fc.nat(), { maxLength: 8 }),
				(text, cutsRaw, marksRaw) => {
					const cuts = [...new Set(cutsRaw.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
					const deletions: number[] = [];
					for (let i = 0; i + 1 < cuts.length; i += 2) deletions.push(cuts[i], cuts[i + 1]);
					const offsets = marksRaw.map((m) => m % (text.length + 1)).sort((a, b) => a - b);
					const out = deleteRanges({ text, marks: offsets.map((o) => ({ mark: 'x', offset: o })), emphasis: [] }, deletions);
					let removed = 0;
					for (let i = 0; i < deletions.length; i += 2) removed += deletions[i + 1] - deletions[i];
					expect(out.text.length).toBe(text.length - removed);
					for (let i = 0; i < out.marks.length; i++) {
						expect(out.marks[i].offset).toBeGreaterThanOrEqual(0);
						expect(out.marks[i].offset).toBeLessThanOrEqual(out.text.length);
						if (i > 0) expect(out.marks[i].offset).toBeGreaterThanOrEqual(out.marks[i - 1].offset);
					}
				}
			)
		);
	});

	it('merges overlapping emphasis ranges', () => {
		expect(mergeRanges([[3, 5], [0, 2], [1, 3], [6, 6]])).toEqual([[0, 5]]);
	});
});

describe('renderText', () => {
	const cases: [label: string, input: TrackedText, options: Parameters<typeof renderText>[1], expected: TrackedText][] = [
		[
			'76/40: mark after a comma, print spaces around a symbol',
			trackText('还回顾《联合国千年宣言》，¹ 其中特别指出 第 55/2 号'),
			{ markdown: true, chineseQuotes: true },
			{ text: '还回顾《联合国千年宣言》，其中特别指出第55/2号', marks: [{ mark: '1', offset: 13 }], emphasis: [] }
		],
		[
			'tokenized text with quotes',
			trackText('决定 在 临时 议程 题 为 " 全面 彻底 裁军 " 的 项目 下'),
			{ tokenized: true, chineseQuotes: true, collapseRepeats: false },
			{ text: '决定在临时议程题为“全面彻底裁军”的项目下', marks: [], emphasis: [] }
		],
		[
			'PDF text: line-joining spaces, a mark on its own line, bold printed four times',
			{ text: '回顾回顾回顾回顾大会第十届特别会议的《宣 言》， 其中', marks: [{ mark: '1', offset: 24 }], emphasis: [] },
			{},
			{ text: '回顾大会第十届特别会议的《宣言》，其中', marks: [{ mark: '1', offset: 17 }], emphasis: [[0, 2]] }
		],
		[
			'English keeps its word spaces',
			trackText('  Reaffirms   multilateralism ,'),
			{},
			{ text: 'Reaffirms multilateralism ,', marks: [], emphasis: [] }
		]
	];
	it.each(cases)('%s', (_label, input, options, expected) => {
		expect(renderText(input, options)).toEqual(expected);
	});
});
