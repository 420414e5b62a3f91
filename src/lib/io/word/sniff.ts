/**
 * What a word-processor file is, from its first bytes (a zip package, an OLE file, a web page) or its name:
 * the sniffing that tells a file's kind, apart from the zip reader (package.ts) so that telling it never loads
 * the Word readers or their libraries.
 */

/** What the bytes are, as far as the word-processor readers are concerned. */
export type Container = 'zip' | 'ole' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The first bytes of an OLE compound file (a .doc, an encrypted .docx, any Office 97–2003 file). */
const OLE_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The kind of container the bytes are. */
export function containerOf(bytes: Uint8Array): Container {
	if (startsWith(bytes, ZIP)) return 'zip';
	if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
	return 'other';
}

/** The extensions of the files the Word and OpenDocument readers take (templates too). */
export const WORD_EXTENSIONS: readonly string[] = ['.docx', '.docm', '.dotx', '.dotm', '.doc', '.dot', '.odt', '.ott'];

/** True when a name is one of the extensions the Word and OpenDocument readers take. */
export function hasWordExtension(name: string): boolean {
	const lower = name.toLowerCase();
	return WORD_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** True when bytes look like an HTML page (or the name says so). */
export function isHtml(bytes: Uint8Array, name: string): boolean {
	if (/\.x?html?$/i.test(name)) return true;
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF|^ï»¿/, '');
	return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head);
}

/**
 * True when bytes should go to the word-processor readers' `readWordText`: a zip or OLE container, a web
 * page, or a name of those formats. Here, with the other sniffing, so that telling a file's kind never
 * loads the readers themselves.
 */
export function isWordFile(bytes: Uint8Array, name: string): boolean {
	const container = containerOf(bytes);
	return container === 'zip' || container === 'ole' || hasWordExtension(name) || isHtml(bytes, name);
}
