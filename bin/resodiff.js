#!/usr/bin/env node
// The `resodiff` command. It runs the CLI bundle built by `npm install` (the `prepare` script); in a
// checkout whose sources changed since, it rebuilds the bundle first so the command never runs stale code
// (bin/bundle.js: a stat of each source the build recorded, no walk of the source folders).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundlePaths, isBundleStale } from './bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (isBundleStale(root)) {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	if (!existsSync(vite)) {
		console.error('resodiff: not installed yet: run `npm install` in ' + root);
		process.exit(1);
	}
	// Loaded only here: the command's every start would otherwise pay for child_process.
	const { spawnSync } = await import('node:child_process');
	const built = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (built.status !== 0) {
		console.error('resodiff: building the command failed; see the messages above.');
		process.exit(1);
	}
}

// The bundle is CommonJS, so that V8's code cache can serve it (src/cli/start.ts).
const { start } = createRequire(import.meta.url)(bundlePaths(root).start);
await start(process.argv.slice(2), dirname(bundlePaths(root).start));
