import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../document/parse';
import type { DiffOpKind, Paragraph, ResolutionDocument, RowStats, RowStatus } from '../types';
import { KIND_NAMES } from './names';
import {
	citeParagraphs,
	groupEdits,
	labelParagraphs,
	labelRow,
	nameStatus,
	printNumber,
	summarizeChange,
	summarizeStats,
	truncate,
	type ReportLocale
} from './labels';

const stats = (partial: Partial<RowStats>): RowStats => ({
	unchanged: 0,
	modified: 0,
	inserted: 0,
	deleted: 0,
	moved: 0,
	split: 0,
	merged: 0,
	...partial
});

/** A real document of tests/fixtures/real (see its SOURCES.md). */
const realFixture = (name: string) =>
	fileURLToPath(new URL(`../../../../tests/fixtures/real/${name}`, import.meta.url));

function doc(paragraphs: Omit<Paragraph, 'id'>[]): ResolutionDocument {
	return {
		meta: { symbol: null, session: null, date: null, title: null, source: 't' },
		paragraphs: paragraphs.map((p, i) => ({ id: `p${i + 1}`, ...p })),
		footnotes: []
	};
}

describe('nameStatus', () => {
	const cases: [RowStatus, boolean, ReportLocale, string][] = [
		['modified', false, 'zh', '修改'],
		['modified', true, 'zh', '修改（例行）'],
		['modified', true, 'en', 'modified (routine)'],
		['inserted', false, 'zh', '新增'],
		['deleted', false, 'en', 'deleted'],
		['moved', false, 'zh', '移动'],
		['split', false, 'zh', '拆分'],
		['merged', false, 'en', 'merged'],
		// An unchanged row is never called routine, whatever the flag says.
		['unchanged', true, 'zh', '未改动']
	];
	it.each(cases)('%s routine=%s %s → %s', (status, routine, locale, expected) => {
		expect(nameStatus(status, routine, locale)).toBe(expected);
	});
});

describe('labelParagraphs', () => {
	const resolution = doc([
		{ kind: 'title', number: null, text: '标题' },
		{ kind: 'heading', number: null, text: '大会，' },
		{ kind: 'preamble', number: null, text: '决心……，' },
		{ kind: 'preamble', number: null, text: '回顾……，' },
		{ kind: 'operative', number: '1', text: '重申……；' },
		{ kind: 'operative', number: '2', text: '决定……：' },
		{ kind: 'subparagraph', number: '(a)', text: '……；', parent: 'p6' },
		{ kind: 'subparagraph', number: '(b)', text: '……。' },
		{ kind: 'heading', number: null, text: '后续行动' },
		{ kind: 'operative', number: null, text: '无编号' },
		{ kind: 'closing', number: null, text: '第 45 次全体会议' },
		{ kind: 'heading', number: null, text: '附件' }
	]);
	it('labels in Chinese', () => {
		expect([...labelParagraphs(resolution, 'zh').values()]).toEqual([
			'标题',
			'开头',
			'序言 1',
			'序言 2',
			'执行 1',
			'执行 2',
			'执行 2 (a)',
			'分段 (b)',
			'小标题 1',
			'执行 3',
			'结尾',
			'小标题 2'
		]);
	});
	it('labels in English as delegates abbreviate', () => {
		expect([...labelParagraphs(resolution, 'en').values()]).toEqual([
			'Title',
			'Opening',
			'PP 1',
			'PP 2',
			'OP 1',
			'OP 2',
			'OP 2 (a)',
			'Subpara. (b)',
			'Heading 1',
			'OP 3',
			'Closing',
			'Heading 2'
		]);
	});
	it('gives no two paragraphs of the real A/RES/73/3 one label (its "Adopts …:" over the declaration’s 1 to 53)', () => {
		const parsed = parseResolution(readFileSync(realFixture('A-RES-73-3.en.txt'), 'utf8'), { source: 'A-RES-73-3' });
		const labels = [...labelParagraphs(parsed, 'en').values()].filter((l) => l.startsWith('OP'));
		expect(labels[0]).toBe('OP');
		expect(labels.slice(1, 4)).toEqual(['OP 1', 'OP 2', 'OP 3']);
		expect(new Set(labels).size).toBe(labels.length);
	});
	it('tells the opening subject from the headings over parts of the text (real A/RES/80/11, A/RES/73/3)', () => {
		const headings = (name: string) => {
			const parsed = parseResolution(readFileSync(realFixture(name), 'utf8'), { source: name });
			const labels = labelParagraphs(parsed, 'en');
			return parsed.paragraphs.filter((p) => p.kind === 'heading').map((p) => `${labels.get(p.id)}: ${p.text}`);
		};
		expect(headings('A-RES-80-11.en.txt')).toEqual([
			'Opening: The General Assembly,',
			'Heading 1: Peacebuilding Commission',
			'Heading 2: Peacebuilding financing',
			'Heading 3: Department of Political and Peacebuilding Affairs/Peacebuilding Support Office'
		]);
		// The real A/RES/73/3 prints its subject without the comma, over its one operative paragraph.
		expect(headings('A-RES-73-3.en.txt').slice(0, 1)).toEqual(['Opening: The General Assembly']);
	});
	it('labels an empty document with nothing', () => {
		expect(labelParagraphs(doc([])).size).toBe(0);
	});
	it('names a subparagraph through every level of its parents, whatever their kind', () => {
		const nested = doc([
			{ kind: 'preamble', number: null, text: '注意到：' },
			{ kind: 'subparagraph', number: '(a)', text: '……；', parent: 'p1' },
			{ kind: 'operative', number: '5', text: '请：' },
			{ kind: 'subparagraph', number: '(a)', text: '……：', parent: 'p3' },
			{ kind: 'subparagraph', number: '(i)', text: '……；', parent: 'p4' }
		]);
		expect([...labelParagraphs(nested, 'zh').values()]).toEqual([
			'序言 1',
			'序言 1 (a)',
			'执行 5',
			'执行 5 (a)',
			'执行 5 (a) (i)'
		]);
		expect([...labelParagraphs(nested, 'en').values()]).toEqual([
			'PP 1',
			'PP 1 (a)',
			'OP 5',
			'OP 5 (a)',
			'OP 5 (a) (i)'
		]);
		const cited = citeParagraphs(nested).get('p5');
		expect(cited).toMatchObject({
			kind: 'subparagraph',
			number: '(i)',
			parent: { number: '(a)', parent: { kind: 'operative', number: '5', parent: null } }
		});
	});
});

describe('an annexed declaration', () => {
	// A/RES/80/3 (tests/fixtures/real) as PyMuPDF extracts it: the declaration's paragraph 2 went with a
	// heading, so counting its paragraphs would cite the printed 3 as 2 and every later one a step short.
	const annexed = doc([
		{ kind: 'operative', number: null, text: 'Adopts the Declaration annexed to the present resolution.' },
		{ kind: 'other', number: null, text: 'Expresses its profound gratitude to the Government of Turkmenistan.' },
		{ kind: 'other', number: '1', text: 'We, the Heads of State and Government, …' },
		{ kind: 'other', number: '3', text: 'We gather at a critical juncture …' },
		{ kind: 'subparagraph', number: '(a)', text: 'Structural transformation;', parent: 'p4' }
	]);
	it('cites its paragraphs by their printed numbers, and its unnumbered lines by none', () => {
		expect([...labelParagraphs(annexed, 'en').values()]).toEqual([
			'OP 1',
			'Other',
			'Other 1',
			'Other 3',
			'Other 3 (a)'
		]);
	});
	it('still counts other lines when none has a printed number', () => {
		const plain = doc([
			{ kind: 'other', number: null, text: 'A' },
			{ kind: 'other', number: null, text: 'B' }
		]);
		expect([...labelParagraphs(plain, 'en').values()]).toEqual(['Other 1', 'Other 2']);
	});
});

describe('printNumber', () => {
	const cases: [Omit<Paragraph, 'id' | 'text'>, string | null][] = [
		[{ kind: 'operative', number: '4' }, '4.'],
		[{ kind: 'subparagraph', number: '(a)' }, '(a)'],
		[{ kind: 'operative', number: '4 bis' }, '4 bis'],
		[{ kind: 'other', number: '13' }, '13.'],
		[{ kind: 'heading', number: 'II' }, 'II.'],
		[{ kind: 'heading', number: '一' }, '一.'],
		[{ kind: 'heading', number: null }, null],
		[{ kind: 'preamble', number: null }, null]
	];
	it.each(cases)('%o → %s', (p, expected) => {
		expect(printNumber({ id: 'p1', text: '', ...p })).toBe(expected);
	});
});

describe('labelRow', () => {
	const cases: [string, string[], string[], ReportLocale, string][] = [
		['same label', ['执行 4'], ['执行 4'], 'zh', '执行 4'],
		['renumbered', ['执行 4'], ['执行 5'], 'zh', '执行 5（原执行 4）'],
		['renumbered (en)', ['OP 4'], ['OP 5'], 'en', 'OP 5 (was OP 4)'],
		['inserted', [], ['序言 3'], 'zh', '序言 3'],
		['deleted: old numbering', ['序言 3'], [], 'zh', '原序言 3'],
		['deleted (en)', ['PP 3'], [], 'en', 'old PP 3'],
		['split', ['执行 2'], ['执行 2', '执行 3'], 'zh', '执行 2 + 执行 3（原执行 2）'],
		['nothing', [], [], 'zh', '']
	];
	it.each(cases)('%s', (_, oldLabels, newLabels, locale, expected) => {
		expect(labelRow(oldLabels, newLabels, locale)).toBe(expected);
	});
});

describe('summarizeStats', () => {
	const cases: [string, Partial<RowStats>, { changed: number; routine: number }, ReportLocale, string][] = [
		['empty', {}, { changed: 0, routine: 0 }, 'zh', '没有可对照的段落。'],
		['empty (en)', {}, { changed: 0, routine: 0 }, 'en', 'No paragraphs to compare.'],
		['identical', { unchanged: 3 }, { changed: 0, routine: 0 }, 'zh', '共 3 行对照：未改动 3 段。'],
		[
			'with routine',
			{ modified: 12, unchanged: 15 },
			{ changed: 12, routine: 5 },
			'zh',
			'共 27 行对照：修改 12 段，未改动 15 段；有改动的 12 行中 5 行仅为例行更新（日期、文号、届次、会议编号）。'
		],
		[
			'every status (en)',
			{ modified: 1, inserted: 2, deleted: 3, moved: 4, split: 5, merged: 6, unchanged: 7 },
			{ changed: 21, routine: 0 },
			'en',
			'28 rows: 1 modified, 2 inserted, 3 deleted, 4 moved, 5 split, 6 merged, 7 unchanged.'
		],
		['split counts places', { split: 1 }, { changed: 1, routine: 0 }, 'zh', '共 1 行对照：拆分 1 处。']
	];
	it.each(cases)('%s', (_, partial, counts, locale, expected) => {
		expect(summarizeStats(stats(partial), counts, locale)).toBe(expected);
	});
});

describe('groupEdits and summarizeChange', () => {
	const p = (op: DiffOpKind, text: string) => ({ op, text });
	it('groups adjacent deletions and insertions into one edit', () => {
		expect(groupEdits([p(0, 'a'), p(-1, 'b'), p(1, 'c'), p(0, 'd'), p(1, 'e'), p(-1, 'f\n')])).toEqual([
			{ deleted: 'b', inserted: 'c' },
			{ deleted: 'f¶', inserted: 'e' }
		]);
	});
	const cases: [string, RowStatus, { op: DiffOpKind; text: string }[], ReportLocale, string][] = [
		['replacement', 'modified', [p(-1, '强调'), p(1, '着重指出'), p(0, '必须')], 'zh', '“强调”→“着重指出”'],
		[
			'insertion and deletion',
			'modified',
			[p(0, 'a'), p(1, '及多边论坛'), p(0, 'b'), p(-1, '了')],
			'zh',
			'＋“及多边论坛”；－“了”'
		],
		[
			'more than three',
			'modified',
			[p(1, '1'), p(0, 'x'), p(1, '2'), p(0, 'x'), p(1, '3'), p(0, 'x'), p(1, '4')],
			'zh',
			'＋“1”；＋“2”；＋“3”等，共 4 处'
		],
		[
			'more than three (en)',
			'modified',
			[p(1, '1'), p(0, 'x'), p(1, '2'), p(0, 'x'), p(1, '3'), p(0, 'x'), p(1, '4')],
			'en',
			'added “1”; added “2”; added “3” … 4 changes in all'
		],
		[
			'long edit cut',
			'modified',
			[p(1, '一二三四五六七八九十一二三四五六七八')],
			'zh',
			'＋“一二三四五六七八九十一二三四五六…”'
		],
		// Read right to left, the old words stand first (on the right): the arrow points left, to the new.
		['replacement (ar)', 'modified', [p(-1, 'تهيب'), p(1, 'تحث'), p(0, ' مجددا')], 'ar', '«تهيب»←«تحث»'],
		[
			'replacement (fr)',
			'modified',
			[p(-1, 'Demande'), p(1, 'Exhorte')],
			'fr',
			'«\u202fDemande\u202f»→«\u202fExhorte\u202f»'
		],
		['inserted row', 'inserted', [p(1, 'x')], 'zh', '新增段落'],
		['deleted row', 'deleted', [p(-1, 'x')], 'en', 'paragraph deleted'],
		['moved as is', 'moved', [p(0, 'x')], 'zh', '仅位置移动'],
		['unchanged', 'unchanged', [p(0, 'x')], 'zh', '']
	];
	it.each(cases)('%s', (_, status, pieces, locale, expected) => {
		expect(summarizeChange(status, pieces, locale)).toBe(expected);
	});
});

describe('truncate', () => {
	it.each([
		['short', 3, 'short'.slice(0, 3) + '…'],
		['abc', 3, 'abc'],
		// Characters outside the BMP count once and are never cut in half.
		['𠀀𠀁𠀂𠀃', 2, '𠀀𠀁…']
	])('%s to %i', (text, max, expected) => {
		expect(truncate(text, max)).toBe(expected);
	});
});

describe('KIND_NAMES', () => {
	it.each([
		['title', 'fr', 'Titre', 'Titre {n}'],
		['closing', 'ar', 'الختام', 'الختام {n}'],
		['operative', 'en', 'OP', 'OP {n}'],
		['operative', 'fr', 'Dispositif', 'Par. {n} du dispositif'],
		['preamble', 'ru', 'Преамбула', 'П. {n} преамбулы']
	] as const)(
		'%s in %s: the word, and the number after it unless the language words it otherwise',
		(kind, locale, word, numbered) => {
			expect(KIND_NAMES[kind][locale]).toEqual({ word, numbered });
		}
	);

	it('every numbered form holds the number once', () => {
		for (const names of Object.values(KIND_NAMES)) {
			for (const name of Object.values(names)) expect(name.numbered.split('{n}')).toHaveLength(2);
		}
	});
});
