/**
 * Reports on a series of versions (`resodiff series`): a grid of paragraph lines × versions showing where
 * each paragraph appeared, changed, moved and vanished; a per-version summary of substantive and routine
 * changes; and, when a phrase is given, where it stands in each version. Text for a terminal, one
 * self-contained HTML file, CSV for a spreadsheet, JSON for programs.
 */
import type { ResolutionDocument, RowStatus } from '../types';
import { nameVersion, type Lineage, type SeriesCell, type SeriesTrace } from '../series';
import { findTerm, type TermHits } from '../terms';
import { escapeHtml } from './html';
import { quoteCsvField } from './csv';
import { documentForJson, formatJson } from './json';
import { labelParagraphs, PHRASES, STATUS_NAMES } from './labels';
import { colonOf, type ReportLocale } from './locale';
import { describeWarning, warningsInEnglish } from '../warnings';
import { paletteCss, TERMINAL } from './palette';
import { displayWidth, padDisplay } from './width';

/** Options of the series renderers. */
export interface SeriesReportOptions {
	/** A phrase to trace across the versions (严重关切); null for none. */
	term?: string | null;
	/** ANSI colours in the text format. */
	color?: boolean;
	/** The language the warnings are said in (text and HTML); default Chinese, as the series reports' words are. */
	locale?: ReportLocale;
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

/** The label and opening words of a lineage, from the latest version where it stands. */
export function describeLineage(
	trace: SeriesTrace,
	lineage: Lineage,
	labels: Map<string, string>[]
): { label: string; text: string } {
	for (let k = lineage.cells.length - 1; k >= 0; k--) {
		const cell = lineage.cells[k];
		if (!cell) continue;
		const label = cell.ids.map((id) => labels[k].get(id) ?? id).join(' + ');
		return { label, text: textsOf(trace.documents[k]).get(cell.ids[0]) ?? '' };
	}
	return { label: lineage.id, text: '' };
}

/** Shortens to `max` characters (code points), with an ellipsis when cut. */
function clip(text: string, max: number): string {
	const chars = [...text];
	return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** Where the phrase stands, or null when no phrase was asked for. */
function termHits(trace: SeriesTrace, term: string | null | undefined): TermHits | null {
	return term ? findTerm(trace.documents, term) : null;
}

/** The series as text: versions, per-version summary, the grid, and the phrase's appearances. */
export function renderSeriesText(trace: SeriesTrace, options: SeriesReportOptions = {}): string {
	const color = options.color ?? false;
	const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
	const docs = trace.documents;
	const labels = docs.map((d) => labelParagraphs(d));
	const summaries = summarizeVersions(trace);
	const lines: string[] = [
		`系列对照 Series: ${docs.length} 个版本 versions, ${trace.lineages.length} 条段落脉络 paragraph lines`,
		''
	];
	docs.forEach((doc, k) => {
		const s = summaries[k];
		const facts = [doc.meta.date, doc.meta.session ? `第${doc.meta.session}届` : null].filter(Boolean).join(' ');
		const changes =
			k === 0
				? '(first version)'
				: `实质修改 ${s.substantive} · 例行 ${s.routine} · 新增 ${s.inserted} · 删除 ${s.ended} · 未改动 ${s.unchanged}`;
		lines.push(`  v${k + 1}  ${padDisplay(nameVersion(doc), 14)} ${padDisplay(facts, 18)} ${changes}`);
	});
	lines.push(
		'',
		`  = 未改动 unchanged   ~ 修改 modified (r = 例行 routine)   + 新增 inserted   > 移动 moved   < 拆分 split   & 合并 merged   · 无 absent`,
		''
	);
	const described = trace.lineages.map((l) => describeLineage(trace, l, labels));
	const labelWidth = Math.min(22, Math.max(8, ...described.map((d) => displayWidth(d.label))));
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
		lines.push(
			`  ${padDisplay(lineage.id, 5)} ${cells}  ${padDisplay(clip(label, 22), labelWidth)}  ${clip(text, 28)}`
		);
	}
	const hits = termHits(trace, options.term);
	if (hits) {
		lines.push(
			'',
			`“${hits.phrase}”：` +
				(hits.first === null
					? '不见于任何版本 (in no version)'
					: `首见于 first in v${hits.first + 1} ${nameVersion(docs[hits.first])}，最后见于 last in v${hits.last! + 1} ${nameVersion(docs[hits.last!])}`)
		);
		for (const d of hits.documents) {
			const where = d.paragraphs.map((p) => labels[d.index].get(p.id) ?? p.id).join('，');
			lines.push(
				`  v${d.index + 1}  ${padDisplay(nameVersion(docs[d.index]), 14)} ${d.count} 处${where ? `：${where}` : ''}`
			);
		}
	}
	const locale = options.locale ?? 'zh';
	for (const w of trace.warnings ?? [])
		lines.push(paint(TERMINAL.warning, `${PHRASES[locale].warning}${colonOf(locale)}${describeWarning(w, locale)}`));
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

/** The series as CSV: a record per paragraph line, a column per version (status, `r` when routine). */
export function renderSeriesCsv(trace: SeriesTrace): string {
	const labels = trace.documents.map((d) => labelParagraphs(d));
	const header = ['lineage', 'label', 'text', ...trace.documents.map(nameVersion)];
	const records = [header];
	for (const lineage of trace.lineages) {
		const { label, text } = describeLineage(trace, lineage, labels);
		const cells = lineage.cells.map((c: SeriesCell | null) =>
			c ? c.status + (c.routine && c.status !== 'unchanged' ? ' (routine)' : '') : ''
		);
		records.push([lineage.id, label, text, ...cells]);
	}
	// A byte-order mark so that spreadsheet programs read the Chinese as UTF-8.
	return '\ufeff' + records.map((r) => r.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}

/** The series as one self-contained HTML page: summary chart, grid, and the phrase's appearances. */
export function renderSeriesHtml(trace: SeriesTrace, options: SeriesReportOptions = {}): string {
	const docs = trace.documents;
	const labels = docs.map((d) => labelParagraphs(d));
	const summaries = summarizeVersions(trace);
	const most = Math.max(1, ...summaries.map((s) => s.substantive + s.routine + s.inserted + s.ended));
	const e = escapeHtml;
	const head = docs
		.map((d, k) => `<th scope="col">v${k + 1}<br>${e(nameVersion(d))}<br><small>${e(d.meta.date ?? '')}</small></th>`)
		.join('');
	const chart = docs
		.map((d, k) => {
			const s = summaries[k];
			const bar = (n: number, cls: string, name: string) =>
				n ? `<span class="${cls}" style="width:${(100 * n) / most}%" title="${name} ${n}"></span>` : '';
			return `<tr><th scope="row">v${k + 1} ${e(nameVersion(d))}</th><td class="bar">${bar(s.substantive, 'sub', '实质修改')}${bar(s.routine, 'rou', '例行')}${bar(s.inserted, 'ins', '新增')}${bar(s.ended, 'del', '删除')}</td><td>${k === 0 ? '—' : `实质 ${s.substantive} · 例行 ${s.routine} · 新增 ${s.inserted} · 删除 ${s.ended}`}</td></tr>`;
		})
		.join('\n');
	const grid = trace.lineages
		.map((lineage) => {
			const { label, text } = describeLineage(trace, lineage, labels);
			const cells = lineage.cells
				.map((c) => {
					if (!c) return '<td class="tone-absent">·</td>';
					const routine = c.routine && c.status !== 'unchanged';
					const name = STATUS_NAMES[c.status].zh + (routine ? '（例行）' : '');
					return `<td class="tone-${routine ? 'routine' : c.status}" title="${e(name)}">${e(GLYPHS[c.status])}</td>`;
				})
				.join('');
			return `<tr><th scope="row">${e(label)}</th>${cells}<td class="text">${e(clip(text, 40))}</td></tr>`;
		})
		.join('\n');
	const hits = termHits(trace, options.term);
	const terms = hits
		? `<section><h2>“${e(hits.phrase)}”</h2><ul>${hits.documents
				.map(
					(d) =>
						`<li>v${d.index + 1} ${e(nameVersion(docs[d.index]))}: ${d.count} 处${d.paragraphs.length ? '：' + d.paragraphs.map((p) => e(labels[d.index].get(p.id) ?? p.id)).join('，') : ''}</li>`
				)
				.join('')}</ul></section>`
		: '';
	return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(`系列对照 ${docs.map(nameVersion).join(' → ')}`)}</title>
<style>
${paletteCss()}body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 1.5rem auto; max-width: 80rem; padding: 0 1rem; line-height: 1.6; color: var(--ink); background: var(--surface); }
table { border-collapse: collapse; }
th, td { padding: .2rem .45rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
td.bar { width: 40%; } td.bar span { display: inline-block; height: .9rem; }
.sub { background: var(--st-modified); } .ins { background: var(--st-inserted); }
.rou { background: repeating-linear-gradient(45deg, var(--st-unchanged) 0 3px, color-mix(in srgb, var(--st-unchanged) 45%, transparent) 3px 6px); }
.del { background: repeating-linear-gradient(-45deg, var(--st-deleted) 0 2px, color-mix(in srgb, var(--st-deleted) 40%, transparent) 2px 5px); }
table.grid td { text-align: center; font-family: monospace; }
table.grid td.text { text-align: left; font-family: inherit; color: var(--ink-soft); }
table.grid td[class^="tone-"] { background: var(--cell-bg, transparent); color: var(--cell-ink, inherit); }
.warning { border-left: 4px solid var(--warn-rule); background: var(--warn-bg); color: var(--warn-ink); padding: .4rem .8rem; }
@media print { body { margin: 0; max-width: none; } td, td.bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
</style></head><body>
<h1>系列对照 · ${docs.length} 个版本</h1>
<section><h2>每个版本的改动</h2><table class="summary">${chart}</table></section>
<section><h2>段落脉络</h2><table class="grid"><thead><tr><th></th>${head}<th></th></tr></thead><tbody>
${grid}
</tbody></table>
<p>= 未改动 · ~ 修改 · + 新增 · &gt; 移动 · &lt; 拆分 · &amp; 合并 · “·” 该版本中没有此段</p></section>
${terms}
${(trace.warnings ?? []).map((w) => `<p class="warning">${e(describeWarning(w, options.locale ?? 'zh'))}</p>`).join('\n')}
</body></html>
`;
}
