/**
 * Footnotes: the forms a footnote line takes, the footnote area under a rule at the foot of a page, and the
 * marks that cite them in the text.
 *
 * How each extractor prints a footnote area (after the rule `__________________`):
 * - Word, Markdown, pdf.js copy-paste, PyMuPDF: mark and text on one line ("1 See A/AC.105/1137.", "[^1]: …",
 *   "¹ 第 55/2 号决议。"), in order; a long text wraps onto lines of its own.
 * - pdftotext without -layout, and the Chinese PDF text of the seeds: the mark on a line of its own, often apart
 *   from its text: "Resolution 70/1." "Resolution 69/283, annex II." "4" "See FCCC/…" "2" "3" (A/RES/73/6, page 2)
 *   — the marks' small type makes the extractor read them in another order than the texts. Within a page,
 *   though, the texts keep their order and the marks ascend, so the marks that stand alone, sorted, are paired
 *   with the texts that stand without a mark, in order. A text that continues from the page before (the area
 *   starts with a text and holds one more text than marks) joins the footnote it continues.
 * - pdftotext -layout: the mark alone, its text on the next line, in order (the same pairing reads it).
 * The area ends where the text flow resumes: at a page break (the form feed pdftotext writes), at page
 * furniture once every mark has its text, or at a line that cannot be a footnote (a paragraph number, a
 * preambular opener, the subject) or that starts in lower case after a finished footnote.
 */
import { SUPERSCRIPT_CLASS, isSuperscriptDigit, readSuperscript } from '../../text/superscript';
import type { FootnoteDraft, LineInfo } from './types';

/** A footnote mark alone on a line: digits or stars. */
export const MARK_ONLY = /^(\d{1,3}|[*†‡]{1,3})$/;
/** Superscript digits alone on a line. */
export const SUPERSCRIPT_ONLY = new RegExp(`^[${SUPERSCRIPT_CLASS}]{1,3}$`, 'u');
const FOOTNOTE_WITH_TEXT = /^(\d{1,3}|[*†‡]{1,3})[ \t]+(\S.*)$/;
const SUPERSCRIPT_FOOTNOTE = new RegExp(`^([${SUPERSCRIPT_CLASS}]{1,3})[ \\t]*(\\S.*)$`, 'u');
const MARKDOWN_FOOTNOTE = /^\[\^?(\d{1,3}|\*{1,3})\]:?[ \t]+(\S.*)$/;
const CARET_FOOTNOTE = /^\^(\d{1,3})[ \t]+(\S.*)$/;
/** A footnote line marked with stars: "* 代表属于不结盟运动成员的联合国会员国。". */
export const STAR_FOOTNOTE = /^(\*{1,3})[ \t]+(\S.*)$/;
/** Stars cited as a footnote mark: right after a word, before a colon, comma or the end ("阿塞拜疆*：决议草案"). */
export const STAR_CITED = /[^\s*](\*{1,3})(?=[：:，,、\s]|$)/g;
/** The same, to ask whether a line cites any (cheaper than the draft-line test that must also pass). */
export const CITES_STAR = new RegExp(STAR_CITED.source);
/** The end of a footnote's text: a sentence end, maybe closed by a quotation mark or bracket. */
const FOOTNOTE_END = /[。.！？!?；;][”’)）\]]*$/;
/** A footnote line of PDF text ending, and the next one starting, with a letter or digit: joined by a space. */
const ALNUM_END = /[A-Za-z0-9]$/;
const ALNUM_START = /^[A-Za-z0-9(]/;
/**
 * A line that could be a whole footnote: a reference, short, opening with a capital or a symbol ("Ibid.",
 * "Resolution 70/1.", "A/HRC/49/87.", "Véase la resolución 2200 A (XXI), anexo."), never a paragraph's line.
 */
const FOOTNOTE_LIKE = /^(?:\p{Lu}|\d)[^]{0,99}$/u;
/** Markers of lines that are never part of a footnote area: the text flow has resumed. */
const FLOW_MARKERS = new Set(['opener', 'heading', 'closing', 'title', 'section', 'md-heading']);

/** Read a footnote line of clean text: "¹ 第 55/2 号决议。", "[^1]: …", "^1 …". */
export function readFootnoteLine(trimmed: string): FootnoteDraft | null {
	// Each form is known by its first character (superscript digit, `[`, `^`): most lines need no regex at all.
	const first = trimmed.charCodeAt(0);
	const m = isSuperscriptDigit(first)
		? SUPERSCRIPT_FOOTNOTE.exec(trimmed)
		: first === 0x5b
			? MARKDOWN_FOOTNOTE.exec(trimmed)
			: first === 0x5e
				? CARET_FOOTNOTE.exec(trimmed)
				: null;
	if (!m) return null;
	const mark = isSuperscriptDigit(first) ? readSuperscript(m[1]) : m[1];
	return { mark, raw: m[2], line: 0 };
}

/** One item of a footnote area: a mark alone, or a text with or without its mark. */
interface AreaItem {
	mark: string | null;
	raw: string;
	line: number;
	/** A text line (else a mark alone). */
	text: boolean;
}

/** Numeric order of marks; stars before digits, fewer stars first. */
function markOrder(a: string, b: string): number {
	const na = /^\d/.test(a) ? Number(a) : -10 + a.length;
	const nb = /^\d/.test(b) ? Number(b) : -10 + b.length;
	return na - nb;
}

/** Join a wrapped line of a footnote to its text: Chinese lines without a space, others with one. */
function joinFootnoteLine(raw: string, line: string, pdf: boolean): string {
	if (raw === '') return line;
	if (raw.endsWith('\u00ad')) return raw.slice(0, -1) + line;
	if (!pdf || ALNUM_END.test(raw) || ALNUM_START.test(line)) return `${raw} ${line}`;
	return raw + line;
}

/** Collects the footnotes of a text; an area under a rule is read as a whole and paired when it ends. */
export class FootnoteCollector {
	readonly footnotes: FootnoteDraft[] = [];
	private area: AreaItem[] | null = null;
	/** Page furniture seen since the area's last item. */
	private furnitureSince = false;

	/** Whether an area under a rule is being read. */
	get inArea(): boolean {
		return this.area !== null;
	}

	/** Close the area being read, if any. */
	flush(): void {
		this.closeArea();
	}

	/** A footnote rule: an area starts (the one before ends). */
	rule(): void {
		this.flush();
		this.area = [];
		this.furnitureSince = false;
	}

	/** Page furniture inside an area: skipped, but it tells that the page foot has been reached. */
	furniture(): void {
		if (this.area) this.furnitureSince = true;
	}

	/** A page break inside an area ends it. */
	pageBreak(): void {
		this.closeArea();
	}

	/** Counts of the area's marks and of its texts without a mark. */
	private balance(): { marks: number; texts: number; finished: boolean } {
		let marks = 0;
		let texts = 0;
		let finished = true;
		const area = this.area ?? [];
		const previous = this.footnotes[this.footnotes.length - 1];
		// A first text that continues the unfinished footnote of the page before needs no mark.
		const skip = area[0]?.text && area[0].mark === null && previous && !FOOTNOTE_END.test(previous.raw) ? 1 : 0;
		for (const item of area.slice(skip)) {
			if (!item.text) marks++;
			else if (item.mark === null) texts++;
			if (item.text) finished = FOOTNOTE_END.test(item.raw);
		}
		return { marks, texts, finished };
	}

	/**
	 * Read one line of a footnote area (furniture is reported apart, through {@link furniture}). Returns false
	 * for a line that ends the area (which is then closed): the text flow resumes with it.
	 */
	areaLine(
		trimmed: string,
		line: number,
		info: LineInfo,
		pdf: boolean,
		blankSince: boolean,
		indented = false
	): boolean {
		const area = this.area;
		if (!area) return false;
		const last = area[area.length - 1];
		const { marks, texts, finished } = this.balance();
		// Every loose mark has its loose text and the last text has ended: the area could end here.
		const balanced = texts === marks && (last === undefined || !last.text || finished);
		// A Markdown footnote goes on on indented lines ("[^3]: … Sales No." / "    E.86.IX.7), appendix VII.").
		const lastOpen = last?.text === true && (!FOOTNOTE_END.test(last.raw) || (!pdf && indented && !blankSince));
		// Page furniture passed with no mark waiting for its text: the next page's text (a footnote left
		// unfinished goes on in the next page's area, after that page's text).
		if (this.furnitureSince && texts >= marks && area.length > 0) {
			this.closeArea();
			return false;
		}
		this.furnitureSince = false;
		if (MARK_ONLY.test(trimmed)) {
			area.push({ mark: trimmed, raw: '', line, text: false });
			return true;
		}
		// A mark and its text on one line: "1 See A/AC.105/1137.", "[^2]: …", "² …" — unless it continues a text
		// that has not ended (a wrapped "15 December 2022, …").
		const def = readFootnoteLine(trimmed);
		const withText = def ? null : FOOTNOTE_WITH_TEXT.exec(trimmed);
		if ((def || withText) && !lastOpen) {
			area.push({ mark: def ? def.mark : withText![1], raw: def ? def.raw : withText![2], line, text: true });
			return true;
		}
		// Where the flow resumes: every mark has its text and the last text has ended, a paragraph starts, or (in
		// clean text, where a footnote is one line or lines without a blank between) a blank line.
		// A short sentence right under the last may still be a footnote whose mark pdftotext sets after it ("1" /
		// "Resolución 217 A (III)." / "Véase la resolución 2200 A (XXI), anexo." / "3" / "Ibid." / … "2"; "5" /
		// "A/77/501." / "A/76/333." / "7" … "6", A/RES/77/247): the area goes on to the page's furniture, which ends it.
		const noteLike =
			!blankSince &&
			(info.marker === null || info.marker === 'letterhead') &&
			FOOTNOTE_LIKE.test(trimmed) &&
			FOOTNOTE_END.test(trimmed);
		if (
			(balanced && !lastOpen && area.length > 0 && !noteLike) ||
			(!pdf && blankSince && texts >= marks && area.length > 0) ||
			(info.marker !== null && FLOW_MARKERS.has(info.marker) && !lastOpen)
		) {
			this.closeArea();
			return false;
		}
		if (lastOpen || (last?.text === true && pdf && info.marker === 'bracket')) {
			last.raw = joinFootnoteLine(last.raw, trimmed, pdf);
			return true;
		}
		// A text after its mark, or a text whose mark stands elsewhere in the area.
		area.push({ mark: null, raw: trimmed, line, text: true });
		return true;
	}

	/** A footnote given as one line outside an area ("¹ …", "[^1]: …", "* …"): an area starts with it. */
	lineFootnote(mark: string, raw: string, line: number): void {
		if (!this.area) this.area = [];
		this.furnitureSince = false;
		this.area.push({ mark, raw, line, text: true });
	}

	/** Pair the area's marks with its texts and keep the footnotes. */
	private closeArea(): void {
		const area = this.area;
		this.area = null;
		if (!area || area.length === 0) return;
		const loose = area.filter((i) => !i.text).map((i) => i.mark as string);
		loose.sort(markOrder);
		const unmarked = area.filter((i) => i.text && i.mark === null);
		// A text that continues the last footnote of the page before: the area starts with it, and it has no mark.
		const previous = this.footnotes[this.footnotes.length - 1];
		if (
			unmarked.length > loose.length &&
			area[0].text &&
			area[0].mark === null &&
			previous &&
			!FOOTNOTE_END.test(previous.raw)
		) {
			previous.raw = joinFootnoteLine(previous.raw, area[0].raw, true);
			area.shift();
			unmarked.shift();
		}
		const markOf = new Map<AreaItem, string>();
		unmarked.forEach((item, k) => {
			if (k < loose.length) markOf.set(item, loose[k]);
		});
		const out: FootnoteDraft[] = [];
		for (const item of area) {
			if (!item.text) continue;
			const mark = item.mark ?? markOf.get(item);
			if (mark !== undefined) out.push({ mark, raw: item.raw, line: item.line });
			// A text with no mark left for it belongs to the footnote before it: nothing is dropped.
			else if (out.length > 0) out[out.length - 1].raw = joinFootnoteLine(out[out.length - 1].raw, item.raw, true);
			else if (previous) previous.raw = joinFootnoteLine(previous.raw, item.raw, true);
			else out.push({ mark: '?', raw: item.raw, line: item.line });
		}
		// Marks with no text: the footnote is cited, its text missing (a warning says so later).
		for (const mark of loose.slice(unmarked.length)) out.push({ mark, raw: '', line: area[0].line });
		this.footnotes.push(...out);
	}
}
