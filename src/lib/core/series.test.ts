import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { traceSeries, type SeriesTrace } from './series';
import type { ParagraphKind, ResolutionDocument } from './types';
import { warningsInEnglish } from './warnings';
import { makeDocument } from '../testing/documents';
import { applyEdit, documentArbitrary, editArbitrary } from '../testing/arbitraries';
import { advanceSession, draftFrom, insertParagraph, rewordParagraph, toChineseNumeral } from '../testing/drafts';
import { loadSeed, squeeze } from '../testing/seeds';

const A = '决心促进严格遵循《联合国宪章》所载宗旨和原则，';
const B = '确认双边、诸边和多边裁军谈判是相辅相成的，';
const B2 = '确认双边、诸边和多边裁军谈判是相辅相成和互为补充的，';
const C = '重申多边外交在裁军和不扩散领域的绝对效力，并决心推动多边主义作为开展军备管制和裁军谈判的主要途径，';
const X = '欢迎裁军谈判会议就其工作方案达成共识，并强调必须尽早开始实质性工作，';
const S1 = '请与大规模毁灭性武器有关的各项文书的缔约国在解决与不遵守这些文书的行为以及与这些文书的执行有关的问题时，';
const S2 = '根据这些文书确定的程序进行协商和合作，避免为解决问题而诉诸或威胁诉诸单方面行动；';

const doc = (...texts: string[]) => makeDocument(texts.map((t) => ['preamble', t] as [ParagraphKind, string]));

/** Each lineage as `status:ids` per cell, `-` for null: compact enough to read in a failing table. */
function picture(trace: SeriesTrace): string[] {
	return trace.lineages.map((l) => l.cells.map((c) => (c ? `${c.status}:${c.ids.join('+')}` : '-')).join(' '));
}

/** Every paragraph of every document in exactly one cell; lineage ids l1… in order; one cell per document. */
function expectWellFormed(trace: SeriesTrace): void {
	expect(trace.version).toBe(1);
	trace.lineages.forEach((l, i) => {
		expect(l.id).toBe(`l${i + 1}`);
		expect(l.cells).toHaveLength(trace.documents.length);
	});
	trace.documents.forEach((d, k) => {
		const ids = trace.lineages.flatMap((l) => l.cells[k]?.ids ?? []);
		expect([...ids].sort()).toEqual(d.paragraphs.map((p) => p.id).sort());
	});
	for (const l of trace.lineages) expect(l.cells.some((c) => c !== null)).toBe(true);
}

describe('traceSeries: hand-made series', () => {
	it.each([
		{ label: 'no documents', docs: [], expected: [] },
		{
			label: 'one document: each paragraph a lineage, unchanged',
			docs: [doc(A, B)],
			expected: ['unchanged:p1', 'unchanged:p2']
		},
		{
			label: 'modified, inserted, then deleted; ended lineages stay after their predecessor',
			docs: [doc(A, B, C), doc(A, B2, C, X), doc(A, C, X)],
			expected: [
				'unchanged:p1 unchanged:p1 unchanged:p1',
				'unchanged:p2 modified:p2 -',
				'unchanged:p3 unchanged:p3 unchanged:p2',
				'- inserted:p4 unchanged:p3'
			]
		},
		{
			label: 'split, then merged back',
			docs: [doc(A, S1 + S2), doc(A, S1, S2), doc(A, S1 + S2)],
			expected: ['unchanged:p1 unchanged:p1 unchanged:p1', 'unchanged:p2 split:p2+p3 merged:p2']
		},
		{
			label: 'two merged: the first lineage continues, the second ends',
			docs: [doc(A, S1, S2), doc(A, S1 + S2)],
			expected: ['unchanged:p1 unchanged:p1', 'unchanged:p2 merged:p2', 'unchanged:p3 -']
		},
		{
			label: 'moved: lineages follow the reading order of the latest version',
			docs: [doc(A, B, C), doc(B, C, A)],
			expected: ['unchanged:p2 unchanged:p1', 'unchanged:p3 unchanged:p2', 'unchanged:p1 moved:p3']
		}
	])('$label', ({ docs, expected }) => {
		const trace = traceSeries(docs);
		expectWellFormed(trace);
		expect(picture(trace)).toEqual(expected);
	});

	it('marks a routine update routine and a rewording not', () => {
		const v1 = makeDocument([
			['operative', '请秘书长就此向大会第六十八届会议提交报告；'],
			['operative', B]
		]);
		const v2 = makeDocument([
			['operative', '请秘书长就此向大会第六十九届会议提交报告；'],
			['operative', B2]
		]);
		const trace = traceSeries([v1, v2]);
		expect(trace.lineages.map((l) => [l.cells[1]?.status, l.cells[1]?.routine])).toEqual([
			['modified', true],
			['modified', false]
		]);
	});

	it('joins inferred runs once for the whole series, so lineages do not break', () => {
		const concernA = '关切军备管制、不扩散和裁军领域的多边主义持续削弱，';
		const concernB =
			'认识到会员国在解决其安全问题时诉诸单边行动将危及国际和平与安全，破坏对国际安全体系的信心及联合国本身的基础，';
		const concern =
			'严重关切侵蚀军备管制、不扩散和裁军领域多边主义的情况日益严重，认识到会员国为解决本国安全关切采取单边行动而废除军备管制和不扩散架构的主要文书，将危及国际和平与安全，并破坏对国际安全体系的信心以及联合国本身的基础，';
		const runOn = makeDocument([
			{ kind: 'preamble', text: A, inferred: true },
			{ kind: 'preamble', text: concernA, inferred: true },
			{ kind: 'preamble', text: concernB, inferred: true },
			{ kind: 'preamble', text: C, inferred: true }
		]);
		const trace = traceSeries([doc(A, concern, C), runOn, doc(A, concern, C)]);
		expectWellFormed(trace);
		expect(picture(trace)).toEqual([
			'unchanged:p1 unchanged:p1 unchanged:p1',
			'unchanged:p2 modified:p2 modified:p2',
			'unchanged:p3 unchanged:p4 unchanged:p3'
		]);
		expect(trace.documents[1].paragraphs[1].rejoined).toEqual(['p3']);
	});

	it('warns, naming the pair, when consecutive documents look unrelated', () => {
		const v1 = makeDocument(
			[
				['title', '促进裁军和不扩散领域的多边主义'],
				['preamble', A]
			],
			{ symbol: 'A/RES/67/38' }
		);
		const v2 = makeDocument(
			[
				['title', '推进多边核裁军谈判'],
				['preamble', X]
			],
			{ symbol: 'A/RES/68/46' }
		);
		expect(warningsInEnglish(traceSeries([v1, v2]).warnings ?? [])).toEqual([
			expect.stringMatching(/^A\/RES\/67\/38 → A\/RES\/68\/46: the two documents look like different resolutions/)
		]);
	});

	it("states each document's own warnings once, by its name, and each pair's own by the pair", () => {
		const v1 = {
			...makeDocument(
				[
					['title', '促进裁军和不扩散领域的多边主义'],
					['preamble', A]
				],
				{ symbol: 'A/RES/67/38' }
			)
		};
		const v2 = {
			...makeDocument(
				[
					['title', '推进多边核裁军谈判'],
					['preamble', X]
				],
				{ source: 'draft.pdf' }
			),
			warnings: [{ kind: 'page-no-text', page: 2 } as const]
		};
		const v3 = makeDocument(
			[
				['title', '推进多边核裁军谈判'],
				['preamble', X]
			],
			{ symbol: 'A/RES/69/1' }
		);
		// v2 stands in two comparisons, and each comparison restates its warning: the series says it once.
		expect(warningsInEnglish(traceSeries([v1, v2, v3]).warnings ?? [])).toEqual([
			expect.stringMatching(/^A\/RES\/67\/38 → draft\.pdf: the two documents look like different resolutions/),
			'draft.pdf: page 2 has no text layer (a scanned image?); its text is missing'
		]);
	});

	it('keeps the comparisons only when asked', () => {
		expect(traceSeries([doc(A), doc(B)]).comparisons).toBeUndefined();
		expect(traceSeries([doc(A), doc(B)], { keepComparisons: true }).comparisons).toHaveLength(1);
	});

	it('is well formed for chains of random drafts (property)', () => {
		fc.assert(
			fc.property(
				documentArbitrary(12),
				fc.array(fc.array(editArbitrary, { maxLength: 4 }), { maxLength: 4 }),
				(first, steps) => {
					const docs: ResolutionDocument[] = [first];
					for (const edits of steps) docs.push(edits.reduce(applyEdit, draftFrom(docs[docs.length - 1])).doc);
					expectWellFormed(traceSeries(docs));
				}
			),
			{ numRuns: 150 }
		);
	});
});

describe('traceSeries: 67/38, 76/40 and a draft for session 77', () => {
	const d67 = loadSeed('A/RES/67/38');
	const d76 = loadSeed('A/RES/76/40');
	const find = (d: ResolutionDocument, start: string) => {
		const p = d.paragraphs.find((x) => squeeze(x.text).startsWith(start));
		if (!p) throw new Error(`no paragraph starting ${start} in ${d.meta.source}`);
		return p;
	};
	const recall = find(d76, '回顾其关于').text;
	const report = find(d76, '表示注意到').text;
	const listEnd = recall.slice(recall.lastIndexOf('和'), recall.lastIndexOf('决议'));
	const reportSymbol = report.slice(report.indexOf('第'), report.indexOf('号') + 1);
	let draft = advanceSession(draftFrom(d76), {
		session: 77,
		symbol: 'A/C.1/77/L.99',
		date: '2022-12-07',
		meeting: 44,
		replace: [
			[listEnd, `${listEnd.replace('和', '、')}和2021年12月6日第76/40号`],
			[reportSymbol, '第76/40号']
		]
	});
	const reworded = find(draft.doc, '敦促所有有关国家').id;
	draft = rewordParagraph(draft, reworded, '敦促', '促请');
	const inserted = {
		kind: 'preamble' as const,
		text: '欢迎裁军谈判会议在2022年会议期间就其工作方案达成共识，并强调必须尽早开始实质性工作，'
	};
	draft = insertParagraph(draft, find(draft.doc, '考虑到').id, inserted);
	const d77 = draft.doc;
	const trace = traceSeries([d67, d76, d77]);

	it('is well formed and follows the reading order of the draft', () => {
		expectWellFormed(trace);
		expect(trace.lineages.map((l) => l.cells[2]?.ids[0])).toEqual(d77.paragraphs.map((p) => p.id));
	});

	it('carries every paragraph of 67/38 through 76/40: one lineage each, none inserted or deleted', () => {
		const old = trace.lineages.filter((l) => l.cells[0] !== null);
		expect(old).toHaveLength(trace.documents[0].paragraphs.length);
		for (const l of old) {
			expect(l.cells[1]).not.toBeNull();
			expect(['unchanged', 'modified']).toContain(l.cells[1]?.status);
		}
	});

	it('shows the inserted paragraph as new in the draft only', () => {
		const newcomers = trace.lineages.filter((l) => l.cells[0] === null);
		expect(newcomers.map((l) => l.cells.map((c) => c?.status ?? null))).toEqual([[null, null, 'inserted']]);
		expect(squeeze(d77.paragraphs.find((p) => p.id === newcomers[0].cells[2]?.ids[0])?.text ?? '')).toBe(
			squeeze(inserted.text)
		);
	});

	it('marks session updates routine, the rewording not, and the rest unchanged (from the draft’s provenance)', () => {
		const source = new Map(trace.documents[1].paragraphs.map((p) => [p.id, p.text]));
		const rewordedId = d77.paragraphs.find((p) => squeeze(p.text).startsWith('促请所有有关国家'))?.id;
		let routine = 0;
		for (const l of trace.lineages) {
			const cell = l.cells[2];
			if (!cell || cell.status === 'inserted') continue;
			const p = d77.paragraphs.find((x) => x.id === cell.ids[0]);
			const from = draft.origin[cell.ids[0]][0];
			expect(l.cells[1]?.ids).toEqual([from]);
			if (squeeze(p?.text ?? '') === squeeze(source.get(from) ?? ''))
				expect(cell).toMatchObject({ status: 'unchanged', routine: false });
			else if (cell.ids[0] === rewordedId) expect(cell).toMatchObject({ status: 'modified', routine: false });
			else {
				expect(cell).toMatchObject({ status: 'modified', routine: true });
				routine++;
			}
		}
		expect(routine).toBeGreaterThanOrEqual(4);
	});
});

describe('traceSeries: twenty sessions of 76/40', () => {
	// Sessions 76 … 95: each draft brought forward one session and given one new preambular paragraph.
	const versions: ResolutionDocument[] = [loadSeed('A/RES/76/40')];
	for (let k = 1; k < 20; k++) {
		const previous = versions[k - 1];
		let d = advanceSession(draftFrom(previous), {
			session: 76 + k,
			symbol: `A/C.1/${76 + k}/L.1`,
			date: `${2021 + k}-12-06`,
			meeting: 40 + k
		});
		const after = d.doc.paragraphs.filter((p) => p.kind === 'preamble').at(-1)?.id ?? null;
		d = insertParagraph(d, after, {
			kind: 'preamble',
			text: `又欢迎第${toChineseNumeral(76 + k)}届会议期间在多边裁军领域取得的第${k}项具体进展，`
		});
		versions.push(d.doc);
	}
	const trace = traceSeries(versions);

	it('keeps one lineage per paragraph, adding one per session', () => {
		expectWellFormed(trace);
		expect(trace.lineages).toHaveLength(versions[0].paragraphs.length + 19);
		const born = trace.lineages
			.map((l) => l.cells.findIndex((c) => c !== null))
			.filter((k) => k > 0)
			.sort((a, b) => a - b);
		expect(born).toEqual(Array.from({ length: 19 }, (_, k) => k + 1));
		for (const l of trace.lineages) {
			const k = l.cells.findIndex((c) => c !== null);
			if (k > 0) expect(l.cells.slice(k + 1).every((c) => c?.status === 'unchanged')).toBe(true);
		}
	});

	it('shows the session number of operative paragraph 9 updated routinely every session', () => {
		const decide = trace.lineages.find((l) =>
			squeeze(versions[0].paragraphs.find((p) => p.id === l.cells[0]?.ids[0])?.text ?? '').startsWith('决定在大会')
		);
		expect(decide?.cells.slice(1).map((c) => [c?.status, c?.routine])).toEqual(
			Array.from({ length: 19 }, () => ['modified', true])
		);
	});
});
