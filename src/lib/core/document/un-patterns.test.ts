import { describe, expect, it } from 'vitest';
import {
	BARCODE_LINE,
	JOB_NUMBER_LINE,
	RESOLUTION_NUMBER_SOURCE,
	SYMBOL_LINE,
	SYMBOL_SOURCE,
	isDateStamp,
	isJobNumberLine,
	isPageNumberLine,
	sessionOfSymbol
} from './un-patterns';

describe('UN page furniture and symbols', () => {
	// Lines as the real documents print them (tests/fixtures and ../shared/real: A/RES/73/3, 73/6, A/C.3/78/L.41).
	const lines: [label: string, test: (line: string) => boolean, line: string, expected: boolean][] = [
		['report symbol alone', (l) => SYMBOL_LINE.test(l), 'A/67/131', true],
		['resolution symbol alone', (l) => SYMBOL_LINE.test(l), 'A/RES/76/40', true],
		['draft symbol alone', (l) => SYMBOL_LINE.test(l), 'A/C.1/76/L.5', true],
		['revised draft symbol', (l) => SYMBOL_LINE.test(l), 'A/C.3/78/L.41/Rev.1', true],
		['Security Council symbol with its year', (l) => SYMBOL_LINE.test(l), 'S/RES/2532 (2020)', true],
		['reissued symbol with a star', (l) => SYMBOL_LINE.test(l), 'A/76/444*', true],
		['half a symbol is no symbol', (l) => SYMBOL_LINE.test(l), 'A/67', false],
		['and/or is no symbol', (l) => SYMBOL_LINE.test(l), 'AND/OR/NOT', false],
		['symbol in a sentence is no furniture', (l) => SYMBOL_LINE.test(l), '见 A/74/548', false],
		['job number with language and date stamp', isJobNumberLine, '18-17962 (E) 021118', true],
		['job number with two date stamps', isJobNumberLine, '23-21227 (E) 131123 141123', true],
		['job number with its language', isJobNumberLine, '18-16895 (E)', true],
		['job number alone', isJobNumberLine, '18-16895', true],
		['job number with a page number run on', isJobNumberLine, '12-41312 (C)6', true],
		['job number with page of pages', isJobNumberLine, '18-17962 2/10', true],
		['Geneva job number', isJobNumberLine, 'GE.21-01234 (F)', true],
		[
			'French, Spanish, Russian, Arabic letters',
			() => ['(F)', '(S)', '(R)', '(A)'].every((x) => isJobNumberLine(`22-12345 ${x}`)),
			'',
			true
		],
		['a date stamp that is no date', isJobNumberLine, '18-17962 (E) 310218', false],
		['an ISO date is no job number', isJobNumberLine, '2012-12-03', false],
		['four digits are no job number', isJobNumberLine, '18-1796 (E)', false],
		['barcode', (l) => BARCODE_LINE.test(l), '*1817962*', true],
		['stars around a word are no barcode', (l) => BARCODE_LINE.test(l), '*important*', false],
		['page of pages', isPageNumberLine, '2/10', true],
		['dashed page number', isPageNumberLine, '- 3 -', true],
		['a resolution number is no page number', isPageNumberLine, '76/40', false]
	];
	it.each(lines)('%s', (_label, test, line, expected) => {
		expect(test(line)).toBe(expected);
	});

	it.each([
		['021118', true],
		['241018', true],
		['290224', true],
		['290223', false],
		['310418', false],
		['001118', false],
		['011318', false],
		['12345', false]
	])('date stamp %s is a date: %s', (digits, expected) => {
		expect(isDateStamp(digits)).toBe(expected);
	});

	it('reads the groups of a job number line', () => {
		expect(JOB_NUMBER_LINE.exec('18-17962 (E) 021118')?.slice(1, 4)).toEqual(['18-17962', 'E', '021118']);
	});

	it.each([
		['A/RES/76/40', 76],
		['A/C.1/77/L.31', 77],
		['A/ES-10/L.22', null],
		['A/67/131', 67],
		['S/RES/2532 (2020)', null]
	])('symbol %s belongs to session %s', (symbol, session) => {
		expect(sessionOfSymbol(symbol)).toBe(session);
	});

	it('finds symbols and resolution numbers inside running text', () => {
		const text = 'Recalling its resolutions 60/48 of 8 December 2005 and A/RES/79/7, and FCCC/CP/2015/10/Add.1,';
		expect(text.match(new RegExp(SYMBOL_SOURCE, 'g'))).toEqual(['A/RES/79/7', 'FCCC/CP/2015/10/Add.1']);
		expect(text.match(new RegExp(RESOLUTION_NUMBER_SOURCE, 'g'))).toEqual(['60/48']);
	});

	it('matches line patterns on very long lines without backtracking', () => {
		const long = 'A' + '/1'.repeat(100_000) + ' x';
		for (const test of [(l: string) => SYMBOL_LINE.test(l), isJobNumberLine, (l: string) => BARCODE_LINE.test(l)]) {
			expect(test(long)).toBe(false);
		}
	});
});
