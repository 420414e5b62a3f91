// The interface in Chinese and in English, one language at a time: the browser's language decides, the
// header switches and the choice is remembered, `?lang=` in any address sets it, a prerendered page paints
// in the reader's language before its scripts run, and an English comparison shows no Chinese outside the
// documents. Also the type of each script: document text in its language's faces, with its own lang.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOWCASE, at, chooseFiles, useBrowser, waitForRows } from './ui-support';

const session = useBrowser({ folder: 'lang' });

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const REAL = join(resolve('.'), 'tests', 'fixtures', 'real');
const OLD_EN = join(REAL, 'A-RES-80-67.en.txt');
/** A real UN PDF (A/RES/73/6), and the text of the same resolution as a PDF tool extracts it. */
const PDF_EN = join(REAL, 'A-RES-73-6.en.pdf');
const PDF_EN_TEXT = join(REAL, 'A-RES-73-6.en.txt');

let newEn: string;
let nextPdfEn: string;

beforeAll(async () => {
	// Next year's text, as the Assembly would re-adopt it: two routine updates and two real changes.
	const text = readFileSync(OLD_EN, 'utf8');
	const edits: [string, string][] = [
		[
			'the latest of which is resolution 79/74 of 2 December 2024',
			'the latest of which is resolution 80/67 of 1 December 2025'
		],
		['Noting that 187 States have signed', 'Noting that 188 States have signed'],
		['4. Calls for immediate steps', '4. Urges immediate and concrete steps'],
		['at its eighty-first session on the implementation', 'at its eighty-second session on the implementation'],
		['agenda of its eighty-first session', 'agenda of its eighty-second session']
	];
	let next = text;
	for (const [from, to] of edits) {
		expect(next).toContain(from);
		next = next.replace(from, to);
	}
	newEn = session.file('A-RES-81-xx.en.txt', next);
	// A/RES/73/6 re-adopted: one more resolution recalled, and one operative verb changed.
	let pdfNext = readFileSync(PDF_EN_TEXT, 'utf8');
	for (const [from, to] of [
		['72/79\nof 7 December 2017,', '72/79\nof 7 December 2017 and 73/91 of 7 December 2018,'],
		['13. Urges the Secretary-General', '13. Requests the Secretary-General']
	]) {
		expect(pdfNext).toContain(from);
		pdfNext = pdfNext.replace(from, to);
	}
	nextPdfEn = session.file('A-RES-73-6.next.en.txt', pdfNext);
}, 60_000);

/** Text of the page that is not document text (not inside an element of the documents' language), with labels and tooltips. */
function interfaceText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const parts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const host = node.parentElement;
			if (!host || host.closest('[hidden], script, style')) continue;
			// The language switch names each language in itself; documents' text carries its own lang.
			if (host.closest('[lang]') !== document.documentElement && host.closest('[lang]')?.getAttribute('lang') !== 'en')
				continue;
			if (getComputedStyle(host).display === 'none') continue;
			parts.push(node.nodeValue ?? '');
		}
		for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
			const scope = el.closest('[lang]');
			if (scope && scope !== document.documentElement && scope.getAttribute('lang') !== 'en') continue;
			parts.push(
				el.getAttribute('aria-label') ?? '',
				el.getAttribute('title') ?? '',
				el.getAttribute('placeholder') ?? ''
			);
		}
		return parts.join(' ') + ' ' + document.title;
	});
}

describe('the interface language', { timeout: 120_000 }, () => {
	it('follows the browser, switches in the header, and is remembered', async () => {
		const { page } = await session.open({ locale: 'en-US' });
		await page.goto(at('/'));
		await page.locator('[data-action=compare]').waitFor();
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').innerText()).toBe(
			'See exactly what changed between two versions of a UN resolution'
		);
		expect(await page.locator('[data-action=compare]').innerText()).toBe('Compare');
		expect(await page.title()).toMatch(/^resodiff · UN resolution/);
		await page.locator('button[data-locale=zh]').click();
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
		expect(await page.locator('h1').innerText()).toBe('一眼看清两版决议之间改了什么');
		expect(await page.locator('button[data-locale=zh]').getAttribute('aria-pressed')).toBe('true');
		// One language at a time: no English words left beside the Chinese.
		expect(await page.locator('h1').textContent()).toBe('一眼看清两版决议之间改了什么');
		await page.reload();
		await page.locator('[data-action=compare]').waitFor();
		expect(await page.locator('h1').innerText()).toBe('一眼看清两版决议之间改了什么');
		expect(await page.title()).toMatch(/联合国决议版本比较/);
		await page.context().close();
	});

	it('?lang= in any address sets it, and the switch keeps the address in step', async () => {
		const { page } = await session.open({ locale: 'zh-CN' });
		await page.goto(at(`${SHOWCASE}&lang=en`));
		await waitForRows(page);
		expect(await page.locator('[data-filter=onlyChanges]').innerText()).toBe('Changes only');
		expect(await page.locator('article.row[data-status=modified] .badge').first().innerText()).toBe('modified');
		expect(await page.locator('article.row .cell.new .chip').nth(2).innerText()).toBe('PP 1');
		await page.locator('button[data-locale=zh]').click();
		expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
		expect(await page.locator('[data-filter=onlyChanges]').innerText()).toBe('只看改动');
		expect(await page.locator('article.row .cell.new .chip').nth(2).innerText()).toBe('序言 1');
		await page.context().close();
	});

	it('a prerendered page paints in the reader’s language before any of its scripts has run', async () => {
		const { page } = await session.open({ locale: 'en-GB', waitForApp: false });
		// The app's scripts never arrive: what shows is the prerendered page and the inlined language choice.
		await page.route('**/_app/**/*.js', (route) => route.abort());
		await page.goto(at('/'));
		expect(await page.locator('h1').innerText()).toBe(
			'See exactly what changed between two versions of a UN resolution'
		);
		expect(await page.locator('h2#own-title').innerText()).toBe('Compare your own texts');
		expect(await page.title()).toMatch(/^resodiff · UN resolution/);
		await page.goto(at('/series/multilateralism-disarmament'));
		expect(await page.locator('.head .kicker').innerText()).toMatch(/^Series/);
		await page.goto(at(`${SHOWCASE}&lang=zh`));
		expect(await page.locator('.loading').innerText()).toMatch(/正在读取并比较/);
		expect(CJK.test(await page.locator('header.site').innerText())).toBe(true);
		await page.context().close();
	});

	it('an English comparison from end to end: no Chinese on the page outside the documents', async () => {
		const { page, errors } = await session.compareFiles(OLD_EN, newEn, { locale: 'en-US' });
		await waitForRows(page);
		expect(await page.title()).toBe('A/RES/80/67 → A/RES/80/67 · resodiff');
		// The documents' text is marked English, and so set in a Latin face, never a CJK one.
		const cells = page.locator('article.row .cell.new');
		expect(await cells.first().getAttribute('lang')).toBe('en');
		const face = await cells.first().evaluate((el) => getComputedStyle(el).fontFamily);
		expect(face).not.toMatch(/^['"]?Noto Serif CJK/);
		// Quotes and apostrophes at their width: ’ in English text is narrower than half an em.
		const apostrophe = await page
			.locator('.para', { hasText: 'Israel’s accession' })
			.first()
			.evaluate((para) => {
				const probe = document.createElement('span');
				probe.textContent = '’';
				para.querySelector('.text')?.append(probe);
				const ratio = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
				probe.remove();
				return ratio;
			});
		expect(apostrophe).toBeLessThan(0.5);
		// Alphabetic text is never stretched letter by letter.
		expect(
			await page
				.locator('.cell.new .para')
				.first()
				.evaluate((el) => getComputedStyle(el).textAlign)
		).toBe('start');
		// The real changes are there, in English words around them.
		expect(await page.locator('article.row ins.d', { hasText: 'Urges' }).count()).toBe(1);
		// Every view and panel, in English only.
		const noChinese = async (where: string) => {
			const text = await interfaceText(page);
			expect(
				text.match(CJK)?.[0] ?? '',
				`${where}: ${text.slice(Math.max(0, text.search(CJK) - 60), text.search(CJK) + 20)}`
			).toBe('');
		};
		await noChinese('side by side');
		await page.locator('[data-action=particulars]').click();
		await page.locator('[data-filter=onlyChanges]').click();
		await page.locator('[data-layout=redline]').click();
		await noChinese('redline, changes only, particulars open');
		await page.keyboard.press('?');
		await noChinese('keyboard help');
		await page.keyboard.press('Escape');
		await page.locator('#export-button').click();
		await noChinese('export menu');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('?lang=en in a Chinese browser: a UN PDF against a text, no Chinese outside the documents', async () => {
		const { page, errors } = await session.open({ locale: 'zh-CN' });
		await page.goto(at('/?lang=en'));
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await chooseFiles(page, PDF_EN, nextPdfEn);
		await page.locator('[data-action=compare]').click();
		await waitForRows(page);
		expect(await page.title()).toBe('A/RES/73/6 → A/RES/73/6 · resodiff');
		// The PDF is read as the same resolution: OP 13 is the row whose verb changed.
		const op13 = page.locator('article.row', { has: page.locator('ins.d', { hasText: 'Requests' }) });
		expect(await op13.count()).toBe(1);
		expect(await op13.locator('del.d').first().innerText()).toBe('Urges');
		expect(await op13.locator('.chip').first().innerText()).toBe('OP 13');
		expect(await page.locator('article.row[data-status=modified] .badge').first().innerText()).toBe('modified');
		const text = await interfaceText(page);
		expect(text.match(CJK)?.[0] ?? '', text.slice(Math.max(0, text.search(CJK) - 60), text.search(CJK) + 20)).toBe('');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a series page in English: committee, agenda item and title in English, the Chinese title marked as Chinese', async () => {
		const { page } = await session.open({ locale: 'zh-CN' });
		await page.goto(at('/series/multilateralism-disarmament?lang=en'));
		await page.locator('[data-grid] button').first().waitFor();
		expect(await page.locator('.head .kicker').innerText()).toBe(
			'Series · First Committee · General and complete disarmament'
		);
		expect(await page.locator('h1').innerText()).toBe(
			'Promotion of multilateralism in the area of disarmament and non-proliferation'
		);
		expect(await page.locator('.head .title-other [lang]').getAttribute('lang')).toBe('zh-Hans');
		const text = await interfaceText(page);
		expect(text.match(CJK)?.[0] ?? '', text.slice(Math.max(0, text.search(CJK) - 60), text.search(CJK) + 20)).toBe('');
		await page.locator('button[data-locale=zh]').click();
		expect(await page.locator('h1').innerText()).toBe('促进裁军和不扩散领域的多边主义');
		expect(await page.locator('.head .kicker').innerText()).toBe('系列 · 第一委员会 · 全面彻底裁军');
		await page.context().close();
	});

	it('an Arabic comparison reads right to left, its symbols, dates and numbers in order', async () => {
		const languages = join(resolve('.'), 'tests', 'fixtures', 'languages');
		const { page, errors } = await session.compareFiles(
			join(languages, 'A-RES-75-47.ar.txt'),
			join(languages, 'A-RES-76-40.ar.txt'),
			{ locale: 'en-US' }
		);
		await waitForRows(page);
		const cell = page.locator('article.row .cell.new').first();
		expect(await cell.getAttribute('lang')).toBe('ar');
		expect(await cell.getAttribute('dir')).toBe('rtl');
		// PP 2 recalls one more resolution: a routine update, inserted at the end of the list.
		const pp2 = page.locator('article.row[data-status=modified]').first();
		expect(await pp2.getAttribute('data-routine')).toBe('true');
		expect(await pp2.locator('.cell.new ins.d').first().innerText()).toMatch(/75\/47/);
		// Read on screen: the paragraph starts at the right edge, and each symbol, date and number keeps its
		// characters left to right inside it.
		const layout = await pp2.locator('.cell.new .para').evaluate((para) => {
			const text = para.querySelector('.text') as HTMLElement;
			const order = (needle: string) => {
				const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const at = (node.nodeValue ?? '').indexOf(needle);
					if (at < 0) continue;
					const xs = [...needle].map((_, k) => {
						const range = document.createRange();
						range.setStart(node, at + k);
						range.setEnd(node, at + k + 1);
						return range.getBoundingClientRect().left;
					});
					return xs.every((x, k) => k === 0 || x > xs[k - 1]);
				}
				return null;
			};
			const box = para.getBoundingClientRect();
			const chip = (para.querySelector('.chip') as HTMLElement).getBoundingClientRect();
			return {
				direction: getComputedStyle(para).direction,
				symbol: order('56/24'),
				year: order('2001'),
				// The paragraph's label stands where the line starts: at the right.
				chipFromRight: box.right - chip.right,
				chipFromLeft: chip.left - box.left
			};
		});
		expect(layout.direction).toBe('rtl');
		expect(layout.symbol).toBe(true);
		expect(layout.year).toBe(true);
		expect(layout.chipFromRight).toBeLessThan(layout.chipFromLeft);
		expect(layout.chipFromRight).toBeLessThan(40);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('Chinese text is set in CJK faces and justified between characters', async () => {
		const { page } = await session.open({ locale: 'en-US' });
		await page.goto(at(SHOWCASE));
		await waitForRows(page);
		const para = page.locator('article.row .cell.new .para').nth(3);
		expect(await page.locator('article.row .cell.new').first().getAttribute('lang')).toBe('zh-Hans');
		expect(await para.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^['"]?Noto Serif CJK SC/);
		expect(await para.evaluate((el) => getComputedStyle(el).textAlign)).toBe('justify');
		// The chip beside it speaks the interface language, in the interface's own lang.
		expect(await para.locator('.chip').getAttribute('lang')).toBe('en');
		await page.context().close();
	});
});
