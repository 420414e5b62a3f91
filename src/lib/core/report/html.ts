/**
 * The HTML report: one self-contained file (inline CSS, no script, no fonts or images fetched), the old
 * version beside the new one row by row, deletions struck through in the old column and insertions
 * underlined in the new one, in the app's colours, printable on A4 landscape. Every piece of document text goes through
 * {@link escapeHtml}; a Content-Security-Policy forbids scripts and network access as a second line of
 * defence, so a hostile document cannot turn the report into a page that runs code.
 */
import type { Comparison, Footnote, ResolutionDocument } from '../types';
import {
	PHRASES,
	arrowOf,
	colonOf,
	isRightToLeft,
	nameDocument,
	printNumber,
	sourceOf,
	type ReportLocale
} from './labels';
import { prepareReport, showControls, type ReportOptions, type ReportRow } from './model';
import { paletteCss } from './palette';
import { readSide, type SideToken } from './reading';

/** Options of {@link renderHtml}. */
export interface HtmlOptions extends ReportOptions {
	/** Start with the unchanged rows hidden (a checkbox in the page shows them again). Default false. */
	changesOnly?: boolean;
}

/** Escapes text for HTML content and quoted attribute values; control characters are made visible. */
export function escapeHtml(text: string): string {
	return showControls(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The language tag of a language, for the browser's choice of glyphs and fonts (zh → zh-Hans). */
export function tagOf(language: string): string {
	return language === 'zh' ? 'zh-Hans' : language;
}

/** The `lang` and `dir` attributes of a document's text: Arabic runs right to left. */
export function textAttributes(doc: ResolutionDocument): string {
	const language = doc.meta.language ?? 'zh';
	return ` lang="${escapeHtml(tagOf(language))}" dir="${isRightToLeft(language) ? 'rtl' : 'ltr'}"`;
}

/** Text set apart from the bidirectional text around it (a symbol or a file name in an Arabic sentence). */
export function bdi(text: string): string {
	return `<bdi>${escapeHtml(text)}</bdi>`;
}

/**
 * The style sheet: screen and print, no external resource. The colours are the app's (palette.ts):
 * insertions blue and underlined, deletions vermilion and struck through, routine changes quieter;
 * dark on a screen that prefers it, always light on paper. Each script in a face made for it, chosen by
 * the `lang` of the text: the serif CJK faces UN documents are set in for Chinese only (their Latin
 * glyphs and full-width quotes would letter-space English: "Court’ s"), a Latin serif for English, French,
 * Spanish and Russian, a Naskh face for Arabic. Every extra CJK face costs the PDF printer seconds to
 * subset, so Chinese stays in one. Layout uses logical sides (start, end), so an Arabic report mirrors.
 *
 * WHY rows may break across pages: a row as long as a page (a long operative paragraph beside its
 * rewrite) that had to stay whole left the rest of the page before it blank. A row now continues on
 * the next page, its paragraphs kept whole where they fit (orphans and widows of three lines), and
 * the column headings repeat on every page.
 */
const STYLE = `
${paletteCss()}* { box-sizing: border-box; }
body { margin: 1.5rem auto; max-width: 84rem; padding: 0 1rem; color: var(--ink); background: var(--surface); line-height: 1.75;
  font-family: "Noto Serif", "DejaVu Serif", "Times New Roman", "Liberation Serif", serif; }
:lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Serif", "Times New Roman", serif; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Traditional Arabic", "DejaVu Sans", sans-serif; }
header h1 { font-size: 1.45rem; margin: 0 0 .25rem; line-height: 1.4; }
header .pair { margin: 0 0 .75rem; color: var(--ink-soft); }
table.meta { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
table.meta th, table.meta td { text-align: start; padding-block: .15rem; padding-inline: 0 .9rem; vertical-align: top; }
table.meta th { color: var(--ink-soft); font-weight: normal; }
.summary { font-weight: bold; margin: .5rem 0; }
.warnings { border-inline-start: 4px solid var(--warn-rule); background: var(--warn-bg); color: var(--warn-ink); padding-block: .5rem; padding-inline: 1.75rem 1rem; margin: .75rem 0; }
.legend { color: var(--ink-soft); font-size: .92rem; }
.toggle-label { font-size: .92rem; color: var(--ink-soft); margin-inline-start: .3rem; }
table.diff { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: .75rem; }
table.diff col.label { width: 9.5rem; }
table.diff thead th { text-align: start; font-size: .92rem; border-bottom: 2px solid var(--ink-soft); padding: .4rem .6rem; }
table.diff tbody th, table.diff td { border-top: 1px solid var(--rule); vertical-align: top; padding: .55rem .6rem; }
table.diff tbody th { text-align: start; font-weight: normal; font-size: .88rem; }
.row-label { font-weight: bold; display: block; }
.status { --st: var(--change-colour); display: inline-block; margin-top: .2rem; padding: 0 .4rem; border-radius: .25rem; font-size: .8rem;
  color: var(--st); border: 1px solid color-mix(in srgb, var(--st) 45%, transparent); background: color-mix(in srgb, var(--st) 10%, var(--surface)); }
td.side p { margin: 0 0 .4rem; } td.side p:last-child { margin-bottom: 0; }
td.empty { background: repeating-linear-gradient(135deg, var(--surface) 0 6px, var(--surface-2) 6px 12px); }
tr[data-status='unchanged'] td { color: var(--ink-soft); }
.num { margin-inline-end: .5em; }
del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through var(--del-line) 1.5px; }
ins { background: var(--ins-bg); color: var(--ins-ink); text-decoration: underline var(--ins-line) 1.5px; text-underline-offset: .2em; }
del.routine { background: var(--del-routine-bg); color: var(--del-routine-ink); text-decoration-thickness: 1px; }
ins.routine { background: var(--ins-routine-bg); color: var(--ins-routine-ink); text-decoration-thickness: 1px; }
sup.fn { font-size: .7em; color: var(--ink-soft); }
section.notes h2 { font-size: 1.1rem; margin-top: 1.5rem; }
section.notes table { border-collapse: collapse; width: 100%; font-size: .9rem; }
section.notes th, section.notes td { text-align: start; vertical-align: top; border-top: 1px solid var(--rule); padding: .3rem .6rem; }
.toggle:checked ~ table.diff tr[data-status='unchanged'] { display: none; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  .toggle, .toggle-label { display: none; }
  table.diff tr { break-inside: auto; }
  td.side p { orphans: 3; widows: 3; }
  thead { display: table-header-group; }
  del, ins, .status, .warnings, td.empty { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** Renders one side of a row: its paragraphs, numbers, text with marks, bold verbs and footnote marks. */
function renderSide(tokens: SideToken[], language: string | null | undefined): string {
	let html = '';
	let open = false;
	for (const token of tokens) {
		switch (token.type) {
			case 'start': {
				if (open) html += '</p>';
				html += '<p>';
				open = true;
				const number = printNumber(token.paragraph, language);
				if (number) html += `<span class="num">${escapeHtml(number)}</span>`;
				break;
			}
			case 'text': {
				let text = escapeHtml(token.text).replace(/\n/g, '<br>');
				if (token.bold) text = `<b>${text}</b>`;
				if (token.op === 0) html += text;
				else {
					const tag = token.op === -1 ? 'del' : 'ins';
					html += `<${tag}${token.routine ? ' class="routine"' : ''}>${text}</${tag}>`;
				}
				break;
			}
			case 'footnote':
				html += `<sup class="fn">${escapeHtml(token.mark)}</sup>`;
				break;
			case 'break':
				if (token.op === -1) html += '<del class="pilcrow">¶</del>';
				if (token.op === 1) html += '<ins class="pilcrow">¶</ins>';
				break;
		}
	}
	if (open) html += '</p>';
	return html;
}

/** Renders one row of the side-by-side table. */
function renderRow(row: ReportRow, cmp: Comparison, oldLang: string, newLang: string): string {
	// oldLang and newLang are the cells' `lang` and `dir` attributes (textAttributes).
	const oldHtml = renderSide(readSide(row.reading, 'old', cmp.old.footnotes), cmp.old.meta.language);
	const newHtml = renderSide(readSide(row.reading, 'new', cmp.new.footnotes), cmp.new.meta.language);
	const cell = (html: string, side: string, lang: string) =>
		html ? `<td class="side ${side}"${lang}>${html}</td>` : `<td class="side ${side} empty"></td>`;
	return (
		`<tr id="row-${row.index}" class="row" data-status="${row.status}" data-routine="${row.routine}">` +
		`<th scope="row"><span class="row-label">${escapeHtml(row.label)}</span><span class="status">${escapeHtml(row.statusName)}</span></th>` +
		cell(oldHtml, 'old', oldLang) +
		cell(newHtml, 'new', newLang) +
		'</tr>'
	);
}

/** The footnotes of both versions by mark, side by side; empty when neither has any. */
function renderNotes(oldNotes: Footnote[], newNotes: Footnote[], locale: ReportLocale, cmp: Comparison): string {
	if (oldNotes.length === 0 && newNotes.length === 0) return '';
	const words = PHRASES[locale];
	const marks: string[] = [];
	for (const f of [...oldNotes, ...newNotes]) if (!marks.includes(f.mark)) marks.push(f.mark);
	const find = (notes: Footnote[], mark: string) => notes.find((f) => f.mark === mark)?.text ?? '';
	const rows = marks
		.map(
			(mark) =>
				`<tr><th>${escapeHtml(mark)}</th><td${textAttributes(cmp.old)}>${escapeHtml(find(oldNotes, mark))}</td><td${textAttributes(cmp.new)}>${escapeHtml(find(newNotes, mark))}</td></tr>`
		)
		.join('\n');
	return (
		`<section class="notes"><h2>${escapeHtml(words.footnotes)}</h2><table>` +
		`<thead><tr><th></th><th>${escapeHtml(words.oldVersion)}</th><th>${escapeHtml(words.newVersion)}</th></tr></thead>` +
		`<tbody>\n${rows}\n</tbody></table></section>`
	);
}

/** Renders a comparison as one self-contained, printable HTML page. */
export function renderHtml(cmp: Comparison, options: HtmlOptions = {}): string {
	const model = prepareReport(cmp, options);
	const locale = model.locale;
	const words = PHRASES[locale];
	const colon = colonOf(locale);
	const oldName = nameDocument(cmp.old, locale);
	const newName = nameDocument(cmp.new, locale);
	const heading = cmp.new.meta.title ?? cmp.old.meta.title ?? words.reportTitle;
	const arrow = arrowOf(locale);
	// Facts are isolated from the page's direction: a symbol or a date keeps its order in an Arabic report.
	const fact = (value: string | number | null | undefined) =>
		value === null || value === undefined || value === '' ? '—' : bdi(String(value));
	const metaRows: [string, (doc: ResolutionDocument) => string | number | null | undefined][] = [
		[words.symbol, (d) => d.meta.symbol],
		[words.date, (d) => d.meta.date],
		[words.title, (d) => d.meta.title],
		[words.source, (d) => sourceOf(d, locale)]
	];
	const parts: string[] = [];
	parts.push('<!DOCTYPE html>');
	parts.push(`<html lang="${tagOf(locale)}" dir="${isRightToLeft(locale) ? 'rtl' : 'ltr'}">`);
	parts.push('<head>');
	parts.push('<meta charset="utf-8">');
	parts.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
	parts.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
	parts.push(`<title>${escapeHtml(`${oldName} ${arrow} ${newName} · ${heading}`)}</title>`);
	parts.push(`<style>${STYLE}</style>`);
	parts.push('</head>');
	parts.push('<body>');
	parts.push('<header>');
	// The heading is the document's title, in the document's language when it is one.
	const headingDoc = cmp.new.meta.title ? cmp.new : cmp.old.meta.title ? cmp.old : null;
	parts.push(`<h1${headingDoc ? textAttributes(headingDoc) : ''}>${escapeHtml(heading)}</h1>`);
	parts.push(
		`<p class="pair">${escapeHtml(`${words.reportTitle}${colon}`)}${bdi(oldName)} ${arrow} ${bdi(newName)}</p>`
	);
	parts.push(
		`<table class="meta"><thead><tr><th></th><th>${escapeHtml(words.oldVersion)}</th><th>${escapeHtml(words.newVersion)}</th></tr></thead><tbody>` +
			metaRows
				.map(
					([name, get]) =>
						`<tr><th>${escapeHtml(name)}</th><td>${fact(get(cmp.old))}</td><td>${fact(get(cmp.new))}</td></tr>`
				)
				.join('') +
			'</tbody></table>'
	);
	parts.push(`<p class="summary">${escapeHtml(model.summary)}</p>`);
	if (model.warnings.length > 0) {
		parts.push(
			`<ul class="warnings" aria-label="${escapeHtml(words.warnings)}">` +
				model.warnings.map((w) => `<li>${escapeHtml(`${words.warning}${colon}${w}`)}</li>`).join('') +
				'</ul>'
		);
	}
	parts.push(
		`<p class="legend">${escapeHtml(words.legend + colon)}<del>${escapeHtml(words.deleted)}</del> <ins>${escapeHtml(words.inserted)}</ins> ` +
			`<ins class="routine">${escapeHtml(words.routineLong)}</ins></p>`
	);
	parts.push('</header>');
	parts.push('<main>');
	parts.push(`<input type="checkbox" id="only-changes" class="toggle"${options.changesOnly ? ' checked' : ''}>`);
	parts.push(`<label for="only-changes" class="toggle-label">${escapeHtml(words.onlyChanges)}</label>`);
	parts.push('<table class="diff">');
	parts.push('<colgroup><col class="label"><col class="old"><col class="new"></colgroup>');
	parts.push(
		`<thead><tr><th scope="col">${escapeHtml(words.paragraph)}</th>` +
			`<th scope="col">${escapeHtml(`${words.oldVersion} · `)}${bdi(oldName)}</th>` +
			`<th scope="col">${escapeHtml(`${words.newVersion} · `)}${bdi(newName)}</th></tr></thead>`
	);
	parts.push('<tbody>');
	const oldLang = textAttributes(cmp.old);
	const newLang = textAttributes(cmp.new);
	for (const row of model.rows) parts.push(renderRow(row, cmp, oldLang, newLang));
	if (model.rows.length === 0) parts.push(`<tr><td colspan="3">${escapeHtml(words.empty)}</td></tr>`);
	parts.push('</tbody>');
	parts.push('</table>');
	const notes = renderNotes(cmp.old.footnotes, cmp.new.footnotes, locale, cmp);
	if (notes) parts.push(notes);
	parts.push('</main>');
	parts.push('</body>');
	parts.push('</html>');
	return parts.join('\n') + '\n';
}
