import { describe, expect, it } from 'vitest';
import type { Comparison } from '../types';
import {
	emptyComparison,
	hostileComparison,
	oneSidedComparison,
	sampleComparison,
	HOSTILE
} from '../../testing/report-fixtures';
import { escapeMarkdown, renderMarkdown } from './markdown';
import { prepareReport, showControls } from './model';
import { compareDocuments } from '../compare';
import { makeDocument } from '../../testing/documents';

/** What a CommonMark reader makes of escaped text: backslash escapes and entities undone. */
function unescape(text: string): string {
	return text
		.replace(/\\([!-/:-@[-`{-~])/g, '$1')
		.replace(/&#32;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Reads a row's body back into both texts: <del> is old only, <ins> new only, ¶<br> a paragraph break. */
function readBack(body: string): { old: string; new: string } {
	const breaks = (s: string) => s.replace(/¶<br>\n/g, '\n').replace(/<br>\n/g, '\n');
	const old = breaks(body.replace(/<ins>[\s\S]*?<\/ins>/g, '')).replace(/<\/?del>/g, '');
	const neu = breaks(body.replace(/<del>[\s\S]*?<\/del>/g, '')).replace(/<\/?ins>/g, '');
	return { old: unescape(old), new: unescape(neu) };
}

describe('escapeMarkdown', () => {
	const cases: [string, string, string][] = [
		['Chinese text untouched', '重申多边主义是核心原则；', '重申多边主义是核心原则；'],
		['symbols stay readable', 'A/RES/76/40 和 A/76/444', 'A/RES/76/40 和 A/76/444'],
		['emphasis and code', '**粗** _斜_ `码`', '\\*\\*粗\\*\\* \\_斜\\_ \\`码\\`'],
		['link', '[链接](javascript:x)', '\\[链接\\](javascript:x)'],
		['HTML', '<script>&amp;', '&lt;script&gt;&amp;amp;'],
		['table cell', 'a | b', 'a \\| b'],
		['heading at line start', '# 标题', '\\# 标题'],
		['list at line start', '1. 重申', '1\\. 重申'],
		['list after a break', 'a\n- b', 'a\n\\- b'],
		['block quote', '> 引', '&gt; 引'],
		['indented code', '    代码', '&#32;&#32;&#32;&#32;代码'],
		[
			'autolink',
			'http://example.invalid www.example.invalid a@b.c',
			'http\\://example.invalid www\\.example.invalid a\\@b.c'
		],
		['strikethrough', '~~删~~', '\\~\\~删\\~\\~'],
		['control characters', 'a\u001bb', 'a␛b']
	];
	it.each(cases)('%s', (_, input, expected) => {
		expect(escapeMarkdown(input)).toBe(expected);
		expect(unescape(escapeMarkdown(input))).toBe(showControls(input));
	});
	it('leaves the start alone when the text does not start a line', () => {
		expect(escapeMarkdown('1. x', false)).toBe('1. x');
		expect(escapeMarkdown(' x', false)).toBe(' x');
	});
});

describe('renderMarkdown', () => {
	const cmp = sampleComparison();
	const md = renderMarkdown(cmp);
	const model = prepareReport(cmp);
	it('opens with the title, both documents and the summary', () => {
		expect(
			md.startsWith(
				'# 促进裁军和不扩散领域的多边主义\n\n决议文本对照：A/RES/67/38 → A/RES/76/40\n\n| | 旧文本 | 新文本 |\n| --- | --- | --- |\n| 文号 | A/RES/67/38 | A/RES/76/40 |'
			)
		).toBe(true);
		expect(md).toContain(`**${model.summary}**`);
	});
	it('gives each changed row a heading and its change, readable back into both texts', () => {
		const sections = md.split('\n## ').slice(1);
		for (const row of model.rows.filter((r) => r.status !== 'unchanged')) {
			const section = sections.find((s) => s.startsWith(`${escapeMarkdown(row.label)} · ${row.statusName}\n`))!;
			expect(section, row.label).toBeDefined();
			const body = section.split('\n\n')[1].replace(/\n$/, '');
			expect(readBack(body)).toEqual({ old: row.oldText, new: row.newText });
		}
	});
	it('lists unchanged rows, or prints them with all', () => {
		expect(md).toContain('## 未改动的段落（4）\n\n标题、其他、序言 1、执行 1\n');
		expect(renderMarkdown(cmp, { all: true })).toContain(
			'## 序言 1 · 未改动\n\n决心促进严格遵循《联合国宪章》所载宗旨和原则，\n'
		);
	});
	it('writes ~~ and ** instead of tags on request', () => {
		const plain = renderMarkdown(cmp, { marks: 'plain' });
		expect(plain).toContain('铭记多边谈判的~~结~~**成**果，');
		expect(plain).not.toMatch(/<(del|ins)>/);
	});
	it('lists the footnotes of both versions', () => {
		expect(md).toContain(
			'## 脚注\n\n| | 旧文本 | 新文本 |\n| --- | --- | --- |\n| 1 | 第 55/2 号决议。 | 第 55/2 号决议。 |\n| 2 | — | 见 A/74/548，附件。 |\n'
		);
	});
});

describe('renderMarkdown: hostile text stays text', () => {
	const cmp = hostileComparison();
	const md = renderMarkdown(cmp);
	it('lets no tag of the document through', () => {
		for (const [tag] of md.matchAll(/<\/?[a-z][^>]*>/gi))
			expect(['<del>', '</del>', '<ins>', '</ins>', '<br>']).toContain(tag);
		expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
		expect(md).not.toContain('\u001b');
	});
	it('keeps every hostile text readable', () => {
		const model = prepareReport(cmp);
		const sections = md.split('\n## ').slice(1);
		for (const row of model.rows.filter((r) => r.status !== 'unchanged')) {
			const section = sections.find((s) => s.startsWith(`${escapeMarkdown(row.label)} · `))!;
			expect(readBack(section.split('\n\n')[1].replace(/\n$/, ''))).toEqual({
				old: showControls(row.oldText),
				new: showControls(row.newText)
			});
		}
		expect(unescape(md)).toContain(`# ${HOSTILE.img}`);
	});
});

describe('renderMarkdown: edge cases', () => {
	const cases: [string, () => Comparison, string[]][] = [
		[
			'empty comparison',
			emptyComparison,
			['**没有可对照的段落。**', '> **警告**：新文本（new.txt）没有段落：所有行均为删除']
		],
		[
			'old side empty',
			() => oneSidedComparison('old'),
			['## 序言 1 · 新增\n\n<ins>决心', '| 文号 | — | A/RES/76/40 |']
		],
		['new side empty', () => oneSidedComparison('new'), ['## 原执行 1 · 删除\n\n<del>重申']]
	];
	it.each(cases)('%s', (_, make, expected) => {
		const md = renderMarkdown(make());
		for (const piece of expected) expect(md).toContain(piece);
	});
});

describe('renderMarkdown: right to left', () => {
	// Arabic OP 7 of A/RES/76/40 against A/RES/75/47: last year's resolution number replaced.
	const op = (number: string) =>
		`تحيط علما بتقرير الأمين العام المقدم عملا بالقرار ${number}، الذي يتضمن ردود الدول الأعضاء`;
	const cmp = compareDocuments(
		makeDocument([['operative', op('74/55')]], { language: 'ar', source: 'old.txt' }),
		makeDocument([['operative', op('75/47')]], { language: 'ar', source: 'new.txt' })
	);
	it('isolates each change, so two numbers side by side keep the old one first', () => {
		const md = renderMarkdown(cmp);
		expect(md).toContain('<del><bdi>74/55</bdi></del><ins><bdi>75/47</bdi></ins>');
		expect(
			readBack(
				md
					.split('\n## ')[1]
					.split('\n\n')[1]
					.replace(/<\/?bdi>/g, '')
					.trim()
			)
		).toEqual({
			old: op('74/55'),
			new: op('75/47')
		});
	});
	it('isolates with FSI…PDI in plain marks', () => {
		expect(renderMarkdown(cmp, { marks: 'plain' })).toContain('~~\u206874/55\u2069~~**\u206875/47\u2069**');
	});
	it('leaves a left-to-right report as it was', () => {
		expect(renderMarkdown(cmp, { locale: 'en' })).toContain('<del>74/55</del><ins>75/47</ins>');
	});
});
