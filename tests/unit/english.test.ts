/**
 * English from end to end (issue 15): a real UN PDF against a real extracted text, and a real resolution
 * against its previous-year form. The reports speak English with no Chinese outside the documents,
 * `locale: 'zh'` speaks Chinese, the updates of a re-adoption (session, dates, meeting, symbol of last
 * year's resolution) are routine and a non-breaking hyphen is no change at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { parseResolution } from '../../src/lib/core/document/parse';
import { compareDocuments } from '../../src/lib/core/compare';
import { renderCsv, renderHtml, renderMarkdown, renderTextReport } from '../../src/lib/core/report/index';
import { renderDocx } from '../../src/lib/report/docx';
import { readPdfInNode } from '../../src/lib/io/pdf-node';

const real = (name: string) => new URL(`../fixtures/real/${name}`, import.meta.url);
const HAN = /\p{Script=Han}/u;

describe('an English comparison, a UN PDF on one side', async () => {
	const pdf = await readPdfInNode(new Uint8Array(readFileSync(real('A-RES-73-6.en.pdf'))), 'A-RES-73-6.en.pdf');
	const older = parseResolution(pdf.text, { source: 'A-RES-73-6.en.pdf' });
	const newer = parseResolution(readFileSync(real('A-RES-80-7.en.txt'), 'utf8'), { source: 'A-RES-80-7.en.txt' });
	const cmp = compareDocuments(older, newer);

	it('reads both as English', () => {
		expect([older.meta.language, newer.meta.language]).toEqual(['en', 'en']);
	});

	it.each([
		['text', () => renderTextReport(cmp, { all: true })],
		['HTML', () => renderHtml(cmp)],
		['Markdown', () => renderMarkdown(cmp)],
		['CSV', () => renderCsv(cmp)]
	])('has no Chinese in the %s report, and English labels', (_, render) => {
		const report = render();
		expect(report).not.toMatch(HAN);
		expect(report).toMatch(/\bPP 1\b/);
	});

	it('has no Chinese in the Word report', async () => {
		const xml = strFromU8(unzipSync(await renderDocx(cmp))['word/document.xml']);
		const words = xml.replace(/<[^>]+>/g, '');
		expect(words).not.toMatch(HAN);
		expect(words).toContain('PP 1');
	});

	it('speaks Chinese when asked', () => {
		const text = renderTextReport(cmp, { locale: 'zh' });
		expect(text).toContain('序言 1');
		expect(text).toContain('共 ');
	});
});

describe('an English re-adoption: the routine updates of a year', () => {
	const text = readFileSync(real('A-RES-80-7.en.txt'), 'utf8');
	// Last year's form of the same resolution, as the Assembly writes it: the session, the year of the
	// report, the meeting and the date change; the Secretary-General is spelled with a non-breaking hyphen
	// (U+2011), as Word and the UN's PDFs often print it.
	const lastYear = text
		.replace('Eightieth session', 'Seventy-ninth session')
		.replace('the eightieth session', 'the seventy-ninth session')
		.replaceAll('14 November 2025', '6 November 2024')
		.replace('40th plenary meeting', '35th plenary meeting')
		.replace('Secretary-General to transmit', 'Secretary\u2011General to transmit');
	const cmp = compareDocuments(
		parseResolution(lastYear, { source: 'A-RES-79-7.en.txt' }),
		parseResolution(text, { source: 'A-RES-80-7.en.txt' })
	);
	const rowOf = (start: string) => {
		const row = cmp.rows.find((r) =>
			r.new.some((id) => cmp.new.paragraphs.find((p) => p.id === id)?.text.startsWith(start))
		);
		if (!row) throw new Error(`no row starting ${start}`);
		return row;
	};

	it('finds the session, the meeting and the date routine', () => {
		expect(rowOf('Requests the Secretary-General')).toMatchObject({ status: 'modified', routine: true });
		expect(rowOf('40th plenary meeting')).toMatchObject({ status: 'modified', routine: true });
		expect(rowOf('14 November 2025')).toMatchObject({ status: 'modified', routine: true });
	});

	it('sees no change in a non-breaking hyphen alone', () => {
		const hyphenOnly = text.replace('Secretary-General to transmit', 'Secretary\u2011General to transmit');
		const same = compareDocuments(
			parseResolution(hyphenOnly, { source: 'old.txt' }),
			parseResolution(text, { source: 'new.txt' })
		);
		expect(same.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
	});

	it('changes nothing else', () => {
		expect(cmp.rows.filter((r) => r.status !== 'unchanged' && !r.routine)).toEqual([]);
	});
});
