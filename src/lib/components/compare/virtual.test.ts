import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeightIndex, estimateRowHeight, windowRange } from './virtual';

/** The plain O(n) definitions the tree must agree with. */
function naiveOffset(heights: number[], index: number): number {
	return heights.slice(0, index).reduce((a, b) => a + b, 0);
}
function naiveIndexAt(heights: number[], y: number): number {
	let sum = 0;
	for (let i = 0; i < heights.length; i++) {
		sum += heights[i];
		if (y < sum) return i;
	}
	return Math.max(0, heights.length - 1);
}

describe('HeightIndex', () => {
	it.each([
		{ label: 'empty list', heights: [], y: 10, at: 0, total: 0 },
		{ label: 'one row, inside', heights: [50], y: 10, at: 0, total: 50 },
		{ label: 'first pixel of the second row', heights: [50, 30, 20], y: 50, at: 1, total: 100 },
		{ label: 'last pixel of the first row', heights: [50, 30, 20], y: 49.5, at: 0, total: 100 },
		{ label: 'beyond the end clamps to the last row', heights: [50, 30, 20], y: 1000, at: 2, total: 100 },
		{ label: 'negative clamps to the first row', heights: [50, 30], y: -5, at: 0, total: 80 }
	])('$label', ({ heights, y, at, total }) => {
		const index = new HeightIndex(heights.length, (i) => heights[i]);
		expect(index.indexAt(y)).toBe(at);
		expect(index.total()).toBe(total);
	});

	it('agrees with the naive sums after any sequence of corrections (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }),
				fc.array(fc.tuple(fc.nat(59), fc.integer({ min: 0, max: 400 })), { maxLength: 30 }),
				fc.integer({ min: 0, max: 30000 }),
				(start, updates, y) => {
					const heights = [...start];
					const index = new HeightIndex(heights.length, (i) => heights[i]);
					for (const [i, h] of updates) {
						if (i >= heights.length) continue;
						index.set(i, h);
						heights[i] = h;
					}
					for (let i = 0; i <= heights.length; i++) expect(index.offsetOf(i)).toBe(naiveOffset(heights, i));
					expect(index.indexAt(y)).toBe(naiveIndexAt(heights, y));
				}
			)
		);
	});

	it('reports whether a correction changed anything (sub-pixel noise ignored)', () => {
		const index = new HeightIndex(3, () => 100);
		expect(index.set(1, 100.2)).toBe(false);
		expect(index.set(1, 140)).toBe(true);
		expect(index.offsetOf(2)).toBe(240);
	});
});

describe('windowRange', () => {
	const index = new HeightIndex(1000, () => 100);

	it.each([
		{ label: 'top of the list', top: 0, bottom: 900, overscan: 0, start: 0, end: 10 },
		{ label: 'scrolled into the middle', top: 50_000, bottom: 50_900, overscan: 0, start: 500, end: 510 },
		{ label: 'overscan widens both sides', top: 50_000, bottom: 50_900, overscan: 1000, start: 490, end: 520 },
		{ label: 'past the end keeps the last row', top: 200_000, bottom: 200_900, overscan: 0, start: 999, end: 1000 }
	])('$label', ({ top, bottom, overscan, start, end }) => {
		const range = windowRange(index, top, bottom, overscan);
		expect([range.start, range.end]).toEqual([start, end]);
		expect(range.before).toBe(start * 100);
		expect(range.after).toBe((1000 - end) * 100);
	});

	it('an empty list renders nothing', () => {
		expect(windowRange(new HeightIndex(0, () => 0), 0, 900, 100)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
	});
});

describe('estimateRowHeight', () => {
	const options = { columnWidth: 340, fontSize: 17, lineHeight: 1.8, chrome: 30 };
	it.each([
		{ label: 'empty text is one line', chars: 0, lines: 1 },
		{ label: 'exactly one line (20 characters of 17px in 340px)', chars: 20, lines: 1 },
		{ label: 'one more character wraps', chars: 21, lines: 2 },
		{ label: 'a long paragraph', chars: 200, lines: 10 }
	])('$label', ({ chars, lines }) => {
		expect(estimateRowHeight(chars, options)).toBe(Math.round(30 + lines * 17 * 1.8));
	});
});
