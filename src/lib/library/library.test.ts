/**
 * The library's pure logic on the real documents of the shipped corpus: matching keys, search, find
 * and series over an in-memory library, as the browser runs them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeText, parseResolution, type ResolutionDocument } from '../core/index';
import { corpus } from '../corpus-index';
import {
	citedResolutions,
	dice,
	documentFeatures,
	compareSymbols,
	foldKey,
	matchKeys,
	MemoryLibrary,
	prepareQuery,
	recalledResolutions,
	sketchOf,
	sketchSimilarity,
	type LibraryEntry,
	type MatchKeys
} from './index';
import { decodeRanges, encodeRanges, matchKeysAndRanges, matchKeysWithRanges } from './keys';

/** A corpus document read as the CLI reads a text file. */
function read(file: string): ResolutionDocument {
	const bytes = new Uint8Array(readFileSync(new URL(`../../../corpus/${file}`, import.meta.url)));
	const doc = parseResolution(decodeText(bytes), { source: file });
	doc.meta.symbol ??= corpus.documents.find((d) => d.file === file)?.symbol ?? null;
	return doc;
}

/** Every text document of the corpus (the Spanish PDF needs the PDF reader: the CLI's tests cover it). */
const entries: LibraryEntry[] = corpus.documents
	.filter((d) => d.file.endsWith('.txt'))
	.map((d) => ({ document: read(d.file), source: d.file }));
const library = new MemoryLibrary(entries);
const bySymbol = (symbol: string) => entries.find((e) => e.document.meta.symbol === symbol)!;
const paragraphOf = (symbol: string, pick: (text: string) => boolean) =>
	bySymbol(symbol).document.paragraphs.find((p) => pick(p.text))!.text;

describe('matching keys', () => {
	it.each([
		[
			'tokenizer spaces between Chinese characters',
			'促进 裁军 和 不扩散 领域 的 多边主义',
			'促进裁军和不扩散领域的多边主义'
		],
		['a non-breaking hyphen', 'Treaty on the Non‑Proliferation', 'Treaty on the Non-Proliferation'],
		['curly and straight apostrophes', 'Israel’s accession', "Israel's accession"],
		['Chinese and Western quotation marks', '题为“全面彻底裁军”的项目', '题为"全面彻底裁军"的项目'],
		['full-width Latin and digits', 'ＵＮＩＳＰＡＣＥ＋５０', 'UNISPACE+50'],
		['letter case and line breaks', 'The General\nAssembly', 'the general assembly']
	])('fold away %s', (_label, a, b) => {
		expect(matchKeys(a).fold).toBe(matchKeys(b).fold);
		expect(foldKey(a)).toBe(matchKeys(a).fold);
	});

	it.each([
		[
			'a resolution and its date (English)',
			'Recalling its resolution 72/6 of 13 November 2017,',
			'Recalling its resolution 79/8 of 4 December 2024,'
		],
		['a session', 'at its seventy-third session', 'at its eightieth session'],
		[
			'a list of recalled resolutions that grew',
			'第65/54号和2011年12月2日第66/32号决议',
			'第65/54号、2011年12月2日第66/32号和2012年12月3日第67/38号决议'
		],
		['a Chinese date and session', '大会第六十八届会议临时议程', '大会第七十七届会议临时议程'],
		// Each text is read with the grammar of the scripts it is written in: these need theirs.
		['a French session spelt out', 'à sa soixante-treizième session', 'à sa quatre-vingtième session'],
		['a Russian date', 'от 13 ноября 2017 года', 'от 4 декабря 2024 года'],
		['a symbol in a Chinese paragraph', '见A/RES/72/6号决议', '见A/RES/79/8号决议']
	])('routine keys ignore %s', (_label, a, b) => {
		expect(matchKeys(a).fold).not.toBe(matchKeys(b).fold);
		expect(matchKeys(a).routine).toBe(matchKeys(b).routine);
	});

	it('keep, for each unit of a key, where it stood in the text', () => {
		const text = '促进 裁军 和 不扩散';
		const keys = matchKeys(text);
		expect([...keys.fold].map((c, i) => text[keys.foldAt[i]] === c)).not.toContain(false);
	});

	it('are the same from stored routine ranges as from the grammar, for every paragraph of the corpus', () => {
		// What a library stores of each paragraph text (its ranges, encoded) gives back its keys and
		// offsets without running the grammar: the search answers from them.
		const flat = (k: MatchKeys) => [k.fold, k.routine, k.foldAt, k.routineAt, k.routineEnd].map(String).join('\n');
		let withRanges = 0;
		const differ: string[] = [];
		for (const entry of entries) {
			for (const p of entry.document.paragraphs) {
				const { keys, ranges } = matchKeysAndRanges(p.text);
				const stored = decodeRanges(encodeRanges(ranges));
				const expected = flat(matchKeys(p.text));
				if (flat(keys) !== expected || flat(matchKeysWithRanges(p.text, stored)) !== expected) differ.push(p.text);
				if (ranges.length > 0) withRanges++;
			}
		}
		expect(differ).toEqual([]);
		expect(withRanges).toBeGreaterThan(100);
	});

	it('leave a text without white space or typography as it is, lower-cased', () => {
		expect(matchKeys('').fold).toBe('');
		expect(matchKeys('严重关切').routine).toBe('严重关切');
	});
});

describe('recalled resolutions', () => {
	it.each([
		[
			'English, with A/RES and a lettered part',
			'Recalling its resolutions 56/24 T of 29 November 2001, A/RES/57/63 and 79/46,',
			['A/RES/56/24 T', 'A/RES/57/63', 'A/RES/79/46']
		],
		[
			'Chinese, with 第…号',
			'回顾其2001年11月29日第56/24 T号决议和2002年11月22日第57/63号决议',
			['A/RES/56/24 T', 'A/RES/57/63']
		],
		['not a report symbol', 'the report of the First Committee (A/76/444)', []],
		['not a symbol with a body', 'document A/CN.10/2010/50', []]
	])('are read in %s', (_label, text, expected) => {
		expect(citedResolutions(text)).toEqual(expected);
	});

	it('make the chain of 76/40: its seventeen predecessors, 67/38 among them, and never itself', () => {
		const recalled = recalledResolutions(bySymbol('A/RES/76/40').document);
		expect(recalled).toContain('A/RES/67/38');
		expect(recalled).toContain('A/RES/57/63');
		expect(recalled).toContain('A/RES/75/47');
		expect(recalled).not.toContain('A/RES/76/40');
	});
});

describe('search over the corpus', () => {
	it('finds a sentence where it stood first and where it stands now, oldest first, the first use marked', () => {
		const sentence =
			'Reaffirms the importance of Israel’s accession to the Treaty on the Non‑Proliferation of Nuclear Weapons and placement of all its nuclear facilities under comprehensive International Atomic Energy Agency safeguards';
		const { hits } = library.search(sentence);
		expect(hits.map((h) => h.symbol)).toEqual(['A/RES/57/97', 'A/RES/80/67']);
		expect(hits[0].first).toBe(true);
		expect(hits[1].first).toBeUndefined();
		// 2002 prints a straight apostrophe and a footnote mark; 2025 is the phrase as typed.
		expect(hits[0].exact).toBe(false);
		expect(hits[0].similarity).toBeGreaterThan(0.9);
		expect(hits[1]).toMatchObject({ exact: true, similarity: 1, label: 'OP 5' });
		expect(hits[1].paragraph.text.slice(...hits[1].range)).toBe(sentence);
	});

	it('finds a Chinese phrase whether typed with or without the tokenizer’s spaces', () => {
		const plain = library.search('促进裁军和不扩散领域的多边主义');
		const spaced = library.search('促进 裁军 和 不扩散 领域 的 多边主义');
		expect(plain.hits.length).toBeGreaterThanOrEqual(4);
		expect(spaced.hits).toEqual(plain.hits.map((h) => ({ ...h })));
		expect(plain.hits.every((h) => h.exact)).toBe(true);
		expect(new Set(plain.hits.map((h) => h.symbol))).toEqual(new Set(['A/67/131', 'A/RES/67/38', 'A/RES/76/40']));
	});

	it('finds a sentence whose recalled resolution and date changed since in the later version', () => {
		const sentence =
			'Taking note of the relevant resolutions adopted by the General Conference of the International Atomic Energy Agency, the latest of which is resolution GC(46)/RES/16, adopted on 20 September 2002';
		const { hits } = library.search(sentence);
		expect(hits.map((h) => [h.symbol, h.exact])).toEqual([
			['A/RES/57/97', true],
			['A/RES/80/67', false]
		]);
		expect(hits[1].paragraph.text.slice(...hits[1].range)).toMatch(/GC\(69\)\/RES\/15, adopted on 18 September 2025$/);
	});

	it('finds the Chinese chain of recalled resolutions of 2012 in 2021, though the list grew by nine', () => {
		const old = paragraphOf('A/RES/67/38', (t) => t.startsWith('回顾其') && t.includes('57/63'));
		const { hits } = library.search(old);
		const later = hits.find((h) => h.symbol === 'A/RES/76/40');
		expect(later).toBeDefined();
		expect(later!.exact).toBe(false);
		expect(hits[0].symbol).toBe('A/RES/67/38');
	});

	it('matches a phrase that is mostly a list of resolutions only in lists that share them', () => {
		const old = paragraphOf('A/RES/67/38', (t) => t.startsWith('回顾其') && t.includes('57/63'));
		const list = old.slice(old.indexOf('以及关于'));
		const { hits } = library.search(list);
		expect(hits.map((h) => [h.symbol, h.exact])).toEqual([
			['A/RES/67/38', true],
			['A/RES/76/40', false]
		]);
		// 68/46 recalls other resolutions in the same form: not a match.
		expect(hits.map((h) => h.symbol)).not.toContain('A/RES/68/46');
		expect(hits.every((h) => h.paragraph.text.includes('57/63'))).toBe(true);
	});

	it('tolerates a reworded operative verb (强调 → 强调指出) as a near match', () => {
		const old = paragraphOf('A/RES/67/38', (t) => t.includes('多边主义是') || t.startsWith('强调'));
		const { hits } = library.search(old);
		expect(hits.some((h) => h.symbol === 'A/RES/76/40' && h.similarity >= 0.8)).toBe(true);
	});

	it('matches a symbol alone exactly, never every other symbol', () => {
		const { hits } = library.search('67/38');
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every((h) => h.exact && h.paragraph.text.replace(/\s/g, '').includes('67/38'))).toBe(true);
	});

	it('answers a phrase used nowhere with no hits, and refuses an empty one', () => {
		expect(library.search('an entirely invented phrase about lunar cheese markets').hits).toEqual([]);
		expect(() => library.search('   ')).toThrow(/empty/);
		expect(prepareQuery('  \n ')).toBeNull();
	});
});

describe('find over the corpus', () => {
	it('names the 2012 version first for the 2021 version of a resolution, and never the text itself', () => {
		const { candidates } = library.find(bySymbol('A/RES/76/40').document);
		expect(candidates[0].symbol).toBe('A/RES/67/38');
		expect(candidates[0].evidence).toMatchObject({ title: 1, chain: 1 });
		expect(candidates.map((c) => c.symbol)).not.toContain('A/RES/76/40');
	});

	it('names the 2002 version first for the 2025 version of another resolution, by title and text', () => {
		const { candidates } = library.find(bySymbol('A/RES/80/67').document);
		expect(candidates[0].symbol).toBe('A/RES/57/97');
		expect(candidates[0].similarity).toBeGreaterThan(candidates[1]?.similarity ?? 0);
	});

	it('finds the old version of a draft that is not in the library', () => {
		const draft = read('A-RES-76-40.zh.txt');
		draft.meta.symbol = null;
		const without = new MemoryLibrary(entries.filter((e) => e.document.meta.symbol !== 'A/RES/76/40'));
		expect(without.find(draft).candidates[0].symbol).toBe('A/RES/67/38');
	});

	it('names the resolution a draft was made from even when the draft still carries its symbol', () => {
		// Next session's draft made from last year's file: the heading keeps A/RES/76/40, the letterhead
		// names the seventy-seventh session. It continues 76/40, not 67/38.
		const draft = read('A-RES-76-40.zh.txt');
		draft.meta.session = 77;
		expect(draft.meta.symbol).toBe('A/RES/76/40');
		expect(library.find(draft).candidates[0].symbol).toBe('A/RES/76/40');
		// The same symbol and session is the text itself, never offered.
		expect(library.find(read('A-RES-76-40.zh.txt')).candidates.map((c) => c.symbol)).not.toContain('A/RES/76/40');
	});
});

describe('find as a folder of real documents holds them', () => {
	const fixture = (path: string) => {
		const bytes = new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url)));
		return parseResolution(decodeText(bytes), { source: path.split('/').pop()! });
	};

	it('never takes a list of sources, which cites every resolution of the folder, for a version of each', () => {
		const folder = new MemoryLibrary([
			...entries,
			{ document: fixture('library/real-documents-SOURCES.md'), source: 'SOURCES.md' }
		]);
		for (const symbol of ['A/RES/80/1', 'A/RES/80/12', 'A/RES/80/30']) {
			const sources = folder.find(bySymbol(symbol).document).candidates.map((c) => c.source);
			expect(sources, symbol).not.toContain('SOURCES.md');
		}
		expect(folder.find(bySymbol('A/RES/80/67').document).candidates[0].symbol).toBe('A/RES/57/97');
	});

	it('counts one agenda item under two titles as half a title: an agenda item holds many resolutions', () => {
		// A/RES/80/3 (Awaza Declaration) and 80/10 (a day for indigenous women and girls): agenda item 13 both.
		const awaza = library.find(bySymbol('A/RES/80/10').document).candidates.find((c) => c.symbol === 'A/RES/80/3');
		expect(awaza?.evidence.title).toBe(0.5);
		// Versions of one resolution keep their title: 67/38 and 76/40 still count it in full.
		expect(library.find(bySymbol('A/RES/76/40').document).candidates[0].evidence.title).toBe(1);
	});

	it('lists a resolution held twice (two extractions of its PDF) once', () => {
		const twice = new MemoryLibrary([
			...entries,
			{ document: fixture('real/A-RES-73-6.en.pymupdf.txt'), source: 'A-RES-73-6.en.pymupdf.txt' }
		]);
		const symbols = twice.find(bySymbol('A/RES/80/21').document).candidates.map((c) => c.symbol);
		expect(symbols).toContain('A/RES/73/6');
		expect(symbols.filter((s) => s === 'A/RES/73/6')).toHaveLength(1);
	});
});

describe('series over the corpus', () => {
	it('finds the line of 67/38: 67/38 then 76/40, and not 68/46 (another resolution of the same agenda item)', () => {
		const line = library.series(bySymbol('A/RES/67/38')).map((e) => e.document.meta.symbol);
		expect(line).toEqual(['A/RES/67/38', 'A/RES/76/40']);
		expect(library.series(bySymbol('A/RES/76/40')).map((e) => e.document.meta.symbol)).toEqual(line);
		expect(library.series(bySymbol('A/RES/68/46')).map((e) => e.document.meta.symbol)).toEqual(['A/RES/68/46']);
	});

	it('finds the 2002 and 2025 versions of the Middle East resolution, and leaves the other 2025 resolutions out', () => {
		expect(library.series(bySymbol('A/RES/80/67')).map((e) => e.document.meta.symbol)).toEqual([
			'A/RES/57/97',
			'A/RES/80/67'
		]);
	});
});

describe('symbols in natural order', () => {
	it('orders symbols as the numeric collator does, the usual pairs without it', () => {
		const collator = new Intl.Collator('en', { numeric: true });
		const symbols = [
			...corpus.documents.map((d) => d.symbol),
			'A/RES/80/9',
			'A/RES/80/10',
			'A/RES/80/010',
			'A/RES/8/100',
			'A/RES/80/9A',
			'A/RES/80/9 B',
			'a/res/80/9',
			'A/C.3/78/L.41',
			'A/78/L.41',
			'A/RES/ES-10/21',
			'A/RES/ES-11/1',
			'A/RES/ＡＢ/1',
			''
		];
		for (const a of symbols)
			for (const b of symbols)
				expect([a, b, Math.sign(compareSymbols(a, b))]).toEqual([a, b, Math.sign(collator.compare(a, b))]);
		expect(compareSymbols(null, 'A/RES/80/9')).toBeGreaterThan(0);
	});
});

describe('similarity helpers', () => {
	it('dice: 1 for equal keys, 0 for nothing shared', () => {
		expect(dice('abc', 'abc')).toBe(1);
		expect(dice('abcd', 'wxyz')).toBe(0);
	});

	it('sketches: equal texts estimate 1, unrelated ones near 0', () => {
		const a = documentFeatures(bySymbol('A/RES/80/19').document);
		expect(sketchSimilarity(a.sketch, a.sketch)).toBe(1);
		const b = documentFeatures(bySymbol('A/RES/80/1').document);
		expect(sketchSimilarity(a.sketch, b.sketch)).toBeLessThan(0.1);
		expect(sketchOf('abc', 9)).toEqual([]);
	});
});

describe('the in-memory library', () => {
	let line: string[];
	beforeAll(() => {
		line = library.series(bySymbol('A/RES/67/38')).map((e) => e.source);
	});

	it('reports each hit’s source as given', () => {
		expect(line).toEqual(['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt']);
	});
});
