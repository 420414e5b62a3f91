/** Reads a FILE argument of the CLI: a path on disk, or a corpus symbol such as A/RES/76/40. */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkoutRoot } from './root';
import { SYMBOL_LINE } from '../lib/core/document/un-patterns';
import { readDocument, tooLarge, MAX_INPUT_BYTES, type RevisionView } from '../lib/io/read';
import type { RevisionPair } from '../lib/io/revisions';
import { ResodiffError, type ResolutionDocument } from '../lib/core/types';

/**
 * Where a FILE argument points: a path that exists, or else the corpus entry of that symbol (the corpus index is
 * loaded only then: a command that reads files never loads it).
 */
async function locate(arg: string): Promise<{ path: string; name: string }> {
	try {
		const info = statSync(arg);
		if (info.isDirectory()) {
			throw new ResodiffError('not-found', 'is a folder, not a file: name a file inside it', { file: arg });
		}
		return { path: arg, name: arg };
	} catch (error) {
		if (error instanceof ResodiffError) throw error;
		const { findDocument } = await import('../lib/corpus-index');
		const entry = findDocument(arg);
		if (entry) return { path: join(checkoutRoot(), 'corpus', entry.file), name: entry.symbol };
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
	const { bytes, name, path } = await readFileBytes(arg);
	return nameFile(await readDocumentBytes(bytes, name, options), path, name);
}

/** Reads the bytes of a file into a document, as every command does (text in any encoding, Markdown, PDF, Word). */
export function readDocumentBytes(
	bytes: Uint8Array,
	name: string,
	options: { revisions?: RevisionView } = {}
): Promise<ResolutionDocument> {
	// pdfjs is loaded only when a PDF is read.
	const readPdf = async (pdf: Uint8Array, file: string) =>
		(await import('../lib/io/pdf-node')).readPdfInNode(pdf, file);
	return readDocument({ bytes, name }, { readPdf, revisions: options.revisions });
}

/**
 * Reads one FILE argument, a Word file with tracked changes, into its original and accepted versions. The
 * Word readers (and their zip and XML libraries) are loaded here only: a command that reads a PDF or text
 * never loads them.
 */
export async function readRevisionsArgument(arg: string): Promise<RevisionPair> {
	const { bytes, name, path } = await readFileBytes(arg);
	const { readRevisionPair } = await import('../lib/io/revisions');
	const pair = readRevisionPair({ bytes, name });
	return { original: nameFile(pair.original, path, name), accepted: nameFile(pair.accepted, path, name) };
}

/**
 * Reports travel: they name a file, never the folders it sits in on this machine. Errors, which stay
 * here, name the path as it was given; a corpus document keeps its symbol.
 */
function nameFile(doc: ResolutionDocument, path: string, name: string): ResolutionDocument {
	if (path === name) doc.meta.source = basename(path);
	return doc;
}

/**
 * The bytes of a FILE argument, the name to report it by and the path it was read from; refuses a file
 * over the size limit unread.
 */
export async function readFileBytes(arg: string): Promise<{ bytes: Uint8Array; name: string; path: string }> {
	const { path, name } = await locate(arg);
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
	return { bytes, name, path };
}
