/**
 * Comparing two versions of a resolution: the pipeline behind `resodiff compare` (CONTRACT.md, version 1).
 *
 *   1. Re-segmentation. Tokenized corpus text (67/38) has no line breaks: the parser cuts it at every
 *      drafting opener (关切, 认识到, …) and marks those paragraphs `inferred`. When the old version's
 *      "关切…持续削弱，" and "认识到会员国…" together are the new version's one paragraph
 *      "严重关切…，认识到会员国…", the parser cut where the drafters did not. Such runs are joined back into
 *      one paragraph (see {@link planRejoins}), on either side, so the row reads as one modified paragraph
 *      instead of a merge that never happened.
 *   2. Alignment of paragraphs (align.ts).
 *   3. A word-level diff of each row's old texts (joined with "\n") against its new texts (diff.ts);
 *      a 1:1 row whose diff changes nothing but white space and typography (text/typography.ts) is unchanged.
 *   4. Routine changes (routine.ts): dates, symbols, session and meeting numbers.
 *   5. Counts by status, and warnings: unrelated documents, an empty side, what the reader noticed.
 *
 * Nothing is lost: every paragraph of both returned documents is in exactly one row, and each row's diff
 * rebuilds both sides' texts exactly (the diff guarantees it per row; the alignment per paragraph).
 */
import { alignParagraphs, type AlignOptions, type Alignment } from './align/align';
import { diffTexts, isPresentationOnly, similarityOf, type DiffOptions } from './diff/diff';
import { quietPieces } from './text/typography';
import { classifyRoutine } from './diff/routine';
import { normalizeForSimilarity } from './align/similarity';
import {
	ROW_STATUSES,
	ResodiffError,
	type AlignedRow,
	type Comparison,
	type DiffOp,
	type Footnote,
	type Paragraph,
	type ResolutionDocument,
	type RowStats,
	type RowStatus,
	type TextRange
} from './types';
import { attributeWarnings, type Warning } from './warnings';

/** Options of {@link compareDocuments}; every field optional, defaults in {@link DEFAULT_COMPARE_OPTIONS}. */
export interface CompareOptions {
	/** Options of the paragraph alignment. */
	align?: AlignOptions;
	/** Options of the per-row text diff (granularity, language, time budget in milliseconds). */
	diff?: Partial<DiffOptions>;
	/** Join runs of inferred paragraphs that together are one paragraph of the other version. */
	rejoin?: boolean;
	/**
	 * Overall similarity (share of characters the diffs keep, 0..1) below which two documents with
	 * different titles are reported as looking like different resolutions. Range 0..1.
	 */
	unrelatedBelow?: number;
}

/** The defaults of {@link CompareOptions}, in one place. */
export const DEFAULT_COMPARE_OPTIONS: Readonly<Required<CompareOptions>> = Object.freeze({
	align: {},
	diff: {},
	rejoin: true,
	unrelatedBelow: 0.5
});

/**
 * When a title is missing on a side, only a much lower overall similarity is reported as unrelated
 * documents: without a title there is one piece of evidence, not two. Unit: share of characters, 0..1.
 */
export const UNRELATED_WITHOUT_TITLE = 0.25;

/**
 * Least similarity (weighted Dice, align.ts) of a run of inferred paragraphs joined against its single
 * counterpart for the join to be made. The aligner already required the run to score clearly higher
 * together than its best part alone; this keeps a weak merge from rewriting the document. Range 0..1.
 */
export const REJOIN_MIN_SIMILARITY = 0.4;

/** Counts rows by status: every status present, zero when no row has it (the shape of `stats`). */
export function countStatuses(rows: readonly { status: RowStatus }[]): RowStats {
	const stats = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as RowStats;
	for (const row of rows) stats[row.status]++;
	return stats;
}

/** Check a document has what comparison relies on: paragraphs with distinct ids. */
function checkDocument(doc: ResolutionDocument, side: 'old' | 'new'): void {
	if (!doc || !Array.isArray(doc.paragraphs) || !doc.meta) {
		throw new ResodiffError('usage', `the ${side} document is not a parsed document`);
	}
	const seen = new Set<string>();
	for (const p of doc.paragraphs) {
		if (typeof p.text !== 'string' || typeof p.id !== 'string') {
			throw new ResodiffError('internal', `the ${side} document has a paragraph without id or text`, {
				file: doc.meta.source
			});
		}
		if (seen.has(p.id)) {
			throw new ResodiffError('internal', `the ${side} document has two paragraphs with id ${p.id}`, {
				file: doc.meta.source,
				paragraph: p.id
			});
		}
		seen.add(p.id);
	}
}

/** Groups of paragraph ids to join, on each side: each group a run of consecutive paragraphs. */
export interface RejoinPlan {
	old: string[][];
	new: string[][];
}

/**
 * Which runs of inferred paragraphs to join back into one: the merged rows (several old → one new) whose
 * old paragraphs after the first all start at an inferred boundary, and the split rows likewise on the new
 * side, when the joined run scores at least {@link REJOIN_MIN_SIMILARITY} against its counterpart.
 * A boundary read from a line break is the drafters' own and is never undone.
 */
export function planRejoins(
	oldDoc: ResolutionDocument,
	newDoc: ResolutionDocument,
	options: { align?: AlignOptions; alignment?: Alignment } = {}
): RejoinPlan {
	const rows = (options.alignment ?? alignParagraphs(oldDoc, newDoc, options.align)).rows;
	const inferredOld = new Set(oldDoc.paragraphs.filter((p) => p.inferred).map((p) => p.id));
	const inferredNew = new Set(newDoc.paragraphs.filter((p) => p.inferred).map((p) => p.id));
	const plan: RejoinPlan = { old: [], new: [] };
	for (const row of rows) {
		if (row.similarity < REJOIN_MIN_SIMILARITY) continue;
		if (row.status === 'merged' && row.old.slice(1).every((id) => inferredOld.has(id))) plan.old.push([...row.old]);
		if (row.status === 'split' && row.new.slice(1).every((id) => inferredNew.has(id))) plan.new.push([...row.new]);
	}
	return plan;
}

const SEAM_WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Rebuild the text across an inferred boundary. The parser cuts run-on text at a drafting opener and
 * keeps everything on both sides (the comma before the opener ends the first paragraph, the opener starts
 * the second); only the tokenizer space at the cut is gone, and between Chinese characters or after
 * punctuation that space was never part of the text. Between two Latin letters or digits it was a real
 * word space, so one is put back there.
 */
export function joinAtInferredBoundary(before: string, after: string): string {
	const a = before.at(-1) ?? '';
	const b = after[0] ?? '';
	const needsSpace = SEAM_WORD.test(a) && SEAM_WORD.test(b) && !HAN.test(a) && !HAN.test(b);
	return needsSpace ? `${before} ${after}` : before + after;
}

/**
 * Join each group of consecutive paragraph ids into one paragraph: the first keeps its id, kind, number
 * and flags, the text runs on ({@link joinAtInferredBoundary}), footnote offsets and bold ranges shift with
 * it; the other ids disappear and footnotes citing them now cite the first. No other paragraph is renamed.
 */
export function rejoinParagraphs(doc: ResolutionDocument, groups: readonly (readonly string[])[]): ResolutionDocument {
	if (groups.length === 0) return doc;
	const byId = new Map(doc.paragraphs.map((p) => [p.id, p]));
	const absorbedInto = new Map<string, string>();
	const joined = new Map<string, Paragraph>();
	for (const group of groups) {
		const parts = group.map((id) => byId.get(id));
		if (parts.length < 2 || parts.some((p) => !p || absorbedInto.has(p.id) || joined.has(p.id))) continue;
		const [first, ...rest] = parts as Paragraph[];
		const result: Paragraph = structuredClone(first);
		const footnotes = [...(first.footnotes ?? [])];
		const offsets = [...(first.footnoteOffsets ?? [])];
		const emphasis: TextRange[] = [...(first.emphasis ?? [])];
		for (const p of rest) {
			const text = joinAtInferredBoundary(result.text, p.text);
			const shift = text.length - p.text.length;
			result.text = text;
			footnotes.push(...(p.footnotes ?? []));
			offsets.push(...(p.footnoteOffsets ?? []).map((o) => o + shift));
			emphasis.push(...(p.emphasis ?? []).map(([s, e]): TextRange => [s + shift, e + shift]));
			absorbedInto.set(p.id, first.id);
		}
		if (footnotes.length > 0) result.footnotes = footnotes;
		if (offsets.length > 0) result.footnoteOffsets = offsets;
		if (emphasis.length > 0) result.emphasis = emphasis;
		result.rejoined = group.slice(1);
		joined.set(first.id, result);
	}
	if (joined.size === 0) return doc;
	const paragraphs = doc.paragraphs.filter((p) => !absorbedInto.has(p.id)).map((p) => joined.get(p.id) ?? p);
	const footnotes: Footnote[] = doc.footnotes.map((f) =>
		f.paragraph && absorbedInto.has(f.paragraph) ? { ...f, paragraph: absorbedInto.get(f.paragraph) ?? null } : f
	);
	return { ...doc, paragraphs, footnotes };
}

/** The title a reader would name the document by: its meta title, else its title paragraph. */
function titleOf(doc: ResolutionDocument): string | null {
	const title = doc.meta.title ?? doc.paragraphs.find((p) => p.kind === 'title')?.text ?? null;
	return title === null ? null : normalizeForSimilarity(title) || null;
}

/** How a side's document is named in a warning: its symbol, else its source (`old (A/RES/67/38)`). */
function nameOf(doc: ResolutionDocument): string {
	return doc.meta.symbol ?? doc.meta.source;
}

/**
 * What a document noticed while reading, as a comparison states it: each warning once, said of its side
 * (`old (A/RES/67/38): page 3 has no text layer …`). The comparison's warnings hold these after its own,
 * so that one list says everything (CONTRACT.md); views show that list and never the documents' again.
 */
export function documentWarnings(doc: ResolutionDocument, side: 'old' | 'new'): Warning[] {
	return attributeWarnings(doc.warnings, { side, name: nameOf(doc) });
}

/** Compare two versions of a document: aligned rows with their diffs, counts and warnings. */
export function compareDocuments(
	oldDoc: ResolutionDocument,
	newDoc: ResolutionDocument,
	options: CompareOptions = {}
): Comparison {
	checkDocument(oldDoc, 'old');
	checkDocument(newDoc, 'new');
	const opts = { ...DEFAULT_COMPARE_OPTIONS, ...options };

	let older = oldDoc;
	let newer = newDoc;
	let alignment = alignParagraphs(older, newer, opts.align);
	if (opts.rejoin) {
		const plan = planRejoins(older, newer, { alignment });
		if (plan.old.length > 0 || plan.new.length > 0) {
			older = rejoinParagraphs(older, plan.old);
			newer = rejoinParagraphs(newer, plan.new);
			alignment = alignParagraphs(older, newer, opts.align);
		}
	}

	const oldById = new Map(older.paragraphs.map((p) => [p.id, p]));
	const newById = new Map(newer.paragraphs.map((p) => [p.id, p]));
	const textOf = (ids: string[], byId: Map<string, Paragraph>) => ids.map((id) => byId.get(id)?.text ?? '').join('\n');

	// Words are cut by the language of the text: the documents' own, unless the caller says otherwise.
	const language = newer.meta.language ?? older.meta.language;
	const diffOptions: Partial<DiffOptions> = language ? { language, ...opts.diff } : opts.diff;
	// Routine patterns by the language of each text: a French text is read with the French grammar only.
	const routineLanguages = [older.meta.language, newer.meta.language].filter((l): l is string => Boolean(l));
	const rows: AlignedRow[] = alignment.rows.map((skeleton) => {
		const oldText = textOf(skeleton.old, oldById);
		const newText = textOf(skeleton.new, newById);
		const { ops, degraded } = diffTexts(oldText, newText, diffOptions);
		let status: RowStatus = skeleton.status;
		if (status === 'unchanged' || status === 'modified') status = isPresentationOnly(ops) ? 'unchanged' : 'modified';
		const twoSided = skeleton.old.length > 0 && skeleton.new.length > 0;
		const similarity = !twoSided ? 0 : status === 'unchanged' ? 1 : Math.round(similarityOf(ops) * 10000) / 10000;
		const { routine, routineParts } = routineOf(status, ops, routineLanguages);
		return {
			status,
			old: [...skeleton.old],
			new: [...skeleton.new],
			similarity,
			diff: ops,
			routine,
			routineParts,
			degraded
		};
	});

	const warnings: Warning[] = [];
	const unrelated = unrelatedWarning(older, newer, rows, opts.unrelatedBelow);
	if (unrelated) warnings.push(unrelated);
	if (older.paragraphs.length === 0) warnings.push({ kind: 'no-paragraphs', side: 'old', name: nameOf(older) });
	if (newer.paragraphs.length === 0) warnings.push({ kind: 'no-paragraphs', side: 'new', name: nameOf(newer) });
	warnings.push(...documentWarnings(older, 'old'), ...documentWarnings(newer, 'new'));

	const comparison: Comparison = { version: 1, old: older, new: newer, rows, stats: countStatuses(rows) };
	if (warnings.length > 0) comparison.warnings = warnings;
	return comparison;
}

/**
 * Whether a row is routine, and which of its pieces are. Routine means the change touches only dates,
 * symbols, session and meeting numbers:
 * - an unchanged row changes nothing, so it is not routine (there is no change to call routine);
 * - a modified, inserted or deleted row is routine when routine.ts says every edit in it is (for an
 *   inserted or deleted row that is its whole text: a date line added, say);
 * - a moved, split or merged row changed place or shape, which is never routine; its pieces are still
 *   flagged so a reader sees which words changed only routinely.
 */
function routineOf(
	status: RowStatus,
	ops: DiffOp[],
	languages: readonly string[]
): { routine: boolean; routineParts: boolean[] } {
	if (status === 'unchanged') return { routine: false, routineParts: ops.map(() => false) };
	const { parts } = classifyRoutine(ops, languages.length > 0 ? { language: languages } : {});
	const routineParts = ops.map(([op], i) => op !== 0 && Boolean(parts[i]));
	// A change of typography or white space alone is no change: it neither makes a row routine nor keeps it from being so.
	const quiet = quietPieces(ops);
	const changed = ops.some(([op], i) => op !== 0 && !quiet[i]);
	const routine = changed && ops.every(([op], i) => op === 0 || quiet[i] || routineParts[i]);
	const structural = status === 'moved' || status === 'split' || status === 'merged';
	return { routine: routine && !structural, routineParts };
}

/**
 * The "different resolutions" warning: titles differ and little text is shared. Shared text is measured
 * on the rows' diffs: 2 × characters kept / all characters of both versions, white space ignored (an
 * inserted or deleted paragraph keeps nothing). Two versions of a recurring resolution nine sessions apart
 * share most of their text (67/38 and 76/40); two resolutions of one agenda item share a sentence or two.
 */
function unrelatedWarning(
	oldDoc: ResolutionDocument,
	newDoc: ResolutionDocument,
	rows: AlignedRow[],
	below: number
): Warning | null {
	if (oldDoc.paragraphs.length === 0 || newDoc.paragraphs.length === 0) return null;
	const oldTitle = titleOf(oldDoc);
	const newTitle = titleOf(newDoc);
	if (oldTitle !== null && oldTitle === newTitle) return null;
	const shared = similarityOf(rows.flatMap((r) => r.diff));
	const limit = oldTitle === null || newTitle === null ? Math.min(below, UNRELATED_WITHOUT_TITLE) : below;
	if (shared >= limit) return null;
	const titles: [string, string] | null =
		oldTitle !== null && newTitle !== null ? [oldDoc.meta.title ?? oldTitle, newDoc.meta.title ?? newTitle] : null;
	return { kind: 'unrelated', titles, shared: Math.round(shared * 100) };
}
