// What the benchmark times, each as one measured run on an old/new pair of files:
//   inproc  resodiff's parse + compare in-process (the time a page or a script spends), JIT warm
//   cli     the `resodiff compare --format json -o OUT` command as a whole process, start to exit
//   dmp     one whole-document diff-match-patch diff + diff_cleanupSemantic, as a whole process
//   jsdiff  jsdiff's diffChars on the two whole documents, as a whole process
// Each run returns its time in milliseconds and the peak memory of its process.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNodeProcess } from './measure.js';

const WORKERS = fileURLToPath(new URL('./workers/', import.meta.url));

/**
 * @typedef {object} RunResult
 * @property {number | null} ms       the contender's time, milliseconds; null when it did not finish
 * @property {number | null} rssKB    peak resident memory of its process (KiB)
 * @property {number | null} [cpuMs]  CPU time (user + system) of the same span, milliseconds
 * @property {boolean} finished       false when it hit the cap
 * @property {string | null} error    one line when it failed
 * @property {Record<string, unknown>} [info]   what the worker reported besides
 */

/**
 * @typedef {object} Contender
 * @property {string} id
 * @property {string} label      column heading
 * @property {boolean} resodiff  part of resodiff (needs the built core)
 * @property {(pair: { oldPath: string, newPath: string, outPath: string }, context: RunContext) => Promise<RunResult>} run
 */

/**
 * @typedef {object} RunContext
 * @property {string} root     the checkout
 * @property {string} corePath dist/cli/core.cjs
 * @property {number} capMs    wall-time cap of one run, milliseconds
 */

/**
 * Parses the one JSON line a worker prints, or returns null.
 * @param {string} stdout
 * @returns {any}
 */
function report(stdout) {
	try {
		return JSON.parse(stdout.trim().split('\n').pop() ?? '');
	} catch {
		return null;
	}
}

/**
 * The first line of a failed process's stderr, for the table's notes.
 * @param {import('./measure.js').ProcessResult} result
 * @param {string} name
 * @returns {string}
 */
function failure(result, name) {
	const line =
		result.stderr
			.trim()
			.split('\n')
			.find((l) => l.trim()) ?? `exit code ${result.code}`;
	return `${name}: ${line.slice(0, 200)}`;
}

/** @type {Contender[]} */
export const CONTENDERS = [
	{
		id: 'inproc',
		label: 'resodiff in-process',
		resodiff: true,
		async run(pair, context) {
			const result = await runNodeProcess(
				[
					'--expose-gc',
					join(WORKERS, 'resodiff.js'),
					context.corePath,
					pair.oldPath,
					pair.newPath,
					'--warmup',
					'2',
					'--runs',
					'1'
				],
				{ capMs: context.capMs * 4 }
			);
			const data = result.finished && result.code === 0 ? report(result.stdout) : null;
			if (!result.finished) return { ms: null, rssKB: result.maxRssKB, finished: false, error: null };
			if (!data) return { ms: null, rssKB: result.maxRssKB, finished: true, error: failure(result, 'in-process') };
			// The memory of one comparison: read right after the first one, before the warm runs.
			return {
				ms: data.times[0],
				cpuMs: data.cpuTimes?.[0] ?? null,
				rssKB: data.peakRssKB,
				finished: true,
				error: null,
				info: data
			};
		}
	},
	{
		id: 'cli',
		label: 'resodiff CLI process',
		resodiff: true,
		async run(pair, context) {
			const args = [
				join(context.root, 'bin', 'resodiff.js'),
				'compare',
				pair.oldPath,
				pair.newPath,
				'--format',
				'json',
				'-o',
				pair.outPath
			];
			const result = await runNodeProcess(args, { capMs: context.capMs, cwd: context.root });
			if (!result.finished) return { ms: null, rssKB: result.maxRssKB, finished: false, error: null };
			if (result.code !== 0)
				return { ms: null, rssKB: result.maxRssKB, finished: true, error: failure(result, 'resodiff') };
			return { ms: result.ms, cpuMs: result.cpuMs, rssKB: result.maxRssKB, finished: true, error: null };
		}
	},
	{
		id: 'dmp',
		label: 'diff-match-patch process',
		resodiff: false,
		async run(pair, context) {
			const result = await runNodeProcess([join(WORKERS, 'dmp.js'), pair.oldPath, pair.newPath], {
				capMs: context.capMs,
				cwd: context.root
			});
			if (!result.finished) return { ms: null, rssKB: result.maxRssKB, finished: false, error: null };
			const data = result.code === 0 ? report(result.stdout) : null;
			if (!data)
				return { ms: null, rssKB: result.maxRssKB, finished: true, error: failure(result, 'diff-match-patch') };
			return { ms: result.ms, cpuMs: result.cpuMs, rssKB: result.maxRssKB, finished: true, error: null, info: data };
		}
	},
	{
		id: 'jsdiff',
		label: 'jsdiff diffChars process',
		resodiff: false,
		async run(pair, context) {
			// jsdiff's own timeout ends the diff at the cap and lets the process report; the process cap
			// (a little later) is the backstop should it not.
			const result = await runNodeProcess(
				[join(WORKERS, 'jsdiff.js'), pair.oldPath, pair.newPath, String(context.capMs)],
				{
					capMs: context.capMs + 30000,
					cwd: context.root
				}
			);
			if (!result.finished) return { ms: null, rssKB: result.maxRssKB, finished: false, error: null };
			const data = result.code === 0 ? report(result.stdout) : null;
			if (!data) return { ms: null, rssKB: result.maxRssKB, finished: true, error: failure(result, 'jsdiff') };
			if (!data.finished) return { ms: null, rssKB: result.maxRssKB, finished: false, error: null, info: data };
			return { ms: result.ms, cpuMs: result.cpuMs, rssKB: result.maxRssKB, finished: true, error: null, info: data };
		}
	}
];
