// The library part of `npm run bench`: a library of 5,000 resolution-shaped documents (about 250,000
// paragraphs, scripts/bench/library-generate.js), and on it
//   - `resodiff library add FOLDER --library DB` as a whole process: documents per second, peak memory;
//   - the same command again on the unchanged files, against the first time;
//   - search and find in-process, warm (scripts/bench/workers/library.js);
//   - `resodiff search PHRASE --library DB --format json` as a whole process;
//   - grep -rF over the same files, the yardstick (it finds only byte-exact matches).
// Targets: search ≤ 50 ms median warm in-process and ≤ 300 ms as a command; find ≤ 200 ms in-process;
// indexing ≥ 100 documents per second; adding again ≤ 10% of the first time.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { generateLibrary } from './library-generate.js';
import { runNodeProcess, summarize } from './measure.js';
import { createRandom } from './random.js';
import { writeFileSync } from 'node:fs';

/** The targets of the library, in one place. */
export const LIBRARY_TARGETS = Object.freeze({
	searchInProcessMs: 50,
	searchCommandMs: 300,
	findInProcessMs: 200,
	indexDocsPerSecond: 100,
	readdShare: 0.1
});

/**
 * @typedef {object} LibraryBenchOptions
 * @property {string} root      the checkout
 * @property {string} folder    a scratch folder
 * @property {number} series    series of the generated library (250 → 5,000 documents)
 * @property {number} versions  versions per series
 * @property {number} runs      timed runs of each query
 * @property {number} seed
 * @property {(line: string) => void} say   progress
 */

/**
 * Search phrases of the kinds analysts type, taken from the generated documents: a sentence as it
 * stands, a sentence whose recalled resolutions changed since, a Chinese phrase typed with the
 * tokenizer's spaces, a sentence with one word changed, and a short phrase.
 * @param {import('./library-generate.js').GeneratedDocument[]} docs
 * @param {number} seed
 */
function pickQueries(docs, seed) {
	const random = createRandom(seed + 7);
	const en = docs.filter((d) => d.language === 'en');
	const zh = docs.filter((d) => d.language === 'zh');
	/** @type {{ kind: string, phrase: string }[]} */
	const queries = [];
	for (let i = 0; i < 4; i++) {
		const text = random.pick(random.pick(en).body);
		const start = Math.max(0, text.indexOf(' ', random.int(Math.max(1, text.length - 100))) + 1);
		queries.push({ kind: 'English sentence', phrase: text.slice(start, start + 100).trim() });
	}
	for (let i = 0; i < 2; i++) {
		const doc = random.pick(en.filter((d) => d.session > 70));
		const file = readFileSync(doc.path, 'utf8');
		const chain = /Recalling its resolutions? [^\n]*/.exec(file)?.[0] ?? '';
		// Its first resolutions, as an earlier version listed them, cut at a comma.
		const cut = chain.slice(0, 200);
		queries.push({ kind: 'recalled chain, older', phrase: cut.slice(0, Math.max(cut.lastIndexOf(','), 40)) });
	}
	for (let i = 0; i < 3; i++) {
		const text = random.pick(random.pick(zh).body).replace(/\s/g, '');
		const start = random.int(Math.max(1, text.length - 16));
		queries.push({ kind: 'Chinese, tokenizer spaces', phrase: [...text.slice(start, start + 14)].join(' ') });
	}
	for (let i = 0; i < 2; i++) {
		const text = random.pick(random.pick(en).body);
		const words = text.split(' ').slice(0, 18);
		const at = 3 + random.int(Math.max(1, words.length - 6));
		words[at] = words[at] === 'the' ? 'all' : 'the';
		queries.push({ kind: 'English, one word changed', phrase: words.join(' ') });
	}
	queries.push({ kind: 'short phrase', phrase: 'nuclear' });
	return queries;
}

/**
 * Runs a command and returns its wall time in milliseconds.
 * @param {string} command @param {string[]} args
 * @returns {Promise<number>}
 */
function timeCommand(command, args) {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command, args, { stdio: 'ignore' });
		child.once('error', reject);
		child.once('exit', () => resolve(performance.now() - start));
	});
}

/**
 * Builds the library and measures it; returns report lines and target checks.
 * @param {LibraryBenchOptions} options
 */
export async function runLibraryBench(options) {
	const { root, folder, say } = options;
	const files = join(folder, 'library');
	const db = join(folder, 'library.sqlite');
	say(`\nLibrary: generating ${options.series * options.versions} documents …`);
	const docs = (
		await generateLibrary(root, files, { series: options.series, versions: options.versions, seed: options.seed })
	).map((d) => ({
		...d,
		path: join(files, d.file)
	}));
	const paragraphs = docs.reduce((n, d) => n + d.body.length, 0);
	const bytes = docs.reduce((n, d) => n + readFileSync(d.path).length, 0);
	const bin = join(root, 'bin', 'resodiff.js');
	rmSync(db, { force: true });

	say('  library add (first time) …');
	const first = await runNodeProcess([bin, 'library', 'add', files, '--library', db, '--format', 'json'], {
		capMs: 1_800_000
	});
	if (first.code !== 0) throw new Error(`library add failed: ${first.stderr.trim().split('\n')[0]}`);
	const added = JSON.parse(first.stdout).added.length;
	say(`    ${(first.ms / 1000).toFixed(1)} s, ${(added / (first.ms / 1000)).toFixed(0)} documents/s`);
	say('  library add (again, unchanged) …');
	const again = await runNodeProcess([bin, 'library', 'add', files, '--library', db, '--format', 'json'], {
		capMs: 600_000
	});
	const dbBytes = readFileSync(db).length;

	const queries = pickQueries(docs, options.seed);
	const random = createRandom(options.seed + 11);
	const findFiles = Array.from({ length: 6 }, () => {
		const doc = random.pick(docs.filter((d) => d.session > FIRST_FIND_SESSION));
		const previous = docs.find((d) => d.series === doc.series && d.session === doc.session - 1);
		return {
			path: doc.path,
			hash: createHash('sha256').update(readFileSync(doc.path)).digest('hex'),
			expected: previous?.symbol ?? null
		};
	});
	const queriesPath = join(folder, 'queries.json');
	const findPath = join(folder, 'find.json');
	writeFileSync(queriesPath, JSON.stringify(queries));
	writeFileSync(findPath, JSON.stringify(findFiles));

	say('  search and find in-process …');
	const worker = fileURLToPath(new URL('./workers/library.js', import.meta.url));
	const inProcess = await runNodeProcess(
		[
			worker,
			join(root, 'dist', 'cli', 'library.cjs'),
			join(root, 'dist', 'cli', 'core.cjs'),
			db,
			queriesPath,
			findPath,
			String(options.runs)
		],
		{ capMs: 600_000 }
	);
	if (inProcess.code !== 0) throw new Error(`the in-process worker failed: ${inProcess.stderr.trim().split('\n')[0]}`);
	const data = JSON.parse(inProcess.stdout.trim().split('\n').pop() ?? '{}');
	const searchTimes = data.search.flatMap((/** @type {{ times: number[] }} */ q) => q.times);
	const searchCpu = data.search.flatMap((/** @type {{ cpu: number[] }} */ q) => q.cpu);
	const findTimes = data.find.flatMap((/** @type {{ times: number[] }} */ f) => f.times);
	const findCpu = data.find.flatMap((/** @type {{ cpu: number[] }} */ f) => f.cpu);

	say('  search as a command, and grep …');
	/** @type {number[]} */
	const commandTimes = [];
	/** @type {number[]} */
	const commandRss = [];
	/** @type {number[]} */
	const commandCpu = [];
	/** @type {number[]} */
	const grepTimes = [];
	for (const q of queries) {
		const result = await runNodeProcess([bin, 'search', q.phrase, '--library', db, '--format', 'json'], {
			capMs: 120_000
		});
		commandTimes.push(result.ms);
		if (result.maxRssKB) commandRss.push(result.maxRssKB);
		if (result.cpuMs !== null) commandCpu.push(result.cpuMs);
		grepTimes.push(await timeCommand('grep', ['-rlF', '--', q.phrase, files]));
	}

	const median = (/** @type {number[]} */ xs) => summarize(xs)?.median ?? NaN;
	const ms = (/** @type {number} */ x) =>
		x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`;
	const mb = (/** @type {number | null} */ kb) => (kb ? `${Math.round(kb / 1024)} MB` : '?');
	const docsPerSecond = added / (first.ms / 1000);
	const readdShare = again.ms / first.ms;
	const results = {
		documents: docs.length,
		paragraphs,
		megabytes: bytes / 1e6,
		databaseMegabytes: dbBytes / 1e6,
		index: { ms: first.ms, cpuMs: first.cpuMs, docsPerSecond, peakRssKB: first.maxRssKB },
		readd: { ms: again.ms, share: readdShare, peakRssKB: again.maxRssKB },
		search: {
			medianMs: median(searchTimes),
			cpuMedianMs: median(searchCpu),
			perQuery: data.search.map((/** @type {{ kind: string, times: number[], hits: number, exact: number }} */ q) => ({
				kind: q.kind,
				medianMs: median(q.times),
				hits: q.hits,
				exact: q.exact
			})),
			peakRssKB: data.peakRssKB
		},
		searchCommand: {
			medianMs: median(commandTimes),
			cpuMedianMs: median(commandCpu),
			peakRssKB: Math.max(...commandRss)
		},
		grep: { medianMs: median(grepTimes) },
		find: {
			medianMs: median(findTimes),
			cpuMedianMs: median(findCpu),
			coldMs: data.findColdMs,
			firstIsPrevious: data.find.filter(
				(/** @type {{ first: string, expected: string }} */ f) => f.first === f.expected
			).length,
			of: data.find.length
		}
	};
	const T = LIBRARY_TARGETS;
	const targets = [
		{
			name: `search in-process ≤ ${T.searchInProcessMs} ms (median, warm)`,
			ok: results.search.medianMs <= T.searchInProcessMs,
			value: ms(results.search.medianMs)
		},
		{
			name: `search command ≤ ${T.searchCommandMs} ms (median, whole process)`,
			ok: results.searchCommand.medianMs <= T.searchCommandMs,
			value: ms(results.searchCommand.medianMs)
		},
		{
			name: `find in-process ≤ ${T.findInProcessMs} ms (median, warm)`,
			ok: results.find.medianMs <= T.findInProcessMs,
			value: ms(results.find.medianMs)
		},
		{
			name: `indexing ≥ ${T.indexDocsPerSecond} documents/s`,
			ok: docsPerSecond >= T.indexDocsPerSecond,
			value: `${docsPerSecond.toFixed(0)} /s`
		},
		{
			name: `adding the same files again ≤ ${T.readdShare * 100}% of the first time`,
			ok: readdShare <= T.readdShare,
			value: `${(readdShare * 100).toFixed(1)}%`
		}
	];
	const lines = [
		'',
		`Library: ${docs.length.toLocaleString('en-US')} documents (${options.series} series × ${options.versions} versions), ${paragraphs.toLocaleString('en-US')} body paragraphs, ${(bytes / 1e6).toFixed(1)} MB of text; the database ${(dbBytes / 1e6).toFixed(0)} MB.`,
		'',
		'| measure | time | peak memory |',
		'| --- | --- | --- |',
		`| library add, first time (whole command) | ${ms(first.ms)} (${docsPerSecond.toFixed(0)} documents/s; CPU ${ms(first.cpuMs ?? NaN)}) | ${mb(first.maxRssKB)} |`,
		`| library add again, files unchanged | ${ms(again.ms)} (${(readdShare * 100).toFixed(1)}% of the first; CPU ${ms(again.cpuMs ?? NaN)}) | ${mb(again.maxRssKB)} |`,
		`| search in-process, warm (median of ${searchTimes.length}) | ${ms(results.search.medianMs)} (CPU ${ms(results.search.cpuMedianMs)}) | ${mb(data.peakRssKB)} |`,
		`| search, whole command (median of ${commandTimes.length}) | ${ms(results.searchCommand.medianMs)} (CPU ${ms(results.searchCommand.cpuMedianMs)}) | ${mb(results.searchCommand.peakRssKB)} |`,
		`| grep -rlF over the files (median of ${grepTimes.length}; exact bytes only) | ${ms(results.grep.medianMs)} | |`,
		`| find in-process, warm (median of ${findTimes.length}; the first call ${ms(data.findColdMs)}) | ${ms(results.find.medianMs)} (CPU ${ms(results.find.cpuMedianMs)}) | |`,
		'',
		'Search phrases (median in-process, hits, of which exact):',
		...results.search.perQuery.map(
			(/** @type {{ kind: string, medianMs: number, hits: number, exact: number }} */ q) =>
				`  ${q.kind.padEnd(28)} ${ms(q.medianMs).padStart(8)}  ${String(q.hits).padStart(5)} hits, ${q.exact} exact`
		),
		`find named the previous version of its series first for ${results.find.firstIsPrevious} of ${results.find.of} documents.`
	];
	return { results, targets, lines };
}

/** find is asked of versions late enough in their series to have a predecessor in the library. */
const FIRST_FIND_SESSION = 65;
