/**
 * A command line that was understood, run: read the files, call the library, render the result (the
 * library commands and `serve` are run from run.ts without this module)
 * (run.ts turns what it throws into an exit code and a line for stderr).
 */
import { writeFileSync } from 'node:fs';
import type { ResolutionDocument, Warning } from '../lib/core/types';
import { warningsInEnglish } from '../lib/core/warnings';
import type { Invocation } from './args';
import type { Outcome } from './run';
import { readFileArgument, readRevisionsArgument } from './read-file';
import { readAll } from '../lib/io/read-all';
import { renderComparison, renderDocument, renderSeries } from './render';

/** Runs a command line that was understood. */
export async function execute(
	invocation: Invocation,
	env: { stdoutIsTerminal: boolean; noColor: boolean }
): Promise<Outcome> {
	const color = invocation.color ?? (env.stdoutIsTerminal && !env.noColor && !invocation.output);
	const command = invocation.command;
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
		const pair = await readRevisionsArgument(invocation.files[0]);
		documents = [pair.original, pair.accepted];
	} else {
		// Every file is read before any failure is reported, so that two bad files are named together.
		documents = await readAll(
			invocation.files.map((file) => readFileArgument(file, { revisions: invocation.revisions }))
		);
	}
	let output: string | Uint8Array;
	/** The warnings the output itself states (every format but CSV, Word and PDF). */
	let warnings: Warning[];
	if (invocation.command === 'parse') {
		output = await renderDocument(documents[0], invocation.format, invocation.lang);
		warnings = documents[0].warnings ?? [];
	} else if (invocation.command === 'compare') {
		// The comparison (alignment, diff) is loaded by the commands that compare: `parse` starts without it.
		const { compareDocuments } = await import('../lib/core/compare');
		const comparison = compareDocuments(documents[0], documents[1]);
		output = await renderComparison(comparison, invocation.format, {
			all: invocation.all,
			color,
			locale: invocation.lang
		});
		warnings = comparison.warnings ?? [];
	} else {
		const { traceSeries } = await import('../lib/core/series');
		const trace = traceSeries(documents);
		output = await renderSeries(trace, invocation.format, { term: invocation.term, color, locale: invocation.lang });
		warnings = trace.warnings ?? [];
	}
	// JSON carries its warnings inside, and a text report on the terminal has just said them: each is said
	// once. Otherwise they go to stderr, where a reader sees them whatever becomes of the output: in English,
	// as every message of the command on stderr is (the report itself says them in its own language).
	const onTerminal = invocation.format === 'text' && !invocation.output && env.stdoutIsTerminal;
	const unsaid = invocation.format === 'json' ? [] : [...lookup, ...(onTerminal ? [] : warningsInEnglish(warnings))];
	const stderr = unsaid.length === 0 ? undefined : unsaid.map((w) => `resodiff: warning: ${w}\n`).join('');
	if (invocation.output) {
		// Written at once: the command has nothing else to do meanwhile, and node:fs/promises costs its start.
		writeFileSync(invocation.output, output);
		return { code: 0, stderr };
	}
	return { code: 0, stdout: output, stderr };
}
