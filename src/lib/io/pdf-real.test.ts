// Real UN PDFs, as users have them (tests/fixtures/real/SOURCES.md): two English resolutions made by Word 2016 and
// a Spanish one made by Word for Microsoft 365 whose own text layer is damaged.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseResolution } from '../core/document/parse';
import type { ResolutionDocument } from '../core/types';
import type { PdfText } from './pdf/index';
import { readPdfInNode } from './pdf-node';
import { describeWarning, warningsInEnglish } from '../core/warnings';

const real = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/real/${name}`, import.meta.url)));

/** A PDF read, and its text parsed. */
async function read(name: string): Promise<{ pdf: PdfText; doc: ResolutionDocument }> {
	const pdf = await readPdfInNode(real(name), name);
	return { pdf, doc: parseResolution(pdf.text, { source: name }) };
}

/** The numbers of the numbered operative paragraphs ("Adopts the following declaration:" stands unnumbered). */
const numbers = (doc: ResolutionDocument) =>
	doc.paragraphs.filter((p) => p.kind === 'operative' && p.number).map((p) => Number(p.number));
const count = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const texts = (doc: ResolutionDocument) => doc.paragraphs.map((p) => p.text);
/** A page number "N/M" of a document of `pages` pages, standing alone (not the end of "75/9"). */
const pageNumber = (pages: number) => new RegExp(`(?<![\\d/])\\d{1,2}/${pages}(?![\\d/])`);

describe('A/RES/73/3 (English, 10 pages)', () => {
	let pdf: PdfText;
	let doc: ResolutionDocument;
	beforeAll(async () => ({ pdf, doc } = await read('A-RES-73-3.en.pdf')), 60_000);

	it('takes the symbol and date of issue from the masthead, and warns of nothing', () => {
		expect(pdf.pages).toBe(10);
		expect(pdf.warnings).toEqual([]);
		expect(pdf.meta).toMatchObject({ symbol: 'A/RES/73/3', session: 73, date: '2018-10-18' });
	});

	it('reads the 53 operative paragraphs, numbered in order, and the 7 footnotes, each linked to its mark', () => {
		expect(numbers(doc)).toEqual(count(53));
		expect(doc.footnotes.map((f) => f.mark)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
		expect(doc.footnotes.every((f) => f.paragraph)).toBe(true);
		const cites = doc.paragraphs.find((p) => p.number === '3' && p.kind === 'operative');
		expect(cites?.footnotes).toEqual(['6']);
		expect(cites?.text).toContain('the Millennium Development Goals and associated strategies');
	});

	it('reads words whole where the justified line kerns them apart', () => {
		const all = texts(doc).join('\n');
		// pdftotext (and pdfjs's text items) read these "o n", "includi ng", "th e", "framew ork", "drug -resistant".
		for (const whole of [
			'missing out on quality care',
			'including the Delhi End TB Summit',
			'the fight against the disease is needed',
			'a multisectoral accountability framework',
			'including its drug-resistant forms',
			'Global Ministerial Conference on Ending Tuberculosis'
		]) {
			expect(all).toContain(whole);
		}
		expect(all).not.toMatch(/\b(?:o n|th e|includi ng|framew ork) /);
		expect(all).not.toMatch(/ -[a-z]/);
	});

	it('leaves the running headers and footers out, and keeps a paragraph across a page break whole', () => {
		const all = texts(doc).join('\n');
		for (const furniture of ['18-16895', '241018', '*1816895*', 'A/RES/73/3', 'Please recycle']) {
			expect(all).not.toContain(furniture);
		}
		expect(all).not.toMatch(pageNumber(10));
		// The running header prints the title on every even page; it is the title and the declaration's heading.
		const header =
			'Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis';
		expect(texts(doc).filter((t) => t === header)).toHaveLength(2);
		const six = doc.paragraphs.find((p) => p.number === '6' && p.kind === 'operative');
		expect(six?.text).toMatch(
			/^Recognize that, while .* heavy burden of tuberculosis, HIV and AIDS, .* developing countries;$/
		);
	});

	it('reads the title printed on two lines as one, and the adoption line printed on two as one', () => {
		expect(doc.meta.title).toBe(
			'Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis'
		);
		expect(pdf.text).toContain('\n\nResolution adopted by the General Assembly on 10 October 2018\n\n');
		expect(doc.paragraphs.filter((p) => p.kind === 'closing').map((p) => p.text)).toEqual([
			'18th plenary meeting',
			'10 October 2018'
		]);
	});
});

describe('A/RES/73/6 (English, 5 pages)', () => {
	let pdf: PdfText;
	let doc: ResolutionDocument;
	beforeAll(async () => ({ pdf, doc } = await read('A-RES-73-6.en.pdf')), 60_000);

	it('reads its 14 operative paragraphs, 6 footnotes and the title printed on three lines', () => {
		expect(pdf.warnings).toEqual([]);
		expect(numbers(doc)).toEqual(count(14));
		expect(doc.footnotes.map((f) => f.mark)).toEqual(['1', '2', '3', '4', '5', '6']);
		expect(doc.meta.title).toBe(
			'Fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space: space as a driver of sustainable development'
		);
	});

	it('reads words and names whole', () => {
		const all = texts(doc).join('\n');
		for (const whole of ['(UN-SPIDER)', 'international cooperation in space activities', 'Space2030']) {
			expect(all).toContain(whole);
		}
		expect(all).not.toMatch(/UN -SPIDER|cooperat ion|Confere nce/);
		for (const furniture of ['18-17962', '021118', 'A/RES/73/6']) expect(all).not.toContain(furniture);
		expect(all).not.toMatch(pageNumber(5));
	});
});

describe('A/RES/77/247 (Spanish, 9 pages, a damaged text layer)', () => {
	let pdf: PdfText;
	let doc: ResolutionDocument;
	beforeAll(async () => ({ pdf, doc } = await read('A-RES-77-247.es.pdf')), 60_000);

	it('reads its 19 operative paragraphs and 20 footnotes without furniture', () => {
		expect(numbers(doc)).toEqual(count(19));
		expect(doc.footnotes).toHaveLength(20);
		const all = texts(doc).join('\n');
		for (const furniture of ['23-00138', '090123', 'A/RES/77/247', 'Se ruega reciclar']) {
			expect(all).not.toContain(furniture);
		}
		expect(all).not.toMatch(pageNumber(9));
		expect(pdf.meta).toMatchObject({ symbol: 'A/RES/77/247', session: 77 });
	});

	it('says in one line that the text layer maps letters wrongly, naming each with a word it misspells', () => {
		expect(pdf.warnings).toHaveLength(1);
		expect(warningsInEnglish(pdf.warnings ?? [])[0]).toMatch(
			/text layer is damaged: it reads “q” as “u” \(“uue” for “que”\), “f” as “i” \(/
		);
		expect(warningsInEnglish(pdf.warnings ?? [])[0]).not.toContain('\n');
	});

	it('says it in the reader’s language too: the letters and words quoted as the file has them', () => {
		expect(pdf.warnings[0]).toMatchObject({ kind: 'pdf-misread' });
		expect(describeWarning(pdf.warnings[0], 'zh')).toMatch(
			/^PDF 文件本身的文字层已损坏：“q”被读成“u”（“que”读作“uue”）、“f”被读成“i”（“fin”读作“iin”）.*，因此有些词拼写有误/
		);
		expect(describeWarning(pdf.warnings[0], 'es')).toMatch(
			/^la capa de texto del propio PDF está dañada: se lee “u” en lugar de “q” \(“uue” por “que”\), “i” en lugar de “f”/
		);
		expect(describeWarning(pdf.warnings[0], 'fr')).toContain('«\u00a0u\u00a0» au lieu de «\u00a0q\u00a0»');
	});

	it('reads the agenda title printed on three lines and the title printed on three as one each', () => {
		expect(pdf.text).toContain(
			'\n\nPrácticas y actividades de asentamiento israelíes que afectan a los derechos del pueblo palestino y otros habitantes árabes de los territorios ocupados\n\n'
		);
		expect(pdf.text).toContain(
			'\n\n77/247. Prácticas y actividades de asentamiento israelíes que afectan a los derechos del pueblo palestino y otros habitantes árabes de los territorios ocupados\n\n'
		);
	});
});
