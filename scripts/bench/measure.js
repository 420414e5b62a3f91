// Runs one contender as a whole process and measures it from outside: wall time from spawn to exit,
// CPU time (user + system), and the peak resident memory of the process. CPU time and peak memory come
// from GNU time (`/usr/bin/time`) when the system has it, else from the process itself
// (process.resourceUsage(), written at exit by a preloaded module). CPU time is reported beside wall
// time because it hardly moves when other work shares the machine, where wall time can double. A process that outlives its cap is killed with its whole process group and
// reported as not finished.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
const USAGE_HOOK = new URL('./workers/usage-hook.js', import.meta.url).href;

/** How peak memory is measured on this system, for the report. */
export const MEMORY_SOURCE = existsSync(GNU_TIME)
	? 'GNU time (max resident set size)'
	: 'process.resourceUsage().maxRSS at exit';

/**
 * @typedef {object} ProcessResult
 * @property {number} ms            wall time from spawn to exit, milliseconds
 * @property {number | null} maxRssKB   peak resident set size in KiB; null when unknown
 * @property {number | null} cpuMs      user + system CPU time of the process, milliseconds; null when unknown
 * @property {boolean} finished     false when the cap killed it
 * @property {number | null} code   exit code
 * @property {string} stdout
 * @property {string} stderr
 */

/**
 * Runs `node ARGS…` as a whole process and measures it.
 * @param {string[]} args   arguments after `node`
 * @param {{ cwd?: string, capMs?: number, unset?: string[], set?: Record<string, string> }} [options]   capMs:
 *   wall-time cap in milliseconds (default 120000); unset: environment variables the process runs without; set:
 *   variables it runs with
 * @returns {Promise<ProcessResult>}
 */
export async function runNodeProcess(args, options = {}) {
	const capMs = options.capMs ?? 120000;
	const scratch = mkdtempSync(join(tmpdir(), 'resodiff-bench-usage-'));
	const usageFile = join(scratch, 'usage');
	const useTime = existsSync(GNU_TIME);
	const command = useTime ? GNU_TIME : process.execPath;
	const argv = useTime
		? ['-f', '%M %U %S', '-o', usageFile, process.execPath, ...args]
		: [`--import=${USAGE_HOOK}`, ...args];
	const env = { ...process.env, RESODIFF_BENCH_USAGE_FILE: usageFile };
	for (const name of options.unset ?? []) delete env[name];
	Object.assign(env, options.set);
	try {
		return await new Promise((resolve, reject) => {
			let stdout = '';
			let stderr = '';
			let killed = false;
			const start = performance.now();
			// Its own process group, so the cap can end the wrapper and node together.
			const child = spawn(command, argv, { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
			child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
			child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
			const timer = setTimeout(() => {
				killed = true;
				try {
					if (child.pid) process.kill(-child.pid, 'SIGKILL');
				} catch {
					// It exited between the timer firing and the kill: nothing left to end.
				}
			}, capMs);
			child.once('error', (error) => {
				clearTimeout(timer);
				reject(error);
			});
			child.once('exit', (code) => {
				const ms = performance.now() - start;
				clearTimeout(timer);
				// Wait for the pipes to drain before reading what the process printed.
				child.once('close', () => {
					resolve({ ms, ...readUsage(usageFile), finished: !killed, code, stdout, stderr });
				});
			});
		});
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/**
 * Reads what the wrapper or the hook wrote: `maxRSS-KiB user-seconds system-seconds`.
 * @param {string} file
 * @returns {{ maxRssKB: number | null, cpuMs: number | null }}
 */
function readUsage(file) {
	if (!existsSync(file)) return { maxRssKB: null, cpuMs: null };
	const lines = readFileSync(file, 'utf8').trim().split('\n');
	// GNU time writes "Command terminated by signal 9" before the values when the process was killed.
	const [rss, user, system] = (lines[lines.length - 1] ?? '').trim().split(/\s+/).map(Number);
	const cpu = (user ?? NaN) + (system ?? NaN);
	return {
		maxRssKB: Number.isFinite(rss) && rss > 0 ? rss : null,
		cpuMs: Number.isFinite(cpu) ? cpu * 1000 : null
	};
}

/**
 * @typedef {{ median: number, min: number, max: number, n: number }} Summary
 */

/**
 * Median, minimum and maximum of a list of numbers; null for an empty list.
 * @param {number[]} values
 * @returns {Summary | null}
 */
export function summarize(values) {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}
