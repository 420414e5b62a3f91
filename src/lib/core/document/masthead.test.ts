import { describe, expect, it } from 'vitest';
import { dateOfCell, isDateCell, isMastheadCell, readMasthead } from './masthead';

describe('readMasthead', () => {
	it.each([
		['empty', [], {}],
		[
			"a committee draft's masthead, a cell a line (the UN's Word template, first-page header)",
			['联合国', 'A/C.1/77/L.5', '大会', 'Distr.: Limited', '10 October 2022', 'Chinese', 'Original: English'],
			{ symbol: 'A/C.1/77/L.5', session: 77, draft: true, distribution: 'Limited', date: '2022-10-10' }
		],
		[
			'the organ and a cell on one line, as extractors print a row of the masthead table',
			['United Nations A/78/L.15', 'General Assembly Distr.: General', '3 December 2023'],
			{ symbol: 'A/78/L.15', session: 78, draft: true, distribution: 'General', date: '2023-12-03' }
		],
		[
			'an adopted resolution: a symbol that is no draft, a Chinese date',
			['A/RES/76/40', 'Distr.: General', '2021年12月6日'],
			{ symbol: 'A/RES/76/40', session: 76, distribution: 'General', date: '2021-12-06' }
		],
		[
			'a running header of later pages: nothing of a masthead',
			['Promotion of multilateralism', '2/5', 'The General Assembly decided on 10 October 2022 to act'],
			{}
		],
		['the first symbol wins', ['A/C.1/77/L.5', 'A/C.1/77/L.6'], { symbol: 'A/C.1/77/L.5', session: 77, draft: true }]
	])('%s', (_, cells, expected) => {
		expect(readMasthead(cells)).toEqual(expected);
	});

	it.each([
		['Distr.: Limited', true],
		['A/C.3/78/L.41', true],
		['18 October 2018', true],
		['回顾其关于裁军的决议，', false],
		['', false]
	])('isMastheadCell(%j) is %s', (cell, expected) => expect(isMastheadCell(cell)).toBe(expected));

	it.each([
		// The masthead cells of the real A/RES/77/247 (Spanish) and A/RES/73/3 (English), as the PDF reader sees them.
		['9 de enero de 2023', '2023-01-09'],
		['18 October 2018', '2018-10-18'],
		['Naciones Unidas', null],
		['Distr. general', null],
		['A/RES/77/247', null],
		// The job number of the page foot: digits, and a run of four inside a longer one, but no year.
		['18-16895 (E) 241018', null],
		['2021年12月6日', '2021-12-06'],
		// Each language's date as its versions print it; Russian with "года" after the year, as the closing line
		// of the Russian A/RES/76/40 (tests/fixtures/languages) prints it.
		['6 декабря 2021 года', '2021-12-06'],
		['17 января 2023 года', '2023-01-17'],
		['17 января 2023', '2023-01-17'],
		['17 января 2023 годах', null],
		['17 janvier 2023', '2023-01-17'],
		['1er janvier 2023', '2023-01-01'],
		['1ᵉʳ janvier 2023', '2023-01-01'],
		['17 de enero de 2023', '2023-01-17'],
		['17 كانون الثاني/يناير 2023', '2023-01-17'],
		['١٧ كانون الثاني/يناير ٢٠٢٣', '2023-01-17'],
		['2023年1月17日', '2023-01-17'],
		['2023 年 1 月 17 日', '2023-01-17'],
		['a date in a sentence: 17 January 2023', null]
	])('the cell %j: date of issue %s', (cell, iso) => {
		expect(dateOfCell(cell)).toBe(iso);
		expect(isDateCell(cell)).toBe(iso !== null);
	});
});
