// `npm run bench`: how fast resodiff compares long documents, against generic whole-document diffs.
//
//   node scripts/bench.js [--sizes 200,2000,8000] [--runs N] [--quick] [--cap SECONDS] [--seed N]
//                         [--json [FILE]] [--ui] [--no-build] [--keep] [--only compare|library|pdf]
//                         [--library-series N]
//
// It builds resolution-shaped pairs of 200, 2,000 and 8,000 operative paragraphs from the corpus
// (scripts/bench/generate.js) into a temporary folder, then times, in turns (A B C D A B C D …, after
// one warm-up run of each), resodiff in-process, the resodiff command as a whole process, a
// whole-document diff-match-patch process and a jsdiff diffChars process on the same files. It prints
// medians, ratios, peak memory and growth, checks the targets, and exits 1 when one fails. It also times
// `resodiff parse` on a real 10-page UN PDF as a whole process, in turns with pdftotext (scripts/bench/pdf.js).
// --ui also opens the built app in Chromium: how fast the start page, the showcase and a series page load
// on a first visit (scripts/bench/loading.js), and the compare page on a 2,000-paragraph pair
// (scripts/bench/ui.js).
// Then it builds a library of 5,000 generated resolutions and times indexing, search and find on it
// (scripts/bench/library.js), with grep over the same files as the yardstick.
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePair, CORPUS } from './bench/generate.js';
import { CONTENDERS } from './bench/contenders.js';
import { MEMORY_SOURCE, runNodeProcess, summarize } from './bench/measure.js';
import { bundleTime, buildCli, isCliStale } from './bench/build.js';
import { measurePdfReading } from './bench/pdf.js';
import { checkTargets, formatMs, renderTables, renderTargets, summarizeSizes } from './bench/report.js';
import { runLibraryBench } from './bench/library.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: node scripts/bench.js [options]
  --sizes LIST    operative paragraphs per document, comma-separated (default 200,2000,8000)
  --runs N        timed runs of each contender per size (default 5)
  --quick         a short run: sizes 200,2000, 3 runs, a 30 s cap, fewer showcase runs
  --cap SECONDS   wall-time cap of one baseline run (default 120; --quick 30)
  --seed N        seed of the generated documents (default 1)
  --json [FILE]   also write the results as JSON (default FILE: resodiff-bench-results.json in the
                  system's temporary folder)
  --ui            also time the app in Chromium (builds it): the start page's first paint and the
                  showcase's first row on a first visit, and the compare page on a 2,000-paragraph pair
  --no-build      measure dist/cli as it is, without rebuilding it first
  --keep          keep the generated documents
  --only WHAT     compare (the pairs and the showcase), library (the library of 5,000 documents) or
                  pdf (the real 10-page UN PDF read by the command)
  --library-series N  series of 20 versions in the generated library (default 250: 5,000 documents;
                  --quick 50)`;

/**
 * Reads the command line; exits 2 with the usage on anything it does not understand.
 * @param {string[]} argv
 * @returns {{ sizes: number[], runs: number, capMs: number, seed: number, showcaseRuns: number, json: string | undefined, ui: boolean, build: boolean, keep: boolean, quick: boolean }}
 */
function readOptions(argv) {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			strict: true,
			options: {
				sizes: { type: 'string' },
				runs: { type: 'string' },
				quick: { type: 'boolean' },
				cap: { type: 'string' },
				seed: { type: 'string' },
				json: { type: 'string' },
				ui: { type: 'boolean' },
				'no-build': { type: 'boolean' },
				keep: { type: 'boolean' },
				only: { type: 'string' },
				'library-series': { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		}));
	} catch (error) {
		// `--json` without a file name is allowed: parseArgs reports it as a missing value.
		const at = argv.indexOf('--json');
		if (at >= 0 && (at === argv.length - 1 || argv[at + 1].startsWith('--'))) {
			return readOptions([...argv.slice(0, at + 1), '', ...argv.slice(at + 1)]);
		}
		console.error(`bench: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n\n${USAGE}`);
		process.exit(2);
	}
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const number = (/** @type {string} */ text, /** @type {string} */ name, /** @type {number} */ min) => {
		const n = Number(text);
		if (!Number.isInteger(n) || n < min) {
			console.error(`bench: --${name} wants a whole number ≥ ${min}, not "${text}"\n\n${USAGE}`);
			process.exit(2);
		}
		return n;
	};
	const quick = Boolean(values.quick);
	const sizes = (values.sizes ?? (quick ? '200,2000' : '200,2000,8000'))
		.split(',')
		.map((s) => number(s.trim().replace(/_/g, ''), 'sizes', 1));
	return {
		sizes: [...new Set(sizes)].sort((a, b) => a - b),
		runs: values.runs !== undefined ? number(values.runs, 'runs', 1) : quick ? 3 : 5,
		capMs: (values.cap !== undefined ? number(values.cap, 'cap', 1) : quick ? 30 : 120) * 1000,
		seed: values.seed !== undefined ? number(values.seed, 'seed', 0) : 1,
		showcaseRuns: quick ? 50 : 200,
		json: values.json,
		ui: Boolean(values.ui),
		build: !values['no-build'],
		keep: Boolean(values.keep),
		quick,
		only:
			values.only === 'compare' || values.only === 'library' || values.only === 'pdf'
				? values.only
				: values.only === undefined
					? null
					: usageError(`--only takes compare, library or pdf, not "${values.only}"`),
		librarySeries:
			values['library-series'] !== undefined ? number(values['library-series'], 'library-series', 1) : quick ? 50 : 250
	};
}

/**
 * Exits 2 with a line and the usage.
 * @param {string} line
 * @returns {never}
 */
function usageError(line) {
	console.error(`bench: ${line}\n\n${USAGE}`);
	process.exit(2);
}

/** Progress goes to stderr, so stdout holds only the report. */
const say = (/** @type {string} */ line) => process.stderr.write(line + '\n');

/**
 * Times the showcase pair in-process: many runs in one warm process, the median.
 * @param {string} corePath
 * @param {number} runs
 * @returns {Promise<(import('./bench/measure.js').Summary & { coldMs: number, cpuMedianMs: number | null, peakRssKB: number, stats: Record<string, number> }) | { error: string }>}
 */
async function timeShowcase(corePath, runs) {
	const corpus = fileURLToPath(CORPUS);
	const worker = fileURLToPath(new URL('./bench/workers/resodiff.js', import.meta.url));
	const result = await runNodeProcess(
		[
			'--expose-gc',
			worker,
			corePath,
			join(corpus, 'A-RES-67-38.zh.txt'),
			join(corpus, 'A-RES-76-40.zh.txt'),
			'--warmup',
			'20',
			'--runs',
			String(runs)
		],
		{ capMs: 120000 }
	);
	if (!result.finished || result.code !== 0) {
		return { error: result.stderr.trim().split('\n').find(Boolean) ?? 'did not finish' };
	}
	const data = JSON.parse(result.stdout.trim().split('\n').pop() ?? '');
	const times = summarize(data.times);
	if (!times) return { error: 'no timed runs' };
	return {
		...times,
		coldMs: data.coldMs,
		cpuMedianMs: summarize(data.cpuTimes ?? [])?.median ?? null,
		peakRssKB: data.peakRssKB,
		stats: data.summary.stats
	};
}

/**
 * Reads the row counts and warnings of a comparison the CLI wrote.
 * @param {string} outPath
 * @returns {{ found: Record<string, number> | null, warnings: string[] }}
 */
function readFound(outPath) {
	try {
		const cmp = JSON.parse(readFileSync(outPath, 'utf8'));
		const operative = (/** @type {{ paragraphs: { kind: string }[] }} */ doc) =>
			doc.paragraphs.filter((p) => p.kind === 'operative').length;
		return {
			found: { ...cmp.stats, oldOperative: operative(cmp.old), newOperative: operative(cmp.new) },
			warnings: cmp.warnings ?? []
		};
	} catch {
		return { found: null, warnings: [] };
	}
}

async function main() {
	const options = readOptions(process.argv.slice(2));
	const loadBefore = loadavg()[0];
	const corePath = join(root, 'dist', 'cli', 'core.cjs');
	let resodiffMissing = null;
	if (options.build) {
		say('Building the command line (dist/cli) …');
		const failure = buildCli(root);
		if (failure) resodiffMissing = `the CLI build failed:\n${failure}`;
	}
	if (!resodiffMissing && !existsSync(corePath))
		resodiffMissing = 'dist/cli/core.cjs does not exist (build it, or drop --no-build)';
	if (resodiffMissing) say(`resodiff cannot be measured: ${resodiffMissing}\nMeasuring the baselines only.`);

	if (options.only === 'pdf') {
		process.exitCode = resodiffMissing ? 1 : await benchPdfOnly(options, loadBefore);
		return;
	}
	const folder = mkdtempSync(join(tmpdir(), 'resodiff-bench-'));
	if (options.only === 'library') {
		try {
			const failed = await benchLibrary(options, folder, loadBefore);
			process.exitCode = failed || resodiffMissing ? 1 : 0;
		} finally {
			if (options.keep) say(`Generated documents kept in ${folder}`);
			else rmSync(folder, { recursive: true, force: true });
		}
		return;
	}
	const context = { root, corePath, capMs: options.capMs };
	const sizes = [];
	/** Contenders that hit the cap at a smaller size are not run at the larger ones. */
	const cappedBefore = new Set();
	let rebuilds = 0;
	say(`Generated documents go to ${folder}`);
	try {
		for (const n of options.sizes) {
			const pair = generatePair({ paragraphs: n, seed: options.seed });
			const paths = {
				oldPath: join(folder, `old-${n}.txt`),
				newPath: join(folder, `new-${n}.txt`),
				outPath: join(folder, `out-${n}.json`)
			};
			writeFileSync(paths.oldPath, pair.oldText);
			writeFileSync(paths.newPath, pair.newText);
			/** @type {import('./bench/report.js').SizeResult} */
			const size = {
				paragraphs: n,
				oldBytes: pair.planted.oldBytes,
				newBytes: pair.planted.newBytes,
				planted: pair.planted,
				found: null,
				warnings: [],
				contenders: {}
			};
			sizes.push(size);
			say(
				`\n${n.toLocaleString('en-US')} paragraphs (${Math.round(pair.planted.oldBytes / 1000)} KB / ${Math.round(pair.planted.newBytes / 1000)} KB):`
			);

			const active = [];
			for (const c of CONTENDERS) {
				if (c.resodiff && resodiffMissing)
					size.contenders[c.id] = { status: 'unavailable', times: [], cpu: [], rss: [], note: 'resodiff not built' };
				else if (cappedBefore.has(c.id))
					size.contenders[c.id] = {
						status: 'skipped',
						times: [],
						cpu: [],
						rss: [],
						note: 'not run: it did not finish at a smaller size'
					};
				else {
					size.contenders[c.id] = { status: 'ok', times: [], cpu: [], rss: [], note: null };
					active.push(c);
				}
			}

			/**
			 * One measured run; keeps the CLI bundle fresh outside the timed region.
			 * @param {import('./bench/contenders.js').Contender} c
			 * @param {number} [attempt]
			 * @returns {Promise<import('./bench/contenders.js').RunResult>}
			 */
			const runOnce = async (c, attempt = 1) => {
				if (c.resodiff && options.build && isCliStale(root)) {
					const failure = buildCli(root);
					rebuilds += 1;
					if (failure)
						return {
							ms: null,
							rssKB: null,
							finished: true,
							error: `rebuilding the CLI failed: ${failure.split('\n')[0]}`
						};
				}
				const before = bundleTime(root);
				const result = await c.run(paths, context);
				// bin/resodiff.js rebuilt itself inside the run (its sources changed meanwhile): that run
				// timed vite, not resodiff, so it is run again.
				if (c.resodiff && bundleTime(root) !== before) {
					rebuilds += 1;
					if (attempt < 3) return runOnce(c, attempt + 1);
					return { ...result, ms: null, error: 'the sources kept changing during the run (the CLI rebuilt itself)' };
				}
				return result;
			};

			// Warm-up: one run of each (disk cache, lazy compilation); a contender that hits the cap here
			// is reported as "> cap" and not run again.
			for (const c of active) {
				say(`  warm-up ${c.label} …`);
				const result = await runOnce(c);
				const entry = size.contenders[c.id];
				if (result.error) Object.assign(entry, { status: 'error', note: result.error });
				else if (!result.finished) {
					Object.assign(entry, { status: 'capped', note: `did not finish within ${formatMs(options.capMs)}` });
					if (result.rssKB) entry.rss.push(result.rssKB);
					cappedBefore.add(c.id);
				} else say(`    ${formatMs(result.ms)}`);
				if (c.id === 'cli' && !result.error && result.finished) Object.assign(size, readFound(paths.outPath));
			}
			const timed = active.filter((c) => size.contenders[c.id].status === 'ok');
			for (let r = 0; r < options.runs; r++) {
				const line = [];
				for (const c of timed) {
					const entry = size.contenders[c.id];
					if (entry.status !== 'ok') continue;
					const result = await runOnce(c);
					if (result.error) Object.assign(entry, { status: 'error', note: result.error });
					else if (!result.finished) {
						// Finished in the warm-up but not this time (the machine is shared): the run counts as
						// "more than the cap" in the median, which is then a lower bound if it lands there.
						entry.times.push(Infinity);
						entry.note = `${entry.times.filter((t) => t === Infinity).length} of the timed runs did not finish within ${formatMs(options.capMs)}`;
					} else if (result.ms !== null) {
						entry.times.push(result.ms);
						if (typeof result.cpuMs === 'number') entry.cpu.push(result.cpuMs);
						if (result.rssKB) entry.rss.push(result.rssKB);
					}
					line.push(`${c.id} ${result.ms === null ? (result.finished ? '–' : '> cap') : formatMs(result.ms)}`);
				}
				say(`  run ${r + 1}/${options.runs}: ${line.join(', ')}`);
			}
			// A contender whose median run did not finish is reported as capped, and not run at larger sizes.
			for (const c of timed) {
				const entry = size.contenders[c.id];
				if (entry.status === 'ok' && summarize(entry.times)?.median === Infinity) {
					entry.status = 'capped';
					cappedBefore.add(c.id);
				}
			}
		}

		let showcase = null;
		if (!resodiffMissing) {
			say(`\nShowcase pair 67/38 → 76/40 in-process, ${options.showcaseRuns} runs …`);
			const result = await timeShowcase(corePath, options.showcaseRuns);
			if ('error' in result) say(`  failed: ${result.error}`);
			else showcase = result;
		}

		let pdf = null;
		if (!resodiffMissing) {
			say('\nA real UN PDF (10 pages) read by the command …');
			pdf = await measurePdfReading({ root, runs: options.runs, log: say });
			if (pdf.error) say(`  failed: ${pdf.error}`);
		}

		let ui = null;
		if (options.ui) {
			const { measureComparePage } = await import('./bench/ui.js');
			const n = 2000;
			const [oldPath, newPath] = [join(folder, `old-${n}.txt`), join(folder, `new-${n}.txt`)];
			if (!existsSync(oldPath)) {
				const generated = generatePair({ paragraphs: n, seed: options.seed });
				writeFileSync(oldPath, generated.oldText);
				writeFileSync(newPath, generated.newText);
			}
			say('\nThe compare page in Chromium, 2,000 paragraphs …');
			ui = await measureComparePage({ root, oldPath, newPath, paragraphs: n, runs: options.quick ? 1 : 3, log: say });
		}

		summarizeSizes(sizes);
		const results = { sizes, capMs: options.capMs, contenders: CONTENDERS };
		const targets = [...checkTargets({ sizes, showcase, capMs: options.capMs, pdf }), ...(ui?.targets ?? [])];
		const cpu = cpus();
		const out = [
			'',
			`resodiff benchmark — Node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, ${Math.round(totalmem() / 1e9)} GB`,
			`${options.runs} timed runs per contender and size after one warm-up, in turns; cap ${formatMs(options.capMs)} per baseline run; seed ${options.seed}.`,
			`Load average (1 min) at start ${loadBefore.toFixed(2)}, at end ${loadavg()[0].toFixed(2)} on ${cpu.length} cores` +
				(Math.max(loadBefore, loadavg()[0]) > cpu.length
					? ': the machine was busy, so every time is inflated (ratios less so).'
					: '.'),
			'Contenders, on the same two files: resodiff in-process = parse both + compareDocuments (dist/cli/core.cjs) in a fresh',
			'process, timed after two untimed runs; resodiff CLI = `node bin/resodiff.js compare OLD NEW --format json -o OUT`, start to',
			'exit; diff-match-patch = diff_main (Diff_Timeout 0, its default line pre-pass) + diff_cleanupSemantic, whole process;',
			'jsdiff = diffChars, whole process. The two baselines diff the whole text as one string.',
			`Peak memory: ${MEMORY_SOURCE}.${rebuilds ? ` The CLI bundle was rebuilt ${rebuilds} time(s) between runs because sources changed.` : ''}`,
			'',
			renderTables(results)
		];
		if (showcase) {
			const cpu = showcase.cpuMedianMs === null ? '' : `, CPU time median ${formatMs(showcase.cpuMedianMs)}`;
			out.push(
				`Showcase pair 67/38 → 76/40 in-process: median ${formatMs(showcase.median)} over ${showcase.n} runs (${formatMs(showcase.min)}–${formatMs(showcase.max)}${cpu}), first cold run ${formatMs(showcase.coldMs)}.`,
				''
			);
		}
		if (pdf?.resodiff) {
			const cpu = pdf.resodiffCpu ? `, CPU time median ${formatMs(pdf.resodiffCpu.median)}` : '';
			const memory = pdf.peakRssKB ? `, peak ${Math.round((pdf.peakRssKB * 1024) / 1e6)} MB` : '';
			const poppler = pdf.pdftotext ? ` pdftotext on the same file: median ${formatMs(pdf.pdftotext.median)}.` : '';
			const node = pdf.nodeStart ? ` Node's own start (\`node -e 0\`): median ${formatMs(pdf.nodeStart.median)}.` : '';
			const first = pdf.firstRun
				? ` The first run after a build, which compiles the command and writes its code cache: median ${formatMs(pdf.firstRun.median)}.`
				: '';
			const plain = pdf.withoutExtraCerts?.resodiff
				? ` This environment sets NODE_EXTRA_CA_CERTS, which Node reads at every start: without it the command takes ${formatMs(pdf.withoutExtraCerts.resodiff.median)} and \`node -e 0\` ${formatMs(pdf.withoutExtraCerts.nodeStart?.median ?? null)}.`
				: '';
			out.push(
				`A real UN PDF, A/RES/73/3 (10 pages), read by \`resodiff parse --format json\` as a whole process: median ${formatMs(pdf.resodiff.median)} over ${pdf.resodiff.n} runs (${formatMs(pdf.resodiff.min)}–${formatMs(pdf.resodiff.max)}${cpu}${memory}).${poppler}${node}${first}${plain}`,
				''
			);
		}
		if (ui) out.push(ui.text, '');
		out.push('Targets:', renderTargets(targets), '');
		process.stdout.write(out.join('\n') + '\n');

		if (options.json !== undefined) {
			const file = options.json || join(options.keep ? folder : tmpdir(), 'resodiff-bench-results.json');
			const data = {
				node: process.version,
				cpu: cpu[0]?.model.trim() ?? null,
				cores: cpu.length,
				runs: options.runs,
				capMs: options.capMs,
				seed: options.seed,
				memorySource: MEMORY_SOURCE,
				sizes: sizes.map(({ contenders, ...rest }) => ({
					...rest,
					contenders: Object.fromEntries(
						Object.entries(contenders).map(([id, r]) => [
							id,
							{ ...r, peakRssKB: r.rss.length ? Math.max(...r.rss) : null }
						])
					)
				})),
				showcase,
				pdf,
				ui: ui?.data ?? null,
				targets
			};
			writeFileSync(file, JSON.stringify(data, null, '\t') + '\n');
			say(`Results written to ${file}`);
		}
		const libraryFailed =
			options.only === 'compare' || resodiffMissing ? false : await benchLibrary(options, folder, loadBefore);
		const failed = targets.some((t) => t.pass === false) || Boolean(resodiffMissing) || (ui && !ui.ok) || libraryFailed;
		process.exitCode = failed ? 1 : 0;
	} finally {
		if (options.keep) say(`Generated documents kept in ${folder}`);
		else rmSync(folder, { recursive: true, force: true });
	}
}

/**
 * `--only pdf`: the real UN PDF read by the command, its target, and the machine's load, which inflates every
 * figure of a whole process when it exceeds the cores.
 * @param {ReturnType<typeof readOptions>} options
 * @param {number} loadBefore
 * @returns {Promise<number>} the exit code
 */
async function benchPdfOnly(options, loadBefore) {
	say('A real UN PDF (10 pages) read by the command …');
	const pdf = await measurePdfReading({ root, runs: options.runs, log: say });
	if (pdf.error) say(`  failed: ${pdf.error}`);
	const targets = checkTargets({ sizes: [], showcase: null, capMs: options.capMs, pdf }).filter((t) =>
		t.name.includes('PDF')
	);
	const cores = cpus().length;
	const load = Math.max(loadBefore, loadavg()[0]);
	console.log(renderTargets(targets));
	console.log(
		`Load average (1 min) at start ${loadBefore.toFixed(2)}, at end ${loadavg()[0].toFixed(2)} on ${cores} cores` +
			(load > cores ? ': the machine was busy, so every time is inflated (CPU time less so than wall time).' : '.')
	);
	return targets.every((t) => t.pass !== false) ? 0 : 1;
}

/**
 * The library part: builds, measures, prints its report; returns true when a target failed.
 * @param {ReturnType<typeof readOptions>} options
 * @param {string} folder
 * @param {number} loadBefore
 */
async function benchLibrary(options, folder, loadBefore) {
	try {
		const { lines, targets, results } = await runLibraryBench({
			root,
			folder,
			series: options.librarySeries,
			versions: 20,
			runs: options.quick ? 5 : 10,
			seed: options.seed,
			say
		});
		const cpu = cpus();
		const load = Math.max(loadBefore, loadavg()[0]);
		process.stdout.write(
			[
				...lines,
				`Load average (1 min) ${loadavg()[0].toFixed(2)} on ${cpu.length} cores${load > cpu.length ? ': the machine was busy, so every time is inflated.' : '.'}`,
				'',
				'Library targets:',
				...targets.map((t) => `  ${t.ok ? 'met ' : 'MISSED'}  ${t.name}: ${t.value}`),
				''
			].join('\n') + '\n'
		);
		if (options.json !== undefined) {
			const file =
				(options.json || join(tmpdir(), 'resodiff-bench-results.json')).replace(/\.json$/, '') + '-library.json';
			writeFileSync(file, JSON.stringify({ ...results, targets }, null, '\t') + '\n');
			say(`Library results written to ${file}`);
		}
		return targets.some((t) => !t.ok);
	} catch (error) {
		say(`The library benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
		return true;
	}
}

await main();
