/**
 * What a word-processor file is, from its first bytes (a zip package, an OLE file, a web page), and its
 * parts when it is a zip package.
 *
 * A .docx and an .odt are zip packages of XML parts (read with fflate, which runs in Node and browsers).
 * Three look-alikes are refused with a line that says what to do: a Word 97–2003 `.doc` and a
 * password-protected `.docx` are both OLE compound files (the second holds `EncryptionInfo` and
 * `EncryptedPackage` streams instead of a zip), and a file named `.docx` that is no zip at all is damaged or
 * another format renamed. Stream names in an OLE directory are UTF-16LE, so a byte search finds them.
 */
import { unzipSync, type Unzipped } from 'fflate';
import { ResodiffError, type ErrorLocation } from '../../core/types';

/** Largest part unzipped, in bytes (256 MiB): far above any real document, and a zip bomb is refused. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

/** Whether an OLE file holds a stream of this name (UTF-16LE in its directory). */
function holdsStream(bytes: Uint8Array, stream: string): boolean {
	const needle = new Uint8Array(stream.length * 2);
	for (let i = 0; i < stream.length; i++) needle[2 * i] = stream.charCodeAt(i);
	outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
		if (bytes[i] !== needle[0]) continue;
		for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
		return true;
	}
	return false;
}

/** The one-line refusal of an OLE compound file: a .doc, an encrypted .docx, or another Office file. */
export function refuseOle(bytes: Uint8Array, where: ErrorLocation): ResodiffError {
	if (holdsStream(bytes, 'EncryptedPackage') || holdsStream(bytes, 'EncryptionInfo')) {
		return new ResodiffError(
			'word-encrypted',
			'a password-protected Word file: save a copy without the password and open that',
			where
		);
	}
	if (holdsStream(bytes, 'WordDocument')) {
		return new ResodiffError('word-legacy', 'a Word 97–2003 .doc file: save it as .docx and open that', where);
	}
	return new ResodiffError(
		'word-legacy',
		'an Office 97–2003 file that is not a Word document: save it as .docx and open that',
		where
	);
}

/**
 * Unzips the parts of a package whose names pass `wanted`; throws a `word-broken` {@link ResodiffError} when
 * the zip cannot be read or a part is over {@link MAX_PART_BYTES}.
 */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean, where: ErrorLocation): Unzipped {
	let tooBig = false;
	let files: Unzipped;
	try {
		files = unzipSync(bytes, {
			filter: (file) => {
				if (!wanted(file.name)) return false;
				if (file.originalSize > MAX_PART_BYTES) tooBig = true;
				return !tooBig;
			}
		});
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		throw new ResodiffError('word-broken', `the file is damaged: its zip package cannot be read (${why})`, where);
	}
	if (tooBig)
		throw new ResodiffError('word-broken', 'the file holds a part too large to read (over 256 MB unpacked)', where);
	return files;
}

/** The names of the parts of a zip package, without unpacking any. */
export function listParts(bytes: Uint8Array, where: ErrorLocation): string[] {
	const names: string[] = [];
	unzipParts(
		bytes,
		(name) => {
			names.push(name);
			return false;
		},
		where
	);
	return names;
}
