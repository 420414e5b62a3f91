import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { palette } from './scripts/vite-plugin-palette.js';
import { pdfjsAssets } from './scripts/vite-plugin-pdfjs-assets.js';

export default defineConfig({
	plugins: [palette(), sveltekit(), pdfjsAssets()],
	// Module workers, so that a worker's dynamic imports become chunks of their own: the compare and series
	// workers fetch pdfjs and the Word readers only for a PDF or a Word file, not with every comparison.
	worker: { format: 'es' },
	server: { fs: { allow: ['corpus'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
