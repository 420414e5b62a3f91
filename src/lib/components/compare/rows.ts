/**
 * The compare page's model of a comparison: rows with their paragraphs and labels resolved, the
 * places moved paragraphs came from, filtering (with the unchanged paragraphs a filter hides counted
 * in gaps that open in place), the list of changes, counting and change-to-change navigation. Pure
 * functions of a `Comparison`, so the page only renders.
 */
import type { AlignedRow, Comparison, Footnote, Paragraph, RowStats } from '../../core/types';
import { STATUS_ORDER } from '../../core/report/labels';
import type { Locale, Messages } from '../../i18n';
import { isOperative, chipParagraphs, type ParagraphChip } from './chips';

/** A row ready to render. */
export interface RowView {
	/** Position in `comparison.rows`. */
	index: number;
	/** DOM id of the row element. */
	id: string;
	row: AlignedRow;
	status: AlignedRow['status'];
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

/** Unchanged rows the "changes only" filter hides between two shown rows, counted on one line. */
export interface GapView {
	/** Key of the gap (stable across renders): `gap-` and the position of its first row. */
	id: string;
	/** Positions in `comparison.rows` of the hidden rows. */
	rows: number[];
}

/** What the list shows, in order. */
export type ListItem =
	| { type: 'row'; key: string; view: RowView }
	| { type: 'ghost'; key: string; ghost: GhostView }
	| { type: 'gap'; key: string; gap: GapView };

/** The rows of a comparison, resolved. */
export interface ComparisonModel {
	rows: RowView[];
	/** Ghosts keyed by the id of the row after which each stands ('' = before the first row). */
	ghostsAfter: Map<string, GhostView[]>;
}

/**
 * Builds the page model of a comparison, its paragraphs labelled in the interface language. Unknown
 * paragraph ids are left out, never thrown on.
 */
export function buildModel(comparison: Comparison, t: Messages, locale: Locale): ComparisonModel {
	const oldById = new Map(comparison.old.paragraphs.map((p, i) => [p.id, { p, i }]));
	const newById = new Map(comparison.new.paragraphs.map((p) => [p.id, p]));
	const oldLabels = chipParagraphs(comparison.old, t, locale);
	const newLabels = chipParagraphs(comparison.new, t, locale);
	const oldNotes = new Map(comparison.old.footnotes.map((f) => [f.mark, f]));
	const newNotes = new Map(comparison.new.footnotes.map((f) => [f.mark, f]));
	const fallback = (p: Paragraph): ParagraphChip => ({ chip: p.id, code: null, spoken: p.id });
	const missing = t.compare.noteMissing;

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
			oldNotes: citedNotes(oldParagraphs, oldNotes, missing),
			newNotes: citedNotes(newParagraphs, newNotes, missing),
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

function citedNotes(paragraphs: Paragraph[], notes: Map<string, Footnote>, missing: string): Footnote[] {
	const seen = new Set<string>();
	const out: Footnote[] = [];
	for (const p of paragraphs) {
		for (const mark of p.footnotes ?? []) {
			if (seen.has(mark)) continue;
			seen.add(mark);
			out.push(notes.get(mark) ?? { mark, text: `(${missing})` });
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

/** True when a row passes the filters other than "changes only". */
function passesKind(r: RowView, filter: RowFilter): boolean {
	return (!filter.operativeOnly || r.operative) && (!filter.hideRoutine || !r.routine);
}

/** The rows that pass a filter, in order. */
export function filterRows(rows: RowView[], filter: RowFilter): RowView[] {
	return rows.filter((r) => (!filter.onlyChanges || r.changed) && passesKind(r, filter));
}

/** What a filter leaves on the page: the rows shown, and the items of the list in order. */
export interface Shown {
	/** Rows shown: those that pass the filter, and the unchanged rows of opened gaps. */
	rows: RowView[];
	items: ListItem[];
}

/**
 * The list to render for a filter: the rows that pass it, the ghosts of shown moved rows in their old
 * places, and, where "changes only" hides unchanged rows between two shown ones, a gap counting them
 * (as GitHub counts the lines it folds). A gap whose id is in `opened` shows its rows in place instead.
 * Rows hidden by the other filters are not counted in gaps: those filters say what the reader does not
 * want to see at all.
 */
export function showRows(model: ComparisonModel, filter: RowFilter, opened: ReadonlySet<string> = new Set()): Shown {
	const rows: RowView[] = [];
	const entries: ({ type: 'row'; view: RowView } | { type: 'gap'; gap: GapView })[] = [];
	let gap: GapView | null = null;
	const closeGap = () => {
		if (!gap) return;
		if (opened.has(gap.id)) {
			for (const i of gap.rows) {
				rows.push(model.rows[i]);
				entries.push({ type: 'row', view: model.rows[i] });
			}
		} else {
			entries.push({ type: 'gap', gap });
		}
		gap = null;
	};
	// A ghost of a shown moved row is a landmark: a gap ends where one stands, so the ghost keeps its place.
	const byId = new Map(model.rows.map((r) => [r.id, r]));
	const ghostStops = new Set(
		[...model.ghostsAfter]
			.filter(([, ghosts]) => ghosts.some((g) => passesKind(byId.get(g.rowId)!, filter)))
			.map(([after]) => after)
	);
	for (const view of model.rows) {
		if (!passesKind(view, filter)) continue;
		if (filter.onlyChanges && !view.changed) {
			gap ??= { id: `gap-${view.index + 1}`, rows: [] };
			gap.rows.push(view.index);
			if (ghostStops.has(view.id)) closeGap();
			continue;
		}
		closeGap();
		rows.push(view);
		entries.push({ type: 'row', view });
	}
	closeGap();

	// Ghosts follow the row they stand after, even when that row is hidden: place each after the last
	// entry at or before its row.
	const shownIds = new Set(rows.map((r) => r.id));
	const ghostsOf = (after: string) => (model.ghostsAfter.get(after) ?? []).filter((g) => shownIds.has(g.rowId));
	const items: ListItem[] = ghostsOf('').map((g) => ({ type: 'ghost', key: g.id, ghost: g }));
	const lastOf = (entry: (typeof entries)[number]) =>
		entry.type === 'row' ? entry.view.index : entry.gap.rows[entry.gap.rows.length - 1];
	let next = 0;
	for (const view of model.rows) {
		// Emit every entry up to this row's position, then the ghosts standing after it.
		while (next < entries.length && lastOf(entries[next]) <= view.index) {
			const entry = entries[next++];
			items.push(
				entry.type === 'row'
					? { type: 'row', key: entry.view.id, view: entry.view }
					: { type: 'gap', key: entry.gap.id, gap: entry.gap }
			);
		}
		for (const g of ghostsOf(view.id)) items.push({ type: 'ghost', key: g.id, ghost: g });
	}
	return { rows, items };
}

/** One line of the change list. */
export interface ChangeEntry {
	view: RowView;
	/** The paragraph's label: the new side's, or the old side's for a deleted row. */
	label: string;
	/** The opening words of the paragraph, in the document's language. */
	opening: string;
	/** Which document the opening comes from (for its language). */
	side: 'old' | 'new';
}

/** Characters of a paragraph the change list shows (the list clips them further to its width). */
const OPENING_CHARS = 90;

/** The changed rows among `rows`, as the change list names them. */
export function listChanges(rows: RowView[]): ChangeEntry[] {
	return rows
		.filter((r) => r.changed)
		.map((view) => {
			const side = view.newParagraphs.length ? 'new' : 'old';
			const paragraphs = side === 'new' ? view.newParagraphs : view.oldParagraphs;
			const labels = side === 'new' ? view.newLabels : view.oldLabels;
			const text = paragraphs.map((p) => p.text).join(' ');
			const opening = Array.from(text).slice(0, OPENING_CHARS).join('');
			return {
				view,
				label: labels.map((l) => l.chip).join(' + '),
				opening: opening.length < text.length ? `${opening}…` : opening,
				side
			};
		});
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
export function countRows(rows: Pick<RowView, 'status' | 'routine' | 'changed'>[]): RowCounts {
	const byStatus = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as RowStats;
	let routine = 0;
	let substantive = 0;
	for (const r of rows) {
		byStatus[r.status] += 1;
		if (!r.changed) continue;
		if (r.routine) routine += 1;
		else substantive += 1;
	}
	return { byStatus, routine, substantive, total: rows.length };
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
