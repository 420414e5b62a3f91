/**
 * Step 5 of reading a PDF: the footnotes of a page, taken out of the text flow. A UN document sets them at the
 * foot of the page that cites them, under a short rule (drawn, or a line of underscores in Word's PDFs), in
 * type smaller than the body, each opened by its mark set as a superscript; the marks in the text are raised
 * superscripts too (lines.ts reads both into superscript digits). A note too long for its page goes on under
 * the rule of the next page, without a mark.
 *
 * Which lines are notes, by position and size: the lines under the rule when all of them are in small type;
 * failing a rule, the run of small lines at the foot of the page, provided the first opens with a mark. Each
 * note starts at a line that opens with a mark; the lines after it continue it. Cost: linear in the lines.
 */
import { SUPERSCRIPT_CLASS, readSuperscript, toSuperscriptDigits } from '../../core/text/superscript';
import type { Line } from './lines';
import type { PdfRule } from './glyphs';
import { joinText } from './write';

/** A page split into its body lines and its footnotes (each `¹ text`, in superscript digits). */
export interface PageZones {
	body: Line[];
	notes: string[];
	/** Text under the rule before the first mark: the end of the previous page's last note. */
	carried: string;
}

/** Footnotes are set in type at most this share of the body size (UN: 8.5 or 9 against 10 or 12). Unit: ratio. */
const NOTE_SIZE = 0.88;
/** A drawn footnote rule is shorter than this share of the page's width (a header rule spans the text). */
const NOTE_RULE_MAX_WIDTH = 0.6;
/** A drawn footnote rule stands below this share of the page's height. Unit: ratio. */
const NOTE_RULE_ZONE = 0.6;

/** A rule typed as text: underscores, dashes or box-drawing lines (at least five). */
const RULE_TEXT = /^[_\u2014\u2015\u2500\u2501-]{5,}$/;

/** Whether a line is a footnote rule typed as text. */
export const isRuleLine = (line: Line) => RULE_TEXT.test(line.text.replace(/\s/g, ''));

/** A footnote line that opens with its mark in superscript digits, or *, †, ‡: the mark, the text. */
const SUPERSCRIPT_NOTE = new RegExp(`^([${SUPERSCRIPT_CLASS}]+|[*†‡])\\s*(\\S.*)$`, 'u');

/**
 * The mark at the head of a footnote line: superscript digits (or *, †, ‡), or a number set apart from the
 * text. A plain number only counts when it is the next one (`previous` + 1) or opens the page's notes, so that a
 * continuation line starting with a year is not taken for a new note.
 */
export function noteMark(text: string, previous: string | null): { mark: string; rest: string } | null {
	const sup = SUPERSCRIPT_NOTE.exec(text);
	if (sup && !/^\*\d+\*$/.test(text)) return { mark: sup[1], rest: sup[2] };
	const digits = /^(\d{1,3})\s+(\S.*)$/.exec(text);
	if (!digits) return null;
	const prev = previous === null ? null : Number(readSuperscript(previous));
	if (prev !== null && Number(digits[1]) !== prev + 1) return null;
	return { mark: toSuperscriptDigits(digits[1]), rest: digits[2] };
}

/** Takes the footnotes out of a page's lines (see the module comment). */
export function splitFootnotes(
	lines: Line[],
	page: { width: number; height: number; rules?: PdfRule[] },
	bodySize: number,
	spaced: boolean
): PageZones {
	const small = (line: Line) => line.size <= NOTE_SIZE * bodySize;
	// Where the notes start, and whether a rule says so.
	let start = lines.length;
	let ruled = false;
	const textRule = lines.findIndex(isRuleLine);
	const rules = (page.rules ?? []).filter(
		(r) => r.width < page.width * NOTE_RULE_MAX_WIDTH && r.y < page.height * NOTE_RULE_ZONE
	);
	if (textRule >= 0 && textRule + 1 < lines.length && lines.slice(textRule + 1).every(small)) {
		start = textRule + 1;
		ruled = true;
	} else {
		// The lowest rule with only small lines under it, or else the run of small lines at the foot.
		for (const rule of [...rules].sort((a, b) => a.y - b.y)) {
			const below = lines.findIndex((line) => line.y < rule.y);
			if (below >= 0 && lines.slice(below).every(small)) {
				start = below;
				ruled = true;
				break;
			}
		}
		if (!ruled) {
			while (start > 0 && small(lines[start - 1])) start--;
		}
	}
	const noteLines = lines.slice(start).filter((line) => !isRuleLine(line));
	const firstMarked = noteLines.findIndex((line) => noteMark(line.text.trim(), null) !== null);
	// Small lines at the foot that open with no mark are text (a note, a signature), unless a rule sets them
	// apart as the end of the note the previous page began.
	if (!noteLines.length || (!ruled && firstMarked !== 0)) {
		return { body: lines.filter((line) => !isRuleLine(line)), notes: [], carried: '' };
	}
	const opening = firstMarked < 0 ? noteLines.length : firstMarked;
	let carried = '';
	for (const line of noteLines.slice(0, opening)) carried = joinText(carried, line.text.trim(), spaced);
	const notes: string[] = [];
	let mark: string | null = null;
	for (const line of noteLines.slice(opening)) {
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
	return { body, notes, carried };
}
