/**
 * The `resodiff` command as a user runs it: a process, its exit code, its stdout and stderr; and the
 * rule by which it rebuilds a bundle whose sources changed.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTime, isBundleStale, writeSourceRecord } from '../../bin/bundle.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function resodiff(...args: string[]) {
	return spawnSync(process.execPath, [join(root, 'bin', 'resodiff.js'), ...args], { cwd: root, encoding: 'utf8' });
}

describe('the resodiff process', () => {
	it('compares the showcase pair by symbol and writes the contract JSON to stdout', () => {
		const result = resodiff('compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'json');
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
		const comparison = JSON.parse(result.stdout);
		expect(comparison.version).toBe(1);
		expect(comparison.stats).toMatchObject({ modified: 12, unchanged: 15, inserted: 0, deleted: 0 });
	});

	it('says what is wrong in one line and exits 1 for a missing file', () => {
		const result = resodiff('compare', 'no-such-file.txt', 'A/RES/76/40');
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/^resodiff: .*no-such-file\.txt/);
	});

	it('reads PDFs with pdfjs in a thread of its own, read ahead of the command loading, and exits when done', () => {
		const pdf = join(root, 'tests', 'fixtures', 'pdf', 'A-RES-76-40.pdf');
		const result = resodiff('compare', pdf, pdf, '--format', 'json');
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
		const comparison = JSON.parse(result.stdout);
		expect(comparison.stats.unchanged).toBeGreaterThan(20);
		expect(comparison.stats).toMatchObject({ modified: 0, inserted: 0, deleted: 0 });
	});

	it('never takes the output file for a PDF to read (`-o report.pdf`)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'resodiff-out-'));
		const out = join(dir, 'report.pdf');
		writeFileSync(out, 'not a PDF');
		const result = resodiff('parse', join(root, 'tests', 'fixtures', 'pdf', 'A-RES-67-38.pdf'), '-o', out);
		expect(result.status).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8')).meta.symbol).toBe('A/RES/67/38');
		rmSync(dir, { recursive: true });
	});

	it('loads for `parse` only what reads and prints a document: no comparison, report renderer or corpus index', () => {
		const dir = mkdtempSync(join(tmpdir(), 'resodiff-loads-'));
		// A preload that names every module the process loaded (the bundle is CommonJS), on stderr, as it exits.
		const preload = join(dir, 'loaded.cjs');
		writeFileSync(
			preload,
			"process.on('exit', () => { for (const file of Object.keys(require.cache)) process.stderr.write('LOADED ' + file + '\\n'); });"
		);
		for (const [file, format] of [
			[join(root, 'tests', 'fixtures', 'pdf', 'A-RES-67-38.pdf'), 'json'],
			[join(root, 'corpus', 'A-RES-76-40.zh.txt'), 'text']
		]) {
			const result = spawnSync(
				process.execPath,
				['--require', preload, join(root, 'bin', 'resodiff.js'), 'parse', file, '--format', format],
				{ cwd: root, encoding: 'utf8' }
			);
			expect(result.status).toBe(0);
			const loaded = [...result.stderr.matchAll(/^LOADED (.*)$/gm)].map((m) => m[1]);
			expect(loaded.some((path) => path.includes(join('dist', 'cli', 'chunks')))).toBe(true);
			// The unminified bundle names each source it holds in a comment: `// src/lib/core/compare.ts`.
			const sources = loaded.flatMap((path) =>
				[...readFileSync(path, 'utf8').matchAll(/^\/\/ (src\/\S+)$/gm)].map((m) => m[1])
			);
			expect(sources).toContain('src/lib/core/document/parse.ts');
			const unneeded = sources.filter((source) =>
				/^src\/lib\/(core\/(compare|series|align\/|diff\/|report\/(text|html|markdown|csv|model))|corpus-index|io\/word\/(?!sniff)|server\/)/.test(
					source
				)
			);
			expect(unneeded).toEqual([]);
		}
		rmSync(dir, { recursive: true });
	});

	it("keeps V8's compiled code of its bundle in the user's cache folder, and the next run uses it as it is", () => {
		const cache = mkdtempSync(join(tmpdir(), 'resodiff-xdg-'));
		const env = { ...process.env, XDG_CACHE_HOME: cache };
		const pdf = join(root, 'tests', 'fixtures', 'pdf', 'A-RES-67-38.pdf');
		const run = () =>
			spawnSync(process.execPath, [join(root, 'bin', 'resodiff.js'), 'parse', pdf, '--format', 'json'], {
				cwd: root,
				encoding: 'utf8',
				env
			});
		const caches = () => {
			const base = join(cache, 'resodiff', 'compile-cache');
			const [folder] = readdirSync(base).filter((name) => name.startsWith('cli-'));
			return new Map(readdirSync(join(base, folder)).map((name) => [name, statSync(join(base, folder, name)).mtimeMs]));
		};
		const first = run();
		expect(first.status).toBe(0);
		expect(first.stderr).toBe('');
		const made = caches();
		expect([...made.keys()]).toContainEqual(expect.stringMatching(/^main\.cjs@\d+-\d+\.cache$/));
		expect([...made.keys()]).toContainEqual(expect.stringMatching(/^chunks@pdf-node-.*\.cache$/));

		const second = run();
		expect(second.status).toBe(0);
		expect(second.stdout).toBe(first.stdout);
		// Accepted by V8: a rejected cache would have been written again.
		expect(caches()).toEqual(made);

		// A damaged cache is set aside by V8 and made anew; the output is the same.
		const base = join(cache, 'resodiff', 'compile-cache');
		const folder = join(base, readdirSync(base)[0]);
		for (const name of made.keys()) writeFileSync(join(folder, name), 'damaged');
		const third = run();
		expect(third.status).toBe(0);
		expect(third.stdout).toBe(first.stdout);
		expect(third.stderr).toBe('');
		for (const name of made.keys()) expect(readFileSync(join(folder, name), 'utf8')).not.toBe('damaged');
		rmSync(cache, { recursive: true });
	});

	it('runs as well where no cache folder can be made', () => {
		const dir = mkdtempSync(join(tmpdir(), 'resodiff-xdg-'));
		const blocked = join(dir, 'a-file');
		writeFileSync(blocked, '');
		const result = spawnSync(
			process.execPath,
			[join(root, 'bin', 'resodiff.js'), 'compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'json'],
			{ cwd: root, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: blocked } }
		);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout).stats).toMatchObject({ modified: 12, unchanged: 15 });
		rmSync(dir, { recursive: true });
	});

	it('prints the usage and exits 2 for an unknown command', () => {
		const result = resodiff('frobnicate');
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/Usage|用法/);
	});
});

describe('isBundleStale', () => {
	/** A built checkout in a temporary folder: sources, a bundle, and the build's record of the sources. */
	function checkout(sources: Record<string, string>): string {
		const dir = mkdtempSync(join(tmpdir(), 'resodiff-bundle-'));
		const write = (path: string, text: string) => {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), text);
		};
		for (const [path, text] of Object.entries(sources)) write(path, text);
		write('dist/cli/start.cjs', '');
		write('dist/cli/main.cjs', '');
		write('dist/cli/core.cjs', '');
		writeSourceRecord(
			dir,
			Object.keys(sources).map((path) => [join(dir, path), statSync(join(dir, path))] as const)
		);
		return dir;
	}
	const sources = { 'src/lib/core/a.ts': 'export const a = 1;', 'src/cli/main.ts': 'main', 'corpus/index.json': '{}' };

	it('is fresh when every source is as the build read it', () => {
		const dir = checkout(sources);
		expect(isBundleStale(dir)).toBe(false);
		expect(bundleTime(dir)).toBeGreaterThan(0);
		rmSync(dir, { recursive: true });
	});

	it.each(Object.keys(sources))('is stale when %s was edited in place, its folder untouched', (edited) => {
		const dir = checkout(sources);
		const folder = join(dir, edited, '..');
		const { atime, mtime } = statSync(folder);
		writeFileSync(join(dir, edited), 'changed');
		utimesSync(folder, atime, mtime);
		expect(isBundleStale(dir)).toBe(true);
		rmSync(dir, { recursive: true });
	});

	it('is stale when a source comes back with an older time and the same size (copied back, checked out)', () => {
		const dir = checkout(sources);
		utimesSync(join(dir, 'src/lib/core/a.ts'), 1000, 1000);
		expect(isBundleStale(dir)).toBe(true);
		rmSync(dir, { recursive: true });
	});

	it('is stale when a source of the bundle was deleted', () => {
		const dir = checkout(sources);
		rmSync(join(dir, 'src/cli/main.ts'));
		expect(isBundleStale(dir)).toBe(true);
		rmSync(dir, { recursive: true });
	});

	it('stays fresh when a file the bundle was not built from is added or changed (a test, a component)', () => {
		const dir = checkout(sources);
		writeFileSync(join(dir, 'src/lib/core/a.test.ts'), 'test');
		expect(isBundleStale(dir)).toBe(false);
		rmSync(dir, { recursive: true });
	});

	it('is stale when a part of the bundle or the record of its sources is missing', () => {
		for (const part of ['dist/cli/start.cjs', 'dist/cli/main.cjs', 'dist/cli/core.cjs', 'dist/cli/sources.json']) {
			const dir = checkout(sources);
			rmSync(join(dir, part));
			expect(isBundleStale(dir), part).toBe(true);
			rmSync(dir, { recursive: true });
		}
		const nothing = mkdtempSync(join(tmpdir(), 'resodiff-bundle-'));
		expect(isBundleStale(nothing)).toBe(true);
		expect(bundleTime(nothing)).toBe(0);
		rmSync(nothing, { recursive: true });
	});

	it('runs the bundle as it is in an installed package, without src/', () => {
		const dir = checkout(sources);
		rmSync(join(dir, 'src'), { recursive: true });
		expect(isBundleStale(dir)).toBe(false);
		rmSync(dir, { recursive: true });
	});

	it('is recorded by the build: every source of the command, none of node_modules', () => {
		const record = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'sources.json'), 'utf8'));
		const files = Object.keys(record.files);
		for (const file of [
			'src/cli/main.ts',
			'src/cli/run.ts',
			'src/lib/core/index.ts',
			'package.json',
			'vite.cli.config.ts'
		])
			expect(files).toContain(file);
		expect(files.some((f) => f.includes('node_modules'))).toBe(false);
		expect(isBundleStale(root)).toBe(false);
	});
});
