/**
 * What pdfjs need not read when only the text is wanted, hidden from it before it opens the file.
 *
 * Font programs. Reading a page's glyphs, pdfjs parses and repairs every embedded font program and compiles an
 * outline for every glyph drawn, all for rendering: Word embeds Times New Roman whole, three faces of a megabyte
 * each, and on a 10-page resolution that was two fifths of pdfjs's time (its first page cost eight times a later
 * one). The text a glyph stands for comes from the font's ToUnicode map or standard encoding, and its width from
 * the font dictionary's /W or /Widths, which pdfjs reads all the same when the program is absent, as it does for
 * a font a PDF names without embedding it; poppler's text output reads fonts the same way. The fonts that need
 * no program are the ones Word writes: composite fonts with Identity-encoded CIDs and a ToUnicode map, and simple
 * fonts in a standard encoding with their widths. Every other font keeps its program (a Type 1 font's built-in
 * encoding, a symbolic TrueType font's own cmap are in it).
 *
 * The structure tree. Word tags its PDFs, and pdfjs reads the tree of a tagged PDF (thousands of elements, in
 * compressed object streams) as soon as a page has a link: a tenth of a first page's time, for nothing the text
 * needs.
 *
 * Both are hidden by renaming a key in place, at the same length, so that no offset of the file moves: the
 * descriptors' /FontFile, /FontFile2, /FontFile3 become /FontFilX, /FontFileX, and the catalog's
 * /StructTreeRoot becomes /StructTreeRooX, names pdfjs does not know. Only objects stored as plain text are
 * touched: objects inside compressed object streams are left as they are, and cost what they always did.
 * Cost: a few scans of the file's bytes for literal keys, and a look-up of the few objects they lead to.
 */

/** An indirect object stored as plain text: where its body starts and ends in the file. */
interface PlainObject {
	start: number;
	end: number;
}

/** The key of an embedded font program. */
const FONT_FILE = /\/FontFile[23]?(?=[\s/[<(\d])/g;
/** A reference `12 0 R`. */
const REFERENCE = /(\d{1,10})\s+\d{1,5}\s+R/;

/** Bytes decoded at once by {@link byteText}: well below the engine's limit on a call's arguments. */
const DECODE_CHUNK = 8192;

/** Node's Buffer, as far as it is used here: absent in browsers. */
interface NodeBuffer {
	from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'latin1'): string };
}

/**
 * The bytes as text, one character per byte (ISO 8859-1: each byte its own code point), so that offsets in the
 * text are offsets in the file; only ASCII keys and numbers are looked for in it. Node's Buffer decodes it as
 * a copy of the bytes, a hundred times faster than a TextDecoder; elsewhere it is decoded in chunks.
 */
function byteText(bytes: Uint8Array): string {
	const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
	if (buffer) return buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
	const parts: string[] = [];
	for (let i = 0; i < bytes.length; i += DECODE_CHUNK) {
		parts.push(String.fromCharCode(...bytes.subarray(i, i + DECODE_CHUNK)));
	}
	return parts.join('');
}

/** The plain object around an offset: from its `N G obj` header to its `endobj` (or its stream). */
function objectAround(text: string, at: number): PlainObject | null {
	const header = text.lastIndexOf(' obj', at);
	const close = text.indexOf('endobj', at);
	// An object that ended before `at`: `at` is between objects, not inside one.
	if (header < 0 || close < 0 || text.lastIndexOf('endobj', at) > header) return null;
	return { start: header + 4, end: close };
}

/** Where each plain object's header `N G obj` ends, by its number as written: the last one of each number. */
type ObjectIndex = Map<string, number>;

/** One scan of the file for its plain objects' headers (an incrementally updated file's latest revision wins). */
function indexObjects(text: string): ObjectIndex {
	const index: ObjectIndex = new Map();
	for (const m of text.matchAll(/(?:^|[\r\n\s])(\d+)\s+\d{1,5}\s+obj\b/g)) index.set(m[1], m.index + m[0].length);
	return index;
}

/** The last plain object with this number (the latest revision of an incrementally updated file). */
function objectNumbered(text: string, index: ObjectIndex, number: number): PlainObject | null {
	const start = index.get(String(number));
	if (start === undefined) return null;
	const end = text.indexOf('endobj', start);
	return { start, end: end < 0 ? text.length : end };
}

/** The dictionary part of an object (up to its stream, if any). */
function dictionaryOf(text: string, object: PlainObject): string {
	const body = text.slice(object.start, object.end);
	const stream = body.indexOf('stream');
	return stream >= 0 ? body.slice(0, stream) : body;
}

/**
 * The value of a key in a dictionary's text, as written: a name `/Identity-H`, an array `[ 11 0 R]`, a nested
 * dictionary, or what runs up to the next key (a number, a reference `12 0 R`).
 */
function valueOf(dictionary: string, key: string): string | null {
	const at = dictionary.search(new RegExp(`/${key}(?=[\\s/\\[<(\\d])`));
	if (at < 0) return null;
	const rest = dictionary.slice(at + key.length + 1).trimStart();
	if (rest.startsWith('/')) return /^\/[^\s/[\]<>()]*/.exec(rest)![0];
	const close = rest.startsWith('[') ? ']' : rest.startsWith('<<') ? '>>' : null;
	if (close) {
		const end = rest.indexOf(close);
		return end < 0 ? rest : rest.slice(0, end + close.length);
	}
	const end = rest.search(/\/|>>/);
	return (end < 0 ? rest : rest.slice(0, end)).trim();
}

/** The object number a value refers to (`12 0 R`), or null. */
function referenced(value: string | null): number | null {
	const m = value ? REFERENCE.exec(value) : null;
	return m ? Number(m[1]) : null;
}

/** Whether a font descriptor says the font is symbolic (flag 3): its own program then maps its codes. */
function symbolic(descriptor: string | null): boolean {
	const flags = Number(descriptor ? valueOf(descriptor, 'Flags') : NaN);
	return !Number.isInteger(flags) || (flags & 4) !== 0;
}

/**
 * The font descriptors whose programs text needs (`keep`) and those it does not (`free`), from the font
 * dictionaries stored as plain text.
 */
function sortDescriptors(text: string, index: ObjectIndex): { free: Set<number>; keep: Set<number> } {
	const free = new Set<number>();
	const keep = new Set<number>();
	const dictionary = (number: number | null) => {
		const object = number === null ? null : objectNumbered(text, index, number);
		return object ? dictionaryOf(text, object) : null;
	};
	const seen = new Set<number>();
	for (const m of text.matchAll(/\/Subtype\s*\/(Type0|TrueType|Type1|MMType1)\b/g)) {
		const object = objectAround(text, m.index);
		if (!object || seen.has(object.start)) continue;
		seen.add(object.start);
		const dict = dictionaryOf(text, object);
		if (!/\/Type\s*\/Font\b/.test(dict)) continue;
		let descriptor: number | null;
		let needless: boolean;
		if (m[1] === 'Type0') {
			// The one descendant CIDFont, given inline `[12 0 R]` or as a reference to such an array.
			let descendants = valueOf(dict, 'DescendantFonts');
			if (descendants && !descendants.startsWith('[')) {
				const array = objectNumbered(text, index, referenced(descendants) ?? -1);
				descendants = array ? text.slice(array.start, array.end) : null;
			}
			descriptor = referenced(valueOf(dictionary(referenced(descendants)) ?? '', 'FontDescriptor'));
			// Identity-encoded CIDs with a ToUnicode map: codes, widths (/W, /DW) and text, all outside the program.
			needless = valueOf(dict, 'ToUnicode') !== null && /^\/Identity-[HV]$/.test(valueOf(dict, 'Encoding') ?? '');
		} else {
			descriptor = referenced(valueOf(dict, 'FontDescriptor'));
			// A simple font in a standard encoding, with its widths: the program's own encoding is not needed.
			needless =
				valueOf(dict, 'Widths') !== null &&
				/^\/(?:WinAnsi|MacRoman|Standard)Encoding$/.test(valueOf(dict, 'Encoding') ?? '') &&
				(valueOf(dict, 'ToUnicode') !== null || !symbolic(dictionary(descriptor)));
		}
		if (descriptor === null) continue;
		if (needless) free.add(descriptor);
		else keep.add(descriptor);
	}
	return { free, keep };
}

/**
 * A copy of the PDF with the font programs and the structure tree that text reading does not need hidden from
 * pdfjs (see the module comment), or the bytes themselves when there is nothing to hide.
 */
export function textOnly(bytes: Uint8Array): Uint8Array {
	const text = byteText(bytes);
	let copy: Uint8Array | null = null;
	/** Renames a key in place by changing its last letter to X. */
	const rename = (keyEnd: number) => {
		copy ??= bytes.slice();
		copy[keyEnd - 1] = 0x58;
	};
	if (text.includes('/FontFile')) {
		const index = indexObjects(text);
		const { free, keep } = sortDescriptors(text, index);
		for (const number of free) {
			// A descriptor shared with a font that needs its program keeps it.
			if (keep.has(number)) continue;
			const object = objectNumbered(text, index, number);
			if (!object) continue;
			const dict = dictionaryOf(text, object);
			if (!/\/Type\s*\/FontDescriptor\b/.test(dict)) continue;
			for (const m of dict.matchAll(FONT_FILE)) rename(object.start + m.index + m[0].length);
		}
	}
	for (const m of text.matchAll(/\/StructTreeRoot(?=[\s/\d])/g)) {
		const object = objectAround(text, m.index);
		if (object && /\/Type\s*\/Catalog\b/.test(dictionaryOf(text, object))) rename(m.index + m[0].length);
	}
	return copy ?? bytes;
}
