/**
 * `resodiff`: the command-line interface. This entry only connects {@link run} to the process:
 * arguments in, stdout/stderr and the exit code out.
 */
import { run } from './run';

/** Writes to a stream and waits until it has been flushed, so a piped reader gets everything. */
function write(stream: NodeJS.WriteStream, data: string | Uint8Array): Promise<void> {
	return new Promise((resolve) => {
		if (stream.write(data)) resolve();
		else stream.once('drain', resolve);
	});
}

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
