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
 * features.ts, JSON); and each paragraph's text. The texts are indexed once each: a library of
 * recurring resolutions holds most paragraphs many times over (a resolution re-adopted twenty times
 * keeps most of its paragraphs word for word), so each distinct typographic key (keys.ts: white space
 * out, typography folded) is one row of `texts`, with its routine key, and one row of the full-text
 * index, shared by every paragraph that reads so. A phrase typed with or without the tokenizer's
 * spaces finds the same texts, and each text is matched once however often it occurs.
 *
 * Search: the index yields candidates (see {@link candidateQuery}); the pure matcher of
 * src/lib/library/search.ts decides, exactly as the in-memory library does over the shipped corpus.
 *
 * Adding: a file whose path, size and modification time are unchanged is skipped without being read;
 * one whose bytes hash as before is only touched; anything else is read by the caller's reader (the
 * CLI's, which reads text, Markdown and PDF) and replaces its old rows in one transaction.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
// Each from its own module, not the core's or the library's index, and not library-prepare.ts (which reads
// documents): `search --library` loads this module, and a search needs the phrase's keys and the database
// only, not the parser, the comparison or the reports.
import { userDataDir } from '../io/user-dirs';
import { ResodiffError, type Footnote, type Paragraph, type ResolutionDocument, type TextRange } from '../core/types';
import { readWarnings } from '../core/warnings';
import { decodeRanges, encodeRanges, matchKeysAndRanges, ROUTINE_PLACEHOLDER } from '../library/keys';
import { ROUTINE_GRAMMAR_EDITION } from '../core/diff/routine';
import {
	matchParagraph,
	orderHits,
	prepareQuery,
	toleranceKey,
	type PreparedQuery,
	type ParagraphMatch,
	type RawHit,
	type SearchResult
} from '../library/search';
import {
	documentFeatures,
	rankCandidates,
	statsOf,
	type CandidateDocument,
	type DocumentFeatures,
	type FindResult,
	type LibraryStats
} from '../library/features';
import { findSeries } from '../library/series';
import type { PreparedFile, Preparer } from './library-prepare';

export type { DocumentReader, Preparer } from './library-prepare';

/**
 * Version of the database layout. 2 keeps, with each distinct paragraph text, its typographic key and
 * routine ranges, so that a search compares stored keys instead of keying each candidate again; a
 * library of layout 1 is brought up to 2 when it is opened ({@link migrate}). A library of a later
 * layout (a newer resodiff) is refused with a clear line. Its routine keys are those of one edition of
 * the routine grammar, kept as `grammar` in `info`; a library of another edition is keyed again when
 * opened ({@link rekey}).
 */
export const SCHEMA_VERSION = 2;

/**
 * File extensions `library add` takes from a folder (a file named explicitly is always tried): the
 * forms every command reads (io/read.ts). A Word file is indexed as its text with tracked changes
 * accepted.
 */
export const LIBRARY_EXTENSIONS: readonly string[] = ['.txt', '.md', '.pdf', '.docx', '.docm', '.doc', '.odt'];

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
	return join(userDataDir({ env, platform, home }), 'library.sqlite');
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
	key INTEGER NOT NULL REFERENCES texts (id),
	label TEXT,
	extra TEXT
);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs (doc, ord);
CREATE INDEX IF NOT EXISTS paragraphs_key ON paragraphs (key);
CREATE TABLE IF NOT EXISTS texts (
	id INTEGER PRIMARY KEY,
	digest TEXT NOT NULL UNIQUE,
	routine TEXT NOT NULL,
	refs INTEGER NOT NULL,
	fold TEXT NOT NULL DEFAULT '',
	text TEXT NOT NULL DEFAULT '',
	ranges TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE IF NOT EXISTS text_index USING fts5 (fold, content = '', contentless_delete = 1, detail = none, tokenize = 'trigram');
`;

/** A library database: add, remove, list, search, find, series. */
export class LibraryDatabase {
	readonly path: string;
	private db: Database.Database;
	private cache: {
		generation: string;
		features: { id: number; path: string; source: string; hash: string; features: DocumentFeatures }[];
		stats: LibraryStats;
	} | null = null;

	constructor(path: string, options: OpenOptions = {}) {
		this.path = resolve(path);
		if (options.readonly && !existsSync(this.path)) {
			throw new ResodiffError(
				'not-found',
				'no library here: create one with `resodiff library add PATH --library DB`',
				{ file: path }
			);
		}
		if (!options.readonly) mkdirSync(dirname(this.path), { recursive: true });
		try {
			this.db = new Database(this.path, {
				readonly: Boolean(options.readonly),
				fileMustExist: Boolean(options.readonly)
			});
			this.db.pragma('foreign_keys = ON');
			// Another process may be writing (two commands refreshing the corpus library at once): wait for it.
			this.db.pragma('busy_timeout = 10000');
			if (!options.readonly) {
				this.db.pragma('journal_mode = WAL');
				const fresh = this.db.prepare("SELECT name FROM sqlite_master WHERE name = 'info'").all().length === 0;
				if (fresh || this.info('schema') === String(SCHEMA_VERSION)) this.db.exec(SCHEMA);
				if (this.info('schema') === null) this.setInfo('schema', String(SCHEMA_VERSION));
				if (fresh) this.setInfo('grammar', String(ROUTINE_GRAMMAR_EDITION));
			}
			// Reading the schema reads the file's header: a file that is no database fails here.
			const tables = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'info'").all();
			if (tables.length === 0)
				throw new ResodiffError('usage', 'is not a resodiff library (a SQLite file without its tables)', {
					file: path
				});
			let version = this.info('schema');
			if (version !== null && Number(version) < SCHEMA_VERSION) {
				migrate(this.path, this.db, Boolean(options.readonly));
				version = this.info('schema');
			}
			if (version !== String(SCHEMA_VERSION)) {
				throw new ResodiffError(
					'usage',
					`this library was made by another version of resodiff (layout ${version ?? 'unknown'}, this one reads ${SCHEMA_VERSION})`,
					{ file: path }
				);
			}
			if (this.info('grammar') !== String(ROUTINE_GRAMMAR_EDITION)) {
				try {
					rekey(this.path, this.db, Boolean(options.readonly));
				} catch (error) {
					// A library that cannot be written here (a read-only copy) still answers, from the keys it
					// holds: a routine update the older grammar did not know is then a difference.
					if (!options.readonly) throw error;
				}
			}
		} catch (error) {
			if (error instanceof ResodiffError) throw error;
			throw new ResodiffError('not-found', `cannot open the library: ${(error as Error).message.split('\n')[0]}`, {
				file: path
			});
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
		this.db
			.prepare('INSERT INTO info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
			.run(key, value);
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
	async add(
		paths: readonly string[],
		prepare: Preparer,
		options: { prune?: boolean; concurrency?: number } = {}
	): Promise<AddReport> {
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
			roots.push(path);
			if (info.isDirectory()) files.push(...walk(path));
			else files.push(path);
		}
		const byPath = this.statement('SELECT id, hash, size, mtime FROM documents WHERE path = ?');
		const touch = this.statement('UPDATE documents SET size = ?, mtime = ? WHERE id = ?');
		// The files to read: those whose size or time changed, or that are new.
		const work: { path: string; size: number; mtime: number; old: { id: number; hash: string } | null }[] = [];
		for (const path of files) {
			let info;
			try {
				info = statSync(path);
			} catch {
				report.failed.push({ path, reason: 'no such file' });
				continue;
			}
			const old = byPath.get(path) as { id: number; hash: string; size: number; mtime: number } | undefined;
			if (old && old.size === info.size && old.mtime === info.mtimeMs) report.unchanged.push(path);
			else work.push({ path, size: info.size, mtime: info.mtimeMs, old: old ?? null });
		}
		// Prepared files are written in batches, one transaction each: a transaction per file would
		// cost a disk sync per file.
		let batch: { item: (typeof work)[number]; prepared: PreparedFile }[] = [];
		const flush = () => {
			if (batch.length === 0) return;
			const pending = batch;
			batch = [];
			this.db.transaction(() => {
				for (const { item, prepared } of pending) {
					if (item.old) this.deleteDocument(item.old.id);
					this.insertDocument(item.path, item.size, item.mtime, prepared);
				}
			})();
		};
		// Up to `concurrency` files are prepared at once (in worker threads, when the preparer has them);
		// this thread writes what comes back.
		let next = 0;
		const lane = async () => {
			while (next < work.length) {
				const item = work[next++];
				const outcome = await prepare(item.path, item.old?.hash ?? null);
				if (outcome.state === 'failed') report.failed.push({ path: item.path, reason: outcome.reason });
				else if (outcome.state === 'unchanged') {
					if (item.old) touch.run(item.size, item.mtime, item.old.id);
					report.unchanged.push(item.path);
				} else {
					batch.push({ item, prepared: outcome });
					(item.old ? report.updated : report.added).push(item.path);
					if (batch.length >= 200) flush();
				}
			}
		};
		await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, lane));
		flush();
		if (options.prune) {
			const seen = new Set(files);
			const all = this.statement('SELECT id, path FROM documents').all() as { id: number; path: string }[];
			const gone = all.filter(
				(d) => !seen.has(d.path) && roots.some((root) => isInside(root, d.path)) && !existsSync(d.path)
			);
			this.db.transaction(() => {
				for (const d of gone) this.deleteDocument(d.id);
			})();
			report.removed.push(...gone.map((d) => d.path));
		}
		for (const list of [report.added, report.updated, report.unchanged]) list.sort();
		if (report.added.length || report.updated.length || report.removed.length) this.bump();
		return report;
	}

	/** Drop documents by path (a file, or everything under a folder) or by symbol. Returns the paths dropped. */
	remove(targets: readonly string[]): string[] {
		const all = this.db.prepare('SELECT id, path, symbol FROM documents').all() as {
			id: number;
			path: string;
			symbol: string | null;
		}[];
		const key = (s: string) => s.toUpperCase().replace(/\s+/g, '');
		const gone = all.filter((d) =>
			targets.some((t) => isInside(resolve(t), d.path) || (d.symbol !== null && key(d.symbol) === key(t)))
		);
		this.db.transaction(() => {
			for (const d of gone) this.deleteDocument(d.id);
		})();
		if (gone.length) this.bump();
		return gone.map((d) => d.path);
	}

	/** Prepared statements, made once: preparing costs more than running a small insert. */
	private statements = new Map<string, Database.Statement>();

	private statement(sql: string): Database.Statement {
		let prepared = this.statements.get(sql);
		if (!prepared) {
			prepared = this.db.prepare(sql);
			this.statements.set(sql, prepared);
		}
		return prepared;
	}

	private insertDocument(path: string, size: number, mtime: number, prepared: PreparedFile): void {
		const { document: doc, features, hash } = prepared;
		const m = doc.meta;
		const { lastInsertRowid } = this.statement(
			`INSERT INTO documents (path, source, hash, size, mtime, symbol, session, date, title, language, meta, footnotes, warnings, features)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			path,
			m.source || path,
			hash,
			size,
			mtime,
			m.symbol,
			m.session,
			m.date,
			m.title,
			m.language ?? null,
			JSON.stringify(m),
			JSON.stringify(doc.footnotes),
			doc.warnings ? JSON.stringify(doc.warnings) : null,
			JSON.stringify(features)
		);
		const docId = Number(lastInsertRowid);
		const insertParagraph = this.statement(
			'INSERT INTO paragraphs (doc, ord, pid, kind, number, text, key, label, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
		);
		const findText = this.statement('SELECT id FROM texts WHERE digest = ?');
		const addRef = this.statement('UPDATE texts SET refs = refs + 1 WHERE id = ?');
		const insertText = this.statement(
			'INSERT INTO texts (digest, routine, refs, fold, text, ranges) VALUES (?, ?, 1, ?, ?, ?)'
		);
		const insertIndex = this.statement('INSERT INTO text_index (rowid, fold) VALUES (?, ?)');
		doc.paragraphs.forEach((p, ord) => {
			const { id, kind, number, text, ...rest } = p;
			const extra = Object.keys(rest).length > 0 ? JSON.stringify(rest) : null;
			const keys = prepared.paragraphs[ord];
			let key = (findText.get(keys.digest) as { id: number } | undefined)?.id;
			if (key === undefined) {
				key = Number(insertText.run(keys.digest, keys.routine, keys.fold, text, keys.ranges).lastInsertRowid);
				insertIndex.run(key, keys.fold);
			} else addRef.run(key);
			insertParagraph.run(docId, ord, id, kind, number, text, key, keys.label, extra);
		});
	}

	private deleteDocument(id: number): void {
		const used = this.statement('SELECT key, count(*) AS n FROM paragraphs WHERE doc = ? GROUP BY key').all(id) as {
			key: number;
			n: number;
		}[];
		this.statement('DELETE FROM paragraphs WHERE doc = ?').run(id);
		this.statement('DELETE FROM documents WHERE id = ?').run(id);
		// Texts no other paragraph reads go, with their index rows.
		const release = this.statement('UPDATE texts SET refs = refs - ? WHERE id = ?');
		const unused = this.statement('SELECT refs FROM texts WHERE id = ?');
		const dropIndex = this.statement('DELETE FROM text_index WHERE rowid = ?');
		const dropText = this.statement('DELETE FROM texts WHERE id = ?');
		for (const { key, n } of used) {
			release.run(n, key);
			if (((unused.get(key) as { refs: number } | undefined)?.refs ?? 0) <= 0) {
				dropIndex.run(key);
				dropText.run(key);
			}
		}
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
		const keys = this.candidates(query);
		if (keys.length === 0) return orderHits(phrase, []);
		// Each candidate text is matched once, by its stored keys; its paragraphs share the answer. The
		// text and its routine ranges are read for a match only (for its offsets), the routine key only
		// when routine tolerance applies: a sentence's candidates are thousands of texts.
		const selectKeys = this.db.prepare(
			`SELECT id, fold, ${query.routineTolerant ? 'routine' : 'NULL'} AS routine FROM texts WHERE id IN (SELECT value FROM json_each(?))`
		);
		const selectText = this.statement('SELECT text, ranges FROM texts WHERE id = ?');
		const matches = new Map<number, { text: string; match: ParagraphMatch }>();
		for (let i = 0; i < keys.length; i += 5000) {
			for (const t of selectKeys.all(JSON.stringify(keys.slice(i, i + 5000))) as {
				id: number;
				fold: string;
				routine: string | null;
			}[]) {
				let stored: { text: string; ranges: string } | undefined;
				const read = () => (stored ??= selectText.get(t.id) as { text: string; ranges: string });
				let ranges: TextRange[] | undefined;
				const match = matchParagraph(query, () => read().text, {
					fold: t.fold,
					routine: t.routine ?? undefined,
					get ranges() {
						return (ranges ??= decodeRanges(read().ranges));
					}
				});
				if (match) matches.set(t.id, { text: read().text, match });
			}
		}
		if (matches.size === 0) return orderHits(phrase, []);
		const rows = this.db
			.prepare(
				'SELECT doc, ord, pid, kind, number, text, key, label FROM paragraphs WHERE key IN (SELECT value FROM json_each(?))'
			)
			.all(JSON.stringify([...matches.keys()])) as {
			doc: number;
			ord: number;
			pid: string;
			kind: Paragraph['kind'];
			number: string | null;
			text: string;
			key: number;
			label: string | null;
		}[];
		const raw: RawHit[] = [];
		const documents = new Map<number, RawHit['document']>();
		const documentOf = this.db.prepare(
			'SELECT symbol, date, session, source, language, title FROM documents WHERE id = ?'
		);
		for (const row of rows) {
			const shared = matches.get(row.key)!;
			// The same typographic key in other white space or typography: the range is found in this text.
			const match = row.text === shared.text ? shared.match : (matchParagraph(query, row.text) ?? shared.match);
			let document = documents.get(row.doc);
			if (!document) {
				const d = documentOf.get(row.doc) as {
					symbol: string | null;
					date: string | null;
					session: number | null;
					source: string;
					language: string | null;
					title: string | null;
				};
				document = {
					symbol: d.symbol,
					date: d.date,
					session: d.session,
					source: d.source,
					language: d.language ?? undefined,
					title: d.title
				};
				documents.set(row.doc, document);
			}
			raw.push({
				document,
				paragraph: { id: row.pid, kind: row.kind, number: row.number, text: row.text },
				label: row.label ?? undefined,
				order: row.ord,
				match
			});
		}
		return orderHits(phrase, raw);
	}

	/** Ids of the texts that may use the phrase: a superset of the matches, from the full-text index. */
	private candidates(query: PreparedQuery): number[] {
		const fts = candidateQuery(query);
		if (fts) {
			return (
				this.db.prepare('SELECT rowid AS id FROM text_index WHERE text_index MATCH ?').all(fts) as { id: number }[]
			).map((r) => r.id);
		}
		// A phrase of one or two characters (关切) has no trigram: the texts holding it are found by a scan.
		const like = `%${query.keys.fold.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
		return (
			this.db
				.prepare("SELECT DISTINCT key AS id FROM paragraphs WHERE replace(text, ' ', '') LIKE ? ESCAPE '\\'")
				.all(like) as { id: number }[]
		).map((r) => r.id);
	}

	/** The features of every document, with the library's statistics; cached until the library changes. */
	private allFeatures(): NonNullable<LibraryDatabase['cache']> {
		const generation = this.generation();
		if (this.cache && this.cache.generation === generation) return this.cache;
		const rows = this.db.prepare('SELECT id, path, source, hash, features FROM documents').all() as {
			id: number;
			path: string;
			source: string;
			hash: string;
			features: string;
		}[];
		const features = rows.map((r) => ({
			id: r.id,
			path: r.path,
			source: r.source,
			hash: r.hash,
			features: JSON.parse(r.features) as DocumentFeatures
		}));
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
		return findSeries(
			members.find((m) => m.key === id)!,
			members,
			stats
		).map((m) => m.key);
	}

	/** The id of the document of a symbol (any case; the newest file when several hold it), or a not-found error. */
	private idOfSymbol(symbol: string): number {
		const row = this.db
			.prepare('SELECT id FROM documents WHERE symbol = ? COLLATE NOCASE ORDER BY mtime DESC LIMIT 1')
			.get(symbol.trim()) as { id: number } | undefined;
		if (!row) throw new ResodiffError('not-found', 'no document of the library has this symbol', { file: symbol });
		return row.id;
	}

	/** The documents a text most resembles, best first, never itself (CONTRACT.md `find`). */
	find(doc: ResolutionDocument, options: { limit?: number; hash?: string } = {}): FindResult {
		const { features, stats } = this.allFeatures();
		const candidates: CandidateDocument[] = features.map((f) => ({
			features: f.features,
			source: f.source,
			hash: f.hash
		}));
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
		const d = this.db.prepare('SELECT path, meta, footnotes, warnings FROM documents WHERE id = ?').get(id) as
			{ path: string; meta: string; footnotes: string; warnings: string | null } | undefined;
		if (!d) return undefined;
		const rows = this.db
			.prepare('SELECT pid, kind, number, text, extra FROM paragraphs WHERE doc = ? ORDER BY ord')
			.all(id) as { pid: string; kind: Paragraph['kind']; number: string | null; text: string; extra: string | null }[];
		const paragraphs = rows.map(paragraphOfRow);
		const doc: ResolutionDocument = {
			meta: JSON.parse(d.meta),
			paragraphs,
			footnotes: JSON.parse(d.footnotes) as Footnote[]
		};
		// A library built by an earlier version holds its warnings as sentences: kept, said as they were.
		if (d.warnings) doc.warnings = readWarnings(JSON.parse(d.warnings));
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
		return findSeries(start, members, stats).map((m) =>
			m.key === -1 ? (seed as ResolutionDocument) : this.documentById(m.key)!
		);
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
 * The index keeps no positions (`detail = none`: a third of the size, three times as fast to build),
 * so a piece of text is looked up as the AND of its trigrams; the few paragraphs that hold them all in
 * another order are set aside by the matcher, which checks every candidate anyway.
 *
 * The typographic key of the phrase is cut at routine tokens (which may differ) into pieces of wording;
 * a paragraph using the phrase exactly or by routine update contains every piece, so their AND finds
 * it. A reworded match contains most pieces: cut into pieces of at most {@link PIECE_LENGTH} units, a
 * phrase changed in k places keeps all but k of them intact, so the OR of the {@link NEAR_PIECES}
 * longest pieces finds every match changed in fewer places (and most changed in more).
 */
export function candidateQuery(query: PreparedQuery): string | null {
	const key = toleranceKey(query);
	const wording = key.split(ROUTINE_PLACEHOLDER).filter((p) => p.length >= 3);
	if (wording.length === 0) return null;
	if (!query.nearTolerant) {
		// A phrase that is mostly a list of resolutions matches only a paragraph citing at least one of
		// them (search.ts, LIST_OVERLAP): without this, "Recalling its resolutions" alone would make
		// every such paragraph of the library a candidate.
		const numbers = (query.listSymbols ?? [])
			.map((s) =>
				s
					.replace(/^A\/RES\//, '')
					.split(' ')[0]
					.toLowerCase()
			)
			.filter((n) => n.length >= 3);
		const cited = numbers.length > 0 ? ` AND (${numbers.map((n) => `(${trigramsOf([n])})`).join(' OR ')})` : '';
		return trigramsOf(wording) + cited;
	}
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
	return chosen.map((piece) => `(${trigramsOf([piece])})`).join(' OR ');
}

/** The AND of the distinct trigrams of some texts, as an FTS5 query. */
function trigramsOf(texts: readonly string[]): string {
	const grams = new Set<string>();
	// By code points, as the tokenizer counts: a character outside the BMP is one character.
	for (const text of texts) {
		const chars = Array.from(text);
		for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars[i] + chars[i + 1] + chars[i + 2]);
	}
	return [...grams].map((g) => `"${g.replace(/"/g, '""')}"`).join(' AND ');
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

/** A paragraph as stored (its row of `paragraphs`), as the parser made it. */
interface ParagraphRow {
	pid: string;
	kind: Paragraph['kind'];
	number: string | null;
	text: string;
	extra: string | null;
}

/** The paragraph a row of `paragraphs` stores. */
function paragraphOfRow(r: ParagraphRow): Paragraph {
	return { id: r.pid, kind: r.kind, number: r.number, text: r.text, ...(r.extra ? JSON.parse(r.extra) : {}) };
}

/**
 * Runs `work` in one transaction on a connection that may write the library: its own for a library opened
 * read-only, when its file can be written (else a clear line saying what to run); then takes what it
 * wrote out of the write-ahead log, where a reader would otherwise index the whole log on opening (best
 * effort: a reader holding the log open only delays it to SQLite's next checkpoint).
 */
function rewrite(
	path: string,
	db: Database.Database,
	readonly: boolean,
	why: string,
	work: (writer: Database.Database) => void
): void {
	let writer = db;
	if (readonly) {
		try {
			writer = new Database(path, { fileMustExist: true });
			writer.pragma('busy_timeout = 10000');
		} catch {
			throw new ResodiffError(
				'usage',
				`this library ${why} and cannot be updated here (read-only): update it once with \`resodiff library add PATH --library DB\``,
				{ file: path }
			);
		}
	}
	try {
		// Immediate: two commands opening the library at once take turns, and the second finds the work done.
		writer.transaction(() => work(writer)).immediate();
		try {
			writer.pragma('wal_checkpoint(TRUNCATE)');
		} catch {
			// Checkpointed later by SQLite itself.
		}
	} catch (error) {
		if (error instanceof ResodiffError) throw error;
		throw new ResodiffError(
			'usage',
			`this library ${why} and could not be updated: ${(error as Error).message.split('\n')[0]}`,
			{ file: path }
		);
	} finally {
		if (writer !== db) writer.close();
	}
}

/**
 * Brings a library of an earlier layout up to {@link SCHEMA_VERSION}, in one transaction, without
 * reading its files again: layout 1 kept each distinct paragraph text's routine key only; the text, its
 * typographic key and its routine ranges are computed from the paragraphs it holds (a few seconds for
 * 5,000 documents).
 */
function migrate(path: string, db: Database.Database, readonly: boolean): void {
	rewrite(path, db, readonly, 'has an older layout', (writer) => {
		const version = (writer.prepare("SELECT value FROM info WHERE key = 'schema'").get() as { value: string }).value;
		if (version !== '1') return;
		for (const column of ['fold', 'text', 'ranges'])
			writer.exec(`ALTER TABLE texts ADD COLUMN ${column} TEXT NOT NULL DEFAULT ''`);
		const rows = writer
			.prepare('SELECT t.id, (SELECT p.text FROM paragraphs p WHERE p.key = t.id LIMIT 1) AS text FROM texts t')
			.all() as { id: number; text: string | null }[];
		const update = writer.prepare('UPDATE texts SET fold = ?, text = ?, ranges = ? WHERE id = ?');
		for (const { id, text } of rows) {
			if (text === null) continue;
			const { keys, ranges } = matchKeysAndRanges(text);
			update.run(keys.fold, text, encodeRanges(ranges), id);
		}
		writer.prepare("UPDATE info SET value = ? WHERE key = 'schema'").run(String(SCHEMA_VERSION));
	});
}

/**
 * Keys a library again by this resodiff's routine grammar ({@link ROUTINE_GRAMMAR_EDITION}), in one
 * transaction, without reading its files again: each distinct paragraph text's routine key and routine
 * ranges, then each document's features, which are made of its paragraphs' routine keys. Its typographic
 * keys do not depend on the grammar and stay. A library made before the grammar had editions is keyed
 * again once. About as long as bringing a layout up to date (a few seconds for 5,000 documents).
 */
function rekey(path: string, db: Database.Database, readonly: boolean): void {
	rewrite(path, db, readonly, 'was indexed by another edition of the routine grammar', (writer) => {
		const grammar = writer.prepare("SELECT value FROM info WHERE key = 'grammar'").get() as
			{ value: string } | undefined;
		if (grammar?.value === String(ROUTINE_GRAMMAR_EDITION)) return;
		const routineOf = new Map<number, string>();
		const update = writer.prepare('UPDATE texts SET routine = ?, ranges = ? WHERE id = ?');
		const texts = writer.prepare('SELECT id, text FROM texts').all() as { id: number; text: string }[];
		for (const { id, text } of texts) {
			const { keys, ranges } = matchKeysAndRanges(text);
			update.run(keys.routine, encodeRanges(ranges), id);
			routineOf.set(id, keys.routine);
		}
		const documents = writer.prepare('SELECT id, meta, footnotes FROM documents').all() as {
			id: number;
			meta: string;
			footnotes: string;
		}[];
		const paragraphsOf = writer.prepare(
			'SELECT pid, kind, number, text, extra, key FROM paragraphs WHERE doc = ? ORDER BY ord'
		);
		const setFeatures = writer.prepare('UPDATE documents SET features = ? WHERE id = ?');
		for (const d of documents) {
			const rows = paragraphsOf.all(d.id) as (ParagraphRow & { key: number })[];
			const doc: ResolutionDocument = {
				meta: JSON.parse(d.meta),
				paragraphs: rows.map(paragraphOfRow),
				footnotes: JSON.parse(d.footnotes) as Footnote[]
			};
			const features = documentFeatures(
				doc,
				rows.map((r) => routineOf.get(r.key) ?? '')
			);
			setFeatures.run(JSON.stringify(features), d.id);
		}
		const setInfo = writer.prepare(
			'INSERT INTO info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
		);
		setInfo.run('grammar', String(ROUTINE_GRAMMAR_EDITION));
		// Whoever caches the features (a running `serve`) reads them again.
		const generation = writer.prepare("SELECT value FROM info WHERE key = 'generation'").get() as
			{ value: string } | undefined;
		setInfo.run('generation', String(Number(generation?.value ?? '0') + 1));
	});
}

/** Open (and, unless read-only, create) a library database. */
export function openLibrary(path: string, options: OpenOptions = {}): LibraryDatabase {
	return new LibraryDatabase(path, options);
}
