/**
 * Splitter for run-on text (tokenized corpus text, and text that lost its line breaks): one line holds many
 * paragraphs, so paragraph starts are found from the drafting itself. Finds the letterhead, the title
 * ("67/38."), the subject ("大会，"), preambular paragraphs at each drafting opener after a "，", operative
 * paragraphs at "N. " with N counting up from 1 (so "67/38." and "第56/24T" never split), and the closing
 * date and meeting at the end. Existing line breaks are kept as boundaries too. Starts found from openers are
 * marked `inferred`.
 */
import { isSpaceUnit } from '../../text/cjk';
import { PART_LETTER, PART_LETTER_IN_TITLE, type DraftingConventions, type OpenerTable } from '../drafting';
import { withoutCellBorder } from './lines';
import type { Block, Marker, SplitResult } from './types';

/** How far from the start the title and subject are looked for. */
const HEAD_SPAN = 4000;

/** Skip white space forward from `i`. */
function skipSpaces(text: string, i: number, end: number): number {
	while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
	return i;
}

/** Most digits of a footnote mark printed as plain digits after the punctuation that ends a paragraph. */
const MARK_DIGITS_MAX = 2;

/** Whether a UTF-16 unit is an ASCII digit. */
function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

/**
 * The index of the character before a footnote mark printed as plain digits right after a paragraph's closing
 * punctuation ("报告;23 3. 请…": the ";" before "23"), or `at` itself when no such mark ends there.
 */
function beforeMark(text: string, at: number, start: number): number {
	let i = at;
	while (i >= start && at - i < MARK_DIGITS_MAX && isDigit(text.charCodeAt(i))) i--;
	return i < at && i >= start && /[，；。,;.]/.test(text[i]) ? i : at;
}

/** Skip white space backward from `i` (exclusive); returns the index of the last non-space before `i`, or -1. */
function lastNonSpace(text: string, i: number, start: number): number {
	let j = i - 1;
	while (j >= start && isSpaceUnit(text.charCodeAt(j))) j--;
	return j;
}

/**
 * The longest opener in `table` that `text` starts with at `index`, comparing without white space (a
 * tokenizer writes 意识到 as "意识 到"). Returns the end of the match in `text`, or -1.
 */
function matchOpenerLoose(text: string, index: number, end: number, table: OpenerTable): number {
	const candidates = table.byFirst.get(text[index]);
	if (!candidates) return -1;
	for (const word of candidates) {
		let i = index;
		let k = 0;
		while (k < word.length && i < end) {
			if (word[k] === ' ') {
				k++;
				continue;
			}
			if (isSpaceUnit(text.charCodeAt(i)) && i > index) {
				i++;
				continue;
			}
			if (text[i] !== word[k]) break;
			i++;
			k++;
		}
		if (k < word.length) continue;
		if (table.wordBoundary && i < end && /[A-Za-z]/.test(text[i])) continue;
		return i;
	}
	return -1;
}

/** How many characters of the text at a cut may hold its letter. */
const PART_LETTER_SPAN = 8;

/** A paragraph start found in run-on text. */
interface Cut {
	at: number;
	/** Where the paragraph's text starts (after its number). */
	textAt: number;
	marker: Marker | null;
	number: string | null;
	inferred: boolean;
}

const RUN_ON_TITLE = /(?:^|\s)((?:ES-|S-)?\d{1,3}\/\d{1,4}(?:\s?[A-Z]{1,2})?)\.(?=\s)/d;
/**
 * An operative paragraph number in run-on text: "4. ", "4．决定", up to four digits as in line-based text
 * (drafting.ts NUMBERED_PARAGRAPH). The pattern alone would take a year ("in 2012. ") or the tail of a longer
 * number; splitRunOn takes a match only after white space, after the end of a paragraph, and when it is the
 * next number counting up from 1, so a year in running text is a paragraph number only at paragraph 2012.
 */
const RUN_ON_NUMBER = /(\d{1,4})\s?[.．](?=\s|[\u3400-\u9fff])/g;

/**
 * Splitter for run-on text (tokenized corpus text): finds the letterhead, the title ("67/38."), the
 * subject ("大会，"), preambular paragraphs at each drafting opener after a "，", operative paragraphs at
 * "N. " with N counting up from 1 (so "67/38." and "第56/24T" never split), and the closing date and
 * meeting at the end. Existing line breaks are kept as boundaries too.
 */
export function splitRunOn(
	body: string,
	conv: DraftingConventions,
	openers: OpenerTable,
	maxBlocks: number
): SplitResult {
	const lineStarts: number[] = [0];
	for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	const lineOf = (offset: number) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
	const cuts: Cut[] = [];
	let overflow = false;
	const cut = (at: number, marker: Marker | null, inferred = false, number: string | null = null, textAt = at) =>
		cuts.push({ at, textAt, marker, number, inferred });

	// Closing date and meeting: at the very end, and inside the text where a web page holds several lettered
	// resolutions ("…简要记录。 1996年12月10日 第79次全体会议 无核武器的南半球和邻近地区 大会, …").
	const closings = findClosings(body, conv);
	const last = closings.length > 0 ? closings[closings.length - 1] : null;
	const atEnd = last !== null && skipSpaces(body, last.end, body.length) >= body.length;
	let end = closings.length > 0 ? closings[0].at : body.length;
	for (const c of closings) {
		cut(c.at, 'closing');
		cut(c.secondAt, 'closing');
	}

	// Title and subject near the start.
	const head = body.slice(0, Math.min(end, HEAD_SPAN));
	const title = RUN_ON_TITLE.exec(head);
	const titleAt = title?.indices?.[1] ? title.indices[1][0] : -1;
	const headingSearchFrom = titleAt >= 0 ? titleAt : 0;
	const heading = conv.runOnHeading.exec(head.slice(headingSearchFrom));
	const headingAt = heading ? headingSearchFrom + heading.index : -1;
	const headingEnd = heading ? headingAt + heading[0].length : -1;
	const letterheadEnd = titleAt >= 0 ? titleAt : headingAt >= 0 ? headingAt : 0;
	if (letterheadEnd > 0) {
		// Letterhead items: bracketed lines stand alone ("[根据第一委员会的报告(A/67/409)通过]").
		cut(skipSpaces(body, 0, letterheadEnd), 'letterhead');
		for (let i = 0; i < letterheadEnd; i++) {
			if (body[i] === '[') cut(i, 'bracket');
			else if (body[i] === ']' && skipSpaces(body, i + 1, letterheadEnd) < letterheadEnd) {
				cut(skipSpaces(body, i + 1, letterheadEnd), 'letterhead');
			}
		}
	}
	if (titleAt >= 0) cut(titleAt, 'title');
	// The first of several lettered resolutions on a page: its letter and heading after the common title
	// ("50/72. 审查…执行情况 A. 裁军谈判会议的报告 大会, …"), looked for after the number ("50/72 A." is a number).
	if (title && titleAt >= 0 && headingAt > titleAt) {
		const from = title.index + title[0].length;
		const letter = PART_LETTER_IN_TITLE.exec(body.slice(from, headingAt));
		if (letter) cutPart(from + letter.index + letter[0].indexOf(letter[1]));
	}
	if (headingAt >= 0) cut(headingAt, 'heading');
	const bodyStart = headingEnd >= 0 ? headingEnd : titleAt >= 0 ? titleAt : 0;
	readPart(bodyStart, end, headingAt >= 0);

	// After a closing inside the text, the next lettered resolution: its title, its subject, its paragraphs.
	for (let k = 0; k < closings.length; k++) {
		if (k === closings.length - 1 && atEnd) break;
		const from = skipSpaces(body, closings[k].end, body.length);
		end = k + 1 < closings.length ? closings[k + 1].at : body.length;
		if (from >= end) continue;
		const subject = conv.runOnHeading.exec(body.slice(from, Math.min(end, from + HEAD_SPAN)));
		if (!subject) continue;
		if (!cutPart(from)) cut(from, null);
		cut(from + subject.index, 'heading');
		readPart(from + subject.index + subject[0].length, end, true);
	}

	/** Cut at a lettered resolution's letter ("B. 裁军周"): a section numbered by its letter; false when none. */
	function cutPart(at: number): boolean {
		const m = PART_LETTER.exec(body.slice(at, at + PART_LETTER_SPAN));
		if (!m) return false;
		cut(at, 'section', false, m[1], at + m[0].length);
		return true;
	}

	/**
	 * The paragraphs of one resolution between its subject (or title) and its closing: operative paragraphs at
	 * "N." counting up from 1, preambular paragraphs at each opener after a paragraph-ending comma before them.
	 */
	function readPart(bodyStart: number, end: number, hasSubject: boolean): void {
		// Operative paragraphs: "N." with N counting up, after the end of the previous paragraph.
		let expected = 1;
		let firstOperative = end;
		RUN_ON_NUMBER.lastIndex = bodyStart;
		for (let m = RUN_ON_NUMBER.exec(body); m && m.index < end; m = RUN_ON_NUMBER.exec(body)) {
			if (Number(m[1]) !== expected) continue;
			const before = m.index > 0 ? body.charCodeAt(m.index - 1) : 0x20;
			if (!isSpaceUnit(before) && m.index !== bodyStart) continue;
			const prev = beforeMark(body, lastNonSpace(body, m.index, bodyStart), bodyStart);
			if (prev >= bodyStart && !(conv.paragraphEnders + '。：.:').includes(body[prev])) continue;
			if (expected === 1) firstOperative = m.index;
			cut(m.index, 'number', false, String(expected), skipSpaces(body, m.index + m[0].length, end));
			expected++;
		}

		// Preambular paragraphs: an opener right after a paragraph-ending comma or semicolon.
		const preambleStart = skipSpaces(body, bodyStart, firstOperative);
		if (preambleStart < firstOperative && hasSubject) cut(preambleStart, null);
		for (let i = preambleStart; i < firstOperative; i++) {
			if (!conv.paragraphEnders.includes(body[i])) continue;
			// A footnote mark printed as digits may stand between the comma and the opener ("报告,1 深信…").
			let j = skipSpaces(body, i + 1, firstOperative);
			let k = j;
			while (k < firstOperative && k - j < MARK_DIGITS_MAX && isDigit(body.charCodeAt(k))) k++;
			if (k > j && k - j <= MARK_DIGITS_MAX) j = skipSpaces(body, k, firstOperative);
			if (j >= firstOperative) break;
			if (matchOpenerLoose(body, j, firstOperative, openers) > j) cut(j, null, true);
		}
	}

	// Line breaks that survived are boundaries as well.
	for (let i = 0; i < body.length; i++) {
		if (body[i] === '\n') {
			const j = skipSpaces(body, i + 1, body.length);
			if (j < body.length) cut(j, null);
		}
	}
	cut(skipSpaces(body, 0, body.length), null);

	// Sort, keep the most specific cut at each position, build blocks.
	cuts.sort((a, b) => a.at - b.at || rank(b) - rank(a));
	const blocks: Block[] = [];
	for (let k = 0; k < cuts.length; k++) {
		if (k > 0 && cuts[k].at === cuts[k - 1].at) continue;
		let next = k + 1;
		while (next < cuts.length && cuts[next].at === cuts[k].at) next++;
		// Past the most paragraphs a text is read into, the rest stays in the last one.
		if (blocks.length + 1 >= maxBlocks && next < cuts.length) {
			next = cuts.length;
			overflow = true;
		}
		const stop = next < cuts.length ? cuts[next].at : body.length;
		const c = cuts[k];
		// A closing reads as printed, without the cell border a web page's table left after it.
		const raw = c.marker === 'closing' ? withoutCellBorder(body.slice(c.textAt, stop)) : body.slice(c.textAt, stop);
		if (!raw.trim() && c.number === null) continue;
		blocks.push({
			raw: raw.replace(/\n/g, ' '),
			marks: [],
			number: c.number,
			marker: c.marker,
			line: lineOf(c.at),
			inferred: c.inferred
		});
		if (overflow) break;
	}
	return { blocks, footnotes: [], furnitureSymbol: null, overflow };
}

/** A closing found in run-on text: where its first part (date or meeting) starts, where its second starts, where it ends. */
interface ClosingAt {
	at: number;
	secondAt: number;
	end: number;
}

/**
 * The closings of run-on text: the date and meeting after the end of a paragraph (drafting `runOnClosing`),
 * at the end of the text and, where a page holds several lettered resolutions, inside it. The convention's
 * pattern is anchored at the end of the text; without that anchor, and with its own flags (`u`, `i`), it finds a
 * closing anywhere.
 */
function findClosings(body: string, conv: DraftingConventions): ClosingAt[] {
	const flags = conv.runOnClosing.flags.replace(/[dgy]/g, '');
	const anywhere = new RegExp(conv.runOnClosing.source.replace(/\$$/, ''), `${flags}dg`);
	const found: ClosingAt[] = [];
	for (let m = anywhere.exec(body); m !== null; m = anywhere.exec(body)) {
		const date = m.indices?.[1];
		const meeting = m.indices?.[2];
		if (!date || !meeting) continue;
		found.push({ at: date[0], secondAt: meeting[0], end: meeting[1] });
	}
	return found;
}

/** Which of two cuts at the same position wins: the one that says most. */
function rank(c: Cut): number {
	if (c.marker === 'number') return 5;
	if (c.marker === 'closing' || c.marker === 'title' || c.marker === 'heading') return 4;
	if (c.marker === 'bracket' || c.marker === 'letterhead') return 3;
	return c.inferred ? 1 : 2;
}
