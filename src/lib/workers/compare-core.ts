/**
 * The work itself, the same wherever it runs (the worker, or the page when workers are
 * unavailable): read both documents (text, Word, or PDF through pdfjs), then align and diff; or read
 * one Word draft's two versions (before and after its tracked changes) and compare those.
 */
import { compareDocuments } from '../core/index';
import type { Comparison, ResolutionDocument } from '../core/types';
import { readDocument, readRevisionPair, type DocumentInput } from '../io/read';
import { readAll } from '../io/read-all';

/** Reads a PDF through pdfjs, loaded on the first PDF only (it is the largest chunk of the app). */
async function readPdf(bytes: Uint8Array, name: string) {
	const { readPdfInBrowser } = await import('../io/pdf-browser');
	return readPdfInBrowser(bytes, name);
}

/** Reads one document from its bytes. */
export function readSide(input: DocumentInput): Promise<ResolutionDocument> {
	return readDocument(input, { readPdf });
}

/** What to compare: two documents, or one Word draft with its own tracked changes. */
export type CompareInputs = { old: DocumentInput; new: DocumentInput } | { draft: DocumentInput };

/**
 * Reads both documents (or a draft's two versions) and compares them; when neither of two documents can be
 * read, the error names both.
 */
export async function compareSides(input: CompareInputs): Promise<Comparison> {
	if ('draft' in input) {
		const pair = readRevisionPair(input.draft);
		return compareDocuments(pair.original, pair.accepted);
	}
	const [oldDoc, newDoc] = await readAll([readSide(input.old), readSide(input.new)]);
	return compareDocuments(oldDoc, newDoc);
}
