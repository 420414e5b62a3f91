import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../core/index';
import { renderCsv, renderHtml, renderJson, renderMarkdown } from '../../core/report/index';
import { ResodiffError, type Comparison, type ResolutionDocument } from '../../core/types';
import { loadSeed } from '../../testing/seeds';
import {
	EXPORT_FORMATS,
	describeFormat,
	nameExportFile,
	nameFilePart,
	renderExport,
	type ExportFormat
} from './export';

const showcase = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'));

/** A document with the given symbol and source name, for the file-name cases. */
function docWith(symbol: string | null, source: string): ResolutionDocument {
	const base = loadSeed('A/RES/76/40');
	return { ...base, meta: { ...base.meta, symbol, source } };
}

describe('nameFilePart', () => {
	const cases: [string, string | null, string, string][] = [
		['resolution symbol', 'A/RES/76/40', 'x.txt', 'A-RES-76-40'],
		['report symbol', 'A/67/131', 'x.txt', 'A-67-131'],
		['no symbol: file name without extension', null, 'draft v2.pdf', 'draft-v2'],
		['no symbol: Chinese file name kept', null, '决议草案.txt', '决议草案'],
		['no symbol: characters no file system takes', null, 'a:b*c?"d<e>f|g\\h.md', 'a-b-c-d-e-f-g-h'],
		['no symbol: control characters and leading dots', null, '..\u0001secret\u0007.txt', 'secret'],
		['nothing usable left: the fallback', null, '///.txt', 'old']
	];
	it.each(cases)('%s', (_label, symbol, source, expected) => {
		expect(nameFilePart(docWith(symbol, source), 'old')).toBe(expected);
	});

	it('a very long name is cut to 60 characters', () => {
		expect(Array.from(nameFilePart(docWith(null, `${'长'.repeat(200)}.txt`), 'old'))).toHaveLength(60);
	});
});

describe('nameExportFile on the showcase pair', () => {
	const cases: [ExportFormat, string][] = [
		['docx', 'A-RES-67-38_A-RES-76-40.docx'],
		['html', 'A-RES-67-38_A-RES-76-40.html'],
		['pdf', 'A-RES-67-38_A-RES-76-40.pdf'],
		['md', 'A-RES-67-38_A-RES-76-40.md'],
		['csv', 'A-RES-67-38_A-RES-76-40.csv'],
		['json', 'A-RES-67-38_A-RES-76-40.json']
	];
	it.each(cases)('%s → %s', (format, expected) => {
		expect(nameExportFile(showcase, format)).toBe(expected);
	});

	it('every menu format has a name, an extension and a MIME type', () => {
		expect(EXPORT_FORMATS.map((f) => f.format)).toEqual(['docx', 'html', 'pdf', 'md', 'csv', 'json']);
		for (const f of EXPORT_FORMATS) {
			expect(describeFormat(f.format)).toBe(f);
			expect(f.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+/);
		}
	});

	it('an unknown format is a ResodiffError, not a silent default', () => {
		expect(() => describeFormat('rtf' as ExportFormat)).toThrow(ResodiffError);
		expect(() => describeFormat('rtf' as ExportFormat)).toThrow(/unknown export format rtf/);
	});
});

describe('renderExport: the renderer behind each format', () => {
	const cases: [ExportFormat, string, (cmp: Comparison) => string][] = [
		['html', 'text/html;charset=utf-8', (cmp) => renderHtml(cmp)],
		['pdf', 'text/html;charset=utf-8', (cmp) => renderHtml(cmp)],
		['md', 'text/markdown;charset=utf-8', (cmp) => renderMarkdown(cmp)],
		['csv', 'text/csv;charset=utf-8', (cmp) => renderCsv(cmp)],
		['json', 'application/json', (cmp) => renderJson(cmp)]
	];
	it.each(cases)('%s is %s from its renderer', async (format, mime, render) => {
		const file = await renderExport(showcase, format);
		expect(file).toEqual({ name: nameExportFile(showcase, format), mime, content: render(showcase) });
	});

	it('csv starts with a byte order mark; json is version 1 with every row', async () => {
		expect(String((await renderExport(showcase, 'csv')).content).charCodeAt(0)).toBe(0xfeff);
		const json = JSON.parse(String((await renderExport(showcase, 'json')).content)) as Comparison;
		expect(json.version).toBe(1);
		expect(json.rows).toHaveLength(showcase.rows.length);
	});

	it('docx loads the Word renderer only when asked, and returns its bytes', async () => {
		let loads = 0;
		const bytes = new Uint8Array([80, 75, 3, 4]);
		const file = await renderExport(showcase, 'docx', {
			loadDocx: async () => {
				loads++;
				return { renderDocx: async (cmp) => (cmp === showcase ? bytes : new Uint8Array()) };
			}
		});
		expect(loads).toBe(1);
		expect(file.content).toBe(bytes);
		expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		await renderExport(showcase, 'html', { loadDocx: async () => (loads++, { renderDocx: async () => bytes }) });
		expect(loads).toBe(1);
	});

	it('docx by default is a real Word file with tracked changes by resodiff', { timeout: 30_000 }, async () => {
		const file = await renderExport(showcase, 'docx');
		const xml = strFromU8(unzipSync(file.content as Uint8Array)['word/document.xml']);
		expect(xml).toMatch(/<w:ins [^>]*w:author="resodiff"/);
		expect(xml).toMatch(/<w:del [^>]*w:author="resodiff"/);
	});
});
