import { describe, expect, it } from 'vitest';
import { corpus } from '../corpus-index';
import { catalogFacets, filterCatalog, orderPair } from './catalog';
import { chronologicalKey } from './search';

const symbols = (filter: Parameters<typeof filterCatalog>[1]) =>
	filterCatalog(corpus.documents, filter).map((d) => d.symbol);

describe('filterCatalog on the shipped corpus', () => {
	it.each([
		{
			label: 'no filter: every document',
			filter: {},
			has: ['A/RES/67/38', 'A/RES/73/3'],
			count: corpus.documents.length
		},
		{ label: 'a symbol, lower case and spaced', filter: { text: ' a/res/76/40 ' }, has: ['A/RES/76/40'], count: 1 },
		{ label: 'a symbol typed full-width', filter: { text: 'Ａ/ＲＥＳ/76/40' }, has: ['A/RES/76/40'], count: 1 },
		{ label: 'a Chinese title word', filter: { text: '多边主义' }, has: ['A/RES/67/38', 'A/RES/76/40'] },
		{ label: 'English title words in any order', filter: { text: 'space outer' }, has: ['A/RES/80/19', 'A/RES/80/20'] },
		{ label: 'a session', filter: { session: 73 }, has: ['A/RES/73/3', 'A/RES/73/6'] },
		{ label: 'a language', filter: { language: 'zh' }, has: ['A/RES/67/38'] }
	])('$label', ({ filter, has, count }) => {
		const found = symbols(filter);
		for (const s of has) expect(found).toContain(s);
		if (count !== undefined) expect(found).toHaveLength(count);
	});

	it('filters by session and language together, and every answer has both', () => {
		const found = filterCatalog(corpus.documents, { session: 76, language: 'zh' });
		expect(found.length).toBeGreaterThan(0);
		for (const d of found) expect([d.session, d.language]).toEqual([76, 'zh']);
	});

	it('finds nothing for a word no symbol or title holds (edge: no answer)', () => {
		expect(symbols({ text: 'zzzz-no-such-word' })).toEqual([]);
	});

	it('lists oldest first (an undated document by its session)', () => {
		const dates = filterCatalog(corpus.documents, {}).map(chronologicalKey);
		expect(dates).toEqual([...dates].sort());
	});
});

describe('catalogFacets and orderPair', () => {
	it('offers each session and language of the corpus once', () => {
		const { sessions, languages } = catalogFacets(corpus.documents);
		expect(languages).toEqual(['en', 'es', 'zh']);
		expect(new Set(sessions).size).toBe(sessions.length);
		expect(sessions).toContain(73);
		expect(sessions).toEqual([...sessions].sort((a, b) => b - a));
	});

	it('puts the older document on the old side whichever was picked first', () => {
		const a = corpus.documents.find((d) => d.symbol === 'A/RES/67/38')!;
		const b = corpus.documents.find((d) => d.symbol === 'A/RES/76/40')!;
		expect(orderPair(b, a)).toEqual({ old: a, new: b });
		expect(orderPair(a, b)).toEqual({ old: a, new: b });
	});
});
