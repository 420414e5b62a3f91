import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHOWCASE, compareHref, corpus, findDocument, listSeries, loadCorpusText } from './corpus';

describe('the corpus library', () => {
	const library = listSeries();

	it('lists every series of the index, each document of a series once, oldest first', () => {
		expect(library.map((s) => s.series.id)).toEqual(corpus.series.map((s) => s.id));
		const listed = library.flatMap((s) => s.documents.map((d) => d.symbol));
		expect(listed.sort()).toEqual(
			corpus.documents
				.filter((d) => d.series !== null)
				.map((d) => d.symbol)
				.sort()
		);
		for (const s of library) {
			expect(s.documents.map((d) => d.session)).toEqual([...s.documents.map((d) => d.session)].sort((a, b) => a - b));
		}
	});

	it('pairs consecutive resolutions of a series, never a report', () => {
		const multilateralism = library.find((s) => s.series.id === 'multilateralism-disarmament')!;
		expect(multilateralism.pairs.map(([a, b]) => [a.symbol, b.symbol])).toEqual([[SHOWCASE.old, SHOWCASE.new]]);
		const single = library.find((s) => s.series.id === 'nuclear-disarmament-negotiations')!;
		expect(single.pairs).toEqual([]);
	});

	it.each([
		{ label: 'exact symbol', symbol: 'A/RES/76/40', found: 'A/RES/76/40' },
		{ label: 'lower case and spaces', symbol: ' a/res/76/40 ', found: 'A/RES/76/40' },
		{ label: 'a report', symbol: 'A/67/131', found: 'A/67/131' },
		{ label: 'adopted but not in the corpus', symbol: 'A/RES/75/47', found: undefined },
		{ label: 'nonsense', symbol: '<script>', found: undefined }
	])('findDocument: $label', ({ symbol, found }) => {
		expect(findDocument(symbol)?.symbol).toBe(found);
	});

	it('loads a text as it is on disk', async () => {
		const { text, document } = await loadCorpusText('A/RES/76/40');
		expect(document.file).toBe('A-RES-76-40.zh.txt');
		expect(text).toBe(readFileSync('corpus/A-RES-76-40.zh.txt', 'utf8'));
	});

	it('refuses a symbol not in the corpus with a ResodiffError', async () => {
		await expect(loadCorpusText('A/RES/99/1')).rejects.toMatchObject({ name: 'ResodiffError', code: 'not-found' });
	});

	it.each([
		{
			label: 'readable slashes',
			old: 'A/RES/67/38',
			new: 'A/RES/76/40',
			href: '/compare?old=A/RES/67/38&new=A/RES/76/40'
		},
		{ label: 'reserved characters escaped', old: 'A&B', new: 'C D', href: '/compare?old=A%26B&new=C%20D' }
	])('compareHref: $label', ({ old, new: next, href }) => {
		expect(compareHref(old, next)).toBe(href);
		const params = new URL(href, 'http://x').searchParams;
		expect([params.get('old'), params.get('new')]).toEqual([old, next]);
	});
});
