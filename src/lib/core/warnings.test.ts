import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from './compare';
import { parseResolution } from './document/parse';
import { traceSeries } from './series';
import { REPORT_LOCALES, type ReportLocale } from './report/locale';
import { renderJson } from './report/json';
import { renderSeriesHtml, renderSeriesJson, renderSeriesText } from './report/series';
import { loadSeed } from '../testing/seeds';
import { makeDocument } from '../testing/documents';
import {
	WARNING_SENTENCES,
	capWarnings,
	describeWarning,
	readWarnings,
	uniqueWarnings,
	warningSentence,
	warningsInEnglish,
	type Warning,
	type WarningBody,
	type WarningKind,
	type WarningSentences
} from './warnings';
import { en } from './warnings/en';

const real = (name: string) =>
	readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/real/${name}`, import.meta.url)), 'utf8');

/** Every warning a real document gives, in a locale. */
const said = (warnings: readonly Warning[] | undefined, locale: ReportLocale) =>
	(warnings ?? []).map((w) => describeWarning(w, locale));

// A language without the sentence of one kind is no table of warnings: the type checker says so.
const { 'no-operative': _dropped, ...withoutOne } = en;
// @ts-expect-error a kind without its sentence
const incomplete: WarningSentences = withoutOne;
void incomplete;
void _dropped;

/**
 * One warning of every kind, with the English sentence resodiff has always given for it (CONTRACT.md: the
 * JSON's strings are these, byte for byte), as the producers made them before they were data.
 */
const EVERY_KIND: { [K in WarningKind]: [Extract<WarningBody, { kind: K }>, string] } = {
	unrelated: [
		{ kind: 'unrelated', titles: ['促进裁军和不扩散领域的多边主义', '推进多边核裁军谈判'], shared: 14 },
		'the two documents look like different resolutions (titles “促进裁军和不扩散领域的多边主义” and “推进多边核裁军谈判”, 14% of the text in common)'
	],
	'no-paragraphs': [
		{ kind: 'no-paragraphs', side: 'old', name: 'A/RES/77/1' },
		'old (A/RES/77/1) has no paragraphs: every row is inserted'
	],
	'pages-limit': [{ kind: 'pages-limit', read: 1, pages: 3 }, 'only the first 1 of 3 pages were read'],
	'page-unreadable': [
		{ kind: 'page-unreadable', page: 4, reason: 'Invalid stream' },
		'page 4 could not be read (Invalid stream); its text is missing'
	],
	'page-no-text': [
		{ kind: 'page-no-text', page: 3 },
		'page 3 has no text layer (a scanned image?); its text is missing'
	],
	'pdf-misread': [
		{ kind: 'pdf-misread', letters: [{ letter: 'q', readAs: 'u', read: 'uue', meant: 'que' }] },
		"the PDF's own text layer is damaged: it reads “q” as “u” (“uue” for “que”), so some words come out misspelt, here as in any text copied from this file"
	],
	'pdf-damaged': [
		{ kind: 'pdf-damaged', letters: ['f', 'i'] },
		"the PDF's own text layer is damaged: different letters are read as “f”, “i”, so some words come out misspelt, here as in any text copied from this file"
	],
	'text-misread': [
		{ kind: 'text-misread', letters: [{ letter: 'f', readAs: 'i', read: 'iin', meant: 'fin' }] },
		"the text's letters look misread: it reads “f” as “i” (“iin” for “fin”), as text taken from a PDF whose own text layer is damaged does, so some words come out misspelt"
	],
	'text-boxes': [{ kind: 'text-boxes' }, 'text in text boxes is not read: it is not part of the comparison'],
	'markup-kept': [
		{ kind: 'markup-kept', line: 12 },
		'markup left as text in the paragraph at line 12: too many markup signs'
	],
	'too-many-paragraphs': [
		{ kind: 'too-many-paragraphs', limit: 3 },
		'more than 3 paragraphs: the rest of the text is kept, unread, in the last paragraph'
	],
	'operative-order': [
		{ kind: 'operative-order', number: 3, after: 1, line: 3 },
		'operative paragraph 3 follows paragraph 1 (line 3)'
	],
	'no-operative': [{ kind: 'no-operative' }, 'no numbered operative paragraph found'],
	'no-structure': [
		{ kind: 'no-structure' },
		'no resolution or report structure recognised: each block of text is kept as one paragraph'
	],
	'footnotes-missing': [
		{ kind: 'footnotes-missing', marks: ['7'], line: 2 },
		'footnote 7 is cited (line 2) but its text was not found'
	],
	'more-warnings': [{ kind: 'more-warnings', count: 5 }, '… and 5 more warnings'],
	text: [{ kind: 'text', text: 'page 3 had no text' }, 'page 3 had no text']
};

describe('every kind in every language', () => {
	const kinds = Object.entries(EVERY_KIND) as [WarningKind, [WarningBody, string]][];

	it.each(kinds)('%s: English word for word as the machine interface has always said it', (_, [warning, english]) => {
		expect(describeWarning(warning, 'en')).toBe(english);
	});

	it.each(kinds)('%s: a sentence of its own in each of the six languages, its values in it', (kind, [warning]) => {
		const sentences = REPORT_LOCALES.map((locale) => describeWarning(warning, locale));
		for (const sentence of sentences) {
			expect(sentence).not.toMatch(/undefined|\[object|NaN/);
			expect(sentence.trim()).toBe(sentence);
			// Numbers and quoted document text are the warning's values: in every language's sentence.
			for (const value of Object.values(warning).flat()) {
				const parts = typeof value === 'object' ? Object.values(value) : [value];
				for (const part of parts) if (part !== kind && part !== 'old') expect(sentence).toContain(String(part));
			}
		}
		// Each language says it its own way (the kept sentence of an earlier version excepted).
		if (kind !== 'text') expect(new Set(sentences).size).toBe(REPORT_LOCALES.length);
	});

	it('keeps each language’s habits: full-width marks in Chinese, a no-break space before French colons', () => {
		const noText: Warning = { kind: 'page-no-text', page: 3, of: { side: 'old', name: 'A/RES/67/38' } };
		expect(describeWarning(noText, 'zh')).toBe(
			'旧文本（A/RES/67/38）：第 3 页没有文字层（可能是扫描图像），该页文字缺失'
		);
		expect(describeWarning(noText, 'en')).toBe(
			'old (A/RES/67/38): page 3 has no text layer (a scanned image?); its text is missing'
		);
		expect(describeWarning(noText, 'fr')).toBe(
			'ancien texte (A/RES/67/38)\u00a0: la page 3 n’a pas de couche texte (image numérisée\u00a0?)\u00a0; son texte manque'
		);
		expect(describeWarning(noText, 'es')).toBe(
			'texto anterior (A/RES/67/38): la página 3 no tiene capa de texto (¿una imagen escaneada?); falta su texto'
		);
		expect(describeWarning(noText, 'ru')).toBe(
			'старый текст (A/RES/67/38): на странице 3 нет текстового слоя (отсканированное изображение?); её текст отсутствует'
		);
		// Arabic: the symbol isolated, so that it keeps its order inside the right-to-left sentence.
		expect(describeWarning(noText, 'ar')).toBe(
			'النص القديم (\u2068A/RES/67/38\u2069): لا تتضمن الصفحة \u20683\u2069 طبقة نصية (صورة ممسوحة ضوئياً؟)؛ ونصها مفقود'
		);
	});

	it('counts in the form the number takes (Russian, French, Spanish)', () => {
		const more = (count: number, locale: ReportLocale) => describeWarning({ kind: 'more-warnings', count }, locale);
		expect([1, 3, 5, 11, 21, 22].map((n) => more(n, 'ru'))).toEqual([
			'… и ещё 1 предупреждение',
			'… и ещё 3 предупреждения',
			'… и ещё 5 предупреждений',
			'… и ещё 11 предупреждений',
			'… и ещё 21 предупреждение',
			'… и ещё 22 предупреждения'
		]);
		expect(more(1, 'fr')).toBe('… et 1 autre avertissement');
		expect(more(4, 'fr')).toBe('… et 4 autres avertissements');
		expect(more(4, 'es')).toBe('… y 4 advertencias más');
		expect(more(4, 'zh')).toBe('……另有 4 条警告');
	});

	it('has a table for each of the six languages', () => {
		expect(Object.keys(WARNING_SENTENCES).sort()).toEqual([...REPORT_LOCALES].sort());
	});
});

describe('warnings of real documents, read in Chinese and English', () => {
	it('two different resolutions (67/38 and 68/46): the titles quoted as they are', () => {
		const cmp = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/68/46'));
		expect(cmp.warnings).toEqual([
			{ kind: 'unrelated', titles: ['促进裁军和不扩散领域的多边主义', '推进多边核裁军谈判'], shared: 14 }
		]);
		expect(said(cmp.warnings, 'zh')).toEqual([
			'两份文件看来是不同的决议（标题分别为“促进裁军和不扩散领域的多边主义”和“推进多边核裁军谈判”，相同的文字仅占 14%）'
		]);
		expect(said(cmp.warnings, 'en')).toEqual([EVERY_KIND.unrelated[1]]);
		expect(said(cmp.warnings, 'fr')[0]).toBe(
			'les deux documents semblent être des résolutions différentes (titres «\u00a0促进裁军和不扩散领域的多边主义\u00a0» et «\u00a0推进多边核裁军谈判\u00a0», 14\u00a0% de texte commun)'
		);
		// The JSON of the machine interface: the same English string as ever.
		expect(JSON.parse(renderJson(cmp)).warnings).toEqual([EVERY_KIND.unrelated[1]]);
	});

	it('the right-to-development draft, its footnotes not extracted: one warning names every mark', () => {
		const file = 'UNDL-453500_draft-A-C.3-56-right-to-development.en.txt';
		const draft = parseResolution(real(file), { source: file });
		const missing = (draft.warnings ?? []).filter((w) => w.kind === 'footnotes-missing');
		expect(missing).toEqual([
			{ kind: 'footnotes-missing', marks: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], line: 24 }
		]);
		expect(said(missing, 'en')).toEqual([
			'footnotes 1, 2, 3, 4, 5, 6, 7, 8, 9 are cited (from line 24) but their texts were not found'
		]);
		expect(said(missing, 'zh')).toEqual(['引用了脚注 1、2、3、4、5、6、7、8、9（自第 24 行起），但未找到其正文']);
		expect(said(missing, 'es')).toEqual([
			'se citan las notas 1, 2, 3, 4, 5, 6, 7, 8, 9 (a partir de la línea 24), pero no se encontró su texto'
		]);
		// Against last session's resolution, the draft's own warning is said of its side.
		const cmp = compareDocuments(parseResolution(real('A-RES-80-67.en.txt')), draft);
		const ofDraft = (cmp.warnings ?? []).filter((w) => w.kind === 'footnotes-missing');
		const name = draft.meta.symbol ?? file;
		expect(said(ofDraft, 'zh')[0]).toBe(
			`新文本（${name}）：引用了脚注 1、2、3、4、5、6、7、8、9（自第 24 行起），但未找到其正文`
		);
		expect(said(ofDraft, 'en')[0]).toBe(
			`new (${name}): footnotes 1, 2, 3, 4, 5, 6, 7, 8, 9 are cited (from line 24) but their texts were not found`
		);
	});

	it('a text copied out of a damaged PDF (A/RES/77/247 as pdftotext extracts it): the misread letters named', () => {
		const doc = parseResolution(real('A-RES-77-247.es.pdftotext.txt'));
		expect(doc.warnings?.map((w) => w.kind)).toEqual(['text-misread']);
		const [zh] = said(doc.warnings, 'zh');
		expect(zh).toMatch(/^文本中的字母似乎被误读：“q”被读成“u”（“que”读作“uue”）、“f”被读成“i”（“fin”读作“iin”）/);
		expect(said(doc.warnings, 'en')[0]).toMatch(
			/^the text's letters look misread: it reads “q” as “u” \(“uue” for “que”\)/
		);
		expect(said(doc.warnings, 'es')[0]).toMatch(
			/^las letras del texto parecen mal leídas: se lee “u” en lugar de “q” \(“uue” por “que”\)/
		);
		expect(said(doc.warnings, 'ru')[0]).toContain('«q» читается как «u» («uue» вместо «que»)');
	});

	it('a resolution against an empty document: every row deleted, said of the new side', () => {
		const doc = loadSeed('A/RES/76/40');
		const empty = makeDocument([], { source: 'empty.txt' });
		const cmp = compareDocuments(doc, empty);
		expect(said(cmp.warnings, 'zh')).toEqual(['新文本（empty.txt）没有段落：所有行均为删除']);
		expect(said(cmp.warnings, 'en')).toEqual(['new (empty.txt) has no paragraphs: every row is deleted']);
		expect(said(cmp.warnings, 'ar')).toEqual([
			'لا يتضمن النص الجديد (\u2068empty.txt\u2069) أي فقرة: جميع الصفوف محذوفة'
		]);
	});

	it('structure: no operative paragraph, an operative paragraph out of order, no structure', () => {
		const noOperative = parseResolution('大会，\n回顾其以往各项决议，\n注意到秘书长的报告，');
		expect(said(noOperative.warnings, 'zh')).toContain('未找到编号的执行部分段落');
		expect(said(noOperative.warnings, 'en')).toContain('no numbered operative paragraph found');
		const outOfOrder = parseResolution('大会，\n1. 重申；\n3. 决定。');
		expect(said(outOfOrder.warnings, 'zh')[0]).toBe('执行部分第 3 段排在第 1 段之后（第 3 行）');
		expect(said(outOfOrder.warnings, 'en')[0]).toBe('operative paragraph 3 follows paragraph 1 (line 3)');
		expect(said(outOfOrder.warnings, 'ru')[0]).toBe('пункт 3 постановляющей части следует за пунктом 1 (строка 3)');
		const loose = parseResolution('Some notes.\n\nNot a resolution at all, only two blocks of text.\n');
		expect(said(loose.warnings, 'zh')).toContain('未识别出决议或报告的结构：每个文字块各作为一段保留');
		expect(said(loose.warnings, 'en')).toContain(EVERY_KIND['no-structure'][1]);
	});

	it('caps a flood of warnings, and says how many more in the reader’s language', () => {
		const lines = ['大会，', '1. 决定。'];
		for (let n = 3; n < 80; n += 2) lines.push(`${n}. 决定。`);
		const doc = parseResolution(lines.join('\n'));
		const warnings = doc.warnings ?? [];
		expect(warnings).toHaveLength(21);
		expect(warnings[20]).toEqual({ kind: 'more-warnings', count: 19 });
		expect(describeWarning(warnings[20], 'en')).toBe('… and 19 more warnings');
		expect(describeWarning(warnings[20], 'zh')).toBe('……另有 19 条警告');
		expect(capWarnings(warnings.slice(0, 3), 20)).toHaveLength(3);
	});
});

describe('a warning standing alone, as the app lists them', () => {
	it('starts with a capital where the language has them; the machine interface’s string does not', () => {
		const of: Warning = { kind: 'page-no-text', page: 2, of: { side: 'old', name: 'A/RES/67/38' } };
		expect(warningSentence(of, 'en')).toBe(
			'Old (A/RES/67/38): page 2 has no text layer (a scanned image?); its text is missing'
		);
		expect(warningsInEnglish([of])[0]).toMatch(/^old \(A\/RES\/67\/38\): page 2/);
		expect(warningSentence({ kind: 'no-operative' }, 'en')).toBe('No numbered operative paragraph found');
		expect(warningSentence({ kind: 'no-operative' }, 'zh')).toBe(describeWarning({ kind: 'no-operative' }, 'zh'));
		expect(warningSentence({ kind: 'more-warnings', count: 3 }, 'en')).toBe('… and 3 more warnings');
		for (const locale of ['fr', 'es', 'ru'] as const) {
			const said = warningSentence({ kind: 'no-structure' }, locale);
			expect(said.charAt(0)).toBe(said.charAt(0).toLocaleUpperCase(locale));
		}
	});
});

describe('the same warning said once', () => {
	it('two versions of one name (a resolution’s text and its PDF, the real A/RES/77/247) are told apart by their place', () => {
		const text = parseResolution(real('A-RES-77-247.es.pdftotext.txt'), { source: 'A-RES-77-247.es.pdftotext.txt' });
		const pdfLike = { ...text, meta: { ...text.meta, source: 'A-RES-77-247.es.pdf' } };
		expect(text.meta.symbol).toBe('A/RES/77/247');
		const trace = traceSeries([text, pdfLike]);
		const lines = said(trace.warnings, 'en');
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.every((w) => /^v[12] A\/RES\/77\/247: /.test(w))).toBe(true);
		expect(lines.some((w) => w.startsWith('v1 '))).toBe(true);
		expect(lines.some((w) => w.startsWith('v2 '))).toBe(true);
	});

	it('a document’s warning twice is said once of its side; a series says it once of its version', () => {
		const noText: Warning = { kind: 'page-no-text', page: 2 };
		expect(uniqueWarnings([noText, { ...noText }, { kind: 'page-no-text', page: 3 }])).toHaveLength(2);
		const a = { ...loadSeed('A/RES/67/38'), warnings: [noText, noText] };
		const b = loadSeed('A/RES/76/40');
		const c = loadSeed('A/RES/76/40');
		const cmp = compareDocuments(a, b);
		expect(said(cmp.warnings, 'zh')).toEqual([
			'旧文本（A/RES/67/38）：第 2 页没有文字层（可能是扫描图像），该页文字缺失'
		]);
		const trace = traceSeries([a, b, c]);
		expect(said(trace.warnings, 'en')).toEqual([
			'A/RES/67/38: page 2 has no text layer (a scanned image?); its text is missing'
		]);
		expect(JSON.parse(renderSeriesJson(trace)).warnings).toEqual(said(trace.warnings, 'en'));
		// The series reports speak their documents' language (Chinese here), their warnings too, or the one asked for.
		expect(renderSeriesText(trace)).toContain('警告：A/RES/67/38：第 2 页没有文字层（可能是扫描图像），该页文字缺失\n');
		expect(renderSeriesHtml(trace)).toContain(
			'<p class="warning">警告：A/RES/67/38：第 2 页没有文字层（可能是扫描图像），该页文字缺失</p>'
		);
		expect(renderSeriesText(trace, { locale: 'en' })).toContain(
			'Warning: A/RES/67/38: page 2 has no text layer (a scanned image?); its text is missing\n'
		);
		expect(JSON.parse(renderSeriesJson(trace)).documents[0].warnings).toEqual([
			'page 2 has no text layer (a scanned image?); its text is missing',
			'page 2 has no text layer (a scanned image?); its text is missing'
		]);
	});

	it('a library built by an earlier version: its stored sentences kept as they were, in every language', () => {
		const stored = readWarnings(['page 3 had no text', { kind: 'no-operative' }, { kind: 'nonsense' }, 7]);
		expect(stored).toEqual([{ kind: 'text', text: 'page 3 had no text' }, { kind: 'no-operative' }]);
		expect(warningsInEnglish(stored)).toEqual(['page 3 had no text', 'no numbered operative paragraph found']);
		expect(describeWarning(stored[0], 'zh')).toBe('page 3 had no text');
		expect(readWarnings(null)).toEqual([]);
	});
});
