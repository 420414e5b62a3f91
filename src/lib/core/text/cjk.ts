/**
 * Chinese script handling: which characters count as CJK, mapping radical and compatibility code points to
 * the unified ideographs a reader means, and the canonical white space of text that mixes CJK with Latin.
 *
 * Why canonical white space: Chinese is written without spaces between words, but the same sentence reaches
 * us as `2001 年 11 月 29 日第 56/24 T 号` (UN print, a space on each side of Latin and digits), as
 * `2001年 11月 29日 第56/24T 号` (a corpus tokenizer's word boundaries) and as `2001年11月29日` (hand-typed).
 * A white space that touches a CJK character carries no meaning, so it goes; elsewhere (between two Latin
 * words) one space stays. The rule is the same for every shape, so the same sentence gives the same text.
 */
/**
 * Whether a code point is written without spaces around it: Han ideographs, CJK punctuation and symbols,
 * kana, bopomofo, full-width and half-width forms, vertical and small form variants.
 */
export function isCjkCodePoint(cp: number): boolean {
	if (cp < 0x2e80) return false;
	return (
		(cp >= 0x2e80 && cp <= 0x2fff) || // radicals, Kangxi radicals, ideographic description characters
		(cp >= 0x3001 && cp <= 0x303f) || // CJK symbols and punctuation (U+3000 is a space, not a character)
		(cp >= 0x3040 && cp <= 0x33ff) || // kana, bopomofo, strokes, enclosed and compatibility forms
		(cp >= 0x3400 && cp <= 0x4dbf) || // extension A
		(cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
		(cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
		(cp >= 0xfe10 && cp <= 0xfe1f) || // vertical forms
		(cp >= 0xfe30 && cp <= 0xfe6f) || // compatibility and small form variants
		(cp >= 0xff01 && cp <= 0xffef) || // full-width and half-width forms
		(cp >= 0x20000 && cp <= 0x3ffff) // supplementary ideographic planes
	);
}

/** The code points of {@link isCjkCodePoint}, as the ranges of a regex character class (with the `u` flag). */
const CJK_RANGES =
	'\\u2E80-\\u2FFF\\u3001-\\u303F\\u3040-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE10-\\uFE1F\\uFE30-\\uFE6F\\uFF01-\\uFFEF\\u{20000}-\\u{3FFFF}';

/**
 * An ASCII space with a CJK character on each side: a tokenizer's word boundary. Global, for counting them with
 * the regex engine rather than a loop over every character. The space comes first in the pattern (the character
 * before it is looked behind for afterwards), so the engine skips from space to space.
 */
export const SPACE_BETWEEN_CJK = new RegExp(` (?<=[${CJK_RANGES}] )(?=[${CJK_RANGES}])`, 'gu');

/** Whether a code point is a Han ideograph (a letter of Chinese, not punctuation). */
export function isIdeograph(cp: number): boolean {
	return (
		(cp >= 0x3400 && cp <= 0x4dbf) ||
		(cp >= 0x4e00 && cp <= 0x9fff) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0x20000 && cp <= 0x3ffff) ||
		cp === 0x3005 ||
		cp === 0x3007
	);
}

/**
 * Whether a UTF-16 unit is a Han ideograph that every JavaScript engine reads as a letter (`\p{L}`): extension
 * A as Unicode 3.0 assigned it (U+3400–U+4DB5) and the unified block as of Unicode 11.0 (U+4E00–U+9FEF).
 * Ideographs assigned since are letters only to engines of a newer Unicode. Asked of characters on hot paths,
 * where it answers for Chinese text without a Unicode class.
 */
export function isLetterIdeographUnit(code: number): boolean {
	return (code >= 0x4e00 && code <= 0x9fef) || (code >= 0x3400 && code <= 0x4db5);
}

/** The units of {@link isLetterIdeographUnit}, as the ranges of a regex character class. */
export const LETTER_IDEOGRAPH_RANGES = '\\u3400-\\u4DB5\\u4E00-\\u9FEF';

/** The code point that ends just before `index` in `text` (surrogate pairs read whole), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
	if (index <= 0) return -1;
	const low = text.charCodeAt(index - 1);
	if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
		const high = text.charCodeAt(index - 2);
		if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
	}
	return low;
}

/** The code point that starts at `index` in `text`, or -1 at the end. */
export function codePointAt(text: string, index: number): number {
	if (index >= text.length) return -1;
	return text.codePointAt(index) ?? -1;
}

/** Whether the character starting at `index` is CJK. */
export function isCjkAt(text: string, index: number): boolean {
	return isCjkCodePoint(codePointAt(text, index));
}

/**
 * CJK Radicals Supplement → unified ideograph, from the Unicode Character Database file
 * EquivalentUnifiedIdeograph.txt (Unicode 14.0, lines U+2E81–U+2EF3). NFKC maps only two of these code
 * points, yet PDF text layers use them in place of ordinary characters (⻓ for 长, ⻆ for 角), and a reader
 * sees no difference; a diff would. Pairs of code points, in hexadecimal.
 */
// prettier-ignore
const RADICAL_SUPPLEMENT = [
	'2E81 5382', '2E82 4E5B', '2E83 4E5A', '2E84 4E59', '2E85 4EBB', '2E86 5182', '2E87 20628',
	'2E88 5200', '2E89 5202', '2E8A 535C', '2E8B 353E', '2E8C 5C0F', '2E8D 5C0F', '2E8E 5140',
	'2E8F 5C23', '2E90 5C22', '2E91 21BC2', '2E92 5DF3', '2E93 5E7A', '2E94 5F51', '2E95 5F50',
	'2E96 5FC4', '2E97 5FC3', '2E98 624C', '2E99 6535', '2E9B 65E1', '2E9C 65E5', '2E9D 6708',
	'2E9E 6B7A', '2E9F 6BCD', '2EA0 6C11', '2EA1 6C35', '2EA2 6C3A', '2EA3 706C', '2EA4 722B',
	'2EA5 722B', '2EA6 4E2C', '2EA7 725B', '2EA8 72AD', '2EA9 738B', '2EAA 24D14', '2EAB 76EE',
	'2EAC 793A', '2EAD 793B', '2EAE 25AD7', '2EAF 7CF9', '2EB0 7E9F', '2EB1 7F53', '2EB2 7F52',
	'2EB3 34C1', '2EB4 5197', '2EB5 2626B', '2EB6 7F8A', '2EB7 2634C', '2EB8 2634B', '2EB9 8002',
	'2EBA 8080', '2EBB 807F', '2EBC 8089', '2EBD 26951', '2EBE 8279', '2EBF 8279', '2EC0 8279',
	'2EC1 864E', '2EC2 8864', '2EC3 8980', '2EC4 897F', '2EC5 89C1', '2EC6 89D2', '2EC7 278B2',
	'2EC8 8BA0', '2EC9 8D1D', '2ECA 27FB7', '2ECB 8F66', '2ECC 8FB6', '2ECD 8FB6', '2ECE 8FB6',
	'2ECF 9091', '2ED0 9485', '2ED1 9577', '2ED2 9578', '2ED3 957F', '2ED4 95E8', '2ED5 28E0F',
	'2ED6 961D', '2ED7 96E8', '2ED8 9752', '2ED9 97E6', '2EDA 9875', '2EDB 98CE', '2EDC 98DE',
	'2EDD 98DF', '2EDE 2967F', '2EDF 98E0', '2EE0 9963', '2EE1 29810', '2EE2 9A6C', '2EE3 9AA8',
	'2EE4 9B3C', '2EE5 9C7C', '2EE6 9E1F', '2EE7 5364', '2EE8 9EA6', '2EE9 9EC4', '2EEA 9EFE',
	'2EEB 6589', '2EEC 9F50', '2EED 6B6F', '2EEE 9F7F', '2EEF 7ADC', '2EF0 9F99', '2EF1 9F9C',
	'2EF2 4E80', '2EF3 9F9F'
];

/**
 * The table of radical and compatibility code points → unified ideographs, built once, when first needed.
 * Kangxi radicals (U+2F00–U+2FD5) and compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) have an
 * NFKC mapping that is exactly the unified ideograph, so their entries are computed with
 * `String.prototype.normalize('NFKC')` on each code point alone; the text itself is never NFKC-normalised,
 * because that would also turn full-width ，：（） into ASCII and change what the reader sees.
 */
function buildIdeographTable(): Map<number, string> {
	const table = new Map<number, string>();
	const addNfkc = (from: number, to: number) => {
		for (let cp = from; cp <= to; cp++) {
			const ch = String.fromCodePoint(cp);
			const mapped = ch.normalize('NFKC');
			const target = mapped.codePointAt(0) ?? 0;
			if (mapped !== ch && [...mapped].length === 1 && isIdeograph(target)) table.set(cp, mapped);
		}
	};
	addNfkc(0x2f00, 0x2fd5);
	addNfkc(0xf900, 0xfaff);
	addNfkc(0x2f800, 0x2fa1f);
	for (const pair of RADICAL_SUPPLEMENT) {
		const [from, to] = pair.split(' ').map((h) => parseInt(h, 16));
		table.set(from, String.fromCodePoint(to));
	}
	return table;
}

/** The table, built on first need: most texts have no radical to map, and a command run reads one text. */
let ideographTable: Map<number, string> | null = null;

/** Code points that may need mapping: the radical blocks, compatibility ideographs and their supplement. */
const MAPPABLE = /[\u2E80-\u2FDF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;

/**
 * Replace Kangxi radicals, CJK radicals supplement characters and compatibility ideographs with the
 * unified ideographs they stand for (⼤ U+2F24 → 大 U+5927). Everything else is left exactly as it is.
 */
export function toUnifiedIdeographs(text: string): string {
	MAPPABLE.lastIndex = 0;
	if (!MAPPABLE.test(text)) return text;
	MAPPABLE.lastIndex = 0;
	const table = (ideographTable ??= buildIdeographTable());
	return text.replace(MAPPABLE, (ch) => table.get(ch.codePointAt(0) ?? 0) ?? ch);
}

/** Options of {@link canonicalizeSpacesTracked}. */
export interface SpaceOptions {
	/**
	 * Tokenized corpus text: every space may be a tokenizer's word boundary, so a space stays only between
	 * two Latin letters or digits (`INTERNATIONAL INSTRUMENTS`), never around brackets or punctuation.
	 * Default false.
	 */
	tokenized?: boolean;
}

/** Letters and digits of every script; asked only of code points outside ASCII and CJK, which are rare. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a code point is an ASCII letter or digit, or a letter of another alphabetic script. */
function isWordCodePoint(cp: number): boolean {
	if (cp < 0) return false;
	if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
	if (isCjkCodePoint(cp)) return false;
	return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Whether a UTF-16 unit is white space as JavaScript's `\s` reads it. */
export function isSpaceUnit(c: number): boolean {
	return (
		c === 0x20 ||
		(c >= 0x09 && c <= 0x0d) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/**
 * Deleted ranges as a flat list of offsets, `[start0, end0, start1, end1, …]`, sorted and not overlapping:
 * a long text can have millions of them, and pairs of numbers in one array cost a tenth of small arrays.
 */
export type Deletions = number[];

/** Any white space (`\s`: the units {@link isSpaceUnit} accepts); global, so `test` moves `lastIndex` past it. */
const SPACE = /\s/g;

/** Every run of white space, to delete them all. */
const SPACE_RUNS = /\s+/g;

/**
 * A run of white space that canonical white space keeps (as one space): inside the text, with no CJK character
 * on either side; in tokenized text, with a letter or digit that is not CJK on each side. Each pattern starts at
 * a white space character and looks behind it for the one before the run, so the engine skips from space to space.
 */
const KEPT_SPACE = new RegExp(`\\s(?<=[^\\s${CJK_RANGES}]\\s)\\s*(?=[^\\s${CJK_RANGES}])`, 'u');
const KEPT_TOKENIZED_SPACE = new RegExp(
	`\\s(?<=[\\p{L}\\p{N}]\\s)(?<![${CJK_RANGES}]\\s)\\s*(?=[\\p{L}\\p{N}])(?![${CJK_RANGES}])`,
	'u'
);

/**
 * White space that canonical white space changes: any but the ASCII space, a space at either end, two spaces
 * together, a space beside a CJK character. A text without any is canonical already, as most paragraphs of
 * alphabetic text are.
 */
const CHANGED_SPACE = new RegExp(`[^\\S ]|^ | $| {2}| (?=[${CJK_RANGES}])|(?<=[${CJK_RANGES}]) `, 'u');

/**
 * Canonical white space of a text, carrying positions along: trim; remove every run of white space that
 * touches a CJK character on either side; shorten every other run to one ASCII space. `offsets` (sorted
 * ascending) are positions in `text`; the result gives each one's position in the new text (a position
 * inside a removed run moves to where the run was).
 */
export function canonicalizeSpacesTracked(
	text: string,
	offsets: readonly number[],
	options: SpaceOptions = {}
): { text: string; offsets: number[] } {
	const mapped = new Array<number>(offsets.length);
	return {
		text: canonicalizeSpacesInto(text, offsets, offsets.length, mapped, options.tokenized ?? false),
		offsets: mapped
	};
}

/**
 * {@link canonicalizeSpacesTracked} of the first `count` offsets, their new positions written to `mapped` (a
 * buffer the caller may reuse for every paragraph); returns the text. The regex engine finds the white space:
 * most paragraphs have none, and in most of the rest every run touches a CJK character, so it all goes in one
 * native replace. Otherwise the text between runs is copied as slices. Nothing is done per character in
 * JavaScript, and a 40 MB text of nothing but line breaks costs no more than any other.
 */
export function canonicalizeSpacesInto(
	text: string,
	offsets: readonly number[],
	count: number,
	mapped: number[],
	tokenized: boolean
): string {
	SPACE.lastIndex = 0;
	if (!SPACE.test(text)) {
		for (let k = 0; k < count; k++) mapped[k] = offsets[k];
		return text;
	}
	// Single spaces between words that all stay: the text as it is, its positions kept within it.
	if (!tokenized && !CHANGED_SPACE.test(text)) {
		for (let k = 0; k < count; k++) mapped[k] = Math.max(0, Math.min(offsets[k], text.length));
		return text;
	}
	if (!(tokenized ? KEPT_TOKENIZED_SPACE : KEPT_SPACE).test(text)) return removeAllSpaces(text, offsets, count, mapped);
	const n = text.length;
	const parts: string[] = [];
	let k = 0;
	// `copied`: the end of the input copied so far; `w`: the length of the output so far.
	let copied = 0;
	let w = 0;
	let start = SPACE.lastIndex - 1;
	while (start >= 0) {
		let end = start + 1;
		while (end < n && isSpaceUnit(text.charCodeAt(end))) end++;
		// Positions up to the run's start keep their distance from the last copied character.
		for (; k < count && offsets[k] <= start; k++) mapped[k] = w + Math.max(0, offsets[k] - copied);
		parts.push(text.slice(copied, start));
		w += start - copied;
		let keep = false;
		if (start > 0 && end < n) {
			const before = codePointBefore(text, start);
			const after = codePointAt(text, end);
			keep = tokenized
				? isWordCodePoint(before) && isWordCodePoint(after)
				: !(isCjkCodePoint(before) || isCjkCodePoint(after));
		}
		if (keep) {
			parts.push(' ');
			w++;
		}
		// Positions inside the run go to where it was, after the space if one stays.
		while (k < count && offsets[k] < end) mapped[k++] = w;
		copied = end;
		SPACE.lastIndex = end;
		start = end < n && SPACE.test(text) ? SPACE.lastIndex - 1 : -1;
	}
	for (; k < count; k++) mapped[k] = w + Math.max(0, Math.min(offsets[k], n) - copied);
	parts.push(text.slice(copied));
	return parts.join('');
}

/** {@link canonicalizeSpacesInto} of a text none of whose runs of white space stays. */
function removeAllSpaces(text: string, offsets: readonly number[], count: number, mapped: number[]): string {
	const n = text.length;
	// Walk the runs only as far as the last position: white space before a position moves it back, and a
	// position inside a run goes to where the run was.
	let removed = 0;
	// The run [start, end) is the first that does not end before the current position (start = n: none).
	let start = 0;
	let end = 0;
	for (let k = 0; k < count; k++) {
		const at = Math.min(Math.max(offsets[k], 0), n);
		while (end <= at && start < n) {
			removed += end - start;
			SPACE.lastIndex = end;
			start = SPACE.test(text) ? SPACE.lastIndex - 1 : n;
			end = start;
			while (end < n && isSpaceUnit(text.charCodeAt(end))) end++;
		}
		mapped[k] = (start < at ? start : at) - removed;
	}
	SPACE_RUNS.lastIndex = 0;
	return text.replace(SPACE_RUNS, '');
}

/**
 * Canonical white space of a string, for text that carries no positions to follow (meta fields, footnote
 * texts, tests): `"2001 年 11 月 29 日第 56/24 T 号"` → `"2001年11月29日第56/24 T号"`.
 */
export function canonicalizeSpaces(text: string, options: SpaceOptions = {}): string {
	return canonicalizeSpacesTracked(text, [], options).text;
}

/** The text without `deletions` (their first `count` entries: the list may be a reused buffer). One pass. */
export function applyDeletions(text: string, deletions: Deletions, count = deletions.length): string {
	if (count === 0) return text;
	// A paragraph's few deletions: concatenate what is kept (no array of parts). Many: join the parts once.
	if (count <= 16) {
		let out = text.slice(0, deletions[0]);
		for (let d = 1; d < count; d += 2) out += text.slice(deletions[d], d + 1 < count ? deletions[d + 1] : text.length);
		return out;
	}
	const parts: string[] = [];
	let last = 0;
	for (let d = 0; d < count; d += 2) {
		parts.push(text.slice(last, deletions[d]));
		last = deletions[d + 1];
	}
	parts.push(text.slice(last));
	return parts.join('');
}

/** Remove all white space: the form in which two texts are compared when white space must not count. */
export function stripSpaces(text: string): string {
	return text.replace(/\s+/g, '');
}
