import { describe, expect, it } from 'vitest';
import { buildLines, logicalOrder } from './lines';
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
