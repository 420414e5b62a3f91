/**
 * Reading a document from bytes, wherever the bytes come from: a file on disk (CLI), a file the user
 * picked or dropped (browser), a corpus entry. The kind of file is told by its first bytes, then by its
 * name ({@link FILE_KINDS}); text is decoded and parsed by the core; a PDF goes through pdfjs first,
 * loaded by the caller so that Node and the browser each bring their own build; a Word or OpenDocument
 * file through the word-processor readers (word/), which give its text in the same clean shape, in
 * either version when it has tracked changes.
 */
import { decodeText } from '../core/text/decode';
import { parseResolution } from '../core/document/parse';
import { readMasthead } from '../core/document/masthead';
import { ResodiffError, type ResolutionDocument, type Warning } from '../core/types';
import { isWordFile, WORD_EXTENSIONS } from './word/sniff';
import type { RevisionView, WordText } from './word/index';

export type { RevisionView } from './word/index';

/**
 * The word-processor readers (the XML and zip libraries with them), loaded on the first Word file only:
 * a page or worker that reads text and PDFs never fetches them. (A Word draft compared with its own
 * tracked changes is read by revisions.ts.)
 */
const loadWordReader = () => import('./word/index');

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
) => Promise<{ text: string; warnings: Warning[]; meta?: Partial<ResolutionDocument['meta']> }>;

/** Options of {@link readDocument}. */
export interface ReadOptions {
	/** Reads a PDF; without it a PDF is refused with a clear error. */
	readPdf?: PdfTextReader;
	/** Largest input in bytes; default {@link MAX_INPUT_BYTES}. */
	maxBytes?: number;
	/** The version of a Word file with tracked changes: every change `accepted` (default), or the `original`. */
	revisions?: RevisionView;
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

/** A kind of file resodiff reads; anything that is none of the others is read as text. */
export type FileKind = 'pdf' | 'word' | 'text';

/** How one kind of file is recognised. */
export interface FileSignature {
	kind: Exclude<FileKind, 'text'>;
	/** True when the first bytes say this kind. */
	sniff: (bytes: Uint8Array) => boolean;
	/** Lower-case extensions with their dot, for a file whose bytes do not say. */
	extensions: readonly string[];
}

/**
 * How each kind of file is recognised: by its first bytes (which never lie about a PDF), and failing
 * that by the extension of its name, so that a damaged PDF without its header is still reported as a
 * PDF that cannot be read rather than as text in a strange encoding. Order matters: the first match
 * wins. A new kind (a Word file) is one more entry here and one more case in {@link readDocument}.
 */
export const FILE_KINDS: readonly FileSignature[] = [
	{ kind: 'pdf', sniff: isPdf, extensions: ['.pdf'] },
	// A zip package (.docx, .odt) or an OLE compound file (a Word 97–2003 .doc, or an encrypted .docx,
	// which is refused with a line that says what to do).
	{
		kind: 'word',
		sniff: (bytes) => isWordFile(bytes, ''),
		extensions: WORD_EXTENSIONS
	}
];

/** The kind of a file, from its bytes first and its name second. */
export function detectKind(bytes: Uint8Array, name: string): FileKind {
	const byBytes = FILE_KINDS.find((k) => k.sniff(bytes));
	if (byBytes) return byBytes.kind;
	const lower = name.toLowerCase();
	return FILE_KINDS.find((k) => k.extensions.some((ext) => lower.endsWith(ext)))?.kind ?? 'text';
}

/** Reads bytes (text in any supported encoding, or PDF) into a document. */
export async function readDocument(input: DocumentInput, options: ReadOptions = {}): Promise<ResolutionDocument> {
	const { bytes, name } = input;
	const limit = options.maxBytes ?? MAX_INPUT_BYTES;
	if (bytes.length > limit) throw tooLarge(bytes.length, limit, name);
	if (bytes.length === 0) throw new ResodiffError('empty', 'the file is empty', { file: name });
	switch (detectKind(bytes, name)) {
		case 'pdf':
			return readPdfDocument(input, options);
		case 'word': {
			const word = await loadWordReader();
			return wordDocument(
				word.readWordText(bytes, { file: name }),
				word.textOfView,
				name,
				options.revisions ?? 'accepted'
			);
		}
		case 'text':
			return withSource(parseResolution(decodeText(bytes, { file: name }), { source: name }), name);
	}
}

async function readPdfDocument({ bytes, name }: DocumentInput, options: ReadOptions): Promise<ResolutionDocument> {
	if (!options.readPdf) throw new ResodiffError('usage', 'PDF files cannot be read here', { file: name });
	let pdf: Awaited<ReturnType<PdfTextReader>>;
	try {
		pdf = await options.readPdf(bytes, name);
	} catch (error) {
		// Named .pdf but without a PDF header, and pdfjs could make nothing of it either.
		if (error instanceof ResodiffError && error.code === 'pdf-broken' && !isPdf(bytes)) {
			throw new ResodiffError(
				'pdf-broken',
				'not a PDF: it has no PDF header (damaged, or another kind of file named .pdf); get the PDF again',
				{ file: name }
			);
		}
		throw error;
	}
	const doc = withSource(parseResolution(pdf.text, { source: name, checkLetters: false }), name);
	// What the text says wins; the PDF's letterhead fills what the text left unknown.
	doc.meta = { ...doc.meta, ...definedOnly(pdf.meta ?? {}), ...definedOnly(doc.meta), shape: 'pdf' };
	if (pdf.warnings.length) doc.warnings = [...pdf.warnings, ...(doc.warnings ?? [])];
	return doc;
}

/** Parses one version of a word-processor file's text (read by the Word readers, passed in). */
export function wordDocument(
	word: WordText,
	textOfView: (word: WordText, view: RevisionView) => string,
	name: string,
	view: RevisionView
): ResolutionDocument {
	const doc = withSource(parseResolution(textOfView(word, view), { source: name, shape: 'markdown' }), name);
	doc.meta.shape = word.format;
	// A draft's masthead in its first page's header names the document: its symbol, date and distribution win
	// over what the body's letterhead suggested (a draft typed over last year's resolution keeps its number).
	if (word.masthead.length) doc.meta = { ...doc.meta, ...readMasthead(word.masthead) };
	if (word.revisions) doc.meta.revisions = view;
	if (word.warnings.length) doc.warnings = [...word.warnings, ...(doc.warnings ?? [])];
	return doc;
}

function withSource(doc: ResolutionDocument, name: string): ResolutionDocument {
	doc.meta.source = name;
	return doc;
}

function definedOnly<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
