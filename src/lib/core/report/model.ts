/**
 * What every report format is drawn from: the comparison with each row's paragraphs looked up, labelled,
 * and its diff read (reading.ts). Renderers only decide how things look; what is said (labels,
 * statuses, summary, warnings) comes from here and from labels.ts, so all formats agree.
 */
import {
	ResodiffError,
	type AlignedRow,
	type Comparison,
	type Paragraph,
	type RowStats,
	type RowStatus
} from '../types';
import {
	countRoutine,
	labelParagraphs,
	labelRow,
	localeOfDocuments,
	nameStatus,
	summarizeChange,
	summarizeStats,
	type ReportLocale
} from './labels';
import { describeWarning } from '../warnings';
import { inlinePieces, joinTexts, readRow, type ReadOptions, type ReportPiece, type RowReading } from './reading';

export { showControls } from './controls';

export type { ReportPiece } from './reading';

/** One aligned row with everything a renderer prints about it. */
export interface ReportRow {
	/** 1-based position among the comparison's rows. */
	index: number;
	row: AlignedRow;
	status: RowStatus;
	routine: boolean;
	/** The row's label: `执行 4`, or `执行 5（原执行 4）` when the old side was labelled differently. */
	label: string;
	/** Labels of the old side's paragraphs joined with ` + `; empty when none. */
	oldLabel: string;
	/** Labels of the new side's paragraphs joined with ` + `; empty when none. */
	newLabel: string;
	/** Status name in the report's locale, with `（例行）` when routine. */
	statusName: string;
	old: Paragraph[];
	new: Paragraph[];
	/** The old side's texts joined with "\n", as the diff sees them. */
	oldText: string;
	/** The new side's texts joined with "\n". */
	newText: string;
	/** The row's diff read for printing (reading.ts): paragraphs, bold and footnote marks on each side. */
	reading: RowReading;
	/** The diff; when the row's own diff does not rebuild both texts, a whole-text replacement instead. */
	pieces: ReportPiece[];
	/** The change inline, without paragraph structure: quiet changes unmarked ({@link inlinePieces}). */
	inline: ReportPiece[];
	/** One-line description of the change; empty when unchanged. */
	change: string;
}

/** A comparison prepared for reporting. */
export interface ReportModel {
	comparison: Comparison;
	locale: ReportLocale;
	rows: ReportRow[];
	/** Counts by status, as the comparison gives them. */
	stats: RowStats;
	/** Changed rows, and how many of them are routine only. */
	counts: { changed: number; routine: number };
	/** The summary sentence. */
	summary: string;
	/** Warnings of the comparison, which carry the documents' own, each once (compare.ts), in the report's words. */
	warnings: string[];
}

/** Options every report format takes. */
export interface ReportOptions extends ReadOptions {
	/**
	 * Language of the report's own words; the document text is never translated. Default: the documents'
	 * language (the new one's when they differ), Chinese when neither is one of the six.
	 */
	locale?: ReportLocale;
}

/** Looks up a row's paragraph ids in one document, failing clearly on an id the document does not have. */
function lookUp(ids: string[], byId: Map<string, Paragraph>, side: 'old' | 'new', rowIndex: number): Paragraph[] {
	return ids.map((id) => {
		const p = byId.get(id);
		if (!p) {
			throw new ResodiffError(
				'internal',
				`row ${rowIndex} names paragraph ${id}, which the ${side} document does not have`,
				{
					paragraph: id
				}
			);
		}
		return p;
	});
}

/** Prepares a comparison for reporting: paragraphs looked up, rows labelled, summary worded. */
export function prepareReport(cmp: Comparison, options: ReportOptions = {}): ReportModel {
	const locale = options.locale ?? localeOfDocuments(cmp.old, cmp.new);
	const oldById = new Map(cmp.old.paragraphs.map((p) => [p.id, p]));
	const newById = new Map(cmp.new.paragraphs.map((p) => [p.id, p]));
	const oldLabels = labelParagraphs(cmp.old, locale);
	const newLabels = labelParagraphs(cmp.new, locale);
	const rows = cmp.rows.map((row, i): ReportRow => {
		const index = i + 1;
		const oldParas = lookUp(row.old, oldById, 'old', index);
		const newParas = lookUp(row.new, newById, 'new', index);
		const reading = readRow({ row, old: oldParas, new: newParas }, options);
		const inline = inlinePieces(reading);
		const oldLabelList = oldParas.map((p) => oldLabels.get(p.id) ?? p.id);
		const newLabelList = newParas.map((p) => newLabels.get(p.id) ?? p.id);
		return {
			index,
			row,
			status: row.status,
			routine: row.routine,
			label: labelRow(oldLabelList, newLabelList, locale),
			oldLabel: oldLabelList.join(' + '),
			newLabel: newLabelList.join(' + '),
			statusName: nameStatus(row.status, row.routine, locale),
			old: oldParas,
			new: newParas,
			oldText: joinTexts(oldParas),
			newText: joinTexts(newParas),
			reading,
			pieces: reading.pieces,
			inline,
			change: summarizeChange(row.status, inline, locale)
		};
	});
	const counts = countRoutine(cmp.rows);
	return {
		comparison: cmp,
		locale,
		rows,
		stats: cmp.stats,
		counts,
		summary: summarizeStats(cmp.stats, counts, locale),
		warnings: (cmp.warnings ?? []).map((w) => describeWarning(w, locale))
	};
}
