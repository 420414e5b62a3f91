// A PDF dropped into the app reads as its clean text does: the fixture PDFs of 76/40 (bold face, and Word's
// overstruck fake bold) against the corpus text of 76/40 give a comparison in which every row is unchanged.
// A PDF that cannot be read (a scan) says so on the page, naming the file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/lib/core/document/parse';
import { ROW_STATUSES } from '../../src/lib/core/types';
import { useBrowser } from './ui-support';

const session = useBrowser();

const root = resolve('.');
const textFile = join(root, 'corpus', 'A-RES-76-40.zh.txt');
const pdfFile = (name: string) => join(root, 'tests', 'fixtures', 'pdf', name);

describe('dropping a PDF into the app', () => {
	const paragraphs = parseResolution(readFileSync(textFile, 'utf8'), { source: 'A-RES-76-40.zh.txt' }).paragraphs
		.length;

	it.each(['A-RES-76-40.pdf', 'A-RES-76-40-overstruck.pdf'])(
		'%s against the corpus text of 76/40: every row unchanged',
		async (name) => {
			const { page, errors } = await session.compareFiles(textFile, pdfFile(name));
			// Either the comparison opens, or the home page says why not (then the test shows the message).
			await page.waitForFunction(
				() => location.pathname.includes('/compare') || document.querySelector('[data-error]'),
				null,
				{
					timeout: 60_000
				}
			);
			const refused = await page
				.locator('[data-error]')
				.first()
				.textContent({ timeout: 100 })
				.catch(() => null);
			expect(refused).toBeNull();
			const count = (status: string) => page.locator(`[data-count="${status}"] b`).first();
			await count('unchanged').waitFor({ timeout: 60_000 });
			const counts = Object.fromEntries(
				await Promise.all(ROW_STATUSES.map(async (s) => [s, Number(await count(s).textContent())] as const))
			);
			expect(counts).toEqual({
				unchanged: paragraphs,
				modified: 0,
				inserted: 0,
				deleted: 0,
				moved: 0,
				split: 0,
				merged: 0
			});
			expect(errors).toEqual([]);
			await page.context().close();
		},
		120_000
	);

	it('a scanned PDF is refused on the page, in one line naming the file', async () => {
		const { page } = await session.compareFiles(textFile, pdfFile('scanned.pdf'));
		// Read in one step in the page: the message may be re-rendered while it is looked at.
		const handle = await page.waitForFunction(() => document.querySelector('[data-error]')?.textContent || null, null, {
			timeout: 60_000
		});
		const text = String(await handle.jsonValue());
		expect(text).toContain('scanned.pdf');
		expect(text).toMatch(/OCR/);
		expect(text).not.toContain('\n    at ');
		await page.context().close();
	}, 120_000);
});
