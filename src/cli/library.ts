/**
 * The library commands: `search`, `find`, `series` over a library, `library add|remove|list`. Each
 * works on the shipped corpus (held in memory) or, with `--library DB`, on a SQLite library; the
 * matching and ranking are the same pure functions either way (src/lib/library/).
 */
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { corpus } from '../lib/corpus-index';
// Each from its own module, not the core's or the library's index, and the readers (read-file.ts) only
// when a file is read: a search or a listing of a library (the shipped corpus included) whose files
// are unchanged loads neither the parser nor the comparison.
import { ResodiffError, type ResolutionDocument } from '../lib/core/types';
import { attributeWarnings, warningsInEnglish } from '../lib/core/warnings';
import { compareChronology, type SearchResult } from '../lib/library/search';
import type { FindResult } from '../lib/library/features';
import { renderFindText, renderSearchText } from '../lib/library/text';
import { defaultLibraryPath, openLibrary, type AddReport, type LibraryDatabase } from '../lib/server/library-db';
import { contentHash, preparerInThread } from '../lib/server/library-prepare';
import { startPreparerPool } from './library-pool';
import type { Invocation } from './args';
import type { Outcome } from './run';
import { existsSync, rmSync, statSync } from 'node:fs';
import { checkoutRoot } from './root';
import { formatFindJson, formatSearchJson } from './library-format';

export { formatFindJson, formatSearchJson };

/** Reads a file's bytes into a document, with the readers loaded when a file is first read. */
async function readDocument(bytes: Uint8Array, name: string): Promise<ResolutionDocument> {
	const { readDocumentBytes } = await import('./read-file');
	return readDocumentBytes(bytes, name);
}

/** What a library command produced: the output, and lines for stderr. */
export interface LibraryOutput {
	output: string;
	warnings: string[];
	/** Exit 1 although there is output (some files of `library add` could not be read). */
	failed?: boolean;
}

/**
 * The shipped corpus as a library database. The corpus is indexed once into dist/corpus-library.sqlite
 * and brought up to date on each use the way `library add` does it (a file whose size and time are
 * unchanged costs a stat), so a search of the corpus costs no more than a search of the user's library:
 * reading the corpus afresh each time would parse every text and its PDFs on every command.
 */
export async function openCorpusLibrary(): Promise<LibraryDatabase> {
	const root = checkoutRoot();
	const path = join(root, 'dist', 'corpus-library.sqlite');
	// Made by an older build of the command (its parser may have read the texts otherwise): made afresh.
	const bundle = join(root, 'dist', 'cli', 'main.cjs');
	if (existsSync(path) && existsSync(bundle) && statSync(bundle).mtimeMs > statSync(path).mtimeMs) {
		for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
	}
	let db: LibraryDatabase;
	try {
		db = openLibrary(path);
	} catch {
		// A cache of another layout (an older resodiff) or a broken file: made afresh.
		for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
		db = openLibrary(path);
	}
	const files = new Map(corpus.documents.map((d) => [join(root, 'corpus', d.file), d]));
	// The index knows what a text may not print: a draft's symbol, a date the letterhead lost.
	const read = async (bytes: Uint8Array, path: string) => {
		const document = await readDocument(bytes, path);
		const entry = files.get(path);
		document.meta.symbol ??= entry?.symbol ?? null;
		document.meta.date ??= entry?.date ?? null;
		document.meta.source = basename(path);
		return document;
	};
	const report = await db.add([...files.keys()], preparerInThread(read));
	const stale = db
		.list()
		.filter((d) => !files.has(d.path))
		.map((d) => d.path);
	if (stale.length) db.remove(stale);
	if (report.failed.length) {
		db.close();
		throw new ResodiffError(
			'internal',
			`the shipped corpus could not be read: ${report.failed[0].path}: ${report.failed[0].reason}`
		);
	}
	return db;
}

/** The library database of `--library`, read-only (a clear line when there is none), or the shipped corpus. */
async function openSource(path: string | null): Promise<LibraryDatabase> {
	return path ? openLibrary(path, { readonly: true }) : openCorpusLibrary();
}

/** `search PHRASE`: every paragraph using the phrase, oldest first. */
export async function runSearch(inv: Invocation, color: boolean): Promise<LibraryOutput> {
	const phrase = inv.files[0];
	let result: SearchResult;
	const db = await openSource(inv.library);
	try {
		result = db.search(phrase);
	} finally {
		db.close();
	}
	return {
		output: inv.format === 'json' ? formatSearchJson(result) : renderSearchText(result, { color }),
		warnings: []
	};
}

/** `find FILE`: the documents the file most resembles, best first, never itself. */
export async function runFind(inv: Invocation, color: boolean): Promise<LibraryOutput> {
	const { readFileBytes } = await import('./read-file');
	const { bytes, name } = await readFileBytes(inv.files[0]);
	const document = await readDocument(bytes, name);
	const hash = contentHash(bytes);
	const options = { limit: inv.limit ?? 10, hash };
	let result: FindResult;
	const db = await openSource(inv.library);
	try {
		// A file the library holds (a corpus symbol names a corpus file) is itself, not a candidate.
		result = db.find(document, options);
	} finally {
		db.close();
	}
	return {
		output: inv.format === 'json' ? formatFindJson(result) : renderFindText(result, { color }),
		warnings: warningsInEnglish(attributeWarnings(document.warnings, { version: name }))
	};
}

/**
 * `series [--library DB] SYMBOL...`: the versions of a resolution the library holds, found from each
 * SYMBOL (a symbol of the library, or a file such as a draft, which joins the line), oldest first.
 */
export async function findSeriesDocuments(
	inv: Invocation
): Promise<{ documents: ResolutionDocument[]; warnings: string[] }> {
	const found: ResolutionDocument[][] = [];
	const db = await openSource(inv.library);
	try {
		for (const seed of inv.files) {
			if (db.documentBySymbol(seed)) found.push(db.series(seed));
			else found.push(db.series(await readSeed(seed)));
		}
	} finally {
		db.close();
	}
	// The lines found from several seeds, each document once, oldest first (each line is sorted already).
	const seen = new Set<ResolutionDocument>();
	const bySymbol = new Set<string>();
	const documents: ResolutionDocument[] = [];
	for (const line of found) {
		for (const doc of line) {
			const symbol = doc.meta.symbol;
			if (seen.has(doc) || (symbol && bySymbol.has(symbol))) continue;
			seen.add(doc);
			if (symbol) bySymbol.add(symbol);
			documents.push(doc);
		}
	}
	if (found.length > 1) documents.sort((a, b) => compareChronology(a.meta, b.meta));
	const warnings = documents.length < 2 ? [`the library holds no other version of ${inv.files.join(', ')}`] : [];
	return { documents, warnings };
}

/** A seed of `series` that is not a symbol of the library: a file to read (a draft), or a clear error. */
async function readSeed(seed: string): Promise<ResolutionDocument> {
	try {
		const { readFileBytes } = await import('./read-file');
		const { bytes, name } = await readFileBytes(seed);
		return await readDocument(bytes, name);
	} catch (error) {
		if (error instanceof ResodiffError && error.code === 'not-found') {
			throw new ResodiffError('not-found', 'no document of the library has this symbol, and no file has this name', {
				file: seed
			});
		}
		throw error;
	}
}

/** `library add|remove|list`. */
export async function runLibrary(
	inv: Invocation,
	env: { home?: string; platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv } = {}
): Promise<LibraryOutput> {
	const path =
		inv.library ?? defaultLibraryPath(env.env ?? process.env, env.platform ?? process.platform, env.home ?? homedir());
	if (inv.action === 'list') {
		const db = openLibrary(path, { readonly: true });
		try {
			const rows = db.list();
			if (inv.format === 'json')
				return {
					output: JSON.stringify({ version: 1, library: db.path, documents: rows }, null, 1) + '\n',
					warnings: []
				};
			const lines = rows.map(
				(r) =>
					`${r.symbol ?? '(no symbol)'}  ${r.date ?? (r.session ? `session ${r.session}` : 'undated')}  ${r.language ?? ''}  ${r.title ?? ''}\n    ${r.path}`
			);
			return {
				output: `${db.path}: ${rows.length} document${rows.length === 1 ? '' : 's'}\n${lines.join('\n')}\n`,
				warnings: []
			};
		} finally {
			db.close();
		}
	}
	const db = openLibrary(path);
	try {
		if (inv.action === 'remove') {
			const removed = db.remove(inv.files);
			const output =
				inv.format === 'json'
					? JSON.stringify({ version: 1, library: db.path, removed }, null, 1) + '\n'
					: `${db.path}: removed ${removed.length} document${removed.length === 1 ? '' : 's'}\n${removed.map((p) => `  ${p}\n`).join('')}`;
			return {
				output,
				warnings: removed.length === 0 ? ['nothing in the library matches ' + inv.files.join(', ')] : []
			};
		}
		const pool = startPreparerPool();
		let report: AddReport;
		try {
			report = await db.add(inv.files, pool?.prepare ?? preparerInThread(readDocument), {
				prune: inv.prune,
				concurrency: pool?.size ?? 1
			});
		} finally {
			await pool?.close();
		}
		const warnings = report.failed.map((f) => `${f.path}: ${f.reason}`);
		const output =
			inv.format === 'json'
				? JSON.stringify({ version: 1, library: db.path, ...report }, null, 1) + '\n'
				: describeAdd(db, report);
		return { output, warnings, failed: report.failed.length > 0 };
	} finally {
		db.close();
	}
}

/** One line of what `library add` did, and the library's size. */
function describeAdd(db: LibraryDatabase, report: AddReport): string {
	const { documents, paragraphs } = db.count();
	const parts = [
		`${report.added.length} added`,
		`${report.updated.length} updated`,
		`${report.unchanged.length} unchanged`
	];
	if (report.removed.length) parts.push(`${report.removed.length} removed`);
	if (report.failed.length) parts.push(`${report.failed.length} could not be read`);
	return `${db.path}: ${parts.join(', ')}; the library holds ${documents} document${documents === 1 ? '' : 's'}, ${paragraphs} paragraphs\n`;
}

/**
 * Runs `search`, `find` or `library` (run.ts sends them here, not through execute.ts, which loads the
 * readers and the comparison): the output to stdout or to `-o`, the warnings to stderr.
 */
export async function executeLibraryCommand(inv: Invocation, color: boolean): Promise<Outcome> {
	const command = inv.command;
	const { output, warnings, failed } = await (command === 'search'
		? runSearch(inv, color)
		: command === 'find'
			? runFind(inv, color)
			: runLibrary(inv));
	const stderr = warnings.length
		? warnings.map((w) => `resodiff: ${command === 'library' ? '' : 'warning: '}${w}\n`).join('')
		: undefined;
	if (inv.output) {
		await writeFile(inv.output, output);
		return { code: failed ? 1 : 0, stderr };
	}
	return { code: failed ? 1 : 0, stdout: output, stderr };
}
