/**
 * Fonts for the direct reader: what a glyph drawn from a string stands for and how wide it is, computed as
 * pdfjs computes it for a font whose program it does not read (text-only.ts hides the programs of the fonts
 * this covers; see core/evaluator.js translateFont, extractWidths, buildToUnicode and core/fonts.js
 * `_charToGlyph`, `charsToGlyphs`, `fallbackToSystemFont`):
 * - composite fonts (Type0) with Identity-H encoding and a ToUnicode map, widths from /W and /DW: two bytes
 *   per code; every code drawn must be in the ToUnicode map (pdfjs fills others from tables of its own);
 * - simple TrueType fonts in WinAnsi or MacRoman encoding (or the standard encoding a non-symbolic font
 *   defaults to), with /Differences and /Widths /FirstChar /MissingWidth, and an optional ToUnicode map
 *   amended from the encoding, as pdfjs amends it.
 * - simple fonts whose program pdfjs reads (LibreOffice's embedded TrueType and Type 1 subsets) where the
 *   program cannot change the reading: text whole from the ToUnicode map, widths from /Widths.
 * Every other font (a non-embedded Type 1, Type 3, a predefined CMap, vertical writing, an embedded composite
 * or CFF program, a glyph name outside the standard encodings' set, a symbol font) is {@link Unsupported}.
 */
import { parseToUnicode, type ToUnicode } from './cmap';
import { GLYPH_UNICODE, MAC_ROMAN_ENCODING, STANDARD_ENCODING, WIN_ANSI_ENCODING } from './encodings';
import type { PdfFile } from './file';
import { Name, Ref, Stream, Unsupported, latin1, type Dict, type PdfValue } from './syntax';

/** A glyph of a shown string, in the fields the reader uses of pdfjs's serialised Glyph. */
export interface DirectGlyph {
	unicode: string;
	width: number;
	isSpace: boolean;
	originalCharCode: number;
}

/** What the reader knows of a font, in the fields it reads of pdfjs's font object. */
export interface DirectFontFacts {
	name: string;
	bold: boolean;
	italic: boolean;
	black: boolean;
	vertical: boolean;
	fontMatrix: number[];
}

const FONT_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

/** A font ready to turn strings into glyphs. */
export class DirectFont {
	private readonly cache = new Map<number, DirectGlyph>();
	private readonly spaceCache = new Map<number, DirectGlyph>();
	private readonly strings = new Map<string, DirectGlyph[]>();

	constructor(
		readonly id: string,
		readonly facts: DirectFontFacts,
		private readonly composite: boolean,
		private readonly widths: Map<number, number>,
		private readonly defaultWidth: number,
		private readonly toUnicode: ToUnicode,
		/** Simple fonts: the encoding's text per code, for codes the ToUnicode map lacks (pdfjs's fallback). */
		private readonly fallback: Map<number, string> | null
	) {}

	/** The glyphs of a shown string (pdfjs's charsToGlyphs), cached per string. */
	glyphs(chars: string): DirectGlyph[] {
		let glyphs = this.strings.get(chars);
		if (glyphs) return glyphs;
		glyphs = [];
		if (this.composite) {
			for (let i = 0; i < chars.length; i += 2) {
				const code = (chars.charCodeAt(i) << 8) | chars.charCodeAt(i + 1);
				glyphs.push(this.glyph(code, false));
			}
		} else {
			for (let i = 0; i < chars.length; i++) {
				const code = chars.charCodeAt(i);
				glyphs.push(this.glyph(code, code === 0x20));
			}
		}
		this.strings.set(chars, glyphs);
		return glyphs;
	}

	/**
	 * The glyphs of a shown string given by its codes (the first `length` of `codes`, one per byte), as
	 * {@link glyphs} gives them, written into `out` from `at`; gives the count written up to.
	 */
	decode(codes: Uint16Array, length: number, out: unknown[], at: number): number {
		if (this.composite) {
			for (let i = 0; i < length; i += 2) {
				// An odd last byte reads as the high byte of a code, as pdfjs reads it.
				const code = (codes[i] << 8) | (i + 1 < length ? codes[i + 1] : 0);
				out[at++] = this.glyph(code, false);
			}
		} else {
			for (let i = 0; i < length; i++) {
				const code = codes[i];
				out[at++] = this.glyph(code, code === 0x20);
			}
		}
		return at;
	}

	private glyph(code: number, isSpace: boolean): DirectGlyph {
		const cache = isSpace ? this.spaceCache : this.cache;
		let glyph = cache.get(code);
		if (glyph) return glyph;
		let text = this.toUnicode.get(code);
		if (text === undefined) {
			// A composite font's code outside its map: pdfjs reads it from tables of its own.
			if (this.composite) throw new Unsupported('a code outside the font’s ToUnicode map');
			text = this.fallback?.get(code);
		}
		const width = this.widths.get(code);
		glyph = {
			unicode: text || String.fromCharCode(code),
			width: width ?? this.defaultWidth,
			isSpace,
			originalCharCode: code
		};
		cache.set(code, glyph);
		return glyph;
	}
}

/** Font names pdfjs reads as symbol fonts, with encodings and glyphs of their own. */
const SYMBOLIC_NAME = /symbol|dingbat|wingding|webding/i;

/** Loads the fonts of a file, once per font object; fonts that share a descriptor and content share an id. */
export class FontLoader {
	private readonly byRef = new Map<number, Promise<DirectFont>>();
	private readonly aliases = new Map<string, string>();
	private readonly byId = new Map<string, DirectFont>();
	private readonly ready = new Map<number, DirectFont | Unsupported>();
	private count = 0;

	constructor(private readonly file: PdfFile) {}

	/**
	 * Loads a font ahead of its use, keeping what declined it: a font a page lists but never uses must not
	 * decline the page (pdfjs reads only the fonts used).
	 */
	async prepare(ref: PdfValue | undefined): Promise<void> {
		if (!(ref instanceof Ref) || this.ready.has(ref.num)) return;
		try {
			this.ready.set(ref.num, await this.load(ref));
		} catch (error) {
			this.ready.set(ref.num, error instanceof Unsupported ? error : new Unsupported('a font that fails to load'));
		}
	}

	/** A font prepared before, synchronously; what declined it is thrown now that it is used. */
	use(ref: PdfValue | undefined): DirectFont {
		if (!(ref instanceof Ref)) throw new Unsupported('a font given inline or missing');
		const font = this.ready.get(ref.num);
		if (font instanceof DirectFont) return font;
		throw font ?? new Unsupported('a font not prepared');
	}

	/** A font already loaded, by its id. */
	loaded(id: string): DirectFont {
		const font = this.byId.get(id);
		if (!font) throw new Unsupported('a font not loaded');
		return font;
	}

	load(ref: PdfValue | undefined): Promise<DirectFont> {
		if (!(ref instanceof Ref)) throw new Unsupported('a font given inline or missing');
		let font = this.byRef.get(ref.num);
		if (!font) {
			font = this.read(ref);
			this.byRef.set(ref.num, font);
		}
		return font;
	}

	private async read(ref: Ref): Promise<DirectFont> {
		const file = this.file;
		const base = file.resolve(ref);
		if (!(base instanceof Map)) throw new Unsupported('a font that is not a dictionary');
		const subtype = nameOf(file.get(base, 'Subtype'));
		let dict = base;
		let composite = false;
		if (subtype === 'Type0') {
			const descendants = file.get(base, 'DescendantFonts');
			const first = Array.isArray(descendants) ? file.resolve(descendants[0]) : descendants;
			if (!(first instanceof Map)) throw new Unsupported('a composite font without its descendant');
			dict = first;
			composite = true;
			const type = nameOf(file.get(dict, 'Subtype'));
			if (type !== 'CIDFontType2' && type !== 'CIDFontType0') throw new Unsupported(`a ${type} descendant font`);
			const encoding = file.get(base, 'Encoding');
			if (!(encoding instanceof Name) || encoding.name !== 'Identity-H') {
				throw new Unsupported('a composite font not in Identity-H');
			}
		} else if (subtype !== 'TrueType' && subtype !== 'Type1') throw new Unsupported(`a ${subtype ?? 'untyped'} font`);
		const descriptorRef = dict.get('FontDescriptor');
		const descriptor = file.resolve(descriptorRef);
		if (!(descriptor instanceof Map)) throw new Unsupported('a font without a descriptor');
		const program = ['FontFile', 'FontFile2', 'FontFile3'].find((key) => descriptor.has(key)) ?? null;
		if (subtype === 'Type1' && !program) throw new Unsupported('a Type1 font without its program');
		if (dict.has('FontMatrix') || base.has('FontMatrix')) throw new Unsupported('a font matrix');
		const name = fontName(file, dict, descriptor);
		if (SYMBOLIC_NAME.test(name) || /NuptialScript/i.test(name)) throw new Unsupported('a symbol font');
		const flags = file.get(descriptor, 'Flags');
		const toUnicodeValue = file.resolve(dict.get('ToUnicode') ?? base.get('ToUnicode'));
		let toUnicode: ToUnicode = new Map();
		if (toUnicodeValue instanceof Stream) toUnicode = parseToUnicode(await file.streamBytes(toUnicodeValue));
		else if (toUnicodeValue !== undefined) throw new Unsupported('a ToUnicode that is not a stream');

		if (program) await checkProgram(file, program, descriptor, dict, composite, toUnicode);

		let widths = new Map<number, number>();
		let defaultWidth: number;
		let fallback: Map<number, string> | null = null;
		if (composite) {
			if (toUnicode.size === 0) throw new Unsupported('a composite font without a ToUnicode map');
			const dw = file.get(dict, 'DW');
			defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000;
			widths = cidWidths(file, file.get(dict, 'W'));
		} else {
			const firstChar = file.get(dict, 'FirstChar');
			const first = typeof firstChar === 'number' && Number.isInteger(firstChar) ? firstChar : 0;
			const list = file.get(dict, 'Widths');
			if (!Array.isArray(list)) throw new Unsupported('a simple font without /Widths');
			list.forEach((w, i) => {
				const width = file.resolve(w);
				if (typeof width === 'number') widths.set(first + i, width);
			});
			const missing = file.get(descriptor, 'MissingWidth');
			defaultWidth = typeof missing === 'number' ? missing : 0;
			if (!program) {
				const encoded = encodingText(file, dict, typeof flags === 'number' && Number.isInteger(flags) ? flags : 0);
				if (toUnicode.size === 0) toUnicode = encoded.text;
				else if (encoded.hasEncoding) fallback = encoded.text;
			}
		}
		const facts: DirectFontFacts = {
			name,
			// pdfjs says bold, italic and black only of a font it substitutes (fallbackToSystemFont).
			bold: !program && /bold/i.test(name),
			italic: !program && /oblique|italic/i.test(name),
			black: !program && /Black/.test(name),
			vertical: false,
			fontMatrix: FONT_MATRIX
		};
		const key = `${descriptorRef instanceof Ref ? descriptorRef.num : 'inline'}\n${signature(file, base, dict, composite)}`;
		let id = this.aliases.get(key);
		if (!id) this.aliases.set(key, (id = `direct_f${++this.count}`));
		const font = new DirectFont(id, facts, composite, widths, defaultWidth, toUnicode, fallback);
		if (!this.byId.has(id)) this.byId.set(id, font);
		return font;
	}
}

/**
 * A font whose program pdfjs reads (the fonts LibreOffice embeds): taken on only where the program cannot
 * change what pdfjs reads of it. A simple font whose text comes whole from its ToUnicode map (pdfjs amends that
 * map from an encoding only when the font dictionary names one) and whose widths are the dictionary's (pdfjs
 * rescales them only when a Type 1 program's FontMatrix is not the usual thousandth of an em).
 */
async function checkProgram(
	file: PdfFile,
	key: string,
	descriptor: Dict,
	dict: Dict,
	composite: boolean,
	toUnicode: ToUnicode
): Promise<void> {
	if (composite || key === 'FontFile3') throw new Unsupported('an embedded program pdfjs reads');
	if (toUnicode.size === 0 || dict.has('Encoding')) throw new Unsupported('an embedded font without its own ToUnicode');
	if (key !== 'FontFile') return;
	const stream = file.get(descriptor, key);
	if (!(stream instanceof Stream)) throw new Unsupported('a font program that is not a stream');
	const length1 = file.get(stream.dict, 'Length1');
	const bytes = await file.streamBytes(stream);
	const clear = latin1(bytes, 0, Math.min(bytes.length, typeof length1 === 'number' && length1 > 0 ? length1 : 4096));
	const matrix = /\/FontMatrix\s*[[{]\s*([^\]}]*)[\]}]/.exec(clear);
	const values = matrix ? matrix[1].trim().split(/\s+/).map(Number) : null;
	if (!values || values.join(' ') !== '0.001 0 0 0.001 0 0')
		throw new Unsupported('a Type 1 program of an unusual FontMatrix');
}

function nameOf(value: PdfValue | undefined): string | null {
	return value instanceof Name ? value.name : null;
}

/** The font's name as pdfjs takes it: the descriptor's FontName, or the BaseFont it begins. */
function fontName(file: PdfFile, dict: Dict, descriptor: Dict): string {
	const fontNameValue = file.get(descriptor, 'FontName');
	const baseValue = file.get(dict, 'BaseFont');
	const fromDescriptor =
		fontNameValue instanceof Name ? fontNameValue.name : typeof fontNameValue === 'string' ? fontNameValue : undefined;
	const base = baseValue instanceof Name ? baseValue.name : typeof baseValue === 'string' ? baseValue : undefined;
	if (fromDescriptor === base && base !== undefined) return base;
	if (fromDescriptor && base && base.startsWith(fromDescriptor)) return base;
	if (!fromDescriptor && base) return base;
	throw new Unsupported('a font whose names disagree');
}

/** /W: CID → width, as pdfjs's extractWidths reads it. */
function cidWidths(file: PdfFile, w: PdfValue | undefined): Map<number, number> {
	const widths = new Map<number, number>();
	if (!Array.isArray(w)) return widths;
	for (let i = 0; i < w.length; i++) {
		let start = file.resolve(w[i++]);
		if (typeof start !== 'number' || !Number.isInteger(start)) break;
		const code = file.resolve(w[i]);
		if (Array.isArray(code)) {
			for (const c of code) {
				const width = file.resolve(c);
				if (typeof width === 'number') widths.set(start, width);
				start++;
			}
		} else if (typeof code === 'number' && Number.isInteger(code)) {
			const width = file.resolve(w[++i]);
			if (typeof width !== 'number') continue;
			if (code - start > 0x10000) throw new Unsupported('a /W range too long');
			for (let j = start; j <= code; j++) widths.set(j, width);
		} else break;
	}
	return widths;
}

/** A simple font's encoding as text per code (pdfjs's _simpleFontToUnicode), and whether it has one. */
function encodingText(file: PdfFile, dict: Dict, flags: number): { text: Map<number, string>; hasEncoding: boolean } {
	const value = file.get(dict, 'Encoding');
	let baseName: string | null = null;
	const differences: (string | undefined)[] = [];
	if (value instanceof Name) baseName = value.name;
	else if (value instanceof Map) {
		const baseEncoding = file.get(value, 'BaseEncoding');
		baseName = baseEncoding instanceof Name ? baseEncoding.name : null;
		const diffs = file.get(value, 'Differences');
		if (diffs !== undefined) {
			if (!Array.isArray(diffs)) throw new Unsupported('malformed /Differences');
			let index = 0;
			for (const entry of diffs) {
				const data = file.resolve(entry);
				if (typeof data === 'number') index = data;
				else if (data instanceof Name) {
					if (index < 0 || index > 255 || !Number.isInteger(index)) throw new Unsupported('malformed /Differences');
					differences[index++] = data.name;
				} else throw new Unsupported('malformed /Differences');
			}
		}
	} else if (value !== undefined) throw new Unsupported('an encoding that is neither a name nor a dictionary');
	if (baseName === 'MacExpertEncoding') throw new Unsupported('MacExpertEncoding');
	if (baseName !== 'MacRomanEncoding' && baseName !== 'WinAnsiEncoding') baseName = null;
	let encoding: readonly string[];
	if (baseName === 'WinAnsiEncoding') encoding = WIN_ANSI_ENCODING;
	else if (baseName === 'MacRomanEncoding') encoding = MAC_ROMAN_ENCODING;
	else {
		let symbolic = (flags & 4) !== 0;
		const nonsymbolic = (flags & 32) !== 0;
		if (symbolic && nonsymbolic && differences.length !== 0) symbolic = false;
		if (symbolic) throw new Unsupported('a symbolic font');
		encoding = nonsymbolic ? STANDARD_ENCODING : WIN_ANSI_ENCODING;
	}
	const names = encoding.slice();
	differences.forEach((name, code) => {
		if (name !== undefined && name !== '.notdef') names[code] = name;
	});
	const text = new Map<number, string>();
	names.forEach((name, code) => {
		if (!name) return;
		const unicode = GLYPH_UNICODE.get(name);
		if (unicode === undefined) throw new Unsupported(`the glyph name ${name}`);
		text.set(code, String.fromCharCode(unicode));
	});
	return { text, hasEncoding: baseName !== null || differences.length > 0 };
}

/** What pdfjs hashes of a font to share one font object between font dictionaries (preEvaluateFont). */
function signature(file: PdfFile, base: Dict, dict: Dict, composite: boolean): string {
	const raw = (v: PdfValue | undefined): string => {
		if (v instanceof Ref) return `${v.num}R${v.gen}`;
		if (v instanceof Name) return `/${v.name}`;
		if (typeof v === 'number') return String(v);
		if (Array.isArray(v)) return `[${v.map(raw).join(',')}]`;
		if (v instanceof Map) return `<<${[...v].map(([k, x]) => `${k}=${raw(x)}`).join(',')}>>`;
		if (v instanceof Stream) return `stream:${latin1(v.bytes, 0, v.bytes.length)}`;
		return JSON.stringify(v ?? null);
	};
	const toUnicode = file.resolve(dict.get('ToUnicode') ?? base.get('ToUnicode'));
	return [
		raw(base.get('Encoding')),
		raw(dict.get('FirstChar')),
		raw(dict.get('LastChar')),
		raw(toUnicode),
		raw(file.get(dict, 'Widths') ?? file.get(base, 'Widths')),
		composite ? raw(file.get(dict, 'W') ?? file.get(base, 'W')) : '',
		composite ? raw(dict.get('CIDToGIDMap') ?? base.get('CIDToGIDMap')) : ''
	].join('\n');
}
