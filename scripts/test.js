// `npm test`: every check CI runs, in order, and one closing line that counts the tests:
// type checks (svelte-check, zero warnings), lint (Prettier and ESLint, zero warnings), the unit tests, the app build, and the browser tests
// in Debian's Chromium (installed by scripts/ensure-browser.sh when missing). The unit tests open the Word
// report in LibreOffice (installed by scripts/ensure-libreoffice.sh when missing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** Runs one step; returns true when it succeeded. */
function step(name, command, args) {
	console.log(`\n── ${name}`);
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' }
	});
	return result.status === 0;
}

/** Counts of a vitest JSON report, or null when the run wrote none. */
function counts(file) {
	if (!existsSync(file)) return null;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	return {
		passed: report.numPassedTests,
		failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
		skipped: report.numPendingTests + report.numTodoTests
	};
}

const vitest = bin('vitest', 'vitest.mjs');
const vite = bin('vite', join('bin', 'vite.js'));
const failures = [];
const total = { passed: 0, failed: 0, skipped: 0 };

const steps = [
	['browser and fonts', 'bash', [join(root, 'scripts', 'ensure-browser.sh')]],
	['LibreOffice (the Word report is checked in it)', 'bash', [join(root, 'scripts', 'ensure-libreoffice.sh')]],
	['svelte-kit sync', process.execPath, [bin('@sveltejs/kit', join('svelte-kit.js')), 'sync']],
	[
		'svelte-check (types, zero warnings)',
		process.execPath,
		[
			bin('svelte-check', join('bin', 'svelte-check')),
			'--tsconfig',
			'./tsconfig.json',
			'--fail-on-warnings',
			'--output',
			'human'
		]
	],
	[
		'Prettier (layout)',
		process.execPath,
		[bin('prettier', join('bin', 'prettier.cjs')), '--check', '.', '--log-level', 'warn']
	],
	['ESLint (zero warnings)', process.execPath, [bin('eslint', join('bin', 'eslint.js')), '.', '--max-warnings', '0']],
	['build the command line', process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn']],
	[
		'unit tests',
		process.execPath,
		[vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'unit.json')}`],
		join(results, 'unit.json')
	],
	['build the app', process.execPath, [vite, 'build', '--logLevel', 'warn']],
	[
		'browser tests',
		process.execPath,
		[
			vitest,
			'run',
			'--config',
			'vitest.browser.config.ts',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${join(results, 'browser.json')}`
		],
		join(results, 'browser.json')
	]
];

for (const [name, command, args, report] of steps) {
	const ok = step(name, command, args);
	if (report) {
		const c = counts(report);
		if (c) {
			total.passed += c.passed;
			total.failed += c.failed;
			total.skipped += c.skipped;
		}
		if (!c && !ok) total.failed += 1;
	}
	if (!ok) {
		failures.push(name);
		// Later steps need the earlier ones (the browser tests need the build); stop at a broken build.
		if (
			name.startsWith('build') ||
			name === 'browser and fonts' ||
			name.startsWith('LibreOffice') ||
			name === 'svelte-kit sync'
		)
			break;
	}
}

console.log('');
if (failures.length) console.log(`failed steps: ${failures.join(', ')}`);
if (failures.length && total.failed === 0) total.failed = failures.length;
console.log(
	`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`
);
process.exit(failures.length ? 1 : 0);
