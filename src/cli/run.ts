/**
 * One run of the command line: read the files, call the library, render the result, and turn every
 * failure into one line for stderr and an exit code (0 success, 1 a document that cannot be read,
 * 2 wrong usage), as CONTRACT.md says. No process I/O here but reading and writing files, so tests
 * call it directly.
 */
import { writeFile } from 'node:fs/promises';
import { compareDocuments, traceSeries, ResodiffError, type ResolutionDocument } from '../lib/core/index';
import { readArguments, USAGE, type Invocation } from './args';
import { readFileArgument, readRevisionsArgument } from './read-file';
import { readAll } from '../lib/io/read-all';
import { renderComparison, renderDocument, renderSeries } from './render';
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
		return await execute(invocation, env);
	} catch (error) {
		return failure(error, invocation);
	}
}

/** Runs a command line that was understood. */
async function execute(invocation: Invocation, env: { stdoutIsTerminal: boolean; noColor: boolean }): Promise<Outcome> {
	const color = invocation.color ?? (env.stdoutIsTerminal && !env.noColor && !invocation.output);
	const command = invocation.command;
	if (command === 'serve') {
		const { startServer } = await import('./serve');
		return await startServer(invocation);
	}
	if (command === 'search' || command === 'find' || command === 'library') {
		// The library (and SQLite's native module) is loaded only by the commands that use it.
		const { runFind, runLibrary, runSearch } = await import('./library');
		const run =
			command === 'search'
				? runSearch(invocation, color)
				: command === 'find'
					? runFind(invocation, color)
					: runLibrary(invocation);
		const { output, warnings, failed } = await run;
		const stderr = warnings.length
			? warnings.map((w) => `resodiff: ${command === 'library' ? '' : 'warning: '}${w}\n`).join('')
			: undefined;
		if (invocation.output) {
			await writeFile(invocation.output, output);
			return { code: failed ? 1 : 0, stderr };
		}
		return { code: failed ? 1 : 0, stdout: output, stderr };
	}
	let documents: ResolutionDocument[];
	/** What finding a series' documents in a library noticed: no report says it. */
	let lookup: string[] = [];
	if (command === 'series' && (invocation.library || invocation.files.length === 1)) {
		const { findSeriesDocuments } = await import('./library');
		const found = await findSeriesDocuments(invocation);
		documents = found.documents;
		lookup = found.warnings;
	} else if (invocation.command === 'compare' && invocation.files.length === 1) {
		// One Word file: its original text (every tracked change rejected) against its accepted text.
		const pair = readRevisionsArgument(invocation.files[0]);
		documents = [pair.original, pair.accepted];
	} else {
		// Every file is read before any failure is reported, so that two bad files are named together.
		documents = await readAll(
			invocation.files.map((file) => readFileArgument(file, { revisions: invocation.revisions }))
		);
	}
	let output: string | Uint8Array;
	/** The warnings the output itself states (every format but CSV, Word and PDF). */
	let warnings: string[];
	if (invocation.command === 'parse') {
		output = renderDocument(documents[0], invocation.format, invocation.lang);
		warnings = documents[0].warnings ?? [];
	} else if (invocation.command === 'compare') {
		const comparison = compareDocuments(documents[0], documents[1]);
		output = await renderComparison(comparison, invocation.format, {
			all: invocation.all,
			color,
			locale: invocation.lang
		});
		warnings = comparison.warnings ?? [];
	} else {
		const trace = traceSeries(documents);
		output = renderSeries(trace, invocation.format, { term: invocation.term, color });
		warnings = trace.warnings ?? [];
	}
	// JSON carries its warnings inside, and a text report on the terminal has just said them: each is said
	// once. Otherwise they go to stderr, where a reader sees them whatever becomes of the output.
	const onTerminal = invocation.format === 'text' && !invocation.output && env.stdoutIsTerminal;
	const unsaid = invocation.format === 'json' ? [] : [...lookup, ...(onTerminal ? [] : warnings)];
	const stderr = unsaid.length === 0 ? undefined : unsaid.map((w) => `resodiff: warning: ${w}\n`).join('');
	if (invocation.output) {
		await writeFile(invocation.output, output);
		return { code: 0, stderr };
	}
	return { code: 0, stdout: output, stderr };
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
