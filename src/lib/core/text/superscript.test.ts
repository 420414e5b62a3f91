import { describe, expect, it } from 'vitest';
import {
	SUPERSCRIPT_CLASS,
	SUPERSCRIPT_DIGITS,
	isSuperscriptDigit,
	readSuperscript,
	toSuperscriptDigits
} from './superscript';

/** The ten superscript digits by their code points: ¹²³ in Latin-1, the others in Superscripts and Subscripts. */
const CODE_POINTS = [0x2070, 0xb9, 0xb2, 0xb3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079];

describe('the superscript digits', () => {
	it('hold each digit at its value', () => {
		expect([...SUPERSCRIPT_DIGITS].map((c) => c.charCodeAt(0))).toEqual(CODE_POINTS);
		// Unicode's compatibility form of each is its ASCII digit.
		expect(SUPERSCRIPT_DIGITS.normalize('NFKC')).toBe('0123456789');
	});

	it('are known by their UTF-16 unit and by the character class, with and without the u flag, and nothing else', () => {
		const plain = new RegExp(`^[${SUPERSCRIPT_CLASS}]$`);
		const unicode = new RegExp(`^[${SUPERSCRIPT_CLASS}]$`, 'u');
		const negated = new RegExp(`^[^${SUPERSCRIPT_CLASS}]$`, 'u');
		const wrong: string[] = [];
		for (let c = 0; c <= 0xffff; c++) {
			const ch = String.fromCharCode(c);
			const expected = CODE_POINTS.includes(c);
			if (
				isSuperscriptDigit(c) !== expected ||
				plain.test(ch) !== expected ||
				(c < 0xd800 || c > 0xdfff ? unicode.test(ch) !== expected || negated.test(ch) === expected : false)
			)
				wrong.push(`U+${c.toString(16)}`);
		}
		expect(wrong).toEqual([]);
	});

	const lookalikes: [label: string, ch: string][] = [
		['superscript i, between ⁰ and ⁴', 'ⁱ'],
		['subscript one', '₁'],
		['circled one', '①'],
		['full-width one', '１'],
		['Arabic-Indic three', '٣'],
		['modifier letter e of French ordinals (46ᵉ)', 'ᵉ'],
		['ASCII one', '1']
	];
	it.each(lookalikes)('are not the %s', (_label, ch) => {
		expect(isSuperscriptDigit(ch.charCodeAt(0))).toBe(false);
		expect(new RegExp(`[${SUPERSCRIPT_CLASS}]`, 'u').test(ch)).toBe(false);
		expect(readSuperscript(ch)).toBe(ch);
	});
});

describe('conversions', () => {
	// Marks as real documents have them: A/RES/80/13 (tests/fixtures/docx/A-RES-80-13.en.txt) cites ¹ ² ³;
	// A/RES/77/247 (tests/fixtures/pdf/A-RES-77-247.es.pdf) has notes 1 to 14, which the PDF reader writes ¹⁰ … ¹⁴.
	const marks: [ascii: string, superscript: string][] = [
		['1', '¹'],
		['2', '²'],
		['3', '³'],
		['10', '¹⁰'],
		['14', '¹⁴'],
		['40', '⁴⁰']
	];
	it.each(marks)('write %s as %s and read it back', (ascii, superscript) => {
		expect(toSuperscriptDigits(ascii)).toBe(superscript);
		expect(readSuperscript(superscript)).toBe(ascii);
	});

	it('turn every number of up to three digits into superscripts and back', () => {
		for (let n = 0; n < 1000; n++) {
			const up = toSuperscriptDigits(String(n));
			expect([...up].every((c) => isSuperscriptDigit(c.charCodeAt(0)))).toBe(true);
			expect(readSuperscript(up)).toBe(String(n));
		}
	});

	it('leave every other character as it is', () => {
		// A/RES/80/13's footnote line, and a line that cites a mark at its end.
		expect(toSuperscriptDigits('A/57/759-S/2003/332')).toBe('A/⁵⁷/⁷⁵⁹-S/²⁰⁰³/³³²');
		expect(readSuperscript('² A/57/759-S/2003/332, annex I.')).toBe('2 A/57/759-S/2003/332, annex I.');
		expect(readSuperscript('held in New York from 2 to 13 July 1979,¹')).toBe(
			'held in New York from 2 to 13 July 1979,1'
		);
		expect(toSuperscriptDigits('*')).toBe('*');
		expect(readSuperscript('†')).toBe('†');
		expect(toSuperscriptDigits('')).toBe('');
		expect(readSuperscript('')).toBe('');
		// Characters outside the BMP stay whole.
		expect(readSuperscript('𠀀¹')).toBe('𠀀1');
	});
});
