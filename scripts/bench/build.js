// Builds the command line bundle the benchmark measures (dist/cli/main.cjs and dist/cli/core.cjs), and
// tells whether it is older than its sources, by the rule bin/resodiff.js applies before every run
// (bin/bundle.js): a benchmark that let the command rebuild itself inside a timed run would time vite, not resodiff.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export { bundleTime, isBundleStale as isCliStale } from '../../bin/bundle.js';

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
