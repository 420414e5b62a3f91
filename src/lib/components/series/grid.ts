/**
 * The series page's model of a trace: a row per paragraph line (lineage), a column per version, each cell
 * with what a reader needs to see at a glance (status, routine or not, the paragraph's label in that
 * version); filters; where a phrase stands; and the comparison rows behind one step of one lineage.
 * Pure functions of a `SeriesTrace` (made with `keepComparisons`), so the page only renders.
 *
 * The cell statuses are the contract's (`series --format json`): each cell against the previous
 * version's cell of the same lineage. On top of them the page names two facts the contract leaves
 * implicit: a lineage's absence right after a version where it stood (the paragraph was dropped, or
 * merged into another) and the first version's cells, which have nothing to be compared with.
 */
import { labelParagraphs, PHRASES, STATUS_NAMES } from '../../core/report/labels';
import { nameVersion, type Lineage, type SeriesCell, type SeriesTrace } from '../../core/series';
import { describeLineage } from '../../core/report/series';
import type { SeriesTone } from '../../core/report/palette';
import { findTerm, type TermHits } from '../../core/terms';
import type { Comparison, ResolutionDocument } from '../../core/types';
import { MESSAGES, type Locale } from '../../i18n';

/** A cell's status as the page writes it in `data-status`: the contract's, or `absent`. */
export type CellStatus = SeriesCell['status'] | 'absent';

/** How a cell looks: the tone names its colour (palette.ts), the glyph and words say the same without colour. */
export type CellTone = SeriesTone;

/** One version of the series, as a column heading. */
export interface GridColumn {
	index: number;
	/** Symbol, else the file the version was read from. */
	name: string;
	/** What the narrow column heading shows: `76/40` for a resolution symbol, else the name. */
	short: string;
	session: number | null;
	date: string | null;
	year: number | null;
	/** The version's language (ISO 639-1, `meta.language`), for the `lang` of its text; null when unknown. */
	language: string | null;
}

/** One lineage in one version. */
export interface GridCell {
	/** Position of the version (0 = oldest). */
	version: number;
	status: CellStatus;
	/** The change from the previous version touches only dates, symbols, session and meeting numbers. */
	routine: boolean;
	/** Paragraph ids in this version; empty where the lineage is absent. */
	ids: string[];
	/** The paragraph's label in this version (`序言 12`, `执行 4 + 执行 5`); null where absent. */
	label: string | null;
	/** Absent here, present in the version before: the paragraph was dropped (or merged into another). */
	ended: boolean;
	/** A cell of the first version, which has nothing to be compared with. */
	first: boolean;
	tone: CellTone;
}

/** One lineage, ready to render. */
export interface GridRow {
	/** Position in `trace.lineages`. */
	index: number;
	/** The lineage id (`l12`). */
	id: string;
	/** Label in the latest version where the lineage stands. */
	label: string;
	/** The text there (the page shows its opening words). */
	text: string;
	/** The version `label` and `text` come from. */
	at: number;
	cells: GridCell[];
	/** Something happened after the first version: a change, an insertion or an ending. */
	changed: boolean;
	/** Something happened that is not only a routine update. */
	substantive: boolean;
}

/** The whole grid. */
export interface SeriesGrid {
	columns: GridColumn[];
	rows: GridRow[];
}

/** The glyph of each tone, as in the text report's grid: the cell says its status without colour. */
export const CELL_GLYPHS: Record<CellTone, string> = {
	first: '●',
	unchanged: '=',
	modified: '~',
	routine: '≈',
	inserted: '+',
	moved: '>',
	split: '<',
	merged: '&',
	ended: '×',
	absent: '·'
};

/**
 * The word for a tone in an interface language: a status's name as the reports give it
 * (core/report/labels.ts), or the grid's own words for the first version, an ending and an absence.
 */
export function nameTone(tone: CellTone, locale: Locale): string {
	switch (tone) {
		case 'first':
		case 'ended':
		case 'absent':
			return MESSAGES[locale].grid.marks[tone];
		case 'routine':
			return PHRASES[locale].routine;
		default:
			return STATUS_NAMES[tone][locale];
	}
}

/** The tone of a cell from its facts. */
function toneOf(status: CellStatus, routine: boolean, ended: boolean, first: boolean): CellTone {
	if (status === 'absent') return ended ? 'ended' : 'absent';
	if (first) return 'first';
	if (routine && status !== 'unchanged') return 'routine';
	return status;
}

/** The short heading of a version: `76/40` for `A/RES/76/40`, the full name otherwise. */
export function shortName(doc: ResolutionDocument): string {
	const symbol = doc.meta.symbol;
	return symbol ? symbol.replace(/^A\/RES\//, '') : doc.meta.source;
}

/** The columns of a trace: one per version, oldest first. */
function buildColumns(docs: ResolutionDocument[]): GridColumn[] {
	return docs.map((doc, index) => {
		const year = doc.meta.date ? Number(doc.meta.date.slice(0, 4)) : NaN;
		return {
			index,
			name: nameVersion(doc),
			short: shortName(doc),
			session: doc.meta.session,
			date: doc.meta.date,
			year: Number.isFinite(year) ? year : null,
			language: doc.meta.language ?? null
		};
	});
}

/**
 * Builds the grid of a trace, its paragraphs labelled in `locale` (the interface language). Unknown
 * paragraph ids are labelled by their id, never thrown on.
 */
export function buildGrid(trace: SeriesTrace, locale: Locale = 'zh'): SeriesGrid {
	const docs = trace.documents;
	const labels = docs.map((d) => labelParagraphs(d, locale));
	const rows = trace.lineages.map((lineage, index): GridRow => {
		const cells = lineage.cells.map((cell, k): GridCell => {
			const before = k > 0 ? lineage.cells[k - 1] : null;
			if (!cell) {
				const ended = before !== null;
				return {
					version: k,
					status: 'absent',
					routine: false,
					ids: [],
					label: null,
					ended,
					first: k === 0,
					tone: toneOf('absent', false, ended, k === 0)
				};
			}
			const routine = cell.routine && cell.status !== 'unchanged';
			return {
				version: k,
				status: cell.status,
				routine,
				ids: [...cell.ids],
				label: cell.ids.map((id) => labels[k].get(id) ?? id).join(' + '),
				ended: false,
				first: k === 0,
				tone: toneOf(cell.status, routine, false, k === 0)
			};
		});
		const later = cells.slice(1);
		const changed = later.some((c) => c.ended || (c.status !== 'absent' && c.status !== 'unchanged'));
		const substantive = later.some((c) => c.ended || (c.status !== 'absent' && c.status !== 'unchanged' && !c.routine));
		const { label, text } = describeLineage(trace, lineage, labels);
		return {
			index,
			id: lineage.id,
			label,
			text,
			at: Math.max(
				0,
				lineage.cells.findLastIndex((c) => c !== null)
			),
			cells,
			changed,
			substantive
		};
	});
	return { columns: buildColumns(docs), rows };
}

/**
 * The step the series page opens before the reader chooses one, so that its step panel shows a change
 * at once: the first substantive change of the latest version that has one, else the first routine one;
 * null when nothing ever changed.
 */
export function firstStep(grid: SeriesGrid): { row: number; version: number } | null {
	const changed = (c: GridCell) => !c.first && (c.ended || (c.status !== 'absent' && c.status !== 'unchanged'));
	for (const substantive of [true, false]) {
		for (let version = grid.columns.length - 1; version > 0; version--) {
			const row = grid.rows.find((r) => {
				const cell = r.cells[version];
				return cell && changed(cell) && (!substantive || !cell.routine);
			});
			if (row) return { row: row.index, version };
		}
	}
	return null;
}

/** What the reader asked to see of the grid. */
export interface GridFilter {
	/** Hide lineages that never changed. */
	onlyChanges: boolean;
	/** Hide lineages whose every change is routine (dates, symbols, session numbers). */
	hideRoutine: boolean;
}

/** The lineages that pass a filter, in order. */
export function filterGrid(rows: GridRow[], filter: GridFilter): GridRow[] {
	return rows.filter((r) => (!filter.onlyChanges || r.changed) && (!filter.hideRoutine || r.substantive || !r.changed));
}

/** Where a phrase stands, cell by cell. */
export interface TermView {
	hits: TermHits;
	/** Occurrences per cell, keyed by {@link cellKey}; only cells where the phrase stands. */
	cells: Map<string, number>;
	/** Lineage indexes (positions in `trace.lineages`) where the phrase stands in some version. */
	rows: Set<number>;
}

/** The key of a cell in a {@link TermView}: `lineage index:version index`. */
export function cellKey(row: number, version: number): string {
	return `${row}:${version}`;
}

/** Finds a phrase in every version and maps its paragraphs to cells; null for a blank phrase. */
export function locateTerm(trace: SeriesTrace, phrase: string): TermView | null {
	if (phrase.trim() === '') return null;
	const hits = findTerm(trace.documents, phrase);
	const lineageOf = trace.documents.map(() => new Map<string, number>());
	trace.lineages.forEach((lineage: Lineage, row) => {
		lineage.cells.forEach((cell, k) => {
			for (const id of cell?.ids ?? []) lineageOf[k].set(id, row);
		});
	});
	const cells = new Map<string, number>();
	const rows = new Set<number>();
	for (const doc of hits.documents) {
		for (const p of doc.paragraphs) {
			const row = lineageOf[doc.index].get(p.id);
			if (row === undefined) continue;
			const key = cellKey(row, doc.index);
			cells.set(key, (cells.get(key) ?? 0) + p.ranges.length);
			rows.add(row);
		}
	}
	return { hits, cells, rows };
}

/**
 * One step of a lineage, as the compare page's row component renders it: a comparison and the indexes
 * of its rows that belong to the step.
 * - `first`: the lineage in the first version, shown as text (a comparison of that version with itself);
 * - `change`: version k − 1 → k (unchanged, modified, inserted, moved, split or merged);
 * - `ended`: the lineage stood in version k − 1 and not in k: the deletion (or the merge into another);
 * - `absent`: the lineage stands in neither version; nothing to show.
 */
export type Step =
	| { kind: 'first' | 'change' | 'ended'; from: number | null; to: number; comparison: Comparison; rows: number[] }
	| { kind: 'absent'; from: number | null; to: number };

/** The comparison rows behind one cell of the grid. */
export function stepAt(trace: SeriesTrace, row: number, version: number): Step {
	const lineage = trace.lineages[row];
	const cell = lineage?.cells[version] ?? null;
	const before = version > 0 ? (lineage?.cells[version - 1] ?? null) : null;
	const from = version > 0 ? version - 1 : null;
	if (!cell && !before) return { kind: 'absent', from, to: version };
	if (version === 0 && cell) {
		const doc = trace.documents[0];
		const text = cell.ids.map((id) => doc.paragraphs.find((p) => p.id === id)?.text ?? '').join('\n');
		const comparison: Comparison = {
			version: 1,
			old: doc,
			new: doc,
			rows: [
				{
					status: 'unchanged',
					old: [...cell.ids],
					new: [...cell.ids],
					similarity: 1,
					diff: text ? [[0, text]] : [],
					routine: false
				}
			],
			stats: { unchanged: 1, modified: 0, inserted: 0, deleted: 0, moved: 0, split: 0, merged: 0 }
		};
		return { kind: 'first', from: null, to: 0, comparison, rows: [0] };
	}
	const comparison = trace.comparisons?.[version - 1];
	if (!comparison) return { kind: 'absent', from, to: version };
	const newIds = new Set(cell?.ids ?? []);
	const oldIds = new Set(before?.ids ?? []);
	const rows = comparison.rows.flatMap((r, i) =>
		r.new.some((id) => newIds.has(id)) || r.old.some((id) => oldIds.has(id)) ? [i] : []
	);
	return { kind: cell ? 'change' : 'ended', from, to: version, comparison, rows };
}
