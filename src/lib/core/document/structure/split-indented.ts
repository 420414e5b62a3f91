/**
 * Splitter for PDF text whose paragraph starts are indented (the Chinese PDF text of the seeds; laid-out text
 * once layout-text.ts has taken its margin off): an indented line starts a paragraph after a line that ended
 * one (a trailing space where the extractor leaves one at paragraph ends, else the closing punctuation);
 * unindented lines continue it. Footnotes sit between a rule and the next paragraph, page headers and footers
 * between pages; a footnote mark the extractor set on a line of its own cites at that place.
 */
import { isFootnoteRule, type DraftingConventions } from '../drafting';
import { isSpaceUnit } from '../../text/cjk';
import { BlockSink } from './blocks';
import { FootnoteCollector, MARK_ONLY } from './footnotes';
import { CLOSED_MARKERS, LIST_MARKERS, LineCursor, endsClause, readLine } from './lines';
import type { PageLines } from './furniture';
import type { SplitResult } from './types';

/**
 * The extractor marks paragraph ends with a trailing space when at least this share of the text lines
 * (and not nearly all of them) end with one.
 */
const TRAILING_MARKS_ENDS = 0.05;
const TRAILING_ON_ALL = 0.9;

/** Split indented PDF text into blocks and footnotes. */
export function splitIndented(
	text: string,
	conv: DraftingConventions,
	page: PageLines,
	maxBlocks: number
): SplitResult {
	const sink = new BlockSink(text, maxBlocks);
	// Whether the extractor marks paragraph ends with a trailing space: some lines have one, most do not.
	let withTrailing = 0;
	let textLines = 0;
	const scan = new LineCursor(text);
	for (let line = scan.next(); line !== null; line = scan.next()) {
		const trimmed = line.trim();
		if (!trimmed || page.isFurniture(trimmed, scan.index) || MARK_ONLY.test(trimmed)) continue;
		textLines++;
		if (isSpaceUnit(line.charCodeAt(line.length - 1))) withTrailing++;
	}
	const usesTrailing = withTrailing >= TRAILING_MARKS_ENDS * textLines && withTrailing <= TRAILING_ON_ALL * textLines;

	let previous: { trailing: boolean; punct: boolean } = { trailing: true, punct: true };
	const notes = new FootnoteCollector();

	const lines = new LineCursor(text);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const index = lines.index;
		const feed = line.charCodeAt(0) === 0x0c;
		if (feed) notes.pageBreak();
		const body = feed ? line.slice(1) : line;
		const trimmed = body.trim();
		if (!trimmed) continue;
		if (page.isFurniture(trimmed, index)) {
			sink.furniture(trimmed);
			notes.furniture();
			continue;
		}
		if (isFootnoteRule(trimmed)) {
			notes.rule();
			continue;
		}
		const info = readLine(trimmed, conv, { markdown: false });
		if (notes.inArea) {
			// Anything that is not a footnote ends the footnotes; the text flow resumes (and may continue the
			// paragraph they cut).
			if (notes.areaLine(trimmed, index + 1, info, true, false)) continue;
		}
		if (MARK_ONLY.test(trimmed) && sink.current) {
			sink.current.addMark(trimmed);
			continue;
		}
		const indented = isSpaceUnit(body.charCodeAt(0));
		const trailing = isSpaceUnit(body.charCodeAt(body.length - 1));
		const ended = usesTrailing ? previous.trailing : previous.punct;
		const open = sink.current;
		let start: boolean;
		if (!open || open.closed) start = true;
		else if (open.bareTitle || ((open.info.marker === 'number' || open.info.marker === 'section') && open.text === ''))
			start = info.marker !== null && (CLOSED_MARKERS.has(info.marker) || LIST_MARKERS.has(info.marker));
		else if (info.marker && (CLOSED_MARKERS.has(info.marker) || info.marker === 'bold')) start = true;
		else if (info.marker && LIST_MARKERS.has(info.marker)) start = ended || indented;
		else if (open.info.marker === 'title') start = indented;
		else if (indented) start = ended;
		else start = usesTrailing && previous.trailing && previous.punct;
		if (!sink.take(start, info, index + 1, trimmed, lines.start)) break;
		previous = { trailing, punct: endsClause(trimmed) };
	}
	return sink.finish(notes);
}
