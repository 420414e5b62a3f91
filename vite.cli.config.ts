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
 * Builds the command-line interface for Node: `dist/cli/main.js` (the command), `dist/cli/core.js`
 * (the core library as one module, for scripts such as the benchmark) and `dist/cli/library.js` (the
 * SQLite library, for the benchmark). Dependencies stay external. It also writes dist/cli/sources.json,
 * the record of its sources that tells bin/resodiff.js whether the bundle is stale.
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
				main: 'src/cli/main.ts',
				core: 'src/lib/core/index.ts',
				library: 'src/lib/server/library-db.ts',
				'library-worker': 'src/cli/library-worker.ts',
				search: 'src/cli/search-command.ts'
			},
			output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' }
		}
	},
	// diff-match-patch is bundled: loaded as CommonJS it costs the command's start-up a CommonJS parse.
	ssr: { target: 'node', noExternal: ['diff-match-patch'] },
	logLevel: 'warn'
});
