// Preloaded into a measured process when GNU time is not available: writes the process's peak
// resident set size (KiB) and its user and system CPU time (seconds), as GNU time's `%M %U %S` would,
// to the file named by RESODIFF_BENCH_USAGE_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.RESODIFF_BENCH_USAGE_FILE;
if (file) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
	});
}
