/**
 * Tracing a recurring resolution through many sessions: which paragraph of each version descends from
 * which paragraph of the one before, the shape of `resodiff series --format json` (CONTRACT.md).
 *
 * WHY chained pairwise comparisons: drafters work from last year's adopted text, so each version is best
 * explained by the one right before it. Comparing consecutive versions (n − 1 comparisons, each
 * near-linear) and following the rows gives every paragraph's line of descent; comparing every version
 * with every other would cost n² comparisons and answer a question nobody asks. Twenty versions of a
 * forty-paragraph resolution take nineteen small comparisons.
 *
 * WHY re-segmentation first, over the whole series: comparison joins runs of inferred paragraphs (cut by
 * the parser in run-on text) that are one paragraph in the neighbouring version. A document in the middle
 * of a series has two neighbours; if each comparison joined it differently, its paragraphs would not be
 * the same in the row before and the row after, and the lines of descent would break. So the joins wanted
 * by every consecutive pair are planned first, united per document (overlapping runs become one), applied
 * once, and the comparisons then run with re-segmentation off.
 *
 * Lines of descent (lineages):
 * - Each paragraph of the first version starts a lineage. Its first cell has status `unchanged`: the
 *   contract's cell statuses are "against the previous document's cell", and with no previous document
 *   there is nothing it could have changed from; `inserted` would claim an insertion nobody made.
 * - A row of a later comparison continues the lineage of its first old paragraph. The cell lists the row's
 *   new ids, with the row's status and routine flag. When one lineage's paragraphs (after an earlier split)
 *   fall into several rows, the cell holds all their new ids and the strongest status among them
 *   (merged > split > moved > modified > unchanged; a part deleted makes it at least modified).
 * - The lineages of the other old paragraphs of a merged row end there (null from then on): their text
 *   lives on in the merged cell of the first one. A deleted paragraph's lineage ends likewise.
 * - An inserted paragraph starts a new lineage: null cells before, then `inserted`. A paragraph dropped and
 *   restored later starts a new lineage too (versions are only compared with their neighbours).
 * - Every paragraph of every version is in exactly one cell.
 * Lineages are listed in reading order of the latest version; a lineage that ended earlier stands right
 * after the lineage that preceded it when it was last present (as deleted rows do in a comparison).
 */
import { compareDocuments, planRejoins, rejoinParagraphs, type CompareOptions } from './compare';
import type { AlignedRow, Comparison, ResolutionDocument, RowStatus } from './types';
import { attributeWarnings, type Warning } from './warnings';

/** One paragraph line in one version: its ids, and how it relates to the previous version's cell. */
export interface SeriesCell {
	/** Paragraph ids in this version (several after a split). */
	ids: string[];
	status: Exclude<RowStatus, 'deleted'>;
	/** True when the change from the previous cell touches only dates, symbols, session and meeting numbers. */
	routine: boolean;
}

/** One line of descent: a cell per version, null where the paragraph is absent. */
export interface Lineage {
	/** `l1`, `l2`, … in the order of the list. */
	id: string;
	cells: (SeriesCell | null)[];
}

/** The trace of a series of versions (`series --format json`). */
export interface SeriesTrace {
	version: 1;
	/** The documents in the order given (oldest first), after re-segmentation. */
	documents: ResolutionDocument[];
	lineages: Lineage[];
	/**
	 * Extension: everything to warn of, each once: the consecutive comparisons' own warnings, each said of
	 * the pair it concerns, then what each document noticed while reading, said of its version (warnings.ts;
	 * the JSON gives each as its English sentence).
	 */
	warnings?: Warning[];
	/** Extension: the consecutive comparisons (document k − 1 → k at index k − 1), when asked for. */
	comparisons?: Comparison[];
}

/** Options of {@link traceSeries}; defaults in {@link DEFAULT_SERIES_OPTIONS}. */
export interface SeriesOptions {
	/** Options of each consecutive comparison (`rejoin` applies to the whole series, see above). */
	compare?: CompareOptions;
	/** Include the consecutive comparisons in the trace (diffs included: large). */
	keepComparisons?: boolean;
}

/** The defaults of {@link SeriesOptions}, in one place. */
export const DEFAULT_SERIES_OPTIONS: Readonly<Required<SeriesOptions>> = Object.freeze({
	compare: {},
	keepComparisons: false
});

/** Strength of a status when several rows continue one lineage: the strongest names the cell. */
const STRENGTH: Record<RowStatus, number> = {
	unchanged: 0,
	modified: 1,
	moved: 2,
	split: 3,
	merged: 4,
	inserted: 1,
	deleted: 1
};

/** Unite runs of paragraph ids (consecutive in `doc`) that share a paragraph into one run each. */
function uniteRuns(doc: ResolutionDocument, runs: string[][]): string[][] {
	const index = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
	const ranges = runs
		.map((run) => run.map((id) => index.get(id) ?? -1).filter((i) => i >= 0))
		.filter((r) => r.length > 1)
		.map((r) => [Math.min(...r), Math.max(...r)] as [number, number])
		.sort((a, b) => a[0] - b[0]);
	const united: [number, number][] = [];
	for (const [s, e] of ranges) {
		const last = united[united.length - 1];
		if (last && s <= last[1]) last[1] = Math.max(last[1], e);
		else united.push([s, e]);
	}
	return united.map(([s, e]) => doc.paragraphs.slice(s, e + 1).map((p) => p.id));
}

/** How a version of a series is named (warnings, headings, grid columns): its symbol, else its source. */
export function nameVersion(doc: ResolutionDocument): string {
	return doc.meta.symbol ?? doc.meta.source;
}

/**
 * The versions as their warnings name them: each by its name ({@link nameVersion}), and where two versions
 * share one (a resolution's PDF and the text taken from it, both "A/RES/77/247") by its place in the series
 * too ("v1 A/RES/77/247"), as the reports' headings number them.
 */
function warningNames(docs: readonly ResolutionDocument[]): string[] {
	const names = docs.map(nameVersion);
	return names.map((name, k) => (names.indexOf(name) !== names.lastIndexOf(name) ? `v${k + 1} ${name}` : name));
}

/** Trace the paragraphs of a series of versions (oldest first) through consecutive comparisons. */
export function traceSeries(docs: readonly ResolutionDocument[], options: SeriesOptions = {}): SeriesTrace {
	const opts = { ...DEFAULT_SERIES_OPTIONS, ...options };
	const compareOptions: CompareOptions = { ...opts.compare, rejoin: false };

	// Re-segmentation, planned over every consecutive pair and applied once per document.
	let documents = [...docs];
	if (opts.compare.rejoin !== false && documents.length > 1) {
		const runs: string[][][] = documents.map(() => []);
		for (let k = 1; k < documents.length; k++) {
			const plan = planRejoins(documents[k - 1], documents[k], { align: opts.compare.align });
			runs[k - 1].push(...plan.old);
			runs[k].push(...plan.new);
		}
		documents = documents.map((doc, k) => rejoinParagraphs(doc, uniteRuns(doc, runs[k])));
	}

	const comparisons: Comparison[] = [];
	for (let k = 1; k < documents.length; k++)
		comparisons.push(compareDocuments(documents[k - 1], documents[k], compareOptions));

	// Lineages, built document by document.
	const cells: (SeriesCell | null)[][] = [];
	let lineOf = new Map<string, number>();
	let order: number[] = [];
	if (documents.length > 0) {
		for (const p of documents[0].paragraphs) {
			lineOf.set(p.id, cells.length);
			order.push(cells.length);
			cells.push([{ ids: [p.id], status: 'unchanged', routine: false }]);
		}
	}
	comparisons.forEach((cmp, index) => {
		const k = index + 1;
		const newIndex = new Map(cmp.new.paragraphs.map((p, i) => [p.id, i]));
		const owned = new Map<number, AlignedRow[]>();
		const present: number[] = [];
		const seen = new Set<number>();
		const note = (line: number) => {
			if (!seen.has(line)) {
				seen.add(line);
				present.push(line);
			}
		};
		const nextLineOf = new Map<string, number>();
		for (const row of cmp.rows) {
			if (row.old.length === 0) {
				const line = cells.length;
				cells.push([
					...Array.from({ length: k }, () => null),
					{ ids: [...row.new], status: 'inserted', routine: row.routine }
				]);
				for (const id of row.new) nextLineOf.set(id, line);
				note(line);
				continue;
			}
			const owner = lineOf.get(row.old[0]) ?? -1;
			if (owner < 0) continue;
			const list = owned.get(owner);
			if (list) list.push(row);
			else owned.set(owner, [row]);
			note(owner);
			for (const id of row.old.slice(1)) {
				const other = lineOf.get(id);
				if (other !== undefined) note(other);
			}
		}
		for (const line of present) {
			if (cells[line].length > k) continue; // started in this document
			const rows = owned.get(line) ?? [];
			const ids = rows.flatMap((r) => r.new).sort((a, b) => (newIndex.get(a) ?? 0) - (newIndex.get(b) ?? 0));
			if (ids.length === 0) {
				cells[line].push(null);
				continue;
			}
			for (const id of ids) nextLineOf.set(id, line);
			cells[line].push(combineRows(rows, ids));
		}
		// Lineages absent from both documents: null, and attached after their predecessor in the old order.
		const attached = new Map<number, number[]>();
		let host = -1;
		for (const line of order) {
			if (seen.has(line)) {
				host = line;
				continue;
			}
			cells[line].push(null);
			const list = attached.get(host);
			if (list) list.push(line);
			else attached.set(host, [line]);
		}
		const next: number[] = [...(attached.get(-1) ?? [])];
		for (const line of present) next.push(line, ...(attached.get(line) ?? []));
		order = next;
		lineOf = nextLineOf;
	});

	const lineages: Lineage[] = order.map((line, i) => ({ id: `l${i + 1}`, cells: cells[line] }));
	const trace: SeriesTrace = { version: 1, documents, lineages };
	// A comparison restates its documents' warnings; the series states each document's once, by its name.
	// The comparison's own are those said of no side.
	const names = warningNames(documents);
	const warnings = comparisons.flatMap((cmp, i) =>
		attributeWarnings(
			(cmp.warnings ?? []).filter((w) => !w.of),
			{ from: names[i], to: names[i + 1] }
		)
	);
	documents.forEach((doc, k) => warnings.push(...attributeWarnings(doc.warnings, { version: names[k] })));
	if (warnings.length > 0) trace.warnings = warnings;
	if (opts.keepComparisons) trace.comparisons = comparisons;
	return trace;
}

/** The cell of a lineage continued by one or more rows (see the rules above). */
function combineRows(rows: AlignedRow[], ids: string[]): SeriesCell {
	if (rows.length === 1) {
		const [row] = rows;
		return {
			ids,
			status: row.status === 'deleted' || row.status === 'inserted' ? 'modified' : row.status,
			routine: row.routine
		};
	}
	let status: RowStatus = 'unchanged';
	for (const row of rows) if (STRENGTH[row.status] > STRENGTH[status]) status = row.status;
	if (status === 'deleted' || status === 'inserted') status = 'modified';
	const changed = rows.filter((r) => r.status !== 'unchanged');
	const routine = changed.length > 0 && changed.every((r) => r.routine && r.status !== 'deleted');
	return { ids, status: status as SeriesCell['status'], routine };
}
