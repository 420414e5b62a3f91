import { describe, expect, it } from 'vitest';
import type { Comparison } from '../types';
import {
	emptyComparison,
	hostileComparison,
	oneSidedComparison,
	sampleComparison,
	HOSTILE
} from '../../testing/report-fixtures';
import { prepareReport, showControls } from './model';
import { elidePieces, renderInline, renderTextReport } from './text';

/** Reads the marks back: the old text keeps [-…-] and drops {+…+}; the new text the other way round. */
function unmark(line: string): { old: string; new: string } {
	const old = line.replace(/\{\+[\s\S]*?\+\}/g, '').replace(/\[-([\s\S]*?)-\]/g, '$1');
	const neu = line.replace(/\[-[\s\S]*?-\]/g, '').replace(/\{\+([\s\S]*?)\+\}/g, '$1');
	return { old: old.replace(/¶\n/g, '\n'), new: neu.replace(/¶\n/g, '\n') };
}

describe('renderTextReport', () => {
	const sample = sampleComparison();
	const text = renderTextReport(sample);

	it('names both versions and gives the summary in the header', () => {
		const [first, old, neu, summary, legend] = text.split('\n');
		expect(first).toBe('A/RES/67/38 → A/RES/76/40');
		expect(old).toBe('旧：A/RES/67/38 · 2012-12-03 · 促进裁军和不扩散领域的多边主义（A-RES-67-38.zh.txt）');
		expect(neu).toBe('新：A/RES/76/40 · 2021-12-06 · 促进裁军和不扩散领域的多边主义（A-RES-76-40.zh.txt）');
		expect(summary).toBe(prepareReport(sample).summary);
		expect(legend).toBe('标记：[-删除-] {+插入+}');
	});

	it('prints every changed row with label and status, each status once at least', () => {
		const model = prepareReport(sample);
		for (const row of model.rows.filter((r) => r.status !== 'unchanged')) {
			expect(text).toContain(`── ${row.label} · ${row.statusName} ──`);
		}
		for (const status of ['修改', '修改（例行）', '新增', '删除', '移动', '拆分', '合并'])
			expect(text).toContain(` · ${status} ──`);
	});

	it('shows each change inline so that both texts can be read back', () => {
		const model = prepareReport(sample);
		const blocks = text.split('\n\n').slice(1);
		for (const row of model.rows.filter((r) => r.status !== 'unchanged')) {
			const block = blocks.find((b) => b.startsWith(`── ${row.label} · `))!;
			const body = block.slice(block.indexOf('\n') + 1);
			expect(unmark(body)).toEqual({ old: row.oldText, new: row.newText });
		}
	});

	it('lists unchanged rows by label unless asked for all', () => {
		expect(text).toContain('未改动的段落（4）：标题、其他、序言 1、执行 1（使用 all 选项显示全文）');
		expect(text).not.toContain('── 序言 1 · 未改动 ──');
		const all = renderTextReport(sample, { all: true });
		expect(all).toContain('── 序言 1 · 未改动 ──\n决心促进严格遵循《联合国宪章》所载宗旨和原则，');
		expect(all).not.toContain('未改动的段落');
	});

	it('lists footnotes, once when both versions have the same text', () => {
		expect(text).toContain('脚注\n1 第 55/2 号决议。\n2 [新] 见 A/74/548，附件。\n');
	});

	it('speaks English when asked', () => {
		const en = renderTextReport(sample, { locale: 'en' });
		expect(en).toContain('Old: A/RES/67/38 · 2012-12-03');
		expect(en).toContain('── PP 2 (was PP 5) · moved ──');
		expect(en).toContain('Marks: [-deleted-] {+inserted+}');
	});

	it('adds ANSI colour only when asked, keeping the marks', () => {
		expect(text).not.toContain('\u001b');
		const colored = renderTextReport(sample, { color: true });
		// The app's colours: deletions vermilion, insertions blue (xterm 166 and 32).
		expect(colored).toContain('\u001b[38;5;166m[-结-]\u001b[0m\u001b[38;5;32m{+成+}\u001b[0m');
		// Routine changes in quieter tones of the same hues.
		expect(colored).toContain('\u001b[38;5;137m[-11-]\u001b[0m');
		expect(colored).not.toMatch(/\u001b\[3[12]m/);
		// Without the escapes the coloured text is the plain text.
		expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
	});

	it('cuts long unchanged stretches with context', () => {
		const cut = renderTextReport(sample, { context: 2 });
		expect(cut).toContain('…判的[-结-]{+成+}果，');
		expect(cut).toContain('…20[-11-]{+20+} 年…月 [-2-]{+7+} 日第 [-66/32-]{+75/47+} 号…');
		expect(cut).toContain('强调{+指出+}国际…作出{+极其+}重要{+的+}贡献，');
	});
});

describe('renderTextReport: hostile text stays text', () => {
	const text = renderTextReport(hostileComparison());
	it('prints markup as it is and no terminal escape from the document', () => {
		expect(text).toContain(HOSTILE.script);
		expect(text).toContain(HOSTILE.img);
		expect(text).not.toContain('\u001b');
		expect(text).not.toContain('\u0007');
		expect(text).toContain(showControls(HOSTILE.escape));
	});
	it('keeps the document control characters visible even in colour', () => {
		const colored = renderTextReport(hostileComparison(), { color: true });
		const ours = colored.replace(/\u001b\[[0-9;]*m/g, '');
		expect(ours).not.toContain('\u001b');
	});
});

describe('renderTextReport: edge cases', () => {
	const cases: [string, () => Comparison, string[]][] = [
		['empty comparison', emptyComparison, ['没有可对照的段落。', '警告：旧文本（old.txt）没有段落：所有行均为新增']],
		[
			'old side empty',
			() => oneSidedComparison('old'),
			['── 序言 1 · 新增 ──\n{+决心', '── 执行 1 · 新增 ──\n{+重申多边主义是核心原则；+}']
		],
		['new side empty', () => oneSidedComparison('new'), ['── 原序言 1 · 删除 ──\n[-决心', '── 原执行 1 · 删除 ──']]
	];
	it.each(cases)('%s', (_, make, expected) => {
		const text = renderTextReport(make());
		for (const piece of expected) expect(text).toContain(piece);
		expect(text.endsWith('\n')).toBe(true);
	});
});

describe('elidePieces and renderInline', () => {
	const p = (op: -1 | 0 | 1, text: string) => ({ op, text, routine: false });
	const cases: [string, ReturnType<typeof p>[], number, string][] = [
		['keeps short equal text', [p(0, 'abc'), p(1, 'x'), p(0, 'def')], 3, 'abc{+x+}def'],
		['cuts the middle of a long stretch', [p(1, 'x'), p(0, 'abcdefghij'), p(-1, 'y')], 2, '{+x+}ab…ij[-y-]'],
		[
			'keeps only the side that touches a change at the ends',
			[p(0, 'abcdefghij'), p(1, 'x'), p(0, 'klmnopqrst')],
			2,
			'…ij{+x+}kl…'
		],
		['context 0', [p(0, 'abcdefghij'), p(1, 'x')], 0, '…{+x+}'],
		['marks a paragraph break inside a change', [p(0, 'a'), p(1, '；\n'), p(0, 'b')], 100, 'a{+；¶\n+}b']
	];
	it.each(cases)('%s', (_, pieces, context, expected) => {
		expect(renderInline(elidePieces(pieces, context), false)).toBe(expected);
	});
});
