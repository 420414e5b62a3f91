import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../core/index';
import { loadSeed } from '../../testing/seeds';
import type { AlignedRow, Comparison, Paragraph, ResolutionDocument } from '../../core/types';
import { buildModel, changePosition, countRows, filterRows, listItems, stepChange, type RowFilter } from './rows';

const showcase = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'));
const model = buildModel(showcase);
const all: RowFilter = { onlyChanges: false, operativeOnly: false, hideRoutine: false };

describe('buildModel on the showcase pair (67/38 → 76/40)', () => {
	it('resolves every paragraph id of every row, nothing lost', () => {
		expect(model.rows).toHaveLength(showcase.rows.length);
		model.rows.forEach((view, i) => {
			expect(view.oldParagraphs.map((p) => p.id)).toEqual(showcase.rows[i].old);
			expect(view.newParagraphs.map((p) => p.id)).toEqual(showcase.rows[i].new);
			expect(view.oldLabels).toHaveLength(view.oldParagraphs.length);
			expect(view.newLabels).toHaveLength(view.newParagraphs.length);
		});
	});

	it('counts by status agree with the core’s stats', () => {
		expect(countRows(model.rows).byStatus).toEqual(showcase.stats);
	});

	it('routine and substantive split the changed rows', () => {
		const counts = countRows(model.rows);
		const changed = model.rows.filter((r) => r.changed).length;
		expect(counts.routine + counts.substantive).toBe(changed);
		expect(counts.routine).toBe(showcase.rows.filter((r) => r.status !== 'unchanged' && r.routine).length);
	});

	it('cites the footnotes of 76/40 under the rows whose paragraphs cite them', () => {
		const cited = model.rows.flatMap((r) => r.newNotes.map((n) => n.mark));
		expect(cited.sort()).toEqual(showcase.new.footnotes.map((f) => f.mark).sort());
	});
});

describe('filterRows', () => {
	it.each([
		{ label: 'everything', filter: all, keep: () => true },
		{ label: 'changes only', filter: { ...all, onlyChanges: true }, keep: (r: AlignedRow) => r.status !== 'unchanged' },
		{
			label: 'changes only, without routine ones',
			filter: { ...all, onlyChanges: true, hideRoutine: true },
			keep: (r: AlignedRow) => r.status !== 'unchanged' && !r.routine
		}
	])('$label', ({ filter, keep }) => {
		expect(filterRows(model.rows, filter).map((r) => r.index)).toEqual(
			showcase.rows.flatMap((r, i) => (keep(r) ? [i] : []))
		);
	});

	it('operative only keeps rows with an operative paragraph on either side', () => {
		const kept = filterRows(model.rows, { ...all, operativeOnly: true });
		expect(kept.length).toBeGreaterThan(0);
		for (const r of kept) {
			expect(
				[...r.oldParagraphs, ...r.newParagraphs].some((p) => p.kind === 'operative' || p.kind === 'subparagraph')
			).toBe(true);
		}
		const dropped = model.rows.filter((r) => !kept.includes(r));
		for (const r of dropped) expect(r.operative).toBe(false);
	});
});

describe('stepChange and changePosition', () => {
	const rows = model.rows;
	const changes = rows.filter((r) => r.changed);

	it.each([
		{ label: 'from nowhere, forward: the first change', from: null, dir: 1 as const, expected: changes[0].index },
		{ label: 'from nowhere, back: the last change', from: null, dir: -1 as const, expected: changes.at(-1)!.index },
		{ label: 'forward from the first change', from: changes[0].index, dir: 1 as const, expected: changes[1].index },
		{ label: 'back from the second change', from: changes[1].index, dir: -1 as const, expected: changes[0].index },
		{
			label: 'forward from an unchanged row',
			from: 0,
			dir: 1 as const,
			expected: changes.find((c) => c.index > 0)!.index
		},
		{ label: 'past the last change: none', from: changes.at(-1)!.index, dir: 1 as const, expected: null },
		{ label: 'before the first change: none', from: changes[0].index, dir: -1 as const, expected: null }
	])('$label', ({ from, dir, expected }) => {
		expect(stepChange(rows, from, dir)?.index ?? null).toBe(expected);
	});

	it('counts positions among the changes', () => {
		expect(changePosition(rows, changes[1].id)).toEqual({ at: 2, of: changes.length });
		expect(changePosition(rows, null)).toEqual({ at: 0, of: changes.length });
	});
});

describe('moved rows and their ghosts', () => {
	function p(id: string, text: string, kind: Paragraph['kind'] = 'preamble'): Paragraph {
		return { id, kind, number: kind === 'operative' ? id.slice(1) : null, text };
	}
	function docOf(paragraphs: Paragraph[]): ResolutionDocument {
		return { meta: { symbol: null, session: null, date: null, title: null, source: 't' }, paragraphs, footnotes: [] };
	}
	const same = (o: string, n: string, text: string): AlignedRow => ({
		status: 'unchanged',
		old: [o],
		new: [n],
		similarity: 1,
		diff: [[0, text]],
		routine: false
	});
	// Old order: A B C D; new order: A C D B (B moved to the end).
	const comparison: Comparison = {
		version: 1,
		old: docOf([p('p1', 'A'), p('p2', 'B'), p('p3', 'C'), p('p4', 'D')]),
		new: docOf([p('p1', 'A'), p('p2', 'C'), p('p3', 'D'), p('p4', 'B')]),
		rows: [
			same('p1', 'p1', 'A'),
			same('p3', 'p2', 'C'),
			same('p4', 'p3', 'D'),
			{ status: 'moved', old: ['p2'], new: ['p4'], similarity: 1, diff: [[0, 'B']], routine: false }
		],
		stats: { unchanged: 3, modified: 0, inserted: 0, deleted: 0, moved: 1, split: 0, merged: 0 }
	};
	const moved = buildModel(comparison);

	it('a moved row says where it came from', () => {
		expect(moved.rows[3].movedFrom?.label.code).toBe('PP2');
	});

	it('its ghost stands where the paragraph was, and links to the row', () => {
		const items = listItems(moved, moved.rows);
		expect(items.map((i) => (i.type === 'row' ? i.view.row.new[0] : `ghost→${i.ghost.rowId}`))).toEqual([
			'p1',
			'ghost→row-4',
			'p2',
			'p3',
			'p4'
		]);
	});

	it('the ghost goes when its moved row is filtered out, and stays when its neighbour is', () => {
		const onlyChanges = filterRows(moved.rows, { ...all, onlyChanges: true });
		expect(listItems(moved, onlyChanges).map((i) => i.type)).toEqual(['ghost', 'row']);
		expect(listItems(moved, []).length).toBe(0);
	});
});
