import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { resolveInside, serve } from '../../scripts/serve.js';

const parent = mkdtempSync(join(tmpdir(), 'resodiff-serve-'));
const root = join(parent, 'build');
mkdirSync(join(root, '_app'), { recursive: true });
writeFileSync(join(root, '200.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, '_app', 'x.js'), 'export {}');
writeFileSync(join(parent, 'secret.txt'), 'outside the build');

describe('resolveInside keeps every request inside the build folder', () => {
	it.each([
		['a file', '/_app/x.js', join(root, '_app', 'x.js')],
		['the root', '/', root],
		['a query string', '/_app/x.js?v=1', join(root, '_app', 'x.js')],
		['dot segments that stay inside', '/_app/../200.html', join(root, '200.html')]
	])('%s', (_label, url, expected) => {
		expect(resolveInside(resolve(root), url)).toBe(expected);
	});

	it.each([
		['parent segments', '/../secret.txt'],
		['deep traversal', '/../../../../etc/passwd'],
		['encoded dots', '/%2e%2e/secret.txt'],
		['encoded slash and dots', '/..%2fsecret.txt'],
		['a backslash', '/..\\secret.txt'],
		['a NUL byte', '/200.html%00.js'],
		['broken percent-encoding', '/%E0%A4%A']
	])('refuses %s', (_label, url) => {
		expect(resolveInside(resolve(root), url)).toBeNull();
	});
});

describe('the static server', () => {
	let server: Server;
	let base: string;
	beforeAll(async () => {
		({ server, url: base } = await serve({ root, host: '127.0.0.1', port: 0 }));
	});
	afterAll(() => new Promise<void>((done) => server.close(() => done())));

	function get(
		path: string,
		method = 'GET'
	): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
		return new Promise((done, fail) => {
			const req = request(base + path, { method }, (res) => {
				let body = '';
				res.on('data', (chunk) => (body += chunk));
				res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
			});
			req.on('error', fail);
			req.end();
		});
	}

	it('serves a page of the app for any route, with a policy that keeps requests on this origin', async () => {
		const page = await get('/compare?old=A/RES/67/38&new=A/RES/76/40');
		expect(page.status).toBe(200);
		expect(page.body).toContain('<title>app</title>');
		expect(String(page.headers['content-security-policy'])).toContain("connect-src 'self'");
	});

	it('never serves a file outside the build', async () => {
		for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
			const res = await get(path);
			expect(res.body).not.toContain('outside the build');
			expect([400, 404]).toContain(res.status);
		}
	});

	it('answers a missing asset with 404 and a write with 405', async () => {
		expect((await get('/_app/missing.js')).status).toBe(404);
		expect((await get('/', 'POST')).status).toBe(405);
	});
});

describe('the server with a library', () => {
	let server: Server;
	let base: string;
	let db: import('../../src/lib/server/library-db').LibraryDatabase;
	beforeAll(async () => {
		const { openLibrary } = await import('../../src/lib/server/library-db');
		const { preparerInThread } = await import('../../src/lib/server/library-prepare');
		const { decodeText, parseResolution } = await import('../../src/lib/core/index');
		const { copyFileSync } = await import('node:fs');
		const folder = join(parent, 'library');
		mkdirSync(folder);
		for (const f of ['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt'])
			copyFileSync(new URL(`../../corpus/${f}`, import.meta.url), join(folder, f));
		const writable = openLibrary(join(parent, 'library.sqlite'));
		await writable.add(
			[folder],
			preparerInThread(async (bytes, name) => parseResolution(decodeText(bytes), { source: name }))
		);
		writable.close();
		db = openLibrary(join(parent, 'library.sqlite'), { readonly: true });
		const { libraryApi } = await import('../../src/lib/server/library-api');
		({ server, url: base } = await serve({ root, host: '127.0.0.1', port: 0, api: libraryApi(db) }));
	});
	afterAll(
		() =>
			new Promise<void>((done) =>
				server.close(() => {
					db.close();
					done();
				})
			)
	);

	async function getJson(path: string) {
		const res = await fetch(base + path);
		return { status: res.status, body: await res.json(), csp: res.headers.get('content-security-policy') };
	}

	it('lists the documents by file name, never by path', async () => {
		const { status, body, csp } = await getJson('/api/library');
		expect(status).toBe(200);
		expect(csp).toContain("connect-src 'self'");
		expect(body.documents.map((d: { symbol: string }) => d.symbol).sort()).toEqual(['A/RES/67/38', 'A/RES/76/40']);
		expect(JSON.stringify(body)).not.toContain(parent);
	});

	it('searches, with the contract’s answer', async () => {
		const { body } = await getJson('/api/library/search?q=' + encodeURIComponent('严重关切'));
		expect(body.version).toBe(1);
		expect(body.hits.map((h: { symbol: string; source: string }) => [h.symbol, h.source])).toEqual([
			['A/RES/76/40', 'A-RES-76-40.zh.txt']
		]);
		expect((await getJson('/api/library/search?q=')).status).toBe(400);
	});

	it('gives a document, the features for ranking in the page, and a series', async () => {
		const list = (await getJson('/api/library')).body.documents;
		const id = list.find((d: { symbol: string }) => d.symbol === 'A/RES/76/40').id;
		const doc = (await getJson(`/api/library/documents/${id}`)).body;
		expect(doc.paragraphs.length).toBeGreaterThan(20);
		expect((await getJson('/api/library/documents/999999')).status).toBe(404);
		expect((await getJson('/api/library/features')).body.documents).toHaveLength(2);
		const series = (await getJson('/api/library/series?symbol=' + encodeURIComponent('A/RES/76/40'))).body;
		expect(series.documents).toHaveLength(2);
		expect((await getJson('/api/library/series?symbol=A/RES/1/1')).status).toBe(404);
		expect((await getJson('/api/nothing')).status).toBe(404);
	});
});
