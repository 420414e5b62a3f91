// A small static file server for the built app (build/). The app is a single-page application that
// does all its work in the browser, so serving files is all a server has to do: no route reads a
// document, and nothing a user opens ever reaches this process.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** Content types of the files a SvelteKit static build contains. @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.bcmap': 'application/octet-stream',
	'.pfb': 'application/octet-stream',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.map': 'application/json; charset=utf-8'
};

/** The headers every response carries: no third-party anything, and the page may not phone out. */
const SECURITY_HEADERS = {
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

/** @param {string} path @returns {string | null} */
function fileAt(path) {
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) {
			const index = join(path, 'index.html');
			return statSync(index).isFile() ? index : null;
		}
		return stat.isFile() ? path : null;
	} catch {
		return null;
	}
}

/**
 * Creates (does not start) a server for the static build in `root`, with the SPA fallback page.
 * @param {{ root: string, fallback?: string }} options
 */
export function createStaticServer({ root, fallback = '200.html' }) {
	const base = resolve(root);
	return createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
			return;
		}
		const wanted = resolveInside(base, req.url ?? '/');
		if (wanted === null) {
			res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
			res.end('Bad request\n');
			return;
		}
		let file = fileAt(wanted);
		// A prerendered page is `page.html` for `/page`, as every static host serves it; a path with an
		// extension that does not exist is a 404; any other path is a page of the app (the fallback).
		if (!file && !extname(wanted)) file = fileAt(`${wanted}.html`) ?? fileAt(join(base, fallback));
		if (!file) {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
			res.end('Not found\n');
			return;
		}
		const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
		res.writeHead(200, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			...SECURITY_HEADERS
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
}

/**
 * Starts the server; resolves with the server and the address it listens on.
 * @param {{ root: string, host?: string, port?: number }} options
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve({ root, host = '127.0.0.1', port = 4173 }) {
	const server = createStaticServer({ root });
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = /** @type {import('node:net').AddressInfo} */ (server.address());
			resolvePromise({ server, url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}` });
		});
	});
}
