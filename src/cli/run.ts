/**
 * One run of the command line: read the files, call the library, render the result, and turn every
 * failure into one line for stderr and an exit code (0 success, 1 a document that cannot be read,
 * 2 wrong usage), as CONTRACT.md says. No process I/O here but reading and writing files, so tests
 * call it directly.
 */
import { ResodiffError } from '../lib/core/types';
import { readArguments, USAGE, type Invocation } from './args';
import pkg from '../../package.json';

/** What a run produced: the exit code, and the text for stdout and stderr. */
export interface Outcome {
	code: 0 | 1 | 2;
	stdout?: string | Uint8Array;
	stderr?: string;
}

/** Runs one command line; never throws: every failure becomes an exit code and lines for stderr. */
export async function run(argv: string[], env: { stdoutIsTerminal: boolean; noColor: boolean }): Promise<Outcome> {
	let invocation: Invocation | undefined;
	try {
		invocation = readArguments(argv, { stdoutIsTerminal: env.stdoutIsTerminal });
		if (invocation.command === 'help') return { code: 0, stdout: USAGE + '\n' };
		if (invocation.command === 'version') return { code: 0, stdout: `resodiff ${pkg.version}\n` };
		// What a command needs is loaded only for it: `--help`, `--version` and a usage error cost the
		// start of Node and little else; the library commands (and SQLite's native module) load neither
		// the readers nor the comparison unless a file is read; the rest loads them (execute.ts).
		const command = invocation.command;
		if (command === 'serve') {
			const { startServer } = await import('./serve');
			return await startServer(invocation);
		}
		if (command === 'search' || command === 'find' || command === 'library') {
			const { executeLibraryCommand } = await import('./library');
			const color = invocation.color ?? (env.stdoutIsTerminal && !env.noColor && !invocation.output);
			return await executeLibraryCommand(invocation, color);
		}
		const { execute } = await import('./execute');
		return await execute(invocation, env);
	} catch (error) {
		return failure(error, invocation);
	}
}

/**
 * Turns anything thrown into an outcome: a usage error exits 2 with the usage, a document that cannot be read
 * (any other ResodiffError) exits 1 with a line per problem, a file that cannot be written exits 1 naming it,
 * and anything else is an internal error, in one line, whatever was thrown.
 */
function failure(error: unknown, invocation: Invocation | undefined): Outcome {
	if (error instanceof ResodiffError) {
		const lines = error.lines().map((line) => `resodiff: ${line}\n`);
		if (error.code === 'usage') return { code: 2, stderr: `${lines.join('')}\n${USAGE}\n` };
		return { code: 1, stderr: lines.join('') };
	}
	const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
	if (invocation?.output && code) {
		return { code: 1, stderr: `resodiff: ${invocation.output}: cannot write the output (${code})\n` };
	}
	return {
		code: 1,
		stderr: `resodiff: internal error: ${firstLine(error)} (please report it with the files that caused it)\n`
	};
}

/** The first line of what was thrown, even when it is not an Error and cannot be turned into a string. */
function firstLine(error: unknown): string {
	try {
		const message = error instanceof Error ? error.message : String(error);
		return message.split('\n')[0] || 'no message';
	} catch {
		return 'an unprintable value was thrown';
	}
}
