import { defineConfig } from 'vite';

/** Builds the command-line interface into one ES module for Node; dependencies stay external. */
export default defineConfig({
	build: {
		ssr: 'src/cli/main.ts',
		outDir: 'dist/cli',
		emptyOutDir: true,
		target: 'node20',
		sourcemap: false,
		minify: false,
		rollupOptions: { output: { entryFileNames: 'main.js' } }
	},
	ssr: { target: 'node' },
	logLevel: 'warn'
});
