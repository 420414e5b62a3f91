/**
 * The app's questions to a library, answered by `resodiff serve --library DB` under /api/library/:
 * read-only, JSON, for the page's library view on 127.0.0.1.
 *
 * - `GET /api/library` — the documents: id, symbol, session, date, title, language, file name
 * - `GET /api/library/search?q=PHRASE` — the search answer of the contract
 * - `GET /api/library/documents/ID` — one document as the parser read it (the `parse` JSON)
 * - `GET /api/library/features` — every document's find features, so that the page ranks a document
 *   the user opened from disk as the old side without sending it anywhere
 * - `GET /api/library/series?symbol=SYMBOL` — the ids of the versions of a resolution, oldest first
 *
 * File paths stay on the server: the page sees file names.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { ResodiffError } from '../core/index';
import type { LibraryDatabase } from './library-db';

/** Longest phrase the API searches for, in characters: a paragraph or two. */
const MAX_PHRASE = 4000;

/** The API handler of a library, for scripts/serve.js's `api` option. */
export function libraryApi(db: LibraryDatabase): (req: IncomingMessage, res: ServerResponse, url: URL) => boolean {
	const send = (res: ServerResponse, status: number, body: unknown) => {
		res
			.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
			.end(JSON.stringify(body));
		return true;
	};
	return (_req, res, url) => {
		const path = url.pathname.replace(/\/+$/, '');
		if (!path.startsWith('/api/library')) return false;
		try {
			if (path === '/api/library') {
				const documents = db.list().map(({ path: file, ...rest }) => ({ ...rest, source: basename(file) }));
				return send(res, 200, { version: 1, name: basename(db.path), documents });
			}
			if (path === '/api/library/search') {
				const q = url.searchParams.get('q') ?? '';
				if (q.trim() === '') return send(res, 400, { error: 'the phrase to search for is empty' });
				if (q.length > MAX_PHRASE)
					return send(res, 400, { error: `the phrase is longer than ${MAX_PHRASE} characters` });
				const result = db.search(q);
				return send(res, 200, { ...result, hits: result.hits.map((h) => ({ ...h, source: basename(h.source) })) });
			}
			if (path === '/api/library/features') {
				return send(res, 200, {
					version: 1,
					documents: db
						.features()
						.map((f) => ({ id: f.id, source: basename(f.path), hash: f.hash, features: f.features }))
				});
			}
			if (path === '/api/library/series') {
				const symbol = url.searchParams.get('symbol') ?? '';
				return send(res, 200, { version: 1, documents: db.seriesIds(symbol) });
			}
			const m = /^\/api\/library\/documents\/(\d{1,12})$/.exec(path);
			if (m) {
				const doc = db.documentById(Number(m[1]));
				return doc
					? send(res, 200, { ...doc, meta: { ...doc.meta, source: basename(doc.meta.source) } })
					: send(res, 404, { error: 'no such document' });
			}
			return send(res, 404, { error: 'no such API' });
		} catch (error) {
			if (error instanceof ResodiffError)
				return send(res, error.code === 'not-found' ? 404 : 400, { error: error.message });
			return send(res, 500, { error: 'the library could not answer' });
		}
	};
}
