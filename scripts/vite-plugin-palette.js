// Writes resodiff's colours into the app's style sheet. The colours live in one module,
// src/lib/core/report/palette.ts, which the reports (HTML, PDF, Word, the terminal) read as data; the app
// gets the same rules as CSS, written by this plugin into src/lib/components/theme.css where the line
// MARKER stands, as Vite reads that file (dev server, build and tests alike). Nothing is generated into
// the source tree, so there is no second copy to keep equal: palette.ts is the one place to edit.
import { statusCss } from '../src/lib/core/report/palette';

/** The comment in theme.css that the colours replace. */
export const MARKER = '/* palette.ts: written here at build (scripts/vite-plugin-palette.js) */';

/** The style sheet the colours are written into. */
const THEME = '/src/lib/components/theme.css';

/**
 * theme.css as the browser gets it: `source` with the colours in place of MARKER.
 * @param {string} source the text of theme.css
 * @returns {string}
 */
export function writePalette(source) {
	const at = source.indexOf(MARKER);
	if (at < 0 || source.indexOf(MARKER, at + 1) >= 0) {
		throw new Error(`theme.css must hold the line ${MARKER} once, where the colours go`);
	}
	return source.slice(0, at) + statusCss() + source.slice(at + MARKER.length);
}

/**
 * The Vite plugin: rewrites theme.css before Vite's own CSS handling sees it.
 * @returns {import('vite').Plugin}
 */
export function palette() {
	return {
		name: 'resodiff-palette',
		enforce: 'pre',
		transform(code, id) {
			if (!id.split('?')[0].endsWith(THEME)) return null;
			return { code: writePalette(code), map: null };
		}
	};
}
