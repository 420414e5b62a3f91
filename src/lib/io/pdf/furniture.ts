/**
 * Step 4 of reading a PDF: what is printed on the pages but is no part of the text. The masthead of the first
 * page (organ, symbol, distribution, date: its symbol and date go to the metadata) and the running headers and
 * footers of every page: the symbol, the title (on even pages beside the symbol, on odd ones the other way
 * round), the job number with its language letter and date stamps, the barcode, the page number "2/10".
 *
 * They are found by what the UN layout makes of them, not by a list of one document's lines:
 * - position: the masthead stands above the wide rule that closes it, in the top part of the first page; a
 *   running header stands above the wide rule under it, in the top band of its page; footers stand in the
 *   bottom band;
 * - repetition: a line that comes back in the same band and the same place (its digits aside, so "2/10" and
 *   "4/10" are one line) on two pages or more, in type smaller than the body, is furniture;
 * - the patterns every UN document shares (core/document/un-patterns.ts): a line whose every cell is a symbol,
 *   a job number, a page number, a barcode or the recycling note, or a symbol or job number beside a title.
 * Cost: linear in the lines.
 */
import {
	BARCODE_LINE,
	PAGE_NUMBER_IN_BAND,
	RECYCLE_LINE,
	SYMBOL_LINE,
	isJobNumberLine
} from '../../core/document/un-patterns';
import { isMastheadCell, readMasthead } from '../../core/document/masthead';
import { isSuperscriptDigit } from '../../core/text/superscript';
import type { DocumentMeta } from '../../core/types';
import type { PdfRule } from './glyphs';
import { plain, type Line } from './lines';

/** What furniture detection needs of a page: its lines, rules and size. */
export interface PageLayout {
	lines: Line[];
	rules: PdfRule[];
	width: number;
	height: number;
}

/** The top band of a page, where running headers stand: above this share of its height. Unit: ratio. */
const TOP_BAND = 0.88;
/** The bottom band, where footers stand: below this share of the page's height. Unit: ratio. */
const BOTTOM_BAND = 0.1;
/** The masthead of a first page closes with a wide rule above this share of the page's height. Unit: ratio. */
const MASTHEAD_ZONE = 0.6;
/** A rule this share of the page wide (its pieces joined) closes a masthead or underlines a header. */
const WIDE_RULE = 0.5;
/** Pieces of one rule meet within this gap (Word draws a rule in segments). Unit: PDF units. */
const RULE_JOIN_GAP = 2;
/** A line repeats when it stands within this distance of the same line on another page. Unit: PDF units. */
const SAME_PLACE = 2;
/** Pieces of one rule stand on one line within this distance. Unit: PDF units. */
const RULE_SAME_LINE = 0.5;
/** Without a closing rule, the masthead is sought in this top share of the first page. Unit: ratio of height. */
const MASTHEAD_TOP = 0.28;
/** Repetition alone marks furniture only in type smaller than this share of the body size. Unit: ratio. */
const SMALL_TYPE = 0.95;

/** The page's rules with the pieces of each joined: Word draws one rule as several touching segments. */
export function joinRules(rules: PdfRule[]): PdfRule[] {
	const sorted = [...rules].sort((a, b) => a.y - b.y || a.x - b.x);
	const out: PdfRule[] = [];
	for (const rule of sorted) {
		const last = out[out.length - 1];
		if (last && Math.abs(last.y - rule.y) <= RULE_SAME_LINE && rule.x <= last.x + last.width + RULE_JOIN_GAP) {
			last.width = Math.max(last.width, rule.x + rule.width - last.x);
		} else out.push({ ...rule });
	}
	return out;
}

/**
 * The masthead of the first page with text, taken into `meta` (symbol, session, date of issue) and out of the
 * text: the lines above the lowest wide rule of the page's top part when one of them is a masthead cell (the
 * UN layout), or else the leading lines of the page's top quarter whose every cell is a masthead cell.
 */
export function takeMasthead(pages: PageLayout[], meta: Partial<DocumentMeta>): Set<Line> {
	const taken = new Set<Line>();
	const page = pages.find((p) => p.lines.length > 0);
	if (!page) return taken;
	const height = page.height || Math.max(...page.lines.map((l) => l.y)) + 72;
	const closing = joinRules(page.rules)
		.filter((r) => r.width >= WIDE_RULE * page.width && r.y >= MASTHEAD_ZONE * height)
		.sort((a, b) => a.y - b.y)[0];
	const above = closing ? page.lines.filter((line) => line.y > closing.y) : [];
	const cells = (line: Line) => line.cells.map((cell) => plain(cell).trim());
	if (above.some((line) => cells(line).some(isMastheadCell))) {
		for (const line of above) taken.add(line);
	} else {
		for (const line of page.lines) {
			if (line.y < height * (1 - MASTHEAD_TOP) || !cells(line).every(isMastheadCell)) break;
			taken.add(line);
		}
	}
	// The cells read as every reader reads a masthead. Its symbol, the session it names and the date of issue go
	// to the metadata; its distribution and a draft symbol's flag are not taken, so a PDF's metadata has the
	// fields it always had.
	const read = readMasthead([...taken].flatMap(cells));
	delete read.distribution;
	delete read.draft;
	Object.assign(meta, read);
	return taken;
}

/** A cell that only furniture consists of: a symbol, a job number, a page number, a barcode, the recycling note. */
function isFurnitureCell(text: string): boolean {
	return (
		SYMBOL_LINE.test(text) ||
		isJobNumberLine(text) ||
		PAGE_NUMBER_IN_BAND.test(text) ||
		BARCODE_LINE.test(text) ||
		RECYCLE_LINE.test(text)
	);
}

/** The line's text with digits as `#`, so `2/3` and `3/3` repeat. */
function repetitionKey(line: Line): string {
	return line.cells.map((c) => plain(c).trim().replace(/\d+/g, '#')).join(' | ');
}

/** Running headers and footers of every page (see the module comment); also counts the symbols they print. */
export function findFurniture(
	pages: PageLayout[],
	bodySize: number
): { furniture: Set<Line>; symbols: Map<string, number> } {
	const furniture = new Set<Line>();
	const symbols = new Map<string, number>();
	const bandOf = (line: Line, page: PageLayout): 'top' | 'bottom' | null => {
		if (!page.height) return null;
		if (line.y >= TOP_BAND * page.height) return 'top';
		if (line.y <= BOTTOM_BAND * page.height) return 'bottom';
		return null;
	};
	// Where each line of a band stands on every page: the same text in the same place repeats.
	const places = new Map<string, { page: number; y: number }[]>();
	pages.forEach((page, i) => {
		for (const line of page.lines) {
			const band = bandOf(line, page);
			if (!band) continue;
			const key = `${band}:${repetitionKey(line)}`;
			const list = places.get(key);
			if (list) list.push({ page: i, y: line.y });
			else places.set(key, [{ page: i, y: line.y }]);
		}
	});
	const repeated = (line: Line, band: string, page: number) =>
		(places.get(`${band}:${repetitionKey(line)}`) ?? []).some(
			(p) => p.page !== page && Math.abs(p.y - line.y) <= SAME_PLACE
		);
	pages.forEach((page, i) => {
		// The rule under a running header: a wide rule in the top band; what stands above it is the header.
		const headerRule = joinRules(page.rules).find(
			(r) => r.width >= WIDE_RULE * page.width && r.y >= TOP_BAND * page.height
		);
		for (const line of page.lines) {
			const band = bandOf(line, page);
			if (!band) continue;
			const cells = line.cells.map((c) => plain(c).trim());
			const all = cells.every(isFurnitureCell);
			const beside = cells.length > 1 && cells.some((t) => SYMBOL_LINE.test(t) || isJobNumberLine(t));
			const aboveRule = band === 'top' && headerRule !== undefined && line.y > headerRule.y;
			// Repetition alone is trusted only for type smaller than the body's: a body line can recur.
			const small = line.size < SMALL_TYPE * bodySize;
			// A footnote at the foot of every page is no footer: furniture never opens with a footnote mark.
			const footnoteLike = isSuperscriptDigit(line.text.charCodeAt(0)) && line.size < bodySize;
			if ((all || beside || aboveRule || (small && repeated(line, band, i))) && !footnoteLike) {
				furniture.add(line);
				for (const text of cells) if (SYMBOL_LINE.test(text)) symbols.set(text, (symbols.get(text) ?? 0) + 1);
			}
		}
	});
	return { furniture, symbols };
}
