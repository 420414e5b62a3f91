import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textOnly } from './text-only';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder('windows-1252').decode(data);

// Font objects as plain objects: a Type0 font with Identity-H and a ToUnicode map (as Word writes them), a simple
// TrueType font in WinAnsiEncoding with its widths, and a Type 1 font whose encoding is built into its program.
const FONTS = [
	'%PDF-1.7',
	'9 0 obj',
	'<</Type/Font/Subtype/Type0/BaseFont/TimesNewRomanPSMT/Encoding/Identity-H/DescendantFonts 10 0 R/ToUnicode 104 0 R>>',
	'endobj',
	'10 0 obj',
	'[ 11 0 R]',
	'endobj',
	'11 0 obj',
	'<</BaseFont/TimesNewRomanPSMT/Subtype/CIDFontType2/Type/Font/CIDToGIDMap/Identity/DW 1000/FontDescriptor 12 0 R/W 106 0 R>>',
	'endobj',
	'12 0 obj',
	'<</Type/FontDescriptor/FontName/TimesNewRomanPSMT/Flags 32/FontFile2 105 0 R>>',
	'endobj',
	'21 0 obj',
	'<</Type/Font/Subtype/TrueType/BaseFont/Barcode/Encoding/WinAnsiEncoding/FontDescriptor 22 0 R/FirstChar 32/LastChar 57/Widths 23 0 R>>',
	'endobj',
	'22 0 obj',
	'<</Type/FontDescriptor/FontName/Barcode/Flags 32/FontFile2 24 0 R>>',
	'endobj',
	'31 0 obj',
	'<</Type/Font/Subtype/Type1/BaseFont/BAAAAA+NotoSerifCJKjp/FirstChar 0/LastChar 255/Widths 33 0 R/FontDescriptor 32 0 R/ToUnicode 34 0 R>>',
	'endobj',
	'32 0 obj',
	'<</Type/FontDescriptor/FontName/BAAAAA+NotoSerifCJKjp/Flags 4/FontFile3 35 0 R>>',
	'endobj',
	''
].join('\n');

describe('textOnly: font programs', () => {
	it('renames, in place, the program keys of fonts whose glyphs map to text without them', () => {
		const out = text(textOnly(bytes(FONTS)));
		expect(out.length).toBe(FONTS.length);
		expect(out).toContain('<</Type/FontDescriptor/FontName/TimesNewRomanPSMT/Flags 32/FontFileX 105 0 R>>');
		expect(out).toContain('<</Type/FontDescriptor/FontName/Barcode/Flags 32/FontFileX 24 0 R>>');
		// A Type 1 font in its built-in encoding (LibreOffice's subsets) needs its program to map its codes.
		expect(out).toContain('/FontName/BAAAAA+NotoSerifCJKjp/Flags 4/FontFile3 35 0 R>>');
		// Everything else byte for byte.
		expect(out.replaceAll('/FontFileX', '/FontFile2')).toBe(FONTS);
	});

	it('keeps a symbolic TrueType font’s program unless a ToUnicode map says what its glyphs are', () => {
		const symbolic = FONTS.replace('/FontName/Barcode/Flags 32', '/FontName/Barcode/Flags 4');
		expect(text(textOnly(bytes(symbolic)))).toContain('/FontName/Barcode/Flags 4/FontFile2 24 0 R>>');
		const mapped = symbolic.replace('/Encoding/WinAnsiEncoding', '/Encoding/WinAnsiEncoding/ToUnicode 30 0 R');
		expect(text(textOnly(bytes(mapped)))).toContain('/FontName/Barcode/Flags 4/FontFileX 24 0 R>>');
	});

	it('keeps a descriptor shared with a font that needs its program, and leaves files with nothing to rename', () => {
		const shared = FONTS.replace('/FontDescriptor 32 0 R', '/FontDescriptor 12 0 R').replace(
			'/Barcode/Encoding/WinAnsiEncoding',
			'/Barcode/Encoding/Custom'
		);
		expect(text(textOnly(bytes(shared)))).toBe(shared);
		const plain = bytes('%PDF-1.4\n1 0 obj\n<</Type/Catalog>>\nendobj\n');
		expect(textOnly(plain)).toBe(plain);
	});

	it('renames the programs of a real Word PDF: Times New Roman in three faces, the barcode font', () => {
		const url = new URL('../../../../tests/fixtures/real/A-RES-73-3.en.pdf', import.meta.url);
		const pdf = new Uint8Array(readFileSync(url));
		const out = textOnly(pdf);
		expect(out.length).toBe(pdf.length);
		expect(text(out).match(/\/FontFileX/g)).toHaveLength(4);
		expect(text(out)).not.toContain('/FontFile2');
	});
});

describe('textOnly: the structure tree', () => {
	it('renames the catalog’s /StructTreeRoot in place, and no other key of that name', () => {
		const pdf = [
			'%PDF-1.7',
			'1 0 obj',
			'<</Type/Catalog/Pages 2 0 R/Lang(en-US) /StructTreeRoot 67 0 R/MarkInfo<</Marked true>>>>',
			'endobj',
			'5 0 obj',
			'<</Type/Annot/Subtype/Link/StructTreeRoot 9 0 R>>',
			'endobj',
			''
		].join('\n');
		const out = text(textOnly(bytes(pdf)));
		expect(out).toBe(pdf.replace('/StructTreeRoot 67', '/StructTreeRooX 67'));
	});
});
