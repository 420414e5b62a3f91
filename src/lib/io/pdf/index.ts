/**
 * Reading a PDF into the clean text shape the parser reads (the shape of corpus/A-RES-76-40.zh.txt):
 * paragraphs separated by blank lines, `**bold**` runs, footnote marks as Unicode superscripts in the text and
 * footnote lines `¹ text`. The pipeline, one module per step:
 *
 *   bytes → drawing operators → glyphs (glyphs.ts) → runs with their spaces (words.ts) → lines
 *   (lines.ts) → masthead and running headers and footers out (furniture.ts) → footnotes out of the flow
 *   (footnotes.ts) → paragraphs (paragraphs.ts) → clean text (write.ts)
 *
 * The operators come from resodiff's own text-only reader (direct/, {@link extractPdfTextDirect}) for the
 * PDFs it takes on, the ones Word and LibreOffice write, straight from their content streams, and from pdfjs's
 * operator lists ({@link extractPdfText}) for every other; both drive the one glyph reader with the same
 * operators, so everything from the glyphs on is one code path.
 *
 * This module is environment-neutral: the caller brings the pdfjs module (the legacy build in Node, the modern
 * build with its web worker in browsers; see pdf-node.ts and pdf-browser.ts) and where pdfjs finds its CMaps
 * and standard fonts. Everything after the glyphs is a pure function of them, tested on its own.
 */
import { findMisreadLetters } from '../../core/text/misread-letters';
import { misreadExamples, type Warning } from '../../core/warnings';
import { ResodiffError, type DocumentMeta, type ErrorLocation } from '../../core/types';
import { findDamagedLetters, readPageGlyphs, type GlyphDocument, type PdfPageGlyphs } from './glyphs';
import { layoutPdfPages, type PdfPageRuns } from './layout';
import { openDirect, type Inflate } from './direct/index';
import {
	errorName,
	oneLine,
	openPdf,
	toPdfError,
	type PdfjsAssets,
	type PdfjsDocument,
	type PdfjsModule,
	type PdfjsOps
} from './pdfjs';
import { buildRuns, measureSpaceWidths } from './words';

export { layoutPdfPages, readPdfLines, type LayoutOptions, type PdfLayout, type PdfPageRuns } from './layout';
export type { PdfjsModule } from './pdfjs';
export { inflateWithStreams, type Inflate } from './direct/index';
export type { PdfTextRun } from './words';
export type { PdfRule } from './glyphs';

/** Options of {@link extractPdfText}. */
export interface ExtractPdfOptions extends PdfjsAssets {
	/** Name of the file, for error messages and `meta.source`. */
	file?: string;
	/** The loaded pdfjs module (see `loadPdfjsForNode` / `loadPdfjsForBrowser`). */
	pdfjs: PdfjsModule;
	/** Pages read at most (1 … any); later pages are dropped with a warning. Default 2,000. */
	maxPages?: number;
}

/** The text of a PDF in the parser's clean shape, with what was learnt on the way. */
export interface PdfText {
	text: string;
	/** Pages in the PDF. */
	pages: number;
	/** What was dropped or doubtful, one line each (an unreadable page, pages beyond `maxPages`, a damaged text layer). */
	warnings: Warning[];
	/** What the masthead and running headers say: `symbol`, `date` (of issue), `session`, `language`. */
	meta: Partial<DocumentMeta>;
}

/** Pages whose operator lists are asked of pdfjs at once. Unit: pages; more only holds more in memory. */
const PAGES_IN_FLIGHT = 4;

/** Defaults of the options, in one place. */
export const PDF_DEFAULTS = {
	maxPages: 2000
} as const;

/**
 * The warning for a damaged text layer, or null: the letters misread as the words show them (the language's
 * common words missing, look-alikes one letter away in their place; core/text/misread-letters.ts), else the
 * letters that one font draws from two glyphs (glyphs.ts), which also serves scripts without a list of common
 * words.
 */
function describeDamage(text: string, language: string | undefined, pages: PdfPageGlyphs[]): Warning | null {
	const misread = findMisreadLetters(text, language);
	if (misread.length) return { kind: 'pdf-misread', letters: misreadExamples(misread) };
	const damaged = findDamagedLetters(pages);
	return damaged.length ? { kind: 'pdf-damaged', letters: damaged } : null;
}

/** Reads a PDF's bytes into text in the parser's clean shape; throws {@link ResodiffError} `pdf-*`. */
export async function extractPdfText(bytes: Uint8Array, options: ExtractPdfOptions): Promise<PdfText> {
	const where: ErrorLocation = options.file ? { file: options.file } : {};
	const task = openPdf(options.pdfjs, bytes, options);
	try {
		const doc = await task.promise.catch((error: unknown) => {
			throw toPdfError(error, where);
		});
		return await readDocument(pdfjsGlyphs(doc, options.pdfjs.OPS), options, false);
	} finally {
		await task.destroy().catch(() => undefined);
	}
}

/** Options of {@link extractPdfTextDirect}. */
export interface ExtractPdfDirectOptions {
	file?: string;
	maxPages?: number;
	/** Inflates Flate streams: Node's zlib in Node, `inflateWithStreams` elsewhere. */
	inflate: Inflate;
}

/**
 * Reads a PDF with resodiff's own text-only reader (direct/): the text pdfjs would give, or null when the
 * reader does not take the file on (anything but the common Word and LibreOffice PDFs) or fails in any way.
 * Then pdfjs reads it ({@link extractPdfText}), with its own errors and warnings.
 *
 * A file whose every page it did read is judged here, as pdfjs would judge it: pdfjs draws the same glyphs
 * (direct.test.ts compares the two on every PDF the project keeps), and from the glyphs on both readings are
 * one code path. So a PDF without a text layer throws {@link ResodiffError} `pdf-no-text` at once, instead of
 * being read a second time by pdfjs to the same end. What the reader cannot judge it declines: an encrypted
 * file (pdfjs opens those with an empty password), a damaged cross-reference table (pdfjs rebuilds it).
 */
export async function extractPdfTextDirect(
	bytes: Uint8Array,
	options: ExtractPdfDirectOptions
): Promise<PdfText | null> {
	try {
		const doc = await openDirect(bytes, options.inflate);
		return await readDocument(doc, options, true);
	} catch (error) {
		// The file's own verdict, found after its glyphs were read (the direct reader throws no ResodiffError).
		if (error instanceof ResodiffError) throw error;
		// Declined (Unsupported: a structure, font or operator the reader does not know), or a fault of the
		// reader's own: pdfjs reads the file, with its own recovery, errors and warnings.
		return null;
	}
}

/** A pdfjs document, its pages read into glyphs from their operator lists. */
function pdfjsGlyphs(doc: PdfjsDocument, OPS: PdfjsOps): GlyphDocument {
	return {
		numPages: doc.numPages,
		async readPage(n) {
			const page = await doc.getPage(n);
			try {
				return await readPageGlyphs(page, OPS, n);
			} finally {
				page.cleanup();
			}
		}
	};
}

/**
 * A document's pages read into glyphs and on into text. `strict`: a page that cannot be read fails the whole
 * reading (the direct reader's pages are all or nothing), instead of being skipped with a warning.
 */
async function readDocument(
	doc: GlyphDocument,
	options: { file?: string; maxPages?: number },
	strict: boolean
): Promise<PdfText> {
	const where: ErrorLocation = options.file ? { file: options.file } : {};
	const maxPages = Math.max(1, Math.floor(options.maxPages ?? PDF_DEFAULTS.maxPages));
	const warnings: Warning[] = [];
	const count = Math.min(doc.numPages, maxPages);
	if (doc.numPages > maxPages) warnings.push({ kind: 'pages-limit', read: maxPages, pages: doc.numPages });
	const pages: PdfPageGlyphs[] = new Array(count);
	const failures: Warning[] = new Array(count);
	const unread = new Set<number>();
	const readPage = async (n: number): Promise<void> => {
		try {
			pages[n - 1] = await doc.readPage(n);
		} catch (error) {
			if (strict) throw error;
			if (errorName(error) === 'PasswordException') throw toPdfError(error, where);
			failures[n - 1] = { kind: 'page-unreadable', page: n, reason: oneLine(error) };
			unread.add(n);
			pages[n - 1] = { number: n, width: 0, height: 0, glyphs: [], fonts: [], rules: [], letters: [] };
		}
	};
	// A few pages in flight at once: pdfjs inflates a page's streams off the main thread, and meanwhile
	// parses another's.
	let next = 1;
	const lane = async () => {
		while (next <= count) await readPage(next++);
	};
	await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, count) }, lane));
	warnings.push(...failures.filter(Boolean));
	const inked = (page: PdfPageGlyphs) => page.glyphs.some((g) => !g.space && g.text.trim());
	if (!pages.some(inked)) {
		throw new ResodiffError('pdf-no-text', 'the PDF has no text layer (a scanned image?); it needs OCR first', where);
	}
	for (const page of pages) {
		if (!unread.has(page.number) && !inked(page)) {
			warnings.push({ kind: 'page-no-text', page: page.number });
		}
	}
	const spaceEms = measureSpaceWidths(pages);
	const runs: PdfPageRuns[] = pages.map((page) => ({
		number: page.number,
		width: page.width,
		height: page.height,
		runs: buildRuns(page, spaceEms),
		rules: page.rules
	}));
	const layout = layoutPdfPages(runs);
	const damage = describeDamage(layout.text, layout.meta.language, pages);
	if (damage) warnings.push(damage);
	const meta: Partial<DocumentMeta> = { ...layout.meta, shape: 'pdf' };
	if (options.file) meta.source = options.file;
	return { text: layout.text, pages: doc.numPages, warnings, meta };
}
