#!/usr/bin/env node
// The `resodiff` command. It runs the CLI bundle built by `npm install` (the `prepare` script); in a
// checkout whose sources changed since, it rebuilds the bundle first so the command never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'main.js');

function newest(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
	return latest;
}

function stale() {
	if (!existsSync(bundle)) return true;
	const built = statSync(bundle).mtimeMs;
	const sources = [join(root, 'src', 'lib'), join(root, 'src', 'cli'), join(root, 'corpus', 'index.json')];
	return sources.some((s) => existsSync(s) && newest(s) > built);
}

if (stale()) {
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

await import(pathToFileURL(bundle).href);
