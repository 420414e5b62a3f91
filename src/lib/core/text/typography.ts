/**
 * Typography is never a change of wording. The same text reaches us with a non-breaking hyphen (U+2011) where
 * another version has "-", a full-width comma "，" where a web page typed ",", a curly apostrophe "’" where a
 * typed text has "'". A reader sees the same words; a character diff would not.
 *
 * The rule: paragraphs keep the characters the document has (nothing is rewritten for display), and
 * comparison reads them in a canonical form, one UTF-16 unit for one unit, so that offsets in the canonical
 * text are offsets in the original:
 *
 * | characters | canonical | where |
 * | --- | --- | --- |
 * | U+2010 hyphen, U+2011 non-breaking hyphen | `-` | every language |
 * | full-width forms U+FF01–U+FF5E (`，` `：` `；` `（` `）` `！` `？` `０`–`９` `Ａ`–`ｚ`) | their ASCII forms | every language: a Chinese text treats `，` and `,` alike, and so does any other |
 * | U+2019 right single quotation mark, U+02BC modifier letter apostrophe | `'` | every language: the apostrophe of English and French, typeset or typed; in Chinese the same mark typeset or typed |
 *
 * What stays a change (must not be mapped): an en or em dash (– —, a dash, not a hyphen), `。` against `.` (a
 * Chinese full stop is not a Latin one), double quotation marks of another style (`"` → `“`: routine.ts shows
 * them as a routine change), a hyphen present on one side only (`co-operation` → `cooperation`: a spelling).
 * Soft hyphens and white space are handled before: normalize.ts drops the one and canonical white space the other.
 */

/** The canonical unit of a UTF-16 unit, or the unit itself. */
function canonicalUnit(c: number): number {
	if (c === 0x2010 || c === 0x2011) return 0x2d;
	if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
	if (c === 0x2019 || c === 0x02bc) return 0x27;
	return c;
}

/**
 * The canonical form of a text for comparison: the same length, each unit mapped as the table above says.
 * Returns the text itself when nothing maps (most texts).
 */
export function canonicalTypography(text: string): string {
	let i = 0;
	while (i < text.length && canonicalUnit(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
	if (i === text.length) return text;
	let out = text.slice(0, i);
	for (; i < text.length; i++) out += String.fromCharCode(canonicalUnit(text.charCodeAt(i)));
	return out;
}

/** Whether two texts differ only in typography and white space: the same words, printed otherwise. */
export function sameButTypography(a: string, b: string): boolean {
	if (a === b) return true;
	const strip = (t: string) => canonicalTypography(t.replace(/\s+/gu, ''));
	return strip(a) === strip(b);
}

/**
 * For each piece of a diff (`[op, text]`, each run of changes one deletion then one insertion), whether it is
 * no change to a reader: white space only, or one side of a replacement whose two sides differ only in
 * typography and white space. Such pieces are shown as the new text has them and never count as a change.
 */
export function quietPieces(ops: readonly (readonly [number, string])[]): boolean[] {
	const quiet = ops.map(([op, text]) => op !== 0 && /^\s*$/u.test(text));
	for (let i = 0; i + 1 < ops.length; i++) {
		if (ops[i][0] === -1 && ops[i + 1][0] === 1 && sameButTypography(ops[i][1], ops[i + 1][1])) {
			quiet[i] = true;
			quiet[i + 1] = true;
		}
	}
	return quiet;
}
