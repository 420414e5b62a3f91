import { describe, expect, it } from 'vitest';
import { ListCounter, formatNumber, readNumbering } from './numbering';
import { parseXml } from './xml';

describe('formatNumber: the number formats of Word', () => {
	it.each([
		[1, 'decimal', '1'],
		[12, 'decimal', '12'],
		[3, 'lowerLetter', 'c'],
		[27, 'lowerLetter', 'aa'],
		[28, 'upperLetter', 'BB'],
		[4, 'lowerRoman', 'iv'],
		[1994, 'upperRoman', 'MCMXCIV'],
		[7, 'decimalZero', '07'],
		[11, 'chineseCounting', '十一'],
		[20, 'chineseCountingThousand', '二十'],
		[105, 'chineseCounting', '一百〇五'],
		[3, 'ideographTraditional', '丙'],
		[12, 'decimalFullWidth', '１２'],
		[2, 'decimalEnclosedCircle', '②'],
		[3, 'russianLower', 'в'],
		[2, 'arabicAlpha', 'ب'],
		[4, 'chicago', '§'],
		[5, 'chicago', '**'],
		[6, 'chicago', '††'],
		[2, 'ordinal', '2nd'],
		[5, 'somethingNew', '5'],
		[1, 'bullet', ''],
		[1, 'none', '']
	])('%i in %s is %j', (n, format, expected) => expect(formatNumber(n, format)).toBe(expected));
});

/** numbering.xml with the given abstract definitions and instances. */
function definitions(xml: string) {
	return readNumbering(
		parseXml(`<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${xml}</w:numbering>`)
	);
}

/** A resolution's list: operative numbers `1.` and subparagraph letters `(a)`. */
const RESOLUTION_LIST = `
<w:abstractNum w:abstractNumId="0">
	<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
	<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/><w:suff w:val="space"/></w:lvl>
	<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/><w:lvlRestart w:val="0"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>`;

describe('ListCounter: numbers as Word displays them', () => {
	const count = (xml: string, sequence: [string, number][]) => {
		const counter = new ListCounter(definitions(xml), () => undefined);
		return sequence.map(([numId, ilvl]) => counter.next(numId, ilvl)?.text ?? null);
	};

	it('counts levels, and restarts the letters under each new number', () => {
		expect(
			count(RESOLUTION_LIST, [
				['1', 0],
				['1', 1],
				['1', 1],
				['1', 0],
				['1', 1]
			])
		).toEqual(['1.', '(a)', '(b)', '2.', '(a)']);
	});

	it('continues a list across instances of one definition, and restarts where an instance overrides the start', () => {
		expect(
			count(RESOLUTION_LIST, [
				['1', 0],
				['1', 0],
				['2', 0],
				['3', 0],
				['3', 0],
				['4', 0]
			])
		).toEqual(['1.', '2.', '3.', '1.', '2.', '7.']);
	});

	it('keeps counting a level that never restarts (lvlRestart 0)', () => {
		expect(
			count(RESOLUTION_LIST, [
				['1', 0],
				['1', 2],
				['1', 0],
				['1', 2]
			])
		).toEqual(['1.', '(i)', '2.', '(ii)']);
	});

	it('gives what follows the number', () => {
		const counter = new ListCounter(definitions(RESOLUTION_LIST), () => undefined);
		expect(counter.next('1', 0)).toEqual({ text: '1.', suffix: '\t' });
		expect(counter.next('1', 1)).toEqual({ text: '(a)', suffix: ' ' });
	});

	it('writes legal numbering in decimal, bullets as one glyph, and no number for an unknown list', () => {
		const xml = `
<w:abstractNum w:abstractNumId="5">
	<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
	<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
	<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>`;
		expect(
			count(xml, [
				['9', 0],
				['9', 0],
				['9', 1],
				['9', 2],
				['8', 0]
			])
		).toEqual(['I.', 'II.', '2.1', '•', null]);
	});

	it('follows a definition linked through a numbering style', () => {
		const xml = `
<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="ResoList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="ResoList"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
		const counter = new ListCounter(definitions(xml), (style) => (style === 'ResoList' ? '2' : undefined));
		expect([counter.next('1', 0)?.text, counter.next('1', 0)?.text]).toEqual(['1.', '2.']);
	});
});
