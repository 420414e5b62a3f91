/**
 * The user's own library: an embedded SQLite database on disk (better-sqlite3), with a full-text index
 * that finds Chinese.
 *
 * WHY SQLite and FTS5's trigram tokenizer: a library is a file the analyst keeps, copies and opens
 * read-only from the app; SQLite is that file, and FTS5 is its full-text index. Word tokenizers split
 * on spaces and punctuation, which Chinese does not have; the trigram tokenizer indexes every run of
 * three characters, so any substring of three characters or more is found in any script, and a query
 * for a phrase is a lookup of its trigrams (SQLite documentation, "FTS5 Trigram Tokenizer").
 *
 * What is stored, per document: the file's path, content hash (SHA-256), size and modification time;
 * its metadata, footnotes and warnings (JSON); its features for find and series (src/lib/library/
 * features.ts, JSON); each paragraph's text and routine key (keys.ts); and in the full-text index each
 * paragraph's typographic key (white space out, typography folded), so that a phrase typed with or
 * without the tokenizer's spaces finds the same paragraphs.
 *
 * Search: the index yields candidates (see {@link candidateQuery}); the pure matcher of
 * src/lib/library/search.ts decides, exactly as the in-memory library does over the shipped corpus.
 *
 * Adding: a file whose path, size and modification time are unchanged is skipped without being read;
 * one whose bytes hash as before is only touched; anything else is read by the caller's reader (the
 * CLI's, which reads text, Markdown and PDF) and replaces its old rows in one transaction.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { labelParagraphs, ResodiffError, type Footnote, type Paragraph, type ResolutionDocument } from '../core/index';
import {
	citationLocale,
	documentFeatures,
	findSeries,


	matchKeys,
	matchParagraph,
	orderHits,
	prepareQuery,
	rankCandidates,
	statsOf,
	ROUTINE_PLACEHOLDER,
	toleranceKey,
	type CandidateDocument,
	type DocumentFeatures,
	type FindResult,
	type LibraryStats,
	type PreparedQuery,
	type RawHit,
	type SearchResult
} from '../library/index';

/** Version of the database layout; a library of another version is refused with a clear line. */
export const SCHEMA_VERSION = 1;

/** File extensions `library add` takes from a folder (a file named explicitly is always tried). */
export const LIBRARY_EXTENSIONS: readonly string[] = ['.txt', '.md', '.pdf'];

/** Reads a file's bytes into a document: the CLI's reader (text, Markdown, PDF). */
export type DocumentReader = (bytes: Uint8Array, name: string) => Promise<ResolutionDocument>;

/** What `library add` did. */
export interface AddReport {
	added: string[];
	updated: string[];
	unchanged: string[];
	removed: string[];
	/** Files that could not be read, each with its one-line reason. */
	failed: { path: string; reason: string }[];
}

/** One document of the library, as `library list` shows it. */
export interface LibraryDocumentRow {
	id: number;
	path: string;
	symbol: string | null;
	session: number | null;
	date: string | null;
	title: string | null;
	language: string | null;
	paragraphs: number;
}

/** Options of {@link openLibrary}. */
export interface OpenOptions {
	/** Open without writing (serve, search, find, series): the file must exist. Default false. */
	readonly?: boolean;
}

/**
 * The default place of a library, by the platform's convention for user data: `$XDG_DATA_HOME/resodiff`
 * (else `~/.local/share/resodiff`) on Linux and other Unixes, `~/Library/Application Support/resodiff`
 * on macOS, `%LOCALAPPDATA%\resodiff` on Windows.
 */
export function defaultLibraryPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
	const file = 'library.sqlite';
	if (platform === 'win32') return join(env.LOCALAPPDATA || env.APPDATA || join(home, 'AppData', 'Local'), 'resodiff', file);
	if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'resodiff', file);
	return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'resodiff', file);
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
	id INTEGER PRIMARY KEY,
	path TEXT NOT NULL UNIQUE,
	source TEXT NOT NULL,
	hash TEXT NOT NULL,
	size INTEGER NOT NULL,
	mtime REAL NOT NULL,
	symbol TEXT,
	session INTEGER,
	date TEXT,
	title TEXT,
	language TEXT,
	meta TEXT NOT NULL,
	footnotes TEXT NOT NULL,
	warnings TEXT,
	features TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_symbol ON documents (symbol COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS paragraphs (
	id INTEGER PRIMARY KEY,
	doc INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord INTEGER NOT NULL,
	pid TEXT NOT NULL,
	kind TEXT NOT NULL,
	number TEXT,
	text TEXT NOT NULL,
	routine TEXT NOT NULL,
	label TEXT,
	extra TEXT
);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs (doc, ord);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_index USING fts5 (fold, content = '', contentless_delete = 1, tokenize = 'trigram');
`;

/** The SHA-256 of some bytes, hexadecimal. */
export function contentHash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** A library database: add, remove, list, search, find, series. */
export class LibraryDatabase {
	readonly path: string;
	private db: Database.Database;
	private cache: { generation: string; features: { id: number; path: string; source: string; hash: string; features: DocumentFeatures }[]; stats: LibraryStats } | null = null;

	constructor(path: string, options: OpenOptions = {}) {
		this.path = resolve(path);
		if (options.readonly && !existsSync(this.path)) {
			throw new ResodiffError('not-found', 'no library here: create one with `resodiff library add PATH --library DB`', { file: path });
		}
		if (!options.readonly) mkdirSync(dirname(this.path), { recursive: true });
		try {
			this.db = new Database(this.path, { readonly: Boolean(options.readonly), fileMustExist: Boolean(options.readonly) });
			this.db.pragma('foreign_keys = ON');
			// Another process may be writing (two commands refreshing the corpus library at once): wait for it.
			this.db.pragma('busy_timeout = 10000');
			if (!options.readonly) {
				this.db.pragma('journal_mode = WAL');
				this.db.exec(SCHEMA);
				const version = this.info('schema');
				if (version === null) this.setInfo('schema', String(SCHEMA_VERSION));
			}
			const version = this.info('schema');
			if (version !== String(SCHEMA_VERSION)) {
				throw new ResodiffError('usage', `this library was made by another version of resodiff (layout ${version ?? 'unknown'}, this one reads ${SCHEMA_VERSION})`, { file: path });
			}
		} catch (error) {
			if (error instanceof ResodiffError) throw error;
			throw new ResodiffError('not-found', `cannot open the library: ${(error as Error).message.split('\n')[0]}`, { file: path });
		}
	}

	close(): void {
		this.db.close();
	}

	private info(key: string): string | null {
		try {
			const row = this.db.prepare('SELECT value FROM info WHERE key = ?').get(key) as { value: string } | undefined;
			return row?.value ?? null;
		} catch {
			return null;
		}
	}

	private setInfo(key: string, value: string): void {
		this.db.prepare('INSERT INTO info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
	}

	/** A number that changes whenever documents are added or removed (for caches of features). */
	private generation(): string {
		return this.info('generation') ?? '0';
	}

	private bump(): void {
		this.setInfo('generation', String(Number(this.generation()) + 1));
		this.cache = null;
	}

	/** How many documents and paragraphs the library holds. */
	count(): { documents: number; paragraphs: number } {
		const documents = (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
		const paragraphs = (this.db.prepare('SELECT count(*) AS n FROM paragraphs').get() as { n: number }).n;
		return { documents, paragraphs };
	}

	/**
	 * Index files and folders. Unchanged files cost a stat each; changed ones are read again; with
	 * `prune`, documents under the given folders whose files are gone are dropped.
	 */
	async add(paths: readonly string[], read: DocumentReader, options: { prune?: boolean; onFile?: (path: string, state: string) => void } = {}): Promise<AddReport> {
		const report: AddReport = { added: [], updated: [], unchanged: [], removed: [], failed: [] };
		const files: string[] = [];
		const roots: string[] = [];
		for (const given of paths) {
			const path = resolve(given);
			let info;
			try {
				info = statSync(path);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				report.failed.push({ path: given, reason: code === 'EACCES' ? 'permission denied' : 'no such file or folder' });
				continue;
			}
			if (info.isDirectory()) {
				roots.push(path);
				files.push(...walk(path));
			} else {
				roots.push(path);
				files.push(path);
			}
		}
		const byPath = this.db.prepare('SELECT id, hash, size, mtime FROM documents WHERE path = ?');
		const touch = this.db.prepare('UPDATE documents SET size = ?, mtime = ? WHERE id = ?');
		// Parsed documents are written in batches, one transaction each: a transaction per file would
		// cost a disk sync per file.
		let batch: { path: string; hash: string; size: number; mtime: number; doc: ResolutionDocument; old: number | null }[] = [];
		const flush = () => {
			if (batch.length === 0) return;
			const pending = batch;
			batch = [];
			this.db.transaction(() => {
				for (const item of pending) {
					if (item.old !== null) this.deleteDocument(item.old);
					this.insertDocument(item.path, item.hash, item.size, item.mtime, item.doc);
				}
			})();
		};
		for (const path of files) {
			let info;
			try {
				info = statSync(path);
			} catch {
				report.failed.push({ path, reason: 'no such file' });
				continue;
			}
			const old = byPath.get(path) as { id: number; hash: string; size: number; mtime: number } | undefined;
			if (old && old.size === info.size && old.mtime === info.mtimeMs) {
				report.unchanged.push(path);
				options.onFile?.(path, 'unchanged');
				continue;
			}
			let bytes: Uint8Array;
			try {
				bytes = new Uint8Array(readFileSync(path));
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				report.failed.push({ path, reason: code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})` });
				continue;
			}
			const hash = contentHash(bytes);
			if (old && old.hash === hash) {
				touch.run(info.size, info.mtimeMs, old.id);
				report.unchanged.push(path);
				options.onFile?.(path, 'unchanged');
				continue;
			}
			let doc: ResolutionDocument;
			try {
				doc = await read(bytes, path);
			} catch (error) {
				const reason = error instanceof ResodiffError ? error.message : error instanceof Error ? error.message.split('\n')[0] : String(error);
				report.failed.push({ path, reason });
				continue;
			}
			batch.push({ path, hash, size: info.size, mtime: info.mtimeMs, doc, old: old?.id ?? null });
			(old ? report.updated : report.added).push(path);
			options.onFile?.(path, old ? 'updated' : 'added');
			if (batch.length >= 200) flush();
		}
		flush();
		if (options.prune) {
			const seen = new Set(files);
			const all = this.db.prepare('SELECT id, path FROM documents').all() as { id: number; path: string }[];
			const gone = all.filter((d) => !seen.has(d.path) && roots.some((root) => isInside(root, d.path)) && !existsSync(d.path));
			this.db.transaction(() => {
				for (const d of gone) this.deleteDocument(d.id);
			})();
			report.removed.push(...gone.map((d) => d.path));
		}
		if (report.added.length || report.updated.length || report.removed.length) this.bump();
		return report;
	}

	/** Drop documents by path (a file, or everything under a folder) or by symbol. Returns the paths dropped. */
	remove(targets: readonly string[]): string[] {
		const all = this.db.prepare('SELECT id, path, symbol FROM documents').all() as { id: number; path: string; symbol: string | null }[];
		const key = (s: string) => s.toUpperCase().replace(/\s+/g, '');
		const gone = all.filter((d) => targets.some((t) => isInside(resolve(t), d.path) || (d.symbol !== null && key(d.symbol) === key(t))));
		this.db.transaction(() => {
			for (const d of gone) this.deleteDocument(d.id);
		})();
		if (gone.length) this.bump();
		return gone.map((d) => d.path);
	}

	private insertDocument(path: string, hash: string, size: number, mtime: number, doc: ResolutionDocument): void {
		const m = doc.meta;
		const features = documentFeatures(doc);
		const { lastInsertRowid } = this.db
			.prepare(
				`INSERT INTO documents (path, source, hash, size, mtime, symbol, session, date, title, language, meta, footnotes, warnings, features)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(path, m.source || path, hash, size, mtime, m.symbol, m.session, m.date, m.title, m.language ?? null, JSON.stringify(m), JSON.stringify(doc.footnotes), doc.warnings ? JSON.stringify(doc.warnings) : null, JSON.stringify(features));
		const docId = Number(lastInsertRowid);
		const insertParagraph = this.db.prepare('INSERT INTO paragraphs (doc, ord, pid, kind, number, text, routine, label, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
		const labels = labelParagraphs(doc, citationLocale(m.language));
		const insertIndex = this.db.prepare('INSERT INTO paragraph_index (rowid, fold) VALUES (?, ?)');
		doc.paragraphs.forEach((p, ord) => {
			const keys = matchKeys(p.text);
			const { id, kind, number, text, ...rest } = p;
			const extra = Object.keys(rest).length > 0 ? JSON.stringify(rest) : null;
			const row = insertParagraph.run(docId, ord, id, kind, number, text, keys.routine, labels.get(id) ?? null, extra);
			insertIndex.run(row.lastInsertRowid, keys.fold);
		});
	}

	private deleteDocument(id: number): void {
		this.db.prepare('DELETE FROM paragraph_index WHERE rowid IN (SELECT id FROM paragraphs WHERE doc = ?)').run(id);
		this.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
	}

	/** Every document, oldest first. */
	list(): LibraryDocumentRow[] {
		const rows = this.db
			.prepare(
				`SELECT d.id, d.path, d.symbol, d.session, d.date, d.title, d.language, (SELECT count(*) FROM paragraphs p WHERE p.doc = d.id) AS paragraphs
				 FROM documents d ORDER BY coalesce(d.date, d.session + 1945, '~'), d.symbol, d.path`
			)
			.all() as LibraryDocumentRow[];
		return rows;
	}

	/** Every paragraph using the phrase, exactly or nearly, oldest first (CONTRACT.md `search`). */
	search(phrase: string): SearchResult {
		const query = prepareQuery(phrase);
		if (!query) throw new ResodiffError('usage', 'the phrase to search for is empty');
		const ids = this.candidates(query);
		if (ids.length === 0) return orderHits(phrase, []);
		const rows: { id: number; doc: number; ord: number; pid: string; kind: Paragraph['kind']; number: string | null; text: string; routine: string; label: string | null }[] = [];
		const select = this.db.prepare(`SELECT id, doc, ord, pid, kind, number, text, routine, label FROM paragraphs WHERE id IN (SELECT value FROM json_each(?))`);
		for (let i = 0; i < ids.length; i += 5000) rows.push(...(select.all(JSON.stringify(ids.slice(i, i + 5000))) as typeof rows));
		const raw: RawHit[] = [];
		const documents = new Map<number, RawHit['document']>();
		const documentOf = this.db.prepare('SELECT symbol, date, session, source, language, title FROM documents WHERE id = ?');
		for (const row of rows) {
			const match = matchParagraph(query, row.text, { routine: row.routine });
			if (!match) continue;
			let document = documents.get(row.doc);
			if (!document) {
				const d = documentOf.get(row.doc) as { symbol: string | null; date: string | null; session: number | null; source: string; language: string | null; title: string | null };
				document = { symbol: d.symbol, date: d.date, session: d.session, source: d.source, language: d.language ?? undefined, title: d.title };
				documents.set(row.doc, document);
			}
			raw.push({ document, paragraph: { id: row.pid, kind: row.kind, number: row.number, text: row.text }, label: row.label ?? undefined, order: row.ord, match });
		}
		return orderHits(phrase, raw);
	}

	/** Paragraph ids that may use the phrase: a superset of the matches, from the full-text index. */
	private candidates(query: PreparedQuery): number[] {
		const fts = candidateQuery(query);
		if (fts) {
			return (this.db.prepare('SELECT rowid AS id FROM paragraph_index WHERE paragraph_index MATCH ?').all(fts) as { id: number }[]).map((r) => r.id);
		}
		// A phrase of one or two characters (关切) has no trigram: every paragraph is screened.
		return (this.db.prepare('SELECT id FROM paragraphs WHERE text LIKE ? ESCAPE \'\\\'').all(`%${query.keys.fold.replace(/[\\%_]/g, (c) => '\\' + c)}%`) as { id: number }[]).map((r) => r.id);
	}

	/** The features of every document, with the library's statistics; cached until the library changes. */
	private allFeatures(): NonNullable<LibraryDatabase['cache']> {
		const generation = this.generation();
		if (this.cache && this.cache.generation === generation) return this.cache;
		const rows = this.db.prepare('SELECT id, path, source, hash, features FROM documents').all() as { id: number; path: string; source: string; hash: string; features: string }[];
		const features = rows.map((r) => ({ id: r.id, path: r.path, source: r.source, hash: r.hash, features: JSON.parse(r.features) as DocumentFeatures }));
		this.cache = { generation, features, stats: statsOf(features.map((f) => f.features)) };
		return this.cache;
	}

	/** The features of every document, with its id, path and content hash. */
	features(): { id: number; path: string; source: string; hash: string; features: DocumentFeatures }[] {
		return this.allFeatures().features;
	}

	/** The ids of the versions of the resolution of `symbol`, oldest first. */
	seriesIds(symbol: string): number[] {
		const { features, stats } = this.allFeatures();
		const members = features.map((f) => ({ key: f.id, features: f.features }));
		const id = this.idOfSymbol(symbol);
		return findSeries(members.find((m) => m.key === id)!, members, stats).map((m) => m.key);
	}

	/** The id of the document of a symbol (any case; the newest file when several hold it), or a not-found error. */
	private idOfSymbol(symbol: string): number {
		const row = this.db.prepare('SELECT id FROM documents WHERE symbol = ? COLLATE NOCASE ORDER BY mtime DESC LIMIT 1').get(symbol.trim()) as { id: number } | undefined;
		if (!row) throw new ResodiffError('not-found', 'no document of the library has this symbol', { file: symbol });
		return row.id;
	}

	/** The documents a text most resembles, best first, never itself (CONTRACT.md `find`). */
	find(doc: ResolutionDocument, options: { limit?: number; hash?: string } = {}): FindResult {
		const { features, stats } = this.allFeatures();
		const candidates: CandidateDocument[] = features.map((f) => ({ features: f.features, source: f.source, hash: f.hash }));
		return rankCandidates(documentFeatures(doc), candidates, stats, options);
	}

	/** The document of a symbol (any case), or undefined; the newest file when several hold it. */
	documentBySymbol(symbol: string): ResolutionDocument | undefined {
		try {
			return this.documentById(this.idOfSymbol(symbol));
		} catch {
			return undefined;
		}
	}

	/** A stored document, rebuilt as the parser made it. */
	documentById(id: number): ResolutionDocument | undefined {
		const d = this.db.prepare('SELECT path, meta, footnotes, warnings FROM documents WHERE id = ?').get(id) as { path: string; meta: string; footnotes: string; warnings: string | null } | undefined;
		if (!d) return undefined;
		const rows = this.db.prepare('SELECT pid, kind, number, text, extra FROM paragraphs WHERE doc = ? ORDER BY ord').all(id) as { pid: string; kind: Paragraph['kind']; number: string | null; text: string; extra: string | null }[];
		const paragraphs: Paragraph[] = rows.map((r) => ({ id: r.pid, kind: r.kind, number: r.number, text: r.text, ...(r.extra ? JSON.parse(r.extra) : {}) }));
		const doc: ResolutionDocument = { meta: JSON.parse(d.meta), paragraphs, footnotes: JSON.parse(d.footnotes) as Footnote[] };
		if (d.warnings) doc.warnings = JSON.parse(d.warnings);
		return doc;
	}

	/**
	 * The line of versions of a resolution, oldest first: the document of `symbol` (or the given
	 * document, a draft not in the library) and every document linked to the line (series.ts).
	 */
	series(seed: string | ResolutionDocument): ResolutionDocument[] {
		const { features, stats } = this.allFeatures();
		const members = features.map((f) => ({ key: f.id, features: f.features }));
		let start;
		if (typeof seed === 'string') {
			const id = this.idOfSymbol(seed);
			start = members.find((m) => m.key === id)!;
		} else {
			start = { key: -1, features: documentFeatures(seed) };
		}
		return findSeries(start, members, stats).map((m) => (m.key === -1 ? (seed as ResolutionDocument) : this.documentById(m.key)!));
	}
}

/** Longest piece of a phrase looked up in the index, in units; longer pieces are cut. */
const PIECE_LENGTH = 12;

/** How many pieces of a long phrase are looked up for reworded matches: a match with fewer changed places is always found. */
const NEAR_PIECES = 4;

/**
 * The full-text query that yields every paragraph which may use the phrase, or null when the phrase
 * has no piece of three units (the trigram index cannot look it up).
 *
 * The typographic key of the phrase is cut at routine tokens (which may differ) into pieces of wording;
 * a paragraph using the phrase exactly or by routine update contains every piece, so their AND finds
 * it. A reworded match contains most pieces: cut into pieces of at most {@link PIECE_LENGTH} units, a
 * phrase changed in k places keeps all but k of them intact, so the OR of the k + 1 longest pieces finds
 * every match changed in up to {@link NEAR_PIECES} − 1 places (and most changed in more).
 */
export function candidateQuery(query: PreparedQuery): string | null {
	const key = toleranceKey(query);
	const wording = key.split(ROUTINE_PLACEHOLDER).filter((p) => p.length >= 3);
	if (wording.length === 0) return null;
	const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
	if (!query.nearTolerant) return wording.map(quote).join(' AND ');
	const pieces: string[] = [];
	for (const part of wording) {
		const count = Math.ceil(part.length / PIECE_LENGTH);
		const size = Math.ceil(part.length / count);
		for (let i = 0; i < part.length; i += size) {
			const piece = part.slice(i, i + size);
			if (piece.length >= 3) pieces.push(piece);
		}
	}
	const chosen = pieces.sort((a, b) => b.length - a.length).slice(0, NEAR_PIECES);
	return chosen.map(quote).join(' OR ');
}

/** Files under a folder that `library add` indexes: the supported extensions, no hidden files or folders. */
function walk(folder: string): string[] {
	const out: string[] = [];
	const visit = (dir: string) => {
		let names: string[];
		try {
			names = readdirSync(dir).sort();
		} catch {
			return;
		}
		for (const name of names) {
			if (name.startsWith('.') || name === 'node_modules') continue;
			const path = join(dir, name);
			let info;
			try {
				info = statSync(path);
			} catch {
				continue;
			}
			if (info.isDirectory()) visit(path);
			else if (LIBRARY_EXTENSIONS.includes(extname(name).toLowerCase())) out.push(path);
		}
	};
	visit(folder);
	return out;
}

/** Whether `path` is `root` or lies under it. */
function isInside(root: string, path: string): boolean {
	return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Open (and, unless read-only, create) a library database. */
export function openLibrary(path: string, options: OpenOptions = {}): LibraryDatabase {
	return new LibraryDatabase(path, options);
}


