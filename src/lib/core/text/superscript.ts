/**
 * Superscript digits: the form footnote marks take in clean text ("…held in New York from 2 to 13 July 1979,¹",
 * "² A/57/759-S/2003/332, annex I."). The readers write the marks they find in this form (a PDF's raised digits,
 * Word's footnote references and <sup>), and the text readers take them back to ASCII marks. The set and its
 * conversions live here, and every pattern that names the set is built from {@link SUPERSCRIPT_CLASS}.
 *
 * The ten digits are not one Unicode range: ¹ ² ³ are Latin-1 (U+00B9, U+00B2, U+00B3), ⁰ and ⁴–⁹ are
 * U+2070 and U+2074–U+2079 (U+2071–U+2073 are ⁱ and two unassigned points, no digits).
 */

/** The superscript digits, each at its value's index: `SUPERSCRIPT_DIGITS[3]` is "³". */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The superscript digits as the inside of a regex character class, without the brackets so that a class can
 * add other characters: `new RegExp(`^[${SUPERSCRIPT_CLASS}*†‡]`, 'u')`. Written as escapes, it means the same
 * with the `u` flag and without it.
 */
export const SUPERSCRIPT_CLASS = '\\u00B9\\u00B2\\u00B3\\u2070\\u2074-\\u2079';

/** Whether a UTF-16 unit is a superscript digit, one of {@link SUPERSCRIPT_DIGITS}. */
export function isSuperscriptDigit(c: number): boolean {
	return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** Each ASCII digit of a text as a superscript digit, anything else as it is: "12" → "¹²". */
export function toSuperscriptDigits(text: string): string {
	return text.replace(/[0-9]/g, (d) => SUPERSCRIPT_DIGITS[d.charCodeAt(0) - 0x30]);
}

/** Each superscript digit of a text as an ASCII digit, anything else as it is: a mark "¹²" → "12". */
export function readSuperscript(marks: string): string {
	let out = '';
	for (let i = 0; i < marks.length; i++) {
		const c = marks.charCodeAt(i);
		out += isSuperscriptDigit(c) ? String(SUPERSCRIPT_DIGITS.indexOf(marks[i])) : marks[i];
	}
	return out;
}
