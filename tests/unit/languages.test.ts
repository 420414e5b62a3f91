/**
 * French, Spanish, Russian and Arabic from end to end: two versions of one recurring resolution a year
 * apart in each language (tests/fixtures/languages, built from each language's UN editorial conventions;
 * see SOURCES.md there), and the real Spanish PDF of A/RES/77/247. For each pair: the heading, the
 * preambular and operative paragraphs and the closing lines are found; the grown list of recalled
 * resolutions, the session ordinals, the symbol of last year's report and the closing lines are routine;
 * a changed operative verb is a real change; every report speaks the language (or English when asked),
 * never Chinese; an Arabic report runs right to left.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/lib/core/document/parse';
import { compareDocuments } from '../../src/lib/core/compare';
import {
	renderCsv,
	renderHtml,
	renderMarkdown,
	renderTextReport,
	labelParagraphs,
	type ReportLocale
} from '../../src/lib/core/report/index';
import { renderDocx } from '../../src/lib/report/docx';
import { readPdfInNode } from '../../src/lib/io/pdf-node';
import { unzipSync, strFromU8 } from 'fflate';
import type { AlignedRow, Comparison, ResolutionDocument } from '../../src/lib/core/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/languages/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseResolution(fixture(name), { source: name });

/** Han characters: the reports of these languages must have none. */
const HAN = /\p{Script=Han}/u;

/** What each language's pair must show, in its own words. */
interface LanguageCase {
	language: 'fr' | 'es' | 'ru' | 'ar';
	heading: string;
	/** The first words of the recalled-resolutions paragraph, of the sharpened preambular one, of OP 5. */
	recalled: string;
	sharpened: string;
	verbOld: string;
	verbNew: string;
	/** Labels of the second preambular and the fifth operative paragraph, and a status name. */
	pp2: string;
	op5: string;
	modified: string;
	routine: string;
}

const CASES: LanguageCase[] = [
	{
		language: 'fr',
		heading: 'L’Assemblée générale,',
		recalled: 'Rappelant sa résolution 56/24 T',
		sharpened: 'Gravement préoccupée',
		verbOld: 'Demande',
		verbNew: 'Exhorte',
		pp2: 'Al. 2 du préambule',
		op5: 'Par. 5 du dispositif',
		modified: 'modifié',
		routine: 'routine'
	},
	{
		language: 'es',
		heading: 'La Asamblea General,',
		recalled: 'Recordando su resolución 56/24 T',
		sharpened: 'Gravemente preocupada',
		verbOld: 'Pide',
		verbNew: 'Exhorta',
		pp2: 'Párr. 2 del preámbulo',
		op5: 'Párr. 5 de la parte dispositiva',
		modified: 'modificado',
		routine: 'rutinario'
	},
	{
		language: 'ru',
		heading: 'Генеральная Ассамблея,',
		recalled: 'ссылаясь на свою резолюцию 56/24 T',
		sharpened: 'будучи серьезно обеспокоена',
		verbOld: 'вновь призывает',
		verbNew: 'вновь настоятельно призывает',
		pp2: 'П. 2 преамбулы',
		op5: 'П. 5 постановляющей части',
		modified: 'изменено',
		routine: 'техническое'
	},
	{
		language: 'ar',
		heading: 'إن الجمعية العامة،',
		recalled: 'وإذ تشير إلى قرارها 56/24 تاء',
		sharpened: 'وإذ يساورها بالغ القلق',
		verbOld: 'تهيب',
		verbNew: 'تحث',
		pp2: 'الفقرة 2 من الديباجة',
		op5: 'الفقرة 5 من المنطوق',
		modified: 'معدّل',
		routine: 'روتيني'
	}
];

/** The row whose new side is the paragraph starting with `start`. */
function rowStarting(cmp: Comparison, start: string): AlignedRow {
	const p = cmp.new.paragraphs.find((q) => q.text.startsWith(start));
	if (!p) throw new Error(`no paragraph starting “${start}”`);
	const row = cmp.rows.find((r) => r.new.includes(p.id));
	if (!row) throw new Error(`no row for ${p.id}`);
	return row;
}

/** The row of the operative paragraph numbered `n` in the new version. */
function operativeRow(cmp: Comparison, n: number): AlignedRow {
	const p = cmp.new.paragraphs.find((q) => q.kind === 'operative' && q.number === String(n));
	return cmp.rows.find((r) => r.new.includes(p!.id))!;
}

describe.each(CASES)('$language: two versions a year apart', (c) => {
	const older = read(`A-RES-75-47.${c.language}.txt`);
	const newer = read(`A-RES-76-40.${c.language}.txt`);
	const cmp = compareDocuments(older, newer);

	it('reads the letterhead of each version in its language', () => {
		expect(older.meta).toMatchObject({ language: c.language, symbol: 'A/RES/75/47', session: 75, date: '2020-12-07' });
		expect(newer.meta).toMatchObject({
			language: c.language,
			symbol: 'A/RES/76/40',
			session: 76,
			date: '2021-12-06',
			committeeReport: 'A/76/444',
			meeting: 45
		});
		expect(older.meta.meeting).toBe(46);
	});

	it('finds the heading, the preambular and operative paragraphs and the closing lines', () => {
		for (const doc of [older, newer]) {
			const kinds = doc.paragraphs.map((p) => p.kind);
			expect(doc.paragraphs.find((p) => p.kind === 'heading')?.text).toBe(c.heading);
			expect(kinds.filter((k) => k === 'title')).toHaveLength(1);
			expect(kinds.filter((k) => k === 'preamble')).toHaveLength(8);
			expect(doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual([
				'1',
				'2',
				'3',
				'4',
				'5',
				'6',
				'7',
				'8',
				'9'
			]);
			expect(kinds.filter((k) => k === 'subparagraph')).toHaveLength(2);
			expect(kinds.slice(-2)).toEqual(['closing', 'closing']);
			expect(doc.warnings ?? []).toEqual([]);
		}
	});

	it('reads the closing lines joined on one line, as an extractor may print them', () => {
		// "45-е пленарное заседание 6 декабря 2021 года": the Russian date with its "года" is the whole rest of the line.
		const lines = fixture(`A-RES-76-40.${c.language}.txt`).trimEnd().split('\n');
		const date = lines.pop()!;
		lines.push(`${lines.pop()!} ${date}`);
		const joined = parseResolution(lines.join('\n') + '\n', { source: 'joined' });
		expect(joined.meta).toMatchObject({ date: '2021-12-06', meeting: 45 });
		expect(joined.paragraphs.slice(-2).map((p) => [p.kind, p.text])).toEqual(
			newer.paragraphs.slice(-2).map((p) => [p.kind, p.text])
		);
	});

	it('marks the operative verbs of text without markup', () => {
		const op5 = newer.paragraphs.find((p) => p.kind === 'operative' && p.number === '5')!;
		expect(op5.emphasis?.[0]?.[0]).toBe(0);
		// The verb and the adverb that repeats it, as printed in italics: "Exhorte de nouveau".
		expect(op5.text.slice(0, op5.emphasis![0][1]).startsWith(c.verbNew)).toBe(true);
	});

	it('finds the recalled resolutions grown by one routine', () => {
		const row = rowStarting(cmp, c.recalled);
		expect(row.status).toBe('modified');
		expect(row.routine).toBe(true);
	});

	it('finds the session ordinals, last year’s symbol and the closing lines routine', () => {
		for (const n of [7, 8, 9])
			expect(operativeRow(cmp, n), `OP ${n}`).toMatchObject({ status: 'modified', routine: true });
		const closing = cmp.rows.filter((r) =>
			r.new.some((id) => newer.paragraphs.find((p) => p.id === id)?.kind === 'closing')
		);
		expect(closing).toHaveLength(2);
		for (const row of closing) expect(row).toMatchObject({ status: 'modified', routine: true });
	});

	it('finds a changed operative verb and a sharpened preambular paragraph real changes', () => {
		const op5 = operativeRow(cmp, 5);
		expect(op5).toMatchObject({ status: 'modified', routine: false });
		// The change is at the verb, the paragraph's first words.
		const firstChange = op5.diff.findIndex(([op]) => op !== 0);
		const before = op5.diff.slice(0, firstChange).reduce((n, [, t]) => n + t.length, 0);
		expect(before).toBeLessThan(c.verbOld.length + 1);
		expect(rowStarting(cmp, c.sharpened)).toMatchObject({ status: 'modified', routine: false });
	});

	it('changes nothing else', () => {
		expect(cmp.stats).toMatchObject({ modified: 8, inserted: 0, deleted: 0, moved: 0, split: 0, merged: 0 });
		expect(cmp.rows.filter((r) => r.status === 'modified' && !r.routine)).toHaveLength(2);
	});

	it('cuts words as the language does: the changed verb is one piece, not letters', () => {
		const op5 = operativeRow(cmp, 5);
		const first = op5.diff.find(([op]) => op === 1)![1];
		expect(first.trim().length).toBeGreaterThan(2);
	});

	it('labels every report in the language, never in Chinese', () => {
		const text = renderTextReport(cmp);
		expect(text).not.toMatch(HAN);
		expect(text).toContain(c.pp2);
		expect(text).toContain(`${c.op5} · ${c.modified}`);
		expect(text).toContain(c.routine);
		for (const report of [renderHtml(cmp), renderMarkdown(cmp), renderCsv(cmp)]) {
			expect(report).not.toMatch(HAN);
			expect(report).toContain(c.op5);
		}
		expect([...labelParagraphs(newer).values()].join(' ')).not.toMatch(HAN);
	});

	it('labels the Word report in the language, never in Chinese', async () => {
		const files = unzipSync(await renderDocx(cmp));
		const xml = strFromU8(files['word/document.xml']);
		const words = xml.replace(/<[^>]+>/g, '');
		expect(words).not.toMatch(HAN);
		expect(words).toContain(c.op5);
		if (c.language === 'ar') expect(xml).toContain('<w:bidi/>');
		else expect(xml).not.toContain('<w:bidi/>');
	});

	it.each(['en', 'zh'] as ReportLocale[])('speaks %s when asked', (locale) => {
		const text = renderTextReport(cmp, { locale });
		if (locale === 'en') {
			expect(text).not.toMatch(HAN);
			expect(text).toContain('OP 5 · modified');
		} else expect(text).toContain('执行 5 · 修改');
	});
});

describe('Arabic runs right to left in every report', () => {
	const cmp = compareDocuments(read('A-RES-75-47.ar.txt'), read('A-RES-76-40.ar.txt'));

	it('sets the HTML page and the document cells right to left, symbols isolated', () => {
		const html = renderHtml(cmp);
		expect(html).toContain('<html lang="ar" dir="rtl">');
		expect(html).toContain('<td class="side new" lang="ar" dir="rtl">');
		expect(html).toContain('<bdi>A/RES/75/47</bdi> ← <bdi>A/RES/76/40</bdi>');
		expect(html).toContain('font-family: "Noto Naskh Arabic"');
	});

	it('isolates symbols and dates with FSI…PDI where a format has no markup', () => {
		const text = renderTextReport(cmp);
		expect(text.split('\n')[0]).toBe('\u2068A/RES/75/47\u2069 ← \u2068A/RES/76/40\u2069');
		expect(text).toContain('\u20682021-12-06\u2069');
		expect(renderMarkdown(cmp)).toContain('\u2068A/RES/76/40\u2069');
	});

	it('keeps the French, Spanish and Russian reports left to right, without isolates', () => {
		const fr = compareDocuments(read('A-RES-75-47.fr.txt'), read('A-RES-76-40.fr.txt'));
		expect(renderHtml(fr)).toContain('<html lang="fr" dir="ltr">');
		expect(renderTextReport(fr)).not.toMatch(/[\u2068\u2069]/);
	});
});

describe('labels follow the new document when the two are in different languages', () => {
	it('labels in Spanish a French text against its Spanish version, and in French when asked', () => {
		const cmp = compareDocuments(read('A-RES-76-40.fr.txt'), read('A-RES-76-40.es.txt'));
		expect(renderTextReport(cmp)).toContain('Párr. 5 de la parte dispositiva');
		expect(renderTextReport(cmp, { locale: 'fr' })).toContain('Par. 5 du dispositif');
	});
});

describe('dates and closing lines as each language prints them, in a whole resolution', () => {
	// The fixtures above with their dates and meeting printed in another of the language's forms.
	const newerText = (language: string) => fixture(`A-RES-76-40.${language}.txt`);
	const closings = (doc: ResolutionDocument) => doc.paragraphs.filter((p) => p.kind === 'closing').map((p) => p.text);

	it('reads a Russian resolution whose dates abbreviate the year, "6 декабря 2021 г."', () => {
		const doc = parseResolution(newerText('ru').replaceAll('6 декабря 2021 года', '6 декабря 2021 г.'), {
			source: 'ru'
		});
		expect(doc.meta).toMatchObject({ date: '2021-12-06', meeting: 45, session: 76 });
		expect(closings(doc)).toEqual(['45-е пленарное заседание', '6 декабря 2021 г.']);
		expect(doc.warnings ?? []).toEqual([]);
	});

	it('reads a Russian closing "г" whose point was lost', () => {
		const doc = parseResolution(newerText('ru').replace(/6 декабря 2021 года\s*$/, '6 декабря 2021 г\n'), {
			source: 'ru'
		});
		expect(doc.meta).toMatchObject({ date: '2021-12-06', meeting: 45 });
		expect(closings(doc)).toEqual(['45-е пленарное заседание', '6 декабря 2021 г']);
	});

	it('reads an Arabic closing in Arabic-Indic digits', () => {
		const text = newerText('ar').replace(
			/الجلسة العامة 45\s+6 كانون الأول\/ديسمبر 2021\s*$/,
			'الجلسة العامة ٤٥\n٦ كانون الأول/ديسمبر ٢٠٢١\n'
		);
		const doc = parseResolution(text, { source: 'ar' });
		expect(doc.meta).toMatchObject({ date: '2021-12-06', meeting: 45 });
		expect(closings(doc)).toEqual(['الجلسة العامة ٤٥', '٦ كانون الأول/ديسمبر ٢٠٢١']);
	});

	it.each(['1.º', '1°', '1º'])(
		'reads the real Spanish A/RES/77/247 (pdftotext) with its adoption and closing dates on the first, "%s"',
		(day) => {
			const real = readFileSync(new URL('../fixtures/real/A-RES-77-247.es.pdftotext.txt', import.meta.url), 'utf8');
			expect(parseResolution(real, { source: 'es' }).meta).toMatchObject({ date: '2022-12-30', meeting: 56 });
			const doc = parseResolution(real.replaceAll('30 de diciembre de 2022', `${day} de diciembre de 2022`), {
				source: 'es'
			});
			expect(doc.meta).toMatchObject({ date: '2022-12-01', meeting: 56, symbol: 'A/RES/77/247' });
			expect(closings(doc)).toEqual(['56 a sesión plenaria (continuación)', `${day} de diciembre de 2022`]);
		}
	);

	it('tells a Russian date that changed form only from one that changed day', () => {
		const older = parseResolution(newerText('ru'), { source: 'old' });
		const newer = parseResolution(newerText('ru').replace(/6 декабря 2021 года\s*$/, '7 декабря 2021 г.\n'), {
			source: 'new'
		});
		const row = compareDocuments(older, newer).rows.find((r) =>
			r.new.some((id) => newer.paragraphs.find((p) => p.id === id)?.text === '7 декабря 2021 г.')
		);
		expect(row).toMatchObject({ status: 'modified', routine: true });
	});
});

describe('the real Spanish PDF of A/RES/77/247', () => {
	const name = 'A-RES-77-247.es.pdf';
	const bytes = () => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));
	let doc: ResolutionDocument;
	let pdfText: string;

	it('reads its letterhead, heading, preambular and operative paragraphs and closing lines', async () => {
		const pdf = await readPdfInNode(bytes(), name);
		pdfText = pdf.text;
		doc = parseResolution(pdf.text, { source: name });
		expect(doc.meta).toMatchObject({
			language: 'es',
			symbol: 'A/RES/77/247',
			session: 77,
			date: '2022-12-30',
			agendaItem: '47',
			meeting: 56
		});
		// The committee line runs over two lines of the letterhead, each read apart for now.
		expect(doc.meta.letterhead?.join(' ')).toContain('[sobre la base del informe de la Comisión Política Especial');
		const heading = doc.paragraphs.find((p) => p.kind === 'heading');
		expect(heading?.text).toBe('La Asamblea General,');
		const preamble = doc.paragraphs.filter((p) => p.kind === 'preamble');
		expect(preamble.length).toBeGreaterThan(50);
		expect(preamble[0].text.startsWith('Recordando la Declaración Universal')).toBe(true);
		expect(doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual(
			Array.from({ length: 19 }, (_, i) => String(i + 1))
		);
		expect(doc.paragraphs.filter((p) => p.kind === 'subparagraph').map((p) => p.number)).toEqual(['a)', 'b)']);
		expect(doc.paragraphs.filter((p) => p.kind === 'closing').map((p) => p.text)).toEqual([
			expect.stringMatching(/^56\s?a sesión plenaria \(continuación\)$/),
			'30 de diciembre de 2022'
		]);
	});

	it('tells the next session’s routine updates from a changed operative verb', () => {
		// The same text a session later: the routine updates a re-adoption brings, and one verb changed.
		const next = pdfText
			.replace('septuagésimo octavo', 'septuagésimo noveno')
			.replace(/30 de diciembre de 2022(?![\s\S]*30 de diciembre de 2022)/, '7 de diciembre de 2023')
			.replace(/56\s?a sesión plenaria/, '48ª sesión plenaria')
			.replace('Condena también', 'Deplora también');
		const later = parseResolution(next, { source: 'next.txt' });
		const cmp = compareDocuments(doc, later);
		const changed = cmp.rows.filter((r) => r.status !== 'unchanged');
		const op19 = operativeRow(cmp, 19);
		expect(op19).toMatchObject({ status: 'modified', routine: true });
		expect(operativeRow(cmp, 9)).toMatchObject({ status: 'modified', routine: false });
		const closing = changed.filter((r) =>
			r.new.some((id) => later.paragraphs.find((p) => p.id === id)?.kind === 'closing')
		);
		expect(closing.map((r) => r.routine)).toEqual([true, true]);
		expect(changed).toHaveLength(4);
		expect(renderTextReport(cmp)).not.toMatch(HAN);
	});
});
