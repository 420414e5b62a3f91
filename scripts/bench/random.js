// A small seeded pseudo-random generator, so every run of the benchmark builds the same documents.
// mulberry32 (Tommy Ettinger's 32-bit generator): one multiply-xorshift per draw, period 2^32, plenty
// for shuffling a few thousand paragraphs; Math.random cannot be seeded.

/**
 * @typedef {object} Random
 * @property {() => number} next     a float in [0, 1)
 * @property {(n: number) => number} int   an integer in [0, n)
 * @property {(lo: number, hi: number) => number} range   an integer in [lo, hi], both included
 * @property {<T>(items: readonly T[]) => T} pick   one item, uniformly
 * @property {(p: number) => boolean} chance   true with probability p (0..1)
 * @property {<T>(items: T[]) => T[]} shuffle   shuffles in place (Fisher–Yates) and returns the array
 */

/**
 * Creates a generator from a 32-bit seed; the same seed gives the same sequence on every machine.
 * @param {number} seed
 * @returns {Random}
 */
export function createRandom(seed) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	/** @type {Random} */
	const random = {
		next,
		int: (n) => Math.floor(next() * n),
		range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		pick: (items) => items[Math.floor(next() * items.length)],
		chance: (p) => next() < p,
		shuffle: (items) => {
			for (let i = items.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[items[i], items[j]] = [items[j], items[i]];
			}
			return items;
		}
	};
	return random;
}
