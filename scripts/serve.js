// The server of the built app (build/), for `npm start` and `resodiff serve`. The app does all its work
// in the browser, so serving its files is most of what a server does; with a library (`resodiff serve
// --library DB`) it also answers the app's questions to that library, read-only, under /api/library/.
// A document the user opens from their own disk is read in the browser and never reaches this process.
//
// Files are served by sirv, the static server SvelteKit's own preview uses: it lists the build once at
// start and serves only the files it listed (so no path can reach outside the build), with the SPA
// fallback page for the app's routes. This module adds what sirv leaves to its caller: the security
// headers on every response, refusing methods other than GET and HEAD, refusing paths that would
// leave the build before any lookup, and caching rules.
import { createServer } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';

/** The headers every response carries: no third-party anything, and the page may not phone out. */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Content-Security-Policy':
		"default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self' blob: data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'"
};

/**
 * Maps a request path to a file inside `root`, or null. Decoding happens once; any path that would
 * leave `root` (`..`, encoded `%2e%2e`, a NUL byte, a backslash) gets null, never a file outside.
 * @param {string} root absolute path of the folder served
 * @param {string} urlPath the request's path, as sent
 * @returns {string | null}
 */
export function resolveInside(root, urlPath) {
	let path;
	try {
		path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
	} catch {
		return null;
	}
	if (path.includes('\0') || path.includes('\\')) return null;
	const full = resolve(root, '.' + (path.startsWith('/') ? path : '/' + path));
	if (full !== root && !full.startsWith(root + sep)) return null;
	return full;
}

/**
 * A handler of the app's API: answers a request and returns true, or returns false for a path it does
 * not serve.
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => boolean} ApiHandler
 */

/**
 * Creates (does not start) a server for the static build in `root`, with the SPA fallback page and,
 * when given, an API handler for paths under /api/.
 * @param {{ root: string, fallback?: string, api?: ApiHandler }} options
 */
export function createStaticServer({ root, fallback = '200.html', api }) {
	const base = resolve(root);
	const files = sirv(base, {
		single: fallback,
		etag: true,
		// Hashed assets never change; every other file is checked again each time.
		setHeaders(res, pathname) {
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		},
		onNoMatch(_req, res) {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
		}
	});
	return createServer((req, res) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		if (resolveInside(base, req.url ?? '/') === null) {
			res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
			return;
		}
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname.startsWith('/api/')) {
			if (api && api(req, res, url)) return;
			res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' }).end('{"error":"no such API"}\n');
			return;
		}
		files(req, res);
	});
}

/**
 * Starts the server; resolves with the server and the address it listens on.
 * @param {{ root: string, host?: string, port?: number, api?: ApiHandler }} options
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve({ root, host = '127.0.0.1', port = 4173, api }) {
	const server = createStaticServer({ root, api });
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = /** @type {import('node:net').AddressInfo} */ (server.address());
			resolvePromise({ server, url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}` });
		});
	});
}

/**
 * Newest modification time under `path`, in milliseconds.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const name of readdirSync(path)) {
		if (name === 'node_modules' || name.startsWith('.')) continue;
		latest = Math.max(latest, newest(join(path, name)));
	}
	return latest;
}

/**
 * Whether the app's build in `root`/build is missing or older than its sources.
 * @param {string} root the checkout
 */
export function needsBuild(root) {
	const marker = join(root, 'build', '200.html');
	if (!existsSync(marker)) return true;
	const built = statSync(marker).mtimeMs;
	const sources = ['src', 'static', 'corpus', 'svelte.config.js', 'vite.config.ts', 'package.json'];
	return sources.some((s) => existsSync(join(root, s)) && newest(join(root, s)) > built);
}

/**
 * Builds the app when needed; returns false when the build failed (its messages are on stderr).
 * @param {string} root the checkout
 * @param {(line: string) => void} [say] told when a build starts
 */
export function ensureBuild(root, say = () => {}) {
	if (!needsBuild(root)) return true;
	say('Building the app…');
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: ['ignore', 'inherit', 'inherit']
	});
	return result.status === 0;
}
