/**
 * The closing lines of a resolution in French, Spanish, Russian and Arabic: the meeting ("45e séance
 * plénière", "45ª sesión plenaria", "45-е пленарное заседание", "الجلسة العامة 45") and the date of adoption,
 * each on its line, both on one line as extractors print them, or after the last paragraph of run-on text.
 * The Spanish lines are those of the real A/RES/77/247 (tests/fixtures/real) and its forms of the first day;
 * the French, Russian and Arabic ones are composed from the UN's layout of these lines in each language (no
 * real document of these languages is among the fixtures), with the date forms their texts print.
 */
import { describe, expect, it } from 'vitest';
import { getDrafting } from './drafting';
import { readClosing } from './structure/lines';
import { parseResolution } from './parse';

describe('readClosing in each language', () => {
	const cases: [what: string, language: string, line: string, reading: ReturnType<typeof readClosing>][] = [
		// Russian, composed from the UN's layout.
		['Russian meeting', 'ru', '45-е пленарное заседание', { meeting: 45 }],
		['Russian meeting, resumed', 'ru', '45-е пленарное заседание (продолжение)', { meeting: 45 }],
		['Russian meeting with a non-breaking hyphen', 'ru', '45‑е пленарное заседание', { meeting: 45 }],
		['Russian date in full', 'ru', '7 декабря 2023 года', { date: '2023-12-07' }],
		['Russian date, year abbreviated', 'ru', '7 декабря 2023 г.', { date: '2023-12-07' }],
		['Russian date, year abbreviated without its point', 'ru', '7 декабря 2023 г', { date: '2023-12-07' }],
		[
			'Russian meeting and date on one line, a comma between',
			'ru',
			'45-е пленарное заседание, 7 декабря 2023 года',
			{ meeting: 45, date: '2023-12-07', splitAt: 26 }
		],
		[
			'Russian meeting and abbreviated date on one line',
			'ru',
			'45-е пленарное заседание 7 декабря 2023 г.',
			{ meeting: 45, date: '2023-12-07', splitAt: 25 }
		],
		['Russian "от …" is part of a sentence, no closing line', 'ru', 'от 7 декабря 2023 г.', null],
		// Spanish: the real A/RES/77/247 prints "56ª sesión plenaria (continuación)", extracted "56 a …".
		['Spanish meeting as extracted', 'es', '56 a sesión plenaria (continuación)', { meeting: 56 }],
		['Spanish meeting with the point', 'es', '45.ª sesión plenaria', { meeting: 45 }],
		['Spanish date of the real A/RES/77/247', 'es', '30 de diciembre de 2022', { date: '2022-12-30' }],
		['Spanish first day "1.º"', 'es', '1.º de diciembre de 2022', { date: '2022-12-01' }],
		['Spanish first day "1°"', 'es', '1° de diciembre de 2022', { date: '2022-12-01' }],
		['Spanish first day "1º"', 'es', '1º de diciembre de 2022', { date: '2022-12-01' }],
		[
			'Spanish meeting and first day on one line',
			'es',
			'45ª sesión plenaria 1.º de diciembre de 2023',
			{ meeting: 45, date: '2023-12-01', splitAt: 20 }
		],
		// French, composed from the UN's layout.
		['French meeting', 'fr', '45e séance plénière', { meeting: 45 }],
		['French meeting, superscript as a modifier letter', 'fr', '45ᵉ séance plénière', { meeting: 45 }],
		['French first meeting', 'fr', '1re séance plénière', { meeting: 1 }],
		['French first day', 'fr', '1er décembre 2023', { date: '2023-12-01' }],
		[
			'French meeting and date on one line',
			'fr',
			'45e séance plénière 7 décembre 2023',
			{ meeting: 45, date: '2023-12-07', splitAt: 20 }
		],
		// Arabic, composed from the UN's layout.
		['Arabic meeting', 'ar', 'الجلسة العامة 45', { meeting: 45 }],
		['Arabic meeting in Arabic-Indic digits', 'ar', 'الجلسة العامة ٤٥', { meeting: 45 }],
		['Arabic date', 'ar', '7 كانون الأول/ديسمبر 2023', { date: '2023-12-07' }],
		[
			'Arabic meeting and date on one line',
			'ar',
			'الجلسة العامة 45 7 كانون الأول/ديسمبر 2023',
			{ meeting: 45, date: '2023-12-07', splitAt: 17 }
		],
		[
			'Arabic meeting and date on one line in Arabic-Indic digits',
			'ar',
			'الجلسة العامة ٤٥ ٧ كانون الأول/ديسمبر ٢٠٢٣',
			{ meeting: 45, date: '2023-12-07', splitAt: 17 }
		]
	];
	it.each(cases)('%s', (_what, language, line, reading) => {
		expect(readClosing(line, getDrafting(language))).toEqual(reading);
	});
});

describe('the closing of run-on text in each language', () => {
	// A text that lost its line breaks: the last operative paragraph, then the meeting and the date.
	const cases: [language: string, text: string, meeting: number, date: string, closing: string[]][] = [
		[
			'ru',
			'Генеральная Ассамблея, 1. постановляет включить этот пункт в предварительную повестку дня своей семьдесят девятой сессии. 45-е пленарное заседание 7 декабря 2023 г.',
			45,
			'2023-12-07',
			['45-е пленарное заседание', '7 декабря 2023 г.']
		],
		[
			'es',
			'La Asamblea General, 1. Decide incluir este tema en el programa provisional de su septuagésimo noveno período de sesiones. 45ª sesión plenaria 1.º de diciembre de 2023',
			45,
			'2023-12-01',
			['45ª sesión plenaria', '1.º de diciembre de 2023']
		],
		[
			'fr',
			'L’Assemblée générale, 1. Décide d’inscrire la question à l’ordre du jour provisoire de sa soixante-dix-neuvième session. 45ᵉ séance plénière 1ᵉʳ décembre 2023',
			45,
			'2023-12-01',
			['45ᵉ séance plénière', '1ᵉʳ décembre 2023']
		],
		[
			'ar',
			'إن الجمعية العامة، 1 - تقرر أن تدرج هذا البند في جدول الأعمال المؤقت لدورتها التاسعة والسبعين. الجلسة العامة ٤٥ ٧ كانون الأول/ديسمبر ٢٠٢٣',
			45,
			'2023-12-07',
			['الجلسة العامة ٤٥', '٧ كانون الأول/ديسمبر ٢٠٢٣']
		]
	];
	it.each(cases)('%s', (language, text, meeting, date, closing) => {
		const doc = parseResolution(text, { language });
		expect(doc.meta).toMatchObject({ meeting, date });
		expect(doc.paragraphs.filter((p) => p.kind === 'closing').map((p) => p.text)).toEqual(closing);
	});
});
