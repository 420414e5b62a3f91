/**
 * The Word report's styles: a paragraph style per kind of resolution paragraph (SimSun and Times New Roman,
 * 12 pt, as UN resolutions are set), the list that numbers operative paragraphs and subparagraphs, and
 * their tab stops. Read back by the report's own tests and by io/word (the body's styles).
 */
import { AlignmentType, LevelFormat, TabStopType, type IParagraphStyleOptions } from 'docx';
import type { ParagraphKind } from '../core/types';

/** Paragraph style of each kind of resolution paragraph; the test of Accept/Reject All reads these. */
export const BODY_STYLES: Record<ParagraphKind, string> = {
	heading: 'ResoHeading',
	title: 'ResoTitle',
	preamble: 'ResoPreamble',
	operative: 'ResoOperative',
	subparagraph: 'ResoSubparagraph',
	closing: 'ResoClosing',
	other: 'ResoOther'
};

/** Style of the empty paragraph that ends the body, so a deleted last paragraph has a mark to join. */
export const END_STYLE = 'ResoEnd';

/** Style of a line of the list of footnotes that no paragraph cites (`¹ text`). */
export const FOOTNOTE_LINE_STYLE = 'ResoFootnoteLine';

/**
 * The styles of the resolution's own text in the report, declared in the document's custom properties
 * (io/word/docx.ts {@link BODY_STYLES_PROPERTY}): reading the report back skips the cover and the change
 * table, and gives the two versions the report was made from.
 */
export const DOCUMENT_STYLES = [...Object.values(BODY_STYLES), END_STYLE, FOOTNOTE_LINE_STYLE];

/** Twentieths of a point: two Chinese characters at 12 pt, the customary first-line indent. */
export const INDENT = 480;

/** Styles: Chinese UN resolutions are set in SimSun (宋体), Latin in Times New Roman, 12 pt. */
export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
	{
		id: BODY_STYLES.heading,
		name: 'Resolution heading',
		basedOn: 'Normal',
		paragraph: { spacing: { after: 60 } },
		run: { size: 20 }
	},
	{
		id: BODY_STYLES.title,
		name: 'Resolution title',
		basedOn: 'Normal',
		paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
		run: { bold: true, size: 28 }
	},
	{
		id: BODY_STYLES.preamble,
		name: 'Preambular paragraph',
		basedOn: 'Normal',
		paragraph: { indent: { firstLine: INDENT }, spacing: { after: 120 } }
	},
	{
		id: BODY_STYLES.operative,
		name: 'Operative paragraph',
		basedOn: 'Normal',
		paragraph: { indent: { firstLine: INDENT }, spacing: { after: 120 } }
	},
	{
		id: BODY_STYLES.subparagraph,
		name: 'Subparagraph',
		basedOn: 'Normal',
		paragraph: { indent: { left: 2 * INDENT, hanging: INDENT }, spacing: { after: 120 } }
	},
	{
		id: BODY_STYLES.closing,
		name: 'Closing',
		basedOn: 'Normal',
		paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 240 } }
	},
	{
		id: BODY_STYLES.other,
		name: 'Resolution other',
		basedOn: 'Normal',
		paragraph: { indent: { firstLine: INDENT }, spacing: { after: 120 } }
	},
	{ id: END_STYLE, name: 'End of resolution', basedOn: 'Normal' },
	{ id: FOOTNOTE_LINE_STYLE, name: 'Uncited footnote', basedOn: 'Normal', run: { size: 20 } }
];

/** The names of the report's paragraph styles by id, as Word and LibreOffice show them. */
export const STYLE_NAMES: Record<string, string> = Object.fromEntries(
	PARAGRAPH_STYLES.map((s) => [s.id, s.name ?? s.id])
);

/** The reference of the report's list: operative numbers `1.`, subparagraph letters `(a)`, then `(i)`. */
export const LIST = 'resolution-paragraphs';

/** The list's levels, indented as the styles of operative paragraphs and subparagraphs are. */
export const LIST_LEVELS = [
	{
		level: 0,
		format: LevelFormat.DECIMAL,
		text: '%1.',
		style: { paragraph: { indent: { left: 0, firstLine: INDENT } } }
	},
	{
		level: 1,
		format: LevelFormat.LOWER_LETTER,
		text: '(%2)',
		style: { paragraph: { indent: { left: 2 * INDENT, hanging: INDENT } } }
	},
	{
		level: 2,
		format: LevelFormat.LOWER_ROMAN,
		text: '(%3)',
		style: { paragraph: { indent: { left: 3 * INDENT, hanging: INDENT } } }
	}
];

/** Tab stops of a paragraph kind: a numbered paragraph's number is followed by a tab to two characters in. */
export function tabStopsOf(kind: ParagraphKind) {
	return kind === 'operative' || kind === 'subparagraph'
		? [{ type: TabStopType.LEFT, position: 2 * INDENT }]
		: undefined;
}
