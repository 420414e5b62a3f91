/**
 * The masthead of a PDF's first page in French, Spanish, Russian and Arabic, as the PDF reader takes it
 * (furniture.ts `takeMasthead`): the rows above the wide rule that closes it, each cell read with every
 * language's date forms. The Spanish rows are those of the real A/RES/77/247 (tests/fixtures/real); the others
 * are composed from the UN's layout of a masthead in each language (no real PDF of them is among the fixtures):
 * the organ and symbol, the organ and distribution and date, the Russian and Arabic versions printing the
 * distribution, date and languages in English, the French and Spanish ones in their own words.
 */
import { describe, expect, it } from 'vitest';
import { takeMasthead, type PageLayout } from './furniture';
import type { Line } from './lines';
import type { DocumentMeta } from '../../core/types';

/** A line of cells at height `y` (PDF units, from the page's foot). */
function line(y: number, cells: string[]): Line {
	return {
		runs: [],
		y,
		size: 10,
		left: 72,
		right: 523,
		cells: cells.map((text) => [{ text, bold: false }]),
		text: cells.join(' '),
		page: 1,
		bold: false,
		italic: false,
		rtl: false
	};
}

/** A first page: the masthead rows from the top, the wide rule under them, then a line of body text. */
function firstPage(rows: string[][]): PageLayout {
	const lines = rows.map((cells, i) => line(800 - 18 * i, cells));
	lines.push(line(600, ['Body text of the resolution, well below the rule.']));
	return { lines, rules: [{ x: 72, y: 700, width: 451 }], width: 595, height: 842 };
}

describe('takeMasthead in each language', () => {
	const cases: [what: string, rows: string[][], meta: Partial<DocumentMeta>][] = [
		[
			'Spanish, the real A/RES/77/247',
			[['Naciones Unidas', 'A/RES/77/247'], ['Asamblea General', 'Distr. general'], ['9 de enero de 2023']],
			{ symbol: 'A/RES/77/247', session: 77, date: '2023-01-09' }
		],
		[
			'Spanish, the first day "1.º"',
			[['Naciones Unidas', 'A/RES/78/1'], ['Asamblea General', 'Distr. general'], ['1.º de noviembre de 2023']],
			{ symbol: 'A/RES/78/1', session: 78, date: '2023-11-01' }
		],
		[
			'French, the first day "1er"',
			[['Nations Unies', 'A/RES/78/1'], ['Assemblée générale', 'Distr. générale'], ['1er novembre 2023']],
			{ symbol: 'A/RES/78/1', session: 78, date: '2023-11-01' }
		],
		[
			'Russian, the date in English as the UN prints it',
			[
				['Организация Объединенных Наций', 'A/RES/78/1'],
				['Генеральная Ассамблея', 'Distr.: General'],
				['17 October 2023'],
				['Russian'],
				['Original: English']
			],
			{ symbol: 'A/RES/78/1', session: 78, date: '2023-10-17' }
		],
		[
			'Russian, the date in Russian with the year abbreviated',
			[
				['Организация Объединенных Наций', 'A/RES/78/1'],
				['Генеральная Ассамблея', 'Distr.: General'],
				['17 октября 2023 г.']
			],
			{ symbol: 'A/RES/78/1', session: 78, date: '2023-10-17' }
		],
		[
			'Arabic, the date in English as the UN prints it',
			[['الأمم المتحدة', 'A/RES/78/1'], ['الجمعية العامة', 'Distr.: General'], ['17 October 2023'], ['Arabic']],
			{ symbol: 'A/RES/78/1', session: 78, date: '2023-10-17' }
		],
		[
			'Arabic, the date in Arabic in Arabic-Indic digits',
			[['الأمم المتحدة', 'A/RES/78/1'], ['الجمعية العامة', 'Distr.: General'], ['١٧ تشرين الأول/أكتوبر ٢٠٢٣']],
			{ symbol: 'A/RES/78/1', session: 78, date: '2023-10-17' }
		]
	];
	it.each(cases)('%s', (_what, rows, expected) => {
		const page = firstPage(rows);
		const meta: Partial<DocumentMeta> = {};
		const taken = takeMasthead([page], meta);
		expect(meta).toEqual(expected);
		// Every row above the rule is taken out of the text; the body stays.
		expect([...taken].map((l) => l.text)).toEqual(page.lines.slice(0, rows.length).map((l) => l.text));
	});
});
