import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	classifyDelimiterRun,
	collapseRepeatedPrint,
	deleteRanges,
	findEmphasisPairs,
	findRepeatedPrint,
	hasEmphasisPair,
	mergeRanges,
	normalizeText,
	cleanParagraphText,
	restoreChineseQuotes,
	stripInlineMarkup,
	trackText,
	type TrackedText
} from './normalize';

describe('normalizeText', () => {
	const cases: [label: string, input: string, expected: string][] = [
		['CRLF', '大会，\r\n决心', '大会，\n决心'],
		['lone CR', '大会，\r决心', '大会，\n决心'],
		['line and paragraph separators', 'a\u2028b\u2029c', 'a\nb\nc'],
		['form feed of a page break', 'a\fb', 'a\nb'],
		['no-break space', '第\u00A045\u00A0次', '第 45 次'],
		['ideographic space (Word indentation)', '\u3000\u3000决心', '  决心'],
		['tab', 'a\tb', 'a b'],
		['soft hyphen', 'non\u00ADproliferation', 'nonproliferation'],
		['zero-width space and word joiner', '大\u200B会\u2060，', '大会，'],
		['BOM inside the text', 'a\uFEFFb', 'ab'],
		['control characters', 'a\u0001\u0007b', 'ab'],
		['zero-width joiner stays (Arabic, emoji)', 'a\u200Db', 'a\u200Db'],
		['Word private-use bullet', '\uF0B7 item', '• item'],
		['Kangxi radicals', '⼤会', '大会'],
		['full-width punctuation untouched', '（一）：，；', '（一）：，；'],
		['HTML stays literal text', '<script>alert(1)</script><b>大会</b>', '<script>alert(1)</script><b>大会</b>'],
		['trailing spaces stay (PDF paragraph ends)', '建议， \n工作组', '建议， \n工作组'],
		['empty', '', '']
	];
	it.each(cases)('%s', (_label, input, expected) => {
		expect(normalizeText(input)).toBe(expected);
	});

	it('can leave radicals alone', () => {
		expect(normalizeText('⼤', { unifyIdeographs: false })).toBe('⼤');
	});
});

describe('stripInlineMarkup', () => {
	const md = { markdown: true };
	const cases: [
		label: string,
		input: string,
		options: Parameters<typeof stripInlineMarkup>[1],
		expected: TrackedText
	][] = [
		['Markdown bold verb', '**重申**多边主义', md, { text: '重申多边主义', marks: [], emphasis: [[0, 2]] }],
		['bold in the middle', '又**强调**必须', md, { text: '又强调必须', marks: [], emphasis: [[1, 3]] }],
		[
			'italic English opener',
			'*Recalling* its resolution',
			md,
			{ text: 'Recalling its resolution', marks: [], emphasis: [[0, 9]] }
		],
		['underscore bold', '__Decides__ to', md, { text: 'Decides to', marks: [], emphasis: [[0, 7]] }],
		[
			'superscript mark',
			'《联合国千年宣言》，¹ 其中',
			{},
			{ text: '《联合国千年宣言》， 其中', marks: [{ mark: '1', offset: 10 }], emphasis: [] }
		],
		['superscript at the end', '方法，²', {}, { text: '方法，', marks: [{ mark: '2', offset: 3 }], emphasis: [] }],
		['two-digit superscript', '报告¹²', {}, { text: '报告', marks: [{ mark: '12', offset: 2 }], emphasis: [] }],
		['unit, not a mark', '100 km² of land', {}, { text: '100 km² of land', marks: [], emphasis: [] }],
		[
			'after a word, a mark when the document has that footnote',
			'the Millennium Development Goals⁶ and',
			{ knownMarks: new Set(['6']) },
			{ text: 'the Millennium Development Goals and', marks: [{ mark: '6', offset: 32 }], emphasis: [] }
		],
		[
			'Markdown footnote reference',
			'宣言[^4]，其中',
			md,
			{ text: '宣言，其中', marks: [{ mark: '4', offset: 2 }], emphasis: [] }
		],
		[
			'bracket mark known to the document',
			'宣言[3]，',
			{ markdown: true, knownMarks: new Set(['3']) },
			{ text: '宣言，', marks: [{ mark: '3', offset: 2 }], emphasis: [] }
		],
		['bracket number unknown to the document stays', '见[3]', md, { text: '见[3]', marks: [], emphasis: [] }],
		[
			'caret mark known',
			'宣言^2，',
			{ markdown: true, knownMarks: new Set(['2']) },
			{ text: '宣言，', marks: [{ mark: '2', offset: 2 }], emphasis: [] }
		],
		['escaped asterisk stays as an asterisk', '4\\* text', md, { text: '4* text', marks: [], emphasis: [] }],
		[
			'lone asterisk is literal (a footnote mark perhaps)',
			'76/40.* 促进',
			md,
			{ text: '76/40.* 促进', marks: [], emphasis: [] }
		],
		['unpaired bold markup stays: it may be text', '**重申 多边', md, { text: '**重申 多边', marks: [], emphasis: [] }],
		['a blank to fill in stays', '日期：________', md, { text: '日期：________', marks: [], emphasis: [] }],
		['no Markdown outside Markdown', '**重申**', {}, { text: '**重申**', marks: [], emphasis: [] }],
		['HTML is text', '<sup>1</sup>', md, { text: '<sup>1</sup>', marks: [], emphasis: [] }]
	];
	it.each(cases)('%s', (_label, input, options, expected) => {
		expect(stripInlineMarkup(trackText(input), options)).toEqual(expected);
	});

	// Markup-like characters that are text: only a well-formed emphasis pair loses its delimiters.
	const same = (t: string): TrackedText => ({ text: t, marks: [], emphasis: [] });
	const literal: [
		label: string,
		input: string,
		options: Parameters<typeof stripInlineMarkup>[1],
		expected: TrackedText
	][] = [
		['a JavaScript global (the .txt bug)', 'window.__x', md, same('window.__x')],
		[
			'two JavaScript globals: two openers, no closer',
			'window.__x = window.__y;',
			md,
			same('window.__x = window.__y;')
		],
		['snake_case', 'snake_case_name', md, same('snake_case_name')],
		['dunder name, alone', '__init__', md, same('__init__')],
		['dunder names in prose', '见 __init__.py 和 __name__', md, same('见 __init__.py 和 __name__')],
		['underscores inside a word', 'a__b__c', md, same('a__b__c')],
		['underscore inside a Chinese word is never emphasis', '重__申__多边', md, same('重__申__多边')],
		['arithmetic', '2*3*4', md, same('2*3*4')],
		['power', '2**10 与 3**2', md, same('2**10 与 3**2')],
		['star after a number in Chinese', '第1*号和第2*号', md, same('第1*号和第2*号')],
		['a lone pair of stars', '**', md, same('**')],
		['a lone footnote star', '76/40.* 促进', md, same('76/40.* 促进')],
		['a footnote star after a word', '注* 见下文', md, same('注* 见下文')],
		['a spaced thematic break', '* * *', md, same('* * *')],
		['bracketed stars are not a pair', '[*]见[*]', md, same('[*]见[*]')],
		['runs of different lengths never pair', '**重申*', md, same('**重申*')],
		['four or more stars are never markup', '****重申****', md, same('****重申****')],
		['stars around a space do not open', '** 重申 **', md, same('** 重申 **')],
		['strikethrough is not read', 'x ~~y~~', md, same('x ~~y~~')],
		[
			'a Markdown link stays literal: text and URL',
			'见[联合国](https://un.org/a_b)。',
			md,
			same('见[联合国](https://un.org/a_b)。')
		],
		['HTML script', '<script>alert(1)</script>', md, same('<script>alert(1)</script>')],
		['HTML image with a handler', '<img src=x onerror=alert(1)>', md, same('<img src=x onerror=alert(1)>')],
		['HTML entities stay entities', '&lt;b&gt; &amp;', md, same('&lt;b&gt; &amp;')],
		[
			'backslash outside clearly Markdown text stays',
			'C:\\_data\\*',
			{ markdown: true, escapes: false },
			same('C:\\_data\\*')
		],
		[
			'escaped star is never a delimiter, even when the backslash stays',
			'\\*重申*',
			{ markdown: true, escapes: false },
			same('\\*重申*')
		],
		['escape in Markdown: the backslash goes, the star stays', '\\*重申*', md, same('*重申*')]
	];
	it.each(literal)('keeps text: %s', (_label, input, options, expected) => {
		expect(stripInlineMarkup(trackText(input), options)).toEqual(expected);
	});

	const pairs: [label: string, input: string, expected: TrackedText][] = [
		['bold Chinese verb before text', '**重申**多边主义', { text: '重申多边主义', marks: [], emphasis: [[0, 2]] }],
		['bold between Chinese characters', '又**强调**必须', { text: '又强调必须', marks: [], emphasis: [[1, 3]] }],
		['bold taking its Chinese comma', '**大会，**回顾', { text: '大会，回顾', marks: [], emphasis: [[0, 3]] }],
		['bold italic', '***重申***多边', { text: '重申多边', marks: [], emphasis: [[0, 2]] }],
		['underscore italic in English', '_Recalling_ its', { text: 'Recalling its', marks: [], emphasis: [[0, 9]] }],
		[
			'underscore pair around a lower-case word is code',
			'_recalling_ its',
			{ text: '_recalling_ its', marks: [], emphasis: [] }
		],
		[
			'two pairs',
			'*重申* 与 **决定**',
			{
				text: '重申 与 决定',
				marks: [],
				emphasis: [
					[0, 2],
					[5, 7]
				]
			}
		],
		[
			'crossing pairs: the first closed wins, the rest stays',
			'*a **b* c**',
			{ text: 'a **b c**', marks: [], emphasis: [[0, 5]] }
		],
		[
			'a footnote reference inside bold',
			'**宣言[^1]**，',
			{ text: '宣言，', marks: [{ mark: '1', offset: 2 }], emphasis: [[0, 2]] }
		]
	];
	it.each(pairs)('reads a well-formed pair: %s', (_label, input, expected) => {
		expect(stripInlineMarkup(trackText(input), md)).toEqual(expected);
	});

	// Letters, digits, CJK, white space and every markup-like character, weighted towards the markup.
	const markupish = fc
		.array(
			fc.constantFrom(
				'a',
				'B',
				'z',
				'1',
				'2',
				'大',
				'会',
				'，',
				' ',
				'\n',
				'_',
				'__',
				'*',
				'**',
				'~',
				'\\',
				'`',
				'[',
				']',
				'(',
				')',
				'<',
				'>',
				'#',
				'-'
			),
			{ maxLength: 40 }
		)
		.map((parts) => parts.join(''));
	const runsOf = (text: string) =>
		[...text.matchAll(/\\[\s\S]?|\*+|_+/g)]
			.filter((m) => m[0][0] !== '\\')
			.map((m) => ({ at: m.index, len: m[0].length, ch: m[0][0] as '*' | '_' }));
	const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
	const isCjk = (c: string | undefined) => c !== undefined && /[\u3001-\u303f\u3400-\u9fff\uff01-\uffef]/u.test(c);

	it('loses nothing but the delimiters of well-formed pairs and, in Markdown, escape backslashes (property)', () => {
		// Precisely what may go: (1) the two runs of each pair findEmphasisPairs returns, and every such pair is
		// checked here on its own: same character, same length 1–3, non-empty content, no white space inside
		// the delimiters, never intraword for `_`, intraword `*` only between two CJK characters, pairs nested or
		// apart; (2) with escapes, a backslash before ASCII punctuation. Nothing else, white space included.
		fc.assert(
			fc.property(markupish, fc.boolean(), (text, escapes) => {
				const found = findEmphasisPairs(text, runsOf(text));
				const gone = new Set<number>();
				for (const { open, close } of found) {
					expect(open.ch).toBe(close.ch);
					expect(open.len).toBe(close.len);
					expect(open.len).toBeLessThanOrEqual(3);
					expect(text.slice(open.at, open.at + open.len)).toBe(open.ch.repeat(open.len));
					expect(text.slice(close.at, close.at + close.len)).toBe(close.ch.repeat(close.len));
					expect(open.at + open.len).toBeLessThan(close.at);
					const [before, first, last, after] = [
						text[open.at - 1],
						text[open.at + open.len],
						text[close.at - 1],
						text[close.at + close.len]
					];
					expect(/\s/.test(first) || /\s/.test(last)).toBe(false);
					if (open.ch === '_') {
						expect(isAlnum(before) || isAlnum(after)).toBe(false);
						expect(text.slice(open.at + open.len, close.at)).not.toMatch(/^[a-z0-9_]+$/);
					} else {
						const wordLike = (c: string | undefined) => c !== undefined && /[A-Za-z\p{N}]/u.test(c);
						if (isAlnum(before)) expect(isCjk(before) && !wordLike(first)).toBe(true);
						if (isAlnum(after)) expect(isCjk(after) && !wordLike(last)).toBe(true);
					}
					for (const r of [open, close]) for (let i = r.at; i < r.at + r.len; i++) gone.add(i);
				}
				for (let k = 0; k < found.length; k++) {
					for (let j = k + 1; j < found.length; j++) {
						const [x, y] = [found[k], found[j]];
						const apart = x.close.at < y.open.at;
						const nested = x.open.at < y.open.at && y.close.at < x.close.at;
						expect(apart || nested).toBe(true);
					}
				}
				if (escapes) {
					for (let i = 0; i < text.length; i++) {
						if (text[i] === '\\') {
							if ('\\`*_{}[]()#+-.!>|~'.includes(text[i + 1] ?? ' ')) gone.add(i);
							i++;
						}
					}
				}
				const expected = [...text].filter((_, i) => !gone.has(i)).join('');
				expect(stripInlineMarkup(trackText(text), { markdown: true, escapes }).text).toBe(expected);
				// Through the whole rendering too, white space aside.
				const rendered = cleanParagraphText(trackText(text), { markdown: true, escapes, collapseRepeats: false });
				expect(rendered.text.replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
			}),
			{ numRuns: 2000 }
		);
	});

	it('classifies a run as the CommonMark rule reads with Unicode classes, for characters of every kind (property)', () => {
		// The rule written with the regexes of the Unicode classes, as a reference for the table and range checks.
		const white = (cp: number) => cp < 0 || /\s/u.test(String.fromCodePoint(cp));
		const punct = (cp: number) => cp >= 0 && /[\p{P}\p{S}]/u.test(String.fromCodePoint(cp));
		const word = (cp: number) => cp >= 0 && /[A-Za-z\p{N}]/u.test(String.fromCodePoint(cp));
		const cjkRange = (cp: number) =>
			cp >= 0x2e80 &&
			/[\u2E80-\u2FFF\u3001-\u303F\u3040-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE10-\uFE1F\uFE30-\uFE6F\uFF01-\uFFEF\u{20000}-\u{3FFFF}]/u.test(
				String.fromCodePoint(cp)
			);
		const reference = (text: string, at: number, len: number, ch: '*' | '_') => {
			const before = [...text.slice(0, at)].pop()?.codePointAt(0) ?? -1;
			const after = at + len < text.length ? (text.codePointAt(at + len) ?? -1) : -1;
			const star = ch === '*';
			const cjk = star && (cjkRange(before) || cjkRange(after));
			const left = !white(after) && (!punct(after) || white(before) || punct(before) || cjk);
			const right = !white(before) && (!punct(before) || white(after) || punct(after) || cjk);
			let open = star
				? left && !(left && right && !(cjk && !word(before) && !word(after)))
				: left && (!right || punct(before));
			let close = star
				? right && !(left && right && !(cjk && !word(before) && !word(after)))
				: right && (!left || punct(after));
			if (len > 3) open = close = false;
			return { at, len, ch, open, close };
		};
		const character = fc.oneof(
			fc.constantFrom(
				'a',
				'Z',
				'7',
				' ',
				'\t',
				'\u3000',
				'，',
				'。',
				'大',
				'㐀',
				'鿿',
				'(',
				'!',
				'$',
				'~',
				'“',
				'é',
				'٣',
				'Ⅻ',
				'€',
				'\u00A0'
			),
			fc
				.integer({ min: 0x21, max: 0x2ffff })
				.filter((cp) => cp < 0xd800 || cp > 0xdfff)
				.map((cp) => String.fromCodePoint(cp))
		);
		fc.assert(
			fc.property(
				character,
				character,
				fc.constantFrom('*', '_'),
				fc.integer({ min: 1, max: 4 }),
				(before, after, ch, len) => {
					const text = before + ch.repeat(len) + after;
					expect(classifyDelimiterRun(text, before.length, len, ch)).toEqual(reference(text, before.length, len, ch));
				}
			),
			{ numRuns: 5000 }
		);
	});

	it('reads each paragraph afresh: buffers reused between calls keep nothing of the one before', () => {
		const first = stripInlineMarkup(trackText('**甲**乙 *丙* ___丁___ [^1] 戊¹'), { markdown: true });
		expect(hasEmphasisPair('no pair * here')).toBe(false);
		expect(stripInlineMarkup(trackText('**重申**'), { markdown: true })).toEqual({
			text: '重申',
			marks: [],
			emphasis: [[0, 2]]
		});
		expect(
			findEmphasisPairs('*a*', [
				{ at: 0, len: 1, ch: '*' },
				{ at: 2, len: 1, ch: '*' }
			])
		).toHaveLength(1);
		expect(stripInlineMarkup(trackText('**甲**乙 *丙* ___丁___ [^1] 戊¹'), { markdown: true })).toEqual(first);
	});

	it('leaves a paragraph with absurd amounts of markup as it is', () => {
		const input = '**a*'.repeat(30_000);
		const out = stripInlineMarkup(trackText(input), { markdown: true });
		expect(out.text).toBe(input);
		expect(out.markupSkipped).toBe(true);
	});
});

describe('findRepeatedPrint (bold printed N times in PDF text)', () => {
	const cases: [label: string, input: string, restored: string | null][] = [
		['whole word four times', '大会大会大会大会，', '大会，'],
		['each character four times', '确确确确认认认认国际组织', '确认国际组织'],
		['each character: 吁请', '吁吁吁吁请请请请所有会员国', '吁请所有会员国'],
		['single character four times', '请请请请秘书长', '请秘书长'],
		['long phrase four times', '满意地注意到满意地注意到满意地注意到满意地注意到，大会', '满意地注意到，大会'],
		['three times is enough', '重申重申重申多边', '重申多边'],
		['twice is real text', '国家国家元首', null],
		['no repetition', '回顾其决议', null],
		['not at the start', '其回顾回顾回顾回顾', null],
		['punctuation never counts', '。。。。', null],
		['digits never count', '1111年', null],
		['a roman numeral is printed once (a section heading "III.")', 'III. Conclusion and call to action', null],
		['nor is "XXX" standing as a word', 'XXX Olympiad', null],
		['four equal letters are bold', 'IIII. Conclusion', 'I. Conclusion'],
		['nor is a web address', 'www.un.org/disarmament', null],
		['nor is a placeholder of a draft', 'xxx Decides to convene', null],
		['nor a run longer than any bold print', 'x'.repeat(5000), null],
		['nor a word repeated dozens of times', 'ab'.repeat(500), null],
		['empty', '', null]
	];
	it.each(cases)('%s', (_label, input, restored) => {
		const found = collapseRepeatedPrint(trackText(input));
		expect(findRepeatedPrint(input) === null ? null : found.text).toBe(restored);
	});

	it('takes a character for a letter exactly as \\p{L} does, for every unit of the basic plane', () => {
		for (let c = 0; c <= 0xffff; c++) {
			const ch = String.fromCharCode(c);
			const letter = (c < 0xd800 || c > 0xdfff) && /\p{L}/u.test(ch);
			if ((findRepeatedPrint(ch.repeat(4)) !== null) !== letter) expect.fail(`U+${c.toString(16)}`);
		}
	});

	it('marks the restored word as emphasis', () => {
		expect(collapseRepeatedPrint(trackText('确确确确认认认认国际')).emphasis).toEqual([[0, 2]]);
		expect(collapseRepeatedPrint(trackText('满意地注意到满意地注意到满意地注意到满意地注意到，')).emphasis).toEqual([
			[0, 6]
		]);
	});
});

describe('restoreChineseQuotes', () => {
	const cases: [label: string, input: string, expected: string][] = [
		[
			'two pairs around Chinese',
			'题为"全面彻底裁军"的项目下列入题为"促进多边主义"的分项',
			'题为“全面彻底裁军”的项目下列入题为“促进多边主义”的分项'
		],
		[
			'English quotation stays',
			'entitled "General and complete disarmament"',
			'entitled "General and complete disarmament"'
		],
		['odd number of quotes stays', '12" 大会', '12" 大会'],
		['one pair without Chinese inside stays', '"A" 与 "大会"', '"A" 与 "大会"'],
		['no quotes', '大会，', '大会，']
	];
	it.each(cases)('%s', (_label, input, expected) => {
		expect(restoreChineseQuotes(input)).toBe(expected);
	});
});

describe('deleteRanges', () => {
	it('moves marks and emphasis with the text', () => {
		const t: TrackedText = { text: 'ab  cd ef', marks: [{ mark: '1', offset: 4 }], emphasis: [[4, 6]] };
		const out = deleteRanges(t, [2, 4, 6, 7]);
		expect(out.text).toBe('abcdef');
		expect(out.marks).toEqual([{ mark: '1', offset: 2 }]);
		expect(out.emphasis).toEqual([[2, 4]]);
	});

	it('keeps every tracked position inside the text and in order (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1, maxLength: 60 }),
				fc.array(fc.nat(), { maxLength: 20 }),
				fc.array(fc.nat(), { maxLength: 8 }),
				(text, cutsRaw, marksRaw) => {
					const cuts = [...new Set(cutsRaw.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
					const deletions: number[] = [];
					for (let i = 0; i + 1 < cuts.length; i += 2) deletions.push(cuts[i], cuts[i + 1]);
					const offsets = marksRaw.map((m) => m % (text.length + 1)).sort((a, b) => a - b);
					const out = deleteRanges(
						{ text, marks: offsets.map((o) => ({ mark: 'x', offset: o })), emphasis: [] },
						deletions
					);
					let removed = 0;
					for (let i = 0; i < deletions.length; i += 2) removed += deletions[i + 1] - deletions[i];
					expect(out.text.length).toBe(text.length - removed);
					for (let i = 0; i < out.marks.length; i++) {
						expect(out.marks[i].offset).toBeGreaterThanOrEqual(0);
						expect(out.marks[i].offset).toBeLessThanOrEqual(out.text.length);
						if (i > 0) expect(out.marks[i].offset).toBeGreaterThanOrEqual(out.marks[i - 1].offset);
					}
				}
			)
		);
	});

	it('merges overlapping emphasis ranges', () => {
		expect(
			mergeRanges([
				[3, 5],
				[0, 2],
				[1, 3],
				[6, 6]
			])
		).toEqual([[0, 5]]);
	});
});

describe('cleanParagraphText', () => {
	const cases: [
		label: string,
		input: TrackedText,
		options: Parameters<typeof cleanParagraphText>[1],
		expected: TrackedText
	][] = [
		[
			'76/40: mark after a comma, print spaces around a symbol',
			trackText('还回顾《联合国千年宣言》，¹ 其中特别指出 第 55/2 号'),
			{ markdown: true, chineseQuotes: true },
			{ text: '还回顾《联合国千年宣言》，其中特别指出第55/2号', marks: [{ mark: '1', offset: 13 }], emphasis: [] }
		],
		[
			'tokenized text with quotes',
			trackText('决定 在 临时 议程 题 为 " 全面 彻底 裁军 " 的 项目 下'),
			{ tokenized: true, chineseQuotes: true, collapseRepeats: false },
			{ text: '决定在临时议程题为“全面彻底裁军”的项目下', marks: [], emphasis: [] }
		],
		[
			'PDF text: line-joining spaces, a mark on its own line, bold printed four times',
			{
				text: '回顾回顾回顾回顾大会第十届特别会议的《宣 言》， 其中',
				marks: [{ mark: '1', offset: 24 }],
				emphasis: []
			},
			{},
			{ text: '回顾大会第十届特别会议的《宣言》，其中', marks: [{ mark: '1', offset: 17 }], emphasis: [[0, 2]] }
		],
		[
			'English keeps its word spaces',
			trackText('  Reaffirms   multilateralism ,'),
			{},
			{ text: 'Reaffirms multilateralism ,', marks: [], emphasis: [] }
		]
	];
	it.each(cases)('%s', (_label, input, options, expected) => {
		expect(cleanParagraphText(input, options)).toEqual(expected);
	});
});
