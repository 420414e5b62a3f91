/**
 * Reading a document from bytes, wherever the bytes come from: a file on disk (CLI), a file the user
 * picked or dropped (browser), a corpus entry. Text is decoded and parsed by the core; a PDF goes
 * through pdfjs first, loaded by the caller so that Node and the browser each bring their own build.
 */
import { decodeText } from '../core/text/decode';
import { parseResolution } from '../core/document/parse';
import { ResodiffError, type ResolutionDocument } from '../core/types';

/** Largest input accepted, in bytes (64 MiB): a whole session's omnibus text is far below it. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Bytes to read and the name to report them by (a file name or a corpus symbol). */
export interface DocumentInput {
	bytes: Uint8Array;
	name: string;
}

/** Turns PDF bytes into the clean text shape the parser reads; supplied by the environment. */
export type PdfTextReader = (
	bytes: Uint8Array,
	name: string
) => Promise<{ text: string; warnings: string[]; meta?: Partial<ResolutionDocument['meta']> }>;

/** Options of {@link readDocument}. */
export interface ReadOptions {
	/** Reads a PDF; without it a PDF is refused with a clear error. */
	readPdf?: PdfTextReader;
	/** Largest input in bytes; default {@link MAX_INPUT_BYTES}. */
	maxBytes?: number;
}

/** The error for a file over the size limit. */
export function tooLarge(size: number, limit: number, name: string): ResodiffError {
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	return new ResodiffError('too-large', `the file is ${mb(size)}; resodiff reads files up to ${mb(limit)}`, {
		file: name
	});
}

/** True when the bytes are a PDF file (its header may follow a little junk, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 1024);
	for (let i = 0; i + 4 < head.length; i++) {
		if (
			head[i] === 0x25 &&
			head[i + 1] === 0x50 &&
			head[i + 2] === 0x44 &&
			head[i + 3] === 0x46 &&
			head[i + 4] === 0x2d
		) {
			return true;
		}
	}
	return false;
}

/** Reads bytes (text in any supported encoding, or PDF) into a document. */
export async function readDocument(input: DocumentInput, options: ReadOptions = {}): Promise<ResolutionDocument> {
	const { bytes, name } = input;
	const limit = options.maxBytes ?? MAX_INPUT_BYTES;
	if (bytes.length > limit) throw tooLarge(bytes.length, limit, name);
	if (bytes.length === 0) throw new ResodiffError('empty', 'the file is empty', { file: name });
	if (isPdf(bytes)) {
		if (!options.readPdf) throw new ResodiffError('usage', 'PDF files cannot be read here', { file: name });
		const pdf = await options.readPdf(bytes, name);
		const doc = withSource(parseResolution(pdf.text, { source: name }), name);
		// What the text says wins; the PDF's letterhead fills what the text left unknown.
		doc.meta = { ...doc.meta, ...definedOnly(pdf.meta ?? {}), ...definedOnly(doc.meta), shape: 'pdf' };
		if (pdf.warnings.length) doc.warnings = [...pdf.warnings, ...(doc.warnings ?? [])];
		return doc;
	}
	const text = decodeText(bytes, { file: name });
	return withSource(parseResolution(text, { source: name }), name);
}

function withSource(doc: ResolutionDocument, name: string): ResolutionDocument {
	doc.meta.source = name;
	return doc;
}

function definedOnly<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
