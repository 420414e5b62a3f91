import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	buildNgramCorpus,
	normalizeForSimilarity,
	residualContainment,
	sumProfiles,
	textSimilarity,
	weightedDice
} from './similarity';
import { paragraphText } from '../../testing/arbitraries';

const OP5_67 =
	'再次呼吁所有会员国重申并履行其对多边合作的个别和集体承诺，这是裁军和不扩散领域追求和实现共同目标的重要手段；';
const OP5_76 =
	'再次促请所有会员国重申并履行其对多边合作的单独和集体承诺，这是裁军和不扩散领域追求和实现共同目标的重要手段；';
const OP2 = '又重申多边主义是解决裁军和不扩散问题的核心原则；';

describe('normalizeForSimilarity', () => {
	it.each([
		['tokenizer spaces between Chinese words', '促进 裁军 和 不 扩散', '促进裁军和不扩散'],
		['ideographic space and line breaks', '大会\u3000，\n', '大会,'],
		['full-width Latin and digits fold to ASCII, lower case', 'Ａ／７６／９０', 'a/76/90'],
		['empty', '', '']
	])('%s', (_label, input, expected) => {
		expect(normalizeForSimilarity(input)).toBe(expected);
	});
});

describe('textSimilarity (unweighted bigram Dice)', () => {
	it.each([
		['identical', OP2, OP2, 1, 1],
		['white space only', OP2, OP2.split('').join(' '), 1, 1],
		['both empty', '', '', 1, 1],
		['one side empty', OP2, '', 0, 0],
		['nothing shared', '甲乙丙丁', '戊己庚辛', 0, 0],
		['two words replaced in a long paragraph (呼吁 → 促请, 个别 → 单独)', OP5_67, OP5_76, 0.85, 0.99],
		['a different paragraph of the same resolution', OP2, OP5_76, 0.05, 0.4],
		['very short texts compare by characters too', '大会', '大会，', 0.5, 0.99]
	])('%s', (_label, a, b, lo, hi) => {
		const s = textSimilarity(a, b);
		expect(s).toBeGreaterThanOrEqual(lo);
		expect(s).toBeLessThanOrEqual(hi);
	});

	it('is symmetric, within 0..1, and 1 for equal texts (property)', () => {
		fc.assert(
			fc.property(paragraphText, paragraphText, (a, b) => {
				const s = textSimilarity(a, b);
				expect(s).toBeGreaterThanOrEqual(0);
				expect(s).toBeLessThanOrEqual(1);
				expect(textSimilarity(b, a)).toBeCloseTo(s, 12);
				expect(textSimilarity(a, a)).toBe(1);
			})
		);
	});
});

describe('buildNgramCorpus and weighted Dice', () => {
	const texts = [OP2, OP5_67, OP5_76, '重申多边外交在裁军和不扩散领域的绝对效力，'];
	const corpus = buildNgramCorpus(texts);

	it('weighs an n-gram found in every text below one found in one text', () => {
		const everywhere = corpus.profiles[0].grams.find((g) => corpus.df[g] === texts.length);
		const once = corpus.profiles[0].grams.find((g) => corpus.df[g] === 1);
		expect(everywhere).toBeDefined();
		expect(once).toBeDefined();
		expect(corpus.weights[everywhere!]).toBeLessThan(corpus.weights[once!]);
	});

	it('keeps postings ascending and consistent with document frequency', () => {
		corpus.df.forEach((df, g) => {
			const list = corpus.postings.subarray(corpus.postingStart[g], corpus.postingStart[g + 1]);
			expect(list.length).toBe(df);
			for (let k = 1; k < list.length; k++) expect(list[k]).toBeGreaterThan(list[k - 1]);
			for (const t of list) expect(corpus.profiles[t].grams).toContain(g);
		});
		expect(corpus.postingStart[corpus.df.length]).toBe(corpus.postings.length);
	});

	it('ranks the reworded counterpart far above an unrelated paragraph', () => {
		const [op2, op5a, op5b] = corpus.profiles;
		expect(weightedDice(op5a, op5b, corpus.weights)).toBeGreaterThan(0.8);
		expect(weightedDice(op2, op5b, corpus.weights)).toBeLessThan(0.3);
	});

	it('is symmetric, within 0..1, and 1 exactly for equal normalized texts (property)', () => {
		fc.assert(
			fc.property(fc.array(paragraphText, { minLength: 2, maxLength: 6 }), (list) => {
				const c = buildNgramCorpus(list);
				const [a, b] = c.profiles;
				const s = weightedDice(a, b, c.weights);
				expect(s).toBeGreaterThanOrEqual(0);
				expect(s).toBeLessThanOrEqual(1);
				expect(weightedDice(b, a, c.weights)).toBeCloseTo(s, 12);
				if (a.key === b.key) expect(s).toBe(1);
			})
		);
	});
});

describe('split and merge evidence', () => {
	const whole = OP5_76;
	const first = whole.slice(0, whole.indexOf('，') + 1);
	const second = whole.slice(whole.indexOf('，') + 1);
	const unrelated = '决定在大会第七十七届会议临时议程列入该分项。';
	const c = buildNgramCorpus([whole, first, second, unrelated]);
	const [pw, p1, p2, pu] = c.profiles;

	it('the concatenation of both halves scores higher than either half', () => {
		const both = sumProfiles([p1, p2], c.weights);
		expect(weightedDice(pw, both, c.weights)).toBeGreaterThan(0.95);
		expect(weightedDice(pw, both, c.weights)).toBeGreaterThan(weightedDice(pw, p1, c.weights) + 0.2);
	});

	it('the second half lies in what the first left uncovered; an unrelated paragraph does not', () => {
		expect(residualContainment(p2, pw, p1, c.weights)).toBeGreaterThan(0.95);
		expect(residualContainment(pu, pw, p1, c.weights)).toBeLessThan(0.3);
	});

	it('sums and residuals agree with counting every n-gram by hand, for any texts', () => {
		const countsOf = (p: { grams: Int32Array; counts: Int32Array }) => {
			const m = new Map<number, number>();
			p.grams.forEach((g, k) => m.set(g, p.counts[k]));
			return m;
		};
		fc.assert(
			fc.property(fc.array(paragraphText, { minLength: 3, maxLength: 5 }), (texts) => {
				const corpus = buildNgramCorpus(texts);
				const [piece, whole, ...rest] = corpus.profiles;
				const sum = sumProfiles(rest, corpus.weights);
				const expected = new Map<number, number>();
				for (const p of rest) for (const [g, n] of countsOf(p)) expected.set(g, (expected.get(g) ?? 0) + n);
				expect(countsOf(sum)).toEqual(expected);
				expect([...sum.grams]).toEqual([...sum.grams].sort((a, b) => a - b));
				let mass = 0;
				for (const [g, n] of expected) mass += corpus.weights[g] * n;
				expect(sum.mass).toBeCloseTo(mass, 9);
				const used = countsOf(rest[0]);
				const left = countsOf(whole);
				let share = 0;
				for (const [g, n] of countsOf(piece))
					share += corpus.weights[g] * Math.min(n, Math.max(0, (left.get(g) ?? 0) - (used.get(g) ?? 0)));
				const residual = residualContainment(piece, whole, rest[0], corpus.weights);
				expect(residual).toBeCloseTo(piece.mass === 0 ? 0 : share / piece.mass, 9);
			}),
			{ numRuns: 200 }
		);
	});

	it('an empty piece is contained nowhere', () => {
		const e = buildNgramCorpus(['', whole]);
		expect(residualContainment(e.profiles[0], e.profiles[1], e.profiles[0], e.weights)).toBe(0);
	});
});
