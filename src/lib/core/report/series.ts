/**
 * Reports on a series of versions (`resodiff series`): a grid of paragraph lines × versions showing where
 * each paragraph appeared, changed, moved and vanished; a per-version summary of substantive and routine
 * changes; and, when a phrase is given, where it stands in each version. Text for a terminal, one
 * self-contained HTML file, CSV for a spreadsheet, JSON for programs. The text, HTML and CSV speak one report
 * locale, the latest version's language unless asked otherwise: their words from the phrases (./phrases/*.ts,
 * `series`), status names and paragraph labels from ./labels.ts, with the locale's colon, quotes and lists,
 * and right to left in Arabic. The JSON is the machine interface's, the same in every locale.
 */
import type { ResolutionDocument, RowStatus } from '../types';
import { nameVersion, type Lineage, type SeriesCell, type SeriesTrace } from '../series';
import { findTerm, type TermHits } from '../terms';
import { bdi, escapeHtml, tagOf, textAttributes } from './html';
import { quoteCsvField } from './csv';
import { documentForJson, formatJson } from './json';
import { labelParagraphs, nameStatus, PHRASES, STATUS_NAMES } from './labels';
import {
	arrowOf,
	capitalize,
	colonOf,
	isolate,
	isRightToLeft,
	listSeparatorOf,
	localeOfDocuments,
	parenthesize,
	type ReportLocale
} from './locale';
import { describeWarning, warningsInEnglish } from '../warnings';
import { paletteCss, TERMINAL } from './palette';
import { displayWidth, padDisplay } from './width';

/** Options of the series renderers. */
export interface SeriesReportOptions {
	/** A phrase to trace across the versions (严重关切); null for none. */
	term?: string | null;
	/** ANSI colours in the text format. */
	color?: boolean;
	/**
	 * The language of the report's own words, its paragraph labels and its warnings (text, HTML, CSV); by
	 * default the latest version's language ({@link localeOfDocuments}). The JSON speaks the contract's English.
	 */
	locale?: ReportLocale | null;
}

/** Counts of one version's changes against the version before it. */
export interface VersionSummary {
	/** Lines whose text changed in wording (not only routinely), moved, split or merged. */
	substantive: number;
	/** Lines changed only by dates, symbols, session and meeting numbers. */
	routine: number;
	/** Lines that first appear in this version. */
	inserted: number;
	/** Lines present in the version before that end before this one. */
	ended: number;
	/** Lines carried over unchanged. */
	unchanged: number;
}

/** One symbol a cell status, for the text grid; `·` where the paragraph is absent. */
const GLYPHS: Record<Exclude<RowStatus, 'deleted'>, string> = {
	unchanged: '=',
	modified: '~',
	inserted: '+',
	moved: '>',
	split: '<',
	merged: '&'
};

/** A cell's colour in a terminal: the app's tones (palette.ts); a routine change is dimmed like no change. */
const CELL_TERMINAL: Record<Exclude<RowStatus, 'deleted'>, string> = {
	unchanged: TERMINAL.dim,
	modified: TERMINAL.modified,
	inserted: TERMINAL.ins,
	moved: TERMINAL.moved,
	split: TERMINAL.split,
	merged: TERMINAL.split
};

/** Summarises each version's changes against the one before (the first version has none). */
export function summarizeVersions(trace: SeriesTrace): VersionSummary[] {
	return trace.documents.map((_, k) => {
		const summary: VersionSummary = { substantive: 0, routine: 0, inserted: 0, ended: 0, unchanged: 0 };
		if (k === 0) return summary;
		for (const lineage of trace.lineages) {
			const cell = lineage.cells[k];
			const before = lineage.cells[k - 1];
			if (!cell) {
				if (before) summary.ended++;
				continue;
			}
			if (!before) summary.inserted++;
			else if (cell.status === 'unchanged') summary.unchanged++;
			else if (cell.routine) summary.routine++;
			else summary.substantive++;
		}
		return summary;
	});
}

/** Paragraph texts by id, one map per document however many lineages ask. */
const textsById = new WeakMap<ResolutionDocument, Map<string, string>>();
function textsOf(doc: ResolutionDocument): Map<string, string> {
	let texts = textsById.get(doc);
	if (!texts) textsById.set(doc, (texts = new Map(doc.paragraphs.map((p) => [p.id, p.text]))));
	return texts;
}

/** The label and opening words of a lineage, from the latest version where it stands (`version`, its index). */
export function describeLineage(
	trace: SeriesTrace,
	lineage: Lineage,
	labels: Map<string, string>[]
): { label: string; text: string; version: number | null } {
	for (let k = lineage.cells.length - 1; k >= 0; k--) {
		const cell = lineage.cells[k];
		if (!cell) continue;
		const label = cell.ids.map((id) => labels[k].get(id) ?? id).join(' + ');
		return { label, text: textsOf(trace.documents[k]).get(cell.ids[0]) ?? '', version: k };
	}
	return { label: lineage.id, text: '', version: null };
}

/** Characters of a paragraph label in the text grid: "Párr. 12 de la parte dispositiva" whole. */
const LABEL_CHARS = 36;

/** A no-break space, between a mark of the legend and its name. */
const NBSP = '\u00a0';

/** Shortens to `max` characters (code points), with an ellipsis when cut. */
function clip(text: string, max: number): string {
	const chars = [...text];
	return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** Where the phrase stands, or null when no phrase was asked for. */
function termHits(trace: SeriesTrace, term: string | null | undefined): TermHits | null {
	return term ? findTerm(trace.documents, term) : null;
}

/** The locale a series report speaks: the one asked for, else the latest version's language. */
function localeOf(trace: SeriesTrace, options: SeriesReportOptions): ReportLocale {
	return options.locale ?? localeOfDocuments(...trace.documents);
}

/** What dates a version: its date and its session, `2021-12-06 第76届`, `2021-12-06 76th session`. */
function dateVersion(doc: ResolutionDocument, locale: ReportLocale): string {
	const { date, session } = doc.meta;
	return [date ? isolate(date, locale) : null, session ? PHRASES[locale].series.session(session) : null]
		.filter(Boolean)
		.join(' ');
}

/** A version's changes against the one before, counted: `实质修改 7 · 例行 5 · 新增 0 · 删除 0 · 未改动 15`. */
function countChanges(s: VersionSummary, locale: ReportLocale): string {
	const words = PHRASES[locale];
	const counts: [string, number][] = [
		[words.series.substantive, s.substantive],
		[words.routine, s.routine],
		[STATUS_NAMES.inserted[locale], s.inserted],
		[STATUS_NAMES.deleted[locale], s.ended],
		[STATUS_NAMES.unchanged[locale], s.unchanged]
	];
	return counts.map(([name, n]) => `${name} ${n}`).join(' · ');
}

/** The marks of the grid, each with its name: the glyph of every status, `r` for routine, `·` for absent. */
function legendEntries(locale: ReportLocale): { glyph: string; tone: string; name: string }[] {
	const words = PHRASES[locale];
	const status = (s: Exclude<RowStatus, 'deleted'>) => ({ glyph: GLYPHS[s], tone: s, name: STATUS_NAMES[s][locale] });
	return [
		status('unchanged'),
		{ ...status('modified'), name: STATUS_NAMES.modified[locale] + parenthesize(`r = ${words.routine}`, locale) },
		status('inserted'),
		status('moved'),
		status('split'),
		status('merged'),
		{ glyph: '·', tone: 'absent', name: words.series.absent }
	];
}

/** The series as text: versions, per-version summary, the grid, and the phrase's appearances. */
export function renderSeriesText(trace: SeriesTrace, options: SeriesReportOptions = {}): string {
	const color = options.color ?? false;
	const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
	const locale = localeOf(trace, options);
	const words = PHRASES[locale];
	const colon = colonOf(locale);
	const docs = trace.documents;
	const labels = docs.map((d) => labelParagraphs(d, locale));
	const summaries = summarizeVersions(trace);
	const names = docs.map((d) => isolate(nameVersion(d), locale));
	const nameWidth = Math.max(14, ...names.map(displayWidth));
	const dates = docs.map((d) => dateVersion(d, locale));
	const dateWidth = Math.max(...dates.map(displayWidth));
	const lines: string[] = [
		`${words.series.title}${colon}${words.series.count(docs.length, trace.lineages.length)}`,
		''
	];
	docs.forEach((_, k) => {
		const changes =
			k === 0 ? parenthesize(words.series.firstVersion, locale).trim() : countChanges(summaries[k], locale);
		lines.push(`  v${k + 1}  ${padDisplay(names[k], nameWidth)} ${padDisplay(dates[k], dateWidth)}  ${changes}`);
	});
	const legend = legendEntries(locale).map((entry) => `${entry.glyph} ${entry.name}`);
	lines.push('', `  ${words.legend}${colon}${legend.join('   ')}`, '');
	const described = trace.lineages.map((l) => describeLineage(trace, l, labels));
	const labelWidth = Math.min(LABEL_CHARS, Math.max(8, ...described.map((d) => displayWidth(d.label))));
	for (const [i, lineage] of trace.lineages.entries()) {
		const cells = lineage.cells
			.map((cell) => {
				if (!cell) return paint(TERMINAL.dim, ' · ');
				const glyph = GLYPHS[cell.status] + (cell.routine && cell.status !== 'unchanged' ? 'r' : ' ');
				const code = cell.routine ? TERMINAL.dim : CELL_TERMINAL[cell.status];
				return paint(code, ` ${glyph}`);
			})
			.join('');
		const { label, text } = described[i];
		const shown = isolate(clip(label, LABEL_CHARS), locale);
		lines.push(
			`  ${padDisplay(lineage.id, 5)} ${cells}  ${padDisplay(shown, labelWidth)}  ${isolate(clip(text, 28), locale)}`
		);
	}
	const hits = termHits(trace, options.term);
	if (hits) {
		const version = (k: number) => isolate(`v${k + 1} ${nameVersion(docs[k])}`, locale);
		lines.push(
			'',
			words.quote(hits.phrase) +
				colon +
				(hits.first === null
					? words.series.termNowhere
					: words.series.termSpan(version(hits.first), version(hits.last!)))
		);
		for (const d of hits.documents) {
			const where = d.paragraphs.map((p) => labels[d.index].get(p.id) ?? p.id).join(listSeparatorOf(locale));
			lines.push(
				`  v${d.index + 1}  ${padDisplay(names[d.index], nameWidth)} ${words.series.occurrences(d.count)}${where ? `${colon}${where}` : ''}`
			);
		}
	}
	for (const w of trace.warnings ?? [])
		lines.push(paint(TERMINAL.warning, `${words.warning}${colon}${describeWarning(w, locale)}`));
	return lines.join('\n') + '\n';
}

/** The series as JSON: the contract's `series` shape, plus `terms` when a phrase was asked for. */
export function renderSeriesJson(trace: SeriesTrace, options: SeriesReportOptions = {}): string {
	const hits = termHits(trace, options.term);
	const out: Record<string, unknown> = {
		version: trace.version,
		documents: trace.documents.map(documentForJson),
		lineages: trace.lineages
	};
	if (trace.warnings?.length) out.warnings = warningsInEnglish(trace.warnings);
	if (hits) out.terms = hits;
	// series → documents → document → paragraphs: a paragraph a line, and a lineage's cells a line each.
	return formatJson(out, 4) + '\n';
}

/** The series as CSV: a record per paragraph line, a column per version (its status, and whether routine). */
export function renderSeriesCsv(trace: SeriesTrace, options: Pick<SeriesReportOptions, 'locale'> = {}): string {
	const locale = localeOf(trace, options);
	const words = PHRASES[locale];
	const labels = trace.documents.map((d) => labelParagraphs(d, locale));
	// The header in the report's language, as the comparison's CSV has it.
	const header = [words.series.line, words.paragraph, words.series.text, ...trace.documents.map(nameVersion)];
	const records = [header];
	for (const lineage of trace.lineages) {
		const { label, text } = describeLineage(trace, lineage, labels);
		const cells = lineage.cells.map((c: SeriesCell | null) => (c ? nameStatus(c.status, c.routine, locale) : ''));
		records.push([lineage.id, label, text, ...cells]);
	}
	// A byte-order mark so that spreadsheet programs read the Chinese as UTF-8.
	return '\ufeff' + records.map((r) => r.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}

/** The series as one self-contained HTML page: summary chart, grid, and the phrase's appearances. */
export function renderSeriesHtml(trace: SeriesTrace, options: SeriesReportOptions = {}): string {
	const locale = localeOf(trace, options);
	const words = PHRASES[locale];
	const colon = colonOf(locale);
	const docs = trace.documents;
	const labels = docs.map((d) => labelParagraphs(d, locale));
	const summaries = summarizeVersions(trace);
	const most = Math.max(1, ...summaries.map((s) => s.substantive + s.routine + s.inserted + s.ended));
	const e = escapeHtml;
	// A version as one run, so that its number and name keep their order in a right-to-left page.
	const version = (k: number) => bdi(`v${k + 1} ${nameVersion(docs[k])}`);
	const head = docs
		.map((d, k) => {
			const facts = [
				d.meta.date ? bdi(d.meta.date) : null,
				d.meta.session ? e(words.series.session(d.meta.session)) : null
			];
			return `<th scope="col">v${k + 1}<br>${bdi(nameVersion(d))}<br><small>${facts.filter(Boolean).join('<br>')}</small></th>`;
		})
		.join('');
	const chart = docs
		.map((_, k) => {
			const s = summaries[k];
			const bar = (n: number, cls: string, name: string) =>
				n ? `<span class="${cls}" style="width:${(100 * n) / most}%" title="${e(`${name} ${n}`)}"></span>` : '';
			const bars =
				bar(s.substantive, 'sub', words.series.substantive) +
				bar(s.routine, 'rou', words.routine) +
				bar(s.inserted, 'ins', STATUS_NAMES.inserted[locale]) +
				bar(s.ended, 'del', STATUS_NAMES.deleted[locale]);
			const counts = k === 0 ? words.series.firstVersion : countChanges(s, locale);
			return `<tr><th scope="row">${version(k)}</th><td class="bar">${bars}</td><td>${e(counts)}</td></tr>`;
		})
		.join('\n');
	const grid = trace.lineages
		.map((lineage) => {
			const { label, text, version: k } = describeLineage(trace, lineage, labels);
			const cells = lineage.cells
				.map((c) => {
					if (!c) return `<td class="tone-absent" title="${e(words.series.absent)}">·</td>`;
					const routine = c.routine && c.status !== 'unchanged';
					const name = nameStatus(c.status, c.routine, locale);
					return `<td class="tone-${routine ? 'routine' : c.status}" title="${e(name)}">${e(GLYPHS[c.status])}</td>`;
				})
				.join('');
			// The document's own words keep their language and direction.
			const language = k === null ? '' : textAttributes(docs[k]);
			return `<tr><th scope="row">${e(label)}</th>${cells}<td class="text"${language}>${e(clip(text, 40))}</td></tr>`;
		})
		.join('\n');
	const legend = legendEntries(locale)
		.map((entry) => `<span class="key tone-${entry.tone}">${e(entry.glyph)}</span>${NBSP}${e(entry.name)}`)
		.join(' · ');
	const hits = termHits(trace, options.term);
	const terms = hits
		? `<section><h2>${e(words.quote(hits.phrase))}</h2><p>${
				hits.first === null
					? e(capitalize(words.series.termNowhere, locale))
					: // The versions' names are isolated, so the sentence is escaped around them.
						e(capitalize(words.series.termSpan('{1}', '{2}'), locale))
							.replace('{1}', version(hits.first))
							.replace('{2}', version(hits.last!))
			}</p><ul>${hits.documents
				.map((d) => {
					const where = d.paragraphs.map((p) => labels[d.index].get(p.id) ?? p.id).join(listSeparatorOf(locale));
					return `<li>${version(d.index)}${e(colon)}${e(words.series.occurrences(d.count))}${where ? e(`${colon}${where}`) : ''}</li>`;
				})
				.join('')}</ul></section>`
		: '';
	const warnings = trace.warnings ?? [];
	return `<!doctype html>
<html lang="${tagOf(locale)}" dir="${isRightToLeft(locale) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(`${words.series.title}${colon}${docs.map(nameVersion).join(` ${arrowOf(locale)} `)}`)}</title>
<style>
${paletteCss()}body { font-family: "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; margin: 1.5rem auto; max-width: 80rem; padding: 0 1rem; line-height: 1.6; color: var(--ink); background: var(--surface); }
:lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Traditional Arabic", "DejaVu Sans", sans-serif; }
table { border-collapse: collapse; }
th, td { padding: .2rem .45rem; border-bottom: 1px solid var(--rule); text-align: start; vertical-align: top; }
td.bar { width: 40%; } td.bar span { display: inline-block; height: .9rem; }
.sub { background: var(--st-modified); } .ins { background: var(--st-inserted); }
.rou { background: repeating-linear-gradient(45deg, var(--st-unchanged) 0 3px, color-mix(in srgb, var(--st-unchanged) 45%, transparent) 3px 6px); }
.del { background: repeating-linear-gradient(-45deg, var(--st-deleted) 0 2px, color-mix(in srgb, var(--st-deleted) 40%, transparent) 2px 5px); }
table.grid td { text-align: center; font-family: monospace; }
table.grid td.text { text-align: start; font-family: inherit; color: var(--ink-soft); }
table.grid td[class^="tone-"], .key { background: var(--cell-bg, transparent); color: var(--cell-ink, inherit); }
.key { display: inline-block; min-width: 1.4em; text-align: center; font-family: monospace; border: 1px solid var(--rule); }
.count, .legend { color: var(--ink-soft); }
.warning { border-inline-start: 4px solid var(--warn-rule); background: var(--warn-bg); color: var(--warn-ink); padding: .4rem .8rem; }
@media print { body { margin: 0; max-width: none; } td, td.bar span, .key { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
</style></head><body>
<h1>${e(words.series.title)}</h1>
<p class="count">${e(words.series.count(docs.length, trace.lineages.length))}</p>
<section><h2>${e(words.series.changesByVersion)}</h2><table class="summary">${chart}</table></section>
<section><h2>${e(words.series.paragraphLines)}</h2><table class="grid"><thead><tr><th scope="col">${e(words.paragraph)}</th>${head}<th scope="col">${e(words.series.text)}</th></tr></thead><tbody>
${grid}
</tbody></table>
<p class="legend">${e(words.legend + colon)}${legend}</p></section>
${terms}
${warnings.map((w) => `<p class="warning">${e(`${words.warning}${colon}${describeWarning(w, locale)}`)}</p>`).join('\n')}
</body></html>
`;
}
