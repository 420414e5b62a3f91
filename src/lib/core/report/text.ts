/**
 * The readable text report (`compare --format text`): a header naming both versions and the summary,
 * then each changed row with its label, status and the change inline in wdiff's notation —
 * `[-deleted-]{+inserted+}` — which survives any terminal, pager, e-mail or copy and paste; ANSI colour
 * is added on request, never instead of the marks.
 */
import type { Comparison, Footnote } from '../types';
import {
	PHRASES,
	arrowOf,
	colonOf,
	describeDocument,
	isolate,
	listSeparatorOf,
	nameDocument,
	sourceOf,
	parenthesize,
	type ReportLocale
} from './labels';
import { TERMINAL } from './palette';
import { prepareReport, showControls, type ReportOptions, type ReportPiece, type ReportRow } from './model';

/** Options of {@link renderTextReport}. */
export interface TextReportOptions extends ReportOptions {
	/** Colour the marks with ANSI escapes (red deletions, green insertions, dim routine changes). Default false. */
	color?: boolean;
	/** Print unchanged rows in full too; otherwise they are listed by label only. Default false. */
	all?: boolean;
	/**
	 * Characters of unchanged text kept on each side of a change (0 … any); longer unchanged stretches are
	 * cut to `…`. Default: no cutting, the whole paragraph is printed.
	 */
	context?: number;
}

/** An SGR escape. */
const sgr = (parameters: string) => `\u001b[${parameters}m`;

/**
 * ANSI escapes, in the app's colours (palette.ts): insertions blue, deletions vermilion, routine
 * changes quieter tones of both. Kept together so that colour never leaks past a piece.
 */
const ANSI = {
	reset: sgr('0'),
	bold: sgr(TERMINAL.heading),
	dim: sgr(TERMINAL.dim),
	ins: sgr(TERMINAL.ins),
	del: sgr(TERMINAL.del),
	insRoutine: sgr(TERMINAL.insRoutine),
	delRoutine: sgr(TERMINAL.delRoutine),
	modified: sgr(TERMINAL.modified),
	warning: sgr(TERMINAL.warning)
} as const;

/** The marks around deleted and inserted text (wdiff's). */
const MARKS = { del: ['[-', '-]'], ins: ['{+', '+}'] } as const;

/** A paragraph break inside a change: shown as ¶ so a split or merge is visible, then a real line break. */
const PILCROW = '¶';

/**
 * Cuts long unchanged stretches down to `context` characters on each side of a change. The first and
 * last pieces keep only the side that touches a change.
 */
export function elidePieces(pieces: ReportPiece[], context: number): ReportPiece[] {
	if (!Number.isFinite(context) || context < 0) return pieces;
	return pieces.map((piece, i) => {
		if (piece.op !== 0) return piece;
		const chars = Array.from(piece.text);
		const keepBefore = i > 0 ? context : 0;
		const keepAfter = i < pieces.length - 1 ? context : 0;
		if (chars.length <= keepBefore + keepAfter + 1) return piece;
		const head = chars.slice(0, keepBefore).join('');
		const tail = keepAfter > 0 ? chars.slice(chars.length - keepAfter).join('') : '';
		return { ...piece, text: `${head}…${tail}` };
	});
}

/** Renders inline pieces (a row's `inline`) with marks and, when asked, colour. */
export function renderInline(pieces: ReportPiece[], color: boolean): string {
	let out = '';
	for (const piece of pieces) {
		const text = showControls(piece.text);
		if (piece.op === 0) {
			out += text;
			continue;
		}
		const [open, close] = piece.op === -1 ? MARKS.del : MARKS.ins;
		const body = text.replace(/\n/g, `${PILCROW}\n`);
		if (!color) {
			out += open + body + close;
			continue;
		}
		const style =
			piece.op === -1 ? (piece.routine ? ANSI.delRoutine : ANSI.del) : piece.routine ? ANSI.insRoutine : ANSI.ins;
		// Colour is reopened after every line break: pagers such as `less -R` reset it at each line.
		out += body
			.split('\n')
			.map(
				(line, k, lines) => style + (k === 0 ? open : '') + line + (k === lines.length - 1 ? close : '') + ANSI.reset
			)
			.join('\n');
	}
	return out;
}

/** Renders a comparison as readable text for a terminal or a plain-text e-mail. */
export function renderTextReport(cmp: Comparison, options: TextReportOptions = {}): string {
	const model = prepareReport(cmp, options);
	const words = PHRASES[model.locale];
	const color = options.color ?? false;
	const paint = (style: string, text: string) => (color ? style + text + ANSI.reset : text);
	const safe = (text: string) => showControls(text);
	const out: string[] = [];

	const locale = model.locale;
	const colon = colonOf(locale);
	const name = (doc: Comparison['old']) => isolate(nameDocument(doc, locale), locale);
	out.push(paint(ANSI.bold, safe(`${name(cmp.old)} ${arrowOf(locale)} ${name(cmp.new)}`)));
	for (const [word, doc] of [
		[words.old, cmp.old],
		[words.new, cmp.new]
	] as const) {
		const source = parenthesize(isolate(sourceOf(doc, locale), locale), locale);
		out.push(safe(`${word}${colon}${describeDocument(doc, locale)}${source}`));
	}
	out.push(safe(model.summary));
	const legend = [
		renderInline([{ op: -1, text: words.deleted, routine: false }], color),
		renderInline([{ op: 1, text: words.inserted, routine: false }], color)
	];
	out.push(`${words.legend}${colon}${legend.join(' ')}`);
	for (const warning of model.warnings) out.push(paint(ANSI.warning, `${words.warning}${colon}${safe(warning)}`));

	const unchanged: ReportRow[] = [];
	for (const row of model.rows) {
		if (row.status === 'unchanged' && !options.all) {
			unchanged.push(row);
			continue;
		}
		out.push('');
		const heading = `── ${safe(row.label)} · ${row.statusName} ──`;
		out.push(paint(row.status === 'unchanged' ? ANSI.dim : ANSI.bold, heading));
		const pieces = options.context === undefined ? row.inline : elidePieces(row.inline, options.context);
		out.push(renderInline(pieces, color));
	}
	if (unchanged.length > 0) {
		const list = unchanged.map((row) => row.label).join(listSeparatorOf(locale));
		out.push('');
		out.push(
			paint(
				ANSI.dim,
				safe(`${words.unchangedRows}${parenthesize(String(unchanged.length), locale)}${colon}${list}`) +
					words.showAllHint
			)
		);
	}
	const notes = renderFootnotes(cmp.old.footnotes, cmp.new.footnotes, model.locale);
	if (notes.length > 0) out.push('', paint(ANSI.bold, words.footnotes), ...notes.map(safe));
	return out.join('\n') + '\n';
}

/** Lists footnotes by mark: once when both versions have the same text, else each version's. */
function renderFootnotes(oldNotes: Footnote[], newNotes: Footnote[], locale: ReportLocale): string[] {
	const words = PHRASES[locale];
	const lines: string[] = [];
	const oldByMark = new Map(oldNotes.map((f) => [f.mark, f]));
	const marks: string[] = [];
	for (const f of [...newNotes, ...oldNotes]) if (!marks.includes(f.mark)) marks.push(f.mark);
	const newByMark = new Map(newNotes.map((f) => [f.mark, f]));
	for (const mark of marks) {
		const before = oldByMark.get(mark);
		const after = newByMark.get(mark);
		if (before && after && before.text === after.text) lines.push(`${mark} ${after.text}`);
		else {
			if (before) lines.push(`${mark} [${words.old}] ${before.text}`);
			if (after) lines.push(`${mark} [${words.new}] ${after.text}`);
		}
	}
	return lines;
}
