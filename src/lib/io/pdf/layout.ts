/**
 * Positioned runs of every page → the parser's clean text, in the steps of the PDF reader: lines by position
 * (lines.ts), the masthead and running headers and footers out (furniture.ts, their symbol and date into the
 * metadata), footnotes out of the flow (footnotes.ts), paragraphs joined across line and page breaks
 * (paragraphs.ts) and written in the clean shape (write.ts). A pure function of the runs: the tests feed it
 * pages of synthetic runs.
 */
import { sessionOfSymbol } from '../../core/document/un-patterns';
import type { DocumentMeta } from '../../core/types';
import { findFurniture, takeMasthead, type PageLayout } from './furniture';
import { splitFootnotes } from './footnotes';
import type { PdfRule } from './glyphs';
import { buildLines, measureBodySize, plain, type Line } from './lines';
import { writeParagraphs } from './paragraphs';
import type { PdfTextRun } from './words';
import { measureSpacing } from './write';

/** One page as positioned runs. */
export interface PdfPageRuns {
	/** 1-based page number. */
	number: number;
	width: number;
	height: number;
	runs: PdfTextRun[];
	rules?: PdfRule[];
}

/** Options of {@link layoutPdfPages}. */
export interface LayoutOptions {
	/** Font size of the body text in PDF units (4 … 40); measured from the document when absent. */
	bodySize?: number;
}

/** What the layout makes of a document: the clean text and what the masthead and headers say. */
export interface PdfLayout {
	text: string;
	meta: Partial<DocumentMeta>;
}

/** Share of Han characters among letters above which a document is Chinese. Unit: ratio. */
const CHINESE_SHARE = 0.3;

/** Lays positioned runs out into the parser's clean text shape (see the module comment). */
export function layoutPdfPages(pages: PdfPageRuns[], options: LayoutOptions = {}): PdfLayout {
	const layouts: PageLayout[] = pages.map((page) => ({
		lines: buildLines(page.runs, page.number),
		rules: page.rules ?? [],
		width: page.width,
		height: page.height
	}));
	const allLines = layouts.flatMap((p) => p.lines);
	const bodySize = options.bodySize ?? measureBodySize(allLines);
	const meta: Partial<DocumentMeta> = {};
	const masthead = takeMasthead(layouts, meta);
	const { furniture, symbols } = findFurniture(layouts, bodySize);
	const spaced = measureSpacing(allLines);
	const zones = layouts.map((page) =>
		splitFootnotes(
			page.lines
				.filter((line) => !masthead.has(line) && !furniture.has(line))
				.map((line) => mirrored(line, page.width)),
			page,
			bodySize,
			spaced
		)
	);
	if (!meta.symbol && symbols.size) {
		meta.symbol = [...symbols.entries()].sort((a, b) => b[1] - a[1])[0][0];
		meta.session = sessionOfSymbol(meta.symbol);
	}
	const text = writeParagraphs(zones, bodySize, spaced);
	if (isChinese(text)) meta.language = 'zh';
	return { text, meta };
}

/**
 * Whether a text is Chinese: Han characters are more than {@link CHINESE_SHARE} of its letters. The letters are
 * counted only when there is a Han character at all, so a text in another script costs one search.
 */
function isChinese(text: string): boolean {
	const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
	if (!han) return false;
	const letters = (text.match(/\p{L}/gu) ?? []).length;
	return han / letters > CHINESE_SHARE;
}

/**
 * A right-to-left line as the paragraph rules see it: mirrored, so that its start (the right margin, where a
 * first line is indented and a number hangs) is on the left, as in left-to-right text.
 */
function mirrored(line: Line, width: number): Line {
	if (!line.rtl || !width) return line;
	return {
		...line,
		left: width - line.right,
		right: width - line.left,
		runs: line.runs.map((run) => ({ ...run, x: width - run.x - run.width }))
	};
}

/** A page's lines in reading order as plain text, cells separated by ` | ` (for tests and debugging). */
export function readPdfLines(page: PdfPageRuns): string[] {
	return buildLines(page.runs, page.number).map((line) => line.cells.map(plain).join(' | '));
}
