/**
 * From normalised text to the drafting structure of a resolution or report: which lines form a paragraph,
 * what kind each paragraph is, what its number is, which lines are letterhead, page furniture or footnotes.
 *
 * Texts reach us in several shapes, each with its own evidence of where a paragraph starts (structure/shape.ts):
 * - tokenized corpus text: one run-on line; starts are found from the drafting (structure/split-run-on.ts);
 * - PDF text with indented paragraph starts, and text laid out as on the page (`pdftotext -layout`, once its
 *   margin is off: structure/layout-text.ts): structure/split-indented.ts;
 * - every other line-based text (Markdown, plain text, web pages, pdftotext without -layout, PyMuPDF,
 *   copy-paste from a PDF viewer): blank-separated, wrapped or one paragraph a line (structure/split-lines.ts).
 * Page furniture and running headers (structure/furniture.ts), footnote areas (structure/footnotes.ts) and
 * footnote marks extracted as plain digits (structure/bare-marks.ts) are read the same way in every shape;
 * rendering (normalize.ts) and classification (structure/classify.ts) are shared, so the same resolution gives
 * the same paragraphs in every shape. Every pass is linear in the text.
 */
import { buildOpenerTable, type DraftingConventions } from './drafting';
import { cleanParagraphText, trackText } from '../text/normalize';
import { BareMarkReader, marksOfLostNotes } from './structure/bare-marks';
import { classify } from './structure/classify';
import { readPageLines } from './structure/furniture';
import { isLaidOut, unlayText } from './structure/layout-text';
import { LineCursor, readLine } from './structure/lines';
import { detectShape, hasIndentEvidence, isRunOn, readLineMode } from './structure/shape';
import { splitIndented } from './structure/split-indented';
import { splitLines } from './structure/split-lines';
import { capWarnings, type Warning } from '../warnings';
import { splitRunOn } from './structure/split-run-on';
import type { DocumentStructure, RenderedBlock, SplitResult, StructuredFootnote, TextShape } from './structure/types';
import { isFurnitureLine } from './un-patterns';

export { detectShape } from './structure/shape';
export type {
	DocumentStructure,
	StructuredFootnote,
	StructuredMeta,
	StructuredParagraph,
	TextShape
} from './structure/types';

/** Options of {@link structureDocument}. */
export interface StructureOptions {
	/** Drafting conventions of the text's language (drafting `getDrafting`). */
	drafting: DraftingConventions;
	/** Force a shape instead of detecting it. */
	shape?: TextShape;
	/**
	 * Most paragraphs the text is read into, 1 or more; past it the rest of the text joins the last paragraph
	 * unread (nothing is dropped) and a warning says so. Bounds time and memory on hostile input. Default 500 000.
	 */
	maxParagraphs?: number;
}

/** Default of {@link StructureOptions.maxParagraphs}: far beyond any real document (a resolution has < 300). */
const MAX_BLOCKS = 500_000;

/** Most warnings reported one by one; a damaged 40 MB text must not produce 100 000 lines of them. */
const MAX_WARNINGS = 20;

const TOPICS_LINE = /^%%%(.*)$/;

/** Split off a `%%%TOPIC|TOPIC|` first line of corpus text; the line stays, empty, so line numbers hold. */
function takeTopics(text: string): { topics: string[] | null; rest: string } {
	const lines = new LineCursor(text);
	for (let line = lines.next(); line !== null; line = lines.next()) {
		const trimmed = line.trim();
		if (!trimmed) continue;
		const m = TOPICS_LINE.exec(trimmed);
		if (!m) break;
		const topics = m[1]
			.split('|')
			.map((t) => t.trim())
			.filter(Boolean);
		return { topics, rest: text.slice(0, lines.start) + text.slice(lines.end) };
	}
	return { topics: null, rest: text };
}

/** Cut a text into blocks and footnotes with the splitter its shape calls for. */
function split(
	rest: string,
	shape: TextShape,
	conv: DraftingConventions,
	maxBlocks: number
): { split: SplitResult; bareMarks: boolean } {
	const openers = buildOpenerTable([...conv.preambleOpeners, ...conv.operativeVerbs], conv.wordBoundary);
	if (shape === 'tokenized' || isRunOn(rest, conv)) {
		return {
			split: splitRunOn(rest, conv, buildOpenerTable(conv.preambleOpeners, conv.wordBoundary), maxBlocks),
			bareMarks: false
		};
	}
	const pdf = shape === 'pdf-text';
	const text = pdf && isLaidOut(rest) ? unlayText(rest) : rest;
	const page = readPageLines(text, conv, pdf);
	if (pdf && hasIndentEvidence(text)) return { split: splitIndented(text, conv, page, maxBlocks), bareMarks: true };
	const mode = readLineMode(
		text,
		(trimmed) => isFurnitureLine(trimmed, pdf),
		(trimmed) => {
			const marker = readLine(trimmed, conv, { markdown: false, openers }).marker;
			return marker === 'opener' || marker === 'number';
		}
	);
	return {
		split: splitLines(text, conv, { markdown: shape === 'markdown', mode, openers, page, maxBlocks }),
		bareMarks: true
	};
}

/**
 * Read normalised text into its drafting structure: shape detection, blocks, rendering (markup, marks,
 * white space), kinds, numbers, footnotes and letterhead meta. Pure and linear in the length of the text.
 */
export function structureDocument(text: string, options: StructureOptions): DocumentStructure {
	const conv = options.drafting;
	const { topics, rest } = takeTopics(text);
	const shape = options.shape ?? (topics ? 'tokenized' : detectShape(rest));
	const verbs = buildOpenerTable(conv.operativeVerbs, conv.wordBoundary);
	const maxBlocks = Math.max(1, options.maxParagraphs ?? MAX_BLOCKS);
	const { split: result, bareMarks } = split(rest, shape, conv, maxBlocks);
	// Marks are read from bare digits when the text has their notes, or when its notes were lost and its marks
	// still run 1, 2, 3, … (a draft extracted without them).
	const knownMarks = new Set(result.footnotes.map((f) => f.mark));
	if (bareMarks && knownMarks.size === 0)
		for (const mark of marksOfLostNotes(result.blocks.map((b) => b.raw))) knownMarks.add(mark);
	const chinese = conv.language === 'zh';
	const renderOptions = {
		tokenized: shape === 'tokenized',
		markdown: shape === 'markdown' || shape === 'plain',
		// A backslash is a character (`C:\_data`) unless the text is clearly Markdown.
		escapes: shape === 'markdown',
		knownMarks,
		collapseRepeats: shape !== 'tokenized',
		chineseQuotes: chinese
	};
	const marks = bareMarks ? new BareMarkReader(knownMarks) : null;
	const rendered: RenderedBlock[] = [];
	const notes: Warning[] = [];
	for (const block of result.blocks) {
		const read = marks ? marks.read(block.raw, block.marks) : { raw: block.raw, marks: block.marks };
		const tracked = cleanParagraphText({ text: read.raw, marks: read.marks, emphasis: [] }, renderOptions);
		if (tracked.markupSkipped) notes.push({ kind: 'markup-kept', line: block.line });
		// A block of nothing but markup goes (only well-formed markup is ever taken out: `**` alone stays); a number alone ("4.") stays, it is what was printed.
		if (tracked.text.length === 0 && tracked.marks.length === 0 && block.number === null) continue;
		const r = block as RenderedBlock;
		r.tracked = tracked;
		r.raw = '';
		rendered.push(r);
	}
	result.blocks = [];
	if (result.overflow) {
		notes.push({ kind: 'too-many-paragraphs', limit: maxBlocks });
	}
	const { paragraphs, meta, warnings } = classify(rendered, {
		conv,
		verbs,
		openers: buildOpenerTable(conv.preambleOpeners, conv.wordBoundary),
		furnitureSymbol: result.furnitureSymbol
	});

	// Footnotes: text rendered like paragraphs; each linked to the first paragraph that cites it.
	const footnotes: StructuredFootnote[] = result.footnotes.map((f) => ({
		mark: f.mark,
		text: cleanParagraphText(trackText(f.raw), {
			markdown: renderOptions.markdown,
			escapes: renderOptions.escapes,
			marks: false,
			collapseRepeats: false,
			chineseQuotes: chinese
		}).text,
		paragraph: null
	}));
	warnings.unshift(...notes);
	const byMark = new Map<string, StructuredFootnote>();
	for (const f of footnotes) if (!byMark.has(f.mark)) byMark.set(f.mark, f);
	// Marks cited without a note, each with the line it is first cited on: one warning names them all, so that a
	// text whose notes were not extracted (a draft as a library keeps it) says so once, not once a mark.
	const missing = new Map<string, number>();
	paragraphs.forEach((p, index) => {
		for (const m of p.marks) {
			const f = byMark.get(m.mark);
			if (f && f.paragraph === null) f.paragraph = index;
			else if (!f && !missing.has(m.mark)) missing.set(m.mark, p.line);
		}
	});
	if (missing.size > 0) {
		const [[, first]] = missing;
		warnings.push({ kind: 'footnotes-missing', marks: [...missing.keys()], line: first });
	}
	if (topics) meta.topics = topics;
	return { shape, meta, paragraphs, footnotes, warnings: capWarnings(warnings, MAX_WARNINGS) };
}
