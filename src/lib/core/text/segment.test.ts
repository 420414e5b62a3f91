import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { segmentWords, segmentWordsOfEach, splitCodePoints, wordBoundaries } from './segment';

const corpus = (name: string): string => readFileSync(new URL(`../../../../corpus/${name}`, import.meta.url), 'utf8');

/** True when no token starts with the low half of a surrogate pair whose high half ended the previous token. */
function keepsPairsWhole(tokens: string[]): boolean {
	for (let k = 1; k < tokens.length; k++) {
		const high = tokens[k - 1].charCodeAt(tokens[k - 1].length - 1);
		const low = tokens[k].charCodeAt(0);
		if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) return false;
	}
	return true;
}

describe('segmentWords', () => {
	it.each([
		{ label: 'empty', text: '', expected: [] },
		{ label: 'operative verb pair', text: '再次促请所有会员国', expected: ['再次', '促请', '所有', '会员', '国'] },
		{ label: 'verb then complement', text: '强调指出国际合作', expected: ['强调', '指出', '国际', '合作'] },
		{ label: 'modifier then verb', text: '严重关切', expected: ['严重', '关切'] },
		{
			label: 'session ordinal (ICU alone cuts 第|六十|八届)',
			text: '第六十八届会议',
			expected: ['第', '六十八', '届', '会议']
		},
		{
			label: 'other session ordinal (ICU alone cuts 第七|十七|届)',
			text: '第七十七届',
			expected: ['第', '七十七', '届']
		},
		{ label: 'summit ordinal', text: '第十八次不结盟', expected: ['第', '十八', '次', '不', '结盟'] },
		{
			label: 'date and symbol',
			text: '2012年12月3日第67/38号',
			expected: ['2012', '年', '12', '月', '3', '日', '第', '67', '/', '38', '号']
		}
	])('$label', ({ text, expected }) => {
		expect(segmentWords(text)).toEqual(expected);
	});

	it('cuts English at spaces and punctuation', () => {
		expect(segmentWords('Reaffirms the sixty-eighth session,', { language: 'en' })).toEqual([
			'Reaffirms',
			' ',
			'the',
			' ',
			'sixty',
			'-',
			'eighth',
			' ',
			'session',
			','
		]);
	});

	it('does not apply the Chinese ordinal rule to other languages', () => {
		expect(segmentWords('第六十八届', { language: 'en' }).join('|')).not.toBe('第|六十八|届');
	});

	it('rebuilds every seed document exactly', () => {
		for (const name of ['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt', 'A-RES-68-46.zh.txt', 'A-67-131.zh.txt']) {
			const text = corpus(name);
			const tokens = segmentWords(text);
			expect(tokens.join(''), name).toBe(text);
			expect(
				tokens.every((t) => t.length > 0),
				name
			).toBe(true);
		}
	});

	it.each([
		{ label: 'a run with no punctuation or space', text: '多边主义'.repeat(200) },
		{ label: 'astral characters across the hard cut', text: '😀'.repeat(300) + 'a' + '𠀀'.repeat(300) },
		{ label: 'English words with no punctuation', text: 'word '.repeat(300) }
	])('cuts long text into pieces without losing or splitting anything: $label', ({ text }) => {
		const tokens = segmentWords(text);
		expect(tokens.join('')).toBe(text);
		expect(keepsPairsWhole(tokens)).toBe(true);
	});

	it('rebuilds any string, keeps surrogate pairs whole and never yields an empty token', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 60 }),
					fc.string({ unit: 'grapheme-composite', maxLength: 30 }),
					fc.string({
						unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)),
						maxLength: 30
					})
				),
				fc.constantFrom('zh', 'en', 'fr'),
				(text, language) => {
					const tokens = segmentWords(text, { language });
					return tokens.join('') === text && tokens.every((t) => t.length > 0) && keepsPairsWhole(tokens);
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('segmentWordsOfEach', () => {
	/** Each stretch between ordinals cut by ICU on its own, the way one text at a time always was. */
	function oneByOne(text: string): string[] {
		const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
		const out: string[] = [];
		const plain = (t: string) => {
			for (const s of segmenter.segment(t)) out.push(s.segment);
		};
		let last = 0;
		for (const m of text.matchAll(/第([〇零一二三四五六七八九十百千万两]+)/g)) {
			plain(text.slice(last, m.index));
			out.push('第', m[1]);
			last = m.index + m[0].length;
		}
		plain(text.slice(last));
		return out;
	}

	it('gives each text the tokens it gets alone, for every paragraph pair of the showcase', () => {
		const paragraphs = (name: string) =>
			corpus(name)
				.split('\n')
				.filter((l) => l.trim() && l.length <= 256);
		const olds = paragraphs('A-RES-67-38.zh.txt');
		const news = paragraphs('A-RES-76-40.zh.txt');
		expect(olds.length).toBeGreaterThan(0);
		for (let k = 0; k < Math.max(olds.length, news.length); k++) {
			const pair = [olds[k % olds.length], news[k % news.length]];
			expect(segmentWordsOfEach(pair)).toEqual(pair.map(oneByOne));
		}
	});

	it('hands every text back whole, whatever the texts hold (line feeds, carriage returns, empties)', () => {
		const piece = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.constantFrom('', '\n', '\r', '\r\n', '第六十八届', '再次促请所有会员国，', '  ')
		);
		fc.assert(
			fc.property(
				fc.array(
					fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
					{ minLength: 1, maxLength: 4 }
				),
				(texts) => {
					const out = segmentWordsOfEach(texts);
					return (
						out.length === texts.length &&
						out.every((tokens, k) => tokens.join('') === texts[k] && tokens.every((t) => t.length > 0))
					);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('matches segmentWords text by text', () => {
		const texts = ['大会第六十八届会议，第七十七届', 'word, and word', '', '决定在第七十三届会议临时议程'];
		expect(segmentWordsOfEach(texts)).toEqual(texts.map((t) => segmentWords(t)));
	});
});

describe('segmentWords without Intl.Segmenter', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('falls back to one Han character per token and Latin words at spaces', () => {
		vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
		// A language tag no other test uses, so that no segmenter is cached for it yet.
		const tokens = segmentWords('再次促请 all States 😀', { language: 'zh-Hant-fallback' });
		expect(tokens).toEqual(['再', '次', '促', '请', ' ', 'all', ' ', 'States', ' ', '😀']);
	});
});

describe('splitCodePoints', () => {
	it.each([
		{ label: 'empty', text: '', expected: [] },
		{ label: 'Han', text: '呼吁', expected: ['呼', '吁'] },
		{ label: 'astral pair stays whole', text: 'a😀b', expected: ['a', '😀', 'b'] },
		{ label: 'lone surrogates stand alone', text: '\ud800x\udc00', expected: ['\ud800', 'x', '\udc00'] }
	])('$label', ({ text, expected }) => {
		expect(splitCodePoints(text)).toEqual(expected);
	});
});

describe('wordBoundaries', () => {
	it.each([
		{ label: 'empty', text: '', expected: [0] },
		{ label: 'two words', text: '强调指出', expected: [0, 2, 4] },
		{ label: 'one word', text: '提出', expected: [0, 2] },
		{ label: 'astral character', text: '😀a', expected: [0, 2, 3] }
	])('$label', ({ text, expected }) => {
		expect(wordBoundaries(text)).toEqual(expected);
	});
});
