import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { writeSourceRecord } from './bin/bundle.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Records each source file the bundle is built from, with its time and size as it was read
 * (dist/cli/sources.json), so that bin/resodiff.js tells a stale bundle by a stat of each, without
 * walking the source folders on every start (bin/bundle.js).
 */
function recordSources(): Plugin {
	const read = new Map<string, { mtimeMs: number; size: number }>();
	const note = (file: string) => {
		if (read.has(file)) return;
		const stat = statSync(file, { throwIfNoEntry: false });
		if (stat?.isFile()) read.set(file, stat);
	};
	return {
		name: 'resodiff-record-sources',
		buildStart() {
			read.clear();
			note(fileURLToPath(new URL('vite.cli.config.ts', import.meta.url)));
		},
		transform(_code, id) {
			if (!id.startsWith('\0')) note(id.split('?')[0]);
			return null;
		},
		writeBundle() {
			writeSourceRecord(root, read);
		}
	};
}

/**
 * Builds the command-line interface for Node: `dist/cli/start.cjs` (the command's first module, which runs
 * `dist/cli/main.cjs`, the command), `dist/cli/core.cjs` (the core library as one module, for scripts such as
 * the benchmark) and `dist/cli/library.cjs` (the SQLite library, for the benchmark). Dependencies stay external.
 * It also writes dist/cli/sources.json, the record of its sources that tells bin/resodiff.js whether the bundle
 * is stale.
 *
 * The bundle is CommonJS, not ES modules: Node 20 hands V8's code cache only to a script, and a CommonJS module
 * is compiled as one (src/cli/start.ts, src/lib/io/code-cache.ts). A command that runs once otherwise compiles
 * everything it runs afresh each time; with the cache, the command reads a 10-page PDF 50–80 ms sooner (see the
 * README). ES module scripts import the core library all the same (Node reads a CommonJS module's named exports).
 */
export default defineConfig({
	plugins: [recordSources()],
	build: {
		ssr: true,
		outDir: 'dist/cli',
		emptyOutDir: true,
		target: 'node20',
		sourcemap: false,
		minify: false,
		rollupOptions: {
			input: {
				start: 'src/cli/start.ts',
				main: 'src/cli/main.ts',
				core: 'src/lib/core/index.ts',
				library: 'src/lib/server/library-db.ts',
				'library-worker': 'src/cli/library-worker.ts',
				search: 'src/cli/search-command.ts'
			},
			output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' }
		}
	},
	// diff-match-patch is bundled: loaded as CommonJS it costs the command's start-up a CommonJS parse.
	ssr: { target: 'node', noExternal: ['diff-match-patch'] },
	logLevel: 'warn'
});
