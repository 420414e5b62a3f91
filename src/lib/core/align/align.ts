/**
 * Paragraph alignment: which paragraph of the new version is the counterpart of which paragraph of the
 * old one, and how each pair relates (unchanged, modified, moved, split, merged, or one side only).
 *
 * WHY this method, and what it costs (n = paragraphs of the old version, m = of the new, L = characters):
 *
 * 1. Profiles. Every paragraph off the exact backbone (step 2, which needs only the texts) becomes a
 *    multiset of character bigrams (unigrams too for very short texts), each weighted by inverse document
 *    frequency over all paragraphs of both versions (similarity.ts). Similarity is the weighted Dice
 *    coefficient. O(L log L).
 *
 * 2. The exact backbone. Paragraphs with identical text are paired first, in order, as patience diff
 *    pairs lines (see exactBackbone): texts unique on both sides anchor, the ranges between anchors are
 *    solved again, where a text repeated across the document is often unique. This backbone is forced onto
 *    the chain (step 4): an exact counterpart always wins over a near-twin. Omnibus resolutions repeat
 *    paragraphs almost word for word ("请秘书长…提交报告" with another session), and without the backbone
 *    one deletion among them made every later paragraph pair with its neighbour's twin. O((n + m) log n)
 *    per level of recursion, capped at {@link BACKBONE_WORK_PER_PARAGRAPH} visits per paragraph.
 *
 * 2b. Candidates, not all pairs. Scoring every old paragraph against every new one is O(n·m·L): for two
 *    drafts of 8,000 paragraphs that is 64 million text comparisons. Instead an inverted index maps each
 *    n-gram to the paragraphs that contain it; for each new paragraph we probe its rarest n-grams (at most
 *    {@link PROBE_GRAMS}, and at most {@link PROBE_BUDGET} index entries in all, so that an n-gram shared by
 *    every paragraph costs nothing), accumulate a rough score per old paragraph, and keep the best
 *    `candidates` (k, default 8). To these we add structural hints that need no shared n-gram: the
 *    backbone partner, an identical old text left off the backbone (a paragraph moved unchanged), the old
 *    operative paragraph with the same number, the old paragraphs at the same relative position, the
 *    diagonal neighbours of backbone anchors (an anchor at (i, j) proposes (i−1, j−1) and (i+1, j+1): a
 *    paragraph rewritten in place sits between two unchanged ones), and every old paragraph of the
 *    backbone window when it holds at most {@link WINDOW_CANDIDATES} (among near-twins the one in place
 *    may not rank in the index's top k). Only these pairs are scored exactly: O(m · (k + 16)) similarities.
 *
 * 3. Priors. A pair's score is its similarity plus structure: paragraphs of different kinds are penalised
 *    (preamble ↔ operative a little, title/closing/heading ↔ body a lot), equal operative numbers earn a
 *    small bonus, and distance in relative position costs a little, which also breaks ties between equal
 *    texts in favour of the one that stayed in place.
 *
 * 4. The order-keeping chain. A monotone dynamic programme picks the set of candidate pairs, increasing in
 *    both old and new position and never crossing a backbone pair (so an operative-number bonus cannot
 *    pull a renumbered paragraph off its exact counterpart), with the largest total
 *    (score − matchThreshold): a heaviest common
 *    subsequence, the weighted form of the longest increasing subsequence of old positions in new order
 *    (Hunt–Szymanski, Jacobson–Vo). Pairs sorted by new position, a Fenwick tree over old positions gives
 *    the best chain ending before each old position: O(P log n) for P candidate pairs.
 *
 * 5. Moves. A paragraph that changed place, not only content, cannot be on the chain. Among the paragraphs
 *    the chain left unmatched, candidate pairs at or above `moveThreshold` are matched greedily, best first;
 *    every such pair is off the chain (had it fitted in order, the chain would have taken it), so it is
 *    "moved". A swap of two paragraphs thus shows one moved and one kept in place; which one stays is the
 *    one whose number and position did not change. O(P log P).
 *
 * 6. Splits and merges. A paragraph split in two leaves one half matched and the other unmatched beside
 *    it. For every 1:1 pair we try adding the unmatched neighbour on the other side (new_j−1 or new_j+1 for
 *    a split, old_i−1 or old_i+1 for a merge) and keep it when the concatenation scores higher than the
 *    single match (by at least {@link SPLIT_MIN_GAIN}) and the added paragraph is mostly found in what the
 *    single match left uncovered ({@link SPLIT_MIN_CONTAINMENT}). Dice punishes size mismatch, so an
 *    unrelated inserted neighbour lowers the score and is never absorbed. O(m · parts).
 *
 * 7. Gaps. Between two consecutive chain pairs, paragraphs still unmatched on both sides are compared in
 *    full (when the gap is small: at most {@link GAP_PAIR_LIMIT} pairs) and matched in order with the lower
 *    `gapThreshold`: a paragraph rewritten in place is a modified row, not a deletion plus an insertion,
 *    because its neighbours vouch for it. O(gap²), bounded.
 *
 * Everything is near-linear: about a dozen exact similarities per new paragraph however long the
 * documents, so two drafts of 8,000 operative paragraphs (a million characters) align in well under a
 * second, where all pairs would be 64 million comparisons. The result lists rows in reading order of the
 * new version; a deleted paragraph stands right after the row holding its old predecessor (CONTRACT.md).
 */
import type { Paragraph, ParagraphKind, ResolutionDocument, RowStatus } from '../types';
import {
	buildNgramCorpus,
	normalizeForSimilarity,
	residualContainment,
	sumProfiles,
	weightedDice,
	type NgramCorpus,
	type NgramProfile
} from './similarity';
import { exactBackbone, heaviestChain, type Pair } from './chain';

export { BACKBONE_LCS_AREA, BACKBONE_WORK_PER_PARAGRAPH } from './chain';

/** How alignment trades recall against precision; every field optional, defaults in {@link DEFAULT_ALIGN_OPTIONS}. */
export interface AlignOptions {
	/** Old candidates kept per new paragraph from the n-gram index. Unit: paragraphs; range 1..64. */
	candidates?: number;
	/** Least weighted Dice similarity for a pair on the order-keeping chain. Range 0..1. */
	matchThreshold?: number;
	/**
	 * Least similarity for pairing paragraphs out of order (a move); above matchThreshold. Range 0..1.
	 * Default 0.7: a move has no neighbours to vouch for it, and at 0.5 a paragraph deleted here and
	 * another inserted far away that share one clause of two (similarity 0.55–0.7) read as one paragraph
	 * moved and reworded; on the 8,000-paragraph benchmark pair, 68 such false moves.
	 */
	moveThreshold?: number;
	/** Least similarity for pairing paragraphs in a gap between two matched pairs. Range 0..1. */
	gapThreshold?: number;
	/** Whether to look for splits (one old → several new) and merges (several old → one new). */
	detectSplits?: boolean;
	/** Most paragraphs on the many side of a split or merge. Unit: paragraphs; range 2..64. */
	maxParts?: number;
}

/** The defaults of {@link AlignOptions}, in one place. */
export const DEFAULT_ALIGN_OPTIONS: Readonly<Required<AlignOptions>> = Object.freeze({
	candidates: 8,
	matchThreshold: 0.3,
	moveThreshold: 0.7,
	gapThreshold: 0.15,
	detectSplits: true,
	maxParts: 8
});

/** One row of an alignment before any diff: the paragraphs it pairs and how. */
export interface AlignmentRow {
	status: RowStatus;
	/** Ids of old paragraphs, in document order; empty for an inserted row. */
	old: string[];
	/** Ids of new paragraphs, in document order; empty for a deleted row. */
	new: string[];
	/** Weighted Dice similarity of the two sides (concatenated when several), 0..1; 0 for one side only. */
	similarity: number;
}

/** The rows of an alignment, in reading order of the new version, and what producing them cost. */
export interface Alignment {
	rows: AlignmentRow[];
	/** Number of exact similarity evaluations made (a cost measure: stays near 10 per paragraph). */
	scored: number;
}

/** Rarest n-grams of a new paragraph probed in the inverted index. Unit: n-grams; range 4..64. */
export const PROBE_GRAMS = 24;
/** Most index entries visited per new paragraph, so frequent n-grams cannot make probing quadratic. */
export const PROBE_BUDGET = 2048;
/** Score penalty for pairing two body kinds that differ (preamble ↔ operative). Unit: similarity; 0..1. */
export const KIND_MISMATCH_PENALTY = 0.15;
/** Score penalty for pairing title, closing or heading with any other kind. Unit: similarity; 0..1. */
export const STRUCTURAL_MISMATCH_PENALTY = 0.5;
/** Score bonus for two paragraphs of one kind carrying the same printed number. Unit: similarity. */
export const NUMBER_BONUS = 0.05;
/** Score penalty per unit of relative-position distance (0 = same place, 1 = opposite ends). */
export const POSITION_PENALTY = 0.05;
/** Least gain in similarity for adding a paragraph to a split or merge. Unit: similarity; 0..0.2. */
export const SPLIT_MIN_GAIN = 0.01;
/** Least share (weighted) of an added part found in the uncovered rest of the other side. Range 0..1. */
export const SPLIT_MIN_CONTAINMENT = 0.5;
/** Largest gap (unmatched old × unmatched new) scored in full between two chain pairs. Unit: pairs. */
export const GAP_PAIR_LIMIT = 400;
/** Largest backbone window (old paragraphs between two exact anchors) scored whole for a new paragraph. */
export const WINDOW_CANDIDATES = 8;
/**
 * Tie-breaker: a score bonus shrinking with new position, far below any real difference, so that of two
 * equally good chains (two adjacent paragraphs swapped) the one keeping the paragraph met first in the new
 * version wins and the other is the one reported as moved.
 */
const TIE_BREAK = 1e-9;

const STRUCTURAL_KINDS: ReadonlySet<ParagraphKind> = new Set(['title', 'closing', 'heading']);

/** Score adjustment for pairing a paragraph of kind `a` with one of kind `b`. */
function kindPrior(a: ParagraphKind, b: ParagraphKind): number {
	if (a === b) return 0;
	if (STRUCTURAL_KINDS.has(a) || STRUCTURAL_KINDS.has(b)) return -STRUCTURAL_MISMATCH_PENALTY;
	return -KIND_MISMATCH_PENALTY;
}

/** Merge caller options over the defaults, clamping each to its documented range. */
function resolveOptions(options: AlignOptions = {}): Required<AlignOptions> {
	const o = { ...DEFAULT_ALIGN_OPTIONS, ...options };
	const clamp = (v: number, lo: number, hi: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo);
	return {
		candidates: Math.round(clamp(o.candidates, 1, 64)),
		matchThreshold: clamp(o.matchThreshold, 0, 1),
		moveThreshold: clamp(o.moveThreshold, 0, 1),
		gapThreshold: clamp(o.gapThreshold, 0, 1),
		detectSplits: Boolean(o.detectSplits),
		maxParts: Math.round(clamp(o.maxParts, 2, 64))
	};
}

/** A split or a merge: several paragraphs on one side paired with one on the other. */
interface Group {
	olds: number[];
	news: number[];
	sim: number;
	status: RowStatus;
}

/** The two versions and the settings every step reads. */
interface AlignInput {
	olds: readonly Paragraph[];
	news: readonly Paragraph[];
	n: number;
	m: number;
	opts: Required<AlignOptions>;
}

/** The profiles of the paragraphs off the backbone, and the exact similarity of a pair, counted. */
interface Scorer {
	oldProf: NgramProfile[];
	newProf: NgramProfile[];
	corpus: NgramCorpus;
	/** Weighted Dice similarity of old paragraph i and new paragraph j; each call adds one to `scored`. */
	sim: (i: number, j: number) => number;
	/** Exact similarity evaluations made so far (a cost measure). */
	scored: number;
}

/** The exact backbone and what it leaves each new paragraph (step 2). */
interface Backbone {
	/** New index → its backbone partner's old index, or −1. */
	anchorOf: Int32Array;
	/** Old index → 1 when on the backbone. */
	onBackbone: Uint8Array;
	/** New index → the old index just before its backbone window (−1 at the start). */
	windowLo: Int32Array;
	/** New index → the old index just after its backbone window (n at the end). */
	windowHi: Int32Array;
}

/** The pairing being built, step by step: 1:1 matches, moves, and split or merge groups. */
interface Matching {
	/** Old index → matched new index, or −1. */
	matchOld: Int32Array;
	/** New index → matched old index, or −1. */
	matchNew: Int32Array;
	/** New index → 1 when its 1:1 match is off the chain (a move). */
	moved: Uint8Array;
	/** New index → the similarity of its 1:1 match. */
	pairSim: Float64Array;
	groups: Group[];
	/** Old index → its group's id, or −1. */
	groupOfOld: Int32Array;
	/** New index → its group's id, or −1. */
	groupOfNew: Int32Array;
}

/** Align the paragraphs of two versions of a document (see the method above). */
export function alignParagraphs(
	oldDoc: ResolutionDocument,
	newDoc: ResolutionDocument,
	options?: AlignOptions
): Alignment {
	const olds = oldDoc.paragraphs;
	const news = newDoc.paragraphs;
	const input: AlignInput = { olds, news, n: olds.length, m: news.length, opts: resolveOptions(options) };
	const texts = [...olds.map((p) => p.text), ...news.map((p) => p.text)];
	const keys = texts.map(normalizeForSimilarity);
	const backbone = findBackbone(input, keys);
	const scorer = profileParagraphs(input, texts, keys, backbone);
	const pairs = collectCandidates(input, scorer, backbone);
	const matching = newMatching(input.n, input.m);
	const chain = chainInOrder(input, pairs, backbone, matching);
	matchMoves(input, pairs, matching);
	if (input.opts.detectSplits) findSplitsAndMerges(input, scorer, matching);
	matchGaps(input, scorer, chain, matching);
	return {
		rows: orderRows({ olds, news, matching, oldProf: scorer.oldProf, newProf: scorer.newProf }),
		scored: scorer.scored
	};
}

/** A pair's score: its similarity plus the priors of kind, number and position (step 3). */
function scorePair({ olds, news, n, m }: AlignInput, i: number, j: number, s: number): number {
	const a = olds[i];
	const b = news[j];
	const relOld = n > 0 ? (i + 0.5) / n : 0;
	const relNew = m > 0 ? (j + 0.5) / m : 0;
	let score = s + kindPrior(a.kind, b.kind) - POSITION_PENALTY * Math.abs(relOld - relNew) + TIE_BREAK * (1 - relNew);
	if (a.kind === b.kind && a.number !== null && a.number === b.number) score += NUMBER_BONUS;
	return score;
}

/**
 * Step 2, the exact backbone: an order-keeping set of pairs of identical texts (see exactBackbone), and
 * for each new position the old window it leaves: strictly between the old sides of the nearest backbone
 * pairs before and after it. A pair outside its window would cross an exact anchor.
 */
function findBackbone(input: AlignInput, keys: string[]): Backbone {
	const { n, m, opts } = input;
	const anchorOf = new Int32Array(m).fill(-1);
	const pairs = exactBackbone(
		keys.slice(0, n),
		keys.slice(n),
		(i, j) => scorePair(input, i, j, 1) - opts.matchThreshold
	);
	for (const p of pairs) anchorOf[p.j] = p.i;
	const onBackbone = new Uint8Array(n);
	for (const p of pairs) onBackbone[p.i] = 1;
	const windowLo = new Int32Array(m);
	const windowHi = new Int32Array(m);
	let last = -1;
	for (let j = 0; j < m; j++) {
		windowLo[j] = last;
		if (anchorOf[j] >= 0) last = anchorOf[j];
	}
	last = n;
	for (let j = m - 1; j >= 0; j--) {
		windowHi[j] = last;
		if (anchorOf[j] >= 0) last = anchorOf[j];
	}
	return { anchorOf, onBackbone, windowLo, windowHi };
}

/** Whether pair (i, j) keeps inside j's backbone window (a backbone paragraph's window is its anchor). */
function inWindow({ anchorOf, windowLo, windowHi }: Backbone, i: number, j: number): boolean {
	return anchorOf[j] >= 0 ? anchorOf[j] === i : i > windowLo[j] && i < windowHi[j];
}

/**
 * Step 1, profiles, made after the backbone (which needs only the texts' keys) and for the paragraphs
 * off it only: a backbone pair is settled, and no step below compares a backbone paragraph by more than
 * its key. Backbone texts still count in the weights, so a pair scores the same either way.
 */
function profileParagraphs(
	{ n }: AlignInput,
	texts: string[],
	keys: string[],
	{ anchorOf, onBackbone }: Backbone
): Scorer {
	const corpus = buildNgramCorpus(texts, {
		normalized: keys,
		profiled: (index) => (index < n ? !onBackbone[index] : anchorOf[index - n] < 0)
	});
	const oldProf = corpus.profiles.slice(0, n);
	const newProf = corpus.profiles.slice(n);
	const scorer: Scorer = {
		oldProf,
		newProf,
		corpus,
		scored: 0,
		sim: (i, j) => {
			scorer.scored++;
			return weightedDice(oldProf[i], newProf[j], corpus.weights);
		}
	};
	return scorer;
}

/**
 * Identical texts off the backbone (a paragraph moved unchanged): the t-th such old occurrence is a
 * candidate of the t-th such new occurrence, so the move step finds it however common the text is.
 * Returns, per new index, that old index or −1.
 */
function pairLooseTwins({ m }: AlignInput, { oldProf, newProf }: Scorer, backbone: Backbone): Int32Array {
	const looseOf = new Int32Array(m).fill(-1);
	const byKey = new Map<string, number[]>();
	oldProf.forEach((p, i) => {
		if (backbone.onBackbone[i]) return;
		const list = byKey.get(p.key);
		if (list) list.push(i);
		else byKey.set(p.key, [i]);
	});
	const seen = new Map<string, number>();
	newProf.forEach((p, j) => {
		if (backbone.anchorOf[j] >= 0) return;
		const list = byKey.get(p.key);
		if (!list) return;
		const t = seen.get(p.key) ?? 0;
		seen.set(p.key, t + 1);
		if (t < list.length) looseOf[j] = list[t];
	});
	return looseOf;
}

/**
 * Step 2b, candidates through the inverted index, restricted to the old paragraphs off the backbone: a
 * backbone paragraph is matched already, and a pair with it can neither join the chain (it would cross
 * its anchor) nor be a move (both sides must be free), so its postings would only crowd the top k and
 * spend the probe budget. Probes are chosen rarest first: each gram packed with its document frequency
 * into one double (df · size + position, exact below 2^53) so that one numeric typed-array sort orders
 * them. The structural hints (loose twin, diagonal of an anchor, small window, operative number, same
 * relative position) are added to the index's top k; only these pairs are scored exactly.
 */
function collectCandidates(input: AlignInput, scorer: Scorer, backbone: Backbone): Pair[] {
	const { olds, news, n, m, opts } = input;
	const { anchorOf, onBackbone, windowLo, windowHi } = backbone;
	const { newProf, corpus } = scorer;
	const { weights, df } = corpus;
	const looseOf = pairLooseTwins(input, scorer, backbone);
	// Number hints: operative paragraphs by printed number.
	const oldByNumber = new Map<string, number>();
	olds.forEach((p, i) => {
		if (p.kind === 'operative' && p.number !== null && !oldByNumber.has(p.number)) oldByNumber.set(p.number, i);
	});
	const { start: postingStart, list: postings } = freeOldPostings(corpus, n, onBackbone);
	const pairs: Pair[] = [];
	const acc = new Float64Array(n);
	const touched = new Int32Array(n);
	let touchedCount: number;
	const k = opts.candidates;
	let order = new Float64Array(64);
	const extra = new Set<number>();
	for (let j = 0; j < m; j++) {
		if (anchorOf[j] >= 0) {
			// On the backbone: its exact counterpart is the only pair of it the chain may take (see above).
			pairs.push({ i: anchorOf[j], j, sim: 1, score: scorePair(input, anchorOf[j], j, 1) });
			continue;
		}
		const grams = newProf[j].grams;
		if (order.length < grams.length) order = new Float64Array(grams.length * 2);
		const size = Math.max(1, grams.length);
		for (let t = 0; t < grams.length; t++) order[t] = df[grams[t]] * size + t;
		const ranked = order.subarray(0, grams.length).sort();
		touchedCount = 0;
		let probed = 0;
		let budget = PROBE_BUDGET;
		for (let r = 0; r < ranked.length && probed < PROBE_GRAMS; r++) {
			const g = grams[ranked[r] % size];
			const from = postingStart[g];
			const to = postingStart[g + 1];
			if (to - from > budget) break;
			budget -= to - from;
			probed++;
			const w = weights[g];
			for (let t = from; t < to; t++) {
				const i = postings[t];
				if (acc[i] === 0) touched[touchedCount++] = i;
				acc[i] += w;
			}
		}
		extra.clear();
		const hit = touched.subarray(0, touchedCount);
		for (const i of selectTop(hit, acc, k)) extra.add(i);
		for (const i of hit) acc[i] = 0;
		if (looseOf[j] >= 0) extra.add(looseOf[j]);
		if (j > 0 && anchorOf[j - 1] >= 0 && anchorOf[j - 1] + 1 < n) extra.add(anchorOf[j - 1] + 1);
		if (j + 1 < m && anchorOf[j + 1] > 0) extra.add(anchorOf[j + 1] - 1);
		// A small backbone window is scored whole: among near-twins (omnibus texts repeat "请秘书长…提出报告"
		// with other numbers) the counterpart in place may not rank in the index's top k.
		if (windowHi[j] - windowLo[j] - 1 <= WINDOW_CANDIDATES) {
			for (let i = windowLo[j] + 1; i < windowHi[j]; i++) extra.add(i);
		}
		const p = news[j];
		if (p.kind === 'operative' && p.number !== null) {
			const i = oldByNumber.get(p.number);
			if (i !== undefined) extra.add(i);
		}
		if (n > 0) {
			const centre = Math.round(((j + 0.5) / m) * n - 0.5);
			for (let i = centre - 1; i <= centre + 1; i++) if (i >= 0 && i < n) extra.add(i);
		}
		for (const i of extra) {
			if (onBackbone[i]) continue;
			const s = scorer.sim(i, j);
			// Pairs below the chain threshold are never used (gaps score their own pairs).
			if (s >= opts.matchThreshold) pairs.push({ i, j, sim: s, score: scorePair(input, i, j, s) });
		}
	}
	return pairs;
}

/** An empty matching for n old and m new paragraphs. */
function newMatching(n: number, m: number): Matching {
	return {
		matchOld: new Int32Array(n).fill(-1),
		matchNew: new Int32Array(m).fill(-1),
		moved: new Uint8Array(m),
		pairSim: new Float64Array(m),
		groups: [],
		groupOfOld: new Int32Array(n).fill(-1),
		groupOfNew: new Int32Array(m).fill(-1)
	};
}

/** Records a 1:1 match. */
function match(matching: Matching, p: Pair): void {
	matching.matchOld[p.i] = p.j;
	matching.matchNew[p.j] = p.i;
	matching.pairSim[p.j] = p.sim;
}

/**
 * Step 4, the order-keeping chain. Backbone pairs are candidates (step 2) and every other pair kept lies
 * inside its backbone window, so the heaviest chain contains the whole backbone: all weights are positive
 * and nothing crosses it. Returns the chain, in order.
 */
function chainInOrder({ n, opts }: AlignInput, pairs: Pair[], backbone: Backbone, matching: Matching): Pair[] {
	const chain = heaviestChain(
		pairs.filter((p) => p.score > opts.matchThreshold && inWindow(backbone, p.i, p.j)),
		n,
		opts.matchThreshold
	);
	for (const p of chain) match(matching, p);
	return chain;
}

/** Step 5, moves among the paragraphs the chain left, best first. */
function matchMoves({ opts }: AlignInput, pairs: Pair[], matching: Matching): void {
	const { matchOld, matchNew } = matching;
	const moveCandidates = pairs
		.filter(
			(p) => p.sim >= opts.moveThreshold && p.score >= opts.moveThreshold && matchOld[p.i] < 0 && matchNew[p.j] < 0
		)
		.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
	for (const p of moveCandidates) {
		if (matchOld[p.i] >= 0 || matchNew[p.j] >= 0) continue;
		match(matching, p);
		matching.moved[p.j] = 1;
	}
}

/** Step 6, splits and merges around every 1:1 pair, in new order: a split is tried before a merge. */
function findSplitsAndMerges(input: AlignInput, scorer: Scorer, matching: Matching): void {
	const { m } = input;
	const { matchNew, groups, groupOfOld, groupOfNew } = matching;
	for (let j = 0; j < m; j++) {
		const i = matchNew[j];
		if (i < 0 || groupOfNew[j] >= 0) continue;
		const split = extendPair(input, scorer, matching, i, j, 'new');
		if (split) {
			const id = groups.length;
			groups.push({ olds: [i], news: split.parts, sim: split.sim, status: 'split' });
			groupOfOld[i] = id;
			for (const x of split.parts) groupOfNew[x] = id;
			continue;
		}
		const merge = extendPair(input, scorer, matching, j, i, 'old');
		if (merge) {
			const id = groups.length;
			groups.push({ olds: merge.parts, news: [j], sim: merge.sim, status: 'merged' });
			groupOfNew[j] = id;
			for (const x of merge.parts) groupOfOld[x] = id;
		}
	}
}

/**
 * Grows a 1:1 pair into a split (`side` 'new': parts grow among new paragraphs) or a merge ('old'):
 * `anchor` is on the single side; parts grow on the many side from `partner`, one free neighbour at a
 * time, while the concatenation gains at least {@link SPLIT_MIN_GAIN} and the added part is mostly found
 * in what the single side left uncovered. Null when nothing was added.
 */
function extendPair(
	{ olds, news, n, m, opts }: AlignInput,
	scorer: Scorer,
	{ matchOld, matchNew, groupOfOld, groupOfNew }: Matching,
	anchor: number,
	partner: number,
	side: 'new' | 'old'
): { parts: number[]; sim: number } | null {
	const { oldProf, newProf } = scorer;
	const { weights } = scorer.corpus;
	const single = side === 'new' ? oldProf[anchor] : newProf[anchor];
	const manyProf = side === 'new' ? newProf : oldProf;
	const manyParas = side === 'new' ? news : olds;
	const singleKind = side === 'new' ? olds[anchor].kind : news[anchor].kind;
	const free = (x: number) =>
		side === 'new'
			? x >= 0 && x < m && matchNew[x] < 0 && groupOfNew[x] < 0
			: x >= 0 && x < n && matchOld[x] < 0 && groupOfOld[x] < 0;
	const parts = [partner];
	let current = manyProf[partner];
	let currentSim = weightedDice(single, current, weights);
	// An identical pair (every backbone pair) cannot gain: no similarity exceeds 1.
	if (currentSim + SPLIT_MIN_GAIN > 1) return null;
	while (parts.length < opts.maxParts) {
		let best: { x: number; sim: number; prof: NgramProfile } | null = null;
		for (const x of [parts[0] - 1, parts[parts.length - 1] + 1]) {
			if (!free(x) || kindPrior(singleKind, manyParas[x].kind) <= -STRUCTURAL_MISMATCH_PENALTY) continue;
			if (manyProf[x].mass === 0) continue;
			const ordered = x < parts[0] ? [x, ...parts] : [...parts, x];
			const prof = sumProfiles(
				ordered.map((y) => manyProf[y]),
				weights
			);
			scorer.scored++;
			const s = weightedDice(single, prof, weights);
			if (s < currentSim + SPLIT_MIN_GAIN) continue;
			if (residualContainment(manyProf[x], single, current, weights) < SPLIT_MIN_CONTAINMENT) continue;
			if (!best || s > best.sim) best = { x, sim: s, prof };
		}
		if (!best) break;
		if (best.x < parts[0]) parts.unshift(best.x);
		else parts.push(best.x);
		current = best.prof;
		currentSim = best.sim;
	}
	return parts.length > 1 ? { parts, sim: currentSim } : null;
}

/** Step 7, gaps between consecutive chain pairs: what is left is matched in order, with the lower threshold. */
function matchGaps(input: AlignInput, scorer: Scorer, chain: Pair[], matching: Matching): void {
	const { n, m, opts } = input;
	const { matchOld, matchNew, groupOfOld, groupOfNew } = matching;
	const freeOld = (i: number) => matchOld[i] < 0 && groupOfOld[i] < 0;
	const freeNew = (j: number) => matchNew[j] < 0 && groupOfNew[j] < 0;
	const bounds = chain.map((p) => [p.i, p.j] as const);
	bounds.push([n, m]);
	let prevI = -1;
	let prevJ = -1;
	for (const [bi, bj] of bounds) {
		const gapOld: number[] = [];
		const gapNew: number[] = [];
		for (let i = prevI + 1; i < bi; i++) if (freeOld(i)) gapOld.push(i);
		for (let j = prevJ + 1; j < bj; j++) if (freeNew(j)) gapNew.push(j);
		if (gapOld.length > 0 && gapNew.length > 0 && gapOld.length * gapNew.length <= GAP_PAIR_LIMIT) {
			const gapPairs: Pair[] = [];
			for (const i of gapOld)
				for (const j of gapNew) {
					const s = scorer.sim(i, j);
					const score = scorePair(input, i, j, s);
					if (s >= opts.gapThreshold && score > opts.gapThreshold) gapPairs.push({ i, j, sim: s, score });
				}
			for (const p of heaviestChain(gapPairs, bi, opts.gapThreshold, prevI + 1)) match(matching, p);
		}
		prevI = bi;
		prevJ = bj;
	}
}

/**
 * The inverted index of the corpus (old texts 0..n−1, then new texts) cut down to the old texts not on
 * the backbone, in the same compressed-row form: one linear pass, lists stay ascending.
 */
function freeOldPostings(
	corpus: NgramCorpus,
	n: number,
	onBackbone: Uint8Array
): { start: Int32Array; list: Int32Array } {
	const { postingStart, postings } = corpus;
	const grams = postingStart.length - 1;
	const start = new Int32Array(grams + 1);
	const list = new Int32Array(postings.length);
	let out = 0;
	for (let g = 0; g < grams; g++) {
		start[g] = out;
		const to = postingStart[g + 1];
		for (let t = postingStart[g]; t < to; t++) {
			const i = postings[t];
			if (i >= n) break;
			if (!onBackbone[i]) list[out++] = i;
		}
	}
	start[grams] = out;
	return { start, list: list.subarray(0, out) };
}

/** Indices from `touched` with the `k` largest `acc` values (k is small: insertion into a short list). */
function selectTop(touched: Int32Array, acc: Float64Array, k: number): number[] {
	const top: number[] = [];
	for (const i of touched) {
		if (top.length === k && acc[i] <= acc[top[k - 1]]) continue;
		let pos = top.length === k ? k - 1 : top.length;
		if (top.length < k) top.push(i);
		while (pos > 0 && acc[top[pos - 1]] < acc[i]) {
			top[pos] = top[pos - 1];
			pos--;
		}
		top[pos] = i;
	}
	return top;
}

/** What {@link orderRows} reads: both versions' paragraphs, the finished matching and the profiles. */
interface RowsInput {
	olds: readonly Paragraph[];
	news: readonly Paragraph[];
	matching: Matching;
	/** Profiles of both versions; equal keys make a 1:1 row unchanged. */
	oldProf: NgramProfile[];
	newProf: NgramProfile[];
}

/** Build the rows: reading order of the new version, each deleted row right after its old predecessor's row. */
function orderRows({ olds, news, matching, oldProf, newProf }: RowsInput): AlignmentRow[] {
	const { matchNew, moved, pairSim, groups, groupOfNew } = matching;
	const n = olds.length;
	const m = news.length;
	const rows: AlignmentRow[] = [];
	const rowOfOld = new Int32Array(n).fill(-1);
	const startsAt = new Int32Array(m).fill(-1); // new index → row index starting there
	for (const g of groups) {
		const r = rows.length;
		rows.push({
			status: g.status,
			old: g.olds.map((i) => olds[i].id),
			new: g.news.map((j) => news[j].id),
			similarity: round(g.sim)
		});
		for (const i of g.olds) rowOfOld[i] = r;
		startsAt[g.news[0]] = r;
	}
	for (let j = 0; j < m; j++) {
		if (groupOfNew[j] >= 0) continue;
		const i = matchNew[j];
		const r = rows.length;
		if (i < 0) {
			rows.push({ status: 'inserted', old: [], new: [news[j].id], similarity: 0 });
		} else {
			const same = oldProf[i].key === newProf[j].key;
			rows.push({
				status: moved[j] ? 'moved' : same ? 'unchanged' : 'modified',
				old: [olds[i].id],
				new: [news[j].id],
				similarity: round(same ? 1 : pairSim[j])
			});
			rowOfOld[i] = r;
		}
		startsAt[j] = r;
	}
	// Deleted paragraphs: attached after the row holding their nearest non-deleted old predecessor (one
	// pass in old order, so a long run of deletions stays linear).
	const attached = new Map<number, number[]>(); // row index (or -1 for the start) → deleted rows
	let host = -1;
	for (let i = 0; i < n; i++) {
		if (rowOfOld[i] >= 0) {
			host = rowOfOld[i];
			continue;
		}
		const r = rows.length;
		rows.push({ status: 'deleted', old: [olds[i].id], new: [], similarity: 0 });
		rowOfOld[i] = r;
		const list = attached.get(host);
		if (list) list.push(r);
		else attached.set(host, [r]);
	}
	const ordered: AlignmentRow[] = [];
	const emit = (r: number) => {
		ordered.push(rows[r]);
		for (const d of attached.get(r) ?? []) ordered.push(rows[d]);
	};
	for (const d of attached.get(-1) ?? []) ordered.push(rows[d]);
	for (let j = 0; j < m; j++) if (startsAt[j] >= 0) emit(startsAt[j]);
	return ordered;
}

/** Round a similarity to four decimals for stable output. */
function round(x: number): number {
	return Math.round(x * 10000) / 10000;
}
