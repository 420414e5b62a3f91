import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../core/document/parse';
import { compareDocuments } from '../core/compare';
import { ResodiffError, type ResolutionDocument } from '../core/types';
import { extractPdfText } from './pdf/index';
import { warningsInEnglish } from '../core/warnings';
import { loadPdfjsForNode, loadPdfjsInProcess, readPdfAhead, readPdfInNode } from './pdf-node';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/pdf/${name}`, import.meta.url)));
const corpus = (name: string) => readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8');

/** What a reader compares: each paragraph's kind, number and text; each footnote. */
function shape(doc: ResolutionDocument) {
	return {
		paragraphs: doc.paragraphs.map((p) => ({ kind: p.kind, number: p.number, text: p.text })),
		footnotes: doc.footnotes.map((f) => ({ mark: f.mark, text: f.text }))
	};
}

describe('loadPdfjsForNode', () => {
	it('resolves CMaps and standard fonts inside the installed pdfjs-dist, as folders', async () => {
		const env = await loadPdfjsForNode();
		expect(env.cMapUrl).toMatch(/node_modules\/pdfjs-dist\/cmaps\/$/);
		expect(env.standardFontDataUrl).toMatch(/node_modules\/pdfjs-dist\/standard_fonts\/$/);
		expect(readFileSync(`${env.cMapUrl}UniGB-UCS2-H.bcmap`).length).toBeGreaterThan(0);
		expect(typeof env.pdfjs.getDocument).toBe('function');
		expect(await loadPdfjsForNode()).toBe(env);
	});

	it('works from a Vite SSR bundle far from src/, as the CLI is built', async () => {
		const { build } = await import('vite');
		const root = fileURLToPath(new URL('../../../', import.meta.url));
		const work = join(root, 'node_modules', '.cache', 'resodiff-pdf-bundle');
		rmSync(work, { recursive: true, force: true });
		mkdirSync(work, { recursive: true });
		const entry = join(work, 'entry.ts');
		const reader = JSON.stringify(fileURLToPath(new URL('./pdf-node.ts', import.meta.url)));
		writeFileSync(
			entry,
			[
				`import { readFileSync } from 'node:fs';`,
				`import { readPdfInNode } from ${reader};`,
				`const result = await readPdfInNode(new Uint8Array(readFileSync(process.argv[2])), 'bundled.pdf');`,
				`process.stdout.write(JSON.stringify(result));`
			].join('\n')
		);
		await build({
			configFile: false,
			root,
			logLevel: 'silent',
			build: {
				ssr: entry,
				outDir: join(work, 'dist'),
				emptyOutDir: true,
				target: 'node20',
				minify: false,
				rollupOptions: { output: { entryFileNames: 'main.js' } }
			},
			ssr: { target: 'node' }
		});
		const bundle = readFileSync(join(work, 'dist', 'main.js'), 'utf8');
		// pdfjs stays a dependency resolved at run time, not code copied into the bundle.
		expect(bundle).toContain('pdf.min.mjs');
		expect(bundle).not.toContain('class PDFDocumentProxy');
		// resodiff's own readers (the direct reader with its encoding tables included), not pdfjs's megabytes.
		expect(bundle.length).toBeLessThan(300_000);
		const file = fileURLToPath(new URL('../../../tests/fixtures/pdf/A-RES-76-40.pdf', import.meta.url));
		const run = spawnSync(process.execPath, [join(work, 'dist', 'main.js'), file], {
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(run.stderr).toBe('');
		const bundled = JSON.parse(run.stdout) as { text: string };
		const direct = await readPdfInNode(fixture('A-RES-76-40.pdf'), 'bundled.pdf');
		expect(bundled.text).toBe(direct.text);
		rmSync(work, { recursive: true, force: true });
	});
});

describe('pdfjs in its own thread, and reading ahead', () => {
	const path = (name: string) => fileURLToPath(new URL(`../../../tests/fixtures/pdf/${name}`, import.meta.url));
	/** A read with pdfjs's parsing half in-process (the fake worker), to compare the thread's reading with. */
	async function inProcess(name: string) {
		const env = await loadPdfjsInProcess();
		return extractPdfText(fixture(name), { file: name, ...env });
	}

	it('reads a PDF in the thread exactly as pdfjs reads it in-process', async () => {
		const [threaded, direct] = await Promise.all([
			readPdfInNode(fixture('A-RES-76-40.pdf'), 'A-RES-76-40.pdf'),
			inProcess('A-RES-76-40.pdf')
		]);
		expect(threaded).toEqual(direct);
		expect(threaded.text.length).toBeGreaterThan(1000);
	});

	it('hands a file read ahead to the reading of the same bytes, under the name it is asked by', async () => {
		readPdfAhead(path('A-RES-67-38.pdf'));
		const early = await readPdfInNode(fixture('A-RES-67-38.pdf'), 'renamed.pdf');
		expect(early.meta.source).toBe('renamed.pdf');
		expect(early).toEqual({ ...(await inProcess('A-RES-67-38.pdf')), meta: { ...early.meta } });
		expect((await inProcess('A-RES-67-38.pdf')).meta).toEqual({ ...early.meta, source: 'A-RES-67-38.pdf' });
	});

	it('reads the bytes it is given when they are not the bytes read ahead', async () => {
		readPdfAhead(path('A-RES-76-40.pdf'));
		const other = await readPdfInNode(fixture('A-RES-67-38.pdf'), 'A-RES-67-38.pdf');
		expect(other).toEqual(await inProcess('A-RES-67-38.pdf'));
		// The reading ahead is still there for the file it was made of.
		expect((await readPdfInNode(fixture('A-RES-76-40.pdf'), 'A-RES-76-40.pdf')).meta.symbol).toBe('A/RES/76/40');
	});

	it('keeps the error of a file it cannot read ahead for the reading that reports it, under its name', async () => {
		expect(() => readPdfAhead(path('no-such-file.pdf'))).not.toThrow();
		readPdfAhead(path('encrypted.pdf'));
		const error = await readPdfInNode(fixture('encrypted.pdf'), 'locked.pdf').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ResodiffError);
		expect(error).toMatchObject({ code: 'pdf-encrypted', where: { file: 'locked.pdf' } });
	});
});

describe('Chinese resolutions set in the UN layout by LibreOffice Writer (scripts/make-writer-pdf-fixtures.js)', () => {
	// Another producer than Chromium: the masthead, running headers above a rule, the job number and date stamp
	// at the foot, real footnotes under a short rule in smaller type, their marks superscripts in a smaller size
	// raised above the baseline, in the text and in the notes.
	it.each([
		['A-RES-76-40', 'A-RES-76-40.zh.txt', 3],
		['A-RES-67-38', 'A-RES-67-38.zh.txt', 0],
		['A-RES-68-46', 'A-RES-68-46.zh.txt', 5],
		// Each mark set before the punctuation it follows in the seed: "《联合国千年宣言》¹，".
		['A-RES-76-40-marks-before', 'A-RES-76-40.zh.txt', 3]
	])('%s reads as its seed text: every row unchanged, every mark linked to its note', async (name, seed, notes) => {
		const file = `writer/${name}.pdf`;
		const pdf = await readPdfInNode(fixture(file), file);
		expect(pdf.warnings).toEqual([]);
		expect(pdf.meta).toMatchObject({ symbol: `A/RES/${seed.slice(6, -7).replace('-', '/')}`, language: 'zh' });
		// No mark left in the text as a digit beside Chinese punctuation ("《联合国千年宣言》1 ，").
		expect(pdf.text).not.toMatch(/[》）\p{Script=Han}][0-9]+ ?[，。；]/u);
		const fromPdf = parseResolution(pdf.text, { source: file });
		const fromText = parseResolution(corpus(seed), { source: seed });
		const rows = compareDocuments(fromText, fromPdf).rows;
		expect(rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
		expect(fromPdf.footnotes.map((f) => [f.mark, f.text])).toEqual(fromText.footnotes.map((f) => [f.mark, f.text]));
		expect(fromPdf.footnotes.length).toBe(notes);
		expect(fromPdf.footnotes.every((f) => f.paragraph)).toBe(true);
		// No furniture in the text: job number, date stamp, barcode digits, page numbers, the running header.
		for (const furniture of ['(C)', /\*\d{7}\*/, /(?<![\d/.])[1-9]\/[1-9](?![\d/])/, 'Distr.', '请回收']) {
			expect(pdf.text).not.toMatch(furniture);
		}
	});
});

describe('Arabic set right to left by LibreOffice Writer (a sample written for the test, no UN text)', () => {
	it('reads each line from right to left, numbers and Latin symbols inside it from left to right', async () => {
		const pdf = await readPdfInNode(fixture('writer/ar-sample.pdf'), 'ar-sample.pdf');
		expect(pdf.warnings).toEqual([]);
		expect(pdf.meta).toMatchObject({ symbol: 'A/RES/99/1', date: '2044-12-05' });
		const blocks = pdf.text.trim().split('\n\n');
		expect(blocks).toEqual([
			'الدورة التاسعة والتسعون',
			'البند 1 من جدول الأعمال',
			'قرار اتخذته الجمعية العامة في 1 كانون الأول/ديسمبر 2044',
			'99/1 - تعددية الأطراف في مجال نزع السلاح وعدم الانتشار',
			'إن الجمعية العامة،',
			// Three lines, right-aligned and ragged at the left, read as one paragraph.
			'إذ تشير إلى قرارها 56/24 T المؤرخ 29 تشرين الثاني/نوفمبر 2001 وسائر القرارات ذات الصلة، وإلى قراراتها المتعلقة بتعزيز تعددية الأطراف في مجال نزع السلاح وعدم الانتشار التي اتخذتها في دوراتها السابقة،',
			'وإذ تؤكد من جديد أهمية التعاون المتعدد الأطراف في مجال نزع السلاح وعدم الانتشار،¹',
			'1 - تؤكد من جديد أن تعددية الأطراف هي المبدأ الأساسي في المفاوضات المتعلقة بنزع السلاح (A/76/444)؛',
			'2 - تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار في دورتها المائة؛',
			'الجلسة العامة 45',
			'1 كانون الأول/ديسمبر 2044',
			'¹ القرار 55/2.'
		]);
	});
});

describe('reading the fixture PDFs', () => {
	const text7640 = corpus('A-RES-76-40.zh.txt');

	it.each([
		['A-RES-76-40.pdf', 3, 'bold face'],
		['A-RES-76-40-overstruck.pdf', 3, 'overstruck four times']
	])('%s (%s pages, %s) parses as the corpus text of 76/40 does', async (name, pages) => {
		const pdf = await readPdfInNode(fixture(name), name);
		expect(pdf.pages).toBe(pages);
		expect(pdf.warnings).toEqual([]);
		expect(pdf.meta).toMatchObject({
			symbol: 'A/RES/76/40',
			session: 76,
			date: '2021-12-06',
			language: 'zh',
			shape: 'pdf',
			source: name
		});
		const fromPdf = parseResolution(pdf.text, { source: name });
		const fromText = parseResolution(text7640, { source: 'A-RES-76-40.zh.txt' });
		expect(fromText.paragraphs.length).toBeGreaterThan(20);
		expect(shape(fromPdf)).toEqual(shape(fromText));
		const rows = compareDocuments(fromText, fromPdf).rows;
		expect(rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
	});

	it('keeps the markup of the clean text: bold verbs, superscript marks, footnote lines', async () => {
		const { text } = await readPdfInNode(fixture('A-RES-76-40-overstruck.pdf'), 'A-RES-76-40-overstruck.pdf');
		expect(text).toContain('1. **重申**多边主义是在裁军和不扩散领域进行谈判的核心原则');
		expect(text).toContain('还回顾《联合国千年宣言》，¹ 其中特别指出');
		expect(text.match(/^[¹²³] .+$/gmu)).toEqual(['¹ 第 55/2 号决议。', '² 见 A/74/548，附件。', '³ A/76/90。']);
		expect(text).toContain('2021 年 12 月 6 日\n第 45 次全体会议');
		// Page furniture and the letterhead are out of the text.
		for (const furniture of ['21-18145', '2/3', '*2118145*', 'Distr.', 'A/RES/76/40', 'December']) {
			expect(text).not.toContain(furniture);
		}
		expect(text.startsWith('第七十六届会议\n\n议程项目 100 (r)\n\n')).toBe(true);
		expect(text).not.toMatch(/重申重申|\*\*\*\*/);
	});

	it('joins the paragraph that runs across a page break, and puts the page’s notes after it', async () => {
		const { text } = await readPdfInNode(fixture('A-RES-76-40.pdf'), 'A-RES-76-40.pdf');
		const blocks = text.trim().split('\n\n');
		const six = blocks.findIndex((b) => b.startsWith('6. '));
		expect(blocks[six]).toContain('避免为解决问题而诉诸或威胁诉诸单方面行动，或未经核实即彼此指控不遵守协定；');
		expect(blocks[six + 1]).toBe('² 见 A/74/548，附件。');
		expect(blocks[six + 2]).toMatch(/^7\. /);
	});

	it('reads 67/38 (tokenized in the corpus, typeset in the PDF) into the same words', async () => {
		const pdf = await readPdfInNode(fixture('A-RES-67-38.pdf'), 'A-RES-67-38.pdf');
		expect(pdf.meta).toMatchObject({ symbol: 'A/RES/67/38', session: 67, date: '2012-12-03' });
		const squeeze = (s: string) => s.replace(/\*\*|\s/g, '');
		const tokenized = corpus('A-RES-67-38.zh.txt')
			.split('\n')
			.filter((l) => !l.startsWith('%%%'))
			.join('');
		expect(squeeze(pdf.text)).toBe(squeeze(tokenized));
		const doc = parseResolution(pdf.text, { source: 'A-RES-67-38.pdf' });
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
	});

	it('compares the PDFs of 67/38 and 76/40 as it compares their corpus texts', async () => {
		const [pdf67, pdf76] = await Promise.all(
			['A-RES-67-38.pdf', 'A-RES-76-40.pdf'].map(async (name) =>
				parseResolution((await readPdfInNode(fixture(name), name)).text, { source: name })
			)
		);
		const text67 = parseResolution(corpus('A-RES-67-38.zh.txt'), { source: 'A-RES-67-38.zh.txt' });
		const text76 = parseResolution(corpus('A-RES-76-40.zh.txt'), { source: 'A-RES-76-40.zh.txt' });
		const fromPdf = compareDocuments(pdf67, pdf76);
		const fromText = compareDocuments(text67, text76);
		expect(fromPdf.stats).toEqual(fromText.stats);
		expect(fromPdf.rows.map((r) => [r.status, r.routine])).toEqual(fromText.rows.map((r) => [r.status, r.routine]));
	});

	it('finds the CMaps of a font that is named, not embedded (STSong-Light, UniGB-UCS2-H)', async () => {
		const pdf = await readPdfInNode(fixture('cmap-font.pdf'), 'cmap-font.pdf');
		expect(pdf.text).toBe('大会，\n\n决心促进严格遵循《联合国宪章》所载宗旨和原则，\n');
	});

	it.each([
		['scanned.pdf', 'pdf-no-text', /has no text layer \(a scanned image\?\); it needs OCR first/],
		['encrypted.pdf', 'pdf-encrypted', /encrypted/],
		['truncated.pdf', 'pdf-broken', /damaged or truncated/]
	])('%s → %s, one line naming the file', async (name, code, message) => {
		const error = await readPdfInNode(fixture(name), name).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ResodiffError);
		const e = error as ResodiffError;
		expect(e.code).toBe(code);
		expect(e.toLine()).toMatch(new RegExp(`^${name.replace('.', '\\.')}: `));
		expect(e.toLine()).toMatch(message);
		expect(e.toLine()).not.toContain('\n');
	});

	it('refuses bytes that are no PDF at all, and empty bytes, as broken', async () => {
		for (const bytes of [new TextEncoder().encode('%PDF-1.7\nnot really'), new Uint8Array(0)]) {
			await expect(readPdfInNode(bytes, 'x.pdf')).rejects.toMatchObject({ code: 'pdf-broken' });
		}
	});

	it('reads at most maxPages pages and says so', async () => {
		const env = await loadPdfjsInProcess();
		const pdf = await extractPdfText(fixture('A-RES-76-40.pdf'), { ...env, file: 'A-RES-76-40.pdf', maxPages: 1 });
		expect(warningsInEnglish(pdf.warnings ?? [])).toEqual(['only the first 1 of 3 pages were read']);
		expect(pdf.text).toContain('深信在此全球化时代');
		expect(pdf.text).not.toContain('铭记存在各项裁军');
	});

	it('leaves the caller’s bytes usable (pdfjs detaches what it is given)', async () => {
		const bytes = fixture('A-RES-76-40.pdf');
		await readPdfInNode(bytes, 'a.pdf');
		expect(bytes.length).toBeGreaterThan(1000);
		expect((await readPdfInNode(bytes, 'a.pdf')).text).toContain('76/40.');
	});
});
