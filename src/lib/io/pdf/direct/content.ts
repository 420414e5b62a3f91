/**
 * Content streams for the direct reader: a page's operators, and its form XObjects' drawn in place, turned into
 * the operator list pdfjs would give for them (core/evaluator.js getOperatorList) in everything the glyph
 * reader (glyphs.ts) reads: the graphics state saved and restored, matrices, the text state, fonts set, strings
 * shown as glyphs, forms entered and left, and paths with their bounding boxes. Operators the reader does not
 * read are added as one opaque operator each, where pdfjs adds one, so that chunks and optimizer matches fall
 * where pdfjs's fall (oplist.ts).
 *
 * What pdfjs would tolerate or do in a way of its own is {@link Unsupported}: an unknown operator, operands of
 * the wrong count or type, text before any font, inline images, shadings, patterns, an ExtGState that sets a
 * font, a soft mask or a transfer function, a form that draws itself, forms nested too deep.
 */
import type { FontLoader } from './fonts';
import type { PdfFile } from './file';
import { OperatorList, OPS, OTHER_OP } from './oplist';
import { Cmd, EOF, Lexer, Name, Ref, Stream, Unsupported, type Dict, type PdfValue, type Token } from './syntax';

/** Forms drawn within forms, at most. */
const MAX_FORM_DEPTH = 12;
/** Operators per page, at most: a page of text has tens of thousands. */
const MAX_OPERATORS = 2_000_000;
/** pdfjs's limit on an operator's operands. */
const MAX_OPERANDS = 33;

/** Operand counts of PDF's operators (pdfjs's EvaluatorPreprocessor.opMap); -n: at most n. */
const ARITY: Record<string, number> = {
	w: 1,
	J: 1,
	j: 1,
	M: 1,
	d: 2,
	ri: 1,
	i: 1,
	gs: 1,
	q: 0,
	Q: 0,
	cm: 6,
	m: 2,
	l: 2,
	c: 6,
	v: 4,
	y: 4,
	h: 0,
	re: 4,
	S: 0,
	s: 0,
	f: 0,
	F: 0,
	'f*': 0,
	B: 0,
	'B*': 0,
	b: 0,
	'b*': 0,
	n: 0,
	W: 0,
	'W*': 0,
	BT: 0,
	ET: 0,
	Tc: 1,
	Tw: 1,
	Tz: 1,
	TL: 1,
	Tf: 2,
	Tr: 1,
	Ts: 1,
	Td: 2,
	TD: 2,
	Tm: 6,
	'T*': 0,
	Tj: 1,
	TJ: 1,
	"'": 1,
	'"': 3,
	d0: 2,
	d1: 6,
	CS: 1,
	cs: 1,
	SC: -4,
	SCN: -33,
	sc: -4,
	scn: -33,
	G: 1,
	g: 1,
	RG: 3,
	rg: 3,
	K: 4,
	k: 4,
	sh: 1,
	BI: 0,
	Do: 1,
	MP: 1,
	DP: 2,
	BMC: 1,
	BDC: 2,
	EMC: 0,
	BX: 0,
	EX: 0
};

const PAINT: Record<string, number> = {
	S: OPS.stroke,
	s: OPS.closeStroke,
	f: OPS.fill,
	F: OPS.fill,
	'f*': OPS.eoFill,
	B: OPS.fillStroke,
	'B*': OPS.eoFillStroke,
	b: OPS.closeFillStroke,
	'b*': OPS.closeEOFillStroke,
	n: OPS.endPath
};

/** ExtGState keys pdfjs turns into a setGState entry (an operator is added when there is one). */
const GSTATE_EMITTING = new Set(['LW', 'LC', 'LJ', 'ML', 'D', 'RI', 'FL', 'CA', 'ca', 'BM', 'SMask']);
const GSTATE_SILENT = new Set([
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

/** A path's bounding box as pdfjs keeps it: 32-bit floats. */
function emptyBox(): Float32Array {
	return new Float32Array([Infinity, Infinity, -Infinity, -Infinity]);
}

/** What pdfjs's path state holds, as far as bounding boxes need. */
interface PathState {
	box: Float32Array;
	drawn: boolean;
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

/** Reads pages' content into operator lists. */
export class ContentReader {
	private operators = 0;

	constructor(
		private readonly file: PdfFile,
		private readonly fonts: FontLoader
	) {}

	/** A page's operator list. */
	async page(contents: PdfValue | undefined, resources: Dict): Promise<OperatorList> {
		const list = new OperatorList();
		this.operators = 0;
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
			await this.run(await this.file.streamBytes(stream), resources, list, new Set(), 0, start);
		}
		list.flush();
		return list;
	}

	private async run(
		bytes: Uint8Array,
		resources: Dict,
		list: OperatorList,
		forms: Set<number>,
		depth: number,
		initial: EvalState
	): Promise<void> {
		const file = this.file;
		const lexer = new Lexer(bytes);
		const args: PdfValue[] = [];
		const stack: EvalState[] = [];
		let state: EvalState = { ...initial };
		const path: PathState = { box: emptyBox(), drawn: false };
		const fontsRes = file.dict(resources, 'Font');
		const xobjects = file.dict(resources, 'XObject');
		const gstates = file.dict(resources, 'ExtGState');
		let saved = 0;
		for (;;) {
			const token: Token = lexer.next();
			if (token === EOF) break;
			if (!(token instanceof Cmd) || token.cmd === '[' || token.cmd === '<<') {
				args.push(lexer.complete(token, false, 0));
				if (args.length > MAX_OPERANDS) throw new Unsupported('too many operands');
				continue;
			}
			const op = token.cmd;
			const arity = ARITY[op];
			if (arity === undefined) throw new Unsupported(`the operator ${op}`);
			if (arity >= 0 ? args.length !== arity : args.length > -arity) {
				throw new Unsupported(`the operator ${op} with ${args.length} operands`);
			}
			if (++this.operators > MAX_OPERATORS) throw new Unsupported('too many operators');
			switch (op) {
				case 'q':
					stack.push({ ...state });
					saved++;
					list.addOp(OPS.save, null);
					break;
				case 'Q':
					if (saved === 0) throw new Unsupported('a restore without a save');
					state = stack.pop()!;
					saved--;
					list.addOp(OPS.restore, null);
					break;
				case 'cm':
					list.addOp(OPS.transform, nums(args).slice());
					break;
				case 'm':
				case 'l': {
					const [x, y] = nums(args);
					state.pointX = x;
					state.pointY = y;
					pointBox(x, y, path.box);
					path.drawn = true;
					break;
				}
				case 're': {
					const [x, y, w, h] = nums(args);
					state.pointX = x;
					state.pointY = y;
					const xw = x + w;
					const yh = y + h;
					const box = path.box;
					box[0] = Math.min(box[0], x, xw);
					box[1] = Math.min(box[1], y, yh);
					box[2] = Math.max(box[2], x, xw);
					box[3] = Math.max(box[3], y, yh);
					path.drawn = true;
					break;
				}
				case 'c': {
					const [x1, y1, x2, y2, x, y] = nums(args);
					bezierBox(state.pointX, state.pointY, x1, y1, x2, y2, x, y, path.box);
					state.pointX = x;
					state.pointY = y;
					path.drawn = true;
					break;
				}
				case 'v': {
					const [x1, y1, x, y] = nums(args);
					const sx = state.pointX;
					const sy = state.pointY;
					bezierBox(sx, sy, sx, sy, x1, y1, x, y, path.box);
					state.pointX = x;
					state.pointY = y;
					path.drawn = true;
					break;
				}
				case 'y': {
					const [x1, y1, x, y] = nums(args);
					bezierBox(state.pointX, state.pointY, x1, y1, x, y, x, y, path.box);
					state.pointX = x;
					state.pointY = y;
					path.drawn = true;
					break;
				}
				case 'h':
					path.drawn = true;
					break;
				case 'S':
				case 's':
				case 'f':
				case 'F':
				case 'f*':
				case 'B':
				case 'B*':
				case 'b':
				case 'b*':
				case 'n': {
					const fn = PAINT[op];
					if (op === 's' || op === 'b' || op === 'b*') path.drawn = true;
					if (!path.drawn) list.addOp(OPS.constructPath, [fn, [null], null]);
					else {
						list.addOp(OPS.constructPath, [fn, [null], path.box.slice()]);
						path.box.set([Infinity, Infinity, -Infinity, -Infinity], 0);
						path.drawn = false;
					}
					break;
				}
				case 'BT':
					list.addOp(OPS.beginText, null);
					break;
				case 'ET':
					list.addOp(OPS.endText, null);
					break;
				case 'Tc':
					list.addOp(OPS.setCharSpacing, [num(args[0])]);
					break;
				case 'Tw':
					list.addOp(OPS.setWordSpacing, [num(args[0])]);
					break;
				case 'Tz':
					list.addOp(OPS.setHScale, [num(args[0])]);
					break;
				case 'TL':
					list.addOp(OPS.setLeading, [num(args[0])]);
					break;
				case 'Ts':
					list.addOp(OPS.setTextRise, [num(args[0])]);
					break;
				case 'Td':
					list.addOp(OPS.moveText, nums(args).slice());
					break;
				case 'TD':
					list.addOp(OPS.setLeadingMoveText, nums(args).slice());
					break;
				case 'Tm':
					list.addOp(OPS.setTextMatrix, [new Float32Array(nums(args))]);
					break;
				case 'T*':
					list.addOp(OPS.nextLine, null);
					break;
				case 'Tf': {
					const [name, size] = args;
					if (!(name instanceof Name) || typeof size !== 'number') throw new Unsupported('a malformed Tf');
					const font = await this.fonts.load(fontsRes?.get(name.name));
					state.font = font.id;
					list.addDependency(font.id);
					list.addOp(OPS.setFont, [font.id, size]);
					break;
				}
				case 'Tj':
					list.addOp(OPS.showText, [this.glyphs(state, args[0])]);
					break;
				case "'":
					this.needFont(state);
					list.addOp(OPS.nextLine, null);
					list.addOp(OPS.showText, [this.glyphs(state, args[0])]);
					break;
				case '"':
					this.needFont(state);
					list.addOp(OPS.nextLine, null);
					list.addOp(OPS.setWordSpacing, [num(args[0])]);
					list.addOp(OPS.setCharSpacing, [num(args[1])]);
					list.addOp(OPS.showText, [this.glyphs(state, args[2])]);
					break;
				case 'TJ': {
					this.needFont(state);
					const items = args[0];
					if (!Array.isArray(items)) throw new Unsupported('a TJ without an array');
					const glyphs: unknown[] = [];
					const font = this.fonts.loaded(state.font!);
					for (const item of items) {
						if (typeof item === 'string') {
							for (const g of font.glyphs(item)) glyphs.push(g);
						} else if (typeof item === 'number') glyphs.push(item);
						else throw new Unsupported('a TJ item that is neither a string nor a number');
					}
					list.addOp(OPS.showText, [glyphs]);
					break;
				}
				case 'gs': {
					const name = args[0];
					if (!(name instanceof Name)) throw new Unsupported('a malformed gs');
					const gs = gstates ? file.resolve(gstates.get(name.name)) : undefined;
					if (!(gs instanceof Map)) throw new Unsupported('a missing ExtGState');
					let emits = false;
					for (const [key, value] of gs) {
						if (GSTATE_EMITTING.has(key)) {
							emits = true;
							const v = file.resolve(value);
							if (key === 'LW' && typeof v !== 'number') throw new Unsupported('a malformed ExtGState');
							if (key === 'SMask' && !(v instanceof Name && v.name === 'None')) throw new Unsupported('a soft mask');
						} else if (!GSTATE_SILENT.has(key)) throw new Unsupported(`the ExtGState key ${key}`);
					}
					if (emits) list.addOp(OPS.setGState, [[]]);
					break;
				}
				case 'Do': {
					const name = args[0];
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
						break;
					}
					if (subtype.name !== 'Form') throw new Unsupported(`an XObject of subtype ${subtype.name}`);
					if (!(ref instanceof Ref)) throw new Unsupported('a form given inline');
					await this.form(xobject, ref.num, resources, list, forms, depth, state);
					break;
				}
				case 'BMC':
				case 'BDC':
				case 'EMC':
				case 'w':
				case 'J':
				case 'j':
				case 'M':
				case 'ri':
				case 'i':
				case 'W':
				case 'W*':
				case 'Tr':
				case 'SC':
				case 'sc':
				case 'G':
				case 'g':
				case 'RG':
				case 'rg':
				case 'K':
				case 'k':
					if (op === 'w' && typeof args[0] !== 'number') throw new Unsupported('a malformed w');
					if ((op === 'BDC' || op === 'BMC') && !(args[0] instanceof Name))
						throw new Unsupported('a malformed marked content');
					list.addOp(OTHER_OP, null);
					break;
				case 'd':
					if (!Array.isArray(args[0]) || !args[0].every((x) => typeof x === 'number') || typeof args[1] !== 'number') {
						throw new Unsupported('a malformed dash');
					}
					list.addOp(OTHER_OP, null);
					break;
				case 'SCN':
				case 'scn':
					if (args.some((a) => typeof a !== 'number')) throw new Unsupported('a pattern colour');
					list.addOp(OTHER_OP, null);
					break;
				case 'CS':
				case 'cs': {
					const cs = args[0];
					if (!(cs instanceof Name)) throw new Unsupported('a malformed colour space');
					if (cs.name === 'Pattern') throw new Unsupported('a pattern colour space');
					break;
				}
				case 'MP':
				case 'DP':
				case 'BX':
				case 'EX':
					break;
				default:
					// d0, d1 (Type 3 glyphs), sh, BI: not read here.
					throw new Unsupported(`the operator ${op}`);
			}
			args.length = 0;
		}
		if (args.length) throw new Unsupported('operands without an operator');
		// pdfjs closes what a stream left saved.
		for (; saved > 0; saved--) list.addOp(OPS.restore, null);
	}

	private needFont(state: EvalState): void {
		if (!state.font) throw new Unsupported('text shown before a font is set');
	}

	private glyphs(state: EvalState, chars: PdfValue): unknown[] {
		this.needFont(state);
		if (typeof chars !== 'string') throw new Unsupported('text that is not a string');
		return this.fonts.loaded(state.font!).glyphs(chars);
	}

	private async form(
		form: Stream,
		num: number,
		resources: Dict,
		list: OperatorList,
		forms: Set<number>,
		depth: number,
		outer: EvalState
	): Promise<void> {
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
		if (group) list.addOp(OTHER_OP, null);
		list.addOp(OPS.paintFormXObjectBegin, [f32, null]);
		const own = file.get(dict, 'Resources');
		const inner = new Set(forms).add(num);
		await this.run(await file.streamBytes(form), own instanceof Map ? own : resources, list, inner, depth + 1, outer);
		list.addOp(OPS.paintFormXObjectEnd, []);
		if (group) list.addOp(OTHER_OP, null);
	}
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
	box[0] = Math.min(box[0], x);
	box[1] = Math.min(box[1], y);
	box[2] = Math.max(box[2], x);
	box[3] = Math.max(box[3], y);
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
