// A whole-document diff-match-patch diff as its own process: the baseline a reader would get by
// pasting both texts into a generic diff tool. Usage: node dmp.js OLD NEW [--char]
// Diff_Timeout = 0 runs the diff to completion (the library's default of 1 s would return a coarse
// diff on large texts, which is not the same work). Without --char the library's own default applies:
// a line-level pre-pass, then a character diff of the changed runs of lines; --char turns it off.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import DiffMatchPatch from 'diff-match-patch';

const [oldPath, newPath, ...flags] = process.argv.slice(2);
const oldText = readFileSync(oldPath, 'utf8');
const newText = readFileSync(newPath, 'utf8');
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;
const start = performance.now();
const diffs = dmp.diff_main(oldText, newText, !flags.includes('--char'));
dmp.diff_cleanupSemantic(diffs);
const ms = performance.now() - start;
const changed = diffs.filter(([op]) => op !== 0).reduce((sum, [, text]) => sum + text.length, 0);
process.stdout.write(
	JSON.stringify({ ms, pieces: diffs.length, changedChars: changed, maxRssKB: process.resourceUsage().maxRSS }) + '\n'
);
