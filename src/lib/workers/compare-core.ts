/**
 * The work itself, the same wherever it runs (the worker, or the page when workers are
 * unavailable): read both documents (text, or PDF through pdfjs), then align and diff.
 */
import { compareDocuments } from '../core/index';
import type { Comparison, ResolutionDocument } from '../core/types';
import { readDocument, type DocumentInput } from '../io/read';
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

/** Reads both documents and compares them; when neither can be read, the error names both. */
export async function compareSides(input: { old: DocumentInput; new: DocumentInput }): Promise<Comparison> {
	const [oldDoc, newDoc] = await readAll([readSide(input.old), readSide(input.new)]);
	return compareDocuments(oldDoc, newDoc);
}
