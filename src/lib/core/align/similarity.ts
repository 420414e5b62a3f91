/**
 * Text similarity for paragraph alignment: character n-gram multisets compared with a weighted Dice
 * coefficient.
 *
 * WHY character n-grams: Chinese has no spaces between words, and word segmentation is both costly and
 * unstable (the tokenized corpus text of 67/38 writes 不 扩散 and 大 规模 as two words, a dictionary
 * segmenter may not). Character
 * bigrams need no dictionary, survive the drafting edits resolutions actually receive (强调 → 强调指出,
 * 呼吁 → 促请, a date or a symbol updated) and are cheap: one pass over the text. Paragraphs of one or two
 * characters (`大会，` without its comma, a bare number) have too few bigrams to compare, so texts shorter
 * than {@link SHORT_TEXT_CHARS} also contribute their unigrams.
 *
 * WHY weights: in a disarmament resolution nearly every paragraph contains 裁军, 不扩散, 多边 and the
 * Chinese comma. Counting those bigrams at full weight makes every paragraph look a little like every other
 * one. Each n-gram is weighted by an inverse document frequency, ln(1 + N / df), N being the number of
 * paragraphs of both versions and df the number that contain the n-gram: a bigram found in every paragraph
 * weighs ln 2 ≈ 0.69, one found in a single paragraph of a 40-paragraph pair weighs ln 41 ≈ 3.7.
 *
 * WHY Dice: 2·|A ∩ B| / (|A| + |B|) over multisets is symmetric, 1 exactly for equal multisets, and punishes
 * a length mismatch (a one-line paragraph is not "similar" to a long one that happens to contain it), which
 * is what the split/merge test in align.ts relies on.
 *
 * Cost: building the profiles is O(total characters · log(characters per paragraph)) (a hash look-up per
 * n-gram, a sort per paragraph); one similarity is O(distinct n-grams of the two paragraphs), a merge of two
 * sorted arrays.
 */
import { canonicalTypography } from '../text/typography';

/**
 * Texts shorter than this many characters (after white space is removed) also contribute unigrams.
 * Unit: UTF-16 code units; range 1..10. At 4, `大会，` (3) gets unigrams, a 15-character title does not.
 */
export const SHORT_TEXT_CHARS = 4;

/** The n-gram multiset of one text: gram ids ascending, with their counts and the weighted total. */
export interface NgramProfile {
	/** Gram ids, ascending, distinct. */
	grams: Int32Array;
	/** Occurrences of each gram, parallel to `grams`. */
	counts: Int32Array;
	/** Σ weight(g) · count(g): the weighted size used as the Dice denominator. */
	mass: number;
	/** The text after normalization (white space removed, NFKC, lower case); equal keys = equal texts. */
	key: string;
}

/** Profiles of a set of texts sharing one n-gram vocabulary and one set of weights. */
export interface NgramCorpus {
	profiles: NgramProfile[];
	/** Weight of each gram id: ln(1 + N / df). */
	weights: Float64Array;
	/** Number of texts containing each gram id. */
	df: Int32Array;
	/**
	 * Inverted index in compressed-row form: the (profiled) texts containing gram g are
	 * `postings[postingStart[g]] … postings[postingStart[g + 1] − 1]`, ascending. One flat array instead of
	 * one per n-gram: a million small arrays would cost more in allocation than the whole alignment.
	 */
	postingStart: Int32Array;
	postings: Int32Array;
}

const WHITE_SPACE = /\s+/gu;

/**
 * Reduce a text to what similarity compares: no white space, typography in its canonical form
 * (text/typography.ts), NFKC width folding, lower case.
 */
export function normalizeForSimilarity(text: string): string {
	return canonicalTypography(text).normalize('NFKC').replace(WHITE_SPACE, '').toLowerCase();
}

/** The bigram table's first size, as a power of two: 16,384 slots (128 KB), doubled when half full. */
const BIGRAM_TABLE_BITS = 14;

/**
 * Open-addressing hash table from bigram (two UTF-16 code units packed in 32 bits) to gram id. A Map with
 * such keys would box each one as a heap number, and at a million n-grams the garbage collector would
 * cost more than the alignment itself. Unigrams are looked up directly in a 65,536-entry table.
 */
class BigramTable {
	private keys: Uint32Array;
	private ids: Int32Array;
	private mask: number;
	private shift: number;
	private size = 0;

	constructor() {
		// A resolution pair of any length uses some tens of thousands of distinct bigrams: start small
		// enough to stay in cache, double when half full.
		this.keys = new Uint32Array(1 << BIGRAM_TABLE_BITS);
		this.ids = new Int32Array(1 << BIGRAM_TABLE_BITS);
		this.mask = (1 << BIGRAM_TABLE_BITS) - 1;
		this.shift = 32 - BIGRAM_TABLE_BITS;
	}

	/** The id of a bigram, or −1 when it has none. */
	find(key: number): number {
		let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
		for (;;) {
			const stored = this.ids[slot];
			if (stored === 0) return -1;
			if (this.keys[slot] === key) return stored - 1;
			slot = (slot + 1) & this.mask;
		}
	}

	/** The id of a bigram; when absent it gets the id `fresh()` returns. */
	idOf(key: number, fresh: () => number): number {
		// Fibonacci hashing: the high bits of key · 2^32/φ spread packed code units evenly.
		let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
		for (;;) {
			const stored = this.ids[slot];
			if (stored === 0) break;
			if (this.keys[slot] === key) return stored - 1;
			slot = (slot + 1) & this.mask;
		}
		const id = fresh();
		this.keys[slot] = key;
		this.ids[slot] = id + 1; // id + 1; 0 marks an empty slot (no fill needed)
		if (++this.size * 2 > this.ids.length) this.grow();
		return id;
	}

	private grow(): void {
		const { keys, ids } = this;
		const bits = 32 - this.shift + 1;
		this.keys = new Uint32Array(1 << bits);
		this.ids = new Int32Array(1 << bits);
		this.mask = (1 << bits) - 1;
		this.shift = 32 - bits;
		for (let s = 0; s < ids.length; s++) {
			if (ids[s] === 0) continue;
			let slot = Math.imul(keys[s], 0x9e3779b1) >>> this.shift;
			while (this.ids[slot] !== 0) slot = (slot + 1) & this.mask;
			this.keys[slot] = keys[s];
			this.ids[slot] = ids[s];
		}
	}
}

/** Options of {@link buildNgramCorpus}. */
export interface NgramCorpusOptions {
	/**
	 * Which texts need a profile. The others count in the document frequencies (so weights are the same
	 * either way) but get a profile holding only their key: no n-grams, mass 0, absent from the postings.
	 * Compare such a text by key only. Default: every text.
	 */
	profiled?: (index: number) => boolean;
	/** `texts` already passed through {@link normalizeForSimilarity}, when the caller has them. */
	normalized?: readonly string[];
}

const NO_GRAMS = new Int32Array(0);

/**
 * Build the n-gram profiles of many texts with weights from their document frequencies. Texts equal
 * after normalization share one profile (most paragraphs of two versions of a resolution are unchanged,
 * so this halves the counting); each still counts in the document frequencies and the postings.
 */
export function buildNgramCorpus(texts: readonly string[], options: NgramCorpusOptions = {}): NgramCorpus {
	const keys = options.normalized ?? texts.map(normalizeForSimilarity);
	const profiled = options.profiled ?? (() => true);
	const uniqueOf = new Map<string, number>();
	const unique: string[] = [];
	const wanted: boolean[] = [];
	const slotOf = new Int32Array(keys.length);
	keys.forEach((key, index) => {
		let u = uniqueOf.get(key);
		if (u === undefined) {
			u = unique.length;
			uniqueOf.set(key, u);
			unique.push(key);
			wanted.push(false);
		}
		if (!wanted[u] && profiled(index)) wanted[u] = true;
		slotOf[index] = u;
	});
	let longest = 0;
	let capacity = 0;
	unique.forEach((key, u) => {
		if (!wanted[u]) return;
		longest = Math.max(longest, key.length);
		capacity += key.length + (key.length < SHORT_TEXT_CHARS ? key.length : 0);
	});
	// Every profile is a view into these two arrays: thousands of small typed arrays, each with its
	// own backing store, cost more to allocate (and collect) than the n-grams cost to count.
	const gramStore = new Int32Array(capacity);
	const countStore = new Int32Array(capacity);
	let stored = 0;
	const bigrams = new BigramTable();
	const unigrams = new Int32Array(65536).fill(-1);
	let vocabulary = 0;
	const fresh = (): number => vocabulary++;
	const ids = new Int32Array(longest * 2 + 2);
	const raw: ({ key: string; grams: Int32Array; counts: Int32Array } | null)[] = [];
	for (let u = 0; u < unique.length; u++) {
		if (!wanted[u]) {
			raw.push(null);
			continue;
		}
		const key = unique[u];
		const n = key.length;
		let count = 0;
		for (let i = 0; i + 1 < n; i++) {
			const packed = ((key.charCodeAt(i) << 16) | key.charCodeAt(i + 1)) >>> 0;
			ids[count++] = bigrams.idOf(packed, fresh);
		}
		if (n < SHORT_TEXT_CHARS) {
			for (let i = 0; i < n; i++) {
				const c = key.charCodeAt(i);
				if (unigrams[c] < 0) unigrams[c] = fresh();
				ids[count++] = unigrams[c];
			}
		}
		const sorted = ids.subarray(0, count).sort();
		let distinct = 0;
		for (let t = 0; t < count; t++) if (t === 0 || sorted[t] !== sorted[t - 1]) distinct++;
		const grams = gramStore.subarray(stored, stored + distinct);
		const counts = countStore.subarray(stored, stored + distinct);
		stored += distinct;
		let d = -1;
		for (let t = 0; t < count; t++) {
			if (t === 0 || sorted[t] !== sorted[t - 1]) grams[++d] = sorted[t];
			counts[d]++;
		}
		raw.push({ key, grams, counts });
	}
	// Document frequencies: the profiled texts by their grams; the others by looking their n-grams up
	// (an n-gram no profiled text has needs no weight), each counted once per text.
	const df = new Int32Array(vocabulary);
	const multiplicity = new Int32Array(unique.length);
	for (let index = 0; index < keys.length; index++) {
		const r = raw[slotOf[index]];
		if (r) for (let k = 0; k < r.grams.length; k++) df[r.grams[k]]++;
		else multiplicity[slotOf[index]]++;
	}
	const lastSeen = new Int32Array(vocabulary).fill(-1);
	for (let u = 0; u < unique.length; u++) {
		if (wanted[u]) continue;
		const key = unique[u];
		const n = key.length;
		const times = multiplicity[u];
		for (let i = 0; i < n; i++) {
			const g = i + 1 < n ? bigrams.find(((key.charCodeAt(i) << 16) | key.charCodeAt(i + 1)) >>> 0) : -1;
			if (g >= 0 && lastSeen[g] !== u) {
				lastSeen[g] = u;
				df[g] += times;
			}
			const one = n < SHORT_TEXT_CHARS ? unigrams[key.charCodeAt(i)] : -1;
			if (one >= 0 && lastSeen[one] !== u) {
				lastSeen[one] = u;
				df[one] += times;
			}
		}
	}
	const weights = new Float64Array(vocabulary);
	const total = Math.max(1, texts.length);
	for (let g = 0; g < vocabulary; g++) weights[g] = Math.log(1 + total / Math.max(1, df[g]));
	// Postings hold the profiled texts only.
	const postingStart = new Int32Array(vocabulary + 1);
	const listed = new Int32Array(vocabulary);
	for (let index = 0; index < keys.length; index++) {
		const r = raw[slotOf[index]];
		if (r) for (let k = 0; k < r.grams.length; k++) listed[r.grams[k]]++;
	}
	for (let g = 0; g < vocabulary; g++) postingStart[g + 1] = postingStart[g] + listed[g];
	const postings = new Int32Array(postingStart[vocabulary]);
	const fill = postingStart.slice(0, vocabulary);
	const shared: NgramProfile[] = raw.map((r, u) => {
		if (!r) return { key: unique[u], grams: NO_GRAMS, counts: NO_GRAMS, mass: 0 };
		let mass = 0;
		for (let k = 0; k < r.grams.length; k++) mass += weights[r.grams[k]] * r.counts[k];
		return { key: r.key, grams: r.grams, counts: r.counts, mass };
	});
	const profiles = keys.map((_, index) => {
		const profile = shared[slotOf[index]];
		const grams = profile.grams;
		for (let k = 0; k < grams.length; k++) postings[fill[grams[k]]++] = index;
		return profile;
	});
	return { profiles, weights, df, postingStart, postings };
}

/** Weighted size of the multiset intersection of two profiles: Σ weight(g) · min(a_g, b_g). */
export function weightedOverlap(a: NgramProfile, b: NgramProfile, weights: Float64Array): number {
	let i = 0;
	let j = 0;
	let sum = 0;
	while (i < a.grams.length && j < b.grams.length) {
		const ga = a.grams[i];
		const gb = b.grams[j];
		if (ga === gb) {
			sum += weights[ga] * Math.min(a.counts[i], b.counts[j]);
			i++;
			j++;
		} else if (ga < gb) i++;
		else j++;
	}
	return sum;
}

/** Weighted Dice coefficient of two profiles, 0 (nothing shared) to 1 (equal multisets). */
export function weightedDice(a: NgramProfile, b: NgramProfile, weights: Float64Array): number {
	if (a.key === b.key) return 1;
	const denominator = a.mass + b.mass;
	if (denominator === 0) return 0;
	return Math.min(1, (2 * weightedOverlap(a, b, weights)) / denominator);
}

/**
 * The multiset union (sum) of several profiles: the profile of their concatenation, less the one or two
 * n-grams that straddle each seam. Used to test whether old ≈ new_i + new_{i+1} (a split) or the reverse.
 * The parts' gram lists are sorted, so they are merged pairwise: O(total grams · parts), no hashing.
 */
export function sumProfiles(parts: readonly NgramProfile[], weights: Float64Array): NgramProfile {
	let grams = new Int32Array(0);
	let counts = new Int32Array(0);
	for (const p of parts) {
		const mergedGrams = new Int32Array(grams.length + p.grams.length);
		const mergedCounts = new Int32Array(mergedGrams.length);
		let i = 0;
		let j = 0;
		let k = 0;
		while (i < grams.length || j < p.grams.length) {
			const a = i < grams.length ? grams[i] : 0x7fffffff;
			const b = j < p.grams.length ? p.grams[j] : 0x7fffffff;
			if (a === b) {
				mergedGrams[k] = a;
				mergedCounts[k++] = counts[i++] + p.counts[j++];
			} else if (a < b) {
				mergedGrams[k] = a;
				mergedCounts[k++] = counts[i++];
			} else {
				mergedGrams[k] = b;
				mergedCounts[k++] = p.counts[j++];
			}
		}
		grams = mergedGrams.subarray(0, k);
		counts = mergedCounts.subarray(0, k);
	}
	let mass = 0;
	for (let k = 0; k < grams.length; k++) mass += weights[grams[k]] * counts[k];
	return { grams, counts, mass, key: parts.map((p) => p.key).join('') };
}

/**
 * Share of `piece` (weighted) found in what `whole` has left once `used` is taken out of it:
 * Σ w·min(piece_g, max(0, whole_g − used_g)) / mass(piece), 0..1. A paragraph split in two gives each half
 * a containment near 1 in the residual of the original; an unrelated neighbour scores low. One walk over
 * the three sorted gram lists.
 */
export function residualContainment(
	piece: NgramProfile,
	whole: NgramProfile,
	used: NgramProfile,
	weights: Float64Array
): number {
	if (piece.mass === 0) return 0;
	let i = 0;
	let j = 0;
	let u = 0;
	let sum = 0;
	while (i < piece.grams.length && j < whole.grams.length) {
		const gp = piece.grams[i];
		const gw = whole.grams[j];
		if (gp === gw) {
			while (u < used.grams.length && used.grams[u] < gw) u++;
			const taken = u < used.grams.length && used.grams[u] === gw ? used.counts[u] : 0;
			const left = Math.max(0, whole.counts[j] - taken);
			sum += weights[gp] * Math.min(piece.counts[i], left);
			i++;
			j++;
		} else if (gp < gw) i++;
		else j++;
	}
	return sum / piece.mass;
}

/** Unweighted bigram Dice similarity of two texts, white space ignored: 0..1. */
export function textSimilarity(a: string, b: string): number {
	const corpus = buildNgramCorpus([a, b]);
	const ones = new Float64Array(corpus.weights.length).fill(1);
	const [pa, pb] = corpus.profiles;
	if (pa.key === pb.key) return 1;
	let massA = 0;
	let massB = 0;
	for (const c of pa.counts) massA += c;
	for (const c of pb.counts) massB += c;
	if (massA + massB === 0) return 0;
	return (2 * weightedOverlap(pa, pb, ones)) / (massA + massB);
}
