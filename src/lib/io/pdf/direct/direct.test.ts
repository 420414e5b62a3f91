import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResodiffError } from '../../../core/types';
import { loadPdfjsInProcess, type NodePdfjs } from '../../pdf-node';
import { readPageGlyphs, type GlyphDocument, type PdfPageGlyphs } from '../glyphs';
import { extractPdfText, extractPdfTextDirect } from '../index';
import { openPdf } from '../pdfjs';
import { parseToUnicode, utf16 } from './cmap';
import { unpredictPng } from './filters';
import { openDirect, Unsupported } from './index';
import { ARRAY_END, ARRAY_NUMBER, ARRAY_OTHER, Lexer, Name, stringBuffer, TOKENS } from './syntax';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const inflate = (data: Uint8Array, limit: number) => inflateSync(data, { maxOutputLength: limit });

/** Every PDF the project keeps: the real UN PDFs, the fixtures made with LibreOffice, the corpus's. */
function allPdfs(): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(join(root, dir)).sort()) {
			const path = join(dir, name);
			if (statSync(join(root, path)).isDirectory()) walk(path);
			else if (name.endsWith('.pdf')) found.push(path);
		}
	};
	walk('tests/fixtures');
	walk('corpus');
	return found;
}

const bytesOf = (path: string) => new Uint8Array(readFileSync(join(root, path)));

/** Every page's glyphs, with font ids replaced by their order of first use (ids are each reader's own). */
async function pageGlyphs(doc: GlyphDocument): Promise<unknown[]> {
	const pages: PdfPageGlyphs[] = [];
	for (let n = 1; n <= doc.numPages; n++) pages.push(await doc.readPage(n));
	const ids = new Map<string, number>();
	return pages.map((page) => ({
		...page,
		fonts: page.fonts.map((f) => ({ ...f, id: ids.get(f.id) ?? ids.set(f.id, ids.size).get(f.id) })),
		letters: page.letters.map((l) => [...l].map(([letter, codes]) => [letter, [...codes]]))
	}));
}

/** Every page's glyphs as pdfjs reads them, in the form of {@link pageGlyphs}. */
async function glyphsViaPdfjs(env: NodePdfjs, bytes: Uint8Array): Promise<unknown[]> {
	const task = openPdf(env.pdfjs, bytes, env);
	try {
		const doc = await task.promise;
		return await pageGlyphs({
			numPages: doc.numPages,
			readPage: async (n) => readPageGlyphs(await doc.getPage(n), env.pdfjs.OPS, n)
		});
	} finally {
		await task.destroy();
	}
}

describe('the direct reader against pdfjs, on every PDF the project keeps', () => {
	let env: NodePdfjs;
	beforeAll(async () => {
		env = await loadPdfjsInProcess();
	});
	const read: string[] = [];
	const refused: string[] = [];

	for (const path of allPdfs()) {
		it(`${path}: declined, or read exactly as pdfjs reads it, or refused as pdfjs refuses it`, async () => {
			const bytes = bytesOf(path);
			const direct = await extractPdfTextDirect(bytes, { file: path, inflate }).catch((error: unknown) => error);
			if (!direct) return;
			if (direct instanceof ResodiffError) {
				refused.push(path);
				const error = await extractPdfText(bytes, { file: path, ...env }).catch((e: unknown) => e);
				expect(error).toBeInstanceOf(ResodiffError);
				expect((error as ResodiffError).toLine()).toBe(direct.toLine());
				expect((error as ResodiffError).code).toBe(direct.code);
				return;
			}
			read.push(path);
			expect(direct).toEqual(await extractPdfText(bytes, { file: path, ...env }));
			expect(await pageGlyphs(await openDirect(bytes, inflate))).toEqual(await glyphsViaPdfjs(env, bytes));
		}, 60000);
	}

	it('takes rules from paths as pdfjs’s operator list carries them: `q cm <path> Q` as drawn, in any chunk', async () => {
		// pdfjs's queue optimizer would fold `q cm <path> Q` into one path moved by the `cm`'s scale and offset
		// only, but the list `getOperatorList` gives is never optimized: the skewed `cm` below draws a rule whose
		// corners go through the whole matrix (200.5 wide, folded it would be 200), before, across and after the end
		// of pdfjs's first chunk of a thousand operators, stroked or filled, nested, closed by the end of the stream.
		const rule = '1 0 0.5 1 50 300 cm 0 0 200 1 re';
		const cases = [
			`q ${rule} f Q`,
			`q ${rule} S Q`,
			`q 2 0 0 1 50 300 cm 0 0 200 1 re S Q`,
			`q q ${rule} f Q Q`,
			`q ${rule} 0 g f Q`,
			`q 0 1 -1 0 300 50 cm 0 0 1 200 re f Q`,
			`q ${rule} f`,
			`q ${rule} n Q`,
			`BT /F1 12 Tf 1 0 0 1 72 700 Tm (A) Tj ET q ${rule} f Q`
		];
		for (const others of [994, 997, 1000]) cases.push(`${'0 g '.repeat(others)}q ${rule} f Q q ${rule} f Q`);
		for (const content of cases) {
			const pdf = makePdf({ content: `BT /F1 12 Tf 72 720 Td (Rules) Tj ET ${content}` });
			const direct = await pageGlyphs(await openDirect(pdf, inflate));
			expect(direct, content.slice(-80)).toEqual(await glyphsViaPdfjs(env, pdf));
		}
		const drawn = await (await openDirect(makePdf({ content: `q ${rule} f Q` }), inflate)).readPage(1);
		expect(drawn.rules).toEqual([{ x: 50, y: 300.5, width: 200.5 }]);
	});

	it('reads the real UN PDFs (Word) and the LibreOffice ones itself, and declines what it does not know', () => {
		expect(read).toEqual(
			expect.arrayContaining([
				'corpus/A-RES-73-3.en.pdf',
				'corpus/A-RES-73-6.en.pdf',
				'corpus/A-RES-77-247.es.pdf',
				'tests/fixtures/real/A-RES-73-3.en.pdf',
				'tests/fixtures/real/A-RES-73-6.en.pdf',
				'tests/fixtures/real/A-RES-77-247.es.pdf',
				'tests/fixtures/pdf/A-RES-77-247.es.pdf',
				'tests/fixtures/pdf/writer/A-RES-67-38.pdf',
				'tests/fixtures/pdf/writer/A-RES-68-46.pdf',
				'tests/fixtures/pdf/writer/A-RES-76-40-marks-before.pdf',
				'tests/fixtures/pdf/writer/A-RES-76-40.pdf',
				'tests/fixtures/pdf/writer/ar-sample.pdf'
			])
		);
		for (const declined of ['encrypted.pdf', 'truncated.pdf', 'scanned.pdf', 'cmap-font.pdf']) {
			expect(read).not.toContain(`tests/fixtures/pdf/${declined}`);
		}
		// A PDF without a text layer is read through, and refused by the direct reader itself.
		expect(refused).toEqual(['tests/fixtures/pdf/scanned.pdf']);
	});
});

/** Why the direct reader declines a file: the Unsupported's message, or null when it reads every page. */
async function declines(bytes: Uint8Array): Promise<string | null> {
	try {
		const doc = await openDirect(bytes, inflate);
		for (let n = 1; n <= doc.numPages; n++) await doc.readPage(n);
		return null;
	} catch (error) {
		expect(error).toBeInstanceOf(Unsupported);
		return (error as Error).message;
	}
}

describe('what the direct reader declines', () => {
	it('an encrypted PDF, a truncated one, a predefined CMap', async () => {
		expect(await declines(bytesOf('tests/fixtures/pdf/encrypted.pdf'))).toBe('encryption');
		expect(await declines(bytesOf('tests/fixtures/pdf/truncated.pdf'))).toMatch(/startxref|cross-reference/);
		expect(await declines(bytesOf('tests/fixtures/pdf/cmap-font.pdf'))).toBe('a composite font not in Identity-H');
	});

	it('a Type 3 font, and an unknown operator', async () => {
		const type3 = makePdf({
			content: 'BT /F1 12 Tf 72 700 Td (A) Tj ET',
			font: '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] /CharProcs << >> /Encoding << /Differences [65 /A] >> /FirstChar 65 /LastChar 65 /Widths [1] >>'
		});
		expect(await declines(type3)).toBe('a Type3 font');
		expect(await declines(makePdf({ content: 'BT /F1 12 Tf 72 700 Td (A) Tj ET 1 2 zz' }))).toBe('the operator zz');
		expect(await declines(makePdf({ content: 'BI /W 1 /H 1 ID x EI' }))).toBe('the operator BI');
	});

	it('hostile files, at once and without a stack trace: reference cycles, a form drawing itself, a huge /Length', async () => {
		const edit = (pdf: Uint8Array, from: string | RegExp, to: string) =>
			new Uint8Array(Buffer.from(Buffer.from(pdf).toString('latin1').replace(from, to), 'latin1'));
		// A stream whose /Length is itself; a page tree whose node is its own kid.
		expect(await declines(makePdf({ content: 'BT ET', length: '4 0 R' }))).toBe('a reference cycle');
		const treeCycle = edit(makePdf({ content: 'BT ET' }), '/Kids [3 0 R]', '/Kids [2 0 R]');
		expect(await declines(treeCycle)).toBe('a page tree that loops or runs too deep');
		const selfDrawing = makePdf({
			content: '/X1 Do',
			extra: [
				'<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /X1 6 0 R >> >> /Length 6 >>\nstream\n/X1 Do\nendstream'
			]
		});
		expect(await declines(selfDrawing)).toBe('a form that draws itself');
		const huge = makePdf({ content: 'BT ET', length: '999999999' });
		expect(await declines(huge)).toBe('a stream of a wrong /Length');
		// The whole reading falls back quietly: null, for pdfjs to read.
		expect(await extractPdfTextDirect(selfDrawing, { inflate })).toBeNull();
	});

	it('a TJ array with anything but strings and numbers, and strings where a dash pattern goes', async () => {
		expect(await declines(makePdf({ content: 'BT /F1 12 Tf 72 700 Td [(A) /N (B)] TJ ET' }))).toBe(
			'a TJ item that is neither a string nor a number'
		);
		expect(await declines(makePdf({ content: 'BT /F1 12 Tf 72 700 Td [(A) 1] 0 d ET' }))).toBe('a malformed dash');
		expect(await declines(makePdf({ content: '[(A)] TJ' }))).toBe('text shown before a font is set');
		expect(await declines(makePdf({ content: 'BT /F1 12 Tf [3 2] 0 d [] 0 d 72 700 Td [(A) -50 <42>] TJ ET' }))).toBe(
			null
		);
	});

	it('reads a small well-formed file it makes itself, with a simple WinAnsi font', async () => {
		const pdf = makePdf({ content: 'BT /F1 12 Tf 72 700 Td (Hello) Tj ET' });
		expect(await declines(pdf)).toBeNull();
		const text = await extractPdfTextDirect(pdf, { inflate });
		expect(text?.text).toContain('Hello');
	});
});

describe('the direct reader’s pieces', () => {
	it('lexes numbers, strings with escapes, hex strings and names as pdfjs does', () => {
		const lex = (s: string) => new Lexer(new TextEncoder().encode(s)).value(false);
		expect(lex('-.5')).toBe(-0.5);
		expect(lex('+12.25')).toBe(12.25);
		expect(lex('3.')).toBe(3);
		expect(lex('(a\\(b\\)\\n\\101\\7\\\nc)')).toBe('a(b)\nA\x07c');
		expect(lex('(x (nested) y)')).toBe('x (nested) y');
		expect(lex('<48 65 6c6c 6F7>')).toBe('Hellop');
		expect(lex('/A#20B')).toBe(Name.of('A B'));
		expect(lex('[1 (a) /N [2]]')).toEqual([1, 'a', Name.of('N'), [2]]);
		expect(() => lex('1.2.3')).toThrow(Unsupported);
		expect(() => lex('(unterminated')).toThrow(Unsupported);
	});

	it('reads an array’s strings as codes and its numbers as values, and stops at anything else', () => {
		const lexer = new Lexer(new TextEncoder().encode('[(a\\101\\777)-12.5<4142 4>] [/N]'));
		const items: unknown[] = [];
		expect(lexer.next()).toBe(TOKENS.OPEN_ARRAY);
		for (let item = lexer.arrayItem(); item !== ARRAY_END; item = lexer.arrayItem()) {
			items.push(item === ARRAY_NUMBER ? lexer.itemNumber : [...stringBuffer().subarray(0, lexer.itemLength)]);
		}
		// An octal escape beyond a byte stays whole (pdfjs's String.fromCharCode of it); an odd hex digit is padded.
		expect(items).toEqual([[0x61, 0x41, 0o777], -12.5, [0x41, 0x42, 0x40]]);
		expect(lexer.next()).toBe(TOKENS.OPEN_ARRAY);
		const at = lexer.pos;
		expect(lexer.arrayItem()).toBe(ARRAY_OTHER);
		expect(lexer.pos).toBe(at);
		expect(lexer.value(false)).toBe(Name.of('N'));
	});

	it('reads ToUnicode maps: bfchar, bfrange with carry and in array form, surrogate pairs', () => {
		const cmap = parseToUnicode(
			new TextEncoder().encode(
				[
					'/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
					'1 begincodespacerange <0000> <FFFF> endcodespacerange',
					'2 beginbfchar <0003> <0020> <0010> <D835DC00> endbfchar',
					'2 beginbfrange <0020> <0022> <00FE> <0030> <0031> [<0066006C> <0041>] endbfrange',
					'endcmap'
				].join('\n')
			)
		);
		expect(cmap.get(3)).toBe(' ');
		expect(cmap.get(0x10)).toBe('\u{1D400}');
		expect([cmap.get(0x20), cmap.get(0x21), cmap.get(0x22)]).toEqual(['\u00fe', '\u00ff', '\u0100']);
		expect([cmap.get(0x30), cmap.get(0x31)]).toEqual(['fl', 'A']);
		expect(utf16('\x41')).toBe('A');
		expect(() => parseToUnicode(new TextEncoder().encode('/Identity-H usecmap'))).toThrow(Unsupported);
	});

	it('undoes PNG predictors (Up and Sub), and refuses a stream cut mid-row', () => {
		// Two rows of three bytes: Up then Sub.
		const data = Uint8Array.from([2, 1, 2, 3, 1, 1, 1, 1]);
		expect([...unpredictPng(data, 1, 8, 3)]).toEqual([1, 2, 3, 1, 2, 3]);
		expect(() => unpredictPng(data.subarray(0, 6), 1, 8, 3)).toThrow(Unsupported);
	});

	it('reads WinAnsi text with /Differences the way pdfjs does', async () => {
		const pdf = makePdf({
			content: 'BT /F1 12 Tf 72 700 Td (\x80\x93caf\xe9) Tj ET',
			font: '<< /Type /Font /Subtype /TrueType /BaseFont /Times-Roman /FirstChar 32 /LastChar 255 /Widths [] /FontDescriptor 6 0 R /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [128 /Euro /quotedblright] >> >>',
			extra: ['<< /Type /FontDescriptor /FontName /Times-Roman /Flags 32 >>']
		});
		const page = await (await openDirect(pdf, inflate)).readPage(1);
		// 0x80 and 0x81 from /Differences, 0x93 from WinAnsi itself, the rest Latin-1.
		expect(page.glyphs.map((g) => g.text).join('')).toBe('\u20ac\u201ccaf\u00e9');
		// A glyph name beyond the standard encodings' (pdfjs holds the whole Adobe list): declined.
		const other = Buffer.from(pdf).toString('latin1').replace('/quotedblright', '/uni201D      ');
		expect(await declines(new Uint8Array(Buffer.from(other, 'latin1')))).toBe('the glyph name uni201D');
	});
});

/**
 * A one-page PDF with a correct cross-reference table: the content stream (deflated), font F1 (object 5) and
 * extra objects from 6 on. `fontRef` replaces the font's reference in the page's resources, `length` the
 * content stream's /Length.
 */
function makePdf(options: {
	content: string;
	font?: string;
	extra?: string[];
	fontRef?: string;
	length?: string;
}): Uint8Array {
	const content = deflateSync(Buffer.from(options.content, 'latin1'));
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 ${options.fontRef ?? '5 0 R'} >> /XObject << /X1 6 0 R >> >> >>`,
		`<< /Length ${options.length ?? content.length} /Filter /FlateDecode >>\nstream\n${content.toString('latin1')}\nendstream`,
		options.font ??
			'<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths [' +
				Array(95).fill(500).join(' ') +
				'] /FontDescriptor 6 0 R /Encoding /WinAnsiEncoding >>',
		...(options.extra ?? ['<< /Type /FontDescriptor /FontName /Arial /Flags 32 >>'])
	];
	let out = '%PDF-1.7\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(out.length);
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(out, 'latin1'));
}
