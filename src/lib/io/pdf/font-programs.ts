/**
 * Text needs no font programs when the PDF maps its glyphs to Unicode itself. Reading a page's glyphs, pdfjs
 * parses and repairs every embedded font program (Word embeds Times New Roman whole, three faces of a megabyte
 * each, in every UN document) and compiles an outline for every glyph drawn, all for rendering: on a 10-page
 * resolution that is two fifths of pdfjs's time. The text a glyph stands for comes from the font's ToUnicode
 * map and its width from the font dictionary's /W or /Widths, which pdfjs reads all the same when the program
 * is absent, as it does for a font a PDF names without embedding it. poppler's text output reads fonts the same
 * way.
 *
 * So before pdfjs sees them, the descriptors of the fonts that need no program to map their glyphs to text have
 * their /FontFile, /FontFile2 or /FontFile3 key renamed, in place and at the same length, so that no offset of
 * the file moves: pdfjs then finds no program to load. Those fonts are the ones Word writes: composite fonts
 * with Identity-encoded CIDs and a ToUnicode map, and simple fonts in a standard encoding with their widths.
 * Every other font keeps its program (a Type 1 font's built-in encoding, a symbolic TrueType font's own cmap,
 * is in it), and so does everything the scan cannot see: objects compressed in object streams are left as they
 * are, and only cost the time they always did. Cost: one pass over the file's bytes.
 */

/** An indirect object of the file as plain text: its number and where its body starts and ends. */
interface PlainObject {
	number: number;
	start: number;
	end: number;
}

/** An object header `12 0 obj`, at the start of the file or of a line. */
const OBJECT_START = /(?:^|[\r\n\s])(\d{1,10})\s+\d{1,5}\s+obj\b/g;
/** A reference `12 0 R`. */
const REFERENCE = /(\d{1,10})\s+\d{1,5}\s+R/;
/** The key of an embedded font program. */
const FONT_FILE = /\/FontFile[23]?(?=[\s/[<(\d])/g;

/** The bytes as text, one character per byte (windows-1252), so that offsets in the text are offsets in the file. */
function byteText(bytes: Uint8Array): string {
	return new TextDecoder('windows-1252').decode(bytes);
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

/** Whether a font descriptor says the font is symbolic (flag 3): its own program then maps its codes. */
function symbolic(descriptor: string | null): boolean {
	const flags = Number(descriptor ? valueOf(descriptor, 'Flags') : NaN);
	return !Number.isInteger(flags) || (flags & 4) !== 0;
}

/**
 * A copy of the PDF whose mapped fonts carry no program for pdfjs to load (see the module comment), or the
 * bytes themselves when there is nothing to rename.
 */
export function withoutFontPrograms(bytes: Uint8Array): Uint8Array {
	const text = byteText(bytes);
	if (!text.includes('/ToUnicode') || !text.includes('/FontFile')) return bytes;
	// Every plain object, by number; the last of a number wins, as in an incrementally updated file.
	const objects = new Map<number, PlainObject[]>();
	const starts: { number: number; start: number }[] = [];
	for (const m of text.matchAll(OBJECT_START)) starts.push({ number: Number(m[1]), start: m.index + m[0].length });
	for (let i = 0; i < starts.length; i++) {
		const end = text.indexOf('endobj', starts[i].start);
		const object = { number: starts[i].number, start: starts[i].start, end: end < 0 ? text.length : end };
		const list = objects.get(object.number);
		if (list) list.push(object);
		else objects.set(object.number, [object]);
	}
	const dictionary = (number: number) => {
		const list = objects.get(number);
		return list ? dictionaryOf(text, list[list.length - 1]) : null;
	};
	const referenced = (value: string | null) => {
		const m = value ? REFERENCE.exec(value) : null;
		return m ? Number(m[1]) : null;
	};
	// The descriptors of fonts whose glyphs map to text without their program, and of those that need it.
	const descriptors = new Set<number>();
	const keep = new Set<number>();
	for (const [, list] of objects) {
		const dict = dictionaryOf(text, list[list.length - 1]);
		if (!/\/Type\s*\/Font\b/.test(dict) || !/\/Subtype\s*\/(?:Type0|TrueType|Type1|MMType1)\b/.test(dict)) continue;
		let descriptor: number | null = null;
		let free: boolean;
		if (/\/Subtype\s*\/Type0\b/.test(dict)) {
			// The one descendant CIDFont, given inline `[12 0 R]` or as a reference to such an array.
			let descendants = valueOf(dict, 'DescendantFonts');
			if (descendants && !descendants.startsWith('[')) {
				const array = referenced(descendants);
				const list = array === null ? undefined : objects.get(array);
				descendants = list ? text.slice(list[list.length - 1].start, list[list.length - 1].end) : null;
			}
			const cidFont = referenced(descendants);
			const cid = cidFont === null ? null : dictionary(cidFont);
			if (cid) descriptor = referenced(valueOf(cid, 'FontDescriptor'));
			// Identity-encoded CIDs with a ToUnicode map: codes, widths (/W, /DW) and text, all outside the program.
			free = valueOf(dict, 'ToUnicode') !== null && /^\/Identity-[HV]\b/.test(valueOf(dict, 'Encoding') ?? '');
		} else {
			descriptor = referenced(valueOf(dict, 'FontDescriptor'));
			// A simple font in a standard encoding, with its widths: the program's own encoding is not needed.
			const encoding = valueOf(dict, 'Encoding') ?? '';
			free =
				valueOf(dict, 'Widths') !== null &&
				/^\/(?:WinAnsi|MacRoman|Standard)Encoding\b/.test(encoding.trim()) &&
				(valueOf(dict, 'ToUnicode') !== null || !symbolic(descriptor === null ? null : dictionary(descriptor)));
		}
		if (descriptor === null) continue;
		if (free) descriptors.add(descriptor);
		else keep.add(descriptor);
	}
	let copy: Uint8Array | null = null;
	for (const number of descriptors) {
		// A descriptor shared with a font that needs its program keeps it.
		if (keep.has(number)) continue;
		for (const object of objects.get(number) ?? []) {
			const dict = dictionaryOf(text, object);
			if (!/\/Type\s*\/FontDescriptor\b/.test(dict)) continue;
			for (const m of dict.matchAll(FONT_FILE)) {
				copy ??= bytes.slice();
				// "/FontFile2" → "/FontFileX", "/FontFile" → "/FontFilX": keys pdfjs does not know, of the same length.
				copy[object.start + m.index + m[0].length - 1] = 0x58;
			}
		}
	}
	return copy ?? bytes;
}
