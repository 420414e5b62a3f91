// The command's bundle (dist/cli, built by `npm install`) and whether it is older than its sources.
// bin/resodiff.js rebuilds a stale bundle before it runs; the benchmark rebuilds it before timing, so
// that no timed run rebuilds it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bundle's entry and its core library in a checkout.
 * @param {string} root
 */
export function bundlePaths(root) {
	return { main: join(root, 'dist', 'cli', 'main.js'), core: join(root, 'dist', 'cli', 'core.js') };
}

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
 * Modification time of the bundle's entry, or 0 when there is none.
 * @param {string} root
 * @returns {number}
 */
export function bundleTime(root) {
	const { main } = bundlePaths(root);
	return existsSync(main) ? statSync(main).mtimeMs : 0;
}

/**
 * True when the bundle is missing or older than src/lib, src/cli or the corpus index.
 * @param {string} root
 * @returns {boolean}
 */
export function isBundleStale(root) {
	const built = bundleTime(root);
	if (!built || !existsSync(bundlePaths(root).core)) return true;
	const sources = [join(root, 'src', 'lib'), join(root, 'src', 'cli'), join(root, 'corpus', 'index.json')];
	return sources.some((source) => existsSync(source) && newest(source) > built);
}
