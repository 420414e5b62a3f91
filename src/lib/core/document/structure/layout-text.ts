/**
 * Text laid out as on the page (`pdftotext -layout`): every line keeps the page's left margin, the first line
 * of a paragraph stands further in than the lines that continue it, the masthead and the page foot stand in
 * columns ("United Nations          A/RES/73/6", "4/5            18-17962"), and a form feed ends each page.
 *
 * It is read as PDF text once two things are undone: the margin, which differs from page to page (left and
 * right pages) and is measured on each page as the indentation most of its long lines share, so that only the
 * first lines of paragraphs stay indented; and the column gaps, closed to one space, so that a masthead line
 * reads "General Assembly Distr.: General" as other extractors print it and a page foot "4/5 18-17962" as
 * furniture. One line in, one line out: line numbers stay those of the text.
 */
import { isSpaceUnit } from '../../text/cjk';

/** A line counts towards the page margin when it is at least this long (units): a line of running text. */
const MARGIN_LINE_MIN = 40;
/** Indentation (white space units) a line must start with to count as laid out. */
const LAID_OUT_INDENT = 4;
/** Share of the lines that are not blank that must start with {@link LAID_OUT_INDENT} for text to be laid out. */
const LAID_OUT_SHARE = 0.6;
/** Lines read to decide whether a text is laid out: the first pages say it, and a long text costs no more. */
const LAID_OUT_PROBE_LINES = 2000;
/** Fewest lines with text before a text can be called laid out: a short snippet proves nothing. */
const LAID_OUT_MIN_LINES = 10;
/**
 * Indentation beyond the page margin (white space units) kept as a paragraph's first-line indent: one unit
 * is the jitter of a column measured in characters, two or more is a real indent.
 */
const INDENT_MIN = 2;
/** Most indentation kept on a first line (units): enough for the structure reader to see the indent. */
const INDENT_MAX = 8;
/** A gap of this many spaces or more inside a line separates two columns. */
const COLUMN_GAP = /(\S)[ \t]{3,}(?=\S)/g;

/** How many white space units a line starts with. */
function indentOf(line: string): number {
	let i = 0;
	while (i < line.length && isSpaceUnit(line.charCodeAt(i)) && line.charCodeAt(i) !== 0x0c) i++;
	return i;
}

/** Whether a text is laid out as `pdftotext -layout` prints it: most lines start with a wide margin. */
export function isLaidOut(text: string): boolean {
	let lines = 0;
	let indented = 0;
	let columns = 0;
	for (const raw of text.split('\n', LAID_OUT_PROBE_LINES)) {
		const line = raw.charCodeAt(0) === 0x0c ? raw.slice(1) : raw;
		if (!line.trim()) continue;
		lines++;
		if (indentOf(line) >= LAID_OUT_INDENT) indented++;
		COLUMN_GAP.lastIndex = 0;
		if (COLUMN_GAP.test(line.trim())) columns++;
	}
	return lines >= LAID_OUT_MIN_LINES && indented >= LAID_OUT_SHARE * lines && columns > 0;
}

/**
 * The margin of one page: the indentation shared by most of its long lines (the lines that continue
 * paragraphs outnumber the first lines).
 */
function pageMargin(lines: readonly string[]): number {
	const counts = new Map<number, number>();
	for (const line of lines) {
		if (line.trim().length < MARGIN_LINE_MIN) continue;
		const indent = indentOf(line);
		counts.set(indent, (counts.get(indent) ?? 0) + 1);
	}
	let margin = 0;
	let best = 0;
	for (const [indent, n] of counts) {
		if (n > best || (n === best && indent < margin)) {
			margin = indent;
			best = n;
		}
	}
	return margin;
}

/**
 * Read laid-out text as PDF text: per page, the margin taken off (a first line keeps what it has beyond it, as
 * one space or more), column gaps closed to one space, trailing white space dropped. Form feeds stay.
 */
export function unlayText(text: string): string {
	const lines = text.split('\n');
	const out: string[] = [];
	let pageStart = 0;
	const flushPage = (end: number) => {
		const page = lines.slice(pageStart, end);
		const margin = pageMargin(page);
		for (const raw of page) {
			const feed = raw.charCodeAt(0) === 0x0c ? '\f' : '';
			const line = feed ? raw.slice(1) : raw;
			const trimmed = line.trim();
			if (!trimmed) {
				out.push(feed);
				continue;
			}
			const extra = indentOf(line) - margin;
			const body = trimmed.replace(COLUMN_GAP, '$1 ');
			out.push(feed + (extra >= INDENT_MIN ? ' '.repeat(Math.min(extra, INDENT_MAX)) : '') + body);
		}
		pageStart = end;
	};
	for (let i = 0; i < lines.length; i++) {
		if (i > pageStart && lines[i].charCodeAt(0) === 0x0c) flushPage(i);
	}
	flushPage(lines.length);
	return out.join('\n');
}
