// Times the library in-process: `search` and `find` on an open library database, warm (each query run
// once untimed, then timed), as a page served by `resodiff serve` or a script calling the library sees
// them. Prints one JSON line: the times of each query and the peak memory of the process.
//
//   node library.js LIBRARY_JS CORE_JS DB QUERIES_JSON FIND_FILES_JSON RUNS
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const [libraryPath, corePath, dbPath, queriesPath, findPath, runsText] = process.argv.slice(2);
const { openLibrary } = await import(pathToFileURL(libraryPath).href);
const core = await import(pathToFileURL(corePath).href);
const runs = Number(runsText);
const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));
const findFiles = JSON.parse(readFileSync(findPath, 'utf8'));

const openStart = performance.now();
const db = openLibrary(dbPath, { readonly: true });
const openMs = performance.now() - openStart;

/** @param {() => unknown} run */
function time(run) {
	run();
	const times = [];
	const cpu = [];
	let result;
	for (let r = 0; r < runs; r++) {
		const start = performance.now();
		const startCpu = process.cpuUsage();
		result = run();
		times.push(performance.now() - start);
		const used = process.cpuUsage(startCpu);
		cpu.push((used.user + used.system) / 1000);
	}
	return { times, cpu, result };
}

const search = queries.map((/** @type {{ kind: string, phrase: string }} */ q) => {
	const { times, cpu, result } = time(() => db.search(q.phrase));
	const hits = /** @type {{ hits: { exact: boolean }[] }} */ (result).hits;
	return { kind: q.kind, phrase: q.phrase, times, cpu, hits: hits.length, exact: hits.filter((h) => h.exact).length };
});

// find: the first call loads every document's features (then kept while the library is unchanged).
const firstFind = performance.now();
const firstDoc = core.parseResolution(core.decodeText(new Uint8Array(readFileSync(findFiles[0].path))));
db.find(firstDoc, {});
const findColdMs = performance.now() - firstFind;
const find = findFiles.map((/** @type {{ path: string, hash: string, expected: string }} */ f) => {
	const doc = core.parseResolution(core.decodeText(new Uint8Array(readFileSync(f.path))));
	const { times, cpu, result } = time(() => db.find(doc, { hash: f.hash }));
	const candidates = /** @type {{ candidates: { symbol: string }[] }} */ (result).candidates;
	return { path: f.path, times, cpu, first: candidates[0]?.symbol ?? null, expected: f.expected };
});
db.close();
console.log(JSON.stringify({ openMs, findColdMs, search, find, peakRssKB: process.resourceUsage().maxRSS }));
