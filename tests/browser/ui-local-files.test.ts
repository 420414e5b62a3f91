// The reader's own files: chosen through the file inputs (or pasted), read and compared in the browser,
// shown as a local comparison, and never sent anywhere. Markup inside a document stays text. Files
// that cannot be read say so on the page. The variants of 76/40 below are made from the real text:
// one paragraph moved, one split in two, one carrying markup.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	at,
	columnTexts,
	compareInNode,
	corpusFile,
	expectNothingLeft,
	rowStatuses,
	useBrowser,
	waitForRows
} from './ui-support';

const session = useBrowser({ folder: 'ui' });

const OLD = corpusFile('A-RES-67-38.zh.txt');
const NEW = corpusFile('A-RES-76-40.zh.txt');
const text7640 = readFileSync(NEW, 'utf8');

describe('comparing two files of the reader’s own', { timeout: 120_000 }, () => {
	it('shows the comparison, says it is local, and no request carries the texts', async () => {
		const { page, requests, errors } = await session.compareFiles(OLD, NEW);
		await page.waitForURL(/\/compare\?local=1$/, { timeout: 60_000 });
		await waitForRows(page);
		const expected = await compareInNode(OLD, NEW);
		expect(await rowStatuses(page)).toEqual(expected.rows.map((r) => r.status));
		expect(await page.locator('.local').textContent()).toMatch(/没有上传任何内容/);
		// Words from both texts, and a whole paragraph, must appear in no request.
		const paragraph = expected.new.paragraphs.find((p) => p.kind === 'operative')!.text;
		expectNothingLeft(requests, ['德黑兰', '巴库', '不结盟国家', paragraph.slice(0, 20)]);
		expect(requests.some((r) => /\/corpus\/|\.txt/.test(r.url))).toBe(false);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a moved paragraph says where it came from, and the link leads there', async () => {
		const line = '确认双边、诸边和多边裁军谈判是相辅相成的，';
		const last = '重申多边外交在裁军和不扩散领域的绝对效力，并决心推动多边主义作为开展军备管制和裁军谈判的主要途径，';
		expect(text7640).toContain(line);
		const moved = session.file(
			'moved.txt',
			text7640.replace(`${line}\n\n`, '').replace(`${last}\n`, `${last}\n\n${line}\n`)
		);
		const { page } = await session.compareFiles(NEW, moved);
		await waitForRows(page);
		const row = page.locator('article.row[data-status=moved]');
		expect(await row.count()).toBe(1);
		const link = row.locator('a.moved');
		expect(await link.textContent()).toMatch(/移自 序言 \d+/);
		await link.click();
		const target = (await link.getAttribute('href'))!.slice(1);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
		expect(await page.locator(`#${target}`).textContent()).toMatch(/原在此处，已移至/);
		// And back from the old place to the row.
		await page.locator(`#${target} a`).click();
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-status'))).toBe('moved');
		await page.context().close();
	});

	it('a paragraph split in two shows both new paragraphs beside the old one', async () => {
		const op =
			'6. **请**与大规模毁灭性武器有关的各项文书的缔约国在解决与不遵守这些文书的行为以及与这些文书的执行有关的问题时，根据这些文书确定的程序进行协商和合作，避免为解决问题而诉诸或威胁诉诸单方面行动，或未经核实即彼此指控不遵守协定；';
		expect(text7640).toContain(op);
		// As a draft would: the paragraphs after the split are numbered on.
		const split = session.file(
			'split.txt',
			text7640
				.replace('9. **决定**', '10. **决定**')
				.replace('8. **请**秘书长', '9. **请**秘书长')
				.replace('7. **表示注意到**', '8. **表示注意到**')
				.replace(
					op,
					'6. **请**与大规模毁灭性武器有关的各项文书的缔约国在解决与不遵守这些文书的行为以及与这些文书的执行有关的问题时，根据这些文书确定的程序进行协商和合作；\n7. **又请**各缔约国避免为解决问题而诉诸或威胁诉诸单方面行动，或未经核实即彼此指控不遵守协定；'
				)
		);
		const { page } = await session.compareFiles(NEW, split);
		await waitForRows(page);
		const expected = await compareInNode(NEW, split);
		const index = expected.rows.findIndex((r) => r.status === 'split');
		expect(index).toBeGreaterThan(-1);
		const row = page.locator(`#row-${index + 1}`);
		expect(await row.getAttribute('data-status')).toBe('split');
		expect(await row.locator('.cell.old .para').count()).toBe(1);
		expect(await row.locator('.cell.new .para').count()).toBe(2);
		expect(await row.locator('.status').textContent()).toContain('1 → 2');
		await page.locator('[data-layout=redline]').click();
		expect(await row.locator('.cell.redline .pilcrow.ins').count()).toBe(1);
		await page.context().close();
	});

	it('markup inside a document is shown as text and never runs', async () => {
		const op = '2. **又重申**多边主义是解决裁军和不扩散问题的核心原则；';
		expect(text7640).toContain(op);
		const hostile = '<script>window.pwned=1</script>多边主义<img src=x onerror="window.pwned=2">';
		const markup = session.file(
			'markup.txt',
			text7640.replace(op, `2. **又重申**${hostile}是解决裁军和不扩散问题的核心原则；`)
		);
		const dialogs: string[] = [];
		const { page, requests } = await session.compareFiles(NEW, markup);
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await waitForRows(page);
		const shown = (await page.locator('article.row[data-status=modified] .cell.new').first().textContent()) ?? '';
		expect(shown).toContain('<script>window.pwned=1</script>');
		expect(shown).toContain('<img src=x onerror="window.pwned=2">');
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(await page.locator('article.row img, article.row script').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expectNothingLeft(requests, ['pwned']);
		expect(requests.some((r) => new URL(r.url).pathname.endsWith('/x'))).toBe(false);
		const expected = await compareInNode(NEW, markup);
		const newTexts = new Map(expected.new.paragraphs.map((p) => [p.id, p.text]));
		expect(await columnTexts(page, 'new')).toEqual(expected.rows.map((r) => r.new.map((id) => newTexts.get(id))));
		await page.context().close();
	});

	it('two PDFs are read in the browser too, and nothing leaves', async () => {
		const pdf = (name: string) => join(resolve('.'), 'tests', 'fixtures', 'pdf', name);
		const { page, requests, errors } = await session.compareFiles(pdf('A-RES-67-38.pdf'), pdf('A-RES-76-40.pdf'));
		await page.waitForURL(/\/compare\?local=1$/, { timeout: 90_000 });
		await waitForRows(page);
		expect(await page.locator('.pair').textContent()).toContain('A/RES/76/40');
		expect(await page.locator('article.row[data-status=modified]').count()).toBeGreaterThan(0);
		expectNothingLeft(requests, ['德黑兰', '巴库', '不结盟国家']);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 120_000);

	it('pasted text compares the same way', async () => {
		const { page, requests } = await session.open();
		await page.goto(at('/'));
		await page.getByRole('button', { name: /粘贴文本/ }).click();
		await page.locator('[data-paste=old]').fill(readFileSync(OLD, 'utf8'));
		await page.locator('[data-paste=new]').fill(text7640);
		await page.locator('[data-action=compare]').click();
		await waitForRows(page);
		const expected = await compareInNode(OLD, NEW);
		expect(await rowStatuses(page)).toEqual(expected.rows.map((r) => r.status));
		expectNothingLeft(requests, ['德黑兰', '巴库']);
		await page.context().close();
	});

	it('after a reload the local comparison is gone, and the page says so', async () => {
		const { page } = await session.compareFiles(OLD, NEW);
		await waitForRows(page);
		await page.reload();
		await page.locator('.notice').waitFor({ timeout: 30_000 });
		expect(await page.locator('.notice').textContent()).toMatch(/从未上传或存储/);
		expect(await page.locator('article.row').count()).toBe(0);
		await page.context().close();
	});
});

describe('files that cannot be read', { timeout: 120_000 }, () => {
	it.each([
		{
			label: 'binary data',
			name: 'garbage.txt',
			content: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)
		},
		{ label: 'an empty file', name: 'empty.txt', content: new Uint8Array(0) },
		{
			label: 'a PNG named .pdf',
			name: 'picture.pdf',
			content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
		},
		{
			label: 'an encrypted PDF',
			name: 'locked.pdf',
			content: new Uint8Array(readFileSync(join(resolve('.'), 'tests', 'fixtures', 'pdf', 'encrypted.pdf')))
		}
	])('$label: a visible one-line message naming the file, on the start page', async ({ name, content }) => {
		const bad = session.file(name, content);
		const { page, errors } = await session.compareFiles(OLD, bad);
		const message = page.locator('[data-error]');
		await message.waitFor({ timeout: 60_000 });
		const text = (await message.textContent()) ?? '';
		expect(text).toContain(name);
		expect(text).not.toMatch(/\n\s+at /);
		expect(await message.isVisible()).toBe(true);
		expect(new URL(page.url()).pathname).toBe('/');
		// The reader can try again: the compare button is there and enabled.
		expect(await page.locator('[data-action=compare]').isEnabled()).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
