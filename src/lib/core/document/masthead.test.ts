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
		['the first symbol wins', ['A/C.1/77/L.5', 'A/C.1/77/L.6'], { symbol: 'A/C.1/77/L.5', session: 77, draft: true }],
		[
			'the Spanish masthead of the real A/RES/77/247, as pdftotext prints it (tests/fixtures/real)',
			['A/RES/77/247', 'Naciones Unidas', 'Asamblea General', 'Distr. general', '9 de enero de 2023'],
			{ symbol: 'A/RES/77/247', session: 77, distribution: 'General', date: '2023-01-09' }
		],
		[
			'the same Spanish masthead a row a line, the organ before a cell',
			['Naciones Unidas A/RES/77/247', 'Asamblea General Distr. general', '9 de enero de 2023'],
			{ symbol: 'A/RES/77/247', session: 77, distribution: 'General', date: '2023-01-09' }
		],
		[
			'a Spanish draft, its first day "1.º" (composed from the UN layout)',
			['Naciones Unidas', 'A/C.3/78/L.41', 'Asamblea General', 'Distr. limitada', '1.º de noviembre de 2023'],
			{ symbol: 'A/C.3/78/L.41', session: 78, draft: true, distribution: 'Limited', date: '2023-11-01' }
		],
		[
			'a French draft (composed from the UN layout: "Distr. limitée", "1er novembre 2023", "Original : anglais")',
			[
				'Nations Unies',
				'A/C.3/78/L.41',
				'Assemblée générale',
				'Distr. limitée',
				'1er novembre 2023',
				'Français',
				'Original : anglais'
			],
			{ symbol: 'A/C.3/78/L.41', session: 78, draft: true, distribution: 'Limited', date: '2023-11-01' }
		],
		[
			'a French resolution: "Distr. générale", the organ before a cell on one line (composed from the UN layout)',
			['Nations Unies A/RES/78/1', 'Assemblée générale Distr. générale', '17 octobre 2023'],
			{ symbol: 'A/RES/78/1', session: 78, distribution: 'General', date: '2023-10-17' }
		],
		[
			'a Russian draft: the distribution, date and languages in English as the UN prints them (composed from the UN layout)',
			[
				'Организация Объединенных Наций',
				'A/C.1/78/L.5',
				'Генеральная Ассамблея',
				'Distr.: Limited',
				'17 October 2023',
				'Russian',
				'Original: English'
			],
			{ symbol: 'A/C.1/78/L.5', session: 78, draft: true, distribution: 'Limited', date: '2023-10-17' }
		],
		[
			'a Russian masthead whose date is in Russian, the year abbreviated, as a typed copy carries it (composed)',
			['Организация Объединенных Наций A/RES/78/1', 'Генеральная Ассамблея Distr.: General', '17 октября 2023 г.'],
			{ symbol: 'A/RES/78/1', session: 78, distribution: 'General', date: '2023-10-17' }
		],
		[
			'an Arabic draft: the distribution, date and languages in English as the UN prints them (composed from the UN layout)',
			[
				'الأمم المتحدة',
				'A/C.1/78/L.5',
				'الجمعية العامة',
				'Distr.: Limited',
				'17 October 2023',
				'Arabic',
				'Original: English'
			],
			{ symbol: 'A/C.1/78/L.5', session: 78, draft: true, distribution: 'Limited', date: '2023-10-17' }
		],
		[
			'an Arabic masthead whose date is in Arabic, the organ before a cell on one line (composed)',
			['الأمم المتحدة A/RES/78/1', 'الجمعية العامة Distr.: General', '17 تشرين الأول/أكتوبر 2023'],
			{ symbol: 'A/RES/78/1', session: 78, distribution: 'General', date: '2023-10-17' }
		]
	])('%s', (_, cells, expected) => {
		expect(readMasthead(cells)).toEqual(expected);
	});

	it('reads a distribution word whole, in any case, with nothing of a word after it', () => {
		// What the pattern with a Unicode lookahead, `(?![\p{L}\p{N}])` under the `iu` flags, reads.
		const whole =
			/^Distr\.?\s*[:：]?\s*(General|Limited|Restricted|générale|limitée|restreinte|general|limitada|reservada)(?![\p{L}\p{N}])/iu;
		const cells = [
			'Distr.: General',
			'DISTR.: GENERAL',
			'Distr. Générale',
			'Distr. GÉNÉRALE',
			'Distr.: Limited.',
			'Distr.: General (English only)',
			'Distr.: Generally',
			'Distr.: General2',
			'Distr. limitadas',
			'Distr. généraleé',
			'Distr. général',
			'Distr. reservadaж',
			'Distr. reservada٣',
			'Distr. reservada—',
			'Distr.：Restricted',
			'Distr Restricted'
		];
		for (const cell of cells) {
			const match = whole.exec(cell);
			expect(readMasthead([cell]).distribution, cell).toBe(
				match ? { g: 'General', l: 'Limited', r: 'Restricted' }[match[1][0].toLowerCase()] : undefined
			);
		}
	});

	it.each([
		['Distr.: Limited', true],
		['Distr. general', true],
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
		// The year abbreviated as many Russian texts print it, with its point or without.
		['17 января 2023 г.', '2023-01-17'],
		['17 января 2023 г', '2023-01-17'],
		// "от" ("dated") makes the date part of a sentence: no date cell.
		['от 17 января 2023 г.', null],
		['17 janvier 2023', '2023-01-17'],
		['1er janvier 2023', '2023-01-01'],
		['1ᵉʳ janvier 2023', '2023-01-01'],
		['17 de enero de 2023', '2023-01-17'],
		// The first day as an ordinal, as Spanish texts print it.
		['1º de enero de 2023', '2023-01-01'],
		['1.º de enero de 2023', '2023-01-01'],
		['1° de enero de 2023', '2023-01-01'],
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
