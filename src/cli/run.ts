/**
 * One run of the command line: read the files, call the library, render the result, and turn every
 * failure into one line for stderr and an exit code (0 success, 1 a document that cannot be read,
 * 2 wrong usage), as CONTRACT.md says. No process I/O here but reading and writing files, so tests
 * call it directly.
 */
import { writeFile } from 'node:fs/promises';
import { compareDocuments, traceSeries, ResodiffError, type ResolutionDocument } from '../lib/core/index';
import { readArguments, UsageError, USAGE, type Invocation } from './args';
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

/** Runs one command line; never throws. */
export async function run(argv: string[], env: { stdoutIsTerminal: boolean; noColor: boolean }): Promise<Outcome> {
	let invocation: Invocation;
	try {
		invocation = readArguments(argv, { stdoutIsTerminal: env.stdoutIsTerminal });
	} catch (error) {
		if (error instanceof UsageError) return { code: 2, stderr: `resodiff: ${error.message}\n\n${USAGE}\n` };
		throw error;
	}
	if (invocation.command === 'help') return { code: 0, stdout: USAGE + '\n' };
	if (invocation.command === 'version') return { code: 0, stdout: `resodiff ${pkg.version}\n` };
	try {
		let documents: ResolutionDocument[];
		if (invocation.command === 'compare' && invocation.files.length === 1) {
			// One Word file: its original text (every tracked change rejected) against its accepted text.
			const pair = readRevisionsArgument(invocation.files[0]);
			documents = [pair.original, pair.accepted];
		} else {
			// Every file is read before any failure is reported, so that two bad files are named together.
			documents = await readAll(
				invocation.files.map((file) => readFileArgument(file, { revisions: invocation.revisions }))
			);
		}
		const color = invocation.color ?? (env.stdoutIsTerminal && !env.noColor && !invocation.output);
		let output: string | Uint8Array;
		let warnings: string[] = [];
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
			warnings = trace.documents.flatMap((d) => (d.warnings ?? []).map((w) => `${d.meta.source}: ${w}`));
		}
		// JSON carries its warnings inside; every other format says them on stderr.
		const stderr =
			invocation.format === 'json' || warnings.length === 0
				? undefined
				: warnings.map((w) => `resodiff: warning: ${w}\n`).join('');
		if (invocation.output) {
			await writeFile(invocation.output, output);
			return { code: 0, stderr };
		}
		return { code: 0, stdout: output, stderr };
	} catch (error) {
		if (error instanceof ResodiffError) {
			const lines = error.lines().map((line) => `resodiff: ${line}\n`);
			return { code: error.code === 'usage' ? 2 : 1, stderr: lines.join('') };
		}
		const code = (error as NodeJS.ErrnoException)?.code;
		if (invocation.output && code) {
			return { code: 1, stderr: `resodiff: ${invocation.output}: cannot write the output (${code})\n` };
		}
		const message = error instanceof Error ? error.message : String(error);
		return {
			code: 1,
			stderr: `resodiff: internal error: ${message.split('\n')[0]} (please report it with the files that caused it)\n`
		};
	}
}
