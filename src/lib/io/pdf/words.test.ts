import { describe, expect, it } from 'vitest';
import type { PdfFontFacts, PdfGlyph, PdfPageGlyphs } from './glyphs';
import { buildRuns, drawsItsSpaces, measureSpaceWidths, removeOverstrikes, unitsOf } from './words';

// Glyphs in the geometry of Times New Roman at 10 pt, as Word draws a justified line: every word space a glyph
// (250 units), letters 500 units wide, and small gaps where the line is stretched.
const SIZE = 10;
const fonts: PdfFontFacts[] = [
	{ id: 'f0', name: 'TimesNewRomanPSMT', bold: false, italic: false, spaceEm: 0.25 },
	{ id: 'f1', name: 'TimesNewRomanPS-BoldMT', bold: true, italic: false, spaceEm: 0.25 }
];

/** Glyphs for a text from x, each letter 5 wide, a space 2.5, plus `gaps[i]` before the i-th glyph. */
function glyphs(text: string, x: number, y = 700, gaps: Record<number, number> = {}, font = 0): PdfGlyph[] {
	const out: PdfGlyph[] = [];
	let at = x;
	[...text].forEach((c, i) => {
		at += gaps[i] ?? 0;
		const space = c === ' ';
		const width = space ? 2.5 : 5;
		out.push({ text: c, x: at, y, width, size: SIZE, font, space });
		at += width;
	});
	return out;
}

function page(list: PdfGlyph[]): PdfPageGlyphs {
	return { number: 1, width: 612, height: 792, glyphs: list, fonts, rules: [], letters: [] };
}

const texts = (list: PdfGlyph[]) => buildRuns(page(list)).map((r) => r.text);

describe('buildRuns: spaces from glyph positions', () => {
	it.each([
		['a space glyph is a space', glyphs('out on quality', 100), ['out on quality']],
		// "o n" as pdftotext and pdfjs read it: a text object ends after "o", the next starts 1.06 further on.
		['a gap of 0.106 em where a line is justified is no space', glyphs('out on', 100, 700, { 5: 1.06 }), ['out on']],
		// "drug -resistant": Word leaves 0.144 em before a hyphen; a space is 0.25 em, and the page draws its spaces.
		['a kerned gap before a hyphen is no space', glyphs('drug-resistant', 100, 700, { 4: 1.44 }), ['drug-resistant']],
		[
			'a tab after a number splits the run; the line builder spaces it',
			glyphs('1. Reaffirm', 100, 700, { 3: 20 }),
			['1. ', 'Reaffirm']
		]
	])('%s', (_label, list, expected) => {
		expect(texts(list)).toEqual(expected);
	});

	it('on a page that draws no space glyphs, a gap of half a space is a space (TeX shrinks them to 2/3)', () => {
		const words = ['Recalling', 'its', 'resolution', 'of', '20', 'December', '1968', 'and', 'all', 'others'];
		let x = 100;
		const list: PdfGlyph[] = [];
		for (const word of words) {
			list.push(...glyphs(word, x));
			x += word.length * 5 + 1.7; // 0.17 em: two thirds of a 0.25 em space
		}
		const runs = buildRuns(page(list));
		expect(runs.map((r) => r.text)).toEqual(words);
		expect(runs[0].wordGap).toBeCloseTo(0.5 * 2.5);
	});

	it('judges a page by its word gaps: drawn spaces, or gaps only', () => {
		const spaceOf = () => 2.5;
		const drawn = glyphs('the rise of multidrug resistant tuberculosis and the heavy burden of it', 100);
		expect(drawsItsSpaces(drawn, spaceOf)).toBe(true);
		const bare = drawn.filter((g) => !g.space);
		expect(drawsItsSpaces(bare, spaceOf)).toBe(false);
	});

	it('measures each font’s space over the whole document, within bounds', () => {
		const pages = [page([]), page([])];
		pages[0].fonts = [{ ...fonts[0], spaceEm: 0.25 }];
		pages[1].fonts = [
			{ ...fonts[0], spaceEm: 0.26 },
			{ ...fonts[1], id: 'sym', spaceEm: 1.2 }
		];
		const widths = measureSpaceWidths(pages);
		expect(widths.get('f0')).toBeCloseTo(0.26);
		expect(widths.get('sym')).toBe(0.6);
	});

	it('keeps a space glyph at a run’s end, and a lone space as a run of its own', () => {
		const list = [...glyphs('Goals ', 100), ...glyphs(' and', 140)];
		expect(texts(list)).toEqual(['Goals ', ' and']);
		// A run's place and width are its letters', the spaces at its ends aside.
		const [goals, and] = buildRuns(page(list));
		expect([goals.x, goals.width, and.x, and.width]).toEqual([100, 25, 142.5, 15]);
	});

	it('maps radicals, compatibility ideographs and ligatures back to the characters they stand for', () => {
		expect(texts(glyphs('国⼤会⽉', 100))).toEqual(['国大会月']);
		expect(texts(glyphs('ﬁnancing', 100))).toEqual(['financing']);
	});

	it('starts a new run at a change of face, size or baseline', () => {
		const list = [...glyphs('1.', 100), ...glyphs('Reaffirms', 112, 700, {}, 1), ...glyphs('4', 160, 703.5)];
		list[list.length - 1].size = 6.5;
		const runs = buildRuns(page(list));
		expect(runs.map((r) => [r.text, r.bold, r.size])).toEqual([
			['1.', false, 10],
			['Reaffirms', true, 10],
			['4', false, 6.5]
		]);
	});
});

describe('removeOverstrikes', () => {
	const at = (text: string, x: number, y = 500) => glyphs(text, x, y);
	it.each([
		[
			'four copies a hair apart: one bold word',
			[...at('重申', 100), ...at('重申', 100.35), ...at('重申', 100, 500.35), ...at('重申', 100.35, 500.35)],
			[['重申', true]]
		],
		[
			'a word drawn again over itself inside one run',
			[...at('大会', 100), ...at('大会', 100), ...at('大会', 100)],
			[['大会', true]]
		],
		['a real reduplication keeps its text', at('谢谢', 100), [['谢谢', false]]],
		[
			'the same word further along the line is another word',
			[...at('重申', 100), ...at('重申', 130)],
			[
				['重申', false],
				['重申', false]
			]
		]
	])('%s', (_label, list, expected) => {
		const { kept, overstruck } = removeOverstrikes(list);
		expect(kept.length).toBe(expected.reduce((n, [t]) => n + [...(t as string)].length, 0));
		expect(
			buildRuns(page(list)).map((r) => [r.text, r.bold]),
			`${overstruck}`
		).toEqual(expected);
	});
});

describe('removeOverstrikes: glyphs drawn back along a line', () => {
	const at = (text: string, x: number, y = 500) => glyphs(text, x, y);
	// The letters kept, each overstruck one marked with a star.
	const bold = (list: PdfGlyph[]) => {
		const { kept, overstruck } = removeOverstrikes(list);
		return kept.flatMap((g, i) => (g.space ? [] : [`${g.text}${overstruck[i] ? '*' : ''}`]));
	};

	it('finds a twin drawn after the text ahead of it on the line (a word made bold after its line)', () => {
		// "a bold word" drawn, then "bold" again a hair to the right, as Word overstrikes once the line is out.
		const list = [...at('a bold word', 100), ...at('bold', 107.5 + 0.3)];
		expect(bold(list)).toEqual(['a', 'b*', 'o*', 'l*', 'd*', 'w', 'o', 'r', 'd']);
	});

	it('finds a twin on a neighbouring row within the tolerance, and none just beyond it', () => {
		// Baselines 500.4 and 501.6 round to rows 500 and 502; 1.2 apart is within 0.2 em of 10 pt.
		expect(bold([...at('word', 100, 500.4), ...at('word', 100.2, 501.6)])).toEqual(['w*', 'o*', 'r*', 'd*']);
		// 2.1 apart is just beyond it: two words, one over the other.
		expect(bold([...at('word', 100, 500), ...at('word', 100, 502.1)])).toEqual([...'wordword']);
	});

	it('reads a line drawn from right to left, or in pieces out of order, without taking letters for twins', () => {
		const word = at('level', 100);
		expect(bold([...word].reverse())).toEqual(['l', 'e', 'v', 'e', 'l']);
		// The second half first, then the first: the same letters recur, but never where one was drawn.
		const halves = [...at('ease', 125), ...at('seas', 100)];
		expect(bold(halves)).toEqual(['e', 'a', 's', 'e', 's', 'e', 'a', 's']);
		// And then the first half again over itself: found, though drawn back behind the frontier.
		expect(bold([...halves, ...at('seas', 100.4)])).toEqual(['e', 'a', 's', 'e', 's*', 'e*', 'a*', 's*']);
	});

	it('finds the same twins as a search of every glyph kept, on lines drawn in any order', () => {
		// A reference without shortcuts: the twin is the first glyph kept (rows from the lowest, then in the order
		// kept) with the same text and size within the tolerance, on a row within reach.
		const reference = (list: PdfGlyph[]) => {
			const kept: PdfGlyph[] = [];
			const overstruck: boolean[] = [];
			for (const glyph of list) {
				const tolerance = Math.max(0.5, 0.2 * glyph.size);
				const reach = Math.ceil(tolerance);
				const twins = glyph.space
					? []
					: kept
							.map((other, k) => ({ other, k }))
							.filter(
								({ other }) =>
									!other.space &&
									other.text === glyph.text &&
									Math.abs(Math.round(other.y) - Math.round(glyph.y)) <= reach &&
									Math.abs(other.x - glyph.x) <= tolerance &&
									Math.abs(other.y - glyph.y) <= tolerance &&
									Math.abs(other.size - glyph.size) <= 0.1 * glyph.size
							)
							.sort((a, b) => Math.round(a.other.y) - Math.round(b.other.y) || a.k - b.k);
				if (twins.length) overstruck[twins[0].k] = true;
				else {
					kept.push(glyph);
					overstruck.push(false);
				}
			}
			return { kept, overstruck };
		};
		// A seeded generator, so that a failure can be replayed.
		let seed = 14;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const sizes = [6, SIZE, 11.5, 16];
		for (let round = 0; round < 150; round++) {
			const list: PdfGlyph[] = [];
			for (let piece = 0; piece < 12; piece++) {
				const text = [...'abe e'].filter(() => random() < 0.7).join('') || 'e';
				// Pieces snap to a few places (so that some land on each other) or anywhere near them.
				const x = 100 + (random() < 0.5 ? Math.floor(random() * 8) * 2.5 : random() * 20);
				const y = 500 + (random() < 0.5 ? Math.floor(random() * 4) * 1.5 : random() * 6);
				const size = sizes[Math.floor(random() * sizes.length)];
				const pieceGlyphs = glyphs(text, x, y).map((g) => ({ ...g, size }));
				list.push(...(random() < 0.3 ? pieceGlyphs.reverse() : pieceGlyphs));
			}
			const { kept, overstruck } = removeOverstrikes(list);
			expect({ kept, overstruck: [...overstruck].map(Boolean) }, `round ${round}`).toEqual(reference(list));
		}
	});
});

describe('buildRuns: right-to-left runs keep their glyphs in drawing order', () => {
	it('gives an Arabic run the text of each glyph, its spaces as one space, and a Latin run none', () => {
		// "سلام عليكم" drawn from the left as glyphs, as a right-to-left line is drawn (two space glyphs between
		// its words), then a Latin word a gap further on.
		const list = [...glyphs('مكيلع  مالس', 100), ...glyphs(' peace', 160)];
		const runs = buildRuns(page(list));
		expect(runs[0].units).toEqual(['م', 'ك', 'ي', 'ل', 'ع', ' ', 'م', 'ا', 'ل', 'س']);
		expect(runs.at(-1)?.units).toBeUndefined();
	});

	it('unitsOf reads a range of glyphs: leading, inner and trailing spaces as one space each', () => {
		const list = glyphs('  ab  c ', 100);
		expect(unitsOf(list, 0, list.length)).toEqual([' ', 'a', 'b', ' ', 'c', ' ']);
		expect(unitsOf(list, 2, 4)).toEqual(['a', 'b']);
		expect(unitsOf(list, 3, 3)).toEqual([]);
	});
});
