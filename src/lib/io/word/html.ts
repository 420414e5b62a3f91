/**
 * Reading a web page (the UN's pages of resolutions, a text saved from a browser) into the clean text shape,
 * through the same flow as Word files (flow.ts): each block element (`p`, `div`, `h1`–`h6`, `li`, a table row)
 * a paragraph, `b`/`strong` bold, `i`/`em` italic, `br` a line break, `sup` digits a footnote mark as printed,
 * an ordered list's items numbered as the page shows them (`1.`, or `(a)` for a lettered list, as UN texts
 * print subparagraphs). Scripts, styles and the page's head are not text. htmlparser2 reads the HTML as
 * browsers do in outline (implied end tags, entities); the encoding comes from a byte-order mark, then the
 * page's `<meta charset>`, then the text decoder's own detection (UTF-8, GB18030).
 */
import { Parser } from 'htmlparser2';
import { decodeText } from '../../core/index';
import { toSuperscriptDigits } from '../../core/text/superscript';
import { formatNumber } from './numbering';
import { writeFlowText, type FlowItem, type FlowParagraph } from './flow';

/** Elements whose content is never the document's text. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'title', 'nav', 'select', 'button', 'svg']);

/** Elements that end a paragraph (and start one). */
const BLOCKS = new Set([
	'p',
	'div',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'tr',
	'table',
	'ul',
	'ol',
	'blockquote',
	'section',
	'article',
	'header',
	'footer',
	'main',
	'aside',
	'center',
	'pre',
	'dd',
	'dt',
	'dl',
	'hr',
	'body',
	'address',
	'form',
	'fieldset',
	'figure',
	'figcaption'
]);

/** Decodes an HTML page's bytes: byte-order mark, then `<meta charset>`, then detection. */
export function decodeHtml(bytes: Uint8Array, file?: string): string {
	const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(ascii)?.[1];
	const bom = bytes[0] === 0xef || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (declared && !bom) {
		try {
			// GB2312 and GBK pages are decoded as GB18030, which contains both.
			const label = /^(gb2312|gbk|x-gbk)$/i.test(declared) ? 'gb18030' : declared;
			return new TextDecoder(label, { fatal: true }).decode(bytes);
		} catch {
			// A wrong or unknown declaration: the detection below decides.
		}
	}
	return decodeText(bytes, file ? { file } : {});
}

/** An open list: ordered or not, its format, and the next item's number. */
interface OpenList {
	ordered: boolean;
	format: string;
	next: number;
}

/** Reads a page's text into the clean text shape. */
export function readHtmlText(bytes: Uint8Array, file?: string): string {
	const html = decodeHtml(bytes, file);
	const paragraphs: FlowParagraph[] = [];
	let current: FlowParagraph = { items: [] };
	let skipped = 0;
	let bold = 0;
	let italic = 0;
	let superscript = 0;
	const lists: OpenList[] = [];
	let cells = 0;
	const flush = () => {
		if (current.items.some((i) => i.type === 'note' || i.text.trim())) paragraphs.push(current);
		current = { items: [] };
	};
	const add = (text: string) => {
		const item: FlowItem = { type: 'text', text, bold: bold > 0, italic: italic > 0 };
		current.items.push(item);
	};
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (skipped > 0 || SKIPPED.has(name)) {
					if (SKIPPED.has(name)) skipped++;
					return;
				}
				if (name === 'td' || name === 'th') {
					if (cells++ > 0) add('\t');
					return;
				}
				if (BLOCKS.has(name)) flush();
				if (name === 'tr') cells = 0;
				if (name === 'b' || name === 'strong') bold++;
				else if (name === 'i' || name === 'em') italic++;
				else if (name === 'sup') superscript++;
				else if (name === 'br') add('\n');
				else if (name === 'ol' || name === 'ul') {
					const type = attrs.type ?? '1';
					const format =
						type === 'a'
							? 'lowerLetter'
							: type === 'A'
								? 'upperLetter'
								: type === 'i'
									? 'lowerRoman'
									: type === 'I'
										? 'upperRoman'
										: 'decimal';
					lists.push({ ordered: name === 'ol', format, next: Number.parseInt(attrs.start ?? '1', 10) || 1 });
				} else if (name === 'li') {
					const list = lists[lists.length - 1];
					if (list?.ordered) {
						const n = Number.parseInt(attrs.value ?? '', 10) || list.next;
						list.next = n + 1;
						const shown = formatNumber(n, list.format);
						current.number = list.format === 'decimal' ? `${shown}.` : `(${shown})`;
					}
				}
			},
			ontext(text) {
				if (skipped > 0) return;
				const clean = text.replace(/[ \t\r\n\f]+/g, ' ');
				if (!clean) return;
				// A superscript number is a footnote mark as printed.
				if (superscript > 0 && /^\s*\d{1,3}\s*$/.test(clean)) {
					add(toSuperscriptDigits(clean.trim()));
					return;
				}
				add(clean);
			},
			onclosetag(name) {
				if (SKIPPED.has(name)) {
					if (skipped > 0) skipped--;
					return;
				}
				if (skipped > 0) return;
				if (name === 'b' || name === 'strong') bold = Math.max(0, bold - 1);
				else if (name === 'i' || name === 'em') italic = Math.max(0, italic - 1);
				else if (name === 'sup') superscript = Math.max(0, superscript - 1);
				else if (name === 'ol' || name === 'ul') lists.pop();
				if (BLOCKS.has(name)) flush();
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	flush();
	// Superscript marks were written as characters: the flow writer leaves them as they are, and a line that
	// starts with one is a footnote line, as in the other clean texts.
	return writeFlowText({ paragraphs: paragraphs.map(trimParagraph), notes: new Map() });
}

/** A paragraph without the white space HTML leaves at its ends and around its line breaks. */
function trimParagraph(p: FlowParagraph): FlowParagraph {
	const items = p.items.map((item) =>
		item.type === 'text' ? { ...item, text: item.text.replace(/ *\n */g, '\n') } : item
	);
	const first = items.find((i) => i.type === 'text');
	if (first && first.type === 'text') first.text = first.text.replace(/^\s+/, '');
	const last = [...items].reverse().find((i) => i.type === 'text');
	if (last && last.type === 'text') last.text = last.text.replace(/\s+$/, '');
	return { ...p, items };
}
