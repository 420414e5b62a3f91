import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ResodiffError } from '../core/types';
import { renderHtml } from '../core/report/html';
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
});
