/**
 * The command's first module (dist/cli/start.cjs, loaded by bin/resodiff.js once the bundle is known to be
 * current). It has V8 cache the compiled code of the bundle's modules in the user's cache folder (code-cache.ts),
 * then runs the command: `search` on a library by its short way, anything else by the full command line.
 *
 * It loads nothing of the command before the cache is in place, so that every module of the command is
 * compiled through it.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { cacheCommonJsCompiles, type CommonJsLoader } from '../lib/io/code-cache';
import { userCacheDir } from '../lib/io/user-dirs';

/**
 * The folder of this bundle's code caches: one per bundle folder (named by a hash of its path, so that two
 * checkouts never overwrite each other's caches), Node version and processor.
 */
function cacheFolder(bundle: string): string {
	// FNV-1a, 32 bits: a short stable name, not a secret.
	let hash = 0x811c9dc5;
	for (let i = 0; i < bundle.length; i++) hash = Math.imul(hash ^ bundle.charCodeAt(i), 0x01000193) >>> 0;
	return path.join(
		userCacheDir({ env: process.env, platform: process.platform, home: homedir() }),
		'compile-cache',
		`cli-${hash.toString(16).padStart(8, '0')}-${process.version}-${process.arch}`
	);
}

/** Runs the command on `argv` (the process's arguments after the script); `bundle` is the bundle's folder, dist/cli. */
export async function start(argv: readonly string[], bundle: string): Promise<void> {
	const save = cacheCommonJsCompiles(
		{ fs, vm, loader: Module as unknown as CommonJsLoader, path },
		bundle,
		cacheFolder(bundle)
	);
	// Once the command has written its output and nothing is left to do: the caches then hold every function
	// the command ran.
	process.once('beforeExit', save);
	// `search --library DB`, the command run most often, loads only what a search needs; it hands anything but
	// the plain case (a usage error, no library) to the full command.
	if (argv[0] === 'search' && argv.some((a) => a === '--library' || a === '-l' || a.startsWith('--library='))) {
		const { runSearchCommand } = await import('./search-command');
		if (await runSearchCommand(argv)) return;
	}
	await import('./main');
}
