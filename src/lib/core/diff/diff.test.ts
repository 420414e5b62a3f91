import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHOWCASE_PAIRS as showcase } from '../../testing/showcase-text';
import {
	defaultDiffOptions,
	diffTexts,
	isCodePointBoundary,
	isWhitespaceOnly,
	normalizeOps,
	similarityOf,
	snapToBoundaries
} from './diff';
import { ResodiffError } from '../types';
import type { DiffOp } from '../types';

// ---- helpers ----

const oldOf = (ops: DiffOp[]): string =>
	ops
		.filter(([op]) => op <= 0)
		.map(([, t]) => t)
		.join('');
const newOf = (ops: DiffOp[]): string =>
	ops
		.filter(([op]) => op >= 0)
		.map(([, t]) => t)
		.join('');

/** Index of `sequence` as consecutive pieces of `ops`, or -1. */
function findRun(ops: DiffOp[], sequence: DiffOp[]): number {
	for (let i = 0; i + sequence.length <= ops.length; i++) {
		if (sequence.every(([op, text], k) => ops[i + k][0] === op && ops[i + k][1] === text)) return i;
	}
	return -1;
}

/** Every guarantee of {@link diffTexts} on one input pair. */
function expectWellFormed(oldText: string, newText: string, ops: DiffOp[]): void {
	expect(oldOf(ops)).toBe(oldText);
	expect(newOf(ops)).toBe(newText);
	for (const [, text] of ops) expect(text).not.toBe('');
	for (let i = 1; i < ops.length; i++) {
		expect(ops[i][0] === ops[i - 1][0], 'adjacent pieces of one kind').toBe(false);
		expect(ops[i - 1][0] === 1 && ops[i][0] === -1, 'insertion before deletion').toBe(false);
	}
	if (oldText === newText) expect(ops).toEqual(oldText ? [[0, oldText]] : []);
	// Every seam between pieces falls between two code points of both texts.
	const okOld = isCodePointBoundary(oldText);
	const okNew = isCodePointBoundary(newText);
	let o = 0;
	let n = 0;
	for (const [op, text] of ops) {
		if (op <= 0) o += text.length;
		if (op >= 0) n += text.length;
		expect(okOld(o) && okNew(n), `seam at ${o}/${n} cuts a surrogate pair`).toBe(true);
	}
}

// ---- tests ----

describe('diffTexts: edge cases', () => {
	it.each([
		{ label: 'both empty', a: '', b: '', expected: [] },
		{ label: 'old empty', a: '', b: '大会，', expected: [[1, '大会，']] },
		{ label: 'new empty', a: '大会，', b: '', expected: [[-1, '大会，']] },
		{ label: 'identical', a: '决心促进严格遵循', b: '决心促进严格遵循', expected: [[0, '决心促进严格遵循']] },
		{
			label: 'one word replaced',
			a: '再次呼吁所有会员国',
			b: '再次促请所有会员国',
			expected: [
				[0, '再次'],
				[-1, '呼吁'],
				[1, '促请'],
				[0, '所有会员国']
			]
		},
		{
			label: 'word inserted before',
			a: '关切军备管制',
			b: '严重关切军备管制',
			expected: [
				[1, '严重'],
				[0, '关切军备管制']
			]
		},
		{
			label: 'word inserted after',
			a: '强调国际合作',
			b: '强调指出国际合作',
			expected: [
				[0, '强调'],
				[1, '指出'],
				[0, '国际合作']
			]
		},
		{
			label: 'words sharing a character stay whole',
			a: '提出报告',
			b: '提交报告',
			expected: [
				[-1, '提出'],
				[1, '提交'],
				[0, '报告']
			]
		},
		{
			label: 'session ordinal',
			a: '第六十八届会议',
			b: '第七十七届会议',
			expected: [
				[0, '第'],
				[-1, '六十八'],
				[1, '七十七'],
				[0, '届会议']
			]
		},
		{
			label: 'white space only',
			a: '第56/24T号',
			b: '第56/24 T号',
			expected: [
				[0, '第56/24'],
				[1, ' '],
				[0, 'T号']
			]
		},
		{
			label: 'astral characters',
			a: 'a😀b',
			b: 'a😁b',
			expected: [
				[0, 'a'],
				[-1, '😀'],
				[1, '😁'],
				[0, 'b']
			]
		},
		{
			label: 'English by words',
			a: 'the cat sat',
			b: 'the dog sat',
			expected: [
				[0, 'the '],
				[-1, 'cat'],
				[1, 'dog'],
				[0, ' sat']
			],
			language: 'en'
		}
	])('$label', ({ a, b, expected, language }) => {
		const { ops, degraded } = diffTexts(a, b, language ? { language } : {});
		expect(ops).toEqual(expected);
		expect(degraded).toBe(false);
	});

	it('diffs by code point when asked', () => {
		expect(diffTexts('提出报告', '提交报告', { granularity: 'char' }).ops).toEqual([
			[0, '提'],
			[-1, '出'],
			[1, '交'],
			[0, '报告']
		]);
	});

	it('keeps the defaults in one frozen object', () => {
		expect(defaultDiffOptions).toEqual({ granularity: 'word', language: 'zh', timeoutMs: 1000, semanticCleanup: true });
		expect(Object.isFrozen(defaultDiffOptions)).toBe(true);
	});

	it('rejects what is not a string with a ResodiffError', () => {
		expect(() => diffTexts(undefined as unknown as string, '')).toThrow(ResodiffError);
		expect(() => diffTexts(undefined as unknown as string, '')).toThrow(/two strings/);
		expect(() => diffTexts('', '', { timeoutMs: Number.NaN })).toThrow(/milliseconds/);
	});

	it('falls back to code points when the texts hold more distinct words than can be mapped', () => {
		const words = Array.from({ length: 66_000 }, (_, i) => `w${i}`);
		const a = words.join(' ');
		const b = words.map((w, i) => (i === 33_000 ? 'changed' : w)).join(' ');
		const result = diffTexts(a, b, { language: 'en' });
		expect(result.granularity).toBe('char');
		expectWellFormed(a, b, result.ops);
		expect(
			result.ops
				.filter(([op]) => op !== 0)
				.map(([, t]) => t)
				.join('|')
		).toMatch(/changed/);
	});

	it('falls back to code units, surrogate pairs kept whole, when even code points overflow', () => {
		// 70,000 distinct supplementary-plane characters; one replaced by its neighbour, which shares its
		// high surrogate, so a raw code-unit diff would cut the pair.
		const chars = Array.from({ length: 70_000 }, (_, i) => String.fromCodePoint(0x20000 + i));
		const a = chars.join('');
		const b = chars.map((c, i) => (i === 1000 ? String.fromCodePoint(0x20000 + 1001) : c)).join('');
		const result = diffTexts(a, b);
		expect(result.granularity).toBe('codeunit');
		expectWellFormed(a, b, result.ops);
		expect(result.ops.filter(([op]) => op !== 0)).toEqual([
			[-1, String.fromCodePoint(0x20000 + 1000)],
			[1, String.fromCodePoint(0x20000 + 1001)]
		]);
	});

	it('says so when the time budget runs out, and the diff is still exact', () => {
		// Two long texts with nothing in common but scattered characters: Myers needs far more than 1 ms.
		const random = (seedValue: number, length: number): string => {
			let x = seedValue;
			let out = '';
			for (let i = 0; i < length; i++) {
				x = (x * 1103515245 + 12345) % 2147483648;
				out += String.fromCharCode(0x4e00 + (x % 3000));
			}
			return out;
		};
		const a = random(1, 40_000);
		const b = random(2, 40_000);
		const budgeted = diffTexts(a, b, { timeoutMs: 1, granularity: 'char' });
		expect(budgeted.degraded).toBe(true);
		expectWellFormed(a, b, budgeted.ops);
	});
});

describe('diffTexts: guarantees on arbitrary strings', () => {
	const pieces = fc.constantFrom(
		'强调',
		'指出',
		'关切',
		'严重',
		'呼吁',
		'促请',
		'第',
		'六十八',
		'七十七',
		'届',
		'、',
		'，',
		'和',
		'2012',
		'年',
		' ',
		'  ',
		'\n',
		'a',
		'b',
		'the ',
		'😀',
		'😁',
		'\ud83d',
		'\ude00',
		'\ud800',
		'𠀀',
		'é',
		'e\u0301'
	);
	const text = fc.oneof(
		fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
		fc.string({ unit: 'binary', maxLength: 40 }),
		fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)), maxLength: 20 })
	);
	/** Pairs that share a prefix and a suffix, as two versions of one paragraph do. */
	const related = fc
		.tuple(text, text, text, text)
		.map(([head, mid1, mid2, tail]) => [head + mid1 + tail, head + mid2 + tail] as const);

	it.each([
		{ label: 'word, clean-up', options: {} },
		{ label: 'word, raw', options: { semanticCleanup: false } },
		{ label: 'char, clean-up', options: { granularity: 'char' as const } },
		{ label: 'English words', options: { language: 'en' } }
	])('rebuilds both texts, normal form, no cut surrogate pair ($label)', ({ options }) => {
		fc.assert(
			fc.property(fc.oneof(related, fc.tuple(text, text)), ([a, b]) => {
				const { ops } = diffTexts(a, b, options);
				expectWellFormed(a, b, ops);
			}),
			{ numRuns: 400 }
		);
	});

	it('gives one equal piece for identical texts', () => {
		fc.assert(
			fc.property(text, (a) => {
				expect(diffTexts(a, a).ops).toEqual(a ? [[0, a]] : []);
			})
		);
	});
});

describe('diffTexts on the showcase pair 67/38 → 76/40', () => {
	it.each(Object.entries(showcase))('%s rebuilds both paragraphs', (_label, [a, b]) => {
		const { ops, degraded } = diffTexts(a, b);
		expectWellFormed(a, b, ops);
		expect(degraded).toBe(false);
	});

	it.each([
		{
			label: '强调 → 强调指出: 指出 inserted as a whole word',
			pair: showcase.emphasis,
			run: [
				[0, '强调'],
				[1, '指出']
			]
		},
		{
			label: '强调 → 着重指出: one replacement',
			pair: showcase.operative4,
			run: [
				[-1, '强调'],
				[1, '着重指出']
			]
		},
		{
			label: '再次呼吁 → 再次促请: 呼吁 → 促请 one replacement',
			pair: showcase.operative5,
			run: [
				[0, '再次'],
				[-1, '呼吁'],
				[1, '促请']
			]
		},
		{
			label: '个别 → 单独: one replacement',
			pair: showcase.operative5,
			run: [
				[-1, '个别'],
				[1, '单独']
			]
		},
		{ label: '关切 → 严重关切: 严重 inserted', pair: showcase.concern, run: [[1, '严重']] },
		{
			label: '第66/32号 → 第75/47号',
			pair: showcase.operative7,
			run: [
				[0, '表示注意到秘书长依照第'],
				[-1, '66/32'],
				[1, '75/47'],
				[0, '号决议提出的报告，其中载有会员国对促进裁军和不扩散领域多边主义问题的答复；']
			]
		},
		{
			label: '第六十八届 → 第七十七届',
			pair: showcase.operative9,
			run: [
				[-1, '六十八'],
				[1, '七十七']
			]
		},
		{
			label: '提出 → 提交: one replacement',
			pair: showcase.operative8,
			run: [
				[-1, '提出'],
				[1, '提交']
			]
		},
		{
			label: '德黑兰 → 巴库 summit',
			pair: showcase.summit,
			run: [
				[-1, '十六'],
				[1, '十八']
			]
		}
	] as { label: string; pair: [string, string]; run: DiffOp[] }[])('$label', ({ pair, run }) => {
		const { ops } = diffTexts(pair[0], pair[1]);
		expect(findRun(ops, run), JSON.stringify(ops)).toBeGreaterThanOrEqual(0);
	});

	it('starts the 严重关切 paragraph with the insertion of 严重 before the kept 关切', () => {
		const { ops } = diffTexts(...showcase.concern);
		expect(ops[0]).toEqual([1, '严重']);
		expect(ops[1][0]).toBe(0);
		expect(ops[1][1].startsWith('关切')).toBe(true);
	});

	it('shows the grown list of resolutions as 和 → 、 and one insertion', () => {
		const { ops } = diffTexts(...showcase.list);
		const changes = ops.filter(([op]) => op !== 0);
		expect(changes).toEqual([
			[1, ' '],
			[-1, '和'],
			[1, '、'],
			[1, expect.stringMatching(/^、2012年12月3日第67\/38号、.*和2020年12月7日第75\/47号$/)]
		]);
	});
});

describe('isWhitespaceOnly', () => {
	it.each([
		{ label: 'no pieces', ops: [], expected: true },
		{ label: 'only equal', ops: [[0, '大会']], expected: true },
		{
			label: 'inserted space',
			ops: [
				[0, '56/24'],
				[1, ' '],
				[0, 'T']
			],
			expected: true
		},
		{
			label: 'line break and ideographic space',
			ops: [
				[-1, '\n'],
				[1, '\u3000']
			],
			expected: true
		},
		{
			label: 'a character',
			ops: [
				[0, '强调'],
				[1, '指出']
			],
			expected: false
		},
		{ label: 'empty piece', ops: [[1, '']], expected: true }
	] as { label: string; ops: DiffOp[]; expected: boolean }[])('$label', ({ ops, expected }) => {
		expect(isWhitespaceOnly(ops)).toBe(expected);
	});

	it('holds for a diff of two texts that differ only in white space', () => {
		expect(isWhitespaceOnly(diffTexts('2001年11月29日第56/24T号决议', '2001年11月29日第56/24 T号决议').ops)).toBe(true);
		expect(
			isWhitespaceOnly(diffTexts('the  sixty-eighth\nsession', 'the sixty-eighth session', { language: 'en' }).ops)
		).toBe(true);
	});
});

describe('similarityOf', () => {
	it.each([
		{ label: 'no pieces', ops: [], expected: 1 },
		{ label: 'identical', ops: [[0, '大会']], expected: 1 },
		{
			label: 'nothing shared',
			ops: [
				[-1, '呼吁'],
				[1, '促请']
			],
			expected: 0
		},
		{
			label: 'half of old kept, new longer',
			ops: [
				[0, '强调'],
				[1, '指出']
			],
			expected: (2 * 2) / 6
		},
		{
			label: 'white space ignored',
			ops: [
				[0, 'a b'],
				[1, '   ']
			],
			expected: 1
		},
		{
			label: 'astral counted once',
			ops: [
				[0, '😀'],
				[1, 'x']
			],
			expected: 2 / 3
		}
	] as { label: string; ops: DiffOp[]; expected: number }[])('$label', ({ ops, expected }) => {
		expect(similarityOf(ops)).toBeCloseTo(expected, 10);
	});

	it('stays within 0..1 and is 1 for identical texts', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (a, b) => {
				const s = similarityOf(diffTexts(a, b).ops);
				expect(s).toBeGreaterThanOrEqual(0);
				expect(s).toBeLessThanOrEqual(1);
				expect(similarityOf(diffTexts(a, a).ops)).toBe(1);
			})
		);
	});
});

describe('normalizeOps', () => {
	it.each([
		{
			label: 'empty pieces dropped',
			ops: [
				[0, ''],
				[1, ''],
				[0, 'a']
			],
			expected: [[0, 'a']]
		},
		{
			label: 'insertion before deletion reordered',
			ops: [
				[1, 'b'],
				[-1, 'a']
			],
			expected: [
				[-1, 'a'],
				[1, 'b']
			]
		},
		{
			label: 'interleaved run merged',
			ops: [
				[-1, 'a'],
				[1, 'x'],
				[-1, 'b'],
				[1, 'y'],
				[0, 'c'],
				[0, 'd']
			],
			expected: [
				[-1, 'ab'],
				[1, 'xy'],
				[0, 'cd']
			]
		}
	] as { label: string; ops: DiffOp[]; expected: DiffOp[] }[])('$label', ({ ops, expected }) => {
		expect(normalizeOps(ops)).toEqual(expected);
	});
});

describe('snapToBoundaries', () => {
	it('widens an edit that cuts a surrogate pair to the whole pair', () => {
		// 😀 is \ud83d\ude00 and 😁 is \ud83d\ude01: a code-unit diff keeps the shared high surrogate.
		const cut: DiffOp[] = [
			[0, 'a\ud83d'],
			[-1, '\ude00'],
			[1, '\ude01'],
			[0, 'b']
		];
		const a = 'a😀b';
		const b = 'a😁b';
		expect(snapToBoundaries(cut, isCodePointBoundary(a), isCodePointBoundary(b))).toEqual([
			[0, 'a'],
			[-1, '😀'],
			[1, '😁'],
			[0, 'b']
		]);
	});

	it('merges edits that meet once widened', () => {
		const ops: DiffOp[] = [
			[0, '第'],
			[-1, '六'],
			[1, '七'],
			[0, '十'],
			[-1, '八'],
			[1, '七'],
			[0, '届']
		];
		const cuts = new Set([0, 1, 4, 5]);
		expect(
			snapToBoundaries(
				ops,
				(i) => cuts.has(i),
				(i) => cuts.has(i)
			)
		).toEqual([
			[0, '第'],
			[-1, '六十八'],
			[1, '七十七'],
			[0, '届']
		]);
	});

	it('keeps every diff exact whatever the allowed offsets', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 30 }),
				fc.string({ unit: 'binary', maxLength: 30 }),
				fc.integer({ min: 1, max: 5 }),
				(a, b, step) => {
					const ops = diffTexts(a, b, { granularity: 'char', semanticCleanup: false }).ops;
					const snapped = snapToBoundaries(
						ops,
						(i) => i % step === 0 || i === a.length,
						(i) => i % step === 0 || i === b.length
					);
					expect(oldOf(snapped)).toBe(a);
					expect(newOf(snapped)).toBe(b);
				}
			)
		);
	});
});
