import { describe, expect, it } from 'vitest';
import type { Line, Segment } from './lines';
import { ParagraphBuilder } from './write';

/** A line of the given cells (what the builder reads of a line), its geometry left at zero. */
function line(...cells: Segment[][]): Line {
	const text = cells.map((c) => c.map((s) => s.text).join('')).join(' ');
	return { runs: [], y: 0, size: 10, left: 0, right: 0, cells, text, page: 1, bold: false, italic: false, rtl: false };
}
const plain = (text: string): Segment => ({ text, bold: false });
const bold = (text: string): Segment => ({ text, bold: true });

/** The paragraph the builder makes of lines, each after the first joined as given. */
function build(first: Line, ...rest: [Line, 'join' | 'newline'][]): string {
	const paragraph = new ParagraphBuilder(false);
	paragraph.add(first, 'join');
	for (const [next, joint] of rest) paragraph.add(next, joint);
	return paragraph.take();
}

describe('ParagraphBuilder: the seam between one line and the next', () => {
	it('joins Latin lines with a space, and a word broken after a hyphen without one', () => {
		expect(build(line([plain('Recalling its')]), [line([plain('resolution 72/1,')]), 'join'])).toBe(
			'Recalling its resolution 72/1,'
		);
		expect(build(line([plain('multidrug-')]), [line([plain('resistant')]), 'join'])).toBe('multidrug-resistant');
	});

	it('drops a soft hyphen at the end of a line, even after a line of several segments', () => {
		const broken = line([bold('Decides'), plain(' to con\u00ad')]);
		expect(build(broken, [line([plain('vene')]), 'join'])).toBe('**Decides** to convene');
	});

	it('reads the seam from the last segment with text, past empty ones', () => {
		const ending = line([plain('the Assembly'), bold('')]);
		expect(build(ending, [line([plain('decides')]), 'join'])).toBe('the Assembly decides');
		expect(build(line([plain('')]), [line([plain('text')]), 'join'])).toBe('text');
	});

	it('keeps a line break inside a block and joins Chinese lines without a space', () => {
		expect(build(line([plain('31st plenary meeting')]), [line([plain('10 October 2018')]), 'newline'])).toBe(
			'31st plenary meeting\n10 October 2018'
		);
		expect(build(line([plain('大会')]), [line([plain('决定')]), 'join'])).toBe('大会决定');
	});
});
