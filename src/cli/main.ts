/**
 * `resodiff`: the command-line interface. This entry only connects {@link run} to the process:
 * arguments in, stdout/stderr and the exit code out. It runs when it is loaded (by start.ts); it is built as a
 * CommonJS module (vite.cli.config.ts), hence no top-level `await`.
 */
import { valueOptions } from './args';

/** Options of the command that take a value, which is never a file to read (`-o report.pdf`). */
const VALUE_OPTIONS = valueOptions();

/** The PDF files `parse` or `compare` will read, as far as the command line shows them before it is parsed. */
function pdfsToRead(argv: string[]): string[] {
	if (argv[0] !== 'parse' && argv[0] !== 'compare') return [];
	return argv.filter((arg, i) => i > 0 && /\.pdf$/i.test(arg) && !VALUE_OPTIONS.has(argv[i - 1]));
}

/** Writes to a stream and waits until it has been flushed, so a piped reader gets everything. */
function write(stream: NodeJS.WriteStream, data: string | Uint8Array): Promise<void> {
	return new Promise((resolve) => {
		if (stream.write(data)) resolve();
		else stream.once('drain', resolve);
	});
}

async function main(): Promise<void> {
	// A PDF to read starts being read before the command itself loads (imported below, after it, for that reason):
	// by resodiff's own reader, or, for a PDF it declines, by pdfjs with its parsing half in a thread of its own.
	// The command takes what was read when it gets to the file, and reads it itself if the bytes differ or the
	// reading failed.
	const pdfs = pdfsToRead(process.argv.slice(2));
	if (pdfs.length) {
		void import('../lib/io/pdf-node').then(
			(reader) => pdfs.forEach(reader.readPdfAhead),
			() => undefined
		);
	}
	const { run } = await import('./run');

	const outcome = await run(process.argv.slice(2), {
		stdoutIsTerminal: Boolean(process.stdout.isTTY),
		noColor: 'NO_COLOR' in process.env
	});
	// A reader that closes the pipe early (`| head`) is not an error of ours.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(outcome.code);
	});
	if (outcome.stdout) await write(process.stdout, outcome.stdout);
	if (outcome.stderr) await write(process.stderr, outcome.stderr);
	process.exitCode = outcome.code;
}

void main();
