import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHOWCASE_PAIRS as showcase } from '../../testing/showcase-text';
import { diffTexts } from './diff';
import { classifyRoutine, defaultRoutineOptions, routinePatterns } from './routine';
import type { DiffOp } from '../types';

/** Diff two texts and classify the diff. */
function classify(oldText: string, newText: string, language = 'zh') {
	const { ops } = diffTexts(oldText, newText, { language });
	return { ops, ...classifyRoutine(ops) };
}

/** The routine flag of the first piece with this op and text. */
function partOf(result: { ops: DiffOp[]; parts: boolean[] }, op: -1 | 1, text: string): boolean {
	const i = result.ops.findIndex(([o, t]) => o === op && t.includes(text));
	if (i < 0) throw new Error(`no piece ${op} ${text} in ${JSON.stringify(result.ops)}`);
	return result.parts[i];
}

// ---- tests ----

describe('the routine grammar', () => {
	it('has unique names and global, Unicode patterns', () => {
		const names = routinePatterns.map((p) => p.name);
		expect(new Set(names).size).toBe(names.length);
		for (const p of routinePatterns) expect(p.pattern.flags, p.name).toMatch(/^(?=.*g)(?=.*u)/);
		expect(defaultRoutineOptions.patterns).toBe(routinePatterns);
	});

	it.each(routinePatterns.flatMap((p) => p.examples.map((example) => ({ name: p.name, pattern: p.pattern, example }))))(
		'$name matches its example "$example" whole',
		({ pattern, example }) => {
			const matches = [...example.matchAll(pattern)].map((m) => m[0]);
			expect(matches.some((m) => m === example) || matches.join('') === example).toBe(true);
		}
	);
});

describe('classifyRoutine: each routine pattern, both ways', () => {
	const cases: { label: string; a: string; b: string; language?: string }[] = [
		{ label: 'date-zh', a: '于2012年12月3日通过', b: '于2021年12月6日通过' },
		{ label: 'date-zh, range', a: '注意到2012年8月26日至31日在', b: '注意到2019年10月25日至26日在' },
		{
			label: 'date-zh, spaced range',
			a: '注意到 2019 年 10 月 25 日至 26 日在',
			b: '注意到 2019 年 10 月 25 日至 27 日在'
		},
		{ label: 'date-zh, year alone', a: '在2012年举行', b: '在2015年举行' },
		{ label: 'date-en', a: 'adopted on 3 December 2012.', b: 'adopted on 6 December 2021.', language: 'en' },
		{
			label: 'date-en, range',
			a: 'held from 26 to 31 August 2012 in',
			b: 'held from 25 to 26 October 2019 in',
			language: 'en'
		},
		{ label: 'document-symbol, resolution', a: '依照第66/32号决议', b: '依照第75/47号决议' },
		{ label: 'document-symbol, committee report', a: '报告(A/67/409)通过', b: '报告(A/76/444)通过' },
		{ label: 'document-symbol, A/RES', a: 'see A/RES/67/38.', b: 'see A/RES/76/40.', language: 'en' },
		{ label: 'document-symbol, lettered part', a: '第56/24 T号决议', b: '第56/24 U号决议' },
		{ label: 'document-symbol, special session', a: '第S-10/2号决议', b: '第S-12/2号决议' },
		{ label: 'session-zh, numerals', a: '向大会第六十八届会议提交', b: '向大会第七十七届会议提交' },
		{ label: 'session-zh, digits', a: '第68届会议', b: '第77届会议' },
		{ label: 'session-en', a: 'at its sixty-eighth session', b: 'at its seventy-seventh session', language: 'en' },
		{ label: 'meeting-zh', a: '第48次全体会议', b: '第45次全体会议' },
		{ label: 'meeting-en', a: '48th plenary meeting', b: '45th plenary meeting', language: 'en' },
		{ label: 'paragraph-reference-zh', a: '报告(A/67/409)通过', b: '报告(A/76/444, 第 93 段)通过' },
		{ label: 'paragraph-reference-en', a: 'report (A/67/409)', b: 'report (A/76/444, para. 93)', language: 'en' },
		{ label: 'agenda-item', a: '议程项目 100 (r)', b: '议程项目 98 (q)' },
		{ label: 'footnote-mark', a: '《联合国千年宣言》，¹其中', b: '《联合国千年宣言》，其中' },
		{
			label: 'list-punctuation, list grows by one',
			a: '2010年12月8日第65/54号和2011年12月2日第66/32号决议',
			b: '2010年12月8日第65/54号、2011年12月2日第66/32号和2012年12月3日第67/38号决议'
		},
		{
			label: 'list-punctuation-en, list grows by one',
			a: 'resolutions 65/54 of 8 December 2010 and 66/32 of 2 December 2011,',
			b: 'resolutions 65/54 of 8 December 2010, 66/32 of 2 December 2011 and 67/38 of 3 December 2012,',
			language: 'en'
		},
		{
			label: 'document-symbol, title line',
			a: '67/38.促进裁军和不扩散领域的多边主义',
			b: '76/40.促进裁军和不扩散领域的多边主义'
		},
		{
			label: 'document-symbol, Security Council resolution',
			a: '安全理事会第1540(2004)号决议',
			b: '安全理事会第2325(2016)号决议'
		},
		{ label: 'quotation-marks', a: '题为"全面彻底裁军"的项目', b: '题为“全面彻底裁军”的项目' },
		{ label: 'white space', a: '第56/24T号决议', b: '第56/24 T号决议' }
	];
	it.each(
		cases.flatMap((c) => [
			{ ...c, way: 'forward' },
			{ ...c, a: c.b, b: c.a, way: 'backward' }
		])
	)('$label ($way) is routine', ({ a, b, language }) => {
		const result = classify(a, b, language);
		expect(result.routine, JSON.stringify(result.ops)).toBe(true);
		result.ops.forEach(([op], i) => expect(result.parts[i]).toBe(op !== 0));
	});
});

describe('classifyRoutine: real changes are not routine', () => {
	it.each([
		{ label: 'a number in prose', a: '有65个国家', b: '有66个国家' },
		{ label: 'a number in English prose', a: 'in 65 countries', b: 'in 66 countries', language: 'en' },
		{ label: 'a bare year in English', a: 'in 2012 the', b: 'in 2021 the', language: 'en' },
		{ label: '提出 → 提交', a: '提出报告', b: '提交报告' },
		{ label: '强调 → 强调指出', a: '强调国际合作', b: '强调指出国际合作' },
		{ label: '关切 → 严重关切', a: '关切军备管制', b: '严重关切军备管制' },
		{ label: '呼吁 → 促请', a: '再次呼吁所有会员国', b: '再次促请所有会员国' },
		{ label: '个别 → 单独', a: '个别和集体承诺', b: '单独和集体承诺' },
		{
			label: 'English rewording',
			a: 'Reaffirms multilateralism',
			b: 'Strongly reaffirms multilateralism',
			language: 'en'
		},
		{ label: 'a date changed with a rewording', a: '2012年12月3日强调国际合作', b: '2021年12月6日强调指出国际合作' },
		{ label: 'words next to a meeting number', a: '第48次全体会议', b: '第48次会议' },
		{ label: 'a symbol replaced by words', a: '依照第66/32号决议', b: '依照该决议' },
		{ label: 'list punctuation in prose', a: '裁军和不扩散', b: '裁军、不扩散' },
		{ label: 'a routine token on one side only', a: '有65个国家', b: '有第65届国家' },
		{ label: 'a quotation mark added, not swapped', a: '题为全面彻底裁军的', b: '题为“全面彻底裁军”的' },
		{
			label: 'a place name in a dated clause',
			a: '2012年8月26日至31日在德黑兰举行',
			b: '2019年10月25日至26日在巴库举行'
		}
	])('$label', ({ a, b, language }) => {
		const result = classify(a, b, language);
		expect(result.routine, JSON.stringify(result.ops)).toBe(false);
	});
});

describe('classifyRoutine: pieces and edge cases', () => {
	it.each([
		{ label: 'no pieces', ops: [], routine: false, parts: [] },
		{ label: 'only equal', ops: [[0, '大会，']], routine: false, parts: [false] },
		{
			label: 'white space only',
			ops: [
				[0, '第56/24'],
				[1, ' '],
				[0, 'T号']
			],
			routine: true,
			parts: [false, true, false]
		},
		{
			label: 'one side only, inserted symbol list',
			ops: [
				[0, '第66/32号'],
				[1, '和2012年12月3日第67/38号'],
				[0, '决议']
			],
			routine: true,
			parts: [false, true, false]
		},
		{
			label: 'deleted date range',
			ops: [
				[0, '注意到'],
				[-1, '2012年8月26日至31日'],
				[0, '在']
			],
			routine: true,
			parts: [false, true, false]
		},
		{
			label: 'routine and real changes in one row',
			ops: [
				[0, '向大会第'],
				[-1, '六十八'],
				[1, '七十七'],
				[0, '届会议'],
				[-1, '提出'],
				[1, '提交'],
				[0, '报告']
			],
			routine: false,
			parts: [false, true, true, false, false, false, false]
		},
		{ label: 'inserted session heading', ops: [[1, '第七十六届会议']], routine: true, parts: [true] },
		{ label: 'inserted agenda item heading', ops: [[1, '议程项目100 (r)']], routine: true, parts: [true] },
		{
			label: 'inserted title heading',
			ops: [[1, '全面彻底裁军：促进裁军和不扩散领域的多边主义']],
			routine: false,
			parts: [false]
		},
		{
			label: 'unnormalized pieces (insertion first)',
			ops: [
				[0, '第'],
				[1, '75/47'],
				[-1, '66/32'],
				[0, '号']
			],
			routine: true,
			parts: [false, true, true, false]
		}
	] as { label: string; ops: DiffOp[]; routine: boolean; parts: boolean[] }[])('$label', ({ ops, routine, parts }) => {
		expect(classifyRoutine(ops)).toEqual({ routine, parts });
	});

	it('finds nothing routine with an empty grammar, except white space', () => {
		const { ops } = diffTexts('第66/32号', '第75/47号');
		expect(classifyRoutine(ops, { patterns: [] }).routine).toBe(false);
		expect(
			classifyRoutine(
				[
					[0, 'a'],
					[1, ' ']
				],
				{ patterns: [] }
			).routine
		).toBe(true);
	});

	it('gives one flag per piece, false on every equal piece, for any diff', () => {
		const pieces = fc.constantFrom(
			'第',
			'六十八',
			'届',
			'66/32',
			'号',
			'、',
			'和',
			'2012年',
			'12月3日',
			'强调',
			' ',
			'"',
			'“',
			'a',
			'😀'
		);
		const text = fc.array(pieces, { maxLength: 20 }).map((p) => p.join(''));
		fc.assert(
			fc.property(text, text, (a, b) => {
				const { ops } = diffTexts(a, b);
				const { routine, parts } = classifyRoutine(ops);
				expect(parts).toHaveLength(ops.length);
				ops.forEach(([op], i) => {
					if (op === 0) expect(parts[i]).toBe(false);
				});
				if (ops.every(([op]) => op === 0)) expect(routine).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('classifyRoutine on the showcase pair 67/38 → 76/40', () => {
	it.each([
		{ label: '回顾其关于… list of resolutions grown by eight', key: 'list', routine: true },
		{ label: 'date line and committee report', key: 'header', routine: true },
		{ label: 'closing date and meeting', key: 'closing', routine: true },
		{ label: 'operative 7: 第66/32号 → 第75/47号', key: 'operative7', routine: true },
		{ label: 'operative 9: 第六十八届 → 第七十七届, " → “”', key: 'operative9', routine: true },
		{ label: 'operative 8: session and 提出 → 提交', key: 'operative8', routine: false },
		{ label: 'operative 5: 呼吁 → 促请, 个别 → 单独', key: 'operative5', routine: false },
		{ label: '强调 → 强调指出', key: 'emphasis', routine: false },
		{ label: '关切 → 严重关切', key: 'concern', routine: false },
		{ label: '德黑兰 → 巴库 summit', key: 'summit', routine: false }
	] as { label: string; key: keyof typeof showcase; routine: boolean }[])('$label', ({ key, routine }) => {
		const [a, b] = showcase[key];
		const result = classify(a, b);
		expect(result.routine, JSON.stringify(result.ops)).toBe(routine);
	});

	it('operative 9 with “” on both sides changes only the session, routinely', () => {
		const [a, b] = showcase.operative9;
		const curly = a.replace(/"([^"]*)"/g, '“$1”');
		const result = classify(curly, b);
		expect(result.ops.filter(([op]) => op !== 0)).toEqual([
			[-1, '六十八'],
			[1, '七十七']
		]);
		expect(result.routine).toBe(true);
	});

	it('marks the routine pieces of a row that is not routine', () => {
		const op8 = classify(...showcase.operative8);
		expect(partOf(op8, -1, '六十八')).toBe(true);
		expect(partOf(op8, 1, '七十七')).toBe(true);
		expect(partOf(op8, -1, '提出')).toBe(false);
		expect(partOf(op8, 1, '提交')).toBe(false);

		const summit = classify(...showcase.summit);
		expect(partOf(summit, -1, '66/32')).toBe(true);
		expect(partOf(summit, 1, '73/41')).toBe(true);
		expect(partOf(summit, -1, '德黑兰')).toBe(false);
		expect(partOf(summit, 1, '峰会')).toBe(false);
	});
});
