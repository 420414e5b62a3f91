/**
 * Step 2 of reading a PDF: glyphs → runs, the words and stretches of words drawn together on one baseline in
 * one face, with the spaces between them decided from the glyphs' positions.
 *
 * Spaces, as poppler's TextOutputDev decides them: a space glyph is a space; between two other glyphs there is
 * a space when the gap from the end of one to the start of the next is wider than a share of the width of the
 * font's space (or of a quarter of the font size, when the font never draws one). The share depends on how the
 * page sets its words. Word, LibreOffice and browsers draw every word space as a glyph, and justify a line by
 * moving glyphs a little apart: inside a word the gap then reaches 0.14 em at a run boundary or before a
 * hyphen ("Confere nce", "o n", "drug -resistant" in text cut at 0.1 em, as pdftotext and pdfjs do), so on
 * such a page a gap must be most of a space wide to be one (tab stops, table columns). TeX and some
 * typesetters draw no space glyphs at all and may shrink a space to two thirds of its width, so there half a
 * space is enough. Which kind of page it is shows in the page itself: see {@link drawsItsSpaces}.
 *
 * Overstriking ("fake bold": Word draws a word four times a hair apart, or Chinese characters repeated in
 * one run) is taken out glyph by glyph: a glyph drawn again within a fifth of its size of where the same glyph
 * stands is the same glyph, printed bold.
 *
 * Cost: linear in the glyphs (a glyph drawn beyond the others on its baseline needs no search; any other is
 * looked up in a hash of glyph and position).
 */
import { toUnifiedIdeographs } from '../../core/text/cjk';
import type { PdfGlyph, PdfPageGlyphs } from './glyphs';

/** A run of text as positioned on the page: the unit the line builder works on. */
export interface PdfTextRun {
	/** Its text; a space at either end stands for a space glyph drawn there. */
	text: string;
	/** Left end of the baseline (of its first glyph that is not a space), in PDF units from the page's left edge. */
	x: number;
	/** Baseline, in PDF units from the page's bottom edge (y grows upwards, as in PDF). */
	y: number;
	/** Width from its first to the end of its last glyph that is not a space, in PDF units. */
	width: number;
	/** Font size in PDF units. */
	size: number;
	/** Set in a bold face (by the font's name or flags) or overstruck. */
	bold: boolean;
	/** Set in an italic face. */
	italic?: boolean;
	/**
	 * The least gap beside the run that is a word space, in PDF units: the page's share of the width of a space
	 * in the run's font. Absent: {@link DRAWN_SPACE_GAP} of {@link DEFAULT_SPACE_EM} of the size.
	 */
	wordGap?: number;
	/**
	 * For a run with right-to-left letters (Arabic, Hebrew): the text of each glyph in drawing order, which is
	 * the order on the page from left to right. The line builder reads them back into logical order.
	 */
	units?: string[];
}

/** Right-to-left letters: Hebrew, Arabic and their presentation forms. */
export const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/** The least gap beside a run that is a word space (see {@link PdfTextRun.wordGap}). */
export function wordGapOf(run: PdfTextRun): number {
	return run.wordGap ?? DRAWN_SPACE_GAP * DEFAULT_SPACE_EM * run.size;
}

/** The space of a font that never draws one, as a share of the font size: Times has 0.25, Arial 0.28. */
export const DEFAULT_SPACE_EM = 0.25;
/** Space widths are held within these shares of the font size (a symbol font's space can be anything). */
const SPACE_EM_RANGE: [number, number] = [0.2, 0.6];
/**
 * On a page that draws its spaces, the least gap without a space glyph that is a space, as a share of the
 * space width. Unit: ratio. Real UN PDFs kern inside words by up to 0.58 of a space (0.144 em in Times).
 */
export const DRAWN_SPACE_GAP = 0.8;
/** On a page that draws no spaces, the least gap that is one, as a share of the space width. Unit: ratio. */
export const UNDRAWN_SPACE_GAP = 0.5;
/** A page draws its spaces when at least this share of its word gaps carry a space glyph. Unit: ratio. */
const DRAWN_SPACES_SHARE = 0.75;
/** Least word gaps a page needs before its way of spacing is judged; below it, spaces count as drawn. */
const DRAWN_SPACES_MIN_GAPS = 8;
/** A glyph drawn again within this share of its size, in both directions, is an overstrike. Unit: em. */
export const OVERSTRIKE_TOLERANCE = 0.2;
/** The overstrike tolerance is at least this distance, for the smallest type. Unit: PDF units. */
const OVERSTRIKE_MIN = 0.5;
/** An overstrike is drawn in the same size, within this share. Unit: ratio. */
const OVERSTRIKE_SIZE = 0.1;
/** Glyphs whose sizes differ by more than this share start a new run. Unit: ratio. */
const SIZE_BREAK = 0.01;
/** Glyphs whose baselines differ by more than this share of the size start a new run. Unit: em. */
const BASELINE_TOLERANCE = 0.05;
/** A glyph that starts this far before the end of the one before starts a new run. Unit: em. */
const OVERLAP_BREAK = 0.2;

/** Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which a glyph's ToUnicode may give instead of the letters; NFKC splits them. */
const LIGATURE = /[\ufb00-\ufb06]/gu;

/**
 * The text a glyph stands for, with the forms a ToUnicode map often gives instead of the character mapped
 * back: Kangxi and supplementary radicals and compatibility ideographs (`⼤` for 大, `⽉` for 月) and ligatures.
 */
export function normalizeGlyphText(text: string): string {
	return toUnifiedIdeographs(text).replace(LIGATURE, (c) => c.normalize('NFKC'));
}

/** The space width of each font over the whole document, as a share of the size: the median drawn. */
export function measureSpaceWidths(pages: PdfPageGlyphs[]): Map<string, number> {
	const widths = new Map<string, number[]>();
	for (const page of pages) {
		for (const font of page.fonts) {
			if (font.spaceEm === null) continue;
			const list = widths.get(font.id);
			if (list) list.push(font.spaceEm);
			else widths.set(font.id, [font.spaceEm]);
		}
	}
	const result = new Map<string, number>();
	for (const [id, list] of widths) {
		list.sort((a, b) => a - b);
		result.set(id, Math.min(SPACE_EM_RANGE[1], Math.max(SPACE_EM_RANGE[0], list[list.length >> 1])));
	}
	return result;
}

/**
 * Whether a page draws its word spaces as glyphs: of the gaps wider than {@link UNDRAWN_SPACE_GAP} of a space
 * between two glyphs in drawing order on one baseline, at least {@link DRAWN_SPACES_SHARE} hold a space glyph.
 * Gaps beside Chinese characters are left out: Chinese justification spreads characters apart, and Word's
 * automatic spacing between Chinese and Latin text leaves a gap where no space is typed.
 */
export function drawsItsSpaces(glyphs: PdfGlyph[], spaceOf: (glyph: PdfGlyph) => number): boolean {
	let drawn = 0;
	let undrawn = 0;
	let previous: PdfGlyph | null = null;
	let spaceBetween = false;
	// An index, not an iterator: most of a document's glyphs pass here before the loop is optimised, and the
	// interpreter makes an object for each step of an iterator.
	for (let i = 0; i < glyphs.length; i++) {
		const glyph = glyphs[i];
		if (glyph.space) {
			spaceBetween = true;
			continue;
		}
		if (previous && Math.abs(glyph.y - previous.y) <= BASELINE_TOLERANCE * glyph.size) {
			const gap = glyph.x - (previous.x + previous.width);
			if (spaceBetween) drawn++;
			else if (gap > UNDRAWN_SPACE_GAP * spaceOf(previous) && !HAN.test(previous.text) && !HAN.test(glyph.text))
				undrawn++;
		}
		previous = glyph;
		spaceBetween = false;
	}
	return drawn + undrawn < DRAWN_SPACES_MIN_GAPS || drawn >= DRAWN_SPACES_SHARE * (drawn + undrawn);
}

const HAN = /\p{Script=Han}/u;

/**
 * Drops the glyphs drawn over an identical glyph (same text and size, within {@link OVERSTRIKE_TOLERANCE} of
 * its size); returns the glyphs kept and, for each, whether it was overstruck (1) or not (0).
 *
 * Text is drawn along its line, so almost every glyph lands beyond all the glyphs kept so far on its baseline:
 * such a glyph has no twin, and the {@link Frontier} of its rows says so in two comparisons. Only a glyph drawn
 * back within the span of its rows (an overstrike, a line drawn in pieces out of order) is looked up among the
 * glyphs kept, in the {@link TwinIndex}.
 */
export function removeOverstrikes(glyphs: PdfGlyph[]): { kept: PdfGlyph[]; overstruck: Uint8Array } {
	// Until a glyph is dropped the glyphs kept are the glyphs read, and no copy of them is made (a page without
	// overstrikes makes none); the flags take a byte a glyph, outside the heap the collector sweeps.
	let kept: PdfGlyph[] | null = null;
	const overstruck = new Uint8Array(glyphs.length);
	const frontier = new Frontier();
	const index = new TwinIndex();
	for (let i = 0; i < glyphs.length; i++) {
		const glyph = glyphs[i];
		if (!glyph.space) {
			const tolerance = Math.max(OVERSTRIKE_MIN, OVERSTRIKE_TOLERANCE * glyph.size);
			const row = Math.round(glyph.y);
			const reach = Math.ceil(tolerance);
			if (!frontier.beyond(glyph.x, row, reach, tolerance)) {
				const twin = index.find(kept ?? glyphs, kept ? kept.length : i, glyph, row, reach, tolerance);
				if (twin >= 0) {
					overstruck[twin] = 1;
					kept ??= glyphs.slice(0, i);
					continue;
				}
			}
			frontier.keep(glyph.x);
		}
		kept?.push(glyph);
	}
	kept ??= glyphs;
	return { kept, overstruck: overstruck.subarray(0, kept.length) };
}

/**
 * How far the glyphs kept reach along each row (the baseline in whole units): the least and the greatest x.
 * A glyph further than its tolerance beyond all of them, on every row within its reach, has no twin there.
 */
class Frontier {
	private readonly rows = new Map<number, { min: number; max: number }>();
	// The rows last asked about (a row and a reach) and their extent over all of them, which the next glyph on
	// the same row and in the same size asks about again; `own` is the row's own entry.
	private row = NaN;
	private reach = NaN;
	private min = Infinity;
	private max = -Infinity;
	private own = { min: Infinity, max: -Infinity };

	/** Whether x lies further than `tolerance` beyond every glyph kept within `reach` rows of `row`. */
	beyond(x: number, row: number, reach: number, tolerance: number): boolean {
		if (row !== this.row || reach !== this.reach) this.span(row, reach);
		// Differences taken as isTwin takes them, so that the two never disagree at the edge.
		return x - this.max > tolerance || this.min - x > tolerance;
	}

	/** Records a glyph kept at x on the row last asked about. */
	keep(x: number): void {
		this.min = Math.min(this.min, x);
		this.max = Math.max(this.max, x);
		this.own.min = Math.min(this.own.min, x);
		this.own.max = Math.max(this.own.max, x);
	}

	private span(row: number, reach: number): void {
		let own = this.rows.get(row);
		if (!own) this.rows.set(row, (own = { min: Infinity, max: -Infinity }));
		this.row = row;
		this.reach = reach;
		this.own = own;
		this.min = Infinity;
		this.max = -Infinity;
		for (let r = row - reach; r <= row + reach; r++) {
			const entry = this.rows.get(r);
			if (entry) {
				this.min = Math.min(this.min, entry.min);
				this.max = Math.max(this.max, entry.max);
			}
		}
	}
}

/**
 * The glyphs kept, by their first character and their baseline in whole units: a twin is found among the few
 * glyphs of the same character in the rows nearby. The key is a number (row × 2^16 + first UTF-16 unit, a
 * small integer that V8 keeps unboxed on pages up to 16,000 units tall) and leads to the first glyph kept under
 * it; each glyph leads to the next kept under the same key (−1: none), and the first one to the last, where the
 * next is added. Two characters that share a first unit share keys: isTwin tells them apart.
 *
 * Filled only when asked: the glyphs kept since the last look-up are added first, in their order, so that the
 * look-up sees every glyph kept before it, as if each had been added when kept.
 */
class TwinIndex {
	private readonly firstOf = new Map<number, number>();
	private readonly next: number[] = [];
	private readonly lastOf: number[] = [];

	/** The glyph kept that `glyph` is drawn over (its index in `kept`, of which the first `count`), or −1. */
	find(kept: PdfGlyph[], count: number, glyph: PdfGlyph, row: number, reach: number, tolerance: number): number {
		for (let at = this.next.length; at < count; at++) this.add(kept[at], at);
		const code = glyph.text.charCodeAt(0) || 0;
		for (let r = row - reach; r <= row + reach; r++) {
			for (let k = this.firstOf.get(r * 0x10000 + code) ?? -1; k >= 0; k = this.next[k]) {
				if (isTwin(kept[k], glyph, tolerance)) return k;
			}
		}
		return -1;
	}

	private add(glyph: PdfGlyph, at: number): void {
		this.next.push(-1);
		this.lastOf.push(glyph.space ? -1 : at);
		if (glyph.space) return;
		const key = Math.round(glyph.y) * 0x10000 + (glyph.text.charCodeAt(0) || 0);
		const first = this.firstOf.get(key);
		if (first === undefined) this.firstOf.set(key, at);
		else {
			this.next[this.lastOf[first]] = at;
			this.lastOf[first] = at;
		}
	}
}

/** Whether a glyph is drawn over another: the same text and size, within the tolerance in both directions. */
function isTwin(other: PdfGlyph, glyph: PdfGlyph, tolerance: number): boolean {
	return (
		other.text === glyph.text &&
		Math.abs(other.x - glyph.x) <= tolerance &&
		Math.abs(other.y - glyph.y) <= tolerance &&
		Math.abs(other.size - glyph.size) <= OVERSTRIKE_SIZE * glyph.size
	);
}

/** A run being assembled. */
interface Draft {
	text: string;
	/** Geometry of its glyphs that are not spaces (NaN until the first). */
	left: number;
	right: number;
	/** Where its first glyph, space or not, starts. */
	start: number;
	y: number;
	size: number;
	italic: boolean;
	bold: boolean;
	spaceWidth: number;
	/** A space glyph was drawn since the last letter. */
	pendingSpace: boolean;
	/** Its glyphs: from this index of the page's glyphs kept, up to the one before `to`. */
	from: number;
	to: number;
}

/**
 * The run a draft makes, or null when it holds nothing (`end`: where the last glyph drawn, space or not, ends;
 * `share`: the page's space gap share; `glyphs`: the page's glyphs kept, which the draft's range indexes).
 */
function toRun(d: Draft, end: number, share: number, glyphs: PdfGlyph[]): PdfTextRun | null {
	if (!d.text.trim() && !d.pendingSpace) return null;
	const text = normalizeGlyphText(d.pendingSpace ? `${d.text} ` : d.text);
	const bare = !text.trim();
	const run: PdfTextRun = {
		text: bare ? ' ' : text,
		x: bare ? d.start : d.left,
		y: d.y,
		width: bare ? end - d.start : d.right - d.left,
		size: d.size,
		bold: d.bold,
		italic: d.italic,
		wordGap: share * d.spaceWidth
	};
	// Asked of the run's text, not glyph by glyph: its letters are its glyphs' texts.
	if (!bare && RTL_LETTER.test(d.text)) run.units = unitsOf(glyphs, d.from, d.to).map(normalizeGlyphText);
	return run;
}

/**
 * The text of each glyph from `from` up to `to` in drawing order, the spaces drawn between two of them (or
 * before the first, or after the last) as one space: what a right-to-left run is read back from. Collected
 * only for such runs, so that no other run pays for it glyph by glyph.
 */
export function unitsOf(glyphs: PdfGlyph[], from: number, to: number): string[] {
	const units: string[] = [];
	let pendingSpace = false;
	for (let i = from; i < to; i++) {
		if (glyphs[i].space) {
			pendingSpace = true;
			continue;
		}
		if (pendingSpace) units.push(' ');
		pendingSpace = false;
		units.push(glyphs[i].text);
	}
	if (pendingSpace) units.push(' ');
	return units;
}

/**
 * Reads a page's glyphs into runs: glyphs in drawing order join a run while they stay on its baseline, in its
 * size and face, and move forwards without a gap as wide as a space; spaces inside a run are the space glyphs
 * drawn, and the gaps between runs are spaced by the line builder, with each run's {@link PdfTextRun.wordGap}.
 */
export function buildRuns(page: PdfPageGlyphs, spaceEms: Map<string, number> = new Map()): PdfTextRun[] {
	const { kept, overstruck } = removeOverstrikes(page.glyphs);
	const spaceEm = page.fonts.map((font) => spaceEms.get(font.id) ?? DEFAULT_SPACE_EM);
	const boldFont = page.fonts.map((font) => font.bold);
	const italicFont = page.fonts.map((font) => font.italic);
	const spaceOf = (glyph: PdfGlyph) => (spaceEm[glyph.font] ?? DEFAULT_SPACE_EM) * glyph.size;
	const share = drawsItsSpaces(kept, spaceOf) ? DRAWN_SPACE_GAP : UNDRAWN_SPACE_GAP;
	const runs: PdfTextRun[] = [];
	let d: Draft | null = null;
	// What the next glyph is measured against, in locals: every glyph passes here, most of them before the loop
	// is optimised, and the interpreter makes a new number for each one it reads from an object (d.size) or
	// computes (SIZE_BREAK * d.size). Set when a draft opens; `end` is where its last glyph ends, as it grows.
	let y = 0;
	let size = 0;
	let sizeBreak = 0;
	let baselineBreak = 0;
	let overlapBreak = 0;
	let spaceWidth = 0;
	let end = 0;
	for (let i = 0; i < kept.length; i++) {
		const glyph = kept[i];
		const font = glyph.font;
		const bold = boldFont[font] === true || overstruck[i] === 1;
		const italic = italicFont[font] === true;
		const x = glyph.x;
		const glyphSpaceWidth = (spaceEm[font] ?? DEFAULT_SPACE_EM) * glyph.size;
		const glyphEnd = x + glyph.width;
		if (d) {
			const gap = x - end;
			// A gap the glyphs leave open as wide as a space (a tab stop, a column, a word on a page that draws
			// no spaces) ends the run: the line builder sets the space, and a hanging number keeps its own run.
			const breaks =
				Math.abs(glyph.size - size) > sizeBreak ||
				Math.abs(glyph.y - y) > baselineBreak ||
				gap < overlapBreak ||
				gap > share * Math.max(spaceWidth, glyphSpaceWidth) ||
				(!glyph.space && (bold !== d.bold || italic !== d.italic));
			if (breaks) {
				const run = toRun(d, end, share, kept);
				if (run) runs.push(run);
				d = null;
			} else if (glyph.space) {
				d.pendingSpace = true;
				end = Math.max(end, glyphEnd);
				d.to = i + 1;
				continue;
			} else if (d.pendingSpace) {
				d.text += ' ';
				d.pendingSpace = false;
			}
		}
		if (!d) {
			d = {
				text: glyph.space ? '' : glyph.text,
				left: glyph.space ? NaN : x,
				right: glyph.space ? NaN : glyphEnd,
				start: x,
				y: glyph.y,
				size: glyph.size,
				italic,
				bold,
				spaceWidth: glyphSpaceWidth,
				pendingSpace: glyph.space,
				from: i,
				to: i + 1
			};
			y = glyph.y;
			size = glyph.size;
			sizeBreak = SIZE_BREAK * size;
			baselineBreak = BASELINE_TOLERANCE * size;
			overlapBreak = -OVERLAP_BREAK * size;
			spaceWidth = glyphSpaceWidth;
			end = glyphEnd;
			continue;
		}
		// A letter joins the run (a space glyph never gets here).
		if (Number.isNaN(d.left)) d.left = x;
		d.right = Number.isNaN(d.right) ? glyphEnd : Math.max(d.right, glyphEnd);
		d.text += glyph.text;
		d.to = i + 1;
		end = glyphEnd;
	}
	const last = d ? toRun(d, end, share, kept) : null;
	if (last) runs.push(last);
	return runs;
}
