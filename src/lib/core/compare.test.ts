import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDocuments, countStatuses, documentWarnings, joinAtInferredBoundary, rejoinParagraphs } from './compare';
import { ROW_STATUSES, type Comparison, type ResolutionDocument, type RowStatus } from './types';
import { warningsInEnglish, type Warning } from './warnings';
import { makeDocument } from '../testing/documents';
import { documentArbitrary, draftPairArbitrary } from '../testing/arbitraries';
import {
	deleteParagraph,
	draftFrom,
	expectedLinks,
	insertParagraph,
	linksOf,
	mergeParagraphs,
	rewordParagraph,
	splitParagraph,
	swapParagraphs,
	type Draft
} from '../testing/drafts';
import { loadSeed, squeeze } from '../testing/seeds';
import { readFileSync } from 'node:fs';
import { parseResolution } from './document/parse';

/** The contract's "nothing is lost": every paragraph in one row, every diff rebuilds both sides. */
function expectNothingLost(cmp: Comparison): void {
	const oldIds = cmp.rows.flatMap((r) => r.old);
	const newIds = cmp.rows.flatMap((r) => r.new);
	expect([...oldIds].sort()).toEqual(cmp.old.paragraphs.map((p) => p.id).sort());
	expect([...newIds].sort()).toEqual(cmp.new.paragraphs.map((p) => p.id).sort());
	const oldText = new Map(cmp.old.paragraphs.map((p) => [p.id, p.text]));
	const newText = new Map(cmp.new.paragraphs.map((p) => [p.id, p.text]));
	for (const row of cmp.rows) {
		expect(
			row.diff
				.filter(([op]) => op <= 0)
				.map(([, t]) => t)
				.join('')
		).toBe(row.old.map((id) => oldText.get(id)).join('\n'));
		expect(
			row.diff
				.filter(([op]) => op >= 0)
				.map(([, t]) => t)
				.join('')
		).toBe(row.new.map((id) => newText.get(id)).join('\n'));
		expect(row.routineParts).toHaveLength(row.diff.length);
		expect(typeof row.degraded).toBe('boolean');
	}
	expect(Object.keys(cmp.stats)).toEqual([...ROW_STATUSES]);
	const counted = Object.values(cmp.stats).reduce((a, b) => a + b, 0);
	expect(counted).toBe(cmp.rows.length);
	for (const status of Object.keys(cmp.stats) as RowStatus[]) {
		expect(cmp.stats[status]).toBe(cmp.rows.filter((r) => r.status === status).length);
	}
}

describe('countStatuses', () => {
	it('counts every status of the one list, zero for a status no row has', () => {
		expect(countStatuses([])).toEqual(Object.fromEntries(ROW_STATUSES.map((s) => [s, 0])));
		const stats = countStatuses([{ status: 'moved' }, { status: 'unchanged' }, { status: 'moved' }]);
		expect(Object.keys(stats)).toEqual([...ROW_STATUSES]);
		expect(stats).toMatchObject({ moved: 2, unchanged: 1, modified: 0, merged: 0 });
	});
});

const statusesOf = (cmp: Comparison) => cmp.rows.map((r) => r.status);

describe('compareDocuments: hand-made documents', () => {
	const stress =
		'强调国际合作、和平解决争端、对话和建立信任措施对于在各国人民和国家之间建立多边和双边友好关系将会作出极其重要的贡献，';
	const stress76 =
		'强调指出国际合作、和平解决争端、对话和建立信任措施对在各国人民和国家之间建立多边和双边友好关系将会作出极其重要的贡献，';
	const request67 =
		'请秘书长征求会员国对有关促进裁军和不扩散领域多边主义问题的意见，并就此向大会第六十八届会议提出报告；';
	const request76 =
		'请秘书长征求会员国对有关促进裁军和不扩散领域多边主义问题的意见，并就此向大会第七十七届会议提出报告；';

	it.each([
		{ label: 'identical', old: [stress], new: [stress], status: 'unchanged', routine: false },
		{
			label: 'white space only',
			old: [stress],
			new: [stress.replace('，', ' ， ')],
			status: 'unchanged',
			routine: false
		},
		{ label: 'a word reworded', old: [stress], new: [stress76], status: 'modified', routine: false },
		{ label: 'a session number updated', old: [request67], new: [request76], status: 'modified', routine: true }
	])('$label → $status, routine $routine', ({ old, new: next, status, routine }) => {
		const cmp = compareDocuments(
			makeDocument(old.map((t) => ['operative', t] as const)),
			makeDocument(next.map((t) => ['operative', t] as const))
		);
		expectNothingLost(cmp);
		expect(cmp.rows).toHaveLength(1);
		expect(cmp.rows[0].status).toBe(status);
		expect(cmp.rows[0].routine).toBe(routine);
		expect(cmp.warnings).toBeUndefined();
	});

	it('a moved paragraph is never routine, even when its text is unchanged', () => {
		const a = makeDocument([
			['operative', stress],
			['operative', request67],
			['operative', '决定在大会第六十八届会议临时议程列入该分项。']
		]);
		const b = makeDocument([
			['operative', request67],
			['operative', '决定在大会第六十八届会议临时议程列入该分项。'],
			['operative', stress]
		]);
		const cmp = compareDocuments(a, b);
		expectNothingLost(cmp);
		expect(statusesOf(cmp)).toEqual(['unchanged', 'unchanged', 'moved']);
		expect(cmp.rows.every((r) => r.routine === false)).toBe(true);
	});

	it('an empty side: a warning, and every row inserted or deleted', () => {
		const full = makeDocument(
			[
				['preamble', '大会，'],
				['operative', stress]
			],
			{ symbol: 'A/RES/76/40' }
		);
		const empty = makeDocument([], { symbol: 'A/RES/77/1' });
		const forward = compareDocuments(empty, full);
		expect(statusesOf(forward)).toEqual(['inserted', 'inserted']);
		expect(warningsInEnglish(forward.warnings ?? [])).toEqual([
			'old (A/RES/77/1) has no paragraphs: every row is inserted'
		]);
		const backward = compareDocuments(full, empty);
		expect(statusesOf(backward)).toEqual(['deleted', 'deleted']);
		expect(warningsInEnglish(backward.warnings ?? [])).toEqual([
			'new (A/RES/77/1) has no paragraphs: every row is deleted'
		]);
		expectNothingLost(forward);
		expectNothingLost(backward);
	});

	it("passes the documents' own warnings through, saying which side, each once", () => {
		const noText: Warning = { kind: 'page-no-text', page: 3 };
		const a = {
			...makeDocument([['operative', stress]], { source: 'a.pdf' }),
			warnings: [noText, noText]
		};
		const b = { ...makeDocument([['operative', stress]], { symbol: 'A/RES/76/40' }), warnings: [noText] };
		expect(compareDocuments(a, b).warnings).toEqual([
			{ ...noText, of: { side: 'old', name: 'a.pdf' } },
			{ ...noText, of: { side: 'new', name: 'A/RES/76/40' } }
		]);
		expect(warningsInEnglish(compareDocuments(a, b).warnings ?? [])).toEqual([
			'old (a.pdf): page 3 has no text layer (a scanned image?); its text is missing',
			'new (A/RES/76/40): page 3 has no text layer (a scanned image?); its text is missing'
		]);
		expect(documentWarnings(a, 'old')).toEqual([{ ...noText, of: { side: 'old', name: 'a.pdf' } }]);
	});

	it('rejects a document with two paragraphs of one id', () => {
		const bad = makeDocument([
			['operative', stress],
			['operative', stress76]
		]);
		bad.paragraphs[1].id = 'p1';
		expect(() => compareDocuments(bad, bad)).toThrow(/two paragraphs with id p1/);
	});
});

describe('compareDocuments: re-segmentation of inferred boundaries', () => {
	const concern67a = '关切军备管制、不扩散和裁军领域的多边主义持续削弱，';
	const concern67b =
		'认识到会员国在解决其安全问题时诉诸单边行动将危及国际和平与安全，破坏对国际安全体系的信心及联合国本身的基础，';
	const concern76 =
		'严重关切侵蚀军备管制、不扩散和裁军领域多边主义的情况日益严重，认识到会员国为解决本国安全关切采取单边行动而废除军备管制和不扩散架构的主要文书，将危及国际和平与安全，并破坏对国际安全体系的信心以及联合国本身的基础，';
	const before = '确认双边、诸边和多边裁军谈判是相辅相成的，';
	const after = '重申多边外交在裁军和不扩散领域的绝对效力，并决心推动多边主义作为开展军备管制和裁军谈判的主要途径，';

	const run67 = (inferred: boolean) =>
		makeDocument([
			{ kind: 'preamble', text: before, inferred },
			{ kind: 'preamble', text: concern67a, inferred },
			{ kind: 'preamble', text: concern67b, inferred },
			{ kind: 'preamble', text: after, inferred }
		]);
	const doc76 = makeDocument([
		['preamble', before],
		['preamble', concern76],
		['preamble', after]
	]);

	it('joins an inferred run that is one paragraph of the other version: a modified row, not a merge', () => {
		const cmp = compareDocuments(run67(true), doc76);
		expectNothingLost(cmp);
		expect(linksOf(cmp.rows)).toEqual(['p1→p1', 'p2→p2', 'p4→p3'].sort());
		expect(statusesOf(cmp)).toEqual(['unchanged', 'modified', 'unchanged']);
		const joined = cmp.old.paragraphs.find((p) => p.id === 'p2');
		expect(joined?.text).toBe(concern67a + concern67b);
		expect(joined?.rejoined).toEqual(['p3']);
		expect(cmp.old.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p4']);
	});

	it('joins on the new side too (the run-on text is the newer one)', () => {
		const cmp = compareDocuments(doc76, run67(true));
		expect(statusesOf(cmp)).toEqual(['unchanged', 'modified', 'unchanged']);
		expect(cmp.new.paragraphs).toHaveLength(3);
	});

	it('never undoes a boundary read from a line break: a merge stays a merge', () => {
		const cmp = compareDocuments(run67(false), doc76);
		expectNothingLost(cmp);
		expect(statusesOf(cmp)).toEqual(['unchanged', 'merged', 'unchanged']);
		expect(cmp.rows[1].old).toEqual(['p2', 'p3']);
	});

	it('is off when asked', () => {
		expect(statusesOf(compareDocuments(run67(true), doc76, { rejoin: false }))).toEqual([
			'unchanged',
			'merged',
			'unchanged'
		]);
	});

	it.each([
		['Chinese on both sides', '削弱，', '认识到', '削弱，认识到'],
		['a symbol then Chinese', 'A/67/409', '通过', 'A/67/409通过'],
		['two Latin words', 'A/RES/67/38', 'and', 'A/RES/67/38 and'],
		['an empty side', '', '认识到', '认识到']
	])('rebuilds the text across the boundary: %s', (_label, a, b, joined) => {
		expect(joinAtInferredBoundary(a, b)).toBe(joined);
	});

	it('shifts footnote offsets and bold ranges of the joined paragraph', () => {
		const doc = makeDocument([
			['preamble', '关切，'],
			['preamble', '认识到会员国'],
			['preamble', '注意到']
		]);
		doc.paragraphs[1].emphasis = [[0, 3]];
		doc.paragraphs[1].footnotes = ['1'];
		doc.paragraphs[1].footnoteOffsets = [6];
		doc.footnotes = [{ mark: '1', text: '第 55/2 号决议。', paragraph: 'p2' }];
		const joined = rejoinParagraphs(doc, [['p1', 'p2']]);
		expect(joined.paragraphs.map((p) => p.id)).toEqual(['p1', 'p3']);
		expect(joined.paragraphs[0]).toMatchObject({
			text: '关切，认识到会员国',
			emphasis: [[3, 6]],
			footnotes: ['1'],
			footnoteOffsets: [9]
		});
		expect(joined.footnotes[0].paragraph).toBe('p1');
		expect(doc.paragraphs).toHaveLength(3);
	});
});

describe('compareDocuments: nothing lost, never throws (property)', () => {
	it('random document pairs', () => {
		fc.assert(
			fc.property(documentArbitrary(), documentArbitrary(), (a, b) => expectNothingLost(compareDocuments(a, b))),
			{ numRuns: 200 }
		);
	});

	it('random drafts of random documents (delete, insert, swap, split, merge, reword)', () => {
		fc.assert(
			fc.property(draftPairArbitrary(), ({ source, draft }) => {
				const cmp = compareDocuments(source, draft.doc);
				expectNothingLost(cmp);
				expect(cmp.rows.flatMap((r) => r.new)).toEqual(cmp.new.paragraphs.map((p) => p.id));
			}),
			{ numRuns: 200 }
		);
	});
});

// ---- The real seeds ----

describe('67/38 → 76/40: every paragraph paired with its counterpart', () => {
	const old = loadSeed('A/RES/67/38');
	const next = loadSeed('A/RES/76/40');
	const cmp = compareDocuments(old, next);
	const oldById = new Map(cmp.old.paragraphs.map((p) => [p.id, p]));
	const newById = new Map(cmp.new.paragraphs.map((p) => [p.id, p]));

	// [kind, start of the old text, start of the new text, operative number (both sides)], white space ignored.
	const expected: [string, string, string, string | null][] = [
		['title', '促进裁军和不扩散领域的多边主义', '促进裁军和不扩散领域的多边主义', null],
		['heading', '大会', '大会', null],
		['preamble', '决心促进严格遵循', '决心促进严格遵循', null],
		['preamble', '回顾其关于裁军', '回顾其关于裁军', null],
		['preamble', '又回顾《宪章》', '又回顾《宪章》', null],
		['preamble', '还回顾《联合国千年宣言》', '还回顾《联合国千年宣言》', null],
		['preamble', '深信在此全球化时代', '深信在此全球化时代', null],
		['preamble', '铭记存在各项裁军', '铭记存在各项裁军', null],
		['preamble', '意识到应在普遍', '意识到应在普遍', null],
		['preamble', '确认双边、诸边', '确认双边、诸边', null],
		['preamble', '又确认包括核武器', '又确认包括核武器', null],
		['preamble', '考虑到多边裁军协定', '考虑到多边裁军协定', null],
		['preamble', '强调国际合作', '强调指出国际合作', null],
		['preamble', '关切军备管制', '严重关切侵蚀军备管制', null],
		['preamble', '注意到2012年8月26日至31日在德黑兰', '注意到2019年10月25日至26日在巴库', null],
		['preamble', '重申多边外交', '重申多边外交', null],
		['operative', '重申多边主义是在裁军', '重申多边主义是在裁军', '1'],
		['operative', '又重申多边主义', '又重申多边主义', '2'],
		['operative', '敦促所有有关国家', '敦促所有有关国家', '3'],
		['operative', '强调必须保留', '着重指出必须保留', '4'],
		['operative', '再次呼吁所有会员国', '再次促请所有会员国', '5'],
		['operative', '请与大规模毁灭性武器', '请与大规模毁灭性武器', '6'],
		['operative', '表示注意到秘书长依照第66/32号', '表示注意到秘书长依照第75/47号', '7'],
		['operative', '请秘书长征求会员国', '请秘书长征求会员国', '8'],
		['operative', '决定在大会第六十八届', '决定在大会第七十七届', '9']
	];

	it('pairs title, 大会, each preambular and operative paragraph 1:1 in order, by text', () => {
		const body = cmp.rows.filter((r) => r.new.every((id) => newById.get(id)?.kind !== 'closing'));
		expect(body.map((r) => `${r.old.length}:${r.new.length}`)).toEqual(expected.map(() => '1:1'));
		body.forEach((row, k) => {
			const [kind, oldStart, newStart, number] = expected[k];
			const a = oldById.get(row.old[0]);
			const b = newById.get(row.new[0]);
			expect(squeeze(a?.text ?? ''), `row ${k + 1} old`).toMatch(
				new RegExp(`^${oldStart.replace(/[()[\]]/g, '\\$&')}`)
			);
			expect(squeeze(b?.text ?? ''), `row ${k + 1} new`).toMatch(
				new RegExp(`^${newStart.replace(/[()[\]]/g, '\\$&')}`)
			);
			expect([a?.kind, b?.kind]).toEqual([kind, kind]);
			expect([a?.number ?? null, b?.number ?? null]).toEqual([number, number]);
		});
	});

	it('pairs the closing date and meeting', () => {
		const closing = cmp.rows.filter((r) => r.new.some((id) => newById.get(id)?.kind === 'closing'));
		expect(closing.length).toBeGreaterThan(0);
		for (const row of closing) {
			expect(row.old.length).toBeGreaterThan(0);
			for (const id of row.old) expect(oldById.get(id)?.kind).toBe('closing');
		}
		const oldClosing = squeeze(closing.flatMap((r) => r.old.map((id) => oldById.get(id)?.text)).join(''));
		const newClosing = squeeze(closing.flatMap((r) => r.new.map((id) => newById.get(id)?.text)).join(''));
		expect(oldClosing).toBe('2012年12月3日第48次全体会议');
		expect(newClosing).toBe('2021年12月6日第45次全体会议');
	});

	it('has nothing inserted, deleted, split, merged or moved, and loses nothing', () => {
		expect(cmp.stats).toMatchObject({ inserted: 0, deleted: 0, split: 0, merged: 0, moved: 0 });
		expectNothingLost(cmp);
		expect(warningsInEnglish(cmp.warnings ?? [])).not.toContainEqual(expect.stringMatching(/different resolutions/));
	});

	it('rejoins 关切… and 认识到… of the run-on 67/38 into one paragraph', () => {
		const concern = cmp.old.paragraphs.find((p) => squeeze(p.text).startsWith('关切军备管制'));
		expect(squeeze(concern?.text ?? '')).toContain('持续削弱，认识到会员国');
		expect(concern?.rejoined?.length).toBeGreaterThan(0);
	});

	it('marks the updated date and session rows routine, the reworded ones not', () => {
		const rowOf = (start: string) => cmp.rows.find((r) => squeeze(newById.get(r.new[0])?.text ?? '').startsWith(start));
		expect(rowOf('决定在大会第七十七届')?.routine).toBe(true);
		expect(rowOf('强调指出国际合作')?.routine).toBe(false);
		expect(rowOf('再次促请')?.routine).toBe(false);
		expect(rowOf('重申多边外交')?.status).toBe('unchanged');
	});
});

describe('drafts of 76/40: the alignment recovers exactly the edits made', () => {
	const source = loadSeed('A/RES/76/40');
	const idOf = (doc: ResolutionDocument, start: string) => {
		const p = doc.paragraphs.find((x) => squeeze(x.text).startsWith(start));
		if (!p) throw new Error(`no paragraph starting ${start}`);
		return p.id;
	};
	const opId = (doc: ResolutionDocument, n: string) => {
		const p = doc.paragraphs.find((x) => x.kind === 'operative' && x.number === n);
		if (!p) throw new Error(`no operative paragraph ${n}`);
		return p.id;
	};
	const base = draftFrom(source);
	const inserted = {
		kind: 'preamble' as const,
		text: '欢迎裁军谈判会议在2022年会议期间就其工作方案达成共识，并强调必须尽早开始实质性工作，'
	};

	const cases: { label: string; make: () => Draft; statuses: Partial<Record<RowStatus, number>> }[] = [
		{
			label: 'one preambular paragraph deleted',
			make: () => deleteParagraph(base, idOf(source, '铭记')),
			statuses: { deleted: 1 }
		},
		{
			label: 'one operative paragraph deleted (later ones renumbered)',
			make: () => deleteParagraph(base, opId(source, '3')),
			statuses: { deleted: 1 }
		},
		{
			label: 'one paragraph inserted',
			make: () => insertParagraph(base, idOf(source, '考虑到'), inserted),
			statuses: { inserted: 1 }
		},
		{ label: 'two paragraphs merged', make: () => mergeParagraphs(base, opId(source, '1')), statuses: { merged: 1 } },
		{
			label: 'one paragraph split',
			make: () => splitParagraph(base, idOf(source, '回顾其关于')),
			statuses: { split: 1 }
		},
		{
			label: 'two adjacent operative paragraphs swapped and renumbered',
			make: () => swapParagraphs(base, opId(source, '4'), opId(source, '5')),
			statuses: { moved: 1 }
		},
		{
			label: 'operative 4 and 6 swapped and renumbered',
			make: () => swapParagraphs(base, opId(source, '4'), opId(source, '6')),
			statuses: { moved: 2 }
		},
		{
			label: 'combined: deleted, inserted, reworded, merged, split and swapped',
			make: () => {
				let d = deleteParagraph(base, idOf(source, '铭记'));
				d = insertParagraph(d, idOf(d.doc, '考虑到'), inserted);
				d = rewordParagraph(d, idOf(d.doc, '深信'), '更加关切', '极为关切');
				d = mergeParagraphs(d, opId(d.doc, '1'));
				d = splitParagraph(d, idOf(d.doc, '请与大规模'));
				d = swapParagraphs(d, idOf(d.doc, '表示注意到'), idOf(d.doc, '请秘书长征求'));
				return d;
			},
			statuses: { deleted: 1, inserted: 1, modified: 1, merged: 1, split: 1, moved: 1 }
		}
	];

	it.each(cases)('$label', ({ make, statuses }) => {
		const draft = make();
		const cmp = compareDocuments(source, draft.doc);
		expectNothingLost(cmp);
		expect(linksOf(cmp.rows)).toEqual(expectedLinks(source, draft));
		const counts = Object.fromEntries(Object.entries(cmp.stats).filter(([s, n]) => s !== 'unchanged' && n > 0));
		expect(counts).toEqual(statuses);
		expect(cmp.warnings).toBeUndefined();
	});
});

describe('57/97 → 80/67 (real English, 2002 and 2025): routine updates of another body’s symbols', () => {
	const read = (name: string) =>
		parseResolution(readFileSync(new URL(`../../../tests/fixtures/real/${name}`, import.meta.url), 'utf8'), {
			source: name
		});
	const cmp = compareDocuments(read('A-RES-57-97.en.partial.txt'), read('A-RES-80-67.en.txt'));
	const rowOf = (start: string) =>
		cmp.rows.find((r) => r.new.some((id) => cmp.new.paragraphs.find((p) => p.id === id)?.text.startsWith(start)));

	it('calls the IAEA resolution and date brought up to date routine: GC(46)/RES/16 → GC(69)/RES/15', () => {
		const row = rowOf('Taking note of the relevant resolutions adopted by the General Conference');
		expect(row?.status).toBe('modified');
		expect(row?.diff.some(([op, text]) => op === 1 && text.includes('69'))).toBe(true);
		expect(row?.routine).toBe(true);
	});

	it('still calls a reworded paragraph substantive', () => {
		expect(rowOf('Bearing in mind its relevant resolutions')?.routine).toBe(false);
		expect(rowOf('Recalling that Israel remains')?.routine).toBe(false);
	});
});

describe('unrelated and identical documents', () => {
	it('67/38 against 68/46 (another resolution): a warning', () => {
		const cmp = compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/68/46'));
		expect(warningsInEnglish(cmp.warnings ?? [])).toContainEqual(
			expect.stringMatching(/^the two documents look like different resolutions/)
		);
		expectNothingLost(cmp);
	});

	it.each(['A/RES/67/38', 'A/RES/76/40', 'A/RES/68/46'] as const)(
		'%s against itself: all unchanged, no warning',
		(symbol) => {
			const doc = loadSeed(symbol);
			const cmp = compareDocuments(doc, loadSeed(symbol));
			expect(cmp.rows.every((r) => r.status === 'unchanged' && r.old[0] === r.new[0] && r.similarity === 1)).toBe(true);
			expect(cmp.rows).toHaveLength(doc.paragraphs.length);
			expect((cmp.warnings ?? []).filter((w) => !w.of)).toEqual([]);
		}
	);

	it('76/40 against an empty document: a warning and every row deleted', () => {
		const cmp = compareDocuments(loadSeed('A/RES/76/40'), makeDocument([]));
		expect(cmp.rows.every((r) => r.status === 'deleted')).toBe(true);
		expect(warningsInEnglish(cmp.warnings ?? [])).toContainEqual(expect.stringMatching(/has no paragraphs/));
	});
});
