// Writes resodiff's colours into the app's style sheet. The colours live in one module,
// src/lib/core/report/palette.ts, which the reports (HTML, PDF, Word, the terminal) read as data; the app
// gets the same rules as CSS (paletteCss: the light and dark tokens and the row statuses' colours),
// written by this plugin into src/lib/components/theme.css where the line MARKER stands, as Vite reads
// that file (dev server and build alike). Nothing is generated into the source tree, so there is no
// second copy to keep equal: palette.ts is the one place to edit a colour.
//
// palette.ts is TypeScript, which Node 20 cannot import by itself; Vite's own module runner
// (runnerImport) loads it the first time theme.css is read, about a second once per build, rather than
// the config importing it (which would tie the config to being bundled: Vite warns of that).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** The comment in theme.css that the colours replace. */
export const MARKER = '/* palette.ts: written here at build (scripts/vite-plugin-palette.js) */';

/** The style sheet the colours are written into. */
const THEME = '/src/lib/components/theme.css';

/** The module the colours come from. */
const PALETTE = fileURLToPath(new URL('../src/lib/core/report/palette.ts', import.meta.url));

/**
 * theme.css as the browser gets it: `source` with `css` in place of MARKER.
 * @param {string} source the text of theme.css
 * @param {string} css the palette's rules (paletteCss)
 * @returns {string}
 */
export function writePalette(source, css) {
	const at = source.indexOf(MARKER);
	if (at < 0 || source.indexOf(MARKER, at + 1) >= 0) {
		throw new Error(`theme.css must hold the line ${MARKER} once, where the colours go`);
	}
	return source.slice(0, at) + css + source.slice(at + MARKER.length);
}

/**
 * The Vite plugin: rewrites theme.css before Vite's own CSS handling sees it.
 * @returns {import('vite').Plugin}
 */
export function palette() {
	/** @type {Promise<{ css: string; files: string[] }> | null} */
	let loaded = null;
	/** @type {string[]} the files the colours were read from */
	let read = [];
	return {
		name: 'resodiff-palette',
		enforce: 'pre',
		async transform(code, id) {
			if (!id.split('?')[0].endsWith(THEME)) return null;
			loaded ??= runnerImport(PALETTE, { configFile: false, logLevel: 'silent' }).then(({ module, dependencies }) => ({
				css: /** @type {{ paletteCss: () => string }} */ (module).paletteCss(),
				files: [PALETTE, ...dependencies]
			}));
			const { css, files } = await loaded;
			// In dev, a change to palette.ts (or what it imports) reloads theme.css with the new colours.
			read = files;
			for (const file of files) this.addWatchFile(file);
			return { code: writePalette(code, css), map: null };
		},
		watchChange(id) {
			if (read.includes(id)) loaded = null;
		}
	};
}
