/**
 * The part of pdfjs-dist the PDF reader uses, described structurally so that both builds (the legacy build in
 * Node, the modern one in browsers) and a test double fit; how a document is opened; and how what pdfjs throws
 * becomes one of resodiff's errors.
 *
 * The reader asks pdfjs for one thing per page: the operator list (`getOperatorList`), which carries every
 * glyph drawn with its width and Unicode value, every change of font, text matrix and spacing, and every path.
 * Words, spaces and lines are rebuilt from that (glyphs.ts), as poppler's text output does from the content
 * stream; pdfjs's own text extraction (`getTextContent`) is not used, since it merges glyphs into strings and
 * decides spaces from a share of the font size, which cuts words that a justified line kerns apart.
 */
import { ResodiffError, type ErrorLocation } from '../../core/types';
import { textOnly } from './text-only';

/** A glyph of a `showText` operation as pdfjs serialises it (the fields read here). */
export interface PdfjsGlyph {
	/** The text the glyph stands for, from the font's ToUnicode map or encoding ("" when unknown). */
	unicode: string;
	/** Advance width in glyph space (usually thousandths of the font size; see the font's `fontMatrix`). */
	width: number;
	/** Word spacing applies after the glyph: a one-byte character code 32 (the space, in most fonts). */
	isSpace: boolean;
	/** Character code in the font: two codes for one `unicode` betray a damaged ToUnicode map. */
	originalCharCode?: number;
}

/** A font as pdfjs hands it to the main thread in `commonObjs` (the fields read here). */
export interface PdfjsFont {
	name?: string;
	bold?: boolean;
	black?: boolean;
	italic?: boolean;
	vertical?: boolean;
	/** Glyph space to text space; `[0.001, 0, 0, 0.001, 0, 0]` for most fonts. */
	fontMatrix?: number[];
}

/** An operator list: parallel arrays of operator codes and their arguments. */
export interface PdfjsOperatorList {
	fnArray: number[];
	argsArray: unknown[];
}

/** A pdfjs page (the members read here). */
export interface PdfjsPage {
	/** The page box [x0, y0, x1, y1] in PDF units (1/72 inch). */
	view: number[];
	getOperatorList(params?: { annotationMode?: number }): Promise<PdfjsOperatorList>;
	commonObjs: { has(id: string): boolean; get(id: string, callback?: (data: unknown) => void): unknown };
	cleanup(): unknown;
}

/** A pdfjs document proxy (the members read here). */
export interface PdfjsDocument {
	numPages: number;
	getPage(pageNumber: number): Promise<PdfjsPage>;
}

/** What `getDocument` is given. */
export interface PdfjsDocumentParams {
	data: Uint8Array;
	cMapUrl?: string;
	cMapPacked?: boolean;
	standardFontDataUrl?: string;
	useWorkerFetch?: boolean;
	useSystemFonts?: boolean;
	isEvalSupported?: boolean;
	disableFontFace?: boolean;
	fontExtraProperties?: boolean;
	maxImageSize?: number;
	verbosity?: number;
}

/** The operator codes the reader interprets (pdfjs's `OPS`). */
export interface PdfjsOps {
	save: number;
	restore: number;
	transform: number;
	setGState: number;
	constructPath: number;
	paintFormXObjectBegin: number;
	paintFormXObjectEnd: number;
	beginText: number;
	setCharSpacing: number;
	setWordSpacing: number;
	setHScale: number;
	setLeading: number;
	setFont: number;
	setTextRise: number;
	moveText: number;
	setLeadingMoveText: number;
	setTextMatrix: number;
	nextLine: number;
	showText: number;
}

/** The pdfjs module as imported (`pdfjs-dist/legacy/build/pdf.mjs` or `pdfjs-dist`). */
export interface PdfjsModule {
	getDocument(params: PdfjsDocumentParams): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
	OPS: PdfjsOps;
}

/** Where pdfjs finds what it may need besides the PDF: the packed CMaps and the standard fonts. */
export interface PdfjsAssets {
	/** Folder of the packed CMaps, ending in `/`: a file path in Node, an absolute http(s) URL in a browser. */
	cMapUrl?: string;
	/** Folder of the standard fonts, ending in `/`; the same two forms as `cMapUrl`. */
	standardFontDataUrl?: string;
	/**
	 * pdfjs's worker, which parses the file: a `PDFWorker` on a port to a thread of its own (pdf-node.ts). Absent,
	 * pdfjs uses its default: the worker given in `GlobalWorkerOptions`, else the fake worker in-process.
	 */
	worker?: unknown;
}

/**
 * Starts pdfjs on a copy of the bytes (pdfjs detaches the buffer it is given; the caller keeps its own), with
 * what text reading does not need hidden from it (text-only.ts).
 */
export function openPdf(pdfjs: PdfjsModule, bytes: Uint8Array, assets: PdfjsAssets) {
	const remote = [assets.cMapUrl, assets.standardFontDataUrl].some((url) => url && /^https?:/i.test(url));
	const data = textOnly(bytes);
	return pdfjs.getDocument({
		data: data === bytes ? bytes.slice() : data,
		...(assets.worker ? { worker: assets.worker } : {}),
		cMapUrl: assets.cMapUrl,
		cMapPacked: true,
		standardFontDataUrl: assets.standardFontDataUrl,
		// With http(s) URLs pdfjs's own worker fetches CMaps and fonts: a web worker has no `document` for
		// pdfjs's main-thread fetch to resolve against.
		useWorkerFetch: remote,
		// A font the PDF names but does not embed (Times New Roman in Word's PDFs) needs only its metrics, which
		// the PDF carries or pdfjs knows: loading a substitute font program from the standard fonts is wasted.
		useSystemFonts: true,
		// Nothing is rendered, so no font is ever installed in a document, and no code is compiled from font
		// programs (the app's Content-Security-Policy forbids eval anyway).
		isEvalSupported: false,
		disableFontFace: true,
		// Images are neither text nor layout: pdfjs skips every image bigger than this many pixels instead of
		// decoding it (the emblem and the QR code of a first page cost more than its text).
		maxImageSize: 0,
		verbosity: 0
	});
}

/** pdfjs's AnnotationMode.DISABLE: the operator list without annotations (links, form fields, stamps). */
export const WITHOUT_ANNOTATIONS = 0;

/** The name of an error pdfjs threw (`PasswordException`, `InvalidPDFException`, …). */
export function errorName(error: unknown): string {
	return typeof error === 'object' && error !== null && 'name' in error
		? String((error as { name: unknown }).name)
		: '';
}

/** An error's first line, at most 120 characters, for a warning or an error message. */
export function oneLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const line = message.split('\n')[0].trim().replace(/\.$/, '');
	return line.length > 120 ? `${line.slice(0, 117)}…` : line || 'unknown error';
}

/** Turns what pdfjs throws while opening a document into one of resodiff's errors. */
export function toPdfError(error: unknown, where: ErrorLocation): ResodiffError {
	if (error instanceof ResodiffError) return error;
	if (errorName(error) === 'PasswordException') {
		return new ResodiffError(
			'pdf-encrypted',
			'the PDF is encrypted (password-protected); save an unprotected copy and read that',
			where
		);
	}
	return new ResodiffError(
		'pdf-broken',
		`the PDF is damaged or truncated and cannot be read (${oneLine(error)})`,
		where
	);
}
