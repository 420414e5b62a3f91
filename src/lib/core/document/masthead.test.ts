import { describe, expect, it } from 'vitest';
import { isMastheadCell, readMasthead } from './masthead';

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
});
