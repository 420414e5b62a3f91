/**
 * The Markdown report: readable as plain text and rendered alike by GitHub, GitLab, VS Code and pandoc.
 * Changes are `<del>`/`<ins>` by default — inline HTML that CommonMark passes through, and which, unlike
 * `~~`/`**`, works next to Chinese punctuation (GFM's flanking rules refuse `~~，~~` after a Han
 * character). Document text is escaped twice over: HTML-escaped so that markup in it stays text, and
 * every ASCII punctuation mark backslash-escaped so that it cannot start emphasis, a link or a table cell.
 */
import type { Comparison, ResolutionDocument } from '../types';
import {
	PHRASES,
	arrowOf,
	colonOf,
	isRightToLeft,
	isolate,
	listSeparatorOf,
	nameDocument,
	sourceOf,
	parenthesize,
	type ReportLocale
} from './labels';
import { prepareReport, showControls, type ReportOptions, type ReportPiece } from './model';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions extends ReportOptions {
	/** `html`: `<del>`/`<ins>` (default); `plain`: `~~deleted~~` and `**inserted**`, for viewers without inline HTML. */
	marks?: 'html' | 'plain';
	/** Print unchanged rows in full too; otherwise they are listed by label. Default false. */
	all?: boolean;
}

/**
 * Escapes document text for Markdown. `&`, `<`, `>` become entities (no tag, no entity of the document's
 * survives); inline markers (`\` `` ` `` `*` `_` `[` `]` `|` `~`) are backslash-escaped everywhere;
 * autolink triggers (`://`, `www.`, `@`) are broken with a backslash; block markers (`#`, `-`, `+`,
 * `=`, `1.`) and indentation are neutralised where a line could start — at the start of the string and
 * after each line break. A backslash before ASCII punctuation is always a valid escape, so escaping
 * mid-line too only costs a character in the raw text, never a wrong rendering.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
	const escaped = showControls(text)
		.replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/:\/\//g, '\\://')
		.replace(/www\./gi, (w) => `${w.slice(0, 3)}\\.`)
		.replace(/@/g, '\\@')
		.replace(
			atLineStart ? /(^|\n)([ \t]*)([#+\-=]|\d+[.)])/g : /(\n)([ \t]*)([#+\-=]|\d+[.)])/g,
			(_, start: string, space: string, marker: string) => {
				const neutral = /^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`;
				return start + space + neutral;
			}
		);
	return escaped.replace(
		atLineStart ? /(^|\n)([ \t]+)/g : /(\n)([ \t]+)/g,
		(_, start: string, space: string) => start + '&#32;'.repeat(space.length)
	);
}

/**
 * Renders a row's inline pieces. A paragraph break becomes `¶` plus a hard line break inside a change. In a
 * right-to-left report each change is isolated (`<bdi>`, or FSI…PDI in plain marks): a deletion and an
 * insertion that are both numbers ("74/55" → "75/47") would otherwise join into one left-to-right run and
 * show the new number before the old one.
 */
function renderPieces(pieces: ReportPiece[], marks: 'html' | 'plain', locale: ReportLocale): string {
	const rtl = isRightToLeft(locale);
	const lineBreak = '<br>\n';
	return pieces
		.map((piece, i) => {
			const atLineStart = i === 0 || pieces[i - 1].text.endsWith('\n');
			const text = escapeMarkdown(piece.text, atLineStart);
			if (piece.op === 0) return text.replace(/\n/g, marks === 'html' ? lineBreak : '  \n');
			const changed = text.replace(/\n/g, '¶' + (marks === 'html' ? lineBreak : ' '));
			if (marks === 'plain') {
				const body = isolate(changed, locale);
				return piece.op === -1 ? `~~${body}~~` : `**${body}**`;
			}
			const body = rtl ? `<bdi>${changed}</bdi>` : changed;
			const tag = piece.op === -1 ? 'del' : 'ins';
			return `<${tag}>${body}</${tag}>`;
		})
		.join('');
}

/** A fact of a document for the header table; an em dash when unknown. */
function fact(value: string | number | null | undefined, locale: ReportLocale): string {
	return value === null || value === undefined || value === '' ? '—' : escapeMarkdown(isolate(String(value), locale));
}

/** Renders a comparison as Markdown. */
export function renderMarkdown(cmp: Comparison, options: MarkdownOptions = {}): string {
	const model = prepareReport(cmp, options);
	const locale = model.locale;
	const words = PHRASES[locale];
	const colon = colonOf(locale);
	const marks = options.marks ?? 'html';
	const heading = cmp.new.meta.title ?? cmp.old.meta.title ?? words.reportTitle;
	const out: string[] = [];
	out.push(`# ${escapeMarkdown(heading)}`);
	out.push('');
	out.push(
		`${escapeMarkdown(words.reportTitle)}${colon}${escapeMarkdown(isolate(nameDocument(cmp.old, locale), locale))} ${arrowOf(locale)} ${escapeMarkdown(isolate(nameDocument(cmp.new, locale), locale))}`
	);
	out.push('');
	const facts: [string, (d: ResolutionDocument) => string | number | null][] = [
		[words.symbol, (d) => d.meta.symbol],
		[words.date, (d) => d.meta.date],
		[words.title, (d) => d.meta.title],
		[words.source, (d) => sourceOf(d, locale)]
	];
	out.push(`| | ${escapeMarkdown(words.oldVersion)} | ${escapeMarkdown(words.newVersion)} |`);
	out.push('| --- | --- | --- |');
	for (const [name, get] of facts)
		out.push(`| ${escapeMarkdown(name)} | ${fact(get(cmp.old), locale)} | ${fact(get(cmp.new), locale)} |`);
	out.push('');
	out.push(`**${escapeMarkdown(model.summary)}**`);
	out.push('');
	for (const warning of model.warnings) {
		out.push(`> **${escapeMarkdown(words.warning)}**${colon}${escapeMarkdown(warning)}`);
		out.push('');
	}
	const legend =
		marks === 'html'
			? `<del>${escapeMarkdown(words.deleted)}</del> <ins>${escapeMarkdown(words.inserted)}</ins>`
			: `~~${escapeMarkdown(words.deleted)}~~ **${escapeMarkdown(words.inserted)}**`;
	out.push(`${escapeMarkdown(words.legend)}${colon}${legend}`);
	const unchanged: string[] = [];
	for (const row of model.rows) {
		if (row.status === 'unchanged' && !options.all) {
			unchanged.push(row.label);
			continue;
		}
		out.push('');
		out.push(`## ${escapeMarkdown(row.label)} · ${escapeMarkdown(row.statusName)}`);
		out.push('');
		out.push(renderPieces(row.inline, marks, locale));
	}
	if (unchanged.length > 0) {
		out.push('');
		out.push(
			`## ${escapeMarkdown(words.unchangedRows)}${escapeMarkdown(parenthesize(String(unchanged.length), locale))}`
		);
		out.push('');
		out.push(escapeMarkdown(unchanged.join(listSeparatorOf(locale))));
	}
	const notes = [...new Set([...cmp.old.footnotes, ...cmp.new.footnotes].map((f) => f.mark))];
	if (notes.length > 0) {
		out.push('');
		out.push(`## ${escapeMarkdown(words.footnotes)}`);
		out.push('');
		out.push(`| | ${escapeMarkdown(words.oldVersion)} | ${escapeMarkdown(words.newVersion)} |`);
		out.push('| --- | --- | --- |');
		for (const mark of notes) {
			const before = cmp.old.footnotes.find((f) => f.mark === mark)?.text;
			const after = cmp.new.footnotes.find((f) => f.mark === mark)?.text;
			out.push(`| ${escapeMarkdown(mark)} | ${fact(before, locale)} | ${fact(after, locale)} |`);
		}
	}
	return out.join('\n') + '\n';
}
