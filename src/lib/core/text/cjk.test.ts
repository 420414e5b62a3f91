import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	LETTER_IDEOGRAPH_RANGES,
	SPACE_BETWEEN_CJK,
	applyDeletions,
	canonicalizeSpaces,
	canonicalizeSpacesInto,
	canonicalizeSpacesTracked,
	codePointAt,
	codePointBefore,
	isCjkCodePoint,
	isIdeograph,
	isLetterIdeographUnit,
	isSpaceUnit,
	stripSpaces,
	toUnifiedIdeographs
} from './cjk';

describe('isCjkCodePoint', () => {
	const cases: [label: string, ch: string, cjk: boolean][] = [
		['unified ideograph', '大', true],
		['extension A', '㐀', true],
		['extension B (surrogate pair)', '𠀀', true],
		['ideographic comma', '、', true],
		['full-width comma', '，', true],
		['full-width colon', '：', true],
		['full-width parenthesis', '（', true],
		['book title mark', '《', true],
		['ideographic full stop', '。', true],
		['ideographic space is a space, not a character', '\u3000', false],
		['ASCII letter', 'A', false],
		['ASCII digit', '7', false],
		['ASCII parenthesis', '(', false],
		['left double quotation mark (shared with English)', '“', false],
		['en dash', '–', false],
		['Cyrillic', 'Ж', false],
		['Kangxi radical', '⼤', true],
		['katakana', 'カ', true]
	];
	it.each(cases)('%s', (_label, ch, cjk) => {
		expect(isCjkCodePoint(ch.codePointAt(0)!)).toBe(cjk);
	});

	it('tells ideographs from CJK punctuation', () => {
		expect(isIdeograph('决'.codePointAt(0)!)).toBe(true);
		expect(isIdeograph('，'.codePointAt(0)!)).toBe(false);
		expect(isIdeograph('〇'.codePointAt(0)!)).toBe(true);
	});

	it('takes as letter ideographs the units its class takes, every one an ideograph and a letter to \\p{L}', () => {
		const inClass = new RegExp(`[${LETTER_IDEOGRAPH_RANGES}]`);
		const letter = /\p{L}/u;
		let count = 0;
		for (let unit = 0; unit <= 0xffff; unit++) {
			const ch = String.fromCharCode(unit);
			const sure = isLetterIdeographUnit(unit);
			expect(inClass.test(ch), `U+${unit.toString(16)}`).toBe(sure);
			if (!sure) continue;
			count++;
			expect(isIdeograph(unit) && letter.test(ch), `U+${unit.toString(16)}`).toBe(true);
		}
		expect(count).toBe(0x4db5 - 0x3400 + 1 + (0x9fef - 0x4e00 + 1));
		expect(isLetterIdeographUnit('决'.charCodeAt(0))).toBe(true);
		expect(isLetterIdeographUnit('，'.charCodeAt(0))).toBe(false);
	});

	it('agrees with the regex that finds spaces between CJK characters, for every code point', () => {
		const count = (text: string) => {
			SPACE_BETWEEN_CJK.lastIndex = 0;
			let n = 0;
			while (SPACE_BETWEEN_CJK.test(text)) n++;
			return n;
		};
		for (let cp = 0; cp <= 0x40010; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff) continue;
			const ch = String.fromCodePoint(cp);
			const cjk = isCjkCodePoint(cp);
			if (count(`大 ${ch}`) !== (cjk ? 1 : 0) || count(`${ch} 大`) !== (cjk ? 1 : 0)) {
				expect.fail(`U+${cp.toString(16)}: the regex and isCjkCodePoint disagree`);
			}
		}
		expect(count('大 会 议')).toBe(2);
		expect(count('\uD840 会')).toBe(0);
	});

	it('reads surrogate pairs whole when looking backwards', () => {
		expect(codePointBefore('a𠀀', 3)).toBe(0x20000);
		expect(codePointBefore('a', 0)).toBe(-1);
	});
});

describe('toUnifiedIdeographs', () => {
	const cases: [label: string, input: string, expected: string][] = [
		['Kangxi radical big → 大', '⼤会', '大会'],
		['Kangxi radical one → 一', '第⼀委员会', '第一委员会'],
		['Kangxi radical speech → 言', '宣⾔', '宣言'],
		['radicals supplement C-simplified long → 长', '⻓期', '长期'],
		['radicals supplement C-simplified see → 见', '⻅', '见'],
		['radicals supplement mother (NFKC too) → 母', '⺟', '母'],
		['compatibility ideograph U+F900 → 豈', '\uF900', '豈'],
		['compatibility ideograph U+FA10 → 塚', '\uFA10', '塚'],
		['compatibility supplement U+2F800 → 丽', '\u{2F800}', '丽'],
		['full-width punctuation untouched (no NFKC of the text)', '大会，：（）；！', '大会，：（）；！'],
		['full-width digits untouched', '２０２１', '２０２１'],
		['radical with no equivalent stays (U+2E80)', '\u2E80', '\u2E80'],
		['plain text returned as is', 'General Assembly', 'General Assembly']
	];
	it.each(cases)('%s', (_label, input, expected) => {
		expect(toUnifiedIdeographs(input)).toBe(expected);
	});

	it('maps every Kangxi radical U+2F00–U+2FD5 to one unified ideograph', () => {
		for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
			const out = toUnifiedIdeographs(String.fromCodePoint(cp));
			expect([...out]).toHaveLength(1);
			expect(isIdeograph(out.codePointAt(0)!), `U+${cp.toString(16)}`).toBe(true);
		}
	});

	it('maps every radicals-supplement code point with an equivalent (U+2E81–U+2EF3 but U+2E9A)', () => {
		for (let cp = 0x2e81; cp <= 0x2ef3; cp++) {
			if (cp === 0x2e9a) continue; // unassigned
			const out = toUnifiedIdeographs(String.fromCodePoint(cp));
			expect(isIdeograph(out.codePointAt(0)!), `U+${cp.toString(16)}`).toBe(true);
		}
	});

	it('maps compatibility ideographs outside the basic plane (length changes)', () => {
		// U+FA6C maps to U+242EE, two UTF-16 units.
		expect(toUnifiedIdeographs('\uFA6C')).toBe('\u{242EE}');
	});
});

describe('canonicalizeSpaces', () => {
	const cases: [label: string, input: string, expected: string][] = [
		['UN print: spaces around digits and Latin', '2001 年 11 月 29 日第 56/24 T 号', '2001年11月29日第56/24 T号'],
		['space between two Latin words stays', 'INTERNATIONAL INSTRUMENTS', 'INTERNATIONAL INSTRUMENTS'],
		['runs collapse to one space', 'a  \t b', 'a b'],
		['trim', '  大会， ', '大会，'],
		['space before full-width punctuation', '报告 ，其中', '报告，其中'],
		['space after ASCII comma before CJK', '(A/76/444, 第 93 段)', '(A/76/444,第93段)'],
		['space between ASCII and ASCII punctuation stays', 'A/68/411 ( Vols )', 'A/68/411 ( Vols )'],
		['Chinese quotation marks in Chinese text', '题为 “全面彻底裁军” 的', '题为“全面彻底裁军”的'],
		[
			'English quotation keeps its spaces',
			'entitled “General and complete disarmament” and',
			'entitled “General and complete disarmament” and'
		],
		['ideographic space already a space', '大会\u3000决议', '大会决议'],
		['no-break space between Latin words becomes a space', 'General\u00A0Assembly', 'General Assembly'],
		['newline counts as white space', '大会\n决议', '大会决议'],
		['surrogate pair ideograph', '𠀀 a', '𠀀a'],
		['empty', '', ''],
		['only spaces', '   ', '']
	];
	it.each(cases)('%s', (_label, input, expected) => {
		expect(canonicalizeSpaces(input)).toBe(expected);
	});

	const tokenized: [label: string, input: string, expected: string][] = [
		['tokenizer spaces between words', '促进 裁军 和 不 扩散 领域', '促进裁军和不扩散领域'],
		['brackets lose their spaces', '报告 ( A/67/409 ) 通过', '报告(A/67/409)通过'],
		['Latin words keep one space', 'TREATY  COMPLIANCE', 'TREATY COMPLIANCE'],
		['digit and Latin letter keep their space', '56/24 T', '56/24 T'],
		['symbol glued by the tokenizer stays glued', '第56/24T 号', '第56/24T号']
	];
	it.each(tokenized)('tokenized: %s', (_label, input, expected) => {
		expect(canonicalizeSpaces(input, { tokenized: true })).toBe(expected);
	});

	it('is idempotent and only ever removes or replaces white space', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.constantFrom('大', '会', '，', ' ', '  ', '\t', 'A', 'b', '1', '(', ')', '\u3000', '“', '𠀀', '\n'),
					{
						maxLength: 40
					}
				),
				fc.boolean(),
				(pieces, tokenizedMode) => {
					const input = pieces.join('');
					const once = canonicalizeSpaces(input, { tokenized: tokenizedMode });
					expect(canonicalizeSpaces(once, { tokenized: tokenizedMode })).toBe(once);
					expect(stripSpaces(once)).toBe(stripSpaces(input));
					expect(once).not.toMatch(/\s\s|^\s|\s$|[\t\n\u3000]/);
				}
			)
		);
	});

	it('moves positions along: inside a removed run to where it was, after a kept space past it', () => {
		const input = ' 2001 年  11 月 a  b ';
		//             0123456789...
		const { text, offsets } = canonicalizeSpacesTracked(input, [0, 1, 5, 6, 14, 15, 16, input.length]);
		expect(text).toBe('2001年11月a b');
		expect(offsets).toEqual([0, 0, 4, 4, 8, 9, 10, 11]);
	});

	/** Canonical white space as the rule reads, one character at a time: what the fast paths must give. */
	const reference = (text: string, offsets: readonly number[], tokenized: boolean) => {
		const isWord = (cp: number) => cp >= 0 && !isCjkCodePoint(cp) && /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
		let out = '';
		const mapped: number[] = [];
		let k = 0;
		let i = 0;
		while (i <= text.length) {
			while (k < offsets.length && offsets[k] <= i) mapped[k++] = out.length;
			if (i === text.length) break;
			if (!isSpaceUnit(text.charCodeAt(i))) {
				out += text[i++];
				continue;
			}
			const start = i;
			while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
			const before = codePointBefore(text, start);
			const after = codePointAt(text, i);
			const inside = start > 0 && i < text.length;
			if (inside && (tokenized ? isWord(before) && isWord(after) : !isCjkCodePoint(before) && !isCjkCodePoint(after)))
				out += ' ';
			while (k < offsets.length && offsets[k] < i) mapped[k++] = out.length;
		}
		while (k < offsets.length) mapped[k++] = out.length;
		return { text: out, offsets: mapped };
	};

	it('gives what the rule gives, one character at a time, with positions (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.constantFrom(
						'大',
						'会',
						'，',
						' ',
						'  ',
						'\t',
						'\n',
						'\u3000',
						'A',
						'b',
						'1',
						'(',
						'é',
						'Ж',
						'𠀀',
						'\uD800',
						'“'
					),
					{
						maxLength: 30
					}
				),
				fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 5 }),
				fc.boolean(),
				(pieces, positions, tokenized) => {
					const text = pieces.join('');
					const offsets = positions.map((p) => Math.min(p, text.length)).sort((a, b) => a - b);
					expect(canonicalizeSpacesTracked(text, offsets, { tokenized })).toEqual(reference(text, offsets, tokenized));
				}
			)
		);
	});

	it('writes positions into a buffer reused from call to call', () => {
		const buffer = [7, 7, 7, 7];
		expect(canonicalizeSpacesInto('a  b 大', [0, 2, 4, 6], 3, buffer, false)).toBe('a b大');
		expect(buffer).toEqual([0, 2, 3, 7]);
		expect(canonicalizeSpacesInto('大 会', [2], 1, buffer, false)).toBe('大会');
		expect(buffer[0]).toBe(1);
	});

	it('keeps lone surrogates and astral characters as they are', () => {
		expect(canonicalizeSpaces('\uD800 a 𠀀 b')).toBe('\uD800 a𠀀b');
	});

	it('applies flat deletions', () => {
		expect(applyDeletions('ab  cd\tef', [2, 3, 6, 7])).toBe('ab cdef');
		expect(applyDeletions('abc', [])).toBe('abc');
	});

	it('handles a long line of white space in linear time (no backtracking)', () => {
		const input = 'a' + ' '.repeat(2_000_000) + 'b' + '大 '.repeat(500_000);
		const out = canonicalizeSpaces(input);
		expect(out.startsWith('a b大大')).toBe(true);
		expect(out.length).toBe(3 + 500_000);
	});
});
