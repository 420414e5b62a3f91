/**
 * The two order-keeping chains of the aligner: the exact backbone (pairs of identical texts found as
 * patience diff finds its anchors) and the heaviest chain of scored pairs (a weighted longest increasing
 * subsequence over a Fenwick tree), which the backbone, the candidate chain and the gaps all use. The
 * method as a whole is described in align.ts.
 */

/**
 * Work allowed to the exact backbone, per paragraph of both versions: a safeguard against inputs (long
 * runs of reordered duplicates) that would make its recursion quadratic. Past it, the remaining gaps are
 * left to the candidate chain, which handles them as before the backbone existed. Unit: paragraph visits.
 */
export const BACKBONE_WORK_PER_PARAGRAPH = 64;
/** Largest range (old paragraphs × new) without a unique text solved by an exact LCS. Unit: cells. */
export const BACKBONE_LCS_AREA = 4096;

/** A scored candidate pair: old index, new index, similarity and score (similarity + priors). */
export interface Pair {
	i: number;
	j: number;
	sim: number;
	score: number;
}

/**
 * The exact backbone: pairs of paragraphs with identical text (profile keys), strictly increasing in
 * both old and new position, found the way patience diff finds its anchors (Bram Cohen; git's
 * histogram diff is a variant). In a range, texts common to both ends are paired off first; then the
 * texts occurring exactly once in each side's range are paired, and the heaviest order-keeping chain of
 * those pairs (weight from `weightOf`, the aligner's priors, so ties go to the pair that kept its place
 * and number) becomes anchors; the ranges between anchors are solved the same way, where a text repeated
 * across the document is often unique again. A small range without unique texts (at most
 * {@link BACKBONE_LCS_AREA} cells) takes the heaviest chain of all its pairs of equal texts: an exact LCS.
 *
 * WHY not the t-th occurrence over the whole document: after one of a hundred identical paragraphs is
 * deleted, every later occurrence pairs with its neighbour's counterpart, and the chain then breaks at
 * each of them. WHY not all pairs of equal texts (an exact LCS): a text repeated r times on each side
 * gives r² pairs, hence the area bound. Cost: O((n + m) log) per level of recursion, bounded in all by
 * {@link BACKBONE_WORK_PER_PARAGRAPH} · (n + m); pairs of weight ≤ 0 (structural kind mismatch) are skipped.
 */
export function exactBackbone(
	oldKeys: readonly string[],
	newKeys: readonly string[],
	weightOf: (i: number, j: number) => number
): Pair[] {
	const n = oldKeys.length;
	const m = newKeys.length;
	const ids = new Map<string, number>();
	const oldId = new Int32Array(n);
	const newId = new Int32Array(m).fill(-1);
	oldKeys.forEach((key, i) => {
		let id = ids.get(key);
		if (id === undefined) ids.set(key, (id = ids.size));
		oldId[i] = id;
	});
	newKeys.forEach((key, j) => {
		const id = ids.get(key);
		if (id !== undefined) newId[j] = id;
	});
	const keys = ids.size;
	const countOld = new Int32Array(keys);
	const countNew = new Int32Array(keys);
	const firstOld = new Int32Array(keys);
	const out: Pair[] = [];
	let budget = BACKBONE_WORK_PER_PARAGRAPH * (n + m + 1);
	const usable = (i: number, j: number) => weightOf(i, j) > 0;
	const stack: [number, number, number, number][] = [[0, n, 0, m]];
	while (stack.length > 0) {
		let [i0, i1, j0, j1] = stack.pop() as [number, number, number, number];
		while (i0 < i1 && j0 < j1 && oldId[i0] === newId[j0] && usable(i0, j0)) {
			out.push({ i: i0, j: j0, sim: 1, score: 0 });
			i0++;
			j0++;
		}
		while (i0 < i1 && j0 < j1 && oldId[i1 - 1] === newId[j1 - 1] && usable(i1 - 1, j1 - 1)) {
			out.push({ i: i1 - 1, j: j1 - 1, sim: 1, score: 0 });
			i1--;
			j1--;
		}
		if (i0 >= i1 || j0 >= j1) continue;
		budget -= i1 - i0 + (j1 - j0);
		if (budget < 0) break;
		for (let i = i0; i < i1; i++) countOld[oldId[i]]++;
		for (let j = j0; j < j1; j++) if (newId[j] >= 0) countNew[newId[j]]++;
		let found: Pair[] = [];
		for (let j = j0; j < j1; j++) {
			const id = newId[j];
			if (id >= 0 && countOld[id] === 1 && countNew[id] === 1) found.push({ i: -1, j, sim: 1, score: 0 });
		}
		if (found.length > 0) {
			for (let i = i0; i < i1; i++) if (countOld[oldId[i]] === 1) firstOld[oldId[i]] = i;
			for (const p of found) p.i = firstOld[newId[p.j]];
		} else if ((i1 - i0) * (j1 - j0) <= BACKBONE_LCS_AREA) {
			// No text unique in both ranges, and the range is small: every pair of equal texts, so the
			// heaviest chain below is an exact (weighted) longest common subsequence of the range.
			for (let j = j0; j < j1; j++) {
				const id = newId[j];
				if (id < 0 || countOld[id] === 0) continue;
				for (let i = i0; i < i1; i++) if (oldId[i] === id) found.push({ i, j, sim: 1, score: 0 });
			}
		}
		// A large range of repeated texts only is left to the candidate chain (step 4), which pairs them by
		// similarity, position and number: the t-th occurrence there is no better guess than that.
		for (let i = i0; i < i1; i++) countOld[oldId[i]] = 0;
		for (let j = j0; j < j1; j++) if (newId[j] >= 0) countNew[newId[j]] = 0;
		found = found.filter((p) => usable(p.i, p.j));
		for (const p of found) p.score = weightOf(p.i, p.j);
		const anchors = heaviestChain(found, i1, 0, i0);
		if (anchors.length === 0) continue;
		let pi = i0;
		let pj = j0;
		for (const a of anchors) {
			out.push(a);
			if (a.i > pi && a.j > pj) stack.push([pi, a.i, pj, a.j]);
			pi = a.i + 1;
			pj = a.j + 1;
		}
		if (pi < i1 && pj < j1) stack.push([pi, i1, pj, j1]);
	}
	return out.sort((a, b) => a.j - b.j);
}

/**
 * Heaviest chain of pairs strictly increasing in both old and new position, weight = score − floor.
 * Pairs sorted by new position ascending and, within one new position, old position descending, so that
 * two pairs sharing a new paragraph can never chain; a Fenwick tree of prefix maxima over old positions
 * gives the best chain ending before each old position. Old positions are taken relative to `offset`
 * and below `n`, so a chain inside a small gap costs the gap, not the document. O(P log (n − offset)).
 */
export function heaviestChain(pairs: Pair[], n: number, floor: number, offset = 0): Pair[] {
	if (pairs.length === 0) return [];
	const sorted = [...pairs].sort((a, b) => a.j - b.j || b.i - a.i);
	n -= offset;
	const treeValue = new Float64Array(n + 1);
	const treeIndex = new Int32Array(n + 1).fill(-1);
	const value = new Float64Array(sorted.length);
	const previous = new Int32Array(sorted.length).fill(-1);
	let bestIndex = -1;
	let bestValue = 0;
	sorted.forEach((p, idx) => {
		let v = 0;
		let from = -1;
		const i = p.i - offset;
		for (let x = i; x > 0; x -= x & -x) {
			if (treeValue[x] > v) {
				v = treeValue[x];
				from = treeIndex[x];
			}
		}
		const total = v + (p.score - floor);
		value[idx] = total;
		previous[idx] = from;
		for (let x = i + 1; x <= n; x += x & -x) {
			if (total > treeValue[x]) {
				treeValue[x] = total;
				treeIndex[x] = idx;
			}
		}
		if (total > bestValue) {
			bestValue = total;
			bestIndex = idx;
		}
	});
	const out: Pair[] = [];
	for (let idx = bestIndex; idx >= 0; idx = previous[idx]) out.push(sorted[idx]);
	return out.reverse();
}
