import { describe, expect, it } from 'vitest';
import { findDamagedLetters, readPageGlyphs, type PdfPageGlyphs } from './glyphs';
import type { PdfjsFont, PdfjsGlyph, PdfjsOps, PdfjsPage } from './pdfjs';

// Operator codes of a test double; the interpreter reads them from the module it is given.
const OPS: PdfjsOps = {
	save: 10,
	restore: 11,
	transform: 12,
	setGState: 13,
	constructPath: 14,
	paintFormXObjectBegin: 15,
	paintFormXObjectEnd: 16,
	beginText: 20,
	setCharSpacing: 21,
	setWordSpacing: 22,
	setHScale: 23,
	setLeading: 24,
	setFont: 25,
	setTextRise: 26,
	moveText: 27,
	setLeadingMoveText: 28,
	setTextMatrix: 29,
	nextLine: 30,
	showText: 31
};

const FONTS: Record<string, PdfjsFont> = {
	times: { name: 'ABCDEF+TimesNewRomanPSMT', fontMatrix: [0.001, 0, 0, 0.001, 0, 0] },
	bold: { name: 'TimesNewRomanPS-BoldMT', fontMatrix: [0.001, 0, 0, 0.001, 0, 0] },
	italic: { name: 'Arial', italic: true }
};

/** Glyphs of a string, 500 units wide each and 250 for a space, with the character code of each. */
function show(text: string, widths: Record<string, number> = {}): PdfjsGlyph[] {
	return [...text].map((c) => ({
		unicode: c,
		width: widths[c] ?? (c === ' ' ? 250 : 500),
		isSpace: c === ' ',
		originalCharCode: c.charCodeAt(0)
	}));
}

type Op = [keyof PdfjsOps, unknown[] | null];

function fakePage(ops: Op[], fonts = FONTS): PdfjsPage {
	return {
		view: [0, 0, 612, 792],
		getOperatorList: async () => ({ fnArray: ops.map(([fn]) => OPS[fn]), argsArray: ops.map(([, args]) => args) }),
		commonObjs: { has: (id) => id in fonts, get: (id) => fonts[id] },
		cleanup: () => undefined
	};
}

const read = (ops: Op[]) => readPageGlyphs(fakePage(ops), OPS, 1);
const at = (page: PdfPageGlyphs) => page.glyphs.map((g) => [g.text, +g.x.toFixed(2), +g.y.toFixed(2)]);

describe('readPageGlyphs: where each glyph stands', () => {
	it('advances by glyph widths, TJ adjustments, character and word spacing', async () => {
		const page = await read([
			['beginText', null],
			['setFont', ['times', 10]],
			['setTextMatrix', [[1, 0, 0, 1, 100, 700]]],
			['setCharSpacing', [0.5]],
			['setWordSpacing', [2]],
			['showText', [[...show('a'), -100, ...show(' b')]]]
		]);
		// a at 100; 5 + 0.5 spacing + 1 (TJ −100 = +1 at 10 pt); the space 2.5 + 0.5 + 2 word spacing.
		expect(at(page)).toEqual([
			['a', 100, 700],
			[' ', 106.5, 700],
			['b', 111.5, 700]
		]);
		expect(page.glyphs[0]).toMatchObject({ width: 5, size: 10, space: false });
		expect(page.fonts[0]).toMatchObject({ name: 'TimesNewRomanPSMT', bold: false, spaceEm: 0.25 });
	});

	it('reads a letter drawn from code 32 of a subset font as the letter, with word spacing after it', async () => {
		// LibreOffice numbers a subset's glyphs from 32: "目" may well be code 32, which takes the word spacing.
		const glyph: PdfjsGlyph = { unicode: '目', width: 1000, isSpace: true, originalCharCode: 32 };
		const page = await read([
			['beginText', null],
			['setFont', ['times', 10]],
			['setWordSpacing', [3]],
			['setTextMatrix', [[1, 0, 0, 1, 100, 700]]],
			['showText', [[glyph, ...show('x')]]]
		]);
		expect(page.glyphs.map((g) => [g.text, g.space, g.x])).toEqual([
			['目', false, 100],
			['x', false, 113]
		]);
	});

	it('follows Td, TL, T*, Tz and Ts, and the text state saved by q and restored by Q', async () => {
		const page = await read([
			['beginText', null],
			['setFont', ['bold', 12]],
			['moveText', [72, 720]],
			['setLeading', [14]],
			['showText', [show('x')]],
			['nextLine', null],
			['save', null],
			['setHScale', [50]],
			['setTextRise', [3]],
			['showText', [show('yy')]],
			['restore', null],
			['showText', [show('z')]]
		]);
		expect(at(page)).toEqual([
			['x', 72, 720],
			['y', 72, 709],
			['y', 75, 709],
			['z', 72, 706]
		]);
		expect(page.fonts[0].bold).toBe(true);
	});

	it('maps through the CTM and a form XObject’s matrix, and gives sizes in page units', async () => {
		const page = await read([
			['transform', [2, 0, 0, 2, 10, 20]],
			['paintFormXObjectBegin', [[1, 0, 0, 1, 5, 5], null]],
			['beginText', null],
			['setFont', ['times', 5]],
			['setTextMatrix', [[1, 0, 0, 1, 10, 10]]],
			['showText', [show('ab')]],
			['paintFormXObjectEnd', null]
		]);
		expect(at(page)).toEqual([
			['a', 40, 50],
			['b', 45, 50]
		]);
		expect(page.glyphs[0].size).toBe(10);
	});

	it('leaves out rotated text and text outside the page, and reads fonts set by a graphics state', async () => {
		const page = await read([
			['beginText', null],
			['setGState', [[['Font', ['italic', 10]]]]],
			['setTextMatrix', [[0, 1, -1, 0, 300, 300]]],
			['showText', [show('stamp')]],
			['setTextMatrix', [[1, 0, 0, 1, 100, 900]]],
			['showText', [show('off')]],
			['setTextMatrix', [[1, 0, 0, 1, 100, 400]]],
			['showText', [show('in')]]
		]);
		expect(page.glyphs.map((g) => g.text).join('')).toBe('in');
		expect(page.fonts[0]).toMatchObject({ italic: true, spaceEm: null });
	});

	it('finds thin horizontal paths as rules, in page coordinates', async () => {
		const page = await read([
			['save', null],
			['transform', [1, 0, 0, 1, 0, 100]],
			['constructPath', [0, [], [72, 10, 216, 10.6]]],
			['constructPath', [0, [], [72, 10, 216, 60]]],
			['constructPath', [0, [], [72, 10, 75, 10.5]]],
			['restore', null]
		]);
		expect(page.rules).toEqual([{ x: 72, y: 110.3, width: 144 }]);
	});
});

describe('findDamagedLetters', () => {
	const page = async (text: string, codes: Record<string, number>, widths: Record<string, number> = {}) => {
		const glyphs = show(text, widths).map((g) => ({
			...g,
			unicode: codes[g.unicode] !== undefined ? String.fromCharCode(codes[g.unicode]) : g.unicode
		}));
		return read([
			['beginText', null],
			['setFont', ['times', 10]],
			['setTextMatrix', [[1, 0, 0, 1, 72, 700]]],
			['showText', [glyphs]]
		]);
	};

	it('names the letters a font draws from two glyphs (a ToUnicode map that reads f as i, q as u)', async () => {
		// "funciones que" with f read as i (widths 333 and 278 differ) and q read as u (both 500, each drawn often).
		const damaged = await page(
			'funciones que aquel quien qua firma fin',
			{ f: 'i'.charCodeAt(0), q: 'u'.charCodeAt(0) },
			{ f: 333, i: 278 }
		);
		expect(findDamagedLetters([damaged])).toEqual(['i', 'u']);
	});

	it('says nothing of a sound text layer, nor of a space or hyphen drawn from two codes', async () => {
		const sound = await page('the fight against tuberculosis', {});
		expect(findDamagedLetters([sound])).toEqual([]);
		const spaces = await page('a b\u00a0c', { '\u00a0': 32 });
		expect(findDamagedLetters([spaces])).toEqual([]);
	});
});
