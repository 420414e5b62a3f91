/**
 * Reading a PDF into the clean text shape the parser reads (the shape of corpus/A-RES-76-40.zh.txt):
 * paragraphs separated by blank lines, `**bold**` runs, footnote marks as Unicode superscripts in the
 * text and footnote lines `¹ text`. The pipeline is bytes → pdfjs text items → lines → paragraphs → text.
 *
 * This module is environment-neutral: the caller brings the pdfjs module (the legacy build in Node, the
 * modern build with its web worker in browsers; see pdf-node.ts and pdf-browser.ts) and where pdfjs finds
 * its CMaps and standard fonts. Everything after pdfjs ({@link layoutPdfPages}) is a pure function of the
 * positioned text runs, tested on its own.
 *
 * Why geometry and not stream order: a PDF draws text in whatever order its producer chose (Word draws a
 * running header after the body, Chromium draws an inline-block after the line it sits in, a letterhead
 * table cell by cell), so lines are rebuilt from positions (baseline, then x), and spaces from the gaps
 * between runs. What a UN document adds on top is page furniture (symbol, title, job number `21-18145 (C)`,
 * page numbers `2/3`, repeated on every page), a letterhead table on the first page, footnotes set in
 * smaller type at the foot of their page, and Word's "fake bold" that draws a word four times a hair apart.
 */
import {
	BARCODE_LINE,
	DISTRIBUTION_LINE,
	ORGAN_LINE,
	PAGE_NUMBER_IN_BAND,
	RECYCLE_LINE,
	SYMBOL_LINE,
	isJobNumberLine,
	sessionOfSymbol
} from '../core/document/un-patterns';
import { chineseDrafting, englishDrafting } from '../core/document/drafting';
import { ResodiffError, type DocumentMeta, type ErrorLocation } from '../core/types';

// ---------------------------------------------------------------------------------------------------
// The part of pdfjs used here, structurally, so that both builds (and a test double) fit.

/** A text item as pdfjs `getTextContent` returns it (only the fields read here). */
export interface PdfjsTextItem {
	str: string;
	/** Text matrix: [a, b, c, d, e, f]; e, f is the baseline origin in page space, |(c, d)| the font size. */
	transform: number[];
	/** Advance width in page units. */
	width: number;
	height: number;
	/** Id of the font in the page's `commonObjs` (filled by `getOperatorList`). */
	fontName: string;
}

/** A pdfjs page (the members read here). */
export interface PdfjsPage {
	/** The page box [x0, y0, x1, y1] in PDF units (1/72 inch). */
	view: number[];
	getTextContent(): Promise<{ items: unknown[] }>;
	getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
	commonObjs: { has(id: string): boolean; get(id: string): unknown };
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
	isEvalSupported?: boolean;
	disableFontFace?: boolean;
	verbosity?: number;
}

/** The pdfjs module as imported (`pdfjs-dist/legacy/build/pdf.mjs` or `pdfjs-dist`). */
export interface PdfjsModule {
	getDocument(params: PdfjsDocumentParams): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
	/** Operator codes; the path and transform operators locate the short rule above footnotes. */
	OPS: {
		save: number;
		restore: number;
		transform: number;
		constructPath: number;
		paintFormXObjectBegin: number;
		paintFormXObjectEnd: number;
	};
}

// ---------------------------------------------------------------------------------------------------
// Public interface

/** Options of {@link extractPdfText}. */
export interface ExtractPdfOptions {
	/** Name of the file, for error messages and `meta.source`. */
	file?: string;
	/** The loaded pdfjs module (see `loadPdfjsForNode` / `loadPdfjsForBrowser`). */
	pdfjs: PdfjsModule;
	/**
	 * Folder of pdfjs's packed CMaps, ending in `/`: a file path in Node, an absolute http(s) URL in a
	 * browser (then pdfjs's worker fetches them itself). Chinese PDFs with predefined CMaps need them.
	 */
	cMapUrl?: string;
	/** Folder of pdfjs's standard fonts, ending in `/`; the same two forms as `cMapUrl`. */
	standardFontDataUrl?: string;
	/** Pages read at most (1 … any); later pages are dropped with a warning. Default 2,000. */
	maxPages?: number;
}

/** The text of a PDF in the parser's clean shape, with what was learnt on the way. */
export interface PdfText {
	text: string;
	/** Pages in the PDF. */
	pages: number;
	/** What was dropped or doubtful, one line each (an unreadable page, pages beyond `maxPages`). */
	warnings: string[];
	/** What the letterhead and running headers say: `symbol`, `date` (of issue), `session`. */
	meta: Partial<DocumentMeta>;
}

/** A run of text as positioned on the page: the unit {@link layoutPdfPages} works on. */
export interface PdfTextRun {
	text: string;
	/** Left end of the baseline, in PDF units from the page's left edge. */
	x: number;
	/** Baseline, in PDF units from the page's bottom edge (y grows upwards, as in PDF). */
	y: number;
	/** Advance width in PDF units. */
	width: number;
	/** Font size in PDF units. */
	size: number;
	/** Set in a bold face (by the font's name or flags). */
	bold: boolean;
}

/** A horizontal rule drawn on the page (the short line above footnotes), in the same units as runs. */
export interface PdfRule {
	x: number;
	y: number;
	width: number;
}

/** One page as positioned runs. */
export interface PdfPageRuns {
	/** 1-based page number. */
	number: number;
	width: number;
	height: number;
	runs: PdfTextRun[];
	rules?: PdfRule[];
}

/** Defaults of the options, in one place. */
export const PDF_DEFAULTS = {
	maxPages: 2000
} as const;

/** Reads a PDF's bytes into text in the parser's clean shape; throws {@link ResodiffError} `pdf-*`. */
export async function extractPdfText(bytes: Uint8Array, options: ExtractPdfOptions): Promise<PdfText> {
	const where: ErrorLocation = options.file ? { file: options.file } : {};
	const maxPages = Math.max(1, Math.floor(options.maxPages ?? PDF_DEFAULTS.maxPages));
	const remote = [options.cMapUrl, options.standardFontDataUrl].some((url) => url && /^https?:/i.test(url));
	const task = options.pdfjs.getDocument({
		// pdfjs transfers (detaches) the buffer it is given; the caller keeps its bytes.
		data: bytes.slice(),
		cMapUrl: options.cMapUrl,
		cMapPacked: true,
		standardFontDataUrl: options.standardFontDataUrl,
		// With http(s) URLs pdfjs's own worker fetches CMaps and fonts: a web worker has no `document`
		// for pdfjs's main-thread fetch to resolve against.
		useWorkerFetch: remote,
		// Nothing is rendered, so no font is ever installed in a document, and no code is compiled from
		// font programs (the app's Content-Security-Policy forbids eval anyway).
		isEvalSupported: false,
		disableFontFace: true,
		verbosity: 0
	});
	try {
		let doc: PdfjsDocument;
		try {
			doc = await task.promise;
		} catch (error) {
			throw toPdfError(error, where);
		}
		const warnings: string[] = [];
		const count = Math.min(doc.numPages, maxPages);
		if (doc.numPages > maxPages) {
			warnings.push(`only the first ${maxPages} of ${doc.numPages} pages were read`);
		}
		const pages: PdfPageRuns[] = [];
		for (let n = 1; n <= count; n++) {
			try {
				pages.push(await readPage(doc, n, options.pdfjs.OPS));
			} catch (error) {
				if (errorName(error) === 'PasswordException') throw toPdfError(error, where);
				warnings.push(`page ${n} could not be read (${oneLine(error)}); its text is missing`);
				pages.push({ number: n, width: 0, height: 0, runs: [] });
			}
		}
		const withText = pages.filter((p) => p.runs.some((r) => r.text.trim()));
		if (!withText.length) {
			throw new ResodiffError('pdf-no-text', 'the PDF has no text layer (a scanned image?); it needs OCR first', where);
		}
		for (const page of pages) {
			const unread = warnings.some((w) => w.startsWith(`page ${page.number} could not`));
			if (!unread && !page.runs.some((r) => r.text.trim())) {
				warnings.push(`page ${page.number} has no text layer (a scanned image?); its text is missing`);
			}
		}
		const layout = layoutPdfPages(pages);
		const meta: Partial<DocumentMeta> = { ...layout.meta, shape: 'pdf' };
		if (options.file) meta.source = options.file;
		return { text: layout.text, pages: doc.numPages, warnings: [...warnings, ...layout.warnings], meta };
	} finally {
		await task.destroy().catch(() => undefined);
	}
}

// ---------------------------------------------------------------------------------------------------
// pdfjs → runs

/** Font names that say bold: `SimSun,Bold`, `NotoSerifCJKsc-Bold`, `Arial-BoldMT`, `…Black`, `…Heavy`. */
const BOLD_FONT = /bold|black|heavy|demi|semibold|,b$|-b$/i;

async function readPage(doc: PdfjsDocument, pageNumber: number, OPS: PdfjsModule['OPS']): Promise<PdfPageRuns> {
	const page = await doc.getPage(pageNumber);
	try {
		const [x0, y0, x1, y1] = page.view;
		const content = await page.getTextContent();
		const items = content.items.filter(isTextItem);
		const fonts = new Map<string, boolean>();
		let rules: PdfRule[] = [];
		if (items.some((item) => item.str.trim())) {
			// The operator list loads the page's fonts into commonObjs: their names tell bold faces. It is
			// skipped on pages without text, which spares decoding a scanned page's image for nothing.
			const ops = await page.getOperatorList();
			for (const item of items) {
				if (!fonts.has(item.fontName)) fonts.set(item.fontName, isBoldFont(page, item.fontName));
			}
			rules = findRules(ops, OPS).map((r) => ({ x: r.x - x0, y: r.y - y0, width: r.width }));
		}
		const runs: PdfTextRun[] = [];
		for (const item of items) {
			const [a, b, c, d, e, f] = item.transform;
			const size = Math.hypot(c, d) || item.height;
			// Rotated or vertical text (a stamp, a margin note) is no part of the reading flow.
			if (!item.str || size <= 0 || Math.abs(b) > 0.05 * Math.abs(a) || Math.abs(c) > 0.05 * Math.abs(d)) continue;
			runs.push({
				text: item.str,
				x: e - x0,
				y: f - y0,
				width: item.width,
				size,
				bold: fonts.get(item.fontName) ?? false
			});
		}
		return { number: pageNumber, width: x1 - x0, height: y1 - y0, runs, rules };
	} finally {
		page.cleanup();
	}
}

function isTextItem(item: unknown): item is PdfjsTextItem {
	return (
		typeof item === 'object' &&
		item !== null &&
		typeof (item as PdfjsTextItem).str === 'string' &&
		Array.isArray((item as PdfjsTextItem).transform)
	);
}

function isBoldFont(page: PdfjsPage, id: string): boolean {
	try {
		if (!page.commonObjs.has(id)) return false;
		const font = page.commonObjs.get(id) as { name?: unknown; bold?: unknown; black?: unknown } | null;
		if (!font) return false;
		return (
			font.bold === true ||
			font.black === true ||
			(typeof font.name === 'string' && BOLD_FONT.test(font.name.replace(/^[A-Z]{6}\+/, '')))
		);
	} catch {
		return false;
	}
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
	return [
		m[0] * n[0] + m[2] * n[1],
		m[1] * n[0] + m[3] * n[1],
		m[0] * n[2] + m[2] * n[3],
		m[1] * n[2] + m[3] * n[3],
		m[0] * n[4] + m[2] * n[5] + m[4],
		m[1] * n[4] + m[3] * n[5] + m[5]
	];
}

/**
 * Thin horizontal paths (at most 2 units high, 3 … 60 % of a page wide): footnote rules, table rules,
 * underlines. The operator list gives each path's bounding box in the current user space, so the
 * transformation matrix is tracked through save/restore, `cm` and form XObjects.
 */
function findRules(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: PdfjsModule['OPS']): PdfRule[] {
	const rules: PdfRule[] = [];
	const stack: Matrix[] = [];
	let ctm: Matrix = [1, 0, 0, 1, 0, 0];
	for (let i = 0; i < ops.fnArray.length; i++) {
		const fn = ops.fnArray[i];
		const args = ops.argsArray[i] as unknown[] | null;
		if (fn === OPS.save) stack.push(ctm);
		else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
		else if (fn === OPS.transform && args && args.length >= 6)
			ctm = multiply(ctm, args.slice(0, 6).map(Number) as Matrix);
		else if (fn === OPS.paintFormXObjectBegin) {
			stack.push(ctm);
			const matrix = args?.[0] as ArrayLike<number> | null | undefined;
			if (matrix && matrix.length >= 6) ctm = multiply(ctm, Array.from(matrix).slice(0, 6) as Matrix);
		} else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
		else if (fn === OPS.constructPath && args) {
			const box = args[2] as ArrayLike<number> | null | undefined;
			if (!box || box.length < 4) continue;
			const corners = [
				[box[0], box[1]],
				[box[2], box[3]],
				[box[0], box[3]],
				[box[2], box[1]]
			].map(([px, py]) => [ctm[0] * px + ctm[2] * py + ctm[4], ctm[1] * px + ctm[3] * py + ctm[5]]);
			const xs = corners.map((p) => p[0]);
			const ys = corners.map((p) => p[1]);
			const width = Math.max(...xs) - Math.min(...xs);
			const height = Math.max(...ys) - Math.min(...ys);
			if (height <= 2 && width >= 8)
				rules.push({ x: Math.min(...xs), y: (Math.max(...ys) + Math.min(...ys)) / 2, width });
		}
	}
	return rules;
}

function errorName(error: unknown): string {
	return typeof error === 'object' && error !== null && 'name' in error
		? String((error as { name: unknown }).name)
		: '';
}

function oneLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const line = message.split('\n')[0].trim().replace(/\.$/, '');
	return line.length > 120 ? `${line.slice(0, 117)}…` : line || 'unknown error';
}

/** Turns what pdfjs throws while opening a document into one of resodiff's errors. */
function toPdfError(error: unknown, where: ErrorLocation): ResodiffError {
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

// ---------------------------------------------------------------------------------------------------
// runs → text

/** Options of {@link layoutPdfPages}. */
export interface LayoutOptions {
	/** Font size of the body text in PDF units (4 … 40); measured from the document when absent. */
	bodySize?: number;
}

/** A piece of a line: text with its weight, or a footnote mark (already in superscript digits). */
interface Segment {
	text: string;
	bold: boolean;
}

/** A line of text rebuilt from runs that share a baseline. */
interface Line {
	runs: PdfTextRun[];
	/** Baseline of the line's main runs. */
	y: number;
	/** Main font size: the size that carries most of the line's characters. */
	size: number;
	left: number;
	right: number;
	/** Cells: pieces of the line separated by wide gaps (table columns, header left and right). */
	cells: Segment[][];
	/** Plain text of the whole line, cells separated by a space. */
	text: string;
	page: number;
}

/** Superscript digits for footnote marks. */
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[\p{L}\p{N}]/u;
/** CJK and full-width punctuation (，。、；：《》（）): never a space beside it. */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef]/u;
/** Punctuation shared with Latin text (“ ” ‘ ’ — … ·): no space beside it when Chinese is on the other side. */
const SHARED_PUNCT = /[\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

/** True when no space belongs between two adjacent characters of Chinese text. */
function tight(a: string, b: string): boolean {
	const chinese = (c: string) => HAN.test(c) || CJK_PUNCT.test(c);
	if (CJK_PUNCT.test(a) || CJK_PUNCT.test(b) || (HAN.test(a) && HAN.test(b))) return true;
	return (SHARED_PUNCT.test(a) && (chinese(b) || SHARED_PUNCT.test(b))) || (SHARED_PUNCT.test(b) && chinese(a));
}

/** Kangxi radicals, CJK radicals supplement and compatibility ideographs: what a glyph's ToUnicode
 * often says instead of the unified ideograph (`⼤` for 大, `⽉` for 月); NFKC maps them back. */
const COMPATIBILITY = /[\u2e80-\u2fdf\uf900-\ufaff]/gu;

function normalizeGlyphs(text: string): string {
	return text.replace(COMPATIBILITY, (c) => c.normalize('NFKC'));
}

/**
 * Lays positioned runs out into the parser's clean text shape: lines by position, furniture and the
 * letterhead out (their symbol and date into `meta`), footnotes out of the flow and after the paragraph in
 * which their page ends, paragraphs joined across line and page breaks.
 */
export function layoutPdfPages(
	pages: PdfPageRuns[],
	options: LayoutOptions = {}
): { text: string; meta: Partial<DocumentMeta>; warnings: string[] } {
	const pageLines = pages.map((page) => buildLines(removeOverstrikes(cleanRuns(page.runs)), page.number));
	const bodySize = options.bodySize ?? measureBodySize(pageLines.flat());
	const meta: Partial<DocumentMeta> = {};
	const letterhead = takeLetterhead(pageLines, pages, meta);
	const furniture = findFurniture(pageLines, pages, bodySize);
	const symbols = new Map<string, number>();
	const spaced = measureSpacing(pageLines.flat());
	const zones = pages.map((page, i) => {
		const lines = pageLines[i].filter((line) => {
			if (letterhead.has(line)) return false;
			if (!furniture.has(line)) return true;
			for (const cell of line.cells) {
				const text = plain(cell);
				if (SYMBOL_LINE.test(text)) symbols.set(text, (symbols.get(text) ?? 0) + 1);
			}
			return false;
		});
		return splitFootnotes(lines, page, bodySize, spaced);
	});
	if (!meta.symbol && symbols.size) {
		meta.symbol = [...symbols.entries()].sort((a, b) => b[1] - a[1])[0][0];
		meta.session = sessionOfSymbol(meta.symbol);
	}
	const text = writeText(zones, bodySize, spaced);
	const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
	const letters = (text.match(/\p{L}/gu) ?? []).length;
	if (letters && han / letters > 0.3) meta.language = 'zh';
	return { text, meta, warnings: [] };
}

/** A page's lines in reading order as plain text, cells separated by ` | ` (for tests and debugging). */
export function readPdfLines(page: PdfPageRuns): string[] {
	return buildLines(removeOverstrikes(cleanRuns(page.runs)), page.number).map((line) =>
		line.cells.map(plain).join(' | ')
	);
}

function cleanRuns(runs: PdfTextRun[]): PdfTextRun[] {
	const out: PdfTextRun[] = [];
	for (const run of runs) {
		const text = normalizeGlyphs(run.text);
		// Spaces are read from the gaps between runs; a space run says nothing more and can sit anywhere
		// (pdfjs fills a gap with one, even where an inline box is drawn later).
		if (!text.trim()) continue;
		out.push({ ...run, text });
	}
	return out;
}

/**
 * Word's fake bold draws the same glyphs several times at offsets of a fraction of a point; a reader
 * sees one bold word. Two runs with the same text within a fifth of the font size of each other are one
 * run, printed bold. A run whose text is its own first part repeated (大会大会大会大会), or each
 * character repeated (确确确确认认认认), and whose width is that of one copy, is the same thing drawn
 * inside one text object.
 */
export function removeOverstrikes(runs: PdfTextRun[]): PdfTextRun[] {
	const kept: PdfTextRun[] = [];
	const byText = new Map<string, PdfTextRun[]>();
	for (const original of runs) {
		const run = collapseRepeats(original);
		const tolerance = Math.max(0.5, run.size * 0.2);
		const twins = byText.get(run.text);
		const twin = twins?.find(
			(k) =>
				Math.abs(k.x - run.x) <= tolerance &&
				Math.abs(k.y - run.y) <= tolerance &&
				Math.abs(k.size - run.size) <= 0.1 * run.size
		);
		if (twin) {
			twin.bold = true;
			continue;
		}
		const copy = { ...run };
		kept.push(copy);
		if (twins) twins.push(copy);
		else byText.set(run.text, [copy]);
	}
	return kept;
}

function collapseRepeats(run: PdfTextRun): PdfTextRun {
	const chars = [...run.text];
	if (chars.length < 2 || !chars.every((c) => HAN.test(c))) return run;
	for (const k of [4, 3, 2]) {
		if (chars.length % k) continue;
		const n = chars.length / k;
		// Drawn over itself, the run is about one copy wide; laid out in a row it would be k copies wide.
		if (run.width > n * run.size * 1.4) continue;
		const unit = chars.slice(0, n).join('');
		if (unit.repeat(k) === run.text) return { ...run, text: unit, bold: true };
		let perChar = '';
		let ok = true;
		for (let i = 0; i < chars.length && ok; i += k) {
			ok = chars.slice(i, i + k).every((c) => c === chars[i]);
			perChar += chars[i];
		}
		if (ok) return { ...run, text: perChar, bold: true };
	}
	return run;
}

/** The vertical extent of a run's glyphs: from a little below the baseline to about the cap height. */
function extent(run: { y: number; size: number }): [number, number] {
	return [run.y - 0.12 * run.size, run.y + 0.8 * run.size];
}

function overlap(a: [number, number], b: [number, number]): number {
	return Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
}

/**
 * Groups runs into lines by position, not stream order: a run joins a line when their glyph boxes
 * overlap vertically by half the smaller box, and it does not collide horizontally with a run already
 * there (the date under "Distr.: General" in a letterhead cell shares the baseline band of the big
 * "大会" beside it, but not its column). Superscripts sit inside their line's band, so they join it.
 */
function buildLines(runs: PdfTextRun[], page: number): Line[] {
	const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
	const groups: { runs: PdfTextRun[]; band: [number, number]; size: number }[] = [];
	for (const run of sorted) {
		const box = extent(run);
		let target: (typeof groups)[number] | undefined;
		for (let i = groups.length - 1; i >= 0; i--) {
			const group = groups[i];
			// Runs come top to bottom, so earlier lines only get higher: past a clear gap, stop looking.
			if (group.band[0] > box[1] + 3 * run.size) break;
			const needed = 0.5 * Math.min(box[1] - box[0], group.band[1] - group.band[0]);
			if (overlap(group.band, box) < needed) continue;
			const collides = group.runs.some(
				(other) =>
					overlap([other.x, other.x + other.width], [run.x, run.x + run.width]) >
					0.3 * Math.min(other.width, run.width, other.size)
			);
			if (collides) continue;
			target = group;
			break;
		}
		if (target) {
			target.runs.push(run);
			// The band follows the line's largest type, so a superscript never stretches it upwards.
			if (run.size > target.size) {
				target.size = run.size;
				target.band = box;
			}
		} else groups.push({ runs: [run], band: box, size: run.size });
	}
	const lines = groups.map((g) => makeLine(g.runs, page));
	return lines.sort((a, b) => b.y - a.y || a.left - b.left);
}

function makeLine(runs: PdfTextRun[], page: number): Line {
	runs.sort((a, b) => a.x - b.x);
	const weight = new Map<number, number>();
	for (const run of runs) {
		const key = Math.round(run.size * 4) / 4;
		weight.set(key, (weight.get(key) ?? 0) + [...run.text].length);
	}
	const size = [...weight.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
	const main = runs.filter((r) => Math.abs(r.size - size) <= 0.13);
	const baselines = main.map((r) => r.y).sort((a, b) => a - b);
	const y = baselines[Math.floor(baselines.length / 2)];
	const cells: Segment[][] = [[]];
	let prev: PdfTextRun | null = null;
	for (const run of runs) {
		const mark = isMark(run, y, size);
		const text = mark ? toSuperscript(run.text.trim()) : run.text;
		if (prev) {
			const gap = run.x - (prev.x + prev.width);
			if (gap > 2.5 * size) cells.push([]);
			else if (gap > 0.18 * Math.min(prev.size, run.size) || /\s$/.test(prev.text) || /^\s/.test(run.text)) {
				pushText(cells[cells.length - 1], ' ', false);
			}
		}
		pushText(cells[cells.length - 1], mark ? text : text.replace(/\s+/g, ' '), run.bold && !mark);
		prev = run;
	}
	const tidy = cells.map(tidySegments).filter((c) => c.length);
	const left = runs[0].x;
	const right = Math.max(...runs.map((r) => r.x + r.width));
	return { runs, y, size, left, right, cells: tidy, text: tidy.map(plain).join(' '), page };
}

/** A footnote mark: digits (or *, †) set smaller than the line and raised above its baseline. */
function isMark(run: PdfTextRun, baseline: number, size: number): boolean {
	return run.size <= 0.8 * size && run.y - baseline >= 0.15 * size && /^\s*([0-9]{1,3}|[*†‡§])\s*$/.test(run.text);
}

function toSuperscript(mark: string): string {
	return mark.replace(/[0-9]/g, (d) => SUPERSCRIPTS[Number(d)]);
}

function pushText(segments: Segment[], text: string, bold: boolean): void {
	const last = segments[segments.length - 1];
	if (last && (last.bold === bold || !text.trim())) last.text += text;
	else segments.push({ text, bold });
}

/** Drops spaces between Chinese characters (justification, letter-spacing) and trims the ends. */
function tidySegments(segments: Segment[]): Segment[] {
	const joined = segments.map((s) => s.text).join('');
	const keep: boolean[] = [];
	const chars = [...joined];
	for (let i = 0; i < chars.length; i++) {
		if (chars[i] !== ' ') {
			keep.push(true);
			continue;
		}
		const before = chars[i - 1] ?? '';
		const after = chars[i + 1] ?? '';
		keep.push(!(i === 0 || i === chars.length - 1 || before === ' ' || tight(before, after)));
	}
	const out: Segment[] = [];
	let k = 0;
	for (const segment of segments) {
		let text = '';
		for (const c of segment.text) if (keep[k++]) text += c;
		if (!text) continue;
		const last = out[out.length - 1];
		if (last && (last.bold === segment.bold || !text.trim())) last.text += text;
		else if (!segment.text.trim() && last) last.text += text;
		else out.push({ text, bold: segment.bold && !!text.trim() });
	}
	return out;
}

function plain(segments: Segment[]): string {
	return segments.map((s) => s.text).join('');
}

/** The body size: the font size that carries the most characters in the document. */
function measureBodySize(lines: Line[]): number {
	const weight = new Map<number, number>();
	for (const line of lines) weight.set(line.size, (weight.get(line.size) ?? 0) + [...line.text].length);
	const best = [...weight.entries()].sort((a, b) => b[1] - a[1])[0];
	return best ? best[0] : 12;
}

/** A date as printed in a masthead, English or Chinese, as ISO `YYYY-MM-DD` (calendar dates only). */
function isoDate(text: string): string | null {
	return englishDrafting.toIsoDate(text) ?? chineseDrafting.toIsoDate(text);
}

function isLetterheadCell(text: string): boolean {
	if (ORGAN_LINE.test(text) || SYMBOL_LINE.test(text) || DISTRIBUTION_LINE.test(text) || BARCODE_LINE.test(text))
		return true;
	// A date alone in its cell (a date inside a sentence is body text).
	return (
		isoDate(text) !== null && text.replace(englishDrafting.date, '').replace(chineseDrafting.date, '').trim() === ''
	);
}

/**
 * The letterhead table of a UN document's first page (联合国 | A/RES/76/40 / 大会 | Distr.: General | date):
 * the leading lines of the first page with text, in its top quarter, whose every cell is a letterhead
 * item. Its symbol and date go to `meta`; the lines leave the text, as the clean text has none of them.
 */
function takeLetterhead(pageLines: Line[][], pages: PdfPageRuns[], meta: Partial<DocumentMeta>): Set<Line> {
	const taken = new Set<Line>();
	const index = pageLines.findIndex((lines) => lines.length > 0);
	if (index < 0) return taken;
	const height = pages[index].height || Math.max(...pageLines[index].map((l) => l.y)) + 72;
	for (const line of pageLines[index]) {
		if (line.y < height * 0.72) break;
		if (!line.cells.every((cell) => isLetterheadCell(plain(cell).trim()))) break;
		taken.add(line);
		for (const cell of line.cells) {
			const text = plain(cell).trim();
			if (!meta.symbol && SYMBOL_LINE.test(text)) {
				meta.symbol = text;
				meta.session = sessionOfSymbol(text);
			}
			if (!meta.date && !SYMBOL_LINE.test(text)) meta.date = isoDate(text) ?? undefined;
		}
	}
	if (meta.date === undefined) delete meta.date;
	return taken;
}

/** The line's text with digits as `#`, so `2/3` and `3/3` repeat. */
function furnitureKey(line: Line): string {
	return line.cells.map((c) => plain(c).trim().replace(/\d+/g, '#')).join(' | ');
}

/**
 * Running headers and footers: lines in the top 12 % or bottom 10 % of a page that are a symbol, a job
 * number, a page number, a barcode or the recycling note (or carry a symbol or job number beside a
 * title), or, in type smaller than the body's, whose text (digits aside) comes back in the same band on
 * at least half the pages (and two).
 */
function findFurniture(pageLines: Line[][], pages: PdfPageRuns[], bodySize: number): Set<Line> {
	const found = new Set<Line>();
	const bandOf = (line: Line, i: number): 'top' | 'bottom' | null => {
		const height = pages[i].height;
		if (!height) return null;
		if (line.y >= height * 0.88) return 'top';
		if (line.y <= height * 0.1) return 'bottom';
		return null;
	};
	const counts = new Map<string, Set<number>>();
	pageLines.forEach((lines, i) => {
		for (const line of lines) {
			const band = bandOf(line, i);
			if (!band) continue;
			const key = `${band}:${furnitureKey(line)}`;
			if (!counts.has(key)) counts.set(key, new Set());
			counts.get(key)!.add(i);
		}
	});
	const pagesWithText = pageLines.filter((l) => l.length).length;
	const repeatedOn = Math.max(2, Math.ceil(pagesWithText / 2));
	pageLines.forEach((lines, i) => {
		for (const line of lines) {
			const band = bandOf(line, i);
			if (!band) continue;
			const cells = line.cells.map((c) => plain(c).trim());
			const furnitureCell = (t: string) =>
				SYMBOL_LINE.test(t) ||
				isJobNumberLine(t) ||
				PAGE_NUMBER_IN_BAND.test(t) ||
				BARCODE_LINE.test(t) ||
				RECYCLE_LINE.test(t);
			const all = cells.every(furnitureCell);
			const beside = cells.length > 1 && cells.some((t) => SYMBOL_LINE.test(t) || isJobNumberLine(t));
			const repeated = (counts.get(`${band}:${furnitureKey(line)}`)?.size ?? 0) >= repeatedOn;
			// A footnote at the foot of every page is no header: furniture is never set in body type
			// with a footnote mark at its head.
			const footnoteLike = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(line.text) && line.size < bodySize;
			// Repetition alone is trusted only for type smaller than the body's: a body line can recur.
			const small = line.size < 0.95 * bodySize;
			if ((all || beside || (repeated && small)) && !footnoteLike) found.add(line);
		}
	});
	return found;
}

/** A page split into its body lines and its footnotes (each `¹ text`, in superscript digits). */
interface PageZones {
	body: Line[];
	notes: string[];
}

const RULE_TEXT = /^[_\u2014\u2015\u2500\u2501-]{5,}$/;

const isRuleLine = (line: Line) => RULE_TEXT.test(line.text.replace(/\s/g, ''));

/**
 * The mark at the head of a footnote line: superscript digits (or *, †, ‡), or a number set apart from
 * the text. A plain number only counts when it is the next one (`previous` + 1) or opens the page's notes,
 * so that a continuation line starting with a year is not taken for a new note.
 */
function noteMark(text: string, previous: string | null): { mark: string; rest: string } | null {
	const sup = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|[*†‡])\s*(\S.*)$/u.exec(text);
	if (sup && !/^\*\d+\*$/.test(text)) return { mark: sup[1], rest: sup[2] };
	const digits = /^(\d{1,3})\s+(\S.*)$/.exec(text);
	if (!digits) return null;
	const prev = previous === null ? null : Number([...previous].map((c) => SUPERSCRIPTS.indexOf(c)).join(''));
	if (prev !== null && Number(digits[1]) !== prev + 1) return null;
	return { mark: toSuperscript(digits[1]), rest: digits[2] };
}

/**
 * Takes the footnotes out of a page: the lines under the footnote rule (a short path or a line of
 * underscores in the lower part of the page) or, failing a rule, the run of lines in smaller type at the
 * page foot, provided the first of them starts with a mark. Each note starts at a line that starts with
 * a mark; the lines after it continue it.
 */
function splitFootnotes(lines: Line[], page: PdfPageRuns, bodySize: number, spaced: boolean): PageZones {
	const small = (line: Line) => line.size <= 0.88 * bodySize;
	let start = lines.length;
	const textRule = lines.findIndex(isRuleLine);
	const rules = (page.rules ?? []).filter((r) => r.width < page.width * 0.6 && r.y < page.height * 0.6);
	if (textRule >= 0 && textRule + 1 < lines.length && lines.slice(textRule + 1).every(small)) {
		start = textRule + 1;
	} else {
		// The lowest rule with only small lines under it, or else the run of small lines at the foot.
		for (const rule of [...rules].sort((a, b) => a.y - b.y)) {
			const below = lines.findIndex((line) => line.y < rule.y);
			if (below >= 0 && lines.slice(below).every(small)) {
				start = below;
				break;
			}
		}
		if (start === lines.length) {
			let i = lines.length;
			while (i > 0 && small(lines[i - 1])) i--;
			start = i;
		}
	}
	const noteLines = lines.slice(start).filter((line) => !isRuleLine(line));
	if (!noteLines.length || !noteMark(noteLines[0].text.trim(), null)) {
		return { body: lines.filter((line) => !isRuleLine(line)), notes: [] };
	}
	const notes: string[] = [];
	let mark: string | null = null;
	for (const line of noteLines) {
		const text = line.text.trim();
		const head = noteMark(text, mark);
		if (head) {
			mark = head.mark;
			notes.push(`${head.mark} ${head.rest}`);
		} else if (notes.length) {
			notes[notes.length - 1] = joinText(notes[notes.length - 1], text, spaced);
		}
	}
	const body = lines.slice(0, start).filter((line) => !isRuleLine(line));
	return { body, notes };
}

/** Operative and subparagraph numbers that open a paragraph: `1. `, `(a) `, `(iv) `, `a) `. */
const OPENS_NUMBERED = /^(?:\d{1,3}\.\s|\(\s?[a-z]{1,5}\s?\)\s?|[a-z]\)\s)/;

interface Margins {
	left: number;
	right: number;
	/** Baseline-to-baseline distance of a paragraph's lines, as a multiple of their font size. */
	pitch: number;
}

function measureMargins(lines: Line[], bodySize: number, fallback?: Margins): Margins | undefined {
	const body = lines.filter((l) => Math.abs(l.size - bodySize) <= 0.1 * bodySize);
	if (body.length < (fallback ? 5 : 1)) return fallback;
	const lefts = new Map<number, number>();
	for (const line of body) {
		const key = Math.round(line.left);
		lefts.set(key, (lefts.get(key) ?? 0) + 1);
	}
	// The left margin is the leftmost position that a good share of lines start at: continuation lines
	// start there, first lines are indented, and a stray line further left (a hanging number) is rare.
	const common = [...lefts.entries()].filter(([, n]) => n >= Math.max(1, 0.15 * body.length));
	const left = Math.min(...(common.length ? common : [...lefts.entries()]).map(([x]) => x));
	const rights = body.map((l) => l.right).sort((a, b) => a - b);
	const right = rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.9))];
	const deltas: number[] = [];
	for (let i = 1; i < body.length; i++) {
		if (body[i].page !== body[i - 1].page) continue;
		const delta = (body[i - 1].y - body[i].y) / bodySize;
		if (delta > 0.8 && delta < 3) deltas.push(delta);
	}
	deltas.sort((a, b) => a - b);
	const pitch = deltas.length ? deltas[Math.floor(deltas.length * 0.25)] : (fallback?.pitch ?? 1.5);
	return { left, right, pitch };
}

/** How two lines meet: in one paragraph, as a line break inside a block, or as a paragraph break. */
type Joint = 'join' | 'newline' | 'paragraph';

function jointWithin(a: Line, b: Line, m: Margins): Joint {
	const size = Math.max(a.size, b.size);
	if (OPENS_NUMBERED.test(b.text)) return 'paragraph';
	if (Math.abs(a.size - b.size) > 0.15 * Math.min(a.size, b.size)) return 'paragraph';
	if (a.y - b.y > m.pitch * size * 1.25) return 'paragraph';
	const width = m.right - m.left;
	// Short lines set far to the right at one indent (the date and meeting under the operative part,
	// a signature) are one block with line breaks.
	if (a.left > m.left + 0.25 * width && Math.abs(a.left - b.left) < 0.5 * size && !isFull(a, m, b)) return 'newline';
	// A first line is indented against the line before it (a block indented as a whole is not).
	if (b.left > a.left + 0.8 * b.size) return 'paragraph';
	if (!isFull(a, m, b)) return 'paragraph';
	return 'join';
}

function jointAcrossPages(a: Line, b: Line, ma: Margins, mb: Margins): Joint {
	if (OPENS_NUMBERED.test(b.text)) return 'paragraph';
	if (Math.abs(a.size - b.size) > 0.15 * Math.min(a.size, b.size)) return 'paragraph';
	if (!isFull(a, ma, b)) return 'paragraph';
	if (b.left > mb.left + 0.8 * b.size) return 'paragraph';
	return 'join';
}

/**
 * A line that reaches the right margin, so that the next line continues it: the room left at its end is
 * less than two characters (Chinese line breaking may leave that much) and, in ragged Latin text, less
 * than the next line's first word would have needed.
 */
function isFull(line: Line, m: Margins, next?: Line): boolean {
	const room = m.right - line.right;
	return room < Math.max(2 * line.size, next ? firstWordWidth(next) + 0.8 * line.size : 0);
}

/** The width of a line's first word (one character of Chinese), estimated from its first run. */
function firstWordWidth(line: Line): number {
	const run = line.runs.find((r) => r.text.trim());
	if (!run) return 0;
	const chars = [...run.text.trimStart()];
	const perChar = run.width / Math.max(1, [...run.text].length);
	if (HAN.test(chars[0] ?? '')) return perChar;
	const word = chars.findIndex((c) => /\s/.test(c) || HAN.test(c));
	return perChar * (word < 0 ? chars.length : word);
}

/** How the document spaces Latin letters and digits beside Chinese (`2021 年` or `2021年`). */
function measureSpacing(lines: Line[]): boolean {
	let spaced = 0;
	let tight = 0;
	for (const line of lines) {
		spaced += (line.text.match(/\p{Script=Han} [\p{L}\p{N}]|[\p{L}\p{N}] \p{Script=Han}/gu) ?? []).filter((m) =>
			/[A-Za-z0-9]/.test(m)
		).length;
		tight += (line.text.match(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/gu) ?? []).length;
	}
	return spaced > tight;
}

/**
 * Joins the end of one line to the start of the next: nothing between Chinese characters or beside
 * Chinese punctuation; between Chinese and Latin or digits, what the document does elsewhere; a space
 * between Latin words; nothing after a hyphen.
 */
function joinText(before: string, after: string, spaced: boolean): string {
	const a = before.at(-1) ?? '';
	const b = after[0] ?? '';
	if (!a || !b || /\s/.test(a) || /\s/.test(b)) return before + after;
	let sep = ' ';
	if (tight(a, b)) sep = '';
	else if ((HAN.test(a) && LATIN_OR_DIGIT.test(b)) || (LATIN_OR_DIGIT.test(a) && HAN.test(b))) sep = spaced ? ' ' : '';
	else if (a === '-' || a === '/') sep = '';
	else if (/[([“‘《（]/.test(a) || /[)\].,;:!?”’》）]/.test(b)) sep = '';
	return before + sep + after;
}

/** Renders segments with `**` around bold runs (spaces kept outside the markers). */
function renderSegments(segments: Segment[]): string {
	let out = '';
	for (const s of segments) {
		if (!s.bold || !s.text.trim()) {
			out += s.text;
			continue;
		}
		const lead = /^\s*/.exec(s.text)![0];
		const trail = /\s*$/.exec(s.text)![0];
		out += `${lead}**${s.text.trim()}**${trail}`;
	}
	return out;
}

/** A paragraph being assembled: its lines' segments, with "\n" between the lines of a block. */
class ParagraphBuilder {
	segments: Segment[] = [];
	constructor(private readonly spaced: boolean) {}
	get empty(): boolean {
		return !this.segments.length;
	}
	add(line: Line, joint: 'join' | 'newline'): void {
		const segments = line.cells.flatMap((cell, i) => (i ? [{ text: ' ', bold: false }, ...cell] : cell));
		if (!this.segments.length) {
			this.segments = segments.map((s) => ({ ...s }));
			return;
		}
		const before = plain(this.segments);
		const after = plain(segments);
		const joined = joint === 'newline' ? `${before}\n${after}` : joinText(before, after, this.spaced);
		const separator = joined.slice(before.length, joined.length - after.length);
		const last = this.segments[this.segments.length - 1];
		last.text += separator;
		for (const s of segments) {
			const tail = this.segments[this.segments.length - 1];
			if (tail.bold === s.bold) tail.text += s.text;
			else this.segments.push({ ...s });
		}
	}
	take(): string {
		const text = renderSegments(this.segments).trim();
		this.segments = [];
		return text;
	}
}

function writeText(zones: PageZones[], bodySize: number, spaced: boolean): string {
	const allBody = zones.flatMap((z) => z.body);
	const docMargins = measureMargins(allBody, bodySize) ?? { left: 0, right: 0, pitch: 1.5 };
	const blocks: string[] = [];
	const pending: string[] = [];
	const paragraph = new ParagraphBuilder(spaced);
	const close = () => {
		if (!paragraph.empty) blocks.push(paragraph.take());
		blocks.push(...pending.splice(0));
	};
	let prev: Line | null = null;
	let prevMargins = docMargins;
	for (const zone of zones) {
		const margins = measureMargins(zone.body, bodySize, docMargins) ?? docMargins;
		let firstOnPage = true;
		for (const line of zone.body) {
			if (!line.text.trim()) continue;
			const joint: Joint = !prev
				? 'paragraph'
				: firstOnPage
					? jointAcrossPages(prev, line, prevMargins, margins)
					: jointWithin(prev, line, margins);
			if (joint === 'paragraph') close();
			paragraph.add(line, joint === 'paragraph' ? 'join' : joint);
			prev = line;
			firstOnPage = false;
		}
		prevMargins = margins;
		// The page's notes wait for the paragraph in which the page ends.
		pending.push(...zone.notes);
	}
	close();
	return blocks.filter(Boolean).join('\n\n') + '\n';
}
