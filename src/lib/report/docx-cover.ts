/**
 * The Word report's cover (the two versions' facts, the summary, the table of changes) and the list of
 * footnotes no paragraph cites, after the body. Not part of the document: io/word skips them on reading.
 */
import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Comparison, DiffOpKind, Footnote, Paragraph as DocParagraph } from '../core/types';
import { superscriptMark } from '../io/word/flow';
import { PHRASES, arrowOf, colonOf, isRightToLeft, nameDocument, sourceOf } from '../core/report/labels';
import { LIGHT } from '../core/report/palette';
import { showControls, type ReportModel } from '../core/report/model';
import type { Builder } from './docx-builder';
import { END_STYLE, FOOTNOTE_LINE_STYLE } from './docx-styles';

/** The warning line's ink: the app's (palette.ts), as Word writes a colour. */
const WARN = LIGHT['warn-ink'].slice(1);

/** Width of the text on an A4 page with docx's default margins (1 inch each side), in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1440;

/** A cell of the cover tables, `width` twentieths of a point wide. */
export function cell(text: string, width: number, bold = false, rtl = false): TableCell {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		children: [
			new Paragraph({
				bidirectional: rtl || undefined,
				children: [new TextRun({ text: showControls(text), bold: bold || undefined })]
			})
		]
	});
}

/** A cover table whose columns take the given shares of the text width; the first row is its header. */
export function table(
	rows: string[][],
	shares: number[],
	options: {
		boldFirstColumn?: boolean;
		borders?: ConstructorParameters<typeof Table>[0]['borders'];
		rtl?: boolean;
	} = {}
): Table {
	const widths = shares.map((share) => Math.round(share * TEXT_WIDTH));
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		visuallyRightToLeft: options.rtl || undefined,
		columnWidths: widths,
		borders: options.borders,
		rows: rows.map(
			(row, i) =>
				new TableRow({
					tableHeader: i === 0,
					children: row.map((text, k) =>
						cell(text, widths[k], i === 0 || (k === 0 && (options.boldFirstColumn ?? false)), options.rtl)
					)
				})
		)
	});
}

/**
 * The cover: heading with both symbols, the two documents, the summary, warnings, and the changes at a glance.
 * The changes are listed from `listed`, a report model without exact white space, so that white space is never
 * listed as a change (the body's revisions keep it, to rebuild each version exactly).
 */
export function buildCover(builder: Builder, listed: ReportModel): (Paragraph | Table)[] {
	const model = builder.model;
	const cmp = model.comparison;
	const locale = model.locale;
	const words = PHRASES[locale];
	const colon = colonOf(locale);
	const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));
	const heading = cmp.new.meta.title ?? cmp.old.meta.title ?? words.reportTitle;
	// In Arabic the cover's paragraphs and tables run right to left.
	const rtl = isRightToLeft(locale);
	const bidirectional = rtl || undefined;
	const out: (Paragraph | Table)[] = [];
	out.push(
		new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional, children: [new TextRun(showControls(heading))] })
	);
	out.push(
		new Paragraph({
			bidirectional,
			children: [
				new TextRun(
					showControls(
						`${words.reportTitle}${colon}${nameDocument(cmp.old, locale)} ${arrowOf(locale)} ${nameDocument(cmp.new, locale)}`
					)
				)
			]
		})
	);
	const facts: [string, (d: typeof cmp.old) => string | number | null][] = [
		[words.symbol, (d) => d.meta.symbol],
		[words.date, (d) => d.meta.date],
		[words.title, (d) => d.meta.title],
		[words.source, (d) => sourceOf(d, locale)]
	];
	out.push(
		table(
			[
				['', words.oldVersion, words.newVersion],
				...facts.map(([name, get]) => [name, dash(get(cmp.old)), dash(get(cmp.new))])
			],
			[0.16, 0.42, 0.42],
			{ boldFirstColumn: true, rtl }
		)
	);
	out.push(
		new Paragraph({
			spacing: { before: 240 },
			bidirectional,
			children: [new TextRun({ text: showControls(model.summary), bold: true })]
		})
	);
	for (const warning of model.warnings) {
		out.push(
			new Paragraph({
				bidirectional,
				children: [new TextRun({ text: showControls(`${words.warning}${colon}${warning}`), color: WARN })]
			})
		);
	}
	out.push(new Paragraph({ spacing: { after: 240 }, bidirectional, children: [new TextRun(words.trackedNote)] }));
	const changed = listed.rows.filter((row) => row.status !== 'unchanged');
	if (changed.length > 0) {
		out.push(
			table(
				[
					[words.paragraph, words.status, words.changes],
					...changed.map((row) => [row.label, row.statusName, row.change])
				],
				[0.22, 0.16, 0.62],
				{
					rtl,
					borders: {
						insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' },
						insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
					}
				}
			)
		);
	}
	return out;
}

/** Footnotes no paragraph cites: listed after the body so that nothing is lost. */
export function uncitedFootnotes(notes: Footnote[], paragraphs: DocParagraph[]): Footnote[] {
	const cited = new Set(paragraphs.flatMap((p) => p.footnotes ?? []));
	return notes.filter((f) => !cited.has(f.mark));
}

/**
 * The list of footnotes no paragraph cites, as tracked changes like the body: a note both versions have is
 * plain, one only the old version has is a deleted paragraph, one only the new has an inserted paragraph, so
 * that Accept All and Reject All each leave their version's notes. Each line is the mark and the text
 * (`¹ text`), the clean text's footnote line, so that reading the report back finds them as footnotes.
 */
export function uncitedList(builder: Builder, cmp: Comparison): Paragraph[] {
	const oldNotes = uncitedFootnotes(cmp.old.footnotes, cmp.old.paragraphs);
	const newNotes = uncitedFootnotes(cmp.new.footnotes, cmp.new.paragraphs);
	if (oldNotes.length === 0 && newNotes.length === 0) return [];
	const same = (a: Footnote, b: Footnote) => a.mark === b.mark && a.text === b.text;
	const lines: { op: DiffOpKind; note: Footnote }[] = [];
	let k = 0;
	for (const note of newNotes) {
		const at = oldNotes.findIndex((o, i) => i >= k && same(o, note));
		if (at >= 0) {
			for (; k < at; k++) lines.push({ op: -1, note: oldNotes[k] });
			lines.push({ op: 0, note });
			k = at + 1;
		} else lines.push({ op: 1, note });
	}
	for (; k < oldNotes.length; k++) lines.push({ op: -1, note: oldNotes[k] });
	const out = [
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(PHRASES[builder.model.locale].footnotes)] })
	];
	for (const { op, note } of lines) {
		const mark = op === 1 ? { insertion: builder.change() } : op === -1 ? { deletion: builder.change() } : undefined;
		const text = `${superscriptMark(note.mark)} ${note.text}`;
		out.push(new Paragraph({ style: FOOTNOTE_LINE_STYLE, children: [builder.run(op, text, false)], run: mark }));
	}
	// The last paragraph of a document cannot be revised: a deleted or inserted line needs one after it.
	out.push(new Paragraph({ style: END_STYLE }));
	return out;
}

/** A file name without the folders it sits in: a report goes to colleagues, the local path does not. */
export function fileNameOf(source: string): string {
	return source.split(/[\\/]/).pop() || source;
}

/** The comparison with each document's source reduced to its file name. */
export function withFileNames(cmp: Comparison): Comparison {
	const named = (doc: Comparison['old']) => ({ ...doc, meta: { ...doc.meta, source: fileNameOf(doc.meta.source) } });
	return { ...cmp, old: named(cmp.old), new: named(cmp.new) };
}
