/**
 * The compare page's model of a comparison: rows with their paragraphs and labels resolved, the
 * places moved paragraphs came from, filtering, counting and change-to-change navigation. Pure
 * functions of a `Comparison`, so the page only renders.
 */
import type { AlignedRow, Comparison, Footnote, Paragraph, RowStatus, RowStats } from '../../core/types';
import { countStatuses } from '../../core/compare';
import { isOperative, chipParagraphs, type ParagraphChip } from './chips';
import { STATUS_NAMES as REPORT_STATUS_NAMES, countRoutine } from '../../core/report/labels';

/** Chinese and English names of the statuses: the reports' names, with the page's shorter 未改 (its summary bar is one line). */
export const STATUS_NAMES: Record<RowStatus, { zh: string; en: string }> = {
	...REPORT_STATUS_NAMES,
	unchanged: { zh: '未改', en: 'unchanged' }
};

/** A row ready to render. */
export interface RowView {
	/** Position in `comparison.rows`. */
	index: number;
	/** DOM id of the row element. */
	id: string;
	row: AlignedRow;
	status: RowStatus;
	changed: boolean;
	/** A change that touches only dates, symbols, session and meeting numbers. */
	routine: boolean;
	/** At least one paragraph on either side is in the operative part. */
	operative: boolean;
	oldParagraphs: Paragraph[];
	newParagraphs: Paragraph[];
	oldLabels: ParagraphChip[];
	newLabels: ParagraphChip[];
	/** Footnotes cited by each side's paragraphs, in citation order. */
	oldNotes: Footnote[];
	newNotes: Footnote[];
	/** For a moved row: where its paragraph stood in the old version. */
	movedFrom: { label: ParagraphChip; anchor: string } | null;
}

/** The spot in the old order a moved paragraph left. */
export interface GhostView {
	/** DOM id of the ghost element (what a moved row's "from" link points at). */
	id: string;
	/** The moved row. */
	rowId: string;
	label: ParagraphChip;
	/** Where the paragraph went, for the "moved to" link. */
	toLabel: ParagraphChip | null;
}

/** What the list shows, in order. */
export type ListItem = { type: 'row'; key: string; view: RowView } | { type: 'ghost'; key: string; ghost: GhostView };

/** The rows of a comparison, resolved. */
export interface ComparisonModel {
	rows: RowView[];
	/** Ghosts keyed by the id of the row after which each stands ('' = before the first row). */
	ghostsAfter: Map<string, GhostView[]>;
}

/** Builds the page model of a comparison. Unknown paragraph ids are left out, never thrown on. */
export function buildModel(comparison: Comparison): ComparisonModel {
	const oldById = new Map(comparison.old.paragraphs.map((p, i) => [p.id, { p, i }]));
	const newById = new Map(comparison.new.paragraphs.map((p) => [p.id, p]));
	const oldLabels = chipParagraphs(comparison.old);
	const newLabels = chipParagraphs(comparison.new);
	const oldNotes = new Map(comparison.old.footnotes.map((f) => [f.mark, f]));
	const newNotes = new Map(comparison.new.footnotes.map((f) => [f.mark, f]));
	const fallback = (p: Paragraph): ParagraphChip => ({ chip: p.id, code: null, spoken: p.id });

	const rows: RowView[] = comparison.rows.map((row, index) => {
		const oldParagraphs = row.old.flatMap((id) => oldById.get(id)?.p ?? []);
		const newParagraphs = row.new.flatMap((id) => newById.get(id) ?? []);
		const id = `row-${index + 1}`;
		const firstOld = oldParagraphs[0];
		return {
			index,
			id,
			row,
			status: row.status,
			changed: row.status !== 'unchanged',
			routine: row.status !== 'unchanged' && row.routine,
			operative: [...oldParagraphs, ...newParagraphs].some(isOperative),
			oldParagraphs,
			newParagraphs,
			oldLabels: oldParagraphs.map((p) => oldLabels.get(p.id) ?? fallback(p)),
			newLabels: newParagraphs.map((p) => newLabels.get(p.id) ?? fallback(p)),
			oldNotes: citedNotes(oldParagraphs, oldNotes),
			newNotes: citedNotes(newParagraphs, newNotes),
			movedFrom:
				row.status === 'moved' && firstOld
					? { label: oldLabels.get(firstOld.id) ?? fallback(firstOld), anchor: `from-${index + 1}` }
					: null
		};
	});

	// A moved row stands at its new place; its ghost stands where the paragraph was in the old order:
	// after the last row that is not itself moved and holds an earlier old paragraph.
	const ghostsAfter = new Map<string, GhostView[]>();
	const oldIndexes = (row: AlignedRow) => row.old.flatMap((id) => oldById.get(id)?.i ?? []);
	// The last old paragraph of each row that can stand before a ghost; -1 for the others (computed once:
	// an omnibus text has thousands of rows and may have a hundred moves).
	const lastOld = rows.map((view) => {
		if (view.status === 'moved') return -1;
		const indexes = oldIndexes(view.row);
		return indexes.length ? Math.max(...indexes) : -1;
	});
	for (const view of rows) {
		if (!view.movedFrom) continue;
		const from = Math.min(...oldIndexes(view.row));
		let after = '';
		for (let k = 0; k < rows.length; k++) if (lastOld[k] >= 0 && lastOld[k] < from) after = rows[k].id;
		const ghost: GhostView = {
			id: view.movedFrom.anchor,
			rowId: view.id,
			label: view.movedFrom.label,
			toLabel: view.newLabels[0] ?? null
		};
		ghostsAfter.set(after, [...(ghostsAfter.get(after) ?? []), ghost]);
	}
	return { rows, ghostsAfter };
}

function citedNotes(paragraphs: Paragraph[], notes: Map<string, Footnote>): Footnote[] {
	const seen = new Set<string>();
	const out: Footnote[] = [];
	for (const p of paragraphs) {
		for (const mark of p.footnotes ?? []) {
			if (seen.has(mark)) continue;
			seen.add(mark);
			out.push(notes.get(mark) ?? { mark, text: '（脚注文本未找到 footnote text not found）' });
		}
	}
	return out;
}

/** What the reader asked to see. */
export interface RowFilter {
	/** Hide unchanged rows. */
	onlyChanges: boolean;
	/** Show only rows with an operative paragraph on either side. */
	operativeOnly: boolean;
	/** Hide rows whose change is routine (dates, symbols, session numbers). */
	hideRoutine: boolean;
}

/** The rows that pass a filter, in order. */
export function filterRows(rows: RowView[], filter: RowFilter): RowView[] {
	return rows.filter(
		(r) =>
			(!filter.onlyChanges || r.changed) &&
			(!filter.operativeOnly || r.operative) &&
			(!filter.hideRoutine || !r.routine)
	);
}

/** The list to render: visible rows, with the ghosts of visible moved rows in their old places. */
export function listItems(model: ComparisonModel, visible: RowView[]): ListItem[] {
	const shown = new Set(visible.map((r) => r.id));
	const items: ListItem[] = [];
	const ghostsOf = (after: string) => (model.ghostsAfter.get(after) ?? []).filter((g) => shown.has(g.rowId));
	for (const g of ghostsOf('')) items.push({ type: 'ghost', key: g.id, ghost: g });
	// Ghosts follow the row they stand after even when that row is filtered out, so walk all rows.
	for (const view of model.rows) {
		if (shown.has(view.id)) items.push({ type: 'row', key: view.id, view });
		for (const g of ghostsOf(view.id)) items.push({ type: 'ghost', key: g.id, ghost: g });
	}
	return items;
}

/** Summary of a comparison's rows. */
export interface RowCounts {
	byStatus: RowStats;
	/** Changed rows whose change is routine only. */
	routine: number;
	/** Changed rows with a substantive change. */
	substantive: number;
	total: number;
}

/** Counts rows by status, and changed rows by routine or substantive. */
export function countRows(rows: Pick<RowView, 'status' | 'routine'>[]): RowCounts {
	const { changed, routine } = countRoutine(rows);
	return { byStatus: countStatuses(rows), routine, substantive: changed - routine, total: rows.length };
}

/**
 * The next (dir 1) or previous (dir -1) changed row of `rows` after (or before) the row at
 * `fromIndex` in the comparison, which need not be in `rows` itself (a filter may hide it); from
 * nowhere (null) it is the first or last change. Null when there is none that way.
 */
export function stepChange(rows: RowView[], fromIndex: number | null, dir: 1 | -1): RowView | null {
	const changes = rows.filter((r) => r.changed);
	if (fromIndex === null) return (dir === 1 ? changes[0] : changes[changes.length - 1]) ?? null;
	if (dir === 1) return changes.find((r) => r.index > fromIndex) ?? null;
	return changes.findLast((r) => r.index < fromIndex) ?? null;
}

/** 1-based position of a row among the changed rows of a list, and how many there are. */
export function changePosition(rows: RowView[], id: string | null): { at: number; of: number } {
	const changes = rows.filter((r) => r.changed);
	return { at: id === null ? 0 : changes.findIndex((r) => r.id === id) + 1, of: changes.length };
}
