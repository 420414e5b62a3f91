/** Reads a FILE argument of the CLI: a path on disk, or a corpus symbol such as A/RES/76/40. */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findDocument } from '../lib/corpus-index';
import { SYMBOL_LINE } from '../lib/core/document/un-patterns';
import {
	readDocument,
	readRevisionPair,
	tooLarge,
	MAX_INPUT_BYTES,
	type RevisionPair,
	type RevisionView
} from '../lib/io/read';
import { ResodiffError, type ResolutionDocument } from '../lib/core/types';

/** The corpus folder of this checkout (src/cli/ and dist/cli/ both sit two levels below the root). */
const CORPUS = new URL('../../corpus/', import.meta.url);

/** Where a FILE argument points: a path that exists, or else the corpus entry of that symbol. */
function locate(arg: string): { path: string; name: string } {
	try {
		const info = statSync(arg);
		if (info.isDirectory()) {
			throw new ResodiffError('not-found', 'is a folder, not a file: name a file inside it', { file: arg });
		}
		return { path: arg, name: arg };
	} catch (error) {
		if (error instanceof ResodiffError) throw error;
		const entry = findDocument(arg);
		if (entry) return { path: fileURLToPath(new URL(entry.file, CORPUS)), name: entry.symbol };
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES') throw new ResodiffError('not-found', 'permission denied', { file: arg });
		// A symbol is looked up in the corpus first in the reader's mind too: say that, then the file.
		const why = SYMBOL_LINE.test(arg.trim())
			? 'is not in the corpus, and no file has that name'
			: 'no such file (nor a corpus symbol such as A/RES/76/40)';
		throw new ResodiffError('not-found', why, { file: arg });
	}
}

/**
 * Reads one FILE argument into a document.
 *
 * WHY synchronous reads: the command does nothing else meanwhile, and a promise-based read hands the
 * file to libuv's thread pool and waits for it, idling the main thread for a few milliseconds a file.
 */
export async function readFileArgument(
	arg: string,
	options: { revisions?: RevisionView } = {}
): Promise<ResolutionDocument> {
	const { bytes, name } = readBytes(arg);
	// pdfjs is loaded only when a PDF is read.
	const readPdf = async (pdf: Uint8Array, file: string) =>
		(await import('../lib/io/pdf-node')).readPdfInNode(pdf, file);
	return readDocument({ bytes, name }, { readPdf, revisions: options.revisions });
}

/** Reads one FILE argument, a Word file with tracked changes, into its original and accepted versions. */
export function readRevisionsArgument(arg: string): RevisionPair {
	return readRevisionPair(readBytes(arg));
}

/** The bytes of a FILE argument and the name to report it by; refuses a file over the size limit unread. */
function readBytes(arg: string): { bytes: Uint8Array; name: string } {
	const { path, name } = locate(arg);
	const info = statSync(path);
	// Refused before reading, so a huge file costs no memory.
	if (info.size > MAX_INPUT_BYTES) throw tooLarge(info.size, MAX_INPUT_BYTES, name);
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(readFileSync(path));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ResodiffError(
			'not-found',
			code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`,
			{ file: name }
		);
	}
	return { bytes, name };
}
