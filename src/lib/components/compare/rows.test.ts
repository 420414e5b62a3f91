import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../core/index';
import { loadSeed } from '../../testing/seeds';
import type { AlignedRow, Comparison, Paragraph, ResolutionDocument } from '../../core/types';
import { MESSAGES } from '../../i18n/messages';
import {
	buildModel,
	changePosition,
	countRows,
	filterRows,
	listChanges,
	showRows,
	stepChange,
	type ListItem,
	type RowFilter
} from './rows';

const showcase = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'));
const model = buildModel(showcase, MESSAGES.zh, 'zh');
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
	const moved = buildModel(comparison, MESSAGES.en, 'en');
	const describe_ = (items: ListItem[]) =>
		items.map((i) =>
			i.type === 'row' ? i.view.row.new[0] : i.type === 'ghost' ? `ghost→${i.ghost.rowId}` : `gap:${i.gap.rows.length}`
		);

	it('a moved row says where it came from', () => {
		expect(moved.rows[3].movedFrom?.label.code).toBe('PP2');
	});

	it('its ghost stands where the paragraph was, and links to the row', () => {
		const { items } = showRows(moved, all);
		expect(describe_(items)).toEqual(['p1', 'ghost→row-4', 'p2', 'p3', 'p4']);
	});

	it('the ghost stays when its neighbour is filtered out, beside the gap that counts it', () => {
		const { items, rows } = showRows(moved, { ...all, onlyChanges: true });
		expect(describe_(items)).toEqual(['gap:1', 'ghost→row-4', 'gap:2', 'p4']);
		expect(rows.map((r) => r.id)).toEqual(['row-4']);
	});

	it('the ghost goes when its moved row is filtered out', () => {
		const { items } = showRows(moved, { ...all, operativeOnly: true });
		expect(items).toEqual([]);
	});
});

describe('showRows: the gaps "changes only" leaves', () => {
	const onlyChanges = { ...all, onlyChanges: true };
	const shown = showRows(model, onlyChanges);
	const gaps = shown.items.flatMap((i) => (i.type === 'gap' ? [i.gap] : []));

	it('shows the changed rows, and counts every hidden unchanged row in exactly one gap', () => {
		expect(shown.rows.map((r) => r.index)).toEqual(filterRows(model.rows, onlyChanges).map((r) => r.index));
		const counted = gaps.flatMap((g) => g.rows).sort((a, b) => a - b);
		expect(counted).toEqual(model.rows.filter((r) => !r.changed).map((r) => r.index));
		expect(gaps.length).toBeGreaterThan(1);
	});

	it('each gap is a run of consecutive unchanged rows, standing where they stood', () => {
		for (const gap of gaps) {
			gap.rows.forEach((index, k) => {
				expect(model.rows[index].changed).toBe(false);
				if (k > 0) expect(index).toBe(gap.rows[k - 1] + 1);
			});
		}
		// In reading order: every item's first row comes after the previous item's last row.
		const spans = shown.items.flatMap((i) =>
			i.type === 'row' ? [[i.view.index, i.view.index]] : i.type === 'gap' ? [[i.gap.rows[0], i.gap.rows.at(-1)!]] : []
		);
		for (let k = 1; k < spans.length; k++) expect(spans[k][0]).toBeGreaterThan(spans[k - 1][1]);
	});

	it('an opened gap shows its rows in place, the others stay closed', () => {
		const opened = showRows(model, onlyChanges, new Set([gaps[1].id]));
		expect(opened.items.filter((i) => i.type === 'gap')).toHaveLength(gaps.length - 1);
		const indexes = opened.rows.map((r) => r.index);
		for (const i of gaps[1].rows) expect(indexes).toContain(i);
		expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
	});

	it('without "changes only" there are no gaps', () => {
		expect(showRows(model, all).items.some((i) => i.type === 'gap')).toBe(false);
		expect(showRows(model, all).rows).toHaveLength(model.rows.length);
	});

	it('rows hidden by the other filters are not counted', () => {
		const operative = showRows(model, { ...onlyChanges, operativeOnly: true });
		for (const item of operative.items) {
			if (item.type === 'gap') for (const i of item.gap.rows) expect(model.rows[i].operative).toBe(true);
		}
	});
});

describe('listChanges', () => {
	const entries = listChanges(model.rows);

	it('names every changed row, in order, with its label and opening words', () => {
		expect(entries.map((e) => e.view.index)).toEqual(model.rows.filter((r) => r.changed).map((r) => r.index));
		for (const e of entries) {
			expect(e.label).not.toBe('');
			expect(e.opening.length).toBeGreaterThan(0);
			expect(Array.from(e.opening).length).toBeLessThanOrEqual(91);
		}
		expect(entries[0].label).toBe('序言 2');
		expect(entries[0].opening.startsWith('回顾其关于裁军')).toBe(true);
	});

	it('in English, the labels are the reports’ English labels', () => {
		const english = listChanges(buildModel(showcase, MESSAGES.en, 'en').rows);
		expect(english[0].label).toBe('PP 2');
	});
});
