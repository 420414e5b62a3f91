import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { pdfjsAssets } from './scripts/vite-plugin-pdfjs-assets.js';

export default defineConfig({
	plugins: [sveltekit(), pdfjsAssets()],
	server: { fs: { allow: ['corpus'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
