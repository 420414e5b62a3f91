// Turns the benchmark's measurements into the printed table and the pass/fail verdict on each target.
import { summarize } from './measure.js';

/** @typedef {import('./measure.js').Summary} Summary */

/**
 * @typedef {object} ContenderResult
 * @property {'ok' | 'capped' | 'error' | 'unavailable' | 'skipped'} status
 * @property {number[]} times        milliseconds of each timed run
 * @property {number[]} cpu          CPU milliseconds (user + system) of each timed run
 * @property {number[]} rss          peak memory of each timed run (KiB)
 * @property {string | null} note     why it has no time, when it has none
 * @property {Summary | null} [summary]
 * @property {Summary | null} [cpuSummary]
 */

/**
 * @typedef {object} SizeResult
 * @property {number} paragraphs
 * @property {number} oldBytes
 * @property {number} newBytes
 * @property {Record<string, number>} planted
 * @property {Record<string, number> | null} found     row counts of resodiff's comparison, and operative paragraphs read
 * @property {string[]} warnings
 * @property {Record<string, ContenderResult>} contenders
 */

/** The targets, with their limits in one place. */
export const TARGETS = Object.freeze({
	/** At 2,000 paragraphs the CLI process takes at most this share of the diff-match-patch process. */
	cliVersusDmpAt2000: 0.3,
	/** From 2,000 to 8,000 paragraphs (4× the text) time grows at most this much: near-linear. */
	growth2000To8000: 6,
	/** Peak memory of any resodiff process at 8,000 paragraphs, in MB (10^6 bytes). */
	peakMemoryAt8000MB: 300,
	/** Median in-process time of the showcase pair (67/38 → 76/40), milliseconds. */
	showcaseMs: 50,
	/** Median wall time of `resodiff parse` on a 10-page UN PDF, whole process, milliseconds. */
	pdfMs: 500
});

/**
 * Formats milliseconds for a person: `38 ms`, `2.41 s`; Infinity (a run stopped at the cap) as `> cap`.
 * @param {number | null | undefined} ms
 * @returns {string}
 */
export function formatMs(ms) {
	if (ms === null || ms === undefined) return '–';
	if (ms === Infinity) return '> cap';
	if (ms < 10) return `${ms.toFixed(1)} ms`;
	if (ms < 1000) return `${Math.round(ms)} ms`;
	return `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}

/**
 * Formats a ratio: two decimals, or two significant digits below 0.1 (`0.49×`, `0.0037×`).
 * @param {number} ratio
 * @returns {string}
 */
export function formatRatio(ratio) {
	return `${ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2)}×`;
}

/**
 * Formats KiB as MB (10^6 bytes), the unit of the memory target.
 * @param {number | null | undefined} kib
 * @returns {string}
 */
export function formatMB(kib) {
	return kib ? `${Math.round((kib * 1024) / 1e6)} MB` : '–';
}

/**
 * Adds each contender's median, min and max.
 * @param {SizeResult[]} sizes
 * @returns {SizeResult[]}
 */
export function summarizeSizes(sizes) {
	for (const size of sizes) {
		for (const result of Object.values(size.contenders)) {
			result.summary = summarize(result.times);
			result.cpuSummary = summarize(result.cpu ?? []);
		}
	}
	return sizes;
}

/**
 * The contender's time summary when it has a real median (the runs that count finished), else null.
 * @param {ContenderResult | undefined} result
 * @returns {Summary | null}
 */
function timed(result) {
	return result?.summary && result.summary.median !== Infinity ? result.summary : null;
}

/**
 * The contender's CPU-time summary, when its time has a real median.
 * @param {ContenderResult | undefined} result
 * @returns {Summary | null}
 */
function timedCpu(result) {
	return timed(result) ? (result?.cpuSummary ?? null) : null;
}

/**
 * One cell of the time table: `median (min–max)`, or why there is no time.
 * @param {ContenderResult | undefined} result
 * @param {number} capMs
 * @returns {string}
 */
function timeCell(result, capMs) {
	if (!result) return 'not run';
	if (result.summary && result.summary.median !== Infinity) {
		const { median, min, max, n } = result.summary;
		if (n === 1) return formatMs(median);
		if (max === Infinity) {
			const over = result.times.filter((t) => t === Infinity).length;
			return `${formatMs(median)} (from ${formatMs(min)}; ${over} of ${n} runs > ${formatMs(capMs)})`;
		}
		return `${formatMs(median)} (${formatMs(min)}–${formatMs(max)})`;
	}
	if (result.status === 'capped') return `> ${formatMs(capMs)}`;
	return result.status === 'skipped' ? `> ${formatMs(capMs)}*` : result.status;
}

/**
 * The ratio of two medians, as `0.21×`, or a bound when the denominator did not finish.
 * @param {ContenderResult | undefined} numerator
 * @param {ContenderResult | undefined} denominator
 * @param {number} capMs
 * @returns {string}
 */
function ratioCell(numerator, denominator, capMs) {
	if (!numerator?.summary || numerator.summary.median === Infinity) return '–';
	if (denominator?.summary && denominator.summary.median !== Infinity)
		return formatRatio(numerator.summary.median / denominator.summary.median);
	if (denominator && (denominator.status === 'capped' || denominator.status === 'skipped')) {
		return `< ${formatRatio(numerator.summary.median / capMs)}`;
	}
	return '–';
}

/**
 * The ratio of two median CPU times, as `0.21×`, or `–` when either has none.
 * @param {ContenderResult | undefined} numerator
 * @param {ContenderResult | undefined} denominator
 * @returns {string}
 */
function cpuRatioCell(numerator, denominator) {
	const [a, b] = [timedCpu(numerator), timedCpu(denominator)];
	return a && b ? formatRatio(a.median / b.median) : '–';
}

/**
 * Pads a table to aligned columns (the table holds no wide characters, so length is width).
 * @param {string[][]} rows
 * @returns {string}
 */
function table(rows) {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
	return rows
		.map((row) =>
			row
				.map((cell, c) => String(cell).padEnd(widths[c]))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

/**
 * Renders the tables: times, ratios, peak memory, growth.
 * @param {{ sizes: SizeResult[], capMs: number, contenders: { id: string, label: string }[] }} results
 */
export function renderTables({ sizes, capMs, contenders }) {
	const out = [];
	const header = ['paragraphs', 'KB old/new', ...contenders.map((c) => c.label)];
	const timeRows = sizes.map((s) => [
		s.paragraphs.toLocaleString('en-US'),
		`${Math.round(s.oldBytes / 1000)}/${Math.round(s.newBytes / 1000)}`,
		...contenders.map((c) => timeCell(s.contenders[c.id], capMs))
	]);
	out.push('Time, median of the timed runs (min–max):', table([header, ...timeRows]));
	if (sizes.some((s) => Object.values(s.contenders).some((r) => r.status === 'skipped'))) {
		out.push('(* not run: it did not finish within the cap at a smaller size.)');
	}
	out.push('');

	const cpuRows = sizes.map((s) => [
		s.paragraphs.toLocaleString('en-US'),
		...contenders.map((c) => {
			const r = s.contenders[c.id];
			const cpu = timedCpu(r);
			return cpu ? formatMs(cpu.median) : timed(r) ? '?' : '–';
		})
	]);
	out.push('CPU time (user + system, all threads of the process), median; it moves little when the machine is shared:');
	out.push(table([['paragraphs', ...contenders.map((c) => c.label)], ...cpuRows]), '');

	const ratioRows = sizes.map((s) => [
		s.paragraphs.toLocaleString('en-US'),
		ratioCell(s.contenders.cli, s.contenders.dmp, capMs),
		ratioCell(s.contenders.cli, s.contenders.jsdiff, capMs),
		ratioCell(s.contenders.inproc, s.contenders.dmp, capMs),
		ratioCell(s.contenders.inproc, s.contenders.jsdiff, capMs),
		cpuRatioCell(s.contenders.cli, s.contenders.dmp)
	]);
	out.push('Ratios of medians (lower is faster for resodiff):');
	out.push(
		table([
			['paragraphs', 'CLI / dmp', 'CLI / jsdiff', 'in-process / dmp', 'in-process / jsdiff', 'CLI / dmp in CPU time'],
			...ratioRows
		]),
		''
	);

	const memRows = sizes.map((s) => [
		s.paragraphs.toLocaleString('en-US'),
		...contenders.map((c) => {
			const r = s.contenders[c.id];
			return r && r.rss.length ? formatMB(Math.max(...r.rss)) : '–';
		})
	]);
	out.push('Peak memory (resident set, highest over the runs; in-process: after one comparison):');
	out.push(table([['paragraphs', ...contenders.map((c) => c.label)], ...memRows]), '');

	const growthRows = [];
	for (let i = 1; i < sizes.length; i++) {
		const [a, b] = [sizes[i - 1], sizes[i]];
		growthRows.push([
			`${a.paragraphs.toLocaleString('en-US')} → ${b.paragraphs.toLocaleString('en-US')} (${(b.paragraphs / a.paragraphs).toFixed(0)}× text)`,
			...contenders.map((c) => {
				const [x, y] = [timed(a.contenders[c.id]), timed(b.contenders[c.id])];
				const [xc, yc] = [timedCpu(a.contenders[c.id]), timedCpu(b.contenders[c.id])];
				if (!x || !y) return '–';
				return (
					`${(y.median / x.median).toFixed(2)}×` + (xc && yc ? ` (CPU ${(yc.median / xc.median).toFixed(2)}×)` : '')
				);
			})
		]);
	}
	if (growthRows.length) {
		out.push('Growth of the median time between sizes (in brackets: of the median CPU time):');
		out.push(table([['sizes', ...contenders.map((c) => c.label)], ...growthRows]), '');
	}

	const found = /** @type {(SizeResult & { found: Record<string, number> })[]} */ (sizes.filter((s) => s.found));
	if (found.length) {
		out.push('What resodiff found against what was planted (rows by status):');
		const rows = found.map((s) => {
			const f = s.found;
			const p = s.planted;
			return [
				s.paragraphs.toLocaleString('en-US'),
				`${f.oldOperative}/${p.paragraphs}, ${f.newOperative}/${p.newParagraphs}`,
				`${f.unchanged ?? 0} / ${p.paragraphs - p.reworded - p.deleted - p.moved}`,
				`${f.modified ?? 0} / ${p.reworded}`,
				`${f.deleted ?? 0} / ${p.deleted}`,
				`${f.inserted ?? 0} / ${p.inserted}`,
				`${f.moved ?? 0} / ${p.moved}`,
				`${f.split ?? 0}/${f.merged ?? 0}`,
				s.warnings.length ? s.warnings.join('; ').slice(0, 80) : '–'
			];
		});
		out.push(
			table([
				[
					'paragraphs',
					'read as operative (old, new)',
					'unchanged',
					'modified',
					'deleted',
					'inserted',
					'moved',
					'split/merged',
					'warnings'
				],
				...rows
			])
		);
		out.push(
			'(found / planted; unchanged and modified count operative paragraphs only on the planted side, so the preamble adds a few.)',
			''
		);
	}
	const notes = sizes.flatMap((s) =>
		Object.entries(s.contenders)
			.filter(([, r]) => r.note)
			.map(([id, r]) => `  ${s.paragraphs}, ${id}: ${r.note}`)
	);
	if (notes.length) out.push('Notes:', ...notes, '');
	return out.join('\n');
}

/**
 * @typedef {object} TargetResult
 * @property {string} name
 * @property {boolean | null} pass   null when it could not be measured in this run
 * @property {string} detail
 */

/**
 * Checks every target against the measurements.
 * @param {{ sizes: SizeResult[], showcase: (Summary & { coldMs: number }) | null, capMs: number, pdf?: import('./pdf.js').PdfResult | null }} results
 * @returns {TargetResult[]}
 */
export function checkTargets({ sizes, showcase, capMs, pdf = null }) {
	const at = (/** @type {number} */ n) => sizes.find((s) => s.paragraphs === n);
	/** @type {TargetResult[]} */
	const targets = [];

	const s2 = at(2000);
	{
		const name = `2,000 paragraphs: CLI process ≤ ${TARGETS.cliVersusDmpAt2000}× the diff-match-patch process`;
		const cli = s2?.contenders.cli;
		const dmp = s2?.contenders.dmp;
		if (!s2) targets.push({ name, pass: null, detail: 'size 2,000 not run' });
		else if (!timed(cli))
			targets.push({
				name,
				pass: false,
				detail: `resodiff CLI has no time (${cli?.note ?? cli?.status ?? 'not run'})`
			});
		else if (!timed(dmp)) {
			const bound = /** @type {Summary} */ (timed(cli)).median / capMs;
			targets.push({
				name,
				pass: bound <= TARGETS.cliVersusDmpAt2000,
				detail: `diff-match-patch did not finish within ${formatMs(capMs)}: ratio < ${bound.toFixed(3)}×`
			});
		} else {
			const [c, d] = [/** @type {Summary} */ (timed(cli)), /** @type {Summary} */ (timed(dmp))];
			const [cc, dc] = [timedCpu(cli), timedCpu(dmp)];
			const ratio = c.median / d.median;
			const cpu = cc && dc ? `; in CPU time ${(cc.median / dc.median).toFixed(3)}×` : '';
			targets.push({
				name,
				pass: ratio <= TARGETS.cliVersusDmpAt2000,
				detail: `${ratio.toFixed(3)}× (${formatMs(c.median)} vs ${formatMs(d.median)}${cpu})`
			});
		}
	}

	const s8 = at(8000);
	for (const id of ['inproc', 'cli']) {
		const label = id === 'cli' ? 'CLI process' : 'in-process compare';
		const name = `8,000 paragraphs ≤ ${TARGETS.growth2000To8000}× the time of 2,000 (${label})`;
		const [a, b] = [timed(s2?.contenders[id]), timed(s8?.contenders[id])];
		if (!s2 || !s8) targets.push({ name, pass: null, detail: 'sizes 2,000 and 8,000 not both run' });
		else if (!a || !b)
			targets.push({
				name,
				pass: false,
				detail: `no time at ${!a ? '2,000' : '8,000'} (${(!a ? s2 : s8).contenders[id]?.note ?? 'did not finish'})`
			});
		else {
			const growth = b.median / a.median;
			const [ac, bc] = [timedCpu(s2.contenders[id]), timedCpu(s8.contenders[id])];
			const cpu = ac && bc ? `; CPU time ${(bc.median / ac.median).toFixed(2)}×` : '';
			targets.push({
				name,
				pass: growth <= TARGETS.growth2000To8000,
				detail: `${growth.toFixed(2)}× (${formatMs(a.median)} → ${formatMs(b.median)}${cpu})`
			});
		}
	}

	{
		const name = `8,000 paragraphs: peak memory < ${TARGETS.peakMemoryAt8000MB} MB (every resodiff process)`;
		if (!s8) targets.push({ name, pass: null, detail: 'size 8,000 not run' });
		else {
			const peaks = ['inproc', 'cli'].map((id) => {
				const rss = s8.contenders[id]?.rss ?? [];
				return { id, mb: rss.length ? (Math.max(...rss) * 1024) / 1e6 : null };
			});
			const missing = peaks.filter((p) => p.mb === null);
			const worst = Math.max(...peaks.map((p) => p.mb ?? 0));
			const detail = peaks
				.map((p) => `${p.id === 'cli' ? 'CLI' : 'in-process'} ${p.mb === null ? '–' : `${Math.round(p.mb)} MB`}`)
				.join(', ');
			targets.push({ name, pass: missing.length ? false : worst < TARGETS.peakMemoryAt8000MB, detail });
		}
	}

	{
		const name = `showcase pair 67/38 → 76/40 in-process, median < ${TARGETS.showcaseMs} ms`;
		if (!showcase) targets.push({ name, pass: false, detail: 'not measured (resodiff not available)' });
		else
			targets.push({
				name,
				pass: showcase.median < TARGETS.showcaseMs,
				detail: `${formatMs(showcase.median)} median of ${showcase.n} runs (${formatMs(showcase.min)}–${formatMs(showcase.max)}; first, cold run ${formatMs(showcase.coldMs)})`
			});
	}
	{
		const name = `10-page UN PDF read by the command (resodiff parse, whole process), median ≤ ${TARGETS.pdfMs} ms`;
		if (!pdf) targets.push({ name, pass: null, detail: 'not measured' });
		else if (!pdf.resodiff) targets.push({ name, pass: false, detail: pdf.error ?? 'no timed run' });
		else {
			const cpu = pdf.resodiffCpu ? `, CPU time ${formatMs(pdf.resodiffCpu.median)}` : '';
			const poppler = pdf.pdftotext ? `; pdftotext ${formatMs(pdf.pdftotext.median)}` : '';
			const node = pdf.nodeStart ? `; node -e 0 ${formatMs(pdf.nodeStart.median)}` : '';
			const first = pdf.firstRun
				? `; first run after a build (no code cache yet) ${formatMs(pdf.firstRun.median)}`
				: '';
			const plain = pdf.withoutExtraCerts?.resodiff
				? `; without NODE_EXTRA_CA_CERTS (set here: Node reads its certificates at every start) ${formatMs(pdf.withoutExtraCerts.resodiff.median)}, node -e 0 ${formatMs(pdf.withoutExtraCerts.nodeStart?.median ?? null)}`
				: '';
			targets.push({
				name,
				pass: pdf.resodiff.median <= TARGETS.pdfMs && pdf.operative === 53,
				detail: `${formatMs(pdf.resodiff.median)} (${formatMs(pdf.resodiff.min)}–${formatMs(pdf.resodiff.max)}${cpu}), ${pdf.operative} of 53 operative paragraphs read${poppler}${node}${first}${plain}`
			});
		}
	}
	return targets;
}

/**
 * Renders the verdicts, one line each.
 * @param {TargetResult[]} targets
 * @returns {string}
 */
export function renderTargets(targets) {
	return targets
		.map((t) => `${t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`)
		.join('\n');
}
