/**
 * The masthead of a text extracted from a UN document in French, Spanish, Russian or Arabic: its lines are read
 * as letterhead, as those of an English or Chinese text are, never as paragraphs, and a draft's symbol is read
 * from them. The Spanish texts are real (the real A/RES/77/247 as four tools extract it, tests/fixtures/real,
 * see its SOURCES.md). No French, Russian or Arabic document with its masthead is among the fixtures: their
 * mastheads here are SYNTHETIC, composed from the UN's layout exactly as the PDF reader's tests compose them
 * (src/lib/io/pdf/masthead-languages.test.ts): the organ and symbol, the organ and distribution, the date of issue
 * (in English, as the Russian and Arabic versions print it, or in the version's own words), and a draft's
 * language and original language. They are set over the bodies of tests/fixtures/languages (themselves written
 * for the tests, see its SOURCES.md) and over short draft bodies written here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../compare';
import { isMastheadLine } from './masthead';
import { parseResolution } from './parse';
import type { ResolutionDocument } from '../types';

const fixtures = new URL('../../../../tests/fixtures/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

/** The rows of a masthead, each a list of cells, as the PDF reader's tests give them. */
type Rows = string[][];

/** The masthead as pdftotext prints it without options: the symbol first, then a cell a line, blank lines between. */
function asPdftotext(rows: Rows): string {
	const symbol = rows[0][1];
	const cells = rows.flatMap((row, i) => (i === 0 ? [row[0]] : row));
	return [symbol, ...cells].join('\n\n') + '\n\n';
}

/** The masthead as `pdftotext -layout` prints it: a row a line, the cells spaced apart, indented. */
function asLayout(rows: Rows): string {
	return (
		rows.map((row) => '                   ' + row.join('                                        ')).join('\n') +
		'\n\n\n\n'
	);
}

/** The masthead as copy-paste from a PDF viewer gives it: a row a line, one space between cells. */
function asCopied(rows: Rows): string {
	return rows.map((row) => row.join(' ')).join('\n') + '\n';
}

const forms: [name: string, render: (rows: Rows) => string][] = [
	['as pdftotext prints it', asPdftotext],
	['as pdftotext -layout prints it', asLayout],
	['as copied from a PDF viewer', asCopied]
];

/** What a document reads as, its masthead aside: every paragraph's kind, number and text; the metadata. */
function reading(doc: ResolutionDocument) {
	const meta: Partial<ResolutionDocument['meta']> = { ...doc.meta };
	delete meta.letterhead;
	delete meta.source;
	delete meta.shape;
	return { meta, paragraphs: doc.paragraphs.map((p) => [p.kind, p.number, p.text]) };
}

/** Synthetic mastheads of A/RES/76/40 in each language, composed from the UN layout (see the file's head). */
const resolutionMastheads: [language: string, what: string, rows: Rows][] = [
	[
		'fr',
		'French, its date in French',
		[['Nations Unies', 'A/RES/76/40'], ['Assemblée générale', 'Distr. générale'], ['13 décembre 2021']]
	],
	[
		'es',
		'Spanish, its date in Spanish',
		[['Naciones Unidas', 'A/RES/76/40'], ['Asamblea General', 'Distr. general'], ['13 de diciembre de 2021']]
	],
	[
		'ru',
		'Russian, its distribution and date in English as the UN prints them',
		[
			['Организация Объединенных Наций', 'A/RES/76/40'],
			['Генеральная Ассамблея', 'Distr.: General'],
			['13 December 2021']
		]
	],
	[
		'ru',
		'Russian, its date in Russian with the year abbreviated',
		[
			['Организация Объединенных Наций', 'A/RES/76/40'],
			['Генеральная Ассамблея', 'Distr.: General'],
			['13 декабря 2021 г.']
		]
	],
	[
		'ar',
		'Arabic, its distribution and date in English as the UN prints them',
		[['الأمم المتحدة', 'A/RES/76/40'], ['الجمعية العامة', 'Distr.: General'], ['13 December 2021']]
	],
	[
		'ar',
		'Arabic, its date in Arabic in Arabic-Indic digits',
		[['الأمم المتحدة', 'A/RES/76/40'], ['الجمعية العامة', 'Distr.: General'], ['١٣ كانون الأول/ديسمبر ٢٠٢١']]
	]
];

describe('a resolution with its masthead, in each language (synthetic mastheads over tests/fixtures/languages)', () => {
	const cases = resolutionMastheads.flatMap(([language, what, rows]) =>
		forms.map(([form, render]): [string, string, Rows, (rows: Rows) => string] => [
			`${what}, ${form}`,
			language,
			rows,
			render
		])
	);
	it.each(cases)('%s', (_what, language, rows, render) => {
		const body = read(`languages/A-RES-76-40.${language}.txt`);
		const bare = parseResolution(body);
		const doc = parseResolution(render(rows) + body);
		// The masthead's lines are letterhead, every one of them; the body reads exactly as without them.
		expect(reading(doc)).toEqual(reading(bare));
		const cells = rows.flat().filter((cell) => cell !== 'A/RES/76/40' || render !== asPdftotext);
		const letterhead = (doc.meta.letterhead ?? []).join('\n');
		for (const cell of cells) expect(letterhead).toContain(cell);
		expect(doc.meta).toMatchObject({ symbol: 'A/RES/76/40', session: 76, language });
	});
});

/** Synthetic drafts: a masthead composed from the UN layout, the letterhead of a Third Committee draft, a body. */
const drafts: [language: string, masthead: Rows, body: string, committee: string][] = [
	[
		'fr',
		[
			['Nations Unies', 'A/C.3/78/L.41'],
			['Assemblée générale', 'Distr. limitée'],
			['1er novembre 2023'],
			['Français'],
			['Original : anglais']
		],
		`Soixante-dix-huitième session
Troisième Commission
Point 71 c) de l’ordre du jour
Promotion et protection des droits humains : situations relatives aux droits humains et rapports des rapporteurs et représentants spéciaux

Albanie, Australie et Canada : projet de résolution

Situation des droits humains en République islamique d’Iran

L’Assemblée générale,

Guidée par la Charte des Nations Unies,

1. Prend note du rapport du Secrétaire général ;

2. Décide de poursuivre l’examen de la question.
`,
		'Troisième Commission'
	],
	[
		'es',
		[
			['Naciones Unidas', 'A/C.3/78/L.41'],
			['Asamblea General', 'Distr. limitada'],
			['1.º de noviembre de 2023'],
			['Español'],
			['Original: inglés']
		],
		`Septuagésimo octavo período de sesiones
Tercera Comisión
Tema 71 c) del programa
Promoción y protección de los derechos humanos: situaciones de los derechos humanos e informes de relatores y representantes especiales

Albania, Australia y Canadá: proyecto de resolución

Situación de los derechos humanos en la República Islámica del Irán

La Asamblea General,

Guiada por la Carta de las Naciones Unidas,

1. Toma nota del informe del Secretario General;

2. Decide seguir examinando la cuestión.
`,
		'Tercera Comisión'
	],
	[
		'ru',
		[
			['Организация Объединенных Наций', 'A/C.3/78/L.41'],
			['Генеральная Ассамблея', 'Distr.: Limited'],
			['1 November 2023'],
			['Russian'],
			['Original: English']
		],
		`Семьдесят восьмая сессия
Третий комитет
Пункт 71 c) повестки дня
Поощрение и защита прав человека: ситуации в области прав человека и доклады специальных докладчиков и представителей

Албания, Австралия и Канада: проект резолюции

Положение в области прав человека в Исламской Республике Иран

Генеральная Ассамблея,

руководствуясь Уставом Организации Объединенных Наций,

1. принимает к сведению доклад Генерального секретаря;

2. постановляет продолжить рассмотрение этого вопроса.
`,
		'Третий комитет'
	],
	[
		'ar',
		[
			['الأمم المتحدة', 'A/C.3/78/L.41'],
			['الجمعية العامة', 'Distr.: Limited'],
			['1 November 2023'],
			['Arabic'],
			['Original: English']
		],
		`الدورة الثامنة والسبعون
اللجنة الثالثة
البند 71 (ج) من جدول الأعمال
تعزيز حقوق الإنسان وحمايتها: حالات حقوق الإنسان وتقارير المقررين والممثلين الخاصين

ألبانيا: مشروع قرار

حالة حقوق الإنسان في جمهورية إيران الإسلامية

إن الجمعية العامة،

إذ تسترشد بميثاق الأمم المتحدة،

1 - تحيط علما بتقرير الأمين العام؛

2 - تقرر مواصلة النظر في هذه المسألة.
`,
		'اللجنة الثالثة'
	]
];

describe('a draft with its masthead, in each language (synthetic)', () => {
	const cases = drafts.flatMap(([language, rows, body, committee]) =>
		forms.map(([form, render]): [string, string, Rows, string, string, (rows: Rows) => string] => [
			language,
			form,
			rows,
			body,
			committee,
			render
		])
	);
	it.each(cases)(
		"%s, %s: the masthead is letterhead, its symbol the draft's and its date of issue the draft's date",
		(language, _form, rows, body, committee, render) => {
			const doc = parseResolution(render(rows) + '\n' + body);
			expect(doc.meta).toMatchObject({ language, symbol: 'A/C.3/78/L.41', session: 78, draft: true, committee });
			// "1er novembre 2023", "1.º de noviembre de 2023", "1 November 2023": a draft is dated by its masthead.
			expect(doc.meta.date).toBe('2023-11-01');
			expect(doc.paragraphs.map((p) => p.kind)).toEqual(['title', 'heading', 'preamble', 'operative', 'operative']);
			const letterhead = (doc.meta.letterhead ?? []).join('\n');
			for (const cell of rows.flat().filter((c) => !c.startsWith('A/'))) expect(letterhead).toContain(cell);
		}
	);
});

describe('the sponsors of an Arabic draft (synthetic)', () => {
	const [, rows, body] = drafts.find(([language]) => language === 'ar')!;
	// The UN's Arabic drafts join "و" to each sponsor after the first, with commas between them or without.
	it.each([
		['ألبانيا، وأستراليا، وكندا', ['ألبانيا', 'أستراليا', 'كندا']],
		['ألبانيا وأستراليا وكندا', ['ألبانيا', 'أستراليا', 'كندا']],
		['ألبانيا، والبوسنة والهرسك، وترينيداد وتوباغو', ['ألبانيا', 'البوسنة والهرسك', 'ترينيداد وتوباغو']],
		['ألبانيا', ['ألبانيا']]
	])('"%s: مشروع قرار"', (sponsors, names) => {
		const text = asPdftotext(rows) + '\n' + body.replace('ألبانيا: مشروع قرار', `${sponsors}: مشروع قرار`);
		expect(parseResolution(text).meta).toMatchObject({ draft: true, sponsors: names });
	});
});

describe('the real A/RES/77/247 in Spanish, as four tools extract it', () => {
	const tools = ['pdftotext', 'pdftotext-layout', 'pymupdf', 'copy-pdfjs'];
	const docs = Object.fromEntries(
		tools.map((tool) => [tool, parseResolution(read(`real/A-RES-77-247.es.${tool}.txt`), { checkLetters: false })])
	);

	it.each(tools)('%s: the masthead is letterhead, and no paragraph holds any of it', (tool) => {
		const doc = docs[tool];
		const letterhead = (doc.meta.letterhead ?? []).join('\n');
		for (const cell of ['Naciones Unidas', 'Asamblea General', 'Distr. general', '9 de enero de 2023'])
			expect(letterhead).toContain(cell);
		expect(doc.paragraphs.filter((p) => /Naciones Unidas A\/|Distr\.|9 de enero de 2023/.test(p.text))).toEqual([]);
		expect(doc.paragraphs.filter((p) => p.kind === 'other')).toEqual([]);
		expect(doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => Number(p.number))).toEqual(
			Array.from({ length: 19 }, (_, i) => i + 1)
		);
		expect(doc.meta).toMatchObject({
			symbol: 'A/RES/77/247',
			session: 77,
			date: '2022-12-30',
			agendaItem: '47',
			agendaTitle:
				'Prácticas y actividades de asentamiento israelíes que afectan a los derechos del pueblo palestino y otros habitantes árabes de los territorios ocupados'
		});
		// The adoption line PyMuPDF and -layout wrap after the agenda title is read whole.
		expect(doc.meta.letterhead).toContain('Resolución aprobada por la Asamblea General el 30 de diciembre de 2022');
	});

	it.each(tools.slice(1))('pdftotext and %s give the same paragraphs', (tool) => {
		const cmp = compareDocuments(docs.pdftotext, docs[tool]);
		expect(cmp.rows.filter((r) => r.status !== 'unchanged' && r.status !== 'modified')).toEqual([]);
		expect(cmp.rows.filter((r) => r.status === 'modified' && r.similarity < 0.95)).toEqual([]);
	});
});

describe('the adoption line wrapped before its date after an agenda title (real texts, the wrap made here)', () => {
	// The real A/RES/80/11 (tests/fixtures/real) prints its letterhead on one line a cell; here its session, agenda
	// item and agenda title are set a line each and the adoption line is wrapped before its date, with no blank
	// line between, as `pdftotext -layout` and PyMuPDF print the Spanish A/RES/77/247 above. Only those lines change.
	const original = read('real/A-RES-80-11.en.txt');
	const printed = `Eightieth session Agenda item 62 Peacebuilding and sustaining peace

Resolution adopted by the General Assembly on 26 November 2025
`;
	const wrap = (head: string, date: string) =>
		original.replace(
			printed,
			`Eightieth session\nAgenda item 62\nPeacebuilding and sustaining peace\n${head}\n${date}\n`
		);

	it.each([
		[
			'"… General Assembly on" / "26 November 2025"',
			'Resolution adopted by the General Assembly on',
			'26 November 2025'
		],
		[
			'"… General Assembly" / "on 26 November 2025"',
			'Resolution adopted by the General Assembly',
			'on 26 November 2025'
		]
	])('%s: the adoption line is read whole, the agenda title stays clean', (_label, head, date) => {
		expect(original).toContain(printed);
		const text = wrap(head, date);
		const doc = parseResolution(text);
		expect(doc.meta).toMatchObject({
			symbol: 'A/RES/80/11',
			date: '2025-11-26',
			agendaItem: '62',
			agendaTitle: 'Peacebuilding and sustaining peace'
		});
		expect(doc.meta.letterhead).toContain('Resolution adopted by the General Assembly on 26 November 2025');
		// The date is the adoption line's: without the closing lines the text is still dated.
		const withoutClosing = text.replace(/\n\d+(?:st|nd|rd|th) plenary meeting 26 November 2025\n/, '\n');
		expect(withoutClosing).not.toBe(text);
		expect(parseResolution(withoutClosing).meta.date).toBe('2025-11-26');
		const cmp = compareDocuments(parseResolution(original), doc);
		expect(cmp.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
	});

	it('a line of a paragraph that reads "resolution adopted by the General Assembly on" goes on', () => {
		const text = original.replace(
			/(\n\d+\. [^\n]{20,}?) (\S+)\n/,
			'$1\nresolution adopted by the General Assembly on\n$2\n'
		);
		expect(text).not.toBe(original);
		expect(parseResolution(text).paragraphs.length).toBe(parseResolution(original).paragraphs.length);
	});

	it('Chinese: "2021年12月6日" / "大会决议" under the agenda title reads as one line (the seed A/RES/76/40)', () => {
		const seed = readFileSync(new URL('../../../../corpus/A-RES-76-40.zh.txt', import.meta.url), 'utf8');
		const printedZh = '全面彻底裁军：促进裁军和不扩散领域的多边主义\n\n2021 年 12 月 6 日大会决议\n';
		expect(seed).toContain(printedZh);
		const doc = parseResolution(
			seed.replace(printedZh, '全面彻底裁军：促进裁军和不扩散领域的多边主义\n2021 年 12 月 6 日\n大会决议\n')
		);
		expect(doc.meta).toMatchObject({ date: '2021-12-06', agendaTitle: '全面彻底裁军：促进裁军和不扩散领域的多边主义' });
		expect(doc.meta.letterhead).toContain('2021年12月6日大会决议');
		expect(reading(doc)).toEqual(reading(parseResolution(seed)));
	});
});

describe('the adoption line alone, in running text (the real A/RES/77/247 as pdftotext prints it, the line made here)', () => {
	// A paragraph's line that reads like the letterhead's adoption words, in lower case as a sentence carries
	// them, goes on in its paragraph: only the capitalised line, as the letterhead prints it, starts a line.
	it('"resolución aprobada por la Asamblea General" inside an operative paragraph goes on', () => {
		const original = read('real/A-RES-77-247.es.pdftotext.txt');
		const text = original.replace(
			/(\n11\. [^\n]{20,}?) (\S+)\n/,
			'$1\nresolución aprobada por la Asamblea General\n$2\n'
		);
		expect(text).not.toBe(original);
		const before = parseResolution(original, { checkLetters: false });
		const after = parseResolution(text, { checkLetters: false });
		expect(after.paragraphs.map((p) => p.kind)).toEqual(before.paragraphs.map((p) => p.kind));
		expect(after.meta.letterhead).toEqual(before.meta.letterhead);
	});
});

describe('isMastheadLine', () => {
	it.each([
		// English and Chinese, as before.
		['en', '联合国A/C.1/77/L.31', true],
		['zh', '大会Distr.: Limited', true],
		['en', 'General Assembly Distr.: General', true],
		['en', '11 October 2022', true],
		['zh', 'Chinese', true],
		['en', 'Original: English', true],
		['zh', '决心促进严格遵循《联合国宪章》所载宗旨和原则，', false],
		['zh', '大会，', false],
		// The other versions, in their own words.
		['es', 'Naciones Unidas A/RES/77/247', true],
		['es', 'Asamblea General Distr. general', true],
		['es', 'Distr. reservada', true],
		['es', '9 de enero de 2023', true],
		['es', 'Español', true],
		['es', 'Original: inglés', true],
		['fr', 'Nations Unies', true],
		['fr', 'Assemblée générale Distr. limitée', true],
		['fr', '1er novembre 2023', true],
		['fr', 'Français', true],
		['fr', 'Original : anglais', true],
		['ru', 'Организация Объединенных Наций A/C.1/78/L.5', true],
		['ru', 'Генеральная Ассамблея Distr.: Limited', true],
		['ru', '17 октября 2023 г.', true],
		['ar', 'الأمم المتحدة A/RES/78/1', true],
		['ar', 'الجمعية العامة Distr.: General', true],
		['ar', '١٧ تشرين الأول/أكتوبر ٢٠٢٣', true],
		// Sentences, subjects and dates in another version's words are not.
		['es', 'La Asamblea General,', false],
		['fr', 'Distribution générale des documents', false],
		['es', 'Español y francés son idiomas oficiales', false],
		['es', 'el 9 de enero de 2023 se aprobó', false],
		['en', '9 de enero de 2023', false],
		['zh', '2021年12月6日', false],
		// A symbol cell is a symbol as every reader knows one: any organ, a reissue's star, a Council's year; and
		// two parts at least, one with a digit, the organ in capitals.
		['en', 'A/76/444*', true],
		['en', 'ST/SGB/2019/1', true],
		['en', 'Security Council S/RES/2532 (2020)', true],
		['en', 'E/CN.6/2021/1', true],
		['en', 's/he', false],
		['en', 'A/B', false],
		['en', 'A/76', false]
	])('%s %j is %s', (language, line, expected) => expect(isMastheadLine(line, language)).toBe(expected));
});
