// A real UN PDF and the text the common tools extract from it are the same document (tests/fixtures/real, see
// its SOURCES.md): compared, they give no inserted, deleted, split, merged or moved row, and every modified row
// is at least 0.95 similar (a space the PDF kerns apart, a hyphen set differently, never a word).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../core/compare';
import { parseResolution } from '../core/document/parse';
import { readPdfInNode } from './pdf-node';

const dir = new URL('../../../tests/fixtures/real/', import.meta.url);
const tools = ['txt', 'pdftotext-layout.txt', 'pymupdf.txt', 'copy-pdfjs.txt'];

// The Spanish PDF's pdftotext text is `…es.pdftotext.txt`, named apart from the English ones' `.txt`.
const pairs: [pdf: string, text: string][] = [
	...['A-RES-73-3', 'A-RES-73-6'].flatMap((symbol) =>
		tools.map((tool): [string, string] => [`${symbol}.en.pdf`, `${symbol}.en.${tool}`])
	),
	...['pdftotext.txt', ...tools.slice(1)].map((tool): [string, string] => [
		'A-RES-77-247.es.pdf',
		`A-RES-77-247.es.${tool}`
	])
];

describe('a real PDF against its extracted text', () => {
	it.each(pairs)(
		'%s against %s',
		async (pdfName, textName) => {
			// pdftotext without options: `.en.txt`, and the Spanish `.es.pdftotext.txt`.
			const pdftotext = /\.en\.txt$|\.pdftotext\.txt$/.test(textName);
			const pdf = await readPdfInNode(new Uint8Array(readFileSync(new URL(pdfName, dir))), pdfName);
			const fromPdf = parseResolution(pdf.text, { source: pdfName });
			const fromText = parseResolution(readFileSync(new URL(textName, dir), 'utf8'), { source: textName });
			const rows = compareDocuments(fromPdf, fromText).rows;
			const show = (ids: string[], doc: typeof fromPdf) =>
				ids.map((id) => doc.paragraphs.find((p) => p.id === id)?.text.slice(0, 60));
			const describeRow = (r: (typeof rows)[number]) =>
				`${r.status} ${r.similarity.toFixed(3)} ${show(r.old, fromPdf).join(' | ')} || ${show(r.new, fromText).join(' | ')}`;
			expect(rows.filter((r) => r.status !== 'unchanged' && r.status !== 'modified').map(describeRow)).toEqual([]);
			expect(rows.filter((r) => r.status === 'modified' && r.similarity < 0.95).map(describeRow)).toEqual([]);
			expect(rows.length).toBeGreaterThan(40);
			if (pdftotext) {
				// pdftotext sets the raised marks as plain digits ("2015–2030 3 and", "Goals 2 for" cited again,
				// "Millennium Development Goals 6 and associated"): each paragraph cites the notes the PDF's does.
				const marks = (ids: string[], doc: typeof fromPdf) =>
					ids.flatMap((id) => doc.paragraphs.find((p) => p.id === id)?.footnotes ?? []).join(',');
				const differing = rows
					.filter((r) => marks(r.old, fromPdf) !== marks(r.new, fromText))
					.map((r) => `${describeRow(r)}: ${marks(r.old, fromPdf)} / ${marks(r.new, fromText)}`);
				expect(differing).toEqual([]);
			}
		},
		60_000
	);
});
