// Serves pdfjs's CMaps and standard fonts from the app itself, so that reading a PDF never reaches
// another host. In a build the files of node_modules/pdfjs-dist/cmaps and standard_fonts are emitted as
// pdfjs/cmaps/* and pdfjs/standard_fonts/*; in dev a middleware serves the same paths from the package.
//
// Code gets the folders' absolute URLs from the virtual module `virtual:pdfjs-assets`
// (`cMapUrl`, `standardFontDataUrl`). In a build they are computed at run time from an emitted file's URL
// (`import.meta.ROLLUP_FILE_URL_…`), so they hold under any base path, on the page and in a web worker.
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const VIRTUAL = 'virtual:pdfjs-assets';
const RESOLVED = '\0' + VIRTUAL;
/** The folders of pdfjs-dist served, and where under the app they are served. */
const FOLDERS = ['cmaps', 'standard_fonts'];
const PREFIX = 'pdfjs';

/** The pdfjs-dist package folder, found the way Node finds the package. */
function packageRoot() {
	return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * The Vite plugin: emits (build) or serves (dev) pdfjs's CMaps and standard fonts.
 * @param {{ inWorkers?: boolean }} [options] `inWorkers` (default true): also serve web worker bundles.
 * @returns {import('vite').Plugin}
 */
export function pdfjsAssets({ inWorkers = true } = {}) {
	const root = packageRoot();
	let command = 'serve';
	let base = '/';
	return {
		name: 'resodiff:pdfjs-assets',
		config(config) {
			// Web workers are bundled with `worker.plugins` only, and a PDF may well be read in one: the
			// plugin adds itself there, after whatever plugins the configuration already gives workers.
			if (!inWorkers) return;
			const worker = (config.worker ??= {});
			const given = worker.plugins;
			worker.plugins = () => [...(given ? given() : []), pdfjsAssets({ inWorkers: false })];
		},
		configResolved(config) {
			command = config.command;
			base = config.base || '/';
		},
		resolveId(id) {
			return id === VIRTUAL ? RESOLVED : null;
		},
		load(id, options) {
			if (id !== RESOLVED) return null;
			if (command === 'serve' || options?.ssr || this.environment?.config?.consumer === 'server') {
				// Dev (served by the middleware below) and server-side code, which never reads a PDF.
				const folder = JSON.stringify(`${base.endsWith('/') ? base : base + '/'}${PREFIX}/`);
				return [
					`const origin = typeof self !== 'undefined' && self.location ? self.location.href : 'http://localhost/';`,
					`const folder = new URL(${folder}, origin).href;`,
					`export const cMapUrl = folder + 'cmaps/';`,
					`export const standardFontDataUrl = folder + 'standard_fonts/';`
				].join('\n');
			}
			/** @type {Record<string, string>} */
			const refs = {};
			for (const folder of FOLDERS) {
				for (const name of readdirSync(join(root, folder)).sort()) {
					const ref = this.emitFile({
						type: 'asset',
						fileName: `${PREFIX}/${folder}/${name}`,
						source: readFileSync(join(root, folder, name))
					});
					refs[folder] ??= ref;
				}
			}
			// Vite renders a file URL as an absolute path or a full URL, depending on `base`; resolving it
			// against the document's (or worker's) location gives a full URL either way.
			const folderOf = (/** @type {string} */ ref) =>
				`new URL('./', new URL(import.meta.ROLLUP_FILE_URL_${ref}, self.location.href)).href`;
			return [
				`export const cMapUrl = ${folderOf(refs.cmaps)};`,
				`export const standardFontDataUrl = ${folderOf(refs.standard_fonts)};`
			].join('\n');
		},
		configureServer(server) {
			const mount = `${base.endsWith('/') ? base : base + '/'}${PREFIX}/`;
			server.middlewares.use((req, res, next) => {
				const path = (req.url ?? '').split('?')[0];
				if (!path.startsWith(mount)) return next();
				let rest;
				try {
					rest = decodeURIComponent(path.slice(mount.length));
				} catch {
					return next();
				}
				const [folder, name, extra] = rest.split('/');
				// Only a plain file name inside one of the two folders: nothing else of the disk is served.
				if (!FOLDERS.includes(folder) || !name || extra !== undefined || name.startsWith('.') || /[\\\0]/.test(name))
					return next();
				const file = join(root, folder, name);
				if (!existsSync(file) || !statSync(file).isFile()) return next();
				res.setHeader('Content-Type', 'application/octet-stream');
				res.setHeader('Cache-Control', 'public, max-age=3600');
				createReadStream(file).pipe(res);
			});
		}
	};
}

export default pdfjsAssets;
