/** Reads a FILE argument of the CLI: a path on disk, or a corpus symbol such as A/RES/76/40. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutRoot } from './root';
import { findDocument } from '../lib/corpus-index';
import { readDocument, tooLarge, MAX_INPUT_BYTES } from '../lib/io/read';
import { ResodiffError, type ResolutionDocument } from '../lib/core/types';

/** Where a FILE argument points: a path that exists, or else the corpus entry of that symbol. */
function locate(arg: string): { path: string; name: string } {
	try {
		const info = statSync(arg);
		if (info.isDirectory()) throw new ResodiffError('not-found', 'is a folder, not a file', { file: arg });
		return { path: arg, name: arg };
	} catch (error) {
		if (error instanceof ResodiffError) throw error;
		const entry = findDocument(arg);
		if (entry) return { path: join(checkoutRoot(), 'corpus', entry.file), name: entry.symbol };
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'EACCES' ? 'permission denied' : 'no such file, and no corpus document has that symbol';
		throw new ResodiffError('not-found', why, { file: arg });
	}
}

/**
 * Reads the bytes of one FILE argument, and the name to report it by.
 *
 * WHY synchronous reads: the command does nothing else meanwhile, and a promise-based read hands the
 * file to libuv's thread pool and waits for it, idling the main thread for a few milliseconds a file.
 */
export function readFileBytes(arg: string): { bytes: Uint8Array; name: string } {
	const { path, name } = locate(arg);
	const info = statSync(path);
	// Refused before reading, so a huge file costs no memory.
	if (info.size > MAX_INPUT_BYTES) throw tooLarge(info.size, MAX_INPUT_BYTES, name);
	try {
		return { bytes: new Uint8Array(readFileSync(path)), name };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ResodiffError(
			'not-found',
			code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`,
			{ file: name }
		);
	}
}

/** Reads one FILE argument into a document. */
export async function readFileArgument(arg: string): Promise<ResolutionDocument> {
	const { bytes, name } = readFileBytes(arg);
	return readDocumentBytes(bytes, name);
}

/** Reads the bytes of a file into a document, as every command does (text in any encoding, Markdown, PDF). */
export function readDocumentBytes(bytes: Uint8Array, name: string): Promise<ResolutionDocument> {
	// pdfjs is loaded only when a PDF is read.
	const readPdf = async (pdf: Uint8Array, file: string) =>
		(await import('../lib/io/pdf-node')).readPdfInNode(pdf, file);
	return readDocument({ bytes, name }, { readPdf });
}
