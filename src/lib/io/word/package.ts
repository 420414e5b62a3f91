/**
 * The parts of a zip package: a .docx and an .odt are zip packages of XML parts (read with fflate, which
 * runs in Node and browsers). A Word 97–2003 `.doc` and a password-protected `.docx` are OLE compound files
 * instead (cfb.ts, doc.ts).
 */
import { unzipSync, type Unzipped } from 'fflate';
import { ResodiffError, type ErrorLocation } from '../../core/types';

/** Largest part unzipped, in bytes (256 MiB): far above any real document, and a zip bomb is refused. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

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
