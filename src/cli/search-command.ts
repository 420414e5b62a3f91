/**
 * `resodiff search PHRASE --library DB`, the short way: the command an analyst runs most often, loaded
 * without the rest of the command line (the readers, the comparison, the reports), so that a search
 * costs the start of Node, the library and the phrase's lookup and little else.
 *
 * Only the plain case is handled here: a well-formed command line and a library that opens. Anything
 * else (a usage error, no library, the shipped corpus, `-o`) is left to the full command
 * (src/cli/main.ts), which says it as every command does: this module returns false and writes nothing.
 */
import { readArguments } from './args';
import { openLibrary } from '../lib/server/library-db';
import { renderSearchText } from '../lib/library/text';
import { formatSearchJson } from './library-format';

/** Runs `search` on a library database when the command line is the plain case; false to leave it to the full command. */
export async function runSearchCommand(argv: readonly string[]): Promise<boolean> {
	let output: string;
	try {
		const stdoutIsTerminal = Boolean(process.stdout.isTTY);
		const inv = readArguments([...argv], { stdoutIsTerminal });
		if (inv.command !== 'search' || !inv.library || inv.output) return false;
		const color = inv.color ?? (stdoutIsTerminal && !('NO_COLOR' in process.env));
		const db = openLibrary(inv.library, { readonly: true });
		try {
			const result = db.search(inv.files[0]);
			output = inv.format === 'json' ? formatSearchJson(result) : renderSearchText(result, { color });
		} finally {
			db.close();
		}
	} catch {
		return false;
	}
	await new Promise<void>((resolve) => {
		process.stdout.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') resolve();
		});
		if (process.stdout.write(output)) resolve();
		else process.stdout.once('drain', resolve);
	});
	return true;
}
