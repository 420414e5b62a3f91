import { describe, expect, it } from 'vitest';
import { findTerm } from './terms';
import { ResodiffError } from './types';
import { makeDocument } from '../testing/documents';
import { loadSeed, squeeze } from '../testing/seeds';

const tokenized = makeDocument([
	['preamble', '严重 关切 军备 管制 、 不 扩散 和 裁军 领域 ， 认识 到 会员国 的 安全 关切 ，'],
	['operative', '请 秘书长 依照 A/RES/75/47 提出 报告 ；']
]);
const clean = makeDocument([
	['preamble', '严重关切侵蚀军备管制、不扩散和裁军领域多边主义的情况日益严重，'],
	['operative', '着重指出必须保留关于军备管制和裁军及多边论坛的现有协定；']
]);

describe('findTerm: hand-made documents', () => {
	it.each([
		{ label: 'a phrase across tokenizer spaces', doc: tokenized, phrase: '严重关切', ranges: [[0, 5]] },
		{ label: 'white space in the phrase is ignored', doc: clean, phrase: '严重 关切', ranges: [[0, 4]] },
		{
			label: 'every occurrence in a paragraph',
			doc: tokenized,
			phrase: '关切',
			ranges: [
				[3, 5],
				[43, 45]
			]
		},
		{ label: 'case-insensitive for Latin symbols', doc: tokenized, phrase: 'a/res/75/47', ranges: [[9, 20]] },
		{ label: 'absent', doc: clean, phrase: '德黑兰', ranges: [] }
	])('$label', ({ doc, phrase, ranges }) => {
		const hits = findTerm([doc], phrase);
		expect(hits.documents[0].paragraphs.flatMap((p) => p.ranges)).toEqual(ranges);
		for (const p of hits.documents[0].paragraphs) {
			const text = doc.paragraphs.find((x) => x.id === p.id)?.text ?? '';
			for (const [s, e] of p.ranges)
				expect(squeeze(text.slice(s, e)).toLowerCase()).toBe(squeeze(phrase).toLowerCase());
		}
	});

	it('gives first and last appearance across documents, null when absent everywhere', () => {
		expect(findTerm([tokenized, clean, tokenized], '多边论坛')).toMatchObject({ first: 1, last: 1 });
		expect(findTerm([clean, tokenized, clean], '关切')).toMatchObject({ first: 0, last: 2 });
		expect(findTerm([clean, tokenized], '德黑兰')).toMatchObject({ first: null, last: null });
		expect(findTerm([], '关切')).toEqual({ phrase: '关切', documents: [], first: null, last: null });
	});

	it('searches only the kinds asked for', () => {
		expect(findTerm([clean], '军备管制', { kinds: ['operative'] }).documents[0].paragraphs.map((p) => p.id)).toEqual([
			'p2'
		]);
	});

	it('matches case exactly when asked', () => {
		expect(findTerm([tokenized], 'a/res', { caseSensitive: true }).documents[0].count).toBe(0);
	});

	it.each(['', '  \u3000 '])('rejects an empty phrase %j with a usage error', (phrase) => {
		expect(() => findTerm([clean], phrase)).toThrow(ResodiffError);
		expect(() => findTerm([clean], phrase)).toThrow(/empty/);
	});
});

describe('findTerm: the seeds 67/38 and 76/40', () => {
	const docs = [loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40')];

	it('严重关切 first appears in 76/40, in one preambular paragraph', () => {
		const hits = findTerm(docs, '严重关切');
		expect(hits).toMatchObject({ first: 1, last: 1 });
		expect(hits.documents[0].count).toBe(0);
		expect(hits.documents[1].paragraphs.map((p) => p.kind)).toEqual(['preamble']);
	});

	it('多边论坛 stands in operative paragraph 4 of 76/40 only', () => {
		const hits = findTerm(docs, '多边论坛');
		expect(hits.documents.map((d) => d.count)).toEqual([0, 1]);
		expect(hits.documents[1].paragraphs[0]).toMatchObject({ kind: 'operative', number: '4' });
	});

	it('关切 in both, with offsets that point at the word', () => {
		const hits = findTerm(docs, '关切');
		expect(hits.documents.map((d) => d.count)).toEqual([2, 3]);
		hits.documents.forEach((d, k) => {
			for (const p of d.paragraphs) {
				const text = docs[k].paragraphs.find((x) => x.id === p.id)?.text ?? '';
				for (const [s, e] of p.ranges) expect(squeeze(text.slice(s, e))).toBe('关切');
			}
		});
	});
});
