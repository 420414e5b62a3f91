import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignParagraphs, type Alignment } from './align';
import { compareDocuments } from '../compare';
import type { ParagraphKind, ResolutionDocument, RowStatus } from '../types';
import { makeDocument } from '../../testing/documents';
import { documentArbitrary, draftPairArbitrary } from '../../testing/arbitraries';
import {
	deleteParagraph,
	draftFrom,
	expectedLinks,
	insertParagraph,
	linksOf,
	rewordParagraph,
	swapParagraphs,
	type Draft
} from '../../testing/drafts';
import { loadSeed } from '../../testing/seeds';

// Paragraphs of resolution 76/40, as the parser gives them (numbers out of the text).
const TITLE = '促进裁军和不扩散领域的多边主义';
const GA = '大会，';
const P_DETERMINED = '决心促进严格遵循《联合国宪章》所载宗旨和原则，';
const P_CONFIRM = '确认双边、诸边和多边裁军谈判是相辅相成的，';
const P_STRESS =
	'强调国际合作、和平解决争端、对话和建立信任措施对于在各国人民和国家之间建立多边和双边友好关系将会作出极其重要的贡献，';
const P_STRESS_76 =
	'强调指出国际合作、和平解决争端、对话和建立信任措施对在各国人民和国家之间建立多边和双边友好关系将会作出极其重要的贡献，';
const P_REAFFIRM = '重申多边外交在裁军和不扩散领域的绝对效力，并决心推动多边主义作为开展军备管制和裁军谈判的主要途径，';
const OP1 = '重申多边主义是在裁军和不扩散领域进行谈判的核心原则，以期维持和加强普遍规范并扩大其范围；';
const OP2 = '又重申多边主义是解决裁军和不扩散问题的核心原则；';
const OP3 = '敦促所有有关国家以非歧视性和透明的方式参加关于军备管制、不扩散和裁军的多边谈判；';
const OP4 =
	'着重指出必须保留关于军备管制和裁军及多边论坛的现有协定，这些协定体现了为应对人类面临的各种挑战而进行的国际合作和多边谈判的结果；';
const OP5 =
	'再次促请所有会员国重申并履行其对多边合作的单独和集体承诺，这是裁军和不扩散领域追求和实现共同目标的重要手段；';
const OP8 = '请秘书长征求会员国对有关促进裁军和不扩散领域多边主义问题的意见，并就此向大会第七十七届会议提交报告；';
const CLOSING = '2021 年 12 月 6 日第 45 次全体会议';

type Spec = readonly [ParagraphKind, string];
const base: Spec[] = [
	['title', TITLE],
	['preamble', GA],
	['preamble', P_DETERMINED],
	['preamble', P_CONFIRM],
	['preamble', P_STRESS],
	['preamble', P_REAFFIRM],
	['operative', OP1],
	['operative', OP2],
	['operative', OP3],
	['operative', OP4],
	['operative', OP5],
	['operative', OP8],
	['closing', CLOSING]
];
const without = (specs: Spec[], index: number) => specs.filter((_, k) => k !== index);
const replaced = (specs: Spec[], index: number, ...put: Spec[]) => [
	...specs.slice(0, index),
	...put,
	...specs.slice(index + 1)
];

/** Rows as `status old→new` strings, compact enough to read in a failing table. */
function summary(a: Alignment): string[] {
	return a.rows.map((r) => `${r.status} ${r.old.join('+')}→${r.new.join('+')}`);
}

/** The same rows for two documents that differ by nothing: p1→p1, p2→p2, … */
function same(count: number, from = 1): string[] {
	return Array.from({ length: count }, (_, k) => `unchanged p${k + from}→p${k + from}`);
}

describe('alignParagraphs: table of drafting edits', () => {
	const cases: { label: string; old: Spec[]; new: Spec[]; expected: string[] }[] = [
		{ label: 'identical documents', old: base, new: base, expected: same(13) },
		{
			label: 'white space only is unchanged',
			old: base,
			new: replaced(base, 12, ['closing', CLOSING.replace(/ /g, '')]),
			expected: same(13)
		},
		{
			label: 'one word reworded (强调 → 强调指出)',
			old: base,
			new: replaced(base, 4, ['preamble', P_STRESS_76]),
			expected: [...same(4), 'modified p5→p5', ...same(8, 6)]
		},
		{
			label: 'a paragraph inserted in the middle stands where it is in the new version',
			old: without(base, 3),
			new: base,
			expected: [...same(3), 'inserted →p4', ...Array.from({ length: 9 }, (_, k) => `unchanged p${k + 4}→p${k + 5}`)]
		},
		{
			label: 'a deleted paragraph stands right after its old predecessor',
			old: base,
			new: without(base, 3),
			expected: [...same(3), 'deleted p4→', ...Array.from({ length: 9 }, (_, k) => `unchanged p${k + 5}→p${k + 4}`)]
		},
		{
			label: 'a deleted first paragraph stands first',
			old: base,
			new: without(base, 0),
			expected: ['deleted p1→', ...Array.from({ length: 12 }, (_, k) => `unchanged p${k + 2}→p${k + 1}`)]
		},
		{
			label: 'two consecutive deletions keep their old order',
			old: base,
			new: without(without(base, 8), 7),
			expected: [
				...same(7),
				'deleted p8→',
				'deleted p9→',
				...Array.from({ length: 4 }, (_, k) => `unchanged p${k + 10}→p${k + 8}`)
			]
		},
		{
			label: 'adjacent operative paragraphs swapped: the one met first stays, the other moved',
			old: base,
			new: [...base.slice(0, 7), base[8], base[7], ...base.slice(9)],
			expected: [...same(7), 'unchanged p9→p8', 'moved p8→p9', ...same(4, 10)]
		},
		{
			label: 'operative paragraphs 1 and 3 of three swapped: both moved, 2 kept in place',
			old: base,
			new: [...base.slice(0, 6), base[8], base[7], base[6], ...base.slice(9)],
			expected: [...same(6), 'moved p9→p7', 'unchanged p8→p8', 'moved p7→p9', ...same(4, 10)]
		},
		{
			label: 'a paragraph split in two',
			old: base,
			new: replaced(base, 9, ['operative', OP4.slice(0, 23)], ['operative', OP4.slice(23)]),
			expected: [
				...same(9),
				'split p10→p10+p11',
				...Array.from({ length: 3 }, (_, k) => `unchanged p${k + 11}→p${k + 12}`)
			]
		},
		{
			label: 'two paragraphs merged into one',
			old: base,
			new: replaced(without(base, 8), 7, ['operative', OP2 + OP3]),
			expected: [
				...same(7),
				'merged p8+p9→p8',
				...Array.from({ length: 4 }, (_, k) => `unchanged p${k + 10}→p${k + 9}`)
			]
		},
		{
			label: 'rewritten in place between two kept paragraphs: modified, not deleted and inserted',
			old: base,
			new: replaced(base, 8, ['operative', '敦促各国参加多边谈判；']),
			expected: [...same(8), 'modified p9→p9', ...same(4, 10)]
		},
		{
			label: 'an unrelated paragraph inserted beside a modified one is not absorbed into a split',
			old: base,
			new: replaced(
				base,
				4,
				['preamble', P_STRESS_76],
				['preamble', '欢迎第十八次不结盟国家国家元首和政府首脑峰会的成果，']
			),
			expected: [
				...same(4),
				'modified p5→p5',
				'inserted →p6',
				...Array.from({ length: 8 }, (_, k) => `unchanged p${k + 6}→p${k + 7}`)
			]
		},
		{
			label: 'old side empty: everything inserted',
			old: [],
			new: base.slice(0, 3),
			expected: ['inserted →p1', 'inserted →p2', 'inserted →p3']
		},
		{
			label: 'new side empty: everything deleted',
			old: base.slice(0, 2),
			new: [],
			expected: ['deleted p1→', 'deleted p2→']
		},
		{ label: 'both sides empty: no rows', old: [], new: [], expected: [] },
		{
			label: 'kinds keep title with title although an operative paragraph repeats its words',
			old: [
				['title', TITLE],
				['operative', TITLE + '；']
			],
			new: [
				['operative', TITLE + '；'],
				['title', TITLE]
			],
			expected: ['unchanged p2→p1', 'moved p1→p2']
		}
	];
	it.each(cases)('$label', ({ old, new: next, expected }) => {
		expect(summary(alignParagraphs(makeDocument(old), makeDocument(next)))).toEqual(expected);
	});
});

describe('alignParagraphs: similarity and cost', () => {
	it('reports similarity 1 for unchanged rows, 0 for one side only, strictly between for modified rows', () => {
		const a = alignParagraphs(
			makeDocument(base),
			makeDocument(replaced(without(base, 3), 3, ['preamble', P_STRESS_76]))
		);
		for (const r of a.rows) {
			if (r.status === 'unchanged') expect(r.similarity).toBe(1);
			else if (r.status === 'deleted') expect(r.similarity).toBe(0);
			else expect(r.similarity).toBeGreaterThan(0.5);
			if (r.status === 'modified') expect(r.similarity).toBeLessThan(1);
		}
	});

	it('scores a bounded number of pairs per paragraph, not all pairs', () => {
		const many = Array.from({ length: 400 }, (_, k): Spec => ['operative', `${OP1}第 ${k} 段，${k * 7919}。`]);
		const a = alignParagraphs(makeDocument(many), makeDocument(many.slice().reverse().slice(0, 390).reverse()));
		expect(a.scored).toBeLessThan(400 * 20);
		expect(a.rows.filter((r) => r.status === 'unchanged')).toHaveLength(390);
	});

	it('identical repeated paragraphs pair in order of occurrence', () => {
		const repeated: Spec[] = [
			['preamble', GA],
			['preamble', GA],
			['preamble', GA]
		];
		expect(summary(alignParagraphs(makeDocument(repeated), makeDocument(repeated)))).toEqual(same(3));
	});
});

/** The ids of one side, in the order the rows list them. */
const idsOf = (a: Alignment, side: 'old' | 'new') => a.rows.flatMap((r) => r[side]);
const allIds = (d: ResolutionDocument) => d.paragraphs.map((p) => p.id);

describe('alignParagraphs: properties', () => {
	it('puts every paragraph of both documents in exactly one row, never throws (random documents)', () => {
		fc.assert(
			fc.property(documentArbitrary(), documentArbitrary(), (a, b) => {
				const alignment = alignParagraphs(a, b);
				expect(idsOf(alignment, 'old').sort()).toEqual(allIds(a).sort());
				expect(idsOf(alignment, 'new').sort()).toEqual(allIds(b).sort());
			}),
			{ numRuns: 300 }
		);
	});

	it('lists the new side in reading order, shapes rows by status, and finds identity (random drafts)', () => {
		fc.assert(
			fc.property(draftPairArbitrary(), ({ source, draft }) => {
				const alignment = alignParagraphs(source, draft.doc);
				expect(idsOf(alignment, 'new')).toEqual(allIds(draft.doc));
				expect(idsOf(alignment, 'old').sort()).toEqual(allIds(source).sort());
				for (const r of alignment.rows) {
					const shape = `${Math.min(r.old.length, 2)}:${Math.min(r.new.length, 2)}`;
					const allowed: Record<string, string[]> = {
						'0:1': ['inserted'],
						'1:0': ['deleted'],
						'1:1': ['unchanged', 'modified', 'moved'],
						'1:2': ['split'],
						'2:1': ['merged']
					};
					expect(allowed[shape] ?? []).toContain(r.status);
					expect(r.similarity).toBeGreaterThanOrEqual(0);
					expect(r.similarity).toBeLessThanOrEqual(1);
				}
				const self = alignParagraphs(source, source);
				expect(self.rows.every((r) => r.status === 'unchanged' && r.old[0] === r.new[0])).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
});

/**
 * An omnibus-sized pair with planted edits: the preambular and operative paragraphs of 76/40 repeated
 * `copies` times, every number in a copy shifted by the copy's index (so paragraphs with numbers become
 * near-twins of each other, and those without, such as "请秘书长…提交报告", exact duplicates), then
 * edited with the draft makers: reworded, deleted, inserted, and far swaps (two moves each). A small
 * seeded generator (mulberry32) picks the paragraphs, so the pair is the same on every run.
 */
function plantedOmnibus(copies: number, seed: number) {
	const seedDoc = loadSeed('A/RES/76/40');
	const body = seedDoc.paragraphs.filter((p) => p.kind === 'preamble' || p.kind === 'operative');
	const specs: Spec[] = [['title', seedDoc.paragraphs[0].text]];
	for (let c = 1; c <= copies; c++) {
		for (const p of body) specs.push([p.kind, p.text.replace(/\d+/g, (d) => String(Number(d) + c))]);
	}
	specs.push(['closing', CLOSING]);
	const source = makeDocument(specs);
	let state = seed >>> 0;
	const random = (below: number) => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), state | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
	};
	const ids = source.paragraphs.filter((p) => p.kind !== 'title' && p.kind !== 'closing').map((p) => p.id);
	for (let k = ids.length - 1; k > 0; k--) {
		const r = random(k + 1);
		[ids[k], ids[r]] = [ids[r], ids[k]];
	}
	const reworded = ids.splice(0, Math.round(ids.length * 0.1));
	const deleted = ids.splice(0, Math.round(ids.length * 0.03));
	const inserted = Math.round(source.paragraphs.length * 0.03);
	// Swapped pairs: paragraphs with a number in their text (unique), at least a third of the document apart
	// and copies of different paragraphs of 76/40 (two copies of one paragraph swapped read as two
	// paragraphs whose numbers changed in place, an answer as good as two moves).
	const withNumber = (id: string) => /\d/.test(source.paragraphs.find((p) => p.id === id)?.text ?? '');
	const position = (id: string) => Number(id.slice(1));
	const swapped: [string, string][] = [];
	for (const a of ids.filter(withNumber)) {
		if (swapped.length === 2) break;
		const far = ids.find(
			(b) =>
				withNumber(b) &&
				!swapped.flat().includes(b) &&
				(position(a) - position(b)) % body.length !== 0 &&
				Math.abs(position(a) - position(b)) > source.paragraphs.length / 3
		);
		if (far && !swapped.flat().includes(a)) swapped.push([a, far]);
	}
	let draft: Draft = draftFrom(source);
	const current = (sourceId: string) => {
		const hit = Object.entries(draft.origin).find(([, origin]) => origin.length === 1 && origin[0] === sourceId);
		if (!hit) throw new Error(`lost ${sourceId}`);
		return hit[0];
	};
	const textOf = (id: string) => draft.doc.paragraphs.find((p) => p.id === id)?.text ?? '';
	for (const sourceId of reworded) {
		const id = current(sourceId);
		const at = random(Math.max(1, textOf(id).length - 3));
		draft = rewordParagraph(draft, id, textOf(id).slice(at, at + 2), '在适当情况下');
	}
	for (const sourceId of deleted) draft = deleteParagraph(draft, current(sourceId));
	for (const [a, b] of swapped) draft = swapParagraphs(draft, current(a), current(b));
	for (let k = 0; k < inserted; k++) {
		const after = draft.doc.paragraphs[1 + random(draft.doc.paragraphs.length - 2)].id;
		draft = insertParagraph(draft, after, {
			kind: 'operative',
			text: `呼吁各方在第 ${100 + k} 号决议框架内加强第${k}次协作，并酌情提交报告；`
		});
	}
	const expected: Record<RowStatus, number> = {
		unchanged: source.paragraphs.length - reworded.length - deleted.length - 2 * swapped.length,
		modified: reworded.length,
		inserted,
		deleted: deleted.length,
		moved: 2 * swapped.length,
		split: 0,
		merged: 0
	};
	return { source, draft, expected };
}

describe('alignParagraphs: a large omnibus pair with near-twin paragraphs', () => {
	// 12 copies of 23 paragraphs: 278 paragraphs, 27 reworded, 7 deleted, 8 inserted, 2 far swaps.
	const { source, draft, expected } = plantedOmnibus(12, 7640);

	it('plants what it claims (the pair is large and has its edits)', () => {
		expect(source.paragraphs.length).toBeGreaterThan(250);
		expect(expected.modified).toBeGreaterThan(20);
		expect(expected.deleted).toBeGreaterThan(5);
		expect(expected.moved).toBe(4);
	});

	it('pairs every paragraph with its planted counterpart, not a neighbouring near-twin', () => {
		expect(linksOf(alignParagraphs(source, draft.doc).rows)).toEqual(expectedLinks(source, draft));
	});

	it('reports exactly the planted counts of unchanged, modified, inserted, deleted and moved rows', () => {
		expect(compareDocuments(source, draft.doc).stats).toEqual(expected);
	});

	it('keeps exact counterparts after a deletion among identical repeated paragraphs', () => {
		// The t-th occurrence of a repeated text is not the t-th counterpart once one occurrence is deleted.
		const repeated: Spec[] = Array.from({ length: 20 }, (_, k): Spec[] => [
			['operative', OP8],
			['operative', `${OP2}第 ${k} 次。`]
		]).flat();
		const next = repeated.filter((_, k) => k !== 2);
		expect(summary(alignParagraphs(makeDocument(repeated), makeDocument(next)))).toEqual([
			...same(2),
			'deleted p3→',
			...Array.from({ length: 37 }, (_, k) => `unchanged p${k + 4}→p${k + 3}`)
		]);
	});
});
