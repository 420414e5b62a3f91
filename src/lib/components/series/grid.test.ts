import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelParagraphs } from '../../core/report/labels';
import { traceSeries, type SeriesTrace } from '../../core/series';
import { applyEdit, documentArbitrary, editArbitrary } from '../../testing/arbitraries';
import { makeDocument } from '../../testing/documents';
import { draftFrom } from '../../testing/drafts';
import { loadSeed, squeeze } from '../../testing/seeds';
import type { ParagraphKind, ResolutionDocument } from '../../core/types';
import { buildGrid, cellKey, filterGrid, locateTerm, shortName, stepAt, type GridRow } from './grid';

const showcase = traceSeries([loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40')], { keepComparisons: true });
const grid = buildGrid(showcase);

/** The grid row whose paragraph in the latest version opens with `start` (white space ignored). */
function rowStarting(rows: GridRow[], start: string): GridRow {
	const row = rows.find((r) => squeeze(r.text).startsWith(start));
	if (!row) throw new Error(`no row starting ${start}`);
	return row;
}

const A = '决心促进严格遵循《联合国宪章》所载宗旨和原则，';
const B = '确认双边、诸边和多边裁军谈判是相辅相成的，';
const C = '重申多边外交在裁军和不扩散领域的绝对效力，并决心推动多边主义作为开展军备管制和裁军谈判的主要途径，';
const X = '欢迎裁军谈判会议就其工作方案达成共识，并强调必须尽早开始实质性工作，';
const doc = (...texts: string[]) => makeDocument(texts.map((t) => ['preamble', t] as [ParagraphKind, string]));
/** A → dropped B, inserted X → unchanged: every kind of cell in three small versions. */
const small = traceSeries([doc(A, B, C), doc(A, C, X), doc(A, C, X)], { keepComparisons: true });
const smallGrid = buildGrid(small);

describe('buildGrid on 67/38 → 76/40', () => {
	it('has a row per lineage and a column per version, cells as the trace has them', () => {
		expect(grid.rows).toHaveLength(showcase.lineages.length);
		expect(grid.columns.map((c) => [c.name, c.short, c.session, c.year])).toEqual([
			['A/RES/67/38', '67/38', 67, 2012],
			['A/RES/76/40', '76/40', 76, 2021]
		]);
		grid.rows.forEach((row, i) => {
			const lineage = showcase.lineages[i];
			expect(row.id).toBe(lineage.id);
			expect(row.cells.map((c) => c.status)).toEqual(lineage.cells.map((c) => c?.status ?? 'absent'));
			expect(row.cells.map((c) => c.ids)).toEqual(lineage.cells.map((c) => c?.ids ?? []));
			expect(row.cells.map((c) => c.routine)).toEqual(
				lineage.cells.map((c) => !!c && c.routine && c.status !== 'unchanged')
			);
		});
	});

	it('labels a row from the latest version, with its text there', () => {
		const labels = labelParagraphs(showcase.documents[1]);
		for (const row of grid.rows) {
			const id = row.cells[1].ids[0];
			expect(row.label).toBe(labels.get(id));
			expect(row.text).toBe(showcase.documents[1].paragraphs.find((p) => p.id === id)?.text);
		}
	});

	it.each([
		{ label: 'the 回顾其关于… list of earlier resolutions', start: '回顾其关于', tone: 'routine' },
		{ label: 'operative 7 (the report of the Secretary-General)', start: '表示注意到秘书长', tone: 'routine' },
		{ label: 'operative 9 (the next session’s agenda)', start: '决定在大会', tone: 'routine' },
		{ label: '强调 → 强调指出', start: '强调指出', tone: 'modified' },
		{ label: '关切 → 严重关切', start: '严重关切', tone: 'modified' },
		{ label: 'an untouched paragraph', start: '确认双边', tone: 'unchanged' }
	])('$label: the 76/40 cell is $tone', ({ start, tone }) => {
		const row = rowStarting(grid.rows, start);
		expect(row.cells[1].tone).toBe(tone);
		expect(row.cells[0].tone).toBe('first');
		expect(row.substantive).toBe(tone === 'modified');
		expect(row.changed).toBe(tone !== 'unchanged');
	});

	it('names a version without a symbol by its source', () => {
		expect(shortName(makeDocument([['preamble', A]], { source: 'draft.txt' }))).toBe('draft.txt');
		expect(shortName(makeDocument([['preamble', A]], { symbol: 'A/C.1/77/L.31' }))).toBe('A/C.1/77/L.31');
	});
});

describe('buildGrid on inserted and ended lineages', () => {
	it.each([
		{ label: 'kept throughout', start: A, tones: ['first', 'unchanged', 'unchanged'], changed: false },
		{ label: 'dropped in v2', start: B, tones: ['first', 'ended', 'absent'], changed: true },
		{ label: 'inserted in v2', start: X, tones: ['absent', 'inserted', 'unchanged'], changed: true }
	])('$label', ({ start, tones, changed }) => {
		const row = smallGrid.rows.find((r) => r.text === start)!;
		expect(row.cells.map((c) => c.tone)).toEqual(tones);
		expect(row.changed).toBe(changed);
		expect(row.substantive).toBe(changed);
	});

	it('labels an ended lineage from the last version it stood in', () => {
		const row = smallGrid.rows.find((r) => r.text === B)!;
		expect(row.label).toBe(row.cells[0].label);
	});
});

describe('filterGrid', () => {
	const count = (filter: { onlyChanges: boolean; hideRoutine: boolean }) =>
		filterGrid(grid.rows, filter).map((r) => r.index);
	it.each([
		{ label: 'everything', filter: { onlyChanges: false, hideRoutine: false }, keep: () => true },
		{ label: 'changed only', filter: { onlyChanges: true, hideRoutine: false }, keep: (r: GridRow) => r.changed },
		{
			label: 'routine-only lines hidden',
			filter: { onlyChanges: false, hideRoutine: true },
			keep: (r: GridRow) => r.substantive || !r.changed
		},
		{
			label: 'substantive changes only',
			filter: { onlyChanges: true, hideRoutine: true },
			keep: (r: GridRow) => r.substantive
		}
	])('$label', ({ filter, keep }) => {
		expect(count(filter)).toEqual(grid.rows.filter(keep).map((r) => r.index));
	});

	it('hides the routine rows of the showcase, and only them', () => {
		const hidden = grid.rows.filter((r) => !count({ onlyChanges: false, hideRoutine: true }).includes(r.index));
		expect(hidden.length).toBeGreaterThanOrEqual(3);
		for (const r of hidden) expect(r.cells.slice(1).every((c) => c.status === 'unchanged' || c.routine)).toBe(true);
	});
});

describe('locateTerm', () => {
	it.each([
		{ label: '严重关切: first said in 76/40', phrase: '严重关切', first: 1, last: 1, start: '严重关切' },
		{ label: '多边论坛: first said in 76/40', phrase: '多边论坛', first: 1, last: 1, start: '着重指出' },
		{ label: 'white space inside the phrase is ignored', phrase: '严重 关切', first: 1, last: 1, start: '严重关切' },
		{ label: '多边主义: in both versions', phrase: '多边主义', first: 0, last: 1, start: null },
		{ label: 'a phrase in no version', phrase: '外层空间', first: null, last: null, start: null }
	])('$label', ({ phrase, first, last, start }) => {
		const view = locateTerm(showcase, phrase)!;
		expect([view.hits.first, view.hits.last]).toEqual([first, last]);
		// Every occurrence lands in exactly one cell.
		const total = view.hits.documents.reduce((n, d) => n + d.count, 0);
		expect([...view.cells.values()].reduce((n, c) => n + c, 0)).toBe(total);
		if (start) {
			const row = rowStarting(grid.rows, start);
			expect(view.rows.has(row.index)).toBe(true);
			expect(view.cells.get(cellKey(row.index, 1))).toBeGreaterThan(0);
			expect(view.cells.has(cellKey(row.index, 0))).toBe(false);
		}
	});

	it('gives nothing for a blank phrase', () => {
		expect(locateTerm(showcase, '')).toBeNull();
		expect(locateTerm(showcase, ' \u3000')).toBeNull();
	});
});

describe('stepAt', () => {
	it('a modified paragraph: the comparison row that holds it, rebuilding both texts', () => {
		const row = rowStarting(grid.rows, '强调指出');
		const step = stepAt(showcase, row.index, 1);
		expect(step.kind).toBe('change');
		if (step.kind === 'absent') return;
		expect(step.comparison).toBe(showcase.comparisons![0]);
		expect(step.rows).toHaveLength(1);
		const r = step.comparison.rows[step.rows[0]];
		expect(r.new).toEqual(row.cells[1].ids);
		expect(r.old).toEqual(row.cells[0].ids);
		const newText = r.diff
			.filter(([op]) => op >= 0)
			.map(([, t]) => t)
			.join('');
		expect(newText).toBe(row.text);
		expect(r.diff.some(([op, t]) => op === 1 && t.includes('指出'))).toBe(true);
	});

	it('the first version: the paragraph as text, no change', () => {
		const row = rowStarting(grid.rows, '强调指出');
		const step = stepAt(showcase, row.index, 0);
		expect(step.kind).toBe('first');
		if (step.kind === 'absent') return;
		const r = step.comparison.rows[step.rows[0]];
		expect(r.status).toBe('unchanged');
		const text = showcase.documents[0].paragraphs.find((p) => p.id === row.cells[0].ids[0])?.text;
		expect(r.diff).toEqual([[0, text]]);
	});

	it.each([
		{ label: 'dropped: the deleted row', start: B, version: 1, kind: 'ended', status: 'deleted' },
		{ label: 'inserted: the inserted row', start: X, version: 1, kind: 'change', status: 'inserted' },
		{ label: 'after the drop: nothing', start: B, version: 2, kind: 'absent', status: null },
		{ label: 'before the insertion: nothing', start: X, version: 0, kind: 'absent', status: null }
	])('$label', ({ start, version, kind, status }) => {
		const row = smallGrid.rows.find((r) => r.text === start)!;
		const step = stepAt(small, row.index, version);
		expect(step.kind).toBe(kind);
		if (step.kind !== 'absent') expect(step.rows.map((i) => step.comparison.rows[i].status)).toEqual([status]);
	});

	it('covers every paragraph of a cell and of the cell before (property, random drafts)', () => {
		fc.assert(
			fc.property(
				documentArbitrary(10),
				fc.array(fc.array(editArbitrary, { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
				(first, steps) => {
					const docs: ResolutionDocument[] = [first];
					for (const edits of steps) docs.push(edits.reduce(applyEdit, draftFrom(docs[docs.length - 1])).doc);
					const trace: SeriesTrace = traceSeries(docs, { keepComparisons: true });
					trace.lineages.forEach((lineage, row) => {
						lineage.cells.forEach((cell, k) => {
							const step = stepAt(trace, row, k);
							const before = k > 0 ? lineage.cells[k - 1] : null;
							if (!cell && !before) return expect(step.kind).toBe('absent');
							expect(step.kind).not.toBe('absent');
							if (step.kind === 'absent') return;
							const rows = step.rows.map((i) => step.comparison.rows[i]);
							for (const id of cell?.ids ?? []) expect(rows.some((r) => r.new.includes(id))).toBe(true);
							if (k > 0) for (const id of before?.ids ?? []) expect(rows.some((r) => r.old.includes(id))).toBe(true);
						});
					});
				}
			),
			{ numRuns: 80 }
		);
	});
});
