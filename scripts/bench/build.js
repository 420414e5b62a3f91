// Builds the command line bundle the benchmark measures (dist/cli/main.js and dist/cli/core.js), and
// tells whether it is older than its sources, with the same rule bin/resodiff.js applies before every
// run: a benchmark that let the command rebuild itself inside a timed run would time vite, not resodiff.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Newest modification time under a path, in milliseconds.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
	return latest;
}

/**
 * Modification time of the CLI bundle, or 0 when there is none.
 * @param {string} root   the checkout
 * @returns {number}
 */
export function bundleTime(root) {
	const bundle = join(root, 'dist', 'cli', 'main.js');
	return existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
}

/**
 * True when the CLI bundle is missing or older than src/lib, src/cli or the corpus index.
 * @param {string} root   the checkout
 * @returns {boolean}
 */
export function isCliStale(root) {
	const built = bundleTime(root);
	if (!built || !existsSync(join(root, 'dist', 'cli', 'core.js'))) return true;
	const sources = [join(root, 'src', 'lib'), join(root, 'src', 'cli'), join(root, 'corpus', 'index.json')];
	return sources.some((source) => existsSync(source) && newest(source) > built);
}

/**
 * Builds dist/cli with vite; returns null on success, else the build's last lines of output.
 * @param {string} root   the checkout
 * @returns {string | null}
 */
export function buildCli(root) {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
		cwd: root,
		encoding: 'utf8'
	});
	if (result.status === 0) return null;
	const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n');
	return output.slice(-6).join('\n') || `vite exited with ${result.status}`;
}

/**
 * Builds the app (build/) with vite; returns null on success, else the build's last lines of output.
 * @param {string} root   the checkout
 * @returns {string | null}
 */
export function buildApp(root) {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
	if (result.status === 0) return null;
	const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n');
	return output.slice(-6).join('\n') || `vite exited with ${result.status}`;
}
