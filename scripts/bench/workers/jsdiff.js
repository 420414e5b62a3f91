// jsdiff's character diff of two whole documents as its own process. Usage: node jsdiff.js OLD NEW CAP_MS
// jsdiff's Myers diff keeps every path it explores, so on long, much-edited texts it can run for
// minutes; its `timeout` option (milliseconds) makes it give up and return undefined, which is
// reported as not finished rather than as a time.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { diffChars } from 'diff';

const [oldPath, newPath, cap] = process.argv.slice(2);
const oldText = readFileSync(oldPath, 'utf8');
const newText = readFileSync(newPath, 'utf8');
const start = performance.now();
const changes = diffChars(oldText, newText, { timeout: Number(cap) || 120000 });
const ms = performance.now() - start;
const finished = changes !== undefined;
const changed = finished
	? changes.filter((c) => c.added || c.removed).reduce((sum, c) => sum + c.value.length, 0)
	: null;
process.stdout.write(
	JSON.stringify({
		ms,
		finished,
		pieces: finished ? changes.length : null,
		changedChars: changed,
		maxRssKB: process.resourceUsage().maxRSS
	}) + '\n'
);
