// The command's bundle (dist/cli, built by `npm install`) and whether its sources changed since.
// bin/resodiff.js rebuilds a stale bundle before it runs; the benchmark rebuilds it before timing, so
// that no timed run rebuilds it.
//
// HOW "stale" is decided, cheaply, on every start: the build writes dist/cli/sources.json, the
// modification time and size of every source file that went into the bundle (src/…, package.json,
// corpus/index.json, the build's config; not node_modules, which `npm install` rebuilds after). The
// bundle is stale when one of them is gone or its time or size differs from the one recorded, in
// either direction. Only those files are looked at (about 130 stats, no folder walk): a new file
// matters only once a file of the bundle imports it, and that file changed. Times are compared for
// equality, not against the bundle's own time, so an edit in place (an editor that keeps the folder's
// time), a `git checkout` or `git stash pop` (new times), and a file copied back with its old time all
// count. A checkout without src/ (an installed package) runs its bundle as it is.
'use strict';
// CommonJS (bin/package.json), as bin/resodiff.js is: ES module scripts import it all the same.
const { existsSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

/**
 * The bundle's first module (start.cjs, which runs the command, main.cjs), the command itself, its core library
 * and its record of sources in a checkout. The bundle is CommonJS (vite.cli.config.ts says why).
 * @param {string} root
 */
function bundlePaths(root) {
	const cli = join(root, 'dist', 'cli');
	return {
		start: join(cli, 'start.cjs'),
		main: join(cli, 'main.cjs'),
		core: join(cli, 'core.cjs'),
		sources: join(cli, 'sources.json')
	};
}

/**
 * Modification time of the bundle's entry, or 0 when there is none.
 * @param {string} root
 * @returns {number}
 */
function bundleTime(root) {
	const { main } = bundlePaths(root);
	return existsSync(main) ? statSync(main).mtimeMs : 0;
}

/**
 * @typedef {{ version: 1, files: Record<string, [mtimeMs: number, size: number]> }} SourceRecord
 * Each source file of the bundle, by its path from the checkout (with `/`), as the build saw it.
 */

/**
 * Writes the record of the bundle's sources (called by the build, vite.cli.config.ts).
 * @param {string} root
 * @param {Iterable<[file: string, stat: { mtimeMs: number, size: number }]>} files  the modules the
 *   build read, by absolute path, each stated when it was read
 */
function writeSourceRecord(root, files) {
	/** @type {SourceRecord} */
	const record = { version: 1, files: {} };
	for (const [file, stat] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const path = relative(root, file);
		if (path.startsWith('..') || path.split(sep).includes('node_modules')) continue;
		record.files[path.split(sep).join('/')] = [stat.mtimeMs, stat.size];
	}
	writeFileSync(bundlePaths(root).sources, JSON.stringify(record, null, '\t') + '\n');
}

/**
 * True when the bundle is missing, or a source it was built from changed, appeared gone, or was never
 * recorded (a bundle built before the record existed).
 * @param {string} root
 * @returns {boolean}
 */
function isBundleStale(root) {
	const { start, main, core, sources } = bundlePaths(root);
	if (!existsSync(start) || !existsSync(main) || !existsSync(core)) return true;
	if (!existsSync(join(root, 'src'))) return false;
	/** @type {SourceRecord} */
	let record;
	try {
		record = JSON.parse(readFileSync(sources, 'utf8'));
	} catch {
		return true;
	}
	if (record?.version !== 1 || typeof record.files !== 'object' || record.files === null) return true;
	// Joined by hand: the record's paths are relative and plain (written above), and path.join's
	// normalisation, run cold on every start for each of them, cost the command some 8 ms.
	const prefix = root.endsWith('/') || root.endsWith(sep) ? root : root + sep;
	for (const [path, [mtime, size]] of Object.entries(record.files)) {
		const stat = statSync(prefix + path, { throwIfNoEntry: false });
		if (!stat || stat.mtimeMs !== mtime || stat.size !== size) return true;
	}
	return false;
}

module.exports = { bundlePaths, bundleTime, writeSourceRecord, isBundleStale };
