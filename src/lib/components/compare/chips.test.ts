import { describe, expect, it } from 'vitest';
import type { Paragraph, ResolutionDocument } from '../../core/types';
import { labelParagraphs as labelForReports } from '../../core/report/labels';
import { MESSAGES } from '../../i18n/messages';
import { loadSeed, SEED_FILES } from '../../testing/seeds';
import { isOperative, chipParagraphs } from './chips';

function doc(paragraphs: Paragraph[]): ResolutionDocument {
	return { meta: { symbol: null, session: null, date: null, title: null, source: 'test' }, paragraphs, footnotes: [] };
}

describe('chipParagraphs', () => {
	const paragraphs: Paragraph[] = [
		{ id: 'p1', kind: 'title', number: null, text: '促进裁军和不扩散领域的多边主义' },
		{ id: 'p2', kind: 'heading', number: null, text: '大会，' },
		{ id: 'p3', kind: 'preamble', number: null, text: '决心促进严格遵循《联合国宪章》所载宗旨和原则，' },
		{ id: 'p4', kind: 'preamble', number: null, text: '回顾其决议，' },
		{ id: 'p5', kind: 'operative', number: '1', text: '重申多边主义是核心原则；' },
		{ id: 'p6', kind: 'operative', number: '2', text: '请秘书长：' },
		{ id: 'p7', kind: 'subparagraph', number: '(a)', text: '征求会员国意见；', parent: 'p6' },
		{ id: 'p8', kind: 'subparagraph', number: '(b)', text: '孤立的分段' },
		{ id: 'p9', kind: 'operative', number: null, text: '没有编号的执行段落' },
		{ id: 'p10', kind: 'closing', number: null, text: '第 45 次全体会议' },
		{ id: 'p11', kind: 'other', number: null, text: '……' }
	];
	const labels = chipParagraphs(doc(paragraphs), MESSAGES.zh, 'zh');
	const english = chipParagraphs(doc(paragraphs), MESSAGES.en, 'en');

	it.each([
		{ id: 'p1', chip: '标题', code: null },
		{ id: 'p2', chip: '开头', code: null },
		{ id: 'p3', chip: '序言 1', code: 'PP1' },
		{ id: 'p4', chip: '序言 2', code: 'PP2' },
		{ id: 'p5', chip: '执行 1', code: 'OP1' },
		{ id: 'p6', chip: '执行 2', code: 'OP2' },
		{ id: 'p7', chip: '执行 2 (a)', code: 'OP2(a)' },
		{ id: 'p8', chip: '分段 (b)', code: '(b)' },
		{ id: 'p9', chip: '执行 3', code: 'OP3' },
		{ id: 'p10', chip: '结尾', code: null },
		{ id: 'p11', chip: '其他', code: null }
	])('$id → $chip', ({ id, chip, code }) => {
		expect(labels.get(id)?.chip).toBe(chip);
		expect(labels.get(id)?.code).toBe(code);
		expect(labels.get(id)?.spoken).toContain(chip.split(' ')[0]);
	});

	it.each([
		{ id: 'p1', chip: 'Title', spoken: 'Title' },
		{ id: 'p3', chip: 'PP 1', spoken: 'preambular paragraph 1' },
		{ id: 'p5', chip: 'OP 1', spoken: 'operative paragraph 1' },
		{ id: 'p7', chip: 'OP 2 (a)', spoken: 'OP 2 (a) (OP2(a))' }
	])('in English: $id → $chip', ({ id, chip, spoken }) => {
		expect(english.get(id)?.chip).toBe(chip);
		expect(english.get(id)?.spoken).toBe(spoken);
	});

	it('operative part: operative paragraphs and subparagraphs only', () => {
		expect(paragraphs.filter(isOperative).map((p) => p.id)).toEqual(['p5', 'p6', 'p7', 'p8', 'p9']);
	});
});

describe('an unnumbered operative paragraph over numbered ones (the real A/RES/73/3’s "Adopts …:")', () => {
	const paragraphs: Paragraph[] = [
		{ id: 'p1', kind: 'operative', number: null, text: 'Adopts the following political declaration:' },
		{ id: 'p2', kind: 'operative', number: '1', text: 'Reaffirm the 2030 Agenda;' },
		{ id: 'p3', kind: 'operative', number: '2', text: 'Further reaffirm the 2016 declaration;' }
	];
	it('goes without a number rather than as a second OP 1, on the page and in the reports', () => {
		const chips = chipParagraphs(doc(paragraphs), MESSAGES.en, 'en');
		expect(['p1', 'p2', 'p3'].map((id) => chips.get(id)?.chip)).toEqual(['OP', 'OP 1', 'OP 2']);
		expect(chips.get('p1')?.code).toBeNull();
		expect(chips.get('p1')?.spoken).toBe('OP');
		expect([...labelForReports(doc(paragraphs), 'zh').values()]).toEqual(['执行', '执行 1', '执行 2']);
	});
});

describe('labels on the page and in reports', () => {
	it.each(Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[])('name every paragraph of %s alike', (symbol) => {
		const seed = loadSeed(symbol);
		for (const locale of ['zh', 'en'] as const) {
			const page = chipParagraphs(seed, MESSAGES[locale], locale);
			const reports = labelForReports(seed, locale);
			expect(page.size).toBe(seed.paragraphs.length);
			for (const p of seed.paragraphs) expect(page.get(p.id)?.chip).toBe(reports.get(p.id));
		}
	});

	it('cite subparagraphs through their parents', () => {
		const labels = chipParagraphs(
			doc([
				{ id: 'p1', kind: 'preamble', number: null, text: '注意到：' },
				{ id: 'p2', kind: 'subparagraph', number: '(a)', text: '……；', parent: 'p1' },
				{ id: 'p3', kind: 'operative', number: '5', text: '请：' },
				{ id: 'p4', kind: 'subparagraph', number: '(a)', text: '……：', parent: 'p3' },
				{ id: 'p5', kind: 'subparagraph', number: '(i)', text: '……；', parent: 'p4' }
			]),
			MESSAGES.zh,
			'zh'
		);
		expect([...labels.values()].map((l) => [l.chip, l.code])).toEqual([
			['序言 1', 'PP1'],
			['序言 1 (a)', 'PP1(a)'],
			['执行 5', 'OP5'],
			['执行 5 (a)', 'OP5(a)'],
			['执行 5 (a) (i)', 'OP5(a)(i)']
		]);
		expect(labels.get('p5')?.spoken).toBe('执行 5 (a) (i) (OP5(a)(i))');
	});
});
