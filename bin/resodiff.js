#!/usr/bin/env node
// The `resodiff` command. It runs the CLI bundle built by `npm install` (the `prepare` script); in a
// checkout whose sources changed since, it rebuilds the bundle first so the command never runs stale code
// (bin/bundle.js: a stat of each source the build recorded, no walk of the source folders).
//
// A CommonJS script (bin/package.json): Node starts one faster than an ES module, and the bundle it runs is
// CommonJS too (src/cli/start.ts says why).
'use strict';
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { bundlePaths, isBundleStale } = require('./bundle.js');

const root = join(__dirname, '..');

if (isBundleStale(root)) {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	if (!existsSync(vite)) {
		console.error('resodiff: not installed yet: run `npm install` in ' + root);
		process.exit(1);
	}
	// Loaded only here: the command's every start would otherwise pay for child_process.
	const { spawnSync } = require('node:child_process');
	const built = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (built.status !== 0) {
		console.error('resodiff: building the command failed; see the messages above.');
		process.exit(1);
	}
}

const { start } = require(bundlePaths(root).start);
void start(process.argv.slice(2), dirname(bundlePaths(root).start));
