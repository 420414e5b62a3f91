import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The app is a single-page application: every document, from the corpus or from the user, is read,
 * aligned and diffed in the browser. The build is static files; nothing on a server sees a text.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// Stylesheets up to this size (bytes, each) are inlined into the page's head: a prerendered page
		// then paints from its HTML alone, without waiting on a round trip per stylesheet first.
		inlineStyleThreshold: 20_000
	}
};

export default config;
