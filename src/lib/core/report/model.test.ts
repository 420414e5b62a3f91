import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ResodiffError, type AlignedRow, type Comparison } from '../types';
import { compareDocuments } from '../compare';
import { draftPairArbitrary } from '../../testing/arbitraries';
import { hostileComparison, sampleComparison } from '../../testing/report-fixtures';
import { inlinePieces, piecesOf, prepareReport, showControls, walkSide, type ReportRow, type SideToken } from './model';

/** A side's text as walkSide tells it: paragraphs joined with "\n", marks left out. */
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

/** Checks every row of a comparison: each side's walk rebuilds that side's paragraphs. */
function checkWalks(cmp: Comparison): void {
	const model = prepareReport(cmp);
	for (const row of model.rows) {
		for (const side of ['old', 'new'] as const) {
			const paragraphs = side === 'old' ? row.old : row.new;
			const walked = rebuild(walkSide(row, side, side === 'old' ? cmp.old.footnotes : cmp.new.footnotes));
			expect(walked.text).toBe(paragraphs.map((p) => p.text).join('\n'));
			expect(walked.starts).toEqual(paragraphs.map((p) => p.id));
		}
	}
}

describe('piecesOf', () => {
	const row = (diff: AlignedRow['diff'], routineParts?: boolean[]): AlignedRow => ({
		status: 'modified',
		old: ['p1'],
		new: ['p1'],
		similarity: 0.5,
		diff,
		routine: false,
		routineParts
	});
	it('keeps a diff that rebuilds both texts, with routine flags by original index', () => {
		const pieces = piecesOf(
			row(
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
		expect(piecesOf(row(diff), oldText, newText).map((p) => [p.op, p.text])).toEqual(expected);
	});
});

describe('prepareReport', () => {
	it('fails clearly on a row naming a paragraph the document lacks', () => {
		const cmp = sampleComparison();
		cmp.rows[0] = { ...cmp.rows[0], new: ['p99'] };
		expect(() => prepareReport(cmp)).toThrowError(ResodiffError);
		expect(() => prepareReport(cmp)).toThrowError('row 1 names paragraph p99, which the new document does not have');
	});
	it("takes the comparison's warnings, each once (they already carry the documents' own, by side)", () => {
		const cmp = sampleComparison();
		cmp.warnings = ['a', 'b', 'a'];
		cmp.old.warnings = ['c'];
		expect(prepareReport(cmp).warnings).toEqual(['a', 'b']);
	});
	it('marks white-space-only changes quiet; inline views print them unmarked, exact formats keep them', () => {
		const row: AlignedRow = {
			status: 'unchanged',
			old: ['p1'],
			new: ['p1'],
			similarity: 1,
			diff: [
				[0, '第56/24'],
				[1, ' '],
				[0, 'T号'],
				[-1, ' '],
				[0, '决议']
			],
			routine: false
		};
		const pieces = piecesOf(row, '第56/24T号 决议', '第56/24 T号决议');
		expect(pieces.filter((p) => p.quiet).map((p) => p.op)).toEqual([1, -1]);
		expect(inlinePieces(pieces)).toEqual([{ op: 0, text: '第56/24 T号决议', routine: false }]);
		expect(piecesOf(row, '第56/24T号 决议', '第56/24 T号决议', true).some((p) => p.quiet)).toBe(false);
	});
	it('labels rows and counts routine ones', () => {
		const model = prepareReport(sampleComparison());
		expect(model.rows.map((r) => r.label)).toContain('序言 2（原序言 5）');
		expect(model.counts).toEqual({ changed: 10, routine: 2 });
	});
});

describe('walkSide', () => {
	it('rebuilds both sides of every row of the sample, hostile text included', () => {
		checkWalks(sampleComparison());
		checkWalks(hostileComparison());
	});
	it('puts footnote marks back where they stood and bolds the emphasis ranges', () => {
		const model = prepareReport(sampleComparison());
		const cmp = model.comparison;
		const routine = model.rows.find((r) => r.status === 'modified' && r.routine)!;
		expect(rebuild(walkSide(routine, 'new', cmp.new.footnotes)).marks).toEqual(['1@30']);
		const split = model.rows.find((r) => r.status === 'split')!;
		expect(rebuild(walkSide(split, 'new', cmp.new.footnotes)).bold).toBe('敦促呼吁');
		expect(rebuild(walkSide(split, 'old', cmp.old.footnotes)).bold).toBe('');
	});
	it('tells a paragraph boundary from a line break inside a paragraph by length', () => {
		const row: ReportRow = {
			...prepareReport(sampleComparison()).rows[0],
			old: [{ id: 'a', kind: 'preamble', number: null, text: 'x\ny' }],
			new: [
				{ id: 'b', kind: 'preamble', number: null, text: 'x\ny' },
				{ id: 'c', kind: 'preamble', number: null, text: 'z' }
			],
			pieces: [
				{ op: 0, text: 'x\ny', routine: false },
				{ op: 1, text: '\nz', routine: false }
			]
		};
		const tokens = walkSide(row, 'new', []);
		expect(tokens.filter((t) => t.type === 'break')).toHaveLength(1);
		expect(rebuild(tokens).starts).toEqual(['b', 'c']);
		expect(rebuild(walkSide(row, 'old', [])).text).toBe('x\ny');
	});
	it('rebuilds both sides for random drafts compared for real', () => {
		fc.assert(
			fc.property(draftPairArbitrary(10, 4), ({ source, draft }) => {
				checkWalks(compareDocuments(source, draft.doc));
			}),
			{ numRuns: 60 }
		);
	});
});

describe('showControls', () => {
	it.each([
		['\u001b[31m', '␛[31m'],
		['a\u0000b', 'a␀b'],
		['tab\tand\nnewline', 'tab\tand\nnewline'],
		['\u007f', '␡'],
		['\u0085', '\ufffd'],
		['lone \ud840 high', 'lone \ufffd high'],
		['lone \udc00 low', 'lone \ufffd low'],
		['pair 𠀀 kept', 'pair 𠀀 kept'],
		['中文', '中文']
	])('%j → %j', (input, expected) => {
		expect(showControls(input)).toBe(expected);
	});
});
