/**
 * Bytes in, text out: the encodings UN texts arrive in, detected rather than assumed. A byte-order mark
 * decides UTF-8 or UTF-16; without one, valid UTF-8 is UTF-8 (random bytes are almost never valid UTF-8,
 * so the test is safe), and anything else is tried as GB18030, the Chinese national encoding that covers
 * GBK and GB2312. Binary files (PDF, Word, images, archives) are refused with a clear reason rather than
 * decoded into noise. Uses only `TextDecoder`, which browsers and Node share.
 */
import { ResodiffError } from '../types';

/** Options of {@link decodeText}. */
export interface DecodeOptions {
	/** File name or corpus symbol, for error messages. */
	file?: string;
}

/** How many bytes the binary sniffing reads: enough to see a header and a few pages of text. */
const SNIFF_BYTES = 8192;

/** Share of control characters (other than tab, LF, CR, form feed, escape) above which bytes are binary. */
const CONTROL_SHARE = 0.05;

/** What a file of binary data is told. */
const BINARY = 'not a text file (it holds binary data): give a .txt, .md, .pdf or .docx file';

/** Magic numbers of the binary formats people mistake for text, what each is, and what to do instead. */
const MAGIC: readonly { bytes: readonly number[]; what: string }[] = [
	{ bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file (read it as a PDF, not as text)' },
	{ bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive: give the document inside it' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Office 97–2003 file (a Word .doc is read as Word, not as text)' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image: give the document’s text or PDF' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image: give the document’s text or PDF' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image: give the document’s text or PDF' },
	{ bytes: [0x1f, 0x8b], what: 'a gzip archive: give the document inside it' },
	{ bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file: save it as plain text' }
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	if (bytes.length < prefix.length) return false;
	for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
	return true;
}

/** Refuse bytes that are not text: known binary formats, NUL bytes, many control characters. */
function assertNotBinary(bytes: Uint8Array, file: string | undefined): void {
	const where = file ? { file } : {};
	for (const { bytes: magic, what } of MAGIC) {
		if (startsWith(bytes, magic)) throw new ResodiffError('binary', `not a text file: this is ${what}`, where);
	}
	const end = Math.min(bytes.length, SNIFF_BYTES);
	let controls = 0;
	for (let i = 0; i < end; i++) {
		const b = bytes[i];
		if (b === 0) {
			throw new ResodiffError(
				'binary',
				looksLikeUtf16(bytes) ? 'UTF-16 text without a byte-order mark: save it as UTF-8' : BINARY,
				where
			);
		}
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
	}
	if (end > 0 && controls > CONTROL_SHARE * end) {
		throw new ResodiffError(
			'binary',
			'not a text file (it is full of control characters): give a .txt, .md, .pdf or .docx file',
			where
		);
	}
}

/**
 * Whether NUL bytes look like UTF-16 text saved without a byte-order mark: Latin text in
 * UTF-16 puts a NUL in every other byte, always at the same parity. Random binary data does not.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
	if (end < 8) return false;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < end; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	const half = end / 2;
	return Math.max(even, odd) > 0.4 * half && Math.min(even, odd) < 0.05 * half;
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. Linear, no allocation. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	const n = bytes.length;
	let i = 0;
	while (i < n) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

/** 1-based line number of a byte offset (counting LF bytes before it). */
function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Whether decoded GB18030 looks like real text: few private-use characters (user-defined GB areas). */
function plausibleGb18030(text: string): boolean {
	let privateUse = 0;
	let nonAscii = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) continue;
		nonAscii++;
		if (c >= 0xe000 && c <= 0xf8ff) privateUse++;
	}
	return privateUse <= Math.max(2, nonAscii * 0.01);
}

function decodeWith(encoding: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Decode the bytes of a text file: UTF-8 with or without BOM, UTF-16 LE or BE with BOM, or GB18030
 * (detected: only when the bytes are not valid UTF-8). Line breaks become LF. Throws a ResodiffError
 * `binary` for a file that is not text, `encoding` for bytes no supported encoding reads, `empty` for a
 * file with no text.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
	const { file } = options;
	const where = file ? { file } : {};
	if (bytes.length === 0) throw new ResodiffError('empty', 'the file is empty', where);
	let text: string | null;
	if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
		throw new ResodiffError('encoding', 'UTF-32 text is not supported: save it as UTF-8', where);
	} else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		const le = bytes[0] === 0xff;
		text = decodeWith(le ? 'utf-16le' : 'utf-16be', bytes);
		if (text === null) {
			throw new ResodiffError('encoding', `not valid UTF-16${le ? 'LE' : 'BE'} text: save it as UTF-8`, where);
		}
		if (/\u0000/.test(text)) throw new ResodiffError('binary', BINARY, where);
	} else {
		assertNotBinary(bytes, file);
		// The strict decoder accepts exactly the bytes firstInvalidUtf8 accepts (WHATWG UTF-8), natively; the
		// offset of the first invalid byte is looked for only when it refuses them.
		text = decodeWith('utf-8', bytes);
		if (text === null) {
			const invalid = firstInvalidUtf8(bytes);
			if (invalid < 0) throw new ResodiffError('encoding', 'not valid UTF-8 text: save it as UTF-8', where);
			text = decodeWith('gb18030', bytes);
			if (text === null || !plausibleGb18030(text)) {
				throw new ResodiffError('encoding', 'not UTF-8, UTF-16 or GB18030 text: save it as UTF-8', {
					...where,
					line: lineAt(bytes, invalid)
				});
			}
		}
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	text = text.replace(/\r\n?/g, '\n');
	// Searched for, not stripped: one character that is not white space is enough.
	if (!/[^\s\u200B\u2060\uFEFF]/.test(text)) {
		throw new ResodiffError('empty', 'the file has no text (only white space)', where);
	}
	return text;
}
