/**
 * Giving each block its kind, and reading the meta that letterhead, title and closing carry. A resolution:
 * letterhead (to meta) up to the title "76/40. …", the subject "大会，", preambular paragraphs until the first
 * numbered one, operative paragraphs and their subparagraphs, the closing date and meeting, and after them any
 * annex (its paragraphs are the annexed text's, not the resolution's: kind `other`, numbers kept). A report:
 * section and country headings, numbered and body paragraphs.
 */
import {
	isAnnexHeading,
	DRAFT_SYMBOL,
	RESOLUTION_NUMBER,
	SECTION_HEADING_MAX,
	endsWithParagraphPunctuation,
	matchOpener,
	type DraftingConventions,
	type OpenerTable
} from '../drafting';
import { deleteRanges, type TrackedText } from '../../text/normalize';
import type { ParagraphKind } from '../../types';
import type { Warning } from '../../warnings';
import { sessionOfSymbol } from '../un-patterns';
import {
	LETTERHEAD_BLOCK_MAX,
	findUnnumberedTitle,
	isTitleLike,
	readLetterheadBlock,
	type LetterheadReading
} from './letterhead';
import { isAssemblyHeading, readClosing } from './lines';
import type { RenderedBlock, StructuredMeta, StructuredParagraph } from './types';

/** How many blocks after the title the subject ("大会，") is looked for; without a title, from the start. */
const SUBJECT_AFTER_TITLE = 6;
const SUBJECT_WITHOUT_TITLE = 30;
/** How many blocks from the start the title ("76/40. …") is looked for. */
const TITLE_SEARCH_BLOCKS = 25;
/** Most blocks the closing takes: the meeting and the date. */
const CLOSING_BLOCKS = 2;
/** Longest country heading of a report ("委内瑞拉玻利瓦尔共和国", "Bolivarian Republic of Venezuela"). */
const COUNTRY_HEADING_MAX = 40;

/** Remove the first `length` characters of a tracked text. */
function dropPrefix(t: TrackedText, length: number): TrackedText {
	return length > 0 ? deleteRanges(t, [0, length]) : t;
}

/** The part [from, to) of a tracked text, marks and emphasis moved along. */
function sliceTracked(t: TrackedText, from: number, to: number): TrackedText {
	const cut: number[] = [];
	if (to < t.text.length) cut.push(to, t.text.length);
	const tail = cut.length > 0 ? deleteRanges(t, cut) : t;
	return dropPrefix(tail, from);
}

/** Options of the classifier. */
export interface ClassifyContext {
	conv: DraftingConventions;
	verbs: OpenerTable;
	/** Preambular openers: a paragraph after a subject without its comma that opens so is preambular. */
	openers: OpenerTable;
	furnitureSymbol: string | null;
}

/**
 * Give each rendered block its kind. A resolution: letterhead (to meta) up to the title "76/40. …", the
 * subject "大会，", preambular paragraphs until the first numbered one, operative paragraphs and their
 * subparagraphs, and the closing date and meeting at the end. A report: section headings ("一. 导言", number
 * "一") and country headings (a short line followed by "[原件：…]") are 'heading'; the "[原件：西班牙文]" and
 * "[2012 年 6 月 5 日]" lines under a country heading are 'other' paragraphs of their own (kept as printed, so
 * nothing is lost and they align with their counterparts); numbered paragraphs are 'other' with their
 * number, as are body paragraphs without one; dash items are 'subparagraph' of the paragraph above them.
 * Anything that is neither: 'other', with a warning.
 */
export function classify(
	blocks: RenderedBlock[],
	ctx: ClassifyContext
): { paragraphs: StructuredParagraph[]; meta: StructuredMeta; warnings: Warning[] } {
	const { conv } = ctx;
	const paragraphs: StructuredParagraph[] = [];
	const meta: StructuredMeta = {};
	const warnings: Warning[] = [];
	const letterhead: string[] = [];
	const reading: LetterheadReading = {};
	const n = blocks.length;
	const textOf = (i: number) => blocks[i].tracked.text;

	// `parent`: the index of the paragraph a subparagraph belongs to, or -1.
	const push = (b: RenderedBlock, kind: ParagraphKind, t: TrackedText = b.tracked, parent = -1) => {
		const p: StructuredParagraph = {
			kind,
			number: b.number,
			text: t.text,
			marks: t.marks,
			emphasis: t.emphasis,
			line: b.line
		};
		if (b.inferred) p.inferred = true;
		if (parent >= 0) p.parent = parent;
		paragraphs.push(p);
		return paragraphs.length - 1;
	};

	let titleAt = -1;
	for (let i = 0; i < Math.min(n, TITLE_SEARCH_BLOCKS); i++) {
		if (blocks[i].number === null && RESOLUTION_NUMBER.test(textOf(i))) {
			titleAt = i;
			break;
		}
	}
	let headingAt = -1;
	const headingFrom = titleAt >= 0 ? titleAt + 1 : 0;
	for (
		let i = headingFrom;
		i < Math.min(n, headingFrom + (titleAt >= 0 ? SUBJECT_AFTER_TITLE : SUBJECT_WITHOUT_TITLE));
		i++
	) {
		if (blocks[i].number === null && isAssemblyHeading(textOf(i), conv, titleAt >= 0)) {
			headingAt = i;
			break;
		}
	}
	const isResolution = titleAt >= 0 || headingAt >= 0;
	const draftTitleAt = titleAt < 0 && headingAt > 0 ? findUnnumberedTitle(blocks, headingAt, conv) : -1;
	const firstSection = blocks.findIndex((b) => b.marker === 'section');
	const isReport =
		!isResolution &&
		((ctx.furnitureSymbol !== null && !/\/RES\//.test(ctx.furnitureSymbol)) ||
			firstSection >= 0 ||
			blocks.some((b) => conv.originalLanguageLine.test(b.tracked.text)));

	// Letterhead: the short lines before the title (resolution) or the first section (report).
	const letterheadEnd = isResolution
		? titleAt >= 0
			? titleAt
			: draftTitleAt >= 0
				? draftTitleAt
				: headingAt
		: isReport && firstSection > 0
			? firstSection
			: 0;
	let afterAgenda = false;
	const readLetterhead = (from: number, to: number, always: boolean) => {
		for (let i = from; i < to; i++) {
			let text = textOf(i);
			// Under the title (a web page's layout), a date alone is the date of adoption.
			const dateAlone = !always && blocks[i].number === null ? readClosing(text, conv) : null;
			if (dateAlone?.date !== undefined && dateAlone.meeting === undefined) {
				reading.date ??= dateAlone.date;
				letterhead.push(text);
				continue;
			}
			if (!always && (blocks[i].marker === 'section' || blocks[i].marker === 'md-heading')) {
				push(blocks[i], 'heading');
				continue;
			}
			// The adoption line wrapped before its date: "Resolution adopted by the General Assembly on" / "26 October 2018",
			// "2021年12月6日" / "大会决议" (joined without a space, as a language without spaces between words prints it).
			if (i + 1 < to) {
				const joined = `${text}${conv.wordBoundary ? ' ' : ''}${textOf(i + 1)}`;
				if (conv.adoptionLine.test(joined)) {
					text = joined;
					i++;
				}
			}
			// A numbered line or one citing a footnote is never letterhead: its number or mark would have nowhere to go.
			const short =
				text.length <= LETTERHEAD_BLOCK_MAX && blocks[i].number === null && blocks[i].tracked.marks.length === 0;
			const known = readLetterheadBlock(blocks[i], conv, reading, afterAgenda, text);
			if (known || (short && always)) {
				letterhead.push(text);
				afterAgenda = conv.agendaItem.test(text) || (afterAgenda && !known);
			} else push(blocks[i], 'other');
		}
	};
	readLetterhead(0, letterheadEnd, isResolution);

	if (isResolution) {
		meta.kind = 'resolution';
		let bodyFrom = letterheadEnd;
		if (titleAt >= 0) {
			const b = blocks[titleAt];
			const m = RESOLUTION_NUMBER.exec(b.tracked.text);
			if (m) {
				const number = m[1].replace(/\s+/, ' ');
				meta.symbol = `A/RES/${number}`;
				const t = dropPrefix(b.tracked, b.tracked.text.length - m[2].length);
				meta.title = t.text;
				push(b, 'title', t);
			}
			bodyFrom = titleAt + 1;
		} else if (draftTitleAt >= 0) {
			meta.title = textOf(draftTitleAt);
			push(blocks[draftTitleAt], 'title');
			bodyFrom = draftTitleAt + 1;
		}
		if (headingAt >= 0) {
			// Between title and subject: the adoption date and committee line some pages print under the title.
			readLetterhead(bodyFrom, headingAt, false);
			push(blocks[headingAt], 'heading');
			bodyFrom = headingAt + 1;
		}
		// Closing lines: the meeting and the date, at the end, before an annex, or before the next lettered
		// resolution a web page holds after this one (its title, then its subject "大会,").
		const isClosing = (i: number) => blocks[i].number === null && readClosing(textOf(i), conv) !== null;
		const isSubject = (i: number) => i < n && blocks[i].number === null && isAssemblyHeading(textOf(i), conv, true);
		const opensNextPart = (i: number) =>
			isSubject(i) || ((isTitleLike(blocks[i]) || blocks[i].marker === 'section') && isSubject(i + 1));
		let closingFrom = n;
		let closingTo = n;
		for (let i = n - 1; i >= bodyFrom; i--) {
			if (!isClosing(i)) continue;
			let from = i;
			while (from > bodyFrom && i - from + 1 < CLOSING_BLOCKS && isClosing(from - 1)) from--;
			if (i === n - 1 || isAnnexHeading(textOf(i + 1)) || opensNextPart(i + 1)) {
				closingFrom = from;
				closingTo = i + 1;
				break;
			}
			i = from;
		}
		let operative = -1;
		let lastOperative = 0;
		let lastMain = -1;
		// A main paragraph that announces a list ("…a major contribution to:", "11. Recalls:"), or -1.
		let listParent = -1;
		let seenOperative = false;
		const bareSubject = headingAt >= 0 && !conv.assemblyHeading.test(textOf(headingAt));
		for (let i = bodyFrom; i < closingFrom; i++) {
			let b = blocks[i];
			if (seenOperative && isPlain(b) && listParent < 0) {
				const number = inferOperativeNumber(blocks, i, closingFrom, lastOperative, ctx);
				// The number only: the paragraph's start is the line break's, not inferred (see `inferred`).
				if (number !== null) b = { ...b, marker: 'number', number: String(number) };
			}
			if (b.marker === 'number') {
				seenOperative = true;
				const num = Number(b.number);
				if (lastOperative > 0 && num !== lastOperative + 1) {
					warnings.push({ kind: 'operative-order', number: num, after: lastOperative, line: b.line });
				}
				lastOperative = num;
				operative = push(b, 'operative');
				lastMain = operative;
				listParent = opensList(blocks, i, closingFrom, conv) ? operative : -1;
			} else if (b.marker === 'letter' || b.marker === 'dash' || b.marker === 'bullet') {
				const parent = operative >= 0 ? operative : lastMain;
				push(b, 'subparagraph', b.tracked, parent);
			} else if (b.marker === 'section' || b.marker === 'md-heading') {
				lastMain = push(b, 'heading');
				listParent = -1;
			} else if (i + 1 < closingFrom && blocks[i + 1].marker === 'number' && isSectionHeading(b, ctx)) {
				// "Peacebuilding Commission" / "1. Reaffirms …": a heading over the operative paragraphs that follow.
				lastMain = push(b, 'heading');
				listParent = -1;
			} else if (
				listParent >= 0 &&
				!isSectionHeading(b, ctx) &&
				(seenOperative || matchOpener(textOf(i), 0, ctx.openers) === null)
			) {
				// An item of the list its paragraph announced, its letter lost by the extractor (PyMuPDF drops the
				// "(a)" set apart at the margin): a subparagraph. In the preamble an opener starts the next paragraph.
				push(b, 'subparagraph', b.tracked, listParent);
			} else if (
				bareSubject &&
				!seenOperative &&
				i === bodyFrom &&
				matchOpener(textOf(i), 0, ctx.verbs) !== null &&
				matchOpener(textOf(i), 0, ctx.openers) === null
			) {
				// "The General Assembly" without its comma: no preamble, the one operative paragraph follows unnumbered.
				seenOperative = true;
				operative = push(b, 'operative');
				lastMain = operative;
			} else {
				lastMain = push(b, seenOperative ? 'other' : 'preamble');
				listParent = announcesList(b) ? lastMain : -1;
				if (seenOperative) operative = -1;
			}
		}
		for (let i = closingFrom; i < closingTo; i++) {
			const closing = readClosing(textOf(i), conv);
			if (closing?.meeting !== undefined) meta.meeting = closing.meeting;
			if (closing?.date !== undefined) reading.date ??= closing.date;
			const b = blocks[i];
			// The meeting and the date on one line are two closing lines, as most versions print them.
			if (closing?.splitAt !== undefined) {
				const t = b.tracked;
				const first = sliceTracked(t, 0, closing.splitAt);
				const second = sliceTracked(t, closing.splitAt, t.text.length);
				push(b, 'closing', trimTracked(first));
				push(b, 'closing', trimTracked(second));
			} else push(b, 'closing');
		}
		// An annex after the closing, or the next lettered resolution: its own headings and paragraphs.
		let annexMain = -1;
		let annexList = -1;
		for (let i = closingTo; i < n; i++) {
			const b = blocks[i];
			const afterAnnex = i > closingTo && isAnnexHeading(textOf(i - 1));
			if (
				isAnnexHeading(textOf(i)) ||
				b.marker === 'section' ||
				b.marker === 'md-heading' ||
				(afterAnnex && isTitleLike(b)) ||
				isSubject(i) ||
				(isTitleLike(b) && isSubject(i + 1)) ||
				(i + 1 < n && blocks[i + 1].marker === 'number' && isSectionHeading(b, ctx))
			) {
				annexMain = push(b, 'heading');
				annexList = -1;
			} else if (b.marker === 'letter' || b.marker === 'dash' || b.marker === 'bullet')
				push(b, 'subparagraph', b.tracked, annexMain);
			else if (annexList >= 0 && b.marker !== 'number' && !isSectionHeading(b, ctx))
				push(b, 'subparagraph', b.tracked, annexList);
			else {
				annexMain = push(b, 'other');
				annexList = opensList(blocks, i, n, conv) ? annexMain : -1;
			}
		}
		if (!seenOperative) warnings.push({ kind: 'no-operative' });
	} else if (isReport) {
		meta.kind = 'report';
		let lastMain = -1;
		for (let i = letterheadEnd; i < n; i++) {
			const b = blocks[i];
			const text = textOf(i);
			const nextIsOriginal = i + 1 < n && conv.originalLanguageLine.test(textOf(i + 1));
			if (b.marker === 'section' || b.marker === 'md-heading') lastMain = push(b, 'heading');
			else if (nextIsOriginal && text.length <= COUNTRY_HEADING_MAX && !endsWithParagraphPunctuation(text)) {
				lastMain = push(b, 'heading');
			} else if (b.marker === 'letter' || b.marker === 'dash' || b.marker === 'bullet') {
				push(b, 'subparagraph', b.tracked, lastMain);
			} else lastMain = push(b, 'other');
		}
	} else {
		meta.kind = 'unknown';
		for (let i = letterheadEnd; i < n; i++) push(blocks[i], 'other');
		if (n > 0) warnings.push({ kind: 'no-structure' });
	}

	labelListItems(paragraphs);

	// Emphasis of operative verbs where the text carried none (tokenized text, plain text).
	for (const p of paragraphs) {
		if (p.kind !== 'operative' || p.emphasis.length > 0) continue;
		const verb = matchOpener(p.text, 0, ctx.verbs);
		if (verb) p.emphasis = [[0, verb.length]];
	}

	const symbol = meta.symbol ?? reading.symbol ?? ctx.furnitureSymbol ?? null;
	if (symbol) meta.symbol = symbol;
	meta.session = reading.session ?? (symbol ? (sessionOfSymbol(symbol) ?? undefined) : undefined);
	const date = reading.date ?? reading.issued;
	if (date) meta.date = date;
	if (reading.agendaItem) meta.agendaItem = reading.agendaItem;
	if (reading.agendaTitle) meta.agendaTitle = reading.agendaTitle;
	if (reading.committeeReport) meta.committeeReport = reading.committeeReport;
	if (reading.committee) meta.committee = reading.committee;
	if (reading.sponsors) meta.sponsors = reading.sponsors;
	if (meta.kind === 'resolution' && (reading.draft || (symbol !== null && DRAFT_SYMBOL.test(symbol))))
		meta.draft = true;
	if (letterhead.length > 0) meta.letterhead = letterhead;
	if (meta.session === undefined) delete meta.session;
	return { paragraphs, meta, warnings };
}

/**
 * Read normalised text into its drafting structure: shape detection, blocks, rendering (markup, marks,


/**
 * Whether a block right before a numbered paragraph is a heading over the paragraphs that follow: short, not a
 * sentence (no closing punctuation, no mark), and opening with no drafting opener or operative verb (a
 * preambular paragraph that lost its comma is not a heading).
 */
function isSectionHeading(b: RenderedBlock, ctx: ClassifyContext): boolean {
	const text = b.tracked.text;
	return (
		isTitleLike(b) &&
		text.length <= SECTION_HEADING_MAX &&
		matchOpener(text, 0, ctx.openers) === null &&
		matchOpener(text, 0, ctx.verbs) === null
	);
}

/** Whether a block carries no marker of its own: plain text, or text that opens with a drafting opener. */
const isPlain = (b: RenderedBlock) => b.marker === null || b.marker === 'opener';

/**
 * The number of an operative paragraph whose number the extractor lost ("1. Endorses …" / "Expresses its
 * profound gratitude …" / closing), or null. Every paragraph of the operative part is numbered, so an
 * unnumbered block there that opens with an operative verb (and no preambular opener) is one whose number went
 * missing, when the numbering leaves exactly the room for the verb-led blocks of the run it stands in: the
 * next printed number is the last one read plus one more than their count, or no number follows before the
 * closing. A block that opens otherwise (a paragraph continued across a page, a heading) never takes a number,
 * and the preamble is never reached (the caller asks only after the first numbered paragraph).
 */
function inferOperativeNumber(
	blocks: RenderedBlock[],
	i: number,
	end: number,
	last: number,
	ctx: ClassifyContext
): number | null {
	const verbLed = (b: RenderedBlock) =>
		isPlain(b) &&
		matchOpener(b.tracked.text, 0, ctx.verbs) !== null &&
		matchOpener(b.tracked.text, 0, ctx.openers) === null;
	if (last <= 0 || !verbLed(blocks[i])) return null;
	// This block and the verb-led ones after it, up to the next numbered paragraph (`last` counts those
	// before it in the run, numbered already).
	let count = 1;
	let next: number | null = null;
	for (let j = i + 1; j < end; j++) {
		if (blocks[j].marker === 'number') {
			next = Number(blocks[j].number);
			break;
		}
		if (verbLed(blocks[j])) count++;
	}
	if (next !== null && next !== last + count + 1) return null;
	return last + 1;
}

/** Whether a paragraph announces a list of items: it ends in a colon ("…contribute to:", "11. Recalls:"). */
function announcesList(b: RenderedBlock): boolean {
	return /[:：]\s*$/.test(b.tracked.text);
}

/**
 * Whether the paragraph of block `i` opens a list of items: it announces one ("…contribute to:"), or it ends in
 * running words and the next block opens as an item does ("…To this end, we" / "Adopting macroeconomic …"): the
 * words that announced the list went with a page, and the items lost their letters.
 */
function opensList(blocks: RenderedBlock[], i: number, end: number, conv: DraftingConventions): boolean {
	const b = blocks[i];
	if (announcesList(b)) return true;
	const next = i + 1 < end ? blocks[i + 1] : null;
	return (
		next !== null &&
		next.marker === null &&
		conv.listItemStart !== undefined &&
		!endsWithParagraphPunctuation(b.tracked.text) &&
		/\p{Ll}$/u.test(b.tracked.text) &&
		conv.listItemStart.test(next.tracked.text)
	);
}

/** Most items a list is lettered through, (a) to (z). */
const LETTERS = 26;

/** The label of the item at place `i` (from 0) of a lettered list: "(a)" … "(z)". */
const letterLabel = (i: number) => `(${String.fromCharCode(0x61 + i)})`;

const ROMAN_DIGITS: [value: number, digits: string][] = [
	[10, 'x'],
	[9, 'ix'],
	[5, 'v'],
	[4, 'iv'],
	[1, 'i']
];

/** The label of the item at place `i` (from 0) of a list numbered in roman numerals: "(i)" … "(xxxix)". */
function romanLabel(i: number): string {
	let n = i + 1;
	let out = '';
	for (const [value, digits] of ROMAN_DIGITS) {
		while (n >= value) {
			out += digits;
			n -= value;
		}
	}
	return `(${out})`;
}

/** A printed label that can only be a roman numeral: "(ii)", "(iv)"; "(i)", "(v)" and "(x)" are letters too. */
const ROMAN_ONLY = /^\((?:[ivx]{2,})\)$/;

/** A printed label that can only be a letter of the outer list: one letter that is no roman numeral. */
const LETTER_ONLY = /^\([a-hj-uwyz]\)$/;

/**
 * Give the items of a list whose letters the extractor lost their letters back: the items of a paragraph are
 * lettered (a), (b), (c) … in order in every resolution, so an item without a letter takes the one its place
 * gives it, when the letters that were printed ("(f)" after five items without one) agree with those places.
 * An item that announces a list of its own ("(b) … by:") holds the items after it, numbered (i), (ii) …, as
 * far as the printed labels show: through the last "(ii)"-like label, and no further than the next printed
 * letter's place allows ("(e)" further on leaves room for "(c)" and "(d)" between). A list whose printed
 * letters disagree, or that holds dashes or bullets, is left as it is.
 */
function labelListItems(paragraphs: StructuredParagraph[]): void {
	const items = new Map<number, number[]>();
	paragraphs.forEach((p, index) => {
		if (p.kind !== 'subparagraph' || p.parent === undefined) return;
		const list = items.get(p.parent);
		if (list) list.push(index);
		else items.set(p.parent, [index]);
	});
	for (const list of items.values()) {
		const outer = nestLists(paragraphs, list);
		letterList(
			outer.map((i) => paragraphs[i]),
			letterLabel
		);
	}
}

/**
 * Move the items that belong to an item announcing a list ("… by:") under it, and number them (i), (ii) …;
 * returns the indices of the items left in the outer list.
 */
function nestLists(paragraphs: StructuredParagraph[], list: number[]): number[] {
	const at = (k: number) => paragraphs[list[k]];
	const outer: number[] = [];
	for (let k = 0; k < list.length; k++) {
		outer.push(list[k]);
		if (k + 1 >= list.length || !/[:：]\s*$/.test(at(k).text)) continue;
		// The items after the announcing one, up to the next printed letter of the outer list.
		let stop = k + 1;
		while (stop < list.length && !LETTER_ONLY.test(at(stop).number ?? '')) stop++;
		let lastRoman = -1;
		for (let j = k + 1; j < stop; j++) if (ROMAN_ONLY.test(at(j).number ?? '')) lastRoman = j;
		// A printed roman label, the first item's "(i)" right after the colon, or more items than the places up to
		// the next printed letter show a nested list.
		if (lastRoman < 0 && at(k + 1).number !== '(i)' && stop >= list.length) continue;
		let end = stop;
		if (stop < list.length) {
			// The outer items between must fill the places up to the printed letter.
			const place = (at(stop).number ?? '').charCodeAt(1) - 0x61;
			end = stop - (place - (outer.length - 1) - 1);
		} else if (lastRoman >= 0) end = lastRoman + 1;
		if (end <= k + 1 || end > stop || end <= lastRoman) continue;
		const nested = list.slice(k + 1, end);
		const agree = nested.every((i, n) => {
			const label = paragraphs[i].number;
			return label === null || label === romanLabel(n);
		});
		if (!agree) continue;
		for (const [n, i] of nested.entries()) {
			paragraphs[i].parent = list[k];
			paragraphs[i].number ??= romanLabel(n);
		}
		k = end - 1;
	}
	return outer;
}

/** Letter the items of one list by their places, when the labels printed agree with those places. */
function letterList(list: StructuredParagraph[], label: (i: number) => string): void {
	if (list.length > LETTERS || list.every((p) => p.number !== null)) return;
	if (!list.every((p, i) => p.number === null || p.number === label(i))) return;
	list.forEach((p, i) => (p.number ??= label(i)));
}

/** A tracked text without the white space at its ends. */
function trimTracked(t: TrackedText): TrackedText {
	const start = t.text.length - t.text.trimStart().length;
	const end = t.text.trimEnd().length;
	return start === 0 && end === t.text.length ? t : sliceTracked(t, start, end);
}
