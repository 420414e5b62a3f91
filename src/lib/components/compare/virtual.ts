/**
 * Arithmetic of the windowed row list. Rows have different heights, known only once rendered, so
 * each starts with an estimate and is corrected when measured. Heights sit in a Fenwick tree
 * (binary indexed tree, Fenwick 1994): a correction and the offset of any row are O(log n), and the
 * row at a scroll position is found by binary lifting in O(log n), so a 10,000-row document costs
 * nothing per scroll frame.
 */

/** Heights of a list of rows, with prefix sums. */
export class HeightIndex {
	readonly size: number;
	private readonly heights: Float64Array;
	private readonly tree: Float64Array;

	/** A list of `size` rows whose heights start at `estimate(i)` pixels. */
	constructor(size: number, estimate: (index: number) => number) {
		this.size = size;
		this.heights = new Float64Array(size);
		this.tree = new Float64Array(size + 1);
		for (let i = 0; i < size; i++) this.heights[i] = Math.max(0, estimate(i));
		// Linear-time build: each node passes its sum to its parent.
		for (let i = 1; i <= size; i++) {
			this.tree[i] += this.heights[i - 1];
			const parent = i + (i & -i);
			if (parent <= size) this.tree[parent] += this.tree[i];
		}
	}

	/** Height of row `index`. */
	get(index: number): number {
		return this.heights[index];
	}

	/** Sets the measured height of row `index`; returns true when it changed. */
	set(index: number, height: number): boolean {
		const h = Math.max(0, height);
		const delta = h - this.heights[index];
		if (Math.abs(delta) < 0.5) return false;
		this.heights[index] = h;
		for (let i = index + 1; i <= this.size; i += i & -i) this.tree[i] += delta;
		return true;
	}

	/** Distance from the top of the list to the top of row `index` (`size` gives the total). */
	offsetOf(index: number): number {
		let sum = 0;
		for (let i = Math.min(index, this.size); i > 0; i -= i & -i) sum += this.tree[i];
		return sum;
	}

	/** Total height of the list. */
	total(): number {
		return this.offsetOf(this.size);
	}

	/** The row at distance `y` from the top of the list (clamped to the rows that exist). */
	indexAt(y: number): number {
		if (this.size === 0) return 0;
		let pos = 0;
		let rest = y;
		let step = 1;
		while (step * 2 <= this.size) step *= 2;
		for (; step > 0; step >>= 1) {
			const next = pos + step;
			if (next <= this.size && this.tree[next] <= rest) {
				pos = next;
				rest -= this.tree[next];
			}
		}
		return Math.min(pos, this.size - 1);
	}
}

/** The rows to render for a viewport, as a half-open range, plus the spacers around them. */
export interface WindowRange {
	start: number;
	end: number;
	/** Height of the space standing in for rows before `start`. */
	before: number;
	/** Height of the space standing in for rows from `end` on. */
	after: number;
}

/**
 * Rows overlapping the viewport [top, bottom) (pixels from the list's top), widened by `overscan`
 * pixels on each side so that a fast scroll does not show blank space before the next frame.
 */
export function windowRange(index: HeightIndex, top: number, bottom: number, overscan: number): WindowRange {
	if (index.size === 0) return { start: 0, end: 0, before: 0, after: 0 };
	const start = index.indexAt(Math.max(0, top - overscan));
	let end = index.indexAt(Math.max(0, bottom + overscan)) + 1;
	end = Math.min(index.size, Math.max(end, start + 1));
	const before = index.offsetOf(start);
	return { start, end, before, after: index.total() - index.offsetOf(end) };
}

/**
 * A first guess at a row's height in pixels before it is measured: lines of text at the column's
 * width (a CJK character is about one em wide), plus the row's fixed chrome.
 */
export function estimateRowHeight(
	chars: number,
	options: { columnWidth: number; fontSize: number; lineHeight: number; chrome: number }
): number {
	const perLine = Math.max(8, Math.floor(options.columnWidth / options.fontSize));
	const lines = Math.max(1, Math.ceil(chars / perLine));
	return Math.round(options.chrome + lines * options.fontSize * options.lineHeight);
}
