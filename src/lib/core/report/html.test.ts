import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Comparison, Paragraph } from '../types';
import {
	emptyComparison,
	hostileComparison,
	oneSidedComparison,
	sampleComparison,
	HOSTILE
} from '../../testing/report-fixtures';
import { escapeHtml, renderHtml } from './html';
import { printNumber } from './labels';
import { prepareReport, showControls } from './model';

/** The tags and attributes the report is made of; anything else would have come from a document. */
const TAGS = new Set([
	'html',
	'head',
	'meta',
	'title',
	'style',
	'body',
	'header',
	'main',
	'section',
	'h1',
	'h2',
	'p',
	'ul',
	'li',
	'table',
	'colgroup',
	'col',
	'thead',
	'tbody',
	'tr',
	'th',
	'td',
	'span',
	'b',
	'del',
	'ins',
	'sup',
	'br',
	'input',
	'label',
	'bdi'
]);
const ATTRIBUTES = new Set([
	'lang',
	'dir',
	'charset',
	'name',
	'content',
	'http-equiv',
	'class',
	'id',
	'scope',
	'colspan',
	'type',
	'for',
	'checked',
	'aria-label',
	'data-status',
	'data-routine'
]);

/** Decodes the entities escapeHtml writes (numeric ones only). */
function decode(text: string): string {
	return text.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}

/** The text a reader sees in one cell of a row: paragraphs on lines, numbers before texts, marks left out. */
function cellText(html: string, row: number, side: 'old' | 'new'): string | null {
	const tr = new RegExp(`<tr id="row-${row}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
	const td = tr && new RegExp(`<td class="side ${side}[^"]*"[^>]*>([\\s\\S]*?)</td>`).exec(tr)?.[1];
	if (td === undefined || td === null) return null;
	return decode(
		td
			.replace(/<(del|ins) class="pilcrow">¶<\/\1>/g, '')
			.replace(/<sup class="fn">[^<]*<\/sup>/g, '')
			.replace(/<\/p><p>/g, '\n')
			.replace(/<br>/g, '\n')
			.replace(/<[^>]+>/g, '')
	);
}

/** How a paragraph reads in a cell: its number, then its text. */
const shown = (paragraphs: Paragraph[]) =>
	paragraphs.map((p) => (printNumber(p) ?? '') + showControls(p.text)).join('\n');

describe('renderHtml: one self-contained page', () => {
	const html = renderHtml(sampleComparison());
	it('fetches nothing and runs nothing', () => {
		expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-Hans" dir="ltr">')).toBe(true);
		expect(html).toContain(
			`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
		);
		for (const needle of ['<script', '<link', ' src=', ' href=', 'url(', '@import', '//'])
			expect(html).not.toContain(needle);
	});
	it('uses only its own tags and attributes', () => {
		for (const [, tag, attributes] of html.matchAll(/<([a-z0-9]+)((?:\s[^>]*)?)>/g)) {
			expect(TAGS, tag).toContain(tag);
			const names = attributes.replace(/="[^"]*"/g, '');
			for (const [, name] of names.matchAll(/\s([a-z-]+)/g)) expect(ATTRIBUTES, name).toContain(name);
		}
	});
	it('prints landscape and hides the toggle on paper', () => {
		expect(html).toContain('@page { size: A4 landscape;');
		expect(html).toMatch(/@media print \{[\s\S]*\.toggle, \.toggle-label \{ display: none; \}/);
	});
});

describe('renderHtml: rows side by side', () => {
	const cmp = sampleComparison();
	const html = renderHtml(cmp);
	const model = prepareReport(cmp);
	it('gives each row its status and routine attributes, label and status name', () => {
		for (const row of model.rows) {
			expect(html).toContain(
				`<tr id="row-${row.index}" class="row" data-status="${row.status}" data-routine="${row.routine}">`
			);
			expect(html).toContain(
				`<span class="row-label">${escapeHtml(row.label)}</span><span class="status">${escapeHtml(row.statusName)}</span>`
			);
		}
	});
	it('shows the old version on the left and the new on the right, nothing lost', () => {
		for (const row of model.rows) {
			expect(cellText(html, row.index, 'old')).toBe(shown(row.old));
			expect(cellText(html, row.index, 'new')).toBe(shown(row.new));
		}
	});
	it('marks changes and paragraph breaks, bold verbs and footnote marks', () => {
		expect(html).toContain('铭记多边谈判的<del>结</del>果，');
		expect(html).toContain('<del class="routine">66/32</del>');
		expect(html).toContain('<ins class="routine">75/47</ins>');
		expect(html).toContain(
			'<ins>；</ins><ins class="pilcrow">¶</ins></p><p><span class="num">3.</span><b>呼吁</b>各国'
		);
		expect(html).toContain('号决议<sup class="fn">1</sup>，');
		expect(html).toMatch(/<td class="side new empty"><\/td><\/tr>/);
	});
	it('starts with unchanged rows hidden on request', () => {
		expect(html).toContain('<input type="checkbox" id="only-changes" class="toggle">');
		expect(renderHtml(cmp, { changesOnly: true })).toContain(
			'<input type="checkbox" id="only-changes" class="toggle" checked>'
		);
	});
	it('lists the footnotes of both versions', () => {
		expect(html).toContain(
			'<tr><th>2</th><td lang="zh-Hans" dir="ltr"></td><td lang="zh-Hans" dir="ltr">见 A/74/548，附件。</td></tr>'
		);
	});
});

describe('renderHtml: hostile text stays text', () => {
	const cmp = hostileComparison();
	const html = renderHtml(cmp);
	it('escapes every piece of document text', () => {
		expect(html).not.toMatch(/<script|<img|<i>|<b>A/i);
		expect(html).not.toContain('onerror="');
		expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
		expect(html).toContain('A &#38; B &#38;amp; C &#38;lt;');
		for (const [, tag] of html.matchAll(/<([a-z0-9]+)[\s>]/g)) expect(TAGS, tag).toContain(tag);
	});
	it('keeps the text readable after escaping', () => {
		const model = prepareReport(cmp);
		for (const row of model.rows) {
			expect(cellText(html, row.index, 'old')).toBe(shown(row.old));
			expect(cellText(html, row.index, 'new')).toBe(shown(row.new));
		}
		expect(decode(html)).toContain(`<title>${'<b>A/RES/1</b>'} → ${'<i>A/RES/2</i>'} · ${HOSTILE.img}</title>`);
	});
	it.skipIf(!existsSync('/usr/bin/chromium'))('runs no script and shows no image in a real browser', async () => {
		const { chromium } = await import('playwright-core');
		const browser = await chromium.launch({
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu']
		});
		try {
			const page = await browser.newPage();
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			await page.setContent(html, { waitUntil: 'load' });
			const found = await page.evaluate(() => ({
				active: document.querySelectorAll('script, img, iframe, object, embed, a, form').length,
				text: document.body.innerText
			}));
			expect(dialogs).toEqual([]);
			expect(found.active).toBe(0);
			expect(found.text).toContain(HOSTILE.script);
			expect(found.text).toContain(HOSTILE.js);
		} finally {
			await browser.close();
		}
	});
});

describe('renderHtml: edge cases', () => {
	const cases: [string, () => Comparison, string[]][] = [
		[
			'empty comparison',
			emptyComparison,
			['<tr><td colspan="3">没有可对照的段落。</td></tr>', '<li>警告：旧文本（old.txt）没有段落：所有行均为新增</li>']
		],
		[
			'old side empty',
			() => oneSidedComparison('old'),
			['<td class="side old empty"></td>', '<title>empty.txt → A/RES/76/40 · 决议文本对照</title>']
		],
		['new side empty', () => oneSidedComparison('new'), ['<td class="side new empty"></td>', '原序言 1']]
	];
	it.each(cases)('%s', (_, make, expected) => {
		const html = renderHtml(make());
		for (const piece of expected) expect(html).toContain(piece);
		expect(html.trimEnd().endsWith('</html>')).toBe(true);
	});
	it('speaks English when asked', () => {
		const html = renderHtml(sampleComparison(), { locale: 'en' });
		expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
		expect(html).toContain('<span class="row-label">PP 2 (was PP 5)</span><span class="status">moved</span>');
	});
});
