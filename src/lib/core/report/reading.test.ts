import DiffMatchPatch from 'diff-match-patch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignedRow, Comparison, DiffOp, Paragraph } from '../types';
import { compareDocuments } from '../compare';
import { draftPairArbitrary } from '../../testing/arbitraries';
import { hostileComparison, sampleComparison } from '../../testing/report-fixtures';
import { prepareReport } from './model';
import {
	footnoteMarks,
	inlinePieces,
	isBold,
	piecesOf,
	readRow,
	readSide,
	type RowReading,
	type SideToken
} from './reading';

function para(id: string, text: string, extra: Partial<Paragraph> = {}): Paragraph {
	return { id, kind: 'preamble', number: null, text, ...extra };
}

function row(diff: DiffOp[], extra: Partial<AlignedRow> = {}): AlignedRow {
	return { status: 'modified', old: [], new: [], similarity: 0.5, diff, routine: false, ...extra };
}

/** A side's text as readSide tells it: paragraphs joined with "\n", marks as `mark@offset`, bold text. */
function rebuild(tokens: SideToken[]): { text: string; starts: string[]; marks: string[]; bold: string } {
	let text = '';
	let bold = '';
	const starts: string[] = [];
	const marks: string[] = [];
	for (const token of tokens) {
		if (token.type === 'start') starts.push(token.paragraph.id);
		if (token.type === 'text') {
			text += token.text;
			if (token.bold) bold += token.text;
		}
		if (token.type === 'break') text += '\n';
		if (token.type === 'footnote') marks.push(`${token.mark}@${text.length}`);
	}
	return { text, starts, marks, bold };
}

/** Checks every row of a comparison: each side's reading rebuilds that side's paragraphs. */
function checkSides(cmp: Comparison): void {
	const model = prepareReport(cmp);
	for (const r of model.rows) {
		for (const side of ['old', 'new'] as const) {
			const paragraphs = side === 'old' ? r.old : r.new;
			const read = rebuild(readSide(r.reading, side, side === 'old' ? cmp.old.footnotes : cmp.new.footnotes));
			expect(read.text).toBe(paragraphs.map((p) => p.text).join('\n'));
			expect(read.starts).toEqual(paragraphs.map((p) => p.id));
		}
	}
}

/**
 * Checks the events of a reading against its paragraphs: each side's text and boundaries rebuild that
 * side, every stretch stands where its place says and keeps one weight, and every footnote mark comes
 * once, at its offset, in order.
 */
function checkEvents(reading: RowReading): void {
	for (const side of ['old', 'new'] as const) {
		const paragraphs = reading[side];
		let text = '';
		let index = 0;
		let offset = 0;
		const marks: string[] = [];
		for (const event of reading.events) {
			if (event.type === 'marks') {
				for (const mark of event[side]) {
					const at = footnoteMarks(paragraphs[index]).find((m) => m.mark === mark)!.offset;
					// A mark stands before the character at its offset; one past the text waits for the paragraph's end.
					expect(offset).toBe(Math.min(at, paragraphs[index].text.length));
					marks.push(mark);
				}
				continue;
			}
			const place = event[side];
			if (!place) continue;
			expect(place.paragraph).toBe(index);
			expect(place.offset).toBe(offset);
			if (event.type === 'break' && event.ends[side]) {
				expect(offset).toBe(paragraphs[index].text.length);
				text += '\n';
				index++;
				offset = 0;
				continue;
			}
			const chunk = event.type === 'break' ? '\n' : event.text;
			expect(paragraphs[index].text.slice(offset, offset + chunk.length)).toBe(chunk);
			for (let k = 0; k < chunk.length; k++) expect(isBold(paragraphs[index], offset + k)).toBe(place.bold);
			text += chunk;
			offset += chunk.length;
		}
		expect(text).toBe(paragraphs.map((p) => p.text).join('\n'));
		const expected = paragraphs.flatMap((p) => footnoteMarks(p).map((m) => m.mark));
		expect(marks).toEqual(expected);
	}
}

describe('piecesOf', () => {
	const rowOf = (diff: AlignedRow['diff'], routineParts?: boolean[]) =>
		row(diff, { old: ['p1'], new: ['p1'], routineParts });
	it('keeps a diff that rebuilds both texts, with routine flags by original index', () => {
		const { pieces, intact } = piecesOf(
			rowOf(
				[
					[0, ''],
					[-1, '2011'],
					[1, '2020'],
					[0, '年']
				],
				[false, true, false, false]
			),
			'2011年',
			'2020年'
		);
		expect(intact).toBe(true);
		expect(pieces).toEqual([
			{ op: -1, text: '2011', routine: true },
			{ op: 1, text: '2020', routine: false },
			{ op: 0, text: '年', routine: false }
		]);
	});
	const fallbacks: [string, AlignedRow['diff'], string, string, [number, string][]][] = [
		[
			'diff of other texts',
			[[0, 'abc']],
			'abc',
			'abd',
			[
				[-1, 'abc'],
				[1, 'abd']
			]
		],
		['no diff, same text', [], 'abc', 'abc', [[0, 'abc']]],
		['no diff, new only', [], '', 'x', [[1, 'x']]],
		['no diff, both empty', [], '', '', []]
	];
	it.each(fallbacks)('falls back without losing text: %s', (_, diff, oldText, newText, expected) => {
		const read = piecesOf(rowOf(diff), oldText, newText);
		expect(read.pieces.map((p) => [p.op, p.text])).toEqual(expected);
		expect(read.intact).toBe(diff.length === 0 && oldText === '' && newText === '');
	});
	it('counts every change of a routine row as routine when the row has no routineParts', () => {
		const diff: DiffOp[] = [
			[0, '第'],
			[-1, '67'],
			[1, '76'],
			[0, '届']
		];
		const { pieces } = piecesOf(row(diff, { routine: true }), '第67届', '第76届');
		expect(pieces.map((p) => p.routine)).toEqual([false, true, true, false]);
	});
});

describe('quiet pieces', () => {
	const spaced: AlignedRow = row(
		[
			[0, '第56/24'],
			[1, ' '],
			[0, 'T号'],
			[-1, ' '],
			[0, '决议']
		],
		{ status: 'unchanged' }
	);
	const input = { row: spaced, old: [para('p1', '第56/24T号 决议')], new: [para('p1', '第56/24 T号决议')] };
	it('marks white-space-only changes quiet; inline views print them unmarked, exact formats keep them', () => {
		const reading = readRow(input);
		expect(reading.pieces.filter((p) => p.quiet).map((p) => p.op)).toEqual([1, -1]);
		expect(inlinePieces(reading)).toEqual([{ op: 0, text: '第56/24 T号决议', routine: false }]);
		expect(readRow(input, { exactWhitespace: true }).pieces.some((p) => p.quiet)).toBe(false);
		expect(inlinePieces(readRow(input, { exactWhitespace: true })).map((p) => p.op)).toEqual([0, 1, 0, -1, 0]);
	});
	it('keeps a paragraph boundary inside a quiet piece: a split is a real change', () => {
		const split = readRow({
			row: row(
				[
					[0, '甲'],
					[1, ' \n'],
					[0, '乙']
				],
				{ status: 'split' }
			),
			old: [para('p1', '甲乙')],
			new: [para('p1', '甲 '), para('p2', '乙')]
		});
		expect(inlinePieces(split)).toEqual([
			{ op: 0, text: '甲 ', routine: false },
			{ op: 1, text: '\n', routine: false },
			{ op: 0, text: '乙', routine: false }
		]);
		const side = readSide(split, 'new');
		expect(side.filter((t) => t.type === 'break')).toEqual([{ type: 'break', op: 1 }]);
		expect(side.filter((t) => t.type === 'text').map((t) => t.type === 'text' && t.op)).toEqual([0, 0, 0]);
	});
	it('joins two old paragraphs with a deleted paragraph boundary, shown in the inline view', () => {
		const merged = readRow({
			row: row(
				[
					[0, '甲'],
					[-1, '\n'],
					[0, '乙']
				],
				{ status: 'merged' }
			),
			old: [para('p1', '甲'), para('p2', '乙')],
			new: [para('p1', '甲乙')]
		});
		expect(inlinePieces(merged).map((p) => [p.op, p.text])).toEqual([
			[0, '甲'],
			[-1, '\n'],
			[0, '乙']
		]);
	});
});

describe('readRow', () => {
	it('tells a paragraph boundary from a line break inside a paragraph by length', () => {
		const reading = readRow({
			row: row([[0, 'x\ny']]),
			old: [para('a', 'x\ny')],
			new: [para('b', 'x'), para('c', 'y')]
		});
		const breaks = reading.events.filter((e) => e.type === 'break');
		expect(breaks).toHaveLength(1);
		expect(breaks[0].type === 'break' && breaks[0].ends).toEqual({ old: false, new: true });
		expect(readSide(reading, 'old').filter((t) => t.type === 'text')).toEqual([
			{ type: 'text', op: 0, text: 'x\ny', routine: false, bold: false }
		]);
		expect(rebuild(readSide(reading, 'new')).starts).toEqual(['b', 'c']);
		checkEvents(reading);
	});
	it('cuts at either side’s bold and marks, each event carrying both places', () => {
		const reading = readRow({
			row: row(
				[
					[1, '又'],
					[0, '重申多边主义']
				],
				{ status: 'modified' }
			),
			old: [para('o', '重申多边主义', { emphasis: [[0, 2]], footnotes: ['1'], footnoteOffsets: [4] })],
			new: [para('n', '又重申多边主义', { emphasis: [[0, 3]] })]
		});
		expect(
			reading.events.map((e) =>
				e.type === 'marks' ? `^${e.old.join()}|${e.new.join()}` : e.type === 'text' ? e.text : '¶'
			)
		).toEqual(['又', '重申', '多边', '^1|', '主义']);
		checkEvents(reading);
	});
	it('reads a diff that does not rebuild the texts as a whole replacement, and says so', () => {
		const reading = readRow({
			row: row([
				[0, '甲'],
				[1, '丙']
			]),
			old: [para('p1', '甲乙')],
			new: [para('p1', '甲丙')]
		});
		expect(reading.intact).toBe(false);
		expect(reading.pieces.map((p) => [p.op, p.text])).toEqual([
			[-1, '甲乙'],
			[1, '甲丙']
		]);
		checkEvents(reading);
	});
	it('rebuilds both sides, places, weights and marks for random paragraphs and real diffs (property)', () => {
		const dmp = new DiffMatchPatch();
		const text = fc.string({ unit: fc.constantFrom('大', '会', '重', '申', '，', '\n', ' ', 'a'), maxLength: 14 });
		const paragraphs = (prefix: string) =>
			fc
				.array(
					fc.record({
						text,
						marks: fc.array(fc.nat(20), { maxLength: 3 }),
						strong: fc.array(fc.tuple(fc.nat(14), fc.nat(14)), { maxLength: 2 })
					}),
					{ maxLength: 4 }
				)
				.map((list) =>
					list.map((p, i) =>
						para(`${prefix}${i + 1}`, p.text, {
							footnotes: p.marks.map((_, j) => `${prefix}${i}${j}`),
							// Offsets past the text too: such a mark waits for the paragraph's end.
							footnoteOffsets: p.marks,
							emphasis: p.strong.map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
						})
					)
				);
		fc.assert(
			fc.property(paragraphs('o'), paragraphs('n'), (oldParas, newParas) => {
				const a = oldParas.map((p) => p.text).join('\n');
				const b = newParas.map((p) => p.text).join('\n');
				const diff = dmp.diff_main(a, b) as DiffOp[];
				const reading = readRow({ row: row(diff), old: oldParas, new: newParas });
				expect(reading.intact).toBe(true);
				checkEvents(reading);
			}),
			{ numRuns: 400 }
		);
	});
});

describe('readSide', () => {
	it('rebuilds both sides of every row of the sample, hostile text included', () => {
		checkSides(sampleComparison());
		checkSides(hostileComparison());
	});
	it('puts footnote marks back where they stood and bolds the emphasis ranges', () => {
		const model = prepareReport(sampleComparison());
		const cmp = model.comparison;
		const routine = model.rows.find((r) => r.status === 'modified' && r.routine)!;
		expect(rebuild(readSide(routine.reading, 'new', cmp.new.footnotes)).marks).toEqual(['1@30']);
		const split = model.rows.find((r) => r.status === 'split')!;
		expect(rebuild(readSide(split.reading, 'new', cmp.new.footnotes)).bold).toBe('敦促呼吁');
		expect(rebuild(readSide(split.reading, 'old', cmp.old.footnotes)).bold).toBe('');
	});
	it('rebuilds both sides for random drafts compared for real', () => {
		fc.assert(
			fc.property(draftPairArbitrary(10, 4), ({ source, draft }) => {
				const cmp = compareDocuments(source, draft.doc);
				checkSides(cmp);
				for (const r of prepareReport(cmp).rows) checkEvents(r.reading);
			}),
			{ numRuns: 60 }
		);
	});
});
