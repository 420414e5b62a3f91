import DiffMatchPatch from 'diff-match-patch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../core/index';
import { loadSeed } from '../../testing/seeds';
import type { AlignedRow, DiffOp, Paragraph } from '../../core/types';
import { piecesText, sliceRow, type Block, type Piece, type SliceMode } from './pieces';

function para(id: string, text: string, extra: Partial<Paragraph> = {}): Paragraph {
	return { id, kind: 'preamble', number: null, text, ...extra };
}

function row(diff: DiffOp[], extra: Partial<AlignedRow> = {}): AlignedRow {
	return { status: 'modified', old: [], new: [], similarity: 0.5, diff, routine: false, ...extra };
}

/** A compact picture of pieces: `=same`, `-del`, `+ins`, `^mark`, `¶-`/`¶+`, `*` for bold, `~` routine. */
function show(blocks: Block[]): string[] {
	return blocks.map((b) =>
		b.pieces
			.map((p: Piece) => {
				if (p.type === 'mark') return `^${p.mark}${p.change === 'del' ? '-' : ''}`;
				if (p.type === 'pilcrow') return `¶${p.change === 'del' ? '-' : '+'}`;
				const sign = p.change === 'same' ? '=' : p.change === 'del' ? '-' : '+';
				return `${sign}${p.strong ? '*' : ''}${p.routine ? '~' : ''}${p.text}`;
			})
			.join(' ')
	);
}

const cases: {
	label: string;
	oldParas: Paragraph[];
	newParas: Paragraph[];
	row: AlignedRow;
	expected: Partial<Record<SliceMode, string[]>>;
}[] = [
	{
		label: 'unchanged paragraph',
		oldParas: [para('p1', '大会，')],
		newParas: [para('p1', '大会，')],
		row: row([[0, '大会，']], { status: 'unchanged' }),
		expected: { old: ['=大会，'], new: ['=大会，'], inline: ['=大会，'] }
	},
	{
		label: 'a word inserted (强调 → 强调指出)',
		oldParas: [para('p9', '强调国际合作')],
		newParas: [para('p9', '强调指出国际合作')],
		row: row([
			[0, '强调'],
			[1, '指出'],
			[0, '国际合作']
		]),
		expected: { old: ['=强调国际合作'], new: ['=强调 +指出 =国际合作'], inline: ['=强调 +指出 =国际合作'] }
	},
	{
		label: 'a word replaced (呼吁 → 促请)',
		oldParas: [para('p1', '呼吁所有国家')],
		newParas: [para('p1', '促请所有国家')],
		row: row([
			[-1, '呼吁'],
			[1, '促请'],
			[0, '所有国家']
		]),
		expected: { old: ['-呼吁 =所有国家'], new: ['+促请 =所有国家'], inline: ['-呼吁 +促请 =所有国家'] }
	},
	{
		label: 'split: one old paragraph becomes two',
		oldParas: [para('p1', '甲乙')],
		newParas: [para('p1', '甲'), para('p2', '乙')],
		row: row(
			[
				[0, '甲'],
				[1, '\n'],
				[0, '乙']
			],
			{ status: 'split' }
		),
		expected: { old: ['=甲乙'], new: ['=甲', '=乙'], inline: ['=甲 ¶+', '=乙'] }
	},
	{
		label: 'merged: two old paragraphs become one',
		oldParas: [para('p1', '甲'), para('p2', '乙')],
		newParas: [para('p1', '甲乙')],
		row: row(
			[
				[0, '甲'],
				[-1, '\n'],
				[0, '乙']
			],
			{ status: 'merged' }
		),
		expected: { old: ['=甲', '=乙'], new: ['=甲乙'], inline: ['=甲 ¶- =乙'] }
	},
	{
		label: 'footnote mark at its offset, and at the end',
		oldParas: [para('p4', '还回顾宣言，其中')],
		newParas: [para('p4', '还回顾宣言，其中', { footnotes: ['1', '2'], footnoteOffsets: [6, 8] })],
		row: row([[0, '还回顾宣言，其中']], { status: 'unchanged' }),
		expected: { old: ['=还回顾宣言，其中'], new: ['=还回顾宣言， ^1 =其中 ^2'], inline: ['=还回顾宣言， ^1 =其中 ^2'] }
	},
	{
		label: 'footnote mark without an offset goes to the end',
		oldParas: [para('p4', '甲乙', { footnotes: ['3'] })],
		newParas: [para('p4', '甲乙')],
		row: row([[0, '甲乙']], { status: 'unchanged' }),
		expected: { old: ['=甲乙 ^3'], new: ['=甲乙'], inline: ['=甲乙 ^3-'] }
	},
	{
		label: 'white space only: never highlighted, dropped from the redline when deleted',
		oldParas: [para('p1', '2012 年')],
		newParas: [para('p1', '2012年 ')],
		row: row([
			[0, '2012'],
			[-1, ' '],
			[0, '年'],
			[1, ' ']
		]),
		expected: { old: ['=2012 年'], new: ['=2012年 '], inline: ['=2012年 '] }
	},
	{
		label: 'routine parts are flagged',
		oldParas: [para('p2', '第 75/47 号决议')],
		newParas: [para('p2', '第 76/40 号决议')],
		row: row(
			[
				[0, '第 7'],
				[-1, '5/47'],
				[1, '6/40'],
				[0, ' 号决议']
			],
			{ routine: true, routineParts: [false, true, true, false] }
		),
		expected: { old: ['=第 7 -~5/47 = 号决议'], new: ['=第 7 +~6/40 = 号决议'] }
	},
	{
		label: 'routine row without routineParts: every change is routine',
		oldParas: [para('p2', '第 67 届')],
		newParas: [para('p2', '第 76 届')],
		row: row(
			[
				[0, '第 '],
				[-1, '67'],
				[1, '76'],
				[0, ' 届']
			],
			{ routine: true }
		),
		expected: { inline: ['=第  -~67 +~76 = 届'] }
	},
	{
		label: 'emphasis: the operative verb in bold',
		oldParas: [para('p20', '重申多边主义', { kind: 'operative', number: '1', emphasis: [[0, 2]] })],
		newParas: [para('p20', '又重申多边主义', { kind: 'operative', number: '1', emphasis: [[0, 3]] })],
		row: row([
			[1, '又'],
			[0, '重申多边主义']
		]),
		expected: { old: ['=*重申 =多边主义'], new: ['+*又 =*重申 =多边主义'] }
	},
	{
		label: 'deleted row: the redline follows the old paragraphs',
		oldParas: [para('p7', '甲'), para('p8', '乙')],
		newParas: [],
		row: row([[-1, '甲\n乙']], { status: 'deleted' }),
		expected: { old: ['-甲', '-乙'], new: [], inline: ['-甲', '-乙'] }
	},
	{
		label: 'inserted row with two paragraphs: no pilcrow for a break nobody removed',
		oldParas: [],
		newParas: [para('p7', '甲'), para('p8', '乙')],
		row: row([[1, '甲\n乙']], { status: 'inserted' }),
		expected: { old: [], new: ['+甲', '+乙'], inline: ['+甲', '+乙'] }
	},
	{
		label: 'markup in a document is text',
		oldParas: [para('p1', '<b>x</b>')],
		newParas: [para('p1', '<script>alert(1)</script>')],
		row: row([
			[-1, '<b>x</b>'],
			[1, '<script>alert(1)</script>']
		]),
		expected: { new: ['+<script>alert(1)</script>'] }
	}
];

describe('sliceRow', () => {
	for (const c of cases) {
		for (const [mode, expected] of Object.entries(c.expected) as [SliceMode, string[]][]) {
			it(`${c.label} (${mode})`, () => {
				const sliced = sliceRow({ row: c.row, oldParagraphs: c.oldParas, newParagraphs: c.newParas }, mode);
				expect(sliced.intact).toBe(true);
				expect(show(sliced.blocks)).toEqual(expected);
			});
		}
	}

	it('a diff that does not rebuild the texts shows the whole old text replaced by the new, and says so', () => {
		const input = {
			row: row([
				[0, '甲'],
				[1, '丙']
			]),
			oldParagraphs: [para('p1', '甲乙')],
			newParagraphs: [para('p1', '甲丙')]
		};
		const old = sliceRow(input, 'old');
		expect(old.intact).toBe(false);
		expect(show(old.blocks)).toEqual(['-甲乙']);
		expect(show(sliceRow(input, 'new').blocks)).toEqual(['+甲丙']);
		expect(show(sliceRow(input, 'inline').blocks)).toEqual(['-甲乙 +甲丙']);
	});
});

describe('sliceRow on real diffs (property)', () => {
	const dmp = new DiffMatchPatch();
	const text = fc.string({ unit: fc.constantFrom('大', '会', '重', '申', '，', '。', ' ', 'a', '1'), maxLength: 14 });
	const paragraphs = (prefix: string) =>
		fc
			.array(
				fc.record({
					text,
					marks: fc.array(fc.nat(20), { maxLength: 2 }),
					strong: fc.option(fc.tuple(fc.nat(6), fc.nat(6)))
				}),
				{ maxLength: 4 }
			)
			.map((list) =>
				list.map((p, i) =>
					para(`${prefix}${i + 1}`, p.text, {
						footnotes: p.marks.map((_, j) => `${prefix}${i}${j}`),
						footnoteOffsets: p.marks.map((m) => Math.min(m, p.text.length)),
						emphasis: p.strong ? [[Math.min(...p.strong), Math.max(...p.strong)]] : []
					})
				)
			);

	it('every side block shows exactly its paragraph, marks in order; the redline rebuilds the new text', () => {
		fc.assert(
			fc.property(paragraphs('o'), paragraphs('n'), (oldParas, newParas) => {
				const a = oldParas.map((p) => p.text).join('\n');
				const b = newParas.map((p) => p.text).join('\n');
				const diff = dmp.diff_main(a, b) as DiffOp[];
				const input = { row: row(diff), oldParagraphs: oldParas, newParagraphs: newParas };
				for (const [mode, paras] of [
					['old', oldParas],
					['new', newParas]
				] as const) {
					const sliced = sliceRow(input, mode);
					expect(sliced.intact).toBe(true);
					expect(sliced.blocks.map((blk) => blk.paragraph.id)).toEqual(paras.map((p) => p.id));
					sliced.blocks.forEach((blk, i) => {
						expect(piecesText(blk.pieces)).toBe(paras[i].text);
						const marks = blk.pieces.flatMap((p) => (p.type === 'mark' ? [p.mark] : []));
						const expected = paras[i]
							.footnotes!.map((m, j) => ({ m, at: paras[i].footnoteOffsets![j], j }))
							.sort((x, y) => x.at - y.at || x.j - y.j)
							.map((x) => x.m);
						expect(marks).toEqual(expected);
					});
				}
				const inline = sliceRow(input, 'inline');
				const primary = newParas.length ? newParas : oldParas;
				expect(inline.blocks.length).toBe(primary.length);
				if (newParas.length) {
					inline.blocks.forEach((blk, i) => {
						const kept = blk.pieces.map((p) => (p.type === 'text' && p.change !== 'del' ? p.text : '')).join('');
						expect(kept).toBe(newParas[i].text);
					});
				}
			}),
			{ numRuns: 400 }
		);
	});
});

describe('sliceRow on the real seeds', () => {
	it.each([
		['A/RES/67/38', 'A/RES/76/40'],
		['A/RES/76/40', 'A/RES/67/38'],
		['A/RES/67/38', 'A/RES/68/46']
	] as const)('%s → %s: every row rebuilds, every column shows its paragraphs exactly', (a, b) => {
		const comparison = compareDocuments(loadSeed(a), loadSeed(b));
		const oldById = new Map(comparison.old.paragraphs.map((p) => [p.id, p]));
		const newById = new Map(comparison.new.paragraphs.map((p) => [p.id, p]));
		for (const r of comparison.rows) {
			const input = {
				row: r,
				oldParagraphs: r.old.map((id) => oldById.get(id)!),
				newParagraphs: r.new.map((id) => newById.get(id)!),
				oldFootnotes: comparison.old.footnotes,
				newFootnotes: comparison.new.footnotes
			};
			for (const [mode, paras] of [
				['old', input.oldParagraphs],
				['new', input.newParagraphs]
			] as const) {
				const sliced = sliceRow(input, mode);
				expect(sliced.intact).toBe(true);
				expect(sliced.blocks.map((blk) => piecesText(blk.pieces))).toEqual(paras.map((p) => p.text));
				if (r.status === 'unchanged') {
					expect(
						sliced.blocks.flatMap((blk) => blk.pieces).every((p) => p.type !== 'text' || p.change === 'same')
					).toBe(true);
				}
			}
			expect(sliceRow(input, 'inline').intact).toBe(true);
		}
	});
});
