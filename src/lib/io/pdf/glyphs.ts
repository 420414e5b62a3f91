/**
 * Step 1 of reading a PDF: a page's drawing operators → the glyphs drawn on it, each where it stands, and the
 * thin horizontal rules (the short line above footnotes, the rules of the masthead and running header).
 *
 * The operators are pdfjs's: the content stream parsed, with each `showText` carrying its glyphs (width in
 * glyph space, Unicode value, whether it is the word space) and the TJ adjustments between them. They come as
 * pdfjs's operator list, walked here, or one by one from the direct reader (direct/), which calls the glyph
 * reader ({@link GlyphReader}) as it reads a content stream, with no list in between. Positions are
 * computed here the way a renderer computes them (PDF 32000-1 §9.4.4, and pdfjs's own canvas.js `showText`):
 * the glyph's origin is the current point in text space, mapped by the text matrix and the current
 * transformation matrix; after it the point advances by `(w · Tfs + Tc + Tw) · Th`, where `w` is the glyph
 * width scaled by the font matrix, `Tc` the character spacing, `Tw` the word spacing (after a code 32 only)
 * and `Th` the horizontal scaling; a TJ number `n` moves it by `−n / 1000 · Tfs`. The text state (font, size,
 * spacing, leading, rise, matrices) belongs to the graphics state, so `q`/`Q` save and restore it, and a form
 * XObject draws inside its own matrix. Cost: linear in the operators.
 *
 * Glyphs of rotated or vertical text (stamps, margin notes) and glyphs outside the page box are left out: they
 * are no part of the reading flow.
 */
import type { PdfjsFont, PdfjsGlyph, PdfjsOperatorList, PdfjsOps, PdfjsPage } from './pdfjs';

/** A glyph as drawn: its text, its origin on the baseline and its advance, in PDF units from the page's corner. */
export interface PdfGlyph {
	/** The text it stands for: usually one character, a ligature's letters, or a space. */
	text: string;
	/** Origin on the baseline (text rise included), from the page's left edge. */
	x: number;
	/** Baseline, from the page's bottom edge (y grows upwards, as in PDF). */
	y: number;
	/** Advance width, character and word spacing excluded: the glyph's own box. */
	width: number;
	/** Font size in PDF units. */
	size: number;
	/** Index of the font in {@link PdfPageGlyphs.fonts}. */
	font: number;
	/** It stands for white space: the word space, a no-break space, an ideographic space. */
	space: boolean;
}

/** A thin horizontal rule drawn on the page, in the same units as glyphs. */
export interface PdfRule {
	x: number;
	y: number;
	width: number;
}

/** What the reader knows of a font. */
export interface PdfFontFacts {
	/** pdfjs's id of the font object, the same on every page that uses it. */
	id: string;
	/** The PDF's name of it, without a subset prefix: `TimesNewRomanPS-BoldMT`. */
	name: string;
	bold: boolean;
	italic: boolean;
	/** Advance of its word space as a share of the font size (em), when the page draws one; else null. */
	spaceEm: number | null;
}

/** One page read into glyphs. */
export interface PdfPageGlyphs {
	/** 1-based page number. */
	number: number;
	width: number;
	height: number;
	glyphs: PdfGlyph[];
	fonts: PdfFontFacts[];
	rules: PdfRule[];
	/** Per font, the glyphs drawn for each letter: two glyphs for one letter betray a damaged text layer. */
	letters: LetterGlyphs[];
}

/** A document read page by page into glyphs: through pdfjs, or by the direct reader. */
export interface GlyphDocument {
	numPages: number;
	/** Page `n` (1-based) read into glyphs. */
	readPage(n: number): Promise<PdfPageGlyphs>;
}

/** For each letter a font drew: its character codes, each with its glyph width and how often it was drawn. */
export type LetterGlyphs = Map<string, Map<number, { width: number; uses: number }>>;

/** Font names that say bold: `SimSun,Bold`, `NotoSerifCJKsc-Bold`, `Arial-BoldMT`, `…Black`, `…Heavy`. */
const BOLD_FONT = /bold|black|heavy|demi|semibold|,b$|-b$/i;
/** Font names that say italic: `TimesNewRomanPS-ItalicMT`, `Arial-BoldItalicMT`, `…Oblique`, `…,Italic`. */
const ITALIC_FONT = /italic|oblique|,i$|-i$/i;

/**
 * Rotation tolerated before text counts as rotated: the skew terms of the glyph's matrix against its scale.
 * Unit: ratio; 0.05 is about 3 degrees, more than any page scanned straight but less than any stamp.
 */
const ROTATION_TOLERANCE = 0.05;
/** The most a rule may be high to be a rule and not a box. Unit: PDF units (1/72 inch). */
const RULE_MAX_HEIGHT = 2;
/** The least a rule must be wide: shorter strokes are underlines of a word or bits of a glyph. Unit: PDF units. */
const RULE_MIN_WIDTH = 8;

type Matrix = [number, number, number, number, number, number];

/** The font matrix of every font but Type 3: glyph widths are in thousandths of the font size. */
const FONT_MATRIX: Matrix = [0.001, 0, 0, 0.001, 0, 0];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: ArrayLike<number>): Matrix {
	return [
		m[0] * n[0] + m[2] * n[1],
		m[1] * n[0] + m[3] * n[1],
		m[0] * n[2] + m[2] * n[3],
		m[1] * n[2] + m[3] * n[3],
		m[0] * n[4] + m[2] * n[5] + m[4],
		m[1] * n[4] + m[3] * n[5] + m[5]
	];
}

/** The graphics state as far as text and rules need it; copied on `q`, restored on `Q`. */
interface State {
	ctm: Matrix;
	/** Text matrix (Tm) and the current point within it (canvas.js keeps the point apart from the matrix). */
	tm: Matrix;
	x: number;
	y: number;
	lineX: number;
	lineY: number;
	charSpacing: number;
	wordSpacing: number;
	hScale: number;
	leading: number;
	rise: number;
	font: number;
	size: number;
	/** −1 when the size was given negative (glyphs drawn mirrored). */
	direction: number;
}

/** Reads a page's glyphs and rules from pdfjs (one operator list; the fonts it used come with it). */
export async function readPageGlyphs(page: PdfjsPage, ops: PdfjsOps, number: number): Promise<PdfPageGlyphs> {
	const list = await page.getOperatorList({ annotationMode: 0 });
	const reader = new GlyphReader(new FontTable(page.commonObjs), page.view);
	walkOperators(list, ops, reader);
	return reader.page(number);
}

/** Where a page's fonts are found by id: pdfjs's `commonObjs`, or the direct reader's fonts. */
export type FontObjects = PdfjsPage['commonObjs'];

/** The fonts a page uses, by pdfjs id, with their facts; their objects are read from `commonObjs`. */
export class FontTable {
	private readonly index = new Map<string, number>();
	private readonly ids: string[] = [];
	private readonly objects: (PdfjsFont | null)[] = [];
	private readonly pending: Promise<void>[] = [];
	private readonly spaces: number[][] = [];
	private readonly codes: Map<number, { unicode: string; width: number; uses: number }>[] = [];

	constructor(private readonly commonObjs: FontObjects) {}

	/** The font's index, reading its object the first time (synchronously when it is there already). */
	id(name: string): number {
		let i = this.index.get(name);
		if (i !== undefined) return i;
		i = this.objects.length;
		this.index.set(name, i);
		this.ids.push(name);
		this.objects.push(null);
		this.spaces.push([]);
		this.codes.push(new Map());
		const at = i;
		try {
			if (this.commonObjs.has(name)) this.objects[at] = this.commonObjs.get(name) as PdfjsFont;
			else
				this.pending.push(
					new Promise((resolve) => {
						this.commonObjs.get(name, (data) => {
							this.objects[at] = data as PdfjsFont;
							resolve();
						});
					})
				);
		} catch {
			// An unreadable font reads as a plain one of the usual metrics.
		}
		return at;
	}

	/** The font's matrix, from glyph space to text space. */
	matrix(i: number): ArrayLike<number> {
		return this.objects[i]?.fontMatrix ?? FONT_MATRIX;
	}

	/** Notes a drawn space's advance (as a share of the font size) and a letter's character code. */
	note(i: number, glyph: PdfjsGlyph, em: number): void {
		if (glyph.unicode === ' ') {
			if (em > 0) this.spaces[i].push(em);
			return;
		}
		const code = glyph.originalCharCode;
		if (code === undefined) return;
		// By character code first (a number: cheap for every glyph); letters are grouped at the end.
		const codes = this.codes[i];
		const seen = codes.get(code);
		if (seen) seen.uses++;
		else codes.set(code, { unicode: glyph.unicode, width: glyph.width, uses: 1 });
	}

	/** For each letter a font drew, the codes it was drawn from. */
	get letters(): LetterGlyphs[] {
		return this.codes.map((codes) => {
			const letters: LetterGlyphs = new Map();
			for (const [code, { unicode, width, uses }] of codes) {
				if (unicode.length !== 1) continue;
				let byCode = letters.get(unicode);
				if (!byCode) letters.set(unicode, (byCode = new Map()));
				byCode.set(code, { width, uses });
			}
			return letters;
		});
	}

	async loaded(): Promise<void> {
		// pdfjs resolves a font's object a moment after the operator list that first uses it.
		await Promise.all(this.pending);
	}

	facts(): PdfFontFacts[] {
		return this.objects.map((font, i) => {
			const name = (font?.name ?? '').replace(/^[A-Z]{6}\+/, '');
			const spaces = this.spaces[i].sort((a, b) => a - b);
			return {
				id: this.ids[i],
				name,
				bold: font?.bold === true || font?.black === true || BOLD_FONT.test(name),
				italic: font?.italic === true || ITALIC_FONT.test(name),
				spaceEm: spaces.length ? spaces[spaces.length >> 1] : null
			};
		});
	}
}

/**
 * The one-character white space, by code: the space, tab and line ends, the no-break space, the typographic
 * spaces (U+2000–U+200A) and the ideographic space (one look-up for every glyph, whatever its script).
 */
const WHITE_SPACE = new Uint8Array(0x3001);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x3000]) WHITE_SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) WHITE_SPACE[c] = 1;

/** Whether a glyph's text is white space only (and not empty): the space, no-break space, ideographic space. */
function isWhiteSpace(text: string): boolean {
	if (text.length === 1) {
		const c = text.charCodeAt(0);
		return c < WHITE_SPACE.length && WHITE_SPACE[c] === 1;
	}
	return text !== '' && !text.trim();
}

/**
 * The glyph reader proper: the graphics and text state, changed by one call per drawing operation in the order
 * the page draws them, and the glyphs and rules drawn. pdfjs's operator lists drive it through
 * {@link walkOperators}; the direct reader's content streams drive it as they are read (direct/content.ts), with
 * no operator list in between. Arguments are taken as pdfjs's operator lists carry them.
 */
export class GlyphReader {
	private readonly glyphs: PdfGlyph[] = objectArray();
	private readonly rules: PdfRule[] = objectArray();
	private readonly stack: State[] = objectArray();
	private s: State = {
		ctm: IDENTITY,
		tm: IDENTITY,
		x: 0,
		y: 0,
		lineX: 0,
		lineY: 0,
		charSpacing: 0,
		wordSpacing: 0,
		hScale: 1,
		leading: 0,
		rise: 0,
		font: -1,
		size: 0,
		direction: 1
	};
	/** The page box's lower-left corner, and its width and height: glyphs are placed from that corner. */
	private readonly x0: number;
	private readonly y0: number;
	private readonly right: number;
	private readonly top: number;

	/** `view`: the page box [x0, y0, x1, y1]. */
	constructor(
		private readonly fonts: FontTable,
		view: number[]
	) {
		const [x0, y0, x1, y1] = view;
		this.x0 = x0;
		this.y0 = y0;
		this.right = x1 - x0;
		this.top = y1 - y0;
	}

	/** The page as read, once every font's object has come (pdfjs's come a moment after their first use). */
	async page(number: number): Promise<PdfPageGlyphs> {
		const fonts = this.fonts;
		await fonts.loaded();
		const { glyphs, rules, right: width, top: height } = this;
		return { number, width, height, glyphs, rules, fonts: fonts.facts(), letters: fonts.letters };
	}

	/** `q`: the graphics state saved. */
	save(): void {
		this.stack.push(copyState(this.s));
	}

	/** `Q`: the graphics state restored (an unbalanced one changes nothing). */
	restore(): void {
		this.s = this.stack.pop() ?? this.s;
	}

	/** `cm`: the current transformation matrix times these six numbers. */
	transform(m: ArrayLike<number>): void {
		this.s.ctm = multiply(this.s.ctm, m);
	}

	/** A form XObject drawn: the state saved, the form's matrix (if any) applied. */
	beginForm(matrix: ArrayLike<number> | null | undefined): void {
		this.save();
		if (matrix && matrix.length >= 6) this.transform(matrix);
	}

	endForm(): void {
		this.restore();
	}

	/** `BT`: the text matrix and the current point reset. */
	beginText(): void {
		const s = this.s;
		s.tm = IDENTITY;
		s.x = s.y = s.lineX = s.lineY = 0;
	}

	setCharSpacing(spacing: number): void {
		this.s.charSpacing = spacing;
	}

	setWordSpacing(spacing: number): void {
		this.s.wordSpacing = spacing;
	}

	/** `Tz`, in percent; 0 (or none) reads as 100. */
	setHScale(percent: number): void {
		this.s.hScale = (percent || 100) / 100;
	}

	/** `TL`: the leading, kept as the move `T*` makes (down the page). */
	setLeading(leading: number): void {
		this.s.leading = -leading;
	}

	setTextRise(rise: number): void {
		this.s.rise = rise;
	}

	/** `Tf`: the font by its id (anything else: no font) and its size (negative: glyphs drawn mirrored). */
	setFont(name: unknown, size: unknown): void {
		const s = this.s;
		s.font = typeof name === 'string' ? this.fonts.id(name) : -1;
		const n = Number(size) || 0;
		s.size = Math.abs(n);
		s.direction = n < 0 ? -1 : 1;
	}

	/** `Td`: the start of the next line, from the start of this one. */
	moveText(dx: number, dy: number): void {
		const s = this.s;
		s.x = s.lineX += dx;
		s.y = s.lineY += dy;
	}

	/** `TD`: as `Td`, the move down setting the leading. */
	setLeadingMoveText(dx: number, dy: number): void {
		this.s.leading = dy;
		this.moveText(dx, dy);
	}

	/** `Tm`: the text matrix set, the current point back at its origin. */
	setTextMatrix(m: ArrayLike<number>): void {
		const s = this.s;
		if (m.length >= 6) s.tm = [m[0], m[1], m[2], m[3], m[4], m[5]];
		s.x = s.y = s.lineX = s.lineY = 0;
	}

	/** `T*`: the start of the next line, one leading down. */
	nextLine(): void {
		this.moveText(0, this.s.leading);
	}

	/** A string shown: its glyphs, and TJ adjustments (numbers) between them; the first `count` items. */
	showText(items: ArrayLike<PdfjsGlyph | number>, count = items.length): void {
		const s = this.s;
		if (s.font < 0 || s.size === 0) return;
		const { fonts, glyphs, x0, y0, right, top } = this;
		const fm = fonts.matrix(s.font);
		const m = multiply(s.ctm, s.tm);
		const hScale = s.hScale * s.direction;
		const scaleX = Math.hypot(m[0], m[1]);
		const scaleY = Math.hypot(m[2], m[3]);
		// Text drawn rotated, mirrored or upside down is read as no part of the flow.
		const upright =
			m[0] > 0 &&
			m[3] > 0 &&
			Math.abs(m[1]) <= ROTATION_TOLERANCE * m[0] &&
			Math.abs(m[2]) <= ROTATION_TOLERANCE * m[3] &&
			hScale > 0;
		const { size: fontSize, font, direction, wordSpacing, charSpacing } = s;
		const size = fontSize * scaleY;
		const widthScale = fontSize * (fm[0] || FONT_MATRIX[0]);
		const ty = s.y + s.rise;
		let advance = 0;
		for (let k = 0; k < count; k++) {
			const item = items[k];
			if (typeof item === 'number') {
				advance -= (item * fontSize) / 1000;
				continue;
			}
			const width = item.width * widthScale;
			if (upright) {
				const unicode = item.unicode;
				// A space by what it stands for: `isSpace` only says word spacing applies (any one-byte code 32,
				// which in a subset font may well be a letter).
				const space = isWhiteSpace(unicode);
				const tx = s.x + advance * hScale;
				const x = m[0] * tx + m[2] * ty + m[4] - x0;
				const y = m[1] * tx + m[3] * ty + m[5] - y0;
				if (x >= -size && x <= right && y >= 0 && y <= top && (unicode || space)) {
					glyphs.push({ text: unicode, x, y, width: width * hScale * scaleX, size, font, space });
					fonts.note(font, item, width / fontSize);
				}
			}
			advance += width + ((item.isSpace ? wordSpacing : 0) + charSpacing) * direction;
		}
		s.x += advance * hScale;
	}

	/** A path painted, by its bounding box [x0, y0, x1, y1] in user space: a rule when it is one. */
	path(box: ArrayLike<number> | null | undefined): void {
		if (!box || box.length < 4) return;
		const [a, b, c, d, e, f] = this.s.ctm;
		const left = box[0];
		const bottom = box[1];
		const right = box[2];
		const top = box[3];
		// The box's four corners through the matrix (a rotated box's extent is its corners' extent).
		const xa = a * left + c * bottom + e;
		const ya = b * left + d * bottom + f;
		const xb = a * right + c * top + e;
		const yb = b * right + d * top + f;
		const xc = a * left + c * top + e;
		const yc = b * left + d * top + f;
		const xd = a * right + c * bottom + e;
		const yd = b * right + d * bottom + f;
		const minY = Math.min(ya, yb, yc, yd);
		const maxY = Math.max(ya, yb, yc, yd);
		if (maxY - minY > RULE_MAX_HEIGHT) return;
		const minX = Math.min(xa, xb, xc, xd);
		const maxX = Math.max(xa, xb, xc, xd);
		if (maxX - minX >= RULE_MIN_WIDTH) {
			this.rules.push({ x: minX - this.x0, y: (maxY + minY) / 2 - this.y0, width: maxX - minX });
		}
	}
}

/** What the interpreter does with an operator: the operators of {@link PdfjsOps}, numbered from 1; 0 is none. */
const enum Op {
	None,
	Save,
	Restore,
	Transform,
	SetGState,
	ConstructPath,
	FormBegin,
	FormEnd,
	BeginText,
	SetCharSpacing,
	SetWordSpacing,
	SetHScale,
	SetLeading,
	SetFont,
	SetTextRise,
	MoveText,
	SetLeadingMoveText,
	SetTextMatrix,
	NextLine,
	ShowText
}

/** Each interpreted operator's pdfjs code, with what the interpreter does with it. */
function operatorsOf(OPS: PdfjsOps): [number, Op][] {
	return [
		[OPS.save, Op.Save],
		[OPS.restore, Op.Restore],
		[OPS.transform, Op.Transform],
		[OPS.setGState, Op.SetGState],
		[OPS.constructPath, Op.ConstructPath],
		[OPS.paintFormXObjectBegin, Op.FormBegin],
		[OPS.paintFormXObjectEnd, Op.FormEnd],
		[OPS.beginText, Op.BeginText],
		[OPS.setCharSpacing, Op.SetCharSpacing],
		[OPS.setWordSpacing, Op.SetWordSpacing],
		[OPS.setHScale, Op.SetHScale],
		[OPS.setLeading, Op.SetLeading],
		[OPS.setFont, Op.SetFont],
		[OPS.setTextRise, Op.SetTextRise],
		[OPS.moveText, Op.MoveText],
		[OPS.setLeadingMoveText, Op.SetLeadingMoveText],
		[OPS.setTextMatrix, Op.SetTextMatrix],
		[OPS.nextLine, Op.NextLine],
		[OPS.showText, Op.ShowText]
	];
}

/** Dispatch tables by pdfjs code, one per OPS object: a page's thousands of operators each cost one look-up. */
const dispatchTables = new WeakMap<PdfjsOps, Map<number, Op>>();

function dispatchTable(OPS: PdfjsOps): Map<number, Op> {
	let table = dispatchTables.get(OPS);
	if (!table) {
		table = new Map();
		// The first of two operators given one code wins, as the first case of a switch would.
		for (const [code, op] of operatorsOf(OPS)) if (!table.has(code)) table.set(code, op);
		dispatchTables.set(OPS, table);
	}
	return table;
}

/** Walks a pdfjs operator list, driving the glyph reader by each operator it reads. */
function walkOperators(list: PdfjsOperatorList, OPS: PdfjsOps, reader: GlyphReader): void {
	const table = dispatchTable(OPS);
	const { fnArray, argsArray } = list;
	for (let i = 0; i < fnArray.length; i++) {
		const op = table.get(fnArray[i]);
		if (op === undefined) continue;
		const args = argsArray[i] as unknown[] | null;
		switch (op) {
			case Op.Save:
				reader.save();
				break;
			case Op.Restore:
				reader.restore();
				break;
			case Op.Transform:
				if (args && args.length >= 6) reader.transform(args as number[]);
				break;
			case Op.FormBegin:
				reader.beginForm(args?.[0] as ArrayLike<number> | null | undefined);
				break;
			case Op.FormEnd:
				reader.endForm();
				break;
			case Op.BeginText:
				reader.beginText();
				break;
			case Op.SetCharSpacing:
				reader.setCharSpacing(Number(args?.[0]) || 0);
				break;
			case Op.SetWordSpacing:
				reader.setWordSpacing(Number(args?.[0]) || 0);
				break;
			case Op.SetHScale:
				reader.setHScale(Number(args?.[0]) || 0);
				break;
			case Op.SetLeading:
				reader.setLeading(Number(args?.[0]) || 0);
				break;
			case Op.SetTextRise:
				reader.setTextRise(Number(args?.[0]) || 0);
				break;
			case Op.SetFont:
				reader.setFont(args?.[0], args?.[1]);
				break;
			case Op.SetGState:
				for (const entry of (args?.[0] as unknown[][] | undefined) ?? []) {
					if (entry[0] === 'Font' && Array.isArray(entry[1])) reader.setFont(entry[1][0], entry[1][1]);
				}
				break;
			case Op.MoveText:
				reader.moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
				break;
			case Op.SetLeadingMoveText:
				reader.setLeadingMoveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
				break;
			case Op.SetTextMatrix: {
				reader.setTextMatrix(((args?.[0] ?? args) as ArrayLike<number> | null) ?? []);
				break;
			}
			case Op.NextLine:
				reader.nextLine();
				break;
			case Op.ShowText:
				if (args && Array.isArray(args[0])) reader.showText(args[0] as (PdfjsGlyph | number)[]);
				break;
			case Op.ConstructPath:
				if (args) reader.path(args[2] as ArrayLike<number> | null | undefined);
				break;
		}
	}
}

/**
 * An empty array made to hold objects. An empty array starts out holding small integers in V8's eyes, and the
 * optimised code that pushes objects into the arrays of earlier pages is thrown away when a new page's array
 * still says so; one that has held an object stays an array of objects when emptied.
 */
function objectArray<T>(): T[] {
	const array: unknown[] = [null];
	array.pop();
	return array as T[];
}

/** A copy of the graphics state, for `q` (its matrices are never changed in place, so they are shared). */
function copyState(s: State): State {
	return {
		ctm: s.ctm,
		tm: s.tm,
		x: s.x,
		y: s.y,
		lineX: s.lineX,
		lineY: s.lineY,
		charSpacing: s.charSpacing,
		wordSpacing: s.wordSpacing,
		hScale: s.hScale,
		leading: s.leading,
		rise: s.rise,
		font: s.font,
		size: s.size,
		direction: s.direction
	};
}

/** Letters of the alphabets whose fonts draw each letter from one glyph. */
const ONE_GLYPH_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** Least uses of each of two glyphs of one width for one letter before they count as damage. Unit: glyphs. */
export const DAMAGE_MIN_USES = 3;
/** Widths of two glyphs that differ by more than this share are two different glyphs. Unit: ratio. */
const DAMAGE_WIDTH_DIFFERENCE = 0.02;

/**
 * The letters a damaged text layer maps wrongly: a letter that one font draws from two glyphs. A font has one
 * glyph per letter; when its ToUnicode map sends the glyph of "f" to "i" as well as the glyph of "i", words
 * read "iunciones" for "funciones" in every tool that reads the text layer, and nothing in the text can tell.
 * Two glyphs are told apart by their widths (i 278, f 333 in Times); two of one width (q and u, both 500)
 * count once each has been drawn at least {@link DAMAGE_MIN_USES} times. Letters of the alphabets that give
 * each letter one glyph only (Latin, Greek, Cyrillic): Arabic draws a letter in up to four joined forms, and a
 * font may well draw the space, a hyphen or a Chinese character from two codes.
 */
export function findDamagedLetters(pages: PdfPageGlyphs[]): string[] {
	const byFont = new Map<string, LetterGlyphs>();
	for (const page of pages) {
		page.letters.forEach((letters, i) => {
			const id = page.fonts[i]?.id ?? '';
			let merged = byFont.get(id);
			if (!merged) byFont.set(id, (merged = new Map()));
			for (const [letter, codes] of letters) {
				let into = merged.get(letter);
				if (!into) merged.set(letter, (into = new Map()));
				for (const [code, glyph] of codes) {
					const seen = into.get(code);
					if (seen) seen.uses += glyph.uses;
					else into.set(code, { ...glyph });
				}
			}
		});
	}
	const damaged = new Set<string>();
	for (const letters of byFont.values()) {
		for (const [letter, codes] of letters) {
			if (codes.size < 2 || !ONE_GLYPH_LETTER.test(letter)) continue;
			const glyphs = [...codes.values()];
			const widths = glyphs.map((g) => g.width);
			const differ = Math.max(...widths) - Math.min(...widths) > DAMAGE_WIDTH_DIFFERENCE * Math.max(...widths);
			if (differ || glyphs.filter((g) => g.uses >= DAMAGE_MIN_USES).length >= 2) damaged.add(letter);
		}
	}
	return [...damaged].sort();
}
