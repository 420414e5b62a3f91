import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareDocuments, parseResolution } from '../../core/index';
import { readDocument } from '../read';
import { readHtmlText } from './html';
import { isHtml } from './sniff';

const RESOLUTION = readFileSync(new URL('../../../../corpus/A-RES-76-40.zh.txt', import.meta.url), 'utf8');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A web page of the resolution as the UN's pages set it: paragraphs, bold verbs, an ordered list, superscript marks. */
function pageOf(text: string): string {
	const doc = parseResolution(text, { source: 'x' });
	const body: string[] = [];
	const notes = new Map(doc.footnotes.map((f) => [f.mark, f.text]));
	const withMarks = (p: (typeof doc.paragraphs)[number]) => {
		let out = '';
		let at = 0;
		(p.footnotes ?? []).forEach((mark, i) => {
			const offset = p.footnoteOffsets![i];
			out += escape(p.text.slice(at, offset)) + `<sup><a href="#fn${mark}">${mark}</a></sup>`;
			at = offset;
		});
		const rest = escape(p.text.slice(at));
		const [start, end] = p.emphasis?.[0] ?? [0, 0];
		return end > 0 && at === 0 ? `<b>${rest.slice(start, end)}</b>${rest.slice(end)}` : out + rest;
	};
	let inList = false;
	for (const p of doc.paragraphs) {
		if (p.kind === 'operative' && !inList) {
			body.push('<ol>');
			inList = true;
		}
		if (p.kind !== 'operative' && inList) {
			body.push('</ol>');
			inList = false;
		}
		body.push(
			p.kind === 'operative'
				? `<li>${withMarks(p)}</li>`
				: `<p>${p.kind === 'title' ? '76/40. ' : ''}${withMarks(p)}</p>`
		);
	}
	if (inList) body.push('</ol>');
	const footer = [...notes].map(([mark, text]) => `<p id="fn${mark}"><sup>${mark}</sup> ${escape(text)}</p>`);
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>A/RES/76/40</title><style>p{margin:0}</style><script>var x = "<p>not text</p>";</script></head><body>${body.join('\n')}<hr>${footer.join('\n')}</body></html>`;
}

describe('web pages', () => {
	it('recognises a page by its name or its first tag', () => {
		expect(isHtml(new TextEncoder().encode('<!DOCTYPE html><p>x'), 'page')).toBe(true);
		expect(isHtml(new TextEncoder().encode('\uFEFF  <html lang="zh">'), 'page')).toBe(true);
		expect(isHtml(new TextEncoder().encode('大会，'), 'a51r129.htm')).toBe(true);
		expect(isHtml(new TextEncoder().encode('大会，<b>'), 'notes.txt')).toBe(false);
	});

	it('reads a resolution page paragraph for paragraph as its text: numbers, bold verbs, footnotes', async () => {
		const bytes = new TextEncoder().encode(pageOf(RESOLUTION));
		const fromPage = await readDocument({ bytes, name: 'a76r40.html' });
		const fromText = parseResolution(RESOLUTION, { source: 'text' });
		const cmp = compareDocuments(fromText, fromPage);
		expect(cmp.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
		expect(fromPage.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
			'6',
			'7',
			'8',
			'9'
		]);
		expect(fromPage.footnotes.map((f) => f.text)).toEqual(fromText.footnotes.map((f) => f.text));
		expect(fromPage.paragraphs.find((p) => p.number === '1')!.emphasis).toEqual([[0, 2]]);
		expect(fromPage.meta.shape).toBe('html');
	});

	it('numbers a lettered list as UN texts print subparagraphs, and keeps scripts out', () => {
		const page =
			'<html><body><ol start="3"><li>Decides:<ol type="a"><li>To do</li><li>To report</li></ol></li></ol><script>alert(1)</script></body></html>';
		expect(readHtmlText(new TextEncoder().encode(page))).toBe('3.\tDecides:\n\n(a)\tTo do\n\n(b)\tTo report\n');
	});

	it('takes the encoding from the page, and a wrong one is detected instead', () => {
		const latin = new Uint8Array([
			...new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><p>Caf'),
			0xe9,
			...new TextEncoder().encode('</p>')
		]);
		expect(readHtmlText(latin)).toBe('Café\n');
		const wrong = new TextEncoder().encode('<html><head><meta charset="x-unknown"></head><p>大会，</p>');
		expect(readHtmlText(wrong)).toBe('大会，\n');
	});
});
