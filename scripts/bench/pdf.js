// Reading a real UN PDF from the command line: `resodiff parse PDF --format json -o OUT` as a whole process,
// start to exit, on the 10-page English resolution A/RES/73/3 (tests/fixtures/real/), in turns with poppler's
// `pdftotext` on the same file when the system has it (a reference, not a contender: it extracts text and
// reads no structure). The bench PDF, written by Word, is read by resodiff's own reader (src/lib/io/pdf/direct/),
// so pdfjs and its code cache play no part; the warm-up run takes the file into the system's cache.
//
// Node's own start (`node -e 0`) is timed in the same turns, as the floor under any command. An environment
// that sets NODE_EXTRA_CA_CERTS (a proxy's certificate authority, as on this project's machines) raises that
// floor for every node process: Node 20 reads the certificates at start, before any script runs
// (nodejs/node#40524; about 90 ms here), though the command never opens a connection. The command is then also
// timed without the variable, and both figures are printed; the target is judged on the environment as it is.
//
// The command keeps V8's compiled code of its bundle in the user's cache folder (src/cli/start.ts): the warm-up
// run makes it, and the timed runs are the command as a user runs it every time after the first. The first run
// after an install or a build, which compiles everything and writes the cache, is timed too, each time with an
// empty cache folder of its own (where the platform's cache folder follows XDG_CACHE_HOME: not macOS or Windows).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { runNodeProcess, summarize } from './measure.js';

/** The PDF measured: a real 10-page General Assembly resolution, as the UN publishes it. */
export const BENCH_PDF = join('tests', 'fixtures', 'real', 'A-RES-73-3.en.pdf');

/**
 * @typedef {object} PdfResult
 * @property {import('./measure.js').Summary | null} resodiff   wall time of the command, milliseconds
 * @property {import('./measure.js').Summary | null} resodiffCpu  its CPU time (user + system), milliseconds
 * @property {number | null} peakRssKB
 * @property {import('./measure.js').Summary | null} pdftotext  wall time of pdftotext, when installed
 * @property {import('./measure.js').Summary | null} nodeStart  wall time of `node -e 0` in the same environment
 * @property {import('./measure.js').Summary | null} firstRun  wall time of the command with no compiled-code cache yet
 * @property {{ resodiff: import('./measure.js').Summary | null, nodeStart: import('./measure.js').Summary | null } | null} withoutExtraCerts
 *   the command and Node's start without NODE_EXTRA_CA_CERTS, when the environment sets it
 * @property {number | null} operative   numbered operative paragraphs the command read (53 expected)
 * @property {string | null} error
 */

/**
 * Times the command and pdftotext on the bench PDF, `runs` times each in turns after one warm-up of each.
 * @param {{ root: string, runs: number, log: (line: string) => void }} options
 * @returns {Promise<PdfResult>}
 */
export async function measurePdfReading({ root, runs, log }) {
	const pdf = join(root, BENCH_PDF);
	const scratch = mkdtempSync(join(tmpdir(), 'resodiff-bench-pdf-'));
	const out = join(scratch, 'out.json');
	const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;
	const times = [];
	const cpu = [];
	const rss = [];
	const reference = [];
	const nodeStart = [];
	const firstRun = [];
	const xdg = process.platform !== 'darwin' && process.platform !== 'win32';
	const extraCerts = Boolean(process.env.NODE_EXTRA_CA_CERTS);
	/** @type {{ resodiff: number[], nodeStart: number[] }} */
	const without = { resodiff: [], nodeStart: [] };
	let operative = null;
	try {
		/** @param {string[]} [unset] @param {Record<string, string>} [set] */
		const command = (unset = [], set = {}) =>
			runNodeProcess([join(root, 'bin', 'resodiff.js'), 'parse', pdf, '--format', 'json', '-o', out], {
				cwd: root,
				capMs: 60000,
				unset,
				set
			});
		/** The command with an empty cache folder of its own: its first run after a build. */
		const first = async () => {
			const cache = mkdtempSync(join(scratch, 'cache-'));
			try {
				const result = await command([], { XDG_CACHE_HOME: cache });
				return result.finished && result.code === 0 ? result.ms : null;
			} finally {
				rmSync(cache, { recursive: true, force: true });
			}
		};
		/** @param {string[]} [unset] */
		const bareNode = async (unset = []) => {
			const result = await runNodeProcess(['-e', '0'], { cwd: root, capMs: 60000, unset });
			return result.finished && result.code === 0 ? result.ms : null;
		};
		const UNSET = ['NODE_EXTRA_CA_CERTS'];
		const poppler = () => {
			const start = performance.now();
			const result = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, join(scratch, 'out.txt')], { stdio: 'ignore' });
			return result.status === 0 ? performance.now() - start : null;
		};
		log(`  warm-up resodiff parse ${BENCH_PDF} …`);
		const warm = await command();
		if (!warm.finished || warm.code !== 0) {
			const line = warm.stderr.trim().split('\n').find(Boolean) ?? `exit code ${warm.code}`;
			return {
				resodiff: null,
				resodiffCpu: null,
				peakRssKB: null,
				pdftotext: null,
				nodeStart: null,
				firstRun: null,
				withoutExtraCerts: null,
				operative,
				error: line
			};
		}
		if (existsSync(out)) {
			const doc = JSON.parse(readFileSync(out, 'utf8'));
			// The declaration's numbered paragraphs; the resolution's own "Adopts the following …" is unnumbered.
			operative = doc.paragraphs.filter(
				(/** @type {{ kind: string, number?: string }} */ p) => p.kind === 'operative' && p.number
			).length;
		}
		if (hasPdftotext) poppler();
		for (let r = 0; r < runs; r++) {
			const result = await command();
			if (result.finished && result.code === 0) {
				times.push(result.ms);
				if (result.cpuMs !== null) cpu.push(result.cpuMs);
				if (result.maxRssKB !== null) rss.push(result.maxRssKB);
			}
			const ms = hasPdftotext ? poppler() : null;
			if (ms !== null) reference.push(ms);
			const bare = await bareNode();
			if (bare !== null) nodeStart.push(bare);
			const cold = xdg ? await first() : null;
			if (cold !== null) firstRun.push(cold);
			let plain = '';
			if (extraCerts) {
				const other = await command(UNSET);
				if (other.finished && other.code === 0) without.resodiff.push(other.ms);
				const otherBare = await bareNode(UNSET);
				if (otherBare !== null) without.nodeStart.push(otherBare);
				plain = `; without NODE_EXTRA_CA_CERTS resodiff ${Math.round(other.ms)} ms, node -e 0 ${otherBare === null ? '–' : Math.round(otherBare)} ms`;
			}
			log(
				`  run ${r + 1}/${runs}: resodiff ${Math.round(result.ms)} ms` +
					(ms === null ? '' : `, pdftotext ${Math.round(ms)} ms`) +
					(bare === null ? '' : `, node -e 0 ${Math.round(bare)} ms`) +
					(cold === null ? '' : `, first run ${Math.round(cold)} ms`) +
					plain
			);
		}
		return {
			resodiff: summarize(times),
			resodiffCpu: summarize(cpu),
			peakRssKB: rss.length ? Math.max(...rss) : null,
			pdftotext: summarize(reference),
			nodeStart: summarize(nodeStart),
			firstRun: summarize(firstRun),
			withoutExtraCerts: extraCerts
				? { resodiff: summarize(without.resodiff), nodeStart: summarize(without.nodeStart) }
				: null,
			operative,
			error: null
		};
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
