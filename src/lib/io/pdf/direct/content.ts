/**
 * Content streams for the direct reader: a page's operators, and its form XObjects' drawn in place, handed to
 * the glyph reader (glyphs.ts) one by one as they are read, as pdfjs's operator list would carry them
 * (core/evaluator.js getOperatorList) in everything the glyph reader reads: the graphics state saved and
 * restored, matrices, the text state, fonts set, strings shown as glyphs, forms entered and left, and paths
 * with their bounding boxes (32-bit floats, as pdfjs keeps them). No operator list is built. pdfjs's list for
 * text (`getOperatorList`) is not run through its queue optimizer (its OPLIST intent takes the NullOptimizer),
 * so a path drawn as `q cm <path> Q` stays as drawn, inside its `cm`; the operators the glyph reader does not
 * read (colours, line styles, marked content, clipping, `ET`) are checked and passed over.
 *
 * What pdfjs would tolerate or do in a way of its own is {@link Unsupported}: an unknown operator, operands of
 * the wrong count or type, text before any font, inline images, shadings, patterns, an ExtGState that sets a
 * font, a soft mask or a transfer function, a form that draws itself, forms nested too deep.
 */
import type { GlyphReader } from '../glyphs';
import type { DirectFont, DirectGlyph, FontLoader } from './fonts';
import type { PdfFile } from './file';
import {
	ARRAY_END,
	ARRAY_NUMBER,
	ARRAY_STRING,
	Cmd,
	EOF,
	Lexer,
	Name,
	Ref,
	Stream,
	stringBuffer,
	TOKENS,
	Unsupported,
	type Dict,
	type PdfValue,
	type Token
} from './syntax';

/** Forms drawn within forms, at most. */
const MAX_FORM_DEPTH = 12;
/** Operators per page, at most: a page of text has tens of thousands. */
const MAX_OPERATORS = 2_000_000;
/** pdfjs's limit on an operator's operands. */
const MAX_OPERANDS = 33;

/** PDF's operators, numbered for a switch that jumps rather than compares strings. */
const enum O {
	w,
	J,
	j,
	M,
	d,
	ri,
	i,
	gs,
	q,
	Q,
	cm,
	m,
	l,
	c,
	v,
	y,
	h,
	re,
	S,
	s,
	f,
	F,
	fStar,
	B,
	BStar,
	b,
	bStar,
	n,
	W,
	WStar,
	BT,
	ET,
	Tc,
	Tw,
	Tz,
	TL,
	Tf,
	Tr,
	Ts,
	Td,
	TD,
	Tm,
	TStar,
	Tj,
	TJ,
	Quote,
	DoubleQuote,
	d0,
	d1,
	CS,
	cs,
	SC,
	SCN,
	sc,
	scn,
	G,
	g,
	RG,
	rg,
	K,
	k,
	sh,
	BI,
	Do,
	MP,
	DP,
	BMC,
	BDC,
	EMC,
	BX,
	EX
}

/** Each operator by its name, with its operand count (pdfjs's EvaluatorPreprocessor.opMap); -n: at most n. */
const OPERATORS = new Map<string, [O, number]>([
	['w', [O.w, 1]],
	['J', [O.J, 1]],
	['j', [O.j, 1]],
	['M', [O.M, 1]],
	['d', [O.d, 2]],
	['ri', [O.ri, 1]],
	['i', [O.i, 1]],
	['gs', [O.gs, 1]],
	['q', [O.q, 0]],
	['Q', [O.Q, 0]],
	['cm', [O.cm, 6]],
	['m', [O.m, 2]],
	['l', [O.l, 2]],
	['c', [O.c, 6]],
	['v', [O.v, 4]],
	['y', [O.y, 4]],
	['h', [O.h, 0]],
	['re', [O.re, 4]],
	['S', [O.S, 0]],
	['s', [O.s, 0]],
	['f', [O.f, 0]],
	['F', [O.F, 0]],
	['f*', [O.fStar, 0]],
	['B', [O.B, 0]],
	['B*', [O.BStar, 0]],
	['b', [O.b, 0]],
	['b*', [O.bStar, 0]],
	['n', [O.n, 0]],
	['W', [O.W, 0]],
	['W*', [O.WStar, 0]],
	['BT', [O.BT, 0]],
	['ET', [O.ET, 0]],
	['Tc', [O.Tc, 1]],
	['Tw', [O.Tw, 1]],
	['Tz', [O.Tz, 1]],
	['TL', [O.TL, 1]],
	['Tf', [O.Tf, 2]],
	['Tr', [O.Tr, 1]],
	['Ts', [O.Ts, 1]],
	['Td', [O.Td, 2]],
	['TD', [O.TD, 2]],
	['Tm', [O.Tm, 6]],
	['T*', [O.TStar, 0]],
	['Tj', [O.Tj, 1]],
	['TJ', [O.TJ, 1]],
	["'", [O.Quote, 1]],
	['"', [O.DoubleQuote, 3]],
	['d0', [O.d0, 2]],
	['d1', [O.d1, 6]],
	['CS', [O.CS, 1]],
	['cs', [O.cs, 1]],
	['SC', [O.SC, -4]],
	['SCN', [O.SCN, -33]],
	['sc', [O.sc, -4]],
	['scn', [O.scn, -33]],
	['G', [O.G, 1]],
	['g', [O.g, 1]],
	['RG', [O.RG, 3]],
	['rg', [O.rg, 3]],
	['K', [O.K, 4]],
	['k', [O.k, 4]],
	['sh', [O.sh, 1]],
	['BI', [O.BI, 0]],
	['Do', [O.Do, 1]],
	['MP', [O.MP, 1]],
	['DP', [O.DP, 2]],
	['BMC', [O.BMC, 1]],
	['BDC', [O.BDC, 2]],
	['EMC', [O.EMC, 0]],
	['BX', [O.BX, 0]],
	['EX', [O.EX, 0]]
]);

/**
 * ExtGState keys pdfjs reads into its graphics state, none of which moves text (a line width or dash, a blend
 * mode, an alpha; a soft mask other than none is declined), and the keys it passes over. Any other key (a font,
 * a transfer function) is declined.
 */
const GSTATE_READ = new Set(['LW', 'LC', 'LJ', 'ML', 'D', 'RI', 'FL', 'CA', 'ca', 'BM', 'SMask']);
const GSTATE_IGNORED = new Set([
	'Type',
	'OP',
	'op',
	'OPM',
	'BG',
	'BG2',
	'UCR',
	'UCR2',
	'TR2',
	'HT',
	'SM',
	'SA',
	'AIS',
	'TK'
]);

/**
 * An operand that stands for the array of strings and numbers just read straight into glyphs (a TJ's, in
 * {@link ContentReader.shown}); no value of PDF's, so that any operator but TJ declines it as it would decline
 * an array of strings.
 */
const SHOWN = Object.freeze({ shown: true }) as unknown as PdfValue;

/** A box around nothing: every point widens it. */
const NO_BOX = [Infinity, Infinity, -Infinity, -Infinity];

/** A path's bounding box as pdfjs keeps it: 32-bit floats. */
function emptyBox(): Float32Array {
	return new Float32Array(NO_BOX);
}

/** What pdfjs's path state holds, as far as bounding boxes need. */
interface PathState {
	box: Float32Array;
	drawn: boolean;
}

/** What reading one content stream keeps besides its lexer: operands, saved states, the path, resources. */
interface Frame {
	/** The operands of the operator to come. */
	readonly args: PdfValue[];
	readonly stack: EvalState[];
	state: EvalState;
	/** States saved and not yet restored. */
	saved: number;
	readonly path: PathState;
	readonly resources: Dict;
	readonly fonts: Dict | null;
	readonly xobjects: Dict | null;
	readonly gstates: Dict | null;
	readonly reader: GlyphReader;
	/** The forms being drawn, by object number, and how deep. */
	readonly forms: Set<number>;
	readonly depth: number;
}

/** The graphics state pdfjs's evaluator tracks: the font (for decoding strings) and the current point. */
interface EvalState {
	font: string | null;
	pointX: number;
	pointY: number;
}

function num(v: PdfValue): number {
	if (typeof v !== 'number') throw new Unsupported('an operand that is not a number');
	return v;
}

function nums(args: PdfValue[]): number[] {
	for (const a of args) if (typeof a !== 'number') throw new Unsupported('an operand that is not a number');
	return args as number[];
}

/** Reads pages' content into the glyph reader. */
export class ContentReader {
	private operators = 0;
	/** Resources whose fonts and forms are loaded, and the forms' decoded bytes. */
	private readonly prepared = new WeakMap<Dict, Promise<void>>();
	private readonly formBytes = new WeakMap<Stream, Uint8Array>();

	constructor(
		private readonly file: PdfFile,
		private readonly fonts: FontLoader
	) {}

	/** A TJ's glyphs and adjustments, reused from one TJ to the next, and how many there are. */
	private readonly shown: (DirectGlyph | number)[] = [];
	private shownCount = 0;
	/** The last `Tm`, reused (the glyph reader copies it). */
	private readonly textMatrix = new Float32Array(6);

	/** Reads a page's content into the glyph reader. */
	async page(contents: PdfValue | undefined, resources: Dict, reader: GlyphReader): Promise<void> {
		const value = this.file.resolve(contents);
		let stream: Stream | null = null;
		if (value instanceof Stream) stream = value;
		else if (Array.isArray(value)) {
			if (value.length > 1) throw new Unsupported('a page of several content streams');
			const one = this.file.resolve(value[0]);
			if (one !== undefined && !(one instanceof Stream)) throw new Unsupported('a content stream that is not a stream');
			stream = one ?? null;
		} else if (value !== undefined && value !== null) throw new Unsupported('malformed page contents');
		if (stream) {
			if (stream.dict.has('Resources')) throw new Unsupported('a content stream with resources of its own');
			const start: EvalState = { font: null, pointX: 0, pointY: 0 };
			const bytes = await this.file.streamBytes(stream);
			await this.prepare(resources, 0);
			this.operators = 0;
			this.run(bytes, resources, reader, new Set(), 0, start);
		}
	}

	/**
	 * Loads what a page's operators may ask for, so that they run synchronously (an async loop stays
	 * unoptimised in V8, and a page has tens of thousands of tokens): the fonts of its resources, and its
	 * forms' bytes and resources, recursively.
	 */
	private prepare(resources: Dict, depth: number): Promise<void> {
		// Pages read at once share their resources (LibreOffice gives every page the same): one loading each.
		let prepared = this.prepared.get(resources);
		if (!prepared) {
			prepared = depth > MAX_FORM_DEPTH ? Promise.resolve() : this.load(resources, depth);
			this.prepared.set(resources, prepared);
		}
		return prepared;
	}

	private async load(resources: Dict, depth: number): Promise<void> {
		const fonts = this.file.dict(resources, 'Font');
		if (fonts) for (const ref of fonts.values()) await this.fonts.prepare(ref);
		const xobjects = this.file.dict(resources, 'XObject');
		if (!xobjects) return;
		for (const value of xobjects.values()) {
			const xobject = this.file.resolve(value);
			if (!(xobject instanceof Stream) || this.formBytes.has(xobject)) continue;
			const subtype = this.file.get(xobject.dict, 'Subtype');
			if (!(subtype instanceof Name) || subtype.name !== 'Form') continue;
			this.formBytes.set(xobject, await this.file.streamBytes(xobject));
			const own = this.file.get(xobject.dict, 'Resources');
			if (own instanceof Map) await this.prepare(own, depth + 1);
		}
	}

	private run(
		bytes: Uint8Array,
		resources: Dict,
		reader: GlyphReader,
		forms: Set<number>,
		depth: number,
		initial: EvalState
	): void {
		const file = this.file;
		const lexer = new Lexer(bytes);
		const frame: Frame = {
			args: [],
			stack: [],
			state: { ...initial },
			saved: 0,
			path: { box: emptyBox(), drawn: false },
			resources,
			fonts: file.dict(resources, 'Font'),
			xobjects: file.dict(resources, 'XObject'),
			gstates: file.dict(resources, 'ExtGState'),
			reader,
			forms,
			depth
		};
		const args = frame.args;
		/** Whether an operand is {@link SHOWN} (one array at a time is read into glyphs). */
		let shown = false;
		for (;;) {
			const token: Token = lexer.next();
			if (!(token instanceof Cmd)) {
				// A number, name or string: the operands most tokens are.
				args.push(token);
				if (args.length > MAX_OPERANDS) throw new Unsupported('too many operands');
				continue;
			}
			if (token === EOF) break;
			if (token === TOKENS.OPEN_ARRAY) {
				// Read straight into glyphs when it holds strings and numbers only (as a TJ's does) and a font is set.
				const font = frame.state.font;
				if (!shown && font !== null && this.readShown(lexer, this.fonts.loaded(font))) {
					shown = true;
					args.push(SHOWN);
				} else args.push(lexer.complete(token, false, 0));
				if (args.length > MAX_OPERANDS) throw new Unsupported('too many operands');
				continue;
			}
			if (token === TOKENS.OPEN_DICT) {
				args.push(lexer.complete(token, false, 0));
				if (args.length > MAX_OPERANDS) throw new Unsupported('too many operands');
				continue;
			}
			const known = (token.operator ??= OPERATORS.get(token.cmd) ?? null);
			if (!known) throw new Unsupported(`the operator ${token.cmd}`);
			const op = known[0];
			const arity = known[1];
			if (arity >= 0 ? args.length !== arity : args.length > -arity) {
				throw new Unsupported(`the operator ${token.cmd} with ${args.length} operands`);
			}
			if (++this.operators > MAX_OPERATORS) throw new Unsupported('too many operators');
			this.operate(op, token, frame);
			args.length = 0;
			shown = false;
		}
		if (args.length) throw new Unsupported('operands without an operator');
		// pdfjs closes what a stream left saved.
		for (; frame.saved > 0; frame.saved--) reader.restore();
	}

	/** One operator, its operands checked, applied to the stream's state and handed to the glyph reader. */
	private operate(op: O, token: Cmd, f: Frame): void {
		switch (op) {
			case O.q:
				f.stack.push({ ...f.state });
				f.saved++;
				f.reader.save();
				break;
			case O.Q:
				if (f.saved === 0) throw new Unsupported('a restore without a save');
				f.state = f.stack.pop()!;
				f.saved--;
				f.reader.restore();
				break;
			case O.cm:
				f.reader.transform(nums(f.args));
				break;
			case O.m:
			case O.l: {
				const a = nums(f.args);
				const x = a[0];
				const y = a[1];
				f.state.pointX = x;
				f.state.pointY = y;
				pointBox(x, y, f.path.box);
				f.path.drawn = true;
				break;
			}
			case O.re: {
				const a = nums(f.args);
				const x = a[0];
				const y = a[1];
				const w = a[2];
				const h = a[3];
				f.state.pointX = x;
				f.state.pointY = y;
				const xw = x + w;
				const yh = y + h;
				const box = f.path.box;
				box[0] = Math.min(box[0], x, xw);
				box[1] = Math.min(box[1], y, yh);
				box[2] = Math.max(box[2], x, xw);
				box[3] = Math.max(box[3], y, yh);
				f.path.drawn = true;
				break;
			}
			case O.c:
			case O.v:
			case O.y:
				curveTo(op, nums(f.args), f.state, f.path.box);
				f.path.drawn = true;
				break;
			case O.h:
				f.path.drawn = true;
				break;
			case O.S:
			case O.s:
			case O.f:
			case O.F:
			case O.fStar:
			case O.B:
			case O.BStar:
			case O.b:
			case O.bStar:
			case O.n: {
				// Closing the path draws it, even when nothing was drawn before.
				if (op === O.s || op === O.b || op === O.bStar) f.path.drawn = true;
				if (f.path.drawn) {
					f.reader.path(f.path.box);
					f.path.box.set(NO_BOX, 0);
					f.path.drawn = false;
				}
				break;
			}
			case O.BT:
				f.reader.beginText();
				break;
			case O.ET:
				break;
			case O.Tc:
				f.reader.setCharSpacing(num(f.args[0]));
				break;
			case O.Tw:
				f.reader.setWordSpacing(num(f.args[0]));
				break;
			case O.Tz:
				f.reader.setHScale(num(f.args[0]));
				break;
			case O.TL:
				f.reader.setLeading(num(f.args[0]));
				break;
			case O.Ts:
				f.reader.setTextRise(num(f.args[0]));
				break;
			case O.Td: {
				const a = nums(f.args);
				f.reader.moveText(a[0], a[1]);
				break;
			}
			case O.TD: {
				const a = nums(f.args);
				f.reader.setLeadingMoveText(a[0], a[1]);
				break;
			}
			case O.Tm:
				// In 32-bit floats, as pdfjs's list carries them.
				this.textMatrix.set(nums(f.args));
				f.reader.setTextMatrix(this.textMatrix);
				break;
			case O.TStar:
				f.reader.nextLine();
				break;
			case O.Tf: {
				const name = f.args[0];
				const size = f.args[1];
				if (!(name instanceof Name) || typeof size !== 'number') throw new Unsupported('a malformed Tf');
				const font = this.fonts.use(f.fonts?.get(name.name));
				f.state.font = font.id;
				f.reader.setFont(font.id, size);
				break;
			}
			case O.Tj:
				f.reader.showText(this.glyphs(f.state, f.args[0]));
				break;
			case O.Quote:
				this.needFont(f.state);
				f.reader.nextLine();
				f.reader.showText(this.glyphs(f.state, f.args[0]));
				break;
			case O.DoubleQuote:
				this.needFont(f.state);
				f.reader.nextLine();
				f.reader.setWordSpacing(num(f.args[0]));
				f.reader.setCharSpacing(num(f.args[1]));
				f.reader.showText(this.glyphs(f.state, f.args[2]));
				break;
			case O.TJ: {
				this.needFont(f.state);
				const items = f.args[0];
				if (items === SHOWN) {
					f.reader.showText(this.shown, this.shownCount);
					break;
				}
				f.reader.showText(this.shown, this.showArray(items, this.fonts.loaded(f.state.font!)));
				break;
			}
			case O.gs:
				this.extGState(f.args[0], f.gstates);
				break;
			case O.Do:
				this.drawXObject(f.args[0], f.xobjects, f.resources, f.reader, f.forms, f.depth, f.state);
				break;
			case O.EMC:
			case O.J:
			case O.j:
			case O.M:
			case O.ri:
			case O.i:
			case O.W:
			case O.WStar:
			case O.Tr:
			case O.SC:
			case O.sc:
			case O.G:
			case O.g:
			case O.RG:
			case O.rg:
			case O.K:
			case O.k:
				break;
			case O.BMC:
			case O.BDC:
			case O.w:
			case O.d:
			case O.SCN:
			case O.scn:
			case O.CS:
			case O.cs:
				checkOperands(op, f.args);
				break;
			case O.MP:
			case O.DP:
			case O.BX:
			case O.EX:
				break;
			default:
				// d0, d1 (Type 3 glyphs), sh, BI: not read here.
				throw new Unsupported(`the operator ${token.cmd}`);
		}
	}

	/** A TJ's array read as a value: its glyphs and adjustments into {@link shown}; gives their count. */
	private showArray(items: PdfValue, font: DirectFont): number {
		if (!Array.isArray(items)) throw new Unsupported('a TJ without an array');
		const shown = this.shown;
		let count = 0;
		for (let k = 0; k < items.length; k++) {
			const item = items[k];
			if (typeof item === 'string') {
				const glyphs = font.glyphs(item);
				for (let g = 0; g < glyphs.length; g++) shown[count++] = glyphs[g];
			} else if (typeof item === 'number') shown[count++] = item;
			else throw new Unsupported('a TJ item that is neither a string nor a number');
		}
		return count;
	}

	/** `gs`: an ExtGState checked for anything that would change the text (see {@link GSTATE_READ}). */
	private extGState(name: PdfValue, gstates: Dict | null | undefined): void {
		const file = this.file;
		if (!(name instanceof Name)) throw new Unsupported('a malformed gs');
		const gs = gstates ? file.resolve(gstates.get(name.name)) : undefined;
		if (!(gs instanceof Map)) throw new Unsupported('a missing ExtGState');
		for (const [key, value] of gs) {
			if (GSTATE_READ.has(key)) {
				const v = file.resolve(value);
				if (key === 'LW' && typeof v !== 'number') throw new Unsupported('a malformed ExtGState');
				if (key === 'SMask' && !(v instanceof Name && v.name === 'None')) throw new Unsupported('a soft mask');
			} else if (!GSTATE_IGNORED.has(key)) throw new Unsupported(`the ExtGState key ${key}`);
		}
	}

	/** `Do`: an image passed over (pdfjs skips them all), a form drawn in place. */
	private drawXObject(
		name: PdfValue,
		xobjects: Dict | null | undefined,
		resources: Dict,
		reader: GlyphReader,
		forms: Set<number>,
		depth: number,
		state: EvalState
	): void {
		const file = this.file;
		if (!(name instanceof Name)) throw new Unsupported('a malformed Do');
		const ref = xobjects?.get(name.name);
		const xobject = file.resolve(ref);
		if (!(xobject instanceof Stream)) throw new Unsupported('a missing XObject');
		const subtype = file.get(xobject.dict, 'Subtype');
		if (!(subtype instanceof Name)) throw new Unsupported('an XObject without a subtype');
		if (subtype.name === 'Image') {
			// pdfjs skips every image (maxImageSize 0) and adds no operator for it.
			const w = file.get(xobject.dict, 'Width') ?? file.get(xobject.dict, 'W');
			const h = file.get(xobject.dict, 'Height') ?? file.get(xobject.dict, 'H');
			if (typeof w !== 'number' || typeof h !== 'number' || !w || !h)
				throw new Unsupported('an image without its size');
			return;
		}
		if (subtype.name !== 'Form') throw new Unsupported(`an XObject of subtype ${subtype.name}`);
		if (!(ref instanceof Ref)) throw new Unsupported('a form given inline');
		this.form(xobject, ref.num, resources, reader, forms, depth, state);
	}

	/**
	 * Reads an array operand (after its `[`) straight into glyphs of the font, in {@link shown}: true when it holds
	 * strings and numbers only, at least one string; else false, the lexer put back at its start for it to be read
	 * as a value (a dash pattern's numbers, anything unusual).
	 */
	private readShown(lexer: Lexer, font: DirectFont): boolean {
		const shown = this.shown;
		const start = lexer.pos;
		let count = 0;
		let strings = false;
		for (;;) {
			const item = lexer.arrayItem();
			if (item === ARRAY_NUMBER) shown[count++] = lexer.itemNumber;
			else if (item === ARRAY_STRING) {
				count = font.decode(stringBuffer(), lexer.itemLength, shown, count);
				strings = true;
			} else if (item === ARRAY_END && strings) break;
			else {
				lexer.pos = start;
				return false;
			}
		}
		this.shownCount = count;
		return true;
	}

	private needFont(state: EvalState): void {
		if (!state.font) throw new Unsupported('text shown before a font is set');
	}

	private glyphs(state: EvalState, chars: PdfValue): DirectGlyph[] {
		this.needFont(state);
		if (typeof chars !== 'string') throw new Unsupported('text that is not a string');
		return this.fonts.loaded(state.font!).glyphs(chars);
	}

	private form(
		form: Stream,
		num: number,
		resources: Dict,
		reader: GlyphReader,
		forms: Set<number>,
		depth: number,
		outer: EvalState
	): void {
		const file = this.file;
		if (forms.has(num)) throw new Unsupported('a form that draws itself');
		if (depth >= MAX_FORM_DEPTH) throw new Unsupported('forms nested too deep');
		const dict = form.dict;
		if (dict.has('OC')) throw new Unsupported('a form with optional content');
		const matrixValue = file.get(dict, 'Matrix');
		const matrix = Array.isArray(matrixValue) ? matrixValue.map((x) => file.resolve(x)) : null;
		const f32 =
			matrix && matrix.length === 6 && matrix.every((x) => typeof x === 'number')
				? new Float32Array(matrix as number[])
				: null;
		const group = file.get(dict, 'Group');
		if (group !== undefined && !(group instanceof Map)) throw new Unsupported('a malformed form group');
		reader.beginForm(f32);
		const own = file.get(dict, 'Resources');
		const inner = new Set(forms).add(num);
		const bytes = this.formBytes.get(form);
		if (!bytes) throw new Unsupported('a form not prepared');
		this.run(bytes, own instanceof Map ? own : resources, reader, inner, depth + 1, outer);
		reader.endForm();
	}
}

/** The operands of operators the glyph reader passes over, checked as far as pdfjs would read them otherwise. */
function checkOperands(op: O, args: PdfValue[]): void {
	switch (op) {
		case O.w:
			if (typeof args[0] !== 'number') throw new Unsupported('a malformed w');
			break;
		case O.BMC:
		case O.BDC:
			if (!(args[0] instanceof Name)) throw new Unsupported('a malformed marked content');
			break;
		case O.d:
			if (!Array.isArray(args[0]) || !args[0].every((x) => typeof x === 'number') || typeof args[1] !== 'number') {
				throw new Unsupported('a malformed dash');
			}
			break;
		case O.SCN:
		case O.scn:
			if (args.some((a) => typeof a !== 'number')) throw new Unsupported('a pattern colour');
			break;
		case O.CS:
		case O.cs: {
			const cs = args[0];
			if (!(cs instanceof Name)) throw new Unsupported('a malformed colour space');
			if (cs.name === 'Pattern') throw new Unsupported('a pattern colour space');
			break;
		}
	}
}

/** `c`, `v`, `y`: a Bézier curve from the current point, its box added to the path's. */
function curveTo(op: O, a: number[], state: EvalState, box: Float32Array): void {
	const sx = state.pointX;
	const sy = state.pointY;
	let x: number;
	let y: number;
	if (op === O.c) {
		x = a[4];
		y = a[5];
		bezierBox(sx, sy, a[0], a[1], a[2], a[3], x, y, box);
	} else if (op === O.v) {
		// The first control point is the current point.
		x = a[2];
		y = a[3];
		bezierBox(sx, sy, sx, sy, a[0], a[1], x, y, box);
	} else {
		// The second control point is the end point.
		x = a[2];
		y = a[3];
		bezierBox(sx, sy, a[0], a[1], x, y, x, y, box);
	}
	state.pointX = x;
	state.pointY = y;
}

/** pdfjs's Util.pointBoundingBox, on its Float32Array. */
function pointBox(x: number, y: number, box: Float32Array): void {
	box[0] = Math.min(box[0], x);
	box[1] = Math.min(box[1], y);
	box[2] = Math.max(box[2], x);
	box[3] = Math.max(box[3], y);
}

function extremumOnCurve(
	x0: number,
	x1: number,
	x2: number,
	x3: number,
	y0: number,
	y1: number,
	y2: number,
	y3: number,
	t: number,
	box: Float32Array
): void {
	if (t <= 0 || t >= 1) return;
	const mt = 1 - t;
	const tt = t * t;
	const ttt = tt * t;
	const x = mt * (mt * (mt * x0 + 3 * t * x1) + 3 * tt * x2) + ttt * x3;
	const y = mt * (mt * (mt * y0 + 3 * t * y1) + 3 * tt * y2) + ttt * y3;
	pointBox(x, y, box);
}

function extremum(
	x0: number,
	x1: number,
	x2: number,
	x3: number,
	y0: number,
	y1: number,
	y2: number,
	y3: number,
	a: number,
	b: number,
	c: number,
	box: Float32Array
): void {
	if (Math.abs(a) < 1e-12) {
		if (Math.abs(b) >= 1e-12) extremumOnCurve(x0, x1, x2, x3, y0, y1, y2, y3, -c / b, box);
		return;
	}
	const delta = b ** 2 - 4 * c * a;
	if (delta < 0) return;
	const sqrtDelta = Math.sqrt(delta);
	const a2 = 2 * a;
	extremumOnCurve(x0, x1, x2, x3, y0, y1, y2, y3, (-b + sqrtDelta) / a2, box);
	extremumOnCurve(x0, x1, x2, x3, y0, y1, y2, y3, (-b - sqrtDelta) / a2, box);
}

/** pdfjs's Util.bezierBoundingBox. */
function bezierBox(
	x0: number,
	y0: number,
	x1: number,
	y1: number,
	x2: number,
	y2: number,
	x3: number,
	y3: number,
	box: Float32Array
): void {
	box[0] = Math.min(box[0], x0, x3);
	box[1] = Math.min(box[1], y0, y3);
	box[2] = Math.max(box[2], x0, x3);
	box[3] = Math.max(box[3], y0, y3);
	extremum(x0, x1, x2, x3, y0, y1, y2, y3, 3 * (-x0 + 3 * (x1 - x2) + x3), 6 * (x0 - 2 * x1 + x2), 3 * (x1 - x0), box);
	extremum(x0, x1, x2, x3, y0, y1, y2, y3, 3 * (-y0 + 3 * (y1 - y2) + y3), 6 * (y0 - 2 * y1 + y2), 3 * (y1 - y0), box);
}
