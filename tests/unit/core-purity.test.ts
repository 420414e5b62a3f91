/**
 * The core is one library for the browser, the CLI and the tests: it must import no Node built-in, no
 * Svelte or SvelteKit module, and touch no DOM. This reads every non-test source file under
 * src/lib/core/ and checks its imports and globals.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const core = fileURLToPath(new URL('../../src/lib/core/', import.meta.url));

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

const files = sources(core);
const imports = (text: string) =>
	[...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('src/lib/core is pure', () => {
	it('has source files to check', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files.map((f) => [relative(core, f), f]))('%s imports only the core and pure packages', (_name, file) => {
		const text = readFileSync(file, 'utf8');
		for (const specifier of imports(text)) {
			expect(specifier, specifier).not.toMatch(
				/^node:|^(fs|path|url|os|child_process|http|https|crypto|buffer|stream)$/
			);
			expect(specifier, specifier).not.toMatch(/^\$app|^\$lib|^svelte|^@sveltejs|\.svelte$/);
			if (specifier.startsWith('.')) continue;
			expect(['diff-match-patch', 'fast-check']).toContain(specifier);
		}
		const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		expect(code).not.toMatch(/\b(document|window|localStorage|navigator)\s*\./);
		expect(code).not.toMatch(/\bprocess\.(env|argv|exit|stdout|stderr)/);
		expect(code).not.toMatch(/\brequire\s*\(/);
	});
});
