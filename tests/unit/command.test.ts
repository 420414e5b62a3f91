/**
 * The `resodiff` command as a user runs it: a process, its exit code, its stdout and stderr; and the
 * rule by which it rebuilds a bundle older than its sources.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTime, isBundleStale } from '../../bin/bundle.js';

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

	it('prints the usage and exits 2 for an unknown command', () => {
		const result = resodiff('frobnicate');
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/Usage|用法/);
	});
});

describe('isBundleStale', () => {
	/** A checkout's shape in a temporary folder: sources, and optionally a bundle, with given times. */
	function checkout(files: Record<string, number>): string {
		const dir = mkdtempSync(join(tmpdir(), 'resodiff-bundle-'));
		for (const [path, seconds] of Object.entries(files)) {
			const full = join(dir, path);
			mkdirSync(join(full, '..'), { recursive: true });
			writeFileSync(full, '');
			utimesSync(full, seconds, seconds);
		}
		// Folders count too (a deleted source changes its folder's time): they are set old here.
		for (const path of Object.keys(files)) {
			for (let folder = join(dir, path, '..'); folder.startsWith(dir + '/'); folder = join(folder, '..'))
				utimesSync(folder, 500, 500);
		}
		return dir;
	}
	const built = { 'dist/cli/main.js': 2000, 'dist/cli/core.js': 2000 };

	it('is fresh when every source is older than the bundle', () => {
		const dir = checkout({ ...built, 'src/lib/core/a.ts': 1000, 'src/cli/main.ts': 1000, 'corpus/index.json': 1000 });
		expect(isBundleStale(dir)).toBe(false);
		expect(bundleTime(dir)).toBe(2_000_000);
		rmSync(dir, { recursive: true });
	});

	it.each(['src/lib/core/a.ts', 'src/cli/main.ts', 'corpus/index.json'])('is stale when %s is newer', (newer) => {
		const dir = checkout({
			...built,
			'src/lib/core/a.ts': 1000,
			'src/cli/main.ts': 1000,
			'corpus/index.json': 1000,
			[newer]: 3000
		});
		expect(isBundleStale(dir)).toBe(true);
		rmSync(dir, { recursive: true });
	});

	it('is stale when a source folder changed (a file was deleted)', () => {
		const dir = checkout({ ...built, 'src/lib/core/a.ts': 1000 });
		utimesSync(join(dir, 'src', 'lib', 'core'), 3000, 3000);
		expect(isBundleStale(dir)).toBe(true);
		rmSync(dir, { recursive: true });
	});

	it('is stale when a part of the bundle is missing', () => {
		const noCore = checkout({ 'dist/cli/main.js': 2000, 'src/lib/a.ts': 1000 });
		const nothing = checkout({ 'src/lib/a.ts': 1000 });
		expect(isBundleStale(noCore)).toBe(true);
		expect(isBundleStale(nothing)).toBe(true);
		expect(bundleTime(nothing)).toBe(0);
		rmSync(noCore, { recursive: true });
		rmSync(nothing, { recursive: true });
	});
});
