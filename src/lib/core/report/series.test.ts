/**
 * The series reports speak one language, the report's: the showcase's Chinese, the English of the Middle
 * East resolution 57/97 → 80/67, the French, Spanish, Russian and Arabic of 75/47 → 76/40 (tests/fixtures/
 * languages), or the one asked for. Every expectation comes from the trace itself and from the phrases, never
 * from a stored output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../document/parse';
import { traceSeries } from '../series';
import { loadSeed } from '../../testing/seeds';
import type { ResolutionDocument } from '../types';
import { PHRASES, STATUS_NAMES, type ReportLocale } from './labels';
import { renderSeriesCsv, renderSeriesHtml, renderSeriesJson, renderSeriesText, summarizeVersions } from './series';
import { displayWidth } from './width';

/** A test document read by the real parser. */
function fixture(path: string): ResolutionDocument {
	const text = readFileSync(new URL(`../../../../tests/fixtures/${path}`, import.meta.url), 'utf8');
	return parseResolution(text, { source: path.split('/').pop()! });
}

const zh = traceSeries([loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40')]);
const en = traceSeries([fixture('real/A-RES-57-97.en.partial.txt'), fixture('real/A-RES-80-67.en.txt')]);
/** 75/47 → 76/40 in one of the four languages of tests/fixtures/languages. */
const inLanguage = (language: string) =>
	traceSeries([fixture(`languages/A-RES-75-47.${language}.txt`), fixture(`languages/A-RES-76-40.${language}.txt`)]);

/** What a reader of an HTML page reads: its text and its tooltips, without the style sheet and the markup. */
function readable(html: string): string {
	const titles = [...html.matchAll(/ title="([^"]*)"/g)].map((m) => m[1]);
	const text = html
		.replace(/<style>[\s\S]*?<\/style>/, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
	return `${text}\n${titles.join('\n')}`;
}

/** The text without what is the same in every language: symbols, dates, version and line numbers, marks. */
function ownWords(text: string): string {
	return text
		.replace(/A\/RES\/\d+\/\d+/g, '')
		.replace(/\b[vl]\d+\b/g, '')
		.replace(/[=~+<>&·]r?\b|\br = /g, '')
		.replace(/~r/g, '');
}

describe('a Chinese series speaks Chinese', () => {
	const text = renderSeriesText(zh, { term: '多边主义' });
	const html = renderSeriesHtml(zh, { term: '多边主义' });
	const summary = summarizeVersions(zh)[1];

	it('the text: heading, versions with their sessions, counts, legend, the phrase', () => {
		const lines = text.split('\n');
		expect(lines[0]).toBe(`系列对照：2 个版本，${zh.lineages.length} 条段落脉络`);
		expect(lines[2]).toMatch(/^ {2}v1 {2}A\/RES\/67\/38 +2012-12-03 第67届 {2}（首个版本）$/);
		expect(lines[3]).toContain(
			`实质修改 ${summary.substantive} · 例行 ${summary.routine} · 新增 ${summary.inserted} · 删除 ${summary.ended} · 未改动 ${summary.unchanged}`
		);
		expect(text).toContain('标记：= 未改动   ~ 修改（r = 例行）   + 新增');
		expect(text).toContain('“多边主义”：首见于 v1 A/RES/67/38，最后见于 v2 A/RES/76/40');
		expect(text).toMatch(/ {2}v2 {2}A\/RES\/76\/40 +\d+ 处：标题、序言 2、/);
	});

	it('no English word is left, in the text or the HTML', () => {
		expect(ownWords(text)).not.toMatch(/[A-Za-z]/);
		expect(ownWords(readable(html))).not.toMatch(/[A-Za-z]/);
	});

	it('the HTML: a Chinese page, its headings, statuses and legend from the phrases', () => {
		expect(html).toContain('<html lang="zh-Hans" dir="ltr">');
		expect(html).toContain('<h1>系列对照</h1>');
		expect(html).toContain('<h2>各版本的改动</h2>');
		expect(html).toContain('<h2>段落脉络</h2>');
		expect(html).toContain('<small><bdi>2021-12-06</bdi><br>第76届</small>');
		expect(html).toContain('title="修改（例行）"');
		expect(html).toContain('<th scope="row">执行 9</th>');
		expect(html).toContain('该版本无此段');
	});

	it('CSV: the header and the statuses in the report’s language, as the comparison’s CSV', () => {
		const csv = renderSeriesCsv(zh);
		expect(csv.split('\r\n')[0]).toBe('\ufeff脉络,段落,文本,A/RES/67/38,A/RES/76/40');
		expect(csv).toContain('l26,结尾 1,2021年12月6日,未改动,修改（例行）');
		expect(renderSeriesCsv(zh, { locale: 'en' }).split('\r\n')[0]).toBe(
			'\ufeffLine,Paragraph,Text,A/RES/67/38,A/RES/76/40'
		);
		expect(renderSeriesCsv(zh, { locale: 'en' })).toContain('l26,Closing 1,2021年12月6日,unchanged,modified (routine)');
	});
});

describe('an English series speaks English', () => {
	const text = renderSeriesText(en, { term: 'nuclear' });
	const html = renderSeriesHtml(en, { term: 'nuclear' });

	it('the text: heading, sessions in English, the first version, counts, labels', () => {
		const lines = text.split('\n');
		expect(lines[0]).toBe(`Series comparison: 2 versions, ${en.lineages.length} paragraph lines`);
		expect(lines[2]).toMatch(/^ {2}v1 {2}A\/RES\/57\/97 +57th session +\(first version\)$/);
		expect(lines[3]).toMatch(/ {2}v2 {2}A\/RES\/80\/67 +2025-12-01 80th session {2}substantive \d+ · routine \d+ · /);
		expect(text).toContain('Marks: = unchanged   ~ modified (r = routine)   + inserted');
		expect(text).toMatch(/“nuclear”: first in v1 A\/RES\/57\/97, last in v2 A\/RES\/80\/67/);
		expect(text).toMatch(/\d+ occurrences: Title, PP \d+/);
		expect(text).toContain(' OP 1 ');
	});

	it('no Chinese is left, in the text, the HTML or the CSV', () => {
		for (const report of [text, readable(html), renderSeriesCsv(en)]) expect(report).not.toMatch(/\p{Script=Han}/u);
	});

	it('the HTML is an English page', () => {
		expect(html).toContain('<html lang="en" dir="ltr">');
		expect(html).toContain('<h2>Changes in each version</h2>');
		expect(html).toContain('<th scope="col">Paragraph</th>');
		expect(html).toContain('title="modified (routine)"');
		expect(html).toContain('<td>first version</td>');
		expect(html).toContain('<p>First in <bdi>v1 A/RES/57/97</bdi>, last in <bdi>v2 A/RES/80/67</bdi></p>');
		expect(renderSeriesHtml(en, { term: 'xyzzy' })).toContain('<h2>“xyzzy”</h2><p>In no version</p>');
	});

	it('--lang zh puts an English series in Chinese: the report’s words, never the documents’', () => {
		const chinese = renderSeriesText(en, { term: 'nuclear', locale: 'zh' });
		expect(chinese).toContain('系列对照：2 个版本');
		expect(chinese).toContain('第80届');
		expect(chinese).toContain('执行 1');
		expect(chinese).toContain('“nuclear”：首见于');
		expect(chinese).toContain('Recalls the conclusions');
	});
});

describe('French, Spanish, Russian and Arabic series speak their language', () => {
	const cases: [ReportLocale, string, string, string][] = [
		['fr', 'Comparaison de versions successives\u00a0: 2 versions', '76e session', 'Par. 5 du dispositif'],
		[
			'es',
			'Comparación de versiones sucesivas: 2 versiones',
			'76º período de sesiones',
			'Párr. 5 de la parte dispositiva'
		],
		['ru', 'Сравнение последовательных версий: версий — 2', '76-я сессия', 'П. 5 постановляющей части'],
		['ar', 'مقارنة النسخ المتعاقبة: عدد النسخ 2', 'الدورة 76', 'الفقرة 5 من المنطوق']
	];
	it.each(cases)('%s: by default, from the documents’ language', (locale, heading, session, label) => {
		const trace = inLanguage(locale);
		const text = renderSeriesText(trace);
		const html = renderSeriesHtml(trace);
		const words = PHRASES[locale];
		expect(text.startsWith(heading)).toBe(true);
		expect(text).toContain(session);
		expect(text).toContain(label);
		expect(text).toContain(words.series.firstVersion);
		expect(text).toContain(`${words.series.substantive} `);
		expect(text).toContain(`${STATUS_NAMES.unchanged[locale]} `);
		expect(html).toContain(`<h1>${words.series.title}</h1>`);
		expect(html).toContain(`title="${STATUS_NAMES.modified[locale]}"`);
		for (const report of [text, readable(html)]) {
			expect(report).not.toMatch(/\p{Script=Han}/u);
			// English words ("session" and "routine" are French too).
			expect(report).not.toMatch(/\b(first version|substantive|unchanged|inserted|Series|\d+th session|Marks)\b/);
		}
	});

	it('French: its colon and its quotation marks', () => {
		const text = renderSeriesText(inLanguage('fr'), { term: 'multilatéralisme' });
		expect(text).toContain('Marques\u00a0: = inchangé');
		expect(text).toMatch(/«\u202fmultilatéralisme\u202f»\u00a0: première occurrence dans v1 /);
	});

	it('Arabic: a right-to-left page, the document’s text in its own direction, the versions isolated', () => {
		const trace = inLanguage('ar');
		const html = renderSeriesHtml(trace, { term: 'الجمعية العامة' });
		expect(html).toContain('<html lang="ar" dir="rtl">');
		expect(html).toContain('<td class="text" lang="ar" dir="rtl">');
		expect(html).toContain('<th scope="row"><bdi>v2 A/RES/76/40</bdi></th>');
		expect(html).toMatch(/<li><bdi>v1 A\/RES\/75\/47<\/bdi>: (\d+ )?(مرة|مرات|مرتان): الاستهلال، /);
		expect(html).not.toMatch(/text-align: (left|right)|border-left|margin-left/);
		// In plain text each symbol and date is isolated, so that it keeps its order inside an Arabic line.
		const text = renderSeriesText(trace);
		expect(text).toContain('\u2068A/RES/76/40\u2069');
		expect(text).toContain('\u20682021-12-06\u2069 الدورة 76');
	});

	it('counts in each language’s grammar', () => {
		expect([1, 2, 5, 11, 21, 22].map(PHRASES.ru.series.occurrences)).toEqual([
			'1 вхождение',
			'2 вхождения',
			'5 вхождений',
			'11 вхождений',
			'21 вхождение',
			'22 вхождения'
		]);
		expect([1, 2, 3, 11].map(PHRASES.ar.series.occurrences)).toEqual(['مرة واحدة', 'مرتان', '3 مرات', '11 مرة']);
		expect([1, 2, 3, 11, 12, 21, 57, 111].map(PHRASES.en.series.session)).toEqual([
			'1st session',
			'2nd session',
			'3rd session',
			'11th session',
			'12th session',
			'21st session',
			'57th session',
			'111th session'
		]);
		expect(PHRASES.fr.series.session(1)).toBe('1re session');
	});
});

describe('the text grid lines up in display columns', () => {
	/** The display column where each grid line's text starts: after the label and its padding (two spaces or more). */
	const textStarts = (text: string) =>
		text
			.split('\n')
			.filter((line) => /^ {2}l\d+ /.test(line))
			.map((line) => {
				const [before] = /^ {2}l\d+ +(?: [=~+><&·][r ]| · )+ {2}.*?\S {2,}/u.exec(line)!;
				return displayWidth(before);
			});
	it.each([
		['Chinese, two columns a character', zh, 'zh'],
		['Chinese text under Arabic labels, each isolated', zh, 'ar'],
		['Arabic, its shadda and isolates no column', inLanguage('ar'), 'ar'],
		['Spanish, its long labels whole', inLanguage('es'), 'es']
	] as const)('%s', (_label, trace, locale) => {
		const starts = textStarts(renderSeriesText(trace, { locale }));
		expect(starts).toHaveLength(trace.lineages.length);
		expect(new Set(starts).size).toBe(1);
	});
	it('counts marks and format characters as no column', () => {
		expect(displayWidth('معدّل')).toBe(4);
		expect(displayWidth('\u2068A/RES/76/40\u2069')).toBe(11);
		expect(displayWidth('第76届')).toBe(6);
	});
});

describe('what the report language leaves alone', () => {
	it('the JSON is the contract’s, whatever the locale', () => {
		for (const trace of [zh, en, inLanguage('ar')]) {
			const plain = renderSeriesJson(trace, { term: '多边主义' });
			for (const locale of ['zh', 'en', 'ar'] as const)
				expect(renderSeriesJson(trace, { term: '多边主义', locale })).toBe(plain);
		}
	});
	it('the grid’s glyphs and terminal colours', () => {
		const plain = renderSeriesText(zh)
			.split('\n')
			.filter((l) => /^ {2}l\d+ /.test(l));
		const english = renderSeriesText(zh, { locale: 'en' })
			.split('\n')
			.filter((l) => /^ {2}l\d+ /.test(l));
		expect(english.map((l) => l.slice(0, 14))).toEqual(plain.map((l) => l.slice(0, 14)));
		expect(renderSeriesText(zh, { color: true, locale: 'en' })).toContain('\x1b[');
	});
});
