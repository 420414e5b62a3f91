import { describe, expect, it } from 'vitest';
import { buildLines, logicalOrder, tidySegments } from './lines';
import type { PdfTextRun } from './words';

/** Glyph texts of a string in visual order (as drawn, left to right): the logical string reversed by letter. */
const visual = (text: string) => [...text].reverse();

describe('logicalOrder: right-to-left glyphs read back', () => {
	it.each([
		['Arabic words', visual('إن الجمعية العامة،'), 'إن الجمعية العامة،'],
		// As drawn from the left: "؛" ")" then "A/76/444" in its own order, then "(" and the Arabic word.
		['a symbol inside Arabic text', ['؛', ')', ...'A/76/444', '(', ' ', ...visual('السلاح')], 'السلاح (A/76/444)؛'],
		['numbers keep their digits in order', [...visual('كانون'), ' ', ...'2044', ' ', ...visual('في')], 'في 2044 كانون'],
		// A glyph that stands for two letters (lam-alef) keeps them in their order.
		['a ligature glyph', ['ف', 'ا', 'ر', 'ط', 'لأ', 'ا'], 'الأطراف']
	])('%s', (_label, units, expected) => {
		expect(logicalOrder(units)).toBe(expected);
	});
});

describe('buildLines: right-to-left lines', () => {
	const run = (text: string, x: number, width: number, units?: string[]): PdfTextRun => ({
		text,
		x,
		y: 500,
		width,
		size: 12,
		bold: false,
		...(units ? { units } : {})
	});

	it('reads runs from right to left, each in logical order, and knows the line for right to left', () => {
		const words = run('ةماعلا ةيعمجلا', 300, 80, visual('الجمعية العامة'));
		const first = run('نإ ', 385, 15, visual(' إن'));
		const [line] = buildLines([words, first], 1);
		expect(line.rtl).toBe(true);
		expect(line.text).toBe('إن الجمعية العامة');
		expect(line.left).toBe(300);
		expect(line.right).toBe(400);
	});

	it('leaves a line of Latin text with an Arabic word in it left to right', () => {
		const [line] = buildLines(
			[run('Arabic ', 100, 40), run('مالس', 145, 20, visual('سلام')), run(' peace', 170, 30)],
			1
		);
		expect(line.rtl).toBe(false);
		expect(line.text).toBe('Arabic مالس peace');
	});
});

describe('tidySegments: spaces dropped from a line', () => {
	it.each([
		['a Latin line keeps its spaces', [{ text: 'The General Assembly,', bold: false }], 'The General Assembly,'],
		['the ends are trimmed, a double space made single', [{ text: ' two  words ', bold: false }], 'two words'],
		// Only the space after another goes: of two at the end, the first stays (the line is trimmed later).
		['two spaces at the end leave one', [{ text: 'end  ', bold: false }], 'end '],
		['spaces between Chinese characters go', [{ text: '大 会 ， 回 顾', bold: false }], '大会，回顾'],
		['a space between Chinese and Latin stays', [{ text: '2021 年 的 报告', bold: false }], '2021 年的报告'],
		['quotes beside Chinese take no space', [{ text: '“ 可持续 ”', bold: false }], '“可持续”'],
		// 𠀀 (U+20000) is one character of two UTF-16 units: the space after it is judged beside it whole.
		['a character beyond the BMP', [{ text: '𠀀 中 a', bold: false }], '𠀀中 a']
	])('%s', (_label, segments, expected) => {
		expect(
			tidySegments(segments)
				.map((s) => s.text)
				.join('')
		).toBe(expected);
	});

	it('keeps each piece in its weight, the spaces dropped where they stood (a space before a space goes)', () => {
		const segments = [
			{ text: '大 会 ', bold: true },
			{ text: ' 回 顾 ', bold: false },
			{ text: 'A/RES/76/40 ', bold: true }
		];
		expect(tidySegments(segments)).toEqual([
			{ text: '大会 ', bold: true },
			{ text: '回顾 ', bold: false },
			{ text: 'A/RES/76/40', bold: true }
		]);
	});

	it('joins a piece left with only a space to the piece before it', () => {
		const segments = [
			{ text: 'a ', bold: true },
			{ text: ' ', bold: false },
			{ text: 'b', bold: false }
		];
		expect(tidySegments(segments)).toEqual([
			{ text: 'a ', bold: true },
			{ text: 'b', bold: false }
		]);
	});
});
