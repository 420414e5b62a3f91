/**
 * fast-check arbitraries for property tests of alignment and comparison: random documents built from
 * resolution vocabulary, and random drafts of them made with the draft makers.
 */
import fc from 'fast-check';
import type { ParagraphKind, ResolutionDocument } from '../core/types';
import { makeDocument } from './documents';
import {
	deleteParagraph,
	draftFrom,
	insertParagraph,
	mergeParagraphs,
	rewordParagraph,
	splitParagraph,
	swapParagraphs,
	type Draft
} from './drafts';

/** Pieces of resolution prose, so random paragraphs share the n-grams real ones share. */
const PHRASES = [
	'重申',
	'多边主义',
	'裁军和不扩散领域',
	'会员国',
	'国际和平与安全',
	'核心原则',
	'秘书长',
	'报告',
	'第七十七届会议',
	'2021 年 12 月 6 日',
	'第 75/47 号决议',
	'军备管制',
	'透明',
	'谈判',
	'，',
	'；',
	'。',
	' ',
	'\u3000',
	'A/76/90',
	'的',
	'和',
	'促请',
	'严重关切',
	'𠀀',
	'\n'
];

const KINDS: ParagraphKind[] = [
	'title',
	'preamble',
	'preamble',
	'operative',
	'operative',
	'subparagraph',
	'closing',
	'other'
];

/** A paragraph text: resolution phrases and random characters, possibly empty or white space only. */
export const paragraphText = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 14 }).map((a) => a.join(''))
	},
	{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.constantFrom('', ' ', '大会，', '1') }
);

/** A random document of up to `maxParagraphs` paragraphs of random kinds. */
export function documentArbitrary(maxParagraphs = 16): fc.Arbitrary<ResolutionDocument> {
	return fc
		.array(fc.record({ kind: fc.constantFrom(...KINDS), text: paragraphText, inferred: fc.boolean() }), {
			maxLength: maxParagraphs
		})
		.map((specs) => makeDocument(specs));
}

/** One drafting edit, with positions as fractions so it applies to a document of any length. */
type Edit =
	| { op: 'delete'; at: number }
	| { op: 'insert'; at: number; text: string; kind: ParagraphKind }
	| { op: 'merge'; at: number }
	| { op: 'split'; at: number; cut: number }
	| { op: 'swap'; at: number; to: number }
	| { op: 'reword'; at: number; text: string };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** A random drafting edit. */
export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ op: fc.constant('delete' as const), at: fraction }),
	fc.record({ op: fc.constant('insert' as const), at: fraction, text: paragraphText, kind: fc.constantFrom(...KINDS) }),
	fc.record({ op: fc.constant('merge' as const), at: fraction }),
	fc.record({ op: fc.constant('split' as const), at: fraction, cut: fraction }),
	fc.record({ op: fc.constant('swap' as const), at: fraction, to: fraction }),
	fc.record({ op: fc.constant('reword' as const), at: fraction, text: paragraphText })
);

/** Apply one edit to a draft; edits that do not fit (nothing to merge, text too short to split) are skipped. */
export function applyEdit(draft: Draft, edit: Edit): Draft {
	const ps = draft.doc.paragraphs;
	const pick = (f: number) => ps[Math.min(ps.length - 1, Math.floor(f * ps.length))];
	if (edit.op === 'insert') {
		const after = ps.length === 0 || edit.at < 0.1 ? null : pick(edit.at).id;
		return insertParagraph(draft, after, { kind: edit.kind, text: edit.text });
	}
	if (ps.length === 0) return draft;
	const p = pick(edit.at);
	switch (edit.op) {
		case 'delete':
			return deleteParagraph(draft, p.id);
		case 'merge':
			return p === ps[ps.length - 1] ? draft : mergeParagraphs(draft, p.id);
		case 'split': {
			if (p.text.length < 2) return draft;
			return splitParagraph(draft, p.id, 1 + Math.floor(edit.cut * (p.text.length - 1)));
		}
		case 'swap':
			return swapParagraphs(draft, p.id, pick(edit.to).id);
		case 'reword':
			return p.text.length === 0 ? draft : rewordParagraph(draft, p.id, p.text.slice(0, 1), edit.text);
	}
}

/** A random document and a draft of it made by up to `maxEdits` random edits. */
export function draftPairArbitrary(
	maxParagraphs = 16,
	maxEdits = 5
): fc.Arbitrary<{ source: ResolutionDocument; draft: Draft }> {
	return fc
		.tuple(documentArbitrary(maxParagraphs), fc.array(editArbitrary, { maxLength: maxEdits }))
		.map(([source, edits]) => ({ source, draft: edits.reduce(applyEdit, draftFrom(source)) }));
}
