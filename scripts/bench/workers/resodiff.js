// resodiff's comparison in-process: parse both texts and compare them with the core library, in a
// fresh Node process so its memory is its own. Usage:
//   node --expose-gc resodiff.js CORE_JS OLD NEW [--warmup N] [--runs N]
// The first call (cold: the JIT has not seen the code yet) is timed on its own, and the peak memory is
// read right after it, so memory is that of one comparison. Then `warmup` untimed calls, then `runs`
// timed calls, each after a full garbage collection so one run's garbage is not charged to the next;
// each reports its wall time and its CPU time (user + system, all threads of the process).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [corePath, oldPath, newPath, ...rest] = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {number} */ fallback) => {
	const at = rest.indexOf(name);
	return at >= 0 ? Number(rest[at + 1]) : fallback;
};
const warmup = option('--warmup', 1);
const runs = option('--runs', 1);
const { parseResolution, compareDocuments } = await import(pathToFileURL(corePath).href);
const oldText = readFileSync(oldPath, 'utf8');
const newText = readFileSync(newPath, 'utf8');
const collect = () => globalThis.gc?.();

/** One comparison as the CLI does it: read both documents, then align and diff them. */
const compare = () => {
	const oldDoc = parseResolution(oldText, { source: basename(oldPath) });
	const newDoc = parseResolution(newText, { source: basename(newPath) });
	return compareDocuments(oldDoc, newDoc);
};

collect();
const baseRssKB = process.resourceUsage().maxRSS;
let start = performance.now();
const first = compare();
const coldMs = performance.now() - start;
const peakRssKB = process.resourceUsage().maxRSS;
const summary = {
	oldParagraphs: first.old.paragraphs.length,
	newParagraphs: first.new.paragraphs.length,
	stats: first.stats,
	warnings: first.warnings ?? [],
	degraded: first.rows.filter((/** @type {{ degraded?: boolean }} */ row) => row.degraded).length
};
for (let i = 0; i < warmup; i++) compare();
const times = [];
const cpuTimes = [];
for (let i = 0; i < runs; i++) {
	collect();
	const cpu = process.cpuUsage();
	start = performance.now();
	compare();
	times.push(performance.now() - start);
	const used = process.cpuUsage(cpu);
	cpuTimes.push((used.user + used.system) / 1000);
}
process.stdout.write(JSON.stringify({ coldMs, times, cpuTimes, baseRssKB, peakRssKB, summary }) + '\n');
