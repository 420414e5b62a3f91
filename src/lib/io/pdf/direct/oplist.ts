/**
 * An operator list built as pdfjs builds one (core/operator_list.js): operators added one by one, cut into
 * chunks of about a thousand, each chunk's fonts announced by a `dependency` operator before their first
 * `setFont`, and pdfjs's queue optimizer run over each chunk. The optimizer matters to the reader in one way:
 * a path drawn as `q cm … S Q` is folded into one `constructPath` whose bounding box is moved by the `cm`
 * (in 32-bit floats, as pdfjs does), and the reader takes rules from those boxes. Its other patterns (images,
 * text blocks) change nothing the reader reads, but their partial matches decide where the next match can
 * start, so they are walked as pdfjs walks them.
 */
import { Unsupported } from './syntax';

/** pdfjs's operator codes (its `OPS`), the ones the direct reader emits. */
export const OPS = {
	dependency: 1,
	setGState: 9,
	save: 10,
	restore: 11,
	transform: 12,
	stroke: 20,
	closeStroke: 21,
	fill: 22,
	eoFill: 23,
	fillStroke: 24,
	eoFillStroke: 25,
	closeFillStroke: 26,
	closeEOFillStroke: 27,
	endPath: 28,
	beginText: 31,
	endText: 32,
	setCharSpacing: 33,
	setWordSpacing: 34,
	setHScale: 35,
	setLeading: 36,
	setFont: 37,
	setTextRise: 39,
	moveText: 40,
	setLeadingMoveText: 41,
	setTextMatrix: 42,
	nextLine: 43,
	showText: 44,
	paintFormXObjectBegin: 74,
	paintFormXObjectEnd: 75,
	paintImageMaskXObject: 83,
	paintImageXObject: 85,
	paintInlineImageXObject: 86,
	constructPath: 91
} as const;

/** Any operator the reader does not interpret (colours, line styles, marked content, clipping …). */
export const OTHER_OP = 0;

interface Final {
	checkFn: ((ctx: Context) => boolean) | null;
	iterateFn: (ctx: Context, i: number) => boolean;
	processFn: (ctx: Context, i: number) => number;
}
type Node = Map<number, Node | Final>;

interface Context {
	iCurr: number;
	fnArray: number[];
	argsArray: unknown[];
}

function addState(root: Node, pattern: number[], final: Final): void {
	let node = root;
	for (let i = 0; i < pattern.length - 1; i++) {
		let next = node.get(pattern[i]);
		if (!next) node.set(pattern[i], (next = new Map()));
		node = next as Node;
	}
	node.set(pattern[pattern.length - 1], final);
}

const INITIAL: Node = new Map();
const never = () => false;
// Image groups: pdfjs emits no image operators here (images are skipped), so these only shape the trie.
for (const paint of [OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObject]) {
	addState(INITIAL, [OPS.save, OPS.transform, paint, OPS.restore], {
		checkFn: null,
		iterateFn: never,
		processFn: (_c, i) => i
	});
}
addState(INITIAL, [OPS.beginText, OPS.setFont, OPS.setTextMatrix, OPS.showText, OPS.endText], {
	checkFn: null,
	iterateFn(context, i) {
		const { fnArray, argsArray } = context;
		const iFirstSave = context.iCurr - 4;
		const pos = (i - iFirstSave) % 5;
		switch (pos) {
			case 0:
				return fnArray[i] === OPS.beginText;
			case 1:
				return fnArray[i] === OPS.setFont;
			case 2:
				return fnArray[i] === OPS.setTextMatrix;
			case 3: {
				if (fnArray[i] !== OPS.showText) return false;
				const font = argsArray[context.iCurr - 3] as unknown[];
				const args = argsArray[i] as unknown[];
				// pdfjs compares the shown glyphs with the font's name and size: never equal.
				return args[0] === font[0] && args[1] === font[1];
			}
			default:
				return fnArray[i] === OPS.endText;
		}
	},
	processFn(context, i) {
		const iFirstBeginText = context.iCurr - 4;
		const count = Math.min(Math.floor((i - iFirstBeginText) / 5), 1000);
		if (count < 3) return i - ((i - iFirstBeginText) % 5);
		// Unreachable while the comparison above never holds; pdfjs would merge the blocks here.
		throw new Unsupported('a text block pdfjs would merge');
	}
});
const STROKES: ReadonlySet<number> = new Set([
	OPS.stroke,
	OPS.closeStroke,
	OPS.fillStroke,
	OPS.eoFillStroke,
	OPS.closeFillStroke,
	OPS.closeEOFillStroke
]);
addState(INITIAL, [OPS.save, OPS.transform, OPS.constructPath, OPS.restore], {
	checkFn(context) {
		const op = (context.argsArray[context.iCurr - 1] as unknown[])[0] as number;
		if (!STROKES.has(op)) return true;
		const t = context.argsArray[context.iCurr - 2] as number[];
		return t[0] === 1 && t[1] === 0 && t[2] === 0 && t[3] === 1;
	},
	iterateFn: never,
	processFn(context, i) {
		const { fnArray, argsArray } = context;
		const iFirstSave = context.iCurr - 3;
		const args = argsArray[context.iCurr - 1] as [number, unknown, Float32Array | null];
		const transform = argsArray[context.iCurr - 2] as number[];
		if (args[2]) scaleMinMax(transform, args[2]);
		fnArray.splice(iFirstSave, 4, OPS.constructPath);
		argsArray.splice(iFirstSave, 4, args);
		void i;
		return iFirstSave + 1;
	}
});

/** pdfjs's Util.scaleMinMax, in place on its Float32Array. */
function scaleMinMax(transform: number[], minMax: Float32Array): void {
	let temp;
	if (transform[0]) {
		if (transform[0] < 0) {
			temp = minMax[0];
			minMax[0] = minMax[2];
			minMax[2] = temp;
		}
		minMax[0] *= transform[0];
		minMax[2] *= transform[0];
		if (transform[3] < 0) {
			temp = minMax[1];
			minMax[1] = minMax[3];
			minMax[3] = temp;
		}
		minMax[1] *= transform[3];
		minMax[3] *= transform[3];
	} else {
		temp = minMax[0];
		minMax[0] = minMax[1];
		minMax[1] = temp;
		temp = minMax[2];
		minMax[2] = minMax[3];
		minMax[3] = temp;
		if (transform[1] < 0) {
			temp = minMax[1];
			minMax[1] = minMax[3];
			minMax[3] = temp;
		}
		minMax[1] *= transform[1];
		minMax[3] *= transform[1];
		if (transform[2] < 0) {
			temp = minMax[0];
			minMax[0] = minMax[2];
			minMax[2] = temp;
		}
		minMax[0] *= transform[2];
		minMax[2] *= transform[2];
	}
	minMax[0] += transform[4];
	minMax[1] += transform[5];
	minMax[2] += transform[4];
	minMax[3] += transform[5];
}

const CHUNK_SIZE = 1000;
const CHUNK_SIZE_ABOUT = CHUNK_SIZE - 5;

/** One page's operator list, built as pdfjs builds it. */
export class OperatorList {
	/** The chunks flushed so far, joined: what `getOperatorList` gives. */
	readonly fnArray: number[] = [];
	readonly argsArray: unknown[] = [];
	private chunk: Context = { iCurr: 0, fnArray: [], argsArray: [] };
	private weight = 0;
	private readonly dependencies = new Set<string>();
	private state: Node | null = null;
	private match: Final | null = null;
	private lastProcessed = 0;

	addOp(fn: number, args: unknown): void {
		this.chunk.fnArray.push(fn);
		this.chunk.argsArray.push(args);
		this.optimize();
		this.weight++;
		if (this.weight >= CHUNK_SIZE) this.flush();
		else if (this.weight >= CHUNK_SIZE_ABOUT && (fn === OPS.restore || fn === OPS.endText)) this.flush();
	}

	addDependency(id: string): void {
		if (this.dependencies.has(id)) return;
		this.dependencies.add(id);
		this.addOp(OPS.dependency, [id]);
	}

	private optimize(): void {
		const context = this.chunk;
		const { fnArray } = context;
		let i = this.lastProcessed;
		let ii = fnArray.length;
		let state = this.state;
		let match = this.match;
		if (!state && !match && i + 1 === ii && !INITIAL.has(fnArray[i])) {
			this.lastProcessed = ii;
			return;
		}
		while (i < ii) {
			if (match) {
				if (match.iterateFn(context, i)) {
					i++;
					continue;
				}
				i = match.processFn(context, i + 1);
				ii = fnArray.length;
				match = null;
				state = null;
				if (i >= ii) break;
			}
			const next: Node | Final | undefined = (state ?? INITIAL).get(fnArray[i]);
			if (!next || next instanceof Map) {
				state = next ?? null;
				i++;
				continue;
			}
			context.iCurr = i;
			i++;
			state = null;
			if (next.checkFn && !next.checkFn(context)) continue;
			match = next;
		}
		this.state = state;
		this.match = match;
		this.lastProcessed = i;
	}

	/** Ends a chunk, as pdfjs's `flush`: pending matches processed, the chunk appended, the state reset. */
	flush(): void {
		while (this.match) {
			this.lastProcessed = this.match.processFn(this.chunk, this.chunk.fnArray.length);
			this.match = null;
			this.state = null;
			this.optimize();
		}
		for (let k = 0; k < this.chunk.fnArray.length; k++) {
			this.fnArray.push(this.chunk.fnArray[k]);
			this.argsArray.push(this.chunk.argsArray[k]);
		}
		this.dependencies.clear();
		this.chunk = { iCurr: 0, fnArray: [], argsArray: [] };
		this.weight = 0;
		this.state = null;
		this.match = null;
		this.lastProcessed = 0;
	}
}
