import { defineConfig } from 'vite';

/**
 * Builds the command-line interface for Node: `dist/cli/main.js` (the command), `dist/cli/core.js`
 * (the core library as one module, for scripts such as the benchmark) and `dist/cli/library.js` (the
 * SQLite library, for the benchmark). Dependencies stay external.
 */
export default defineConfig({
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
