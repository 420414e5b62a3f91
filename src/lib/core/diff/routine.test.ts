import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHOWCASE_PAIRS as showcase } from '../../testing/showcase-text';
import { diffTexts } from './diff';
import { createHash } from 'node:crypto';
import {
	allRoutinePatterns,
	classifyRoutine,
	defaultRoutineOptions,
	ROUTINE_GRAMMAR_EDITION,
	routinePatternsFor
} from './routine';
import { spellFrenchOrdinals } from '../document/drafting/fr';
import { spellSpanishOrdinals } from '../document/drafting/es';
import { spellRussianOrdinals } from '../document/drafting/ru';
import type { DiffOp } from '../types';

/** Diff two texts and classify the diff. */
function classify(oldText: string, newText: string, language = 'zh') {
	const { ops } = diffTexts(oldText, newText, { language });
	return { ops, ...classifyRoutine(ops, { language }) };
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
		const names = allRoutinePatterns().map((p) => p.name);
		expect(new Set(names).size).toBe(names.length);
		for (const p of allRoutinePatterns()) expect(p.pattern.flags, p.name).toMatch(/^(?=.*g)(?=.*u)/);
		expect(defaultRoutineOptions.language).toBe('zh');
	});

	it('is the edition it says: a changed entry asks for a new edition, so that libraries are keyed again', () => {
		const entries = allRoutinePatterns().map((p) =>
			[p.name, p.role, p.language, p.pattern.source, p.pattern.flags].join('\u0000')
		);
		const fingerprint = createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 16);
		expect(
			{ edition: ROUTINE_GRAMMAR_EDITION, fingerprint },
			'the routine grammar changed: raise ROUTINE_GRAMMAR_EDITION in routine.ts and record both here'
		).toEqual({ edition: 2, fingerprint: '06729f7abd0ed25c' });
	});

	it.each(
		allRoutinePatterns().flatMap((p) => p.examples.map((example) => ({ name: p.name, pattern: p.pattern, example })))
	)('$name matches its example "$example" whole', ({ pattern, example }) => {
		const matches = [...example.matchAll(pattern)].map((m) => m[0]);
		expect(matches.some((m) => m === example) || matches.join('') === example).toBe(true);
	});
});

describe('the cues of the long patterns', () => {
	const cued = allRoutinePatterns().filter((p) => p.cue);

	it('are the French, Spanish and Russian sessions and meetings, each cue as case-blind as its pattern', () => {
		expect(cued.map((p) => p.name).sort()).toEqual(
			['meeting-es', 'meeting-fr', 'meeting-ru', 'session-es', 'session-fr', 'session-ru'].sort()
		);
		for (const p of cued) expect(p.cue!.flags, p.name).toBe(p.pattern.flags.replace('g', ''));
	});

	it.each(cued.flatMap((p) => p.examples.map((example) => ({ name: p.name, cue: p.cue!, example }))))(
		'$name lets its example "$example" through',
		({ cue, example }) => expect(cue.test(example)).toBe(true)
	);

	// Every ordinal from 1 to 199 in every spelling, capitalised or not: wherever the pattern finds a
	// session or a meeting, the cue lets the text through.
	const spelt: [name: string, ordinals: (n: number) => string[], after: string][] = [
		['session-fr', spellFrenchOrdinals, 'session extraordinaire'],
		['meeting-fr', spellFrenchOrdinals, 'séance plénière'],
		['session-es', spellSpanishOrdinals, 'período de sesiones'],
		['meeting-es', spellSpanishOrdinals, 'sesión plenaria'],
		['session-ru', spellRussianOrdinals, 'специальной сессии'],
		['meeting-ru', spellRussianOrdinals, 'пленарном заседании']
	];
	it.each(spelt)('%s: every ordinal spelt out that the pattern finds passes the cue', (name, ordinals, after) => {
		const p = cued.find((c) => c.name === name)!;
		for (let n = 1; n <= 199; n++)
			for (const word of ordinals(n))
				for (const form of [word, word[0].toUpperCase() + word.slice(1)]) {
					const text = `les ${form} ${after}`;
					expect([...text.matchAll(p.pattern)].length, text).toBe(1);
					expect(p.cue!.test(text), text).toBe(true);
				}
	});
});

describe('the routine grammar: what must not match', () => {
	it.each(
		allRoutinePatterns().flatMap((p) =>
			p.counterexamples.map((counterexample) => ({ name: p.name, pattern: p.pattern, counterexample }))
		)
	)('$name finds nothing in "$counterexample"', ({ pattern, counterexample }) => {
		expect([...counterexample.matchAll(pattern)].map((m) => m[0])).toEqual([]);
	});

	it('gives every entry examples and counterexamples', () => {
		for (const p of allRoutinePatterns()) {
			expect(p.examples.length, p.name).toBeGreaterThan(0);
			expect(p.counterexamples.length, p.name).toBeGreaterThan(0);
		}
	});
});

describe('the routine grammar by language', () => {
	const languages = ['zh', 'en', 'fr', 'es', 'ru', 'ar'] as const;

	it.each(languages)('%s has its own date, session, meeting, paragraph and list entries', (language) => {
		const names = routinePatternsFor(language).map((p) => p.name);
		for (const kind of ['date', 'session', 'meeting', 'paragraph-reference', 'list-punctuation'])
			expect(names, kind).toContain(`${kind}-${language}`);
	});

	it.each(languages)('%s takes its own entries and the shared ones, never another language’s', (language) => {
		const patterns = routinePatternsFor(language);
		for (const p of patterns) expect(['any', language]).toContain(p.language);
		expect(patterns.filter((p) => p.language === 'any').length).toBe(
			allRoutinePatterns().filter((p) => p.language === 'any').length
		);
	});

	it('takes both grammars for a comparison across two languages, and the shared ones for an unknown language', () => {
		const both = routinePatternsFor(['fr', 'en']).map((p) => p.language);
		expect(new Set(both)).toEqual(new Set(['fr', 'en', 'any']));
		expect(new Set(routinePatternsFor('de').map((p) => p.language))).toEqual(new Set(['any']));
	});

	it.each([
		{
			label: 'an English session in a Chinese text',
			a: 'sixty-eighth session',
			b: 'seventy-seventh session',
			language: 'zh'
		},
		{
			label: 'a French session in an English text',
			a: 'soixante-huitième session',
			b: 'soixante-dix-septième session',
			language: 'en'
		},
		{ label: 'a Chinese meeting in a French text', a: '第48次', b: '第45次', language: 'fr' },
		{ label: 'a Russian date in a Spanish text', a: '3 декабря 2012 года', b: '6 декабря 2021 года', language: 'es' }
	])('reads no routine update of another language: $label', ({ a, b, language }) => {
		expect(classify(a, b, language).routine).toBe(false);
	});
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
		{
			label: 'document-symbol, Economic and Social Council resolution',
			a: 'Recalling Economic and Social Council resolution 2022/13 of 8 June 2022,',
			b: 'Recalling Economic and Social Council resolution 2023/12 of 7 June 2023,',
			language: 'en'
		},
		{
			label: 'document-symbol, Economic and Social Council resolution, zh',
			a: '经济及社会理事会第2022/13号决议',
			b: '经济及社会理事会第2023/12号决议'
		},
		{
			label: 'document-symbol, IAEA General Conference (A/RES/57/97 → A/RES/80/67)',
			a: 'the latest of which is resolution GC(46)/RES/16, adopted on 20 September 2002,',
			b: 'the latest of which is resolution GC(69)/RES/15, adopted on 18 September 2025,',
			language: 'en'
		},
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
		// French: the Manuel de rédaction's forms, as A/RES/67/53 → A/RES/76/51 and their kind print them.
		{ label: 'date-fr', a: 'adoptée le 3 décembre 2012,', b: 'adoptée le 6 décembre 2021,', language: 'fr' },
		{ label: 'date-fr, premier', a: 'le 1er janvier 2013', b: 'le 30 juin 2022', language: 'fr' },
		{
			label: 'session-fr',
			a: 'à sa soixante-huitième session',
			b: 'à sa soixante-dix-septième session',
			language: 'fr'
		},
		{
			label: 'session-fr, et onze',
			a: 'à sa soixante et onzième session',
			b: 'à sa quatre-vingtième session',
			language: 'fr'
		},
		{ label: 'meeting-fr', a: '46e séance plénière', b: '48e séance plénière', language: 'fr' },
		{
			label: 'list-punctuation-fr, list grows by one',
			a: 'ses résolutions 65/54 du 8 décembre 2010 et 66/32 du 2 décembre 2011,',
			b: 'ses résolutions 65/54 du 8 décembre 2010, 66/32 du 2 décembre 2011 et 67/38 du 3 décembre 2012,',
			language: 'fr'
		},
		{ label: 'paragraph-reference-fr', a: 'rapport (A/67/409)', b: 'rapport (A/76/444, par. 93)', language: 'fr' },
		{
			label: 'quotation-marks-fr',
			a: 'intitulé "Désarmement général"',
			b: 'intitulé « Désarmement général »',
			language: 'fr'
		},
		// Spanish: the forms of the real A/RES/77/247 and of the Manual de redacción.
		{ label: 'date-es', a: 'el 3 de diciembre de 2012', b: 'el 6 de diciembre de 2021', language: 'es' },
		{
			label: 'session-es',
			a: 'en su sexagésimo octavo período de sesiones',
			b: 'en su septuagésimo séptimo período de sesiones',
			language: 'es'
		},
		{
			label: 'session-es, apocope',
			a: 'en su septuagésimo primer período de sesiones',
			b: 'en su octogésimo período de sesiones',
			language: 'es'
		},
		{ label: 'meeting-es', a: '46ª sesión plenaria', b: '56ª sesión plenaria', language: 'es' },
		{
			label: 'list-punctuation-es, list grows by one',
			a: 'sus resoluciones 65/54, de 8 de diciembre de 2010, y 66/32, de 2 de diciembre de 2011,',
			b: 'sus resoluciones 65/54, de 8 de diciembre de 2010, 66/32, de 2 de diciembre de 2011, y 67/38, de 3 de diciembre de 2012,',
			language: 'es'
		},
		{ label: 'paragraph-reference-es', a: '(A/76/400, párr. 14)', b: '(A/77/400, párr. 15)', language: 'es' },
		// Russian: dates in the genitive, sessions declined, meetings with their case ending.
		{ label: 'date-ru', a: 'от 3 декабря 2012 года', b: 'от 6 декабря 2021 года', language: 'ru' },
		{
			label: 'session-ru',
			a: 'на ее шестьдесят восьмой сессии',
			b: 'на ее семьдесят седьмой сессии',
			language: 'ru'
		},
		{
			label: 'session-ru, round ten',
			a: 'на ее семьдесят девятой сессии',
			b: 'на ее восьмидесятой сессии',
			language: 'ru'
		},
		{ label: 'meeting-ru', a: '46-е пленарное заседание', b: '48-е пленарное заседание', language: 'ru' },
		{
			label: 'list-punctuation-ru, list grows by one',
			a: 'резолюции 65/54 от 8 декабря 2010 года и 66/32 от 2 декабря 2011 года,',
			b: 'резолюции 65/54 от 8 декабря 2010 года, 66/32 от 2 декабря 2011 года и 67/38 от 3 декабря 2012 года,',
			language: 'ru'
		},
		// Arabic: double month names, feminine ordinals, "الجلسة العامة 46".
		{ label: 'date-ar', a: 'المؤرخ 3 كانون الأول/ديسمبر 2012', b: 'المؤرخ 6 كانون الأول/ديسمبر 2021', language: 'ar' },
		{
			label: 'session-ar',
			a: 'في دورتها الثامنة والستين',
			b: 'في دورتها السابعة والسبعين',
			language: 'ar'
		},
		{ label: 'meeting-ar', a: 'الجلسة العامة 46', b: 'الجلسة العامة 48', language: 'ar' },
		{
			label: 'list-punctuation-ar, list grows by one',
			a: 'قراراتها 65/54 المؤرخ 8 كانون الأول/ديسمبر 2010 و 66/32 المؤرخ 2 كانون الأول/ديسمبر 2011،',
			b: 'قراراتها 65/54 المؤرخ 8 كانون الأول/ديسمبر 2010، و 66/32 المؤرخ 2 كانون الأول/ديسمبر 2011، و 67/38 المؤرخ 3 كانون الأول/ديسمبر 2012،',
			language: 'ar'
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
		},
		{
			label: 'French operative verb',
			a: 'Demande à tous les États',
			b: 'Prie instamment tous les États',
			language: 'fr'
		},
		{ label: 'French number in prose', a: 'dans 65 pays', b: 'dans 66 pays', language: 'fr' },
		{
			label: 'French ordinal of an anniversary',
			a: 'soixante-huitième anniversaire',
			b: 'soixante-dix-septième anniversaire',
			language: 'fr'
		},
		{
			label: 'Spanish operative verb',
			a: 'Exhorta a todos los Estados',
			b: 'Insta a todos los Estados',
			language: 'es'
		},
		{ label: 'Spanish bare year', a: 'desde 1967 y', b: 'desde 1968 y', language: 'es' },
		{
			label: 'Russian operative verb',
			a: 'призывает все государства',
			b: 'настоятельно призывает все государства',
			language: 'ru'
		},
		{
			label: 'Russian cardinal, not an ordinal',
			a: 'шестьдесят восемь государств',
			b: 'семьдесят семь государств',
			language: 'ru'
		},
		{ label: 'Arabic operative verb', a: 'تهيب بجميع الدول', b: 'تحث جميع الدول', language: 'ar' },
		{
			label: 'Arabic ordinal of no session',
			a: 'الذكرى الثامنة والستين',
			b: 'الذكرى السابعة والسبعين',
			language: 'ar'
		},
		{
			label: 'list words in prose',
			a: 'le désarmement et la non-prolifération',
			b: 'le désarmement, la non-prolifération',
			language: 'fr'
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

describe('a re-adoption in each language, in forms the test documents do not hold', () => {
	// The UN's editorial conventions as they vary between resolutions: ordinals past eighty ("quatre-vingt-
	// unième", "octogésimo primer", "восемьдесят первой"), "1er" and the modifier-letter "46ᵉ" in French,
	// the Spanish "45a" an extractor leaves of "45ª", an agenda item renumbered, a committee report and its
	// paragraph. Each pair: [language, last year, this year, routine?].
	const cases: [string, string, string, boolean][] = [
		['fr', 'réunion du 1er décembre 2020', 'réunion du 2 décembre 2021', true],
		['fr', '45e séance plénière', '46e séance plénière', true],
		['fr', '45ᵉ séance plénière', '46ᵉ séance plénière', true],
		['fr', '45 e séance plénière', '46 e séance plénière', true],
		['fr', 'à sa soixante-quinzième session', 'à sa soixante-seizième session', true],
		['fr', 'à sa soixante et onzième session', 'à sa soixante-douzième session', true],
		['fr', 'Soixante-quinzième session', 'Soixante-seizième session', true],
		[
			'fr',
			'ses résolutions 73/41 du 5 décembre 2018 et 74/55 du 12 décembre 2019 sur',
			'ses résolutions 73/41 du 5 décembre 2018, 74/55 du 12 décembre 2019 et 75/47 du 7 décembre 2020 sur',
			true
		],
		['fr', 'Point 98 de l’ordre du jour', 'Point 100 de l’ordre du jour', true],
		[
			'fr',
			'[sur la base du rapport de la Première Commission (A/75/399, par. 38)]',
			'[sur la base du rapport de la Première Commission (A/76/444, par. 93)]',
			true
		],
		['fr', 'Demande de nouveau à tous les États', 'Exhorte de nouveau tous les États', false],
		[
			'fr',
			'Résolution adoptée par l’Assemblée générale le 7 décembre 2020',
			'Résolution adoptée par l’Assemblée générale le 6 décembre 2021',
			true
		],
		['fr', 'le 1ᵉʳ décembre 2020', 'le 6 décembre 2021', true],
		['fr', 'soixante-quinzième session', 'soixante-seizième session', true],
		['fr', 'quatre-vingtième session', 'quatre-vingt-unième session', true],
		['es', '7 de diciembre de 2020', '6 de diciembre de 2021', true],
		['es', '1 de diciembre de 2020', '6 de diciembre de 2021', true],
		['es', '1º de diciembre de 2020', '6 de diciembre de 2021', true],
		['es', '45ª sesión plenaria', '46ª sesión plenaria', true],
		['es', '45a sesión plenaria', '46a sesión plenaria', true],
		['es', 'en su septuagésimo quinto período de sesiones', 'en su septuagésimo sexto período de sesiones', true],
		['es', 'Septuagésimo quinto período de sesiones', 'Septuagésimo sexto período de sesiones', true],
		['es', 'en su octogésimo período de sesiones', 'en su octogésimo primer período de sesiones', true],
		[
			'es',
			'sus resoluciones 73/41, de 5 de diciembre de 2018, y 74/55, de 12 de diciembre de 2019, relativas',
			'sus resoluciones 73/41, de 5 de diciembre de 2018, 74/55, de 12 de diciembre de 2019, y 75/47, de 7 de diciembre de 2020, relativas',
			true
		],
		['es', 'Tema 98 del programa', 'Tema 100 del programa', true],
		['es', 'Pide nuevamente a todos', 'Exhorta nuevamente a todos', false],
		['ru', '7 декабря 2020 года', '6 декабря 2021 года', true],
		['ru', '45-е пленарное заседание', '46-е пленарное заседание', true],
		['ru', '45‑е пленарное заседание', '46‑е пленарное заседание', true],
		['ru', 'на ее семьдесят пятой сессии', 'на ее семьдесят шестой сессии', true],
		['ru', 'Семьдесят пятая сессия', 'Семьдесят шестая сессия', true],
		['ru', 'на ее восьмидесятой сессии', 'на ее восемьдесят первой сессии', true],
		[
			'ru',
			'свои резолюции 73/41 от 5 декабря 2018 года и 74/55 от 12 декабря 2019 года о',
			'свои резолюции 73/41 от 5 декабря 2018 года, 74/55 от 12 декабря 2019 года и 75/47 от 7 декабря 2020 года о',
			true
		],
		['ru', 'Пункт 98 повестки дня', 'Пункт 100 повестки дня', true],
		['ru', 'вновь призывает все государства', 'вновь настоятельно призывает все государства', false],
		['ar', '7 كانون الأول/ديسمبر 2020', '6 كانون الأول/ديسمبر 2021', true],
		['ar', 'الجلسة العامة 45', 'الجلسة العامة 46', true],
		['ar', 'في دورتها الخامسة والسبعين', 'في دورتها السادسة والسبعين', true],
		['ar', 'تهيب بجميع', 'تحث جميع', false],
		['en', 'at its seventy-fifth session', 'at its seventy-sixth session', true],
		['en', 'at its eightieth session', 'at its eighty-first session', true],
		['en', 'Seventy-fifth session', 'Seventy-sixth session', true],
		[
			'en',
			'resolutions 73/41 of 5 December 2018 and 74/55 of 12 December 2019 on',
			'resolutions 73/41 of 5 December 2018, 74/55 of 12 December 2019 and 75/47 of 7 December 2020 on',
			true
		],
		['en', '46th plenary meeting', '45th plenary meeting', true],
		['en', 'Agenda item 98', 'Agenda item 100', true],
		[
			'en',
			'[on the report of the First Committee (A/75/399, para. 38)]',
			'[on the report of the First Committee (A/76/444, para. 93)]',
			true
		],
		['en', 'Calls upon all', 'Urges all', false]
	];
	it.each(cases)('%s: "%s" → "%s" routine: %s', (language, oldText, newText, routine) => {
		const result = classify(oldText, newText, language);
		expect(result.ops.some(([op]) => op !== 0)).toBe(true);
		expect(result.routine).toBe(routine);
	});
});
