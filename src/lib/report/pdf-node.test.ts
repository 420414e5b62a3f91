import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../core/compare';
import { ResodiffError } from '../core/types';
import { renderHtml } from '../core/report/html';
import { readDocument } from '../io/read';
import { sampleComparison } from '../testing/report-fixtures';
import { renderPdfWithChromium } from './pdf-node';

const haveChromium = existsSync('/usr/bin/chromium');

/** Pages of a PDF, counted from its page objects. */
function countPages(pdf: Uint8Array): number {
	return (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('renderPdfWithChromium', () => {
	it('says in one line what to install when Chromium is missing', async () => {
		const error = await renderPdfWithChromium('<p>x</p>', { executablePath: '/nonexistent/chromium' }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ResodiffError);
		expect((error as ResodiffError).message).toBe('PDF export needs Chromium: apt-get install chromium fonts-noto-cjk');
		expect((error as ResodiffError).message).not.toContain('\n');
	});

	it.skipIf(!haveChromium)('prints the HTML report to a PDF', async () => {
		const pdf = await renderPdfWithChromium(renderHtml(sampleComparison()));
		expect(pdf).toBeInstanceOf(Uint8Array);
		expect(new TextDecoder('latin1').decode(pdf.slice(0, 5))).toBe('%PDF-');
		expect(countPages(pdf)).toBeGreaterThanOrEqual(1);
	});

	it.skipIf(!haveChromium)(
		'lets a long row continue on the next page rather than leave page 1 blank',
		async () => {
			// The showcase: its second preambular paragraph, the list of earlier resolutions, is longer than
			// what is left of page 1 after the particulars.
			const read = async (name: string) =>
				readDocument({
					bytes: new Uint8Array(readFileSync(new URL(`../../../corpus/${name}`, import.meta.url))),
					name
				});
			const cmp = compareDocuments(await read('A-RES-67-38.zh.txt'), await read('A-RES-76-40.zh.txt'));
			const pdf = await renderPdfWithChromium(renderHtml(cmp));
			const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
			const doc = await pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
			const lines = async (n: number) => {
				const page = await doc.getPage(n);
				const height = page.getViewport({ scale: 1 }).height;
				const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim());
				return {
					// NFKC: the printed PDF maps some characters to their Kangxi radical forms (⽂ for 文).
					text: items
						.map((i) => ('str' in i ? i.str : ''))
						.join('')
						.normalize('NFKC'),
					// How far down the page the last line stands, 0 (top) … 1 (bottom).
					lowest: Math.max(...items.map((i) => 1 - ('transform' in i ? i.transform[5] : 0) / height))
				};
			};
			const [first, second] = [await lines(1), await lines(2)];
			await doc.destroy();
			expect(first.lowest).toBeGreaterThan(0.85);
			// The long row starts on page 1 and goes on on page 2, under the repeated column headings.
			expect(first.text).toContain('回顾其关于裁军和不扩散领域的多边合作');
			expect(second.text).toMatch(/^段落旧文本/);
			expect(second.text).toContain('第75/47号');
		},
		120_000
	);
});
