/**
 * The SQLite library on the real documents of the corpus: what `library add` stores, what it skips,
 * and that search, find and series answer as the in-memory library does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, parseResolution, ResodiffError } from '../core/index';
import { MemoryLibrary } from '../library/index';
import { candidateQuery, defaultLibraryPath, openLibrary, SCHEMA_VERSION, type LibraryDatabase } from './library-db';
import { preparerInThread } from './library-prepare';
import { prepareQuery } from '../library/index';
import { ROUTINE_GRAMMAR_EDITION } from '../core/diff/routine';

const corpus = new URL('../../../corpus/', import.meta.url);
const files = [
	'A-RES-67-38.zh.txt',
	'A-RES-76-40.zh.txt',
	'A-RES-68-46.zh.txt',
	'A-RES-57-97.en.partial.txt',
	'A-RES-80-67.en.txt',
	'A-RES-80-7.en.txt',
	'A-RES-80-19.en.txt'
];
const read = preparerInThread(async (bytes, name) => parseResolution(decodeText(bytes), { source: name }));

const dir = mkdtempSync(join(tmpdir(), 'resodiff-library-'));
const folder = join(dir, 'resolutions');
mkdirSync(join(folder, 'nested'), { recursive: true });
for (const f of files)
	copyFileSync(new URL(f, corpus), join(f.startsWith('A-RES-80') ? join(folder, 'nested') : folder, f));
writeFileSync(join(folder, 'notes.csv'), 'not a resolution');
const dbPath = join(dir, 'library.sqlite');
let db: LibraryDatabase;

beforeAll(async () => {
	db = openLibrary(dbPath);
	const report = await db.add([folder], read);
	expect(report.failed).toEqual([]);
	expect(report.added).toHaveLength(files.length);
});
afterAll(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

/** The same documents in memory, read the same way. */
function memory(): MemoryLibrary {
	return new MemoryLibrary(
		files.map((f) => {
			const path = join(f.startsWith('A-RES-80') ? join(folder, 'nested') : folder, f);
			return {
				document: parseResolution(decodeText(new Uint8Array(readFileSync(path))), { source: path }),
				source: path
			};
		})
	);
}

describe('library add', () => {
	it('indexes the text files of a folder and its subfolders, and nothing else', () => {
		expect(db.count().documents).toBe(files.length);
		expect(db.list().map((d) => d.symbol)).toContain('A/RES/80/67');
	});

	it('skips unchanged files, rereads changed ones, and touches a file whose bytes are the same', async () => {
		const again = await db.add([folder], read);
		expect(again.unchanged).toHaveLength(files.length);
		expect(again.added.length + again.updated.length).toBe(0);

		const touched = join(folder, 'A-RES-67-38.zh.txt');
		utimesSync(touched, new Date(), new Date(Date.now() + 5000));
		const changed = join(folder, 'nested', 'A-RES-80-7.en.txt');
		writeFileSync(
			changed,
			readFileSync(changed, 'utf8').replace('Appeals to Member States', 'Appeals to all Member States')
		);
		const after = await db.add([folder], read);
		expect(after.updated).toEqual([changed]);
		expect(after.unchanged).toContain(touched);
		expect(db.search('Appeals to all Member States to continue to support').hits.map((h) => h.symbol)).toEqual([
			'A/RES/80/7'
		]);
		expect(db.count().documents).toBe(files.length);
	});

	it('drops documents whose files are gone with --prune, and by path or symbol with remove', async () => {
		const extra = join(folder, 'copy.txt');
		copyFileSync(new URL('A-RES-68-46.zh.txt', corpus), extra);
		expect((await db.add([extra], read)).added).toEqual([extra]);
		rmSync(extra);
		expect((await db.add([folder], read, { prune: true })).removed).toEqual([extra]);
		const copy = join(dir, 'elsewhere.txt');
		copyFileSync(new URL('A-RES-68-46.zh.txt', corpus), copy);
		await db.add([copy], read);
		expect(db.remove([copy])).toEqual([copy]);
		expect(db.count().documents).toBe(files.length);
		// Texts only the removed copies held are gone from the index too; those of 68/46 remain.
		expect(db.search('推进多边核裁军谈判').hits.every((h) => h.source.endsWith('A-RES-68-46.zh.txt'))).toBe(true);
	});

	it('says which files could not be read, and indexes the others', async () => {
		const bad = join(dir, 'empty.txt');
		writeFileSync(bad, '');
		const report = await db.add([bad, join(dir, 'missing.txt')], read);
		const reasons = new Map(report.failed.map((f) => [f.path.replace(/.*[/\\]/, ''), f.reason]));
		expect(reasons.get('missing.txt')).toMatch(/no such file/);
		expect(reasons.get('empty.txt')).toMatch(/empty/);
	});
});

describe('search in the database answers as in memory', () => {
	it.each([
		[
			'an English sentence, typed with other typography',
			"Reaffirms the importance of Israel's accession to the Treaty on the Non-Proliferation of Nuclear Weapons"
		],
		['a Chinese phrase with the tokenizer’s spaces', '促进 裁军 和 不扩散 领域 的 多边主义'],
		['a Chinese phrase of two characters', '关切'],
		[
			'a sentence with a changed resolution and date',
			'Taking note of the relevant resolutions adopted by the General Conference of the International Atomic Energy Agency, the latest of which is resolution GC(46)/RES/16, adopted on 20 September 2002'
		]
	])('%s', (_label, phrase) => {
		const fromDb = db.search(phrase).hits.map((h) => [h.symbol, h.paragraph.id, h.exact, h.similarity, h.range]);
		const fromMemory = memory()
			.search(phrase)
			.hits.map((h) => [h.symbol, h.paragraph.id, h.exact, h.similarity, h.range]);
		expect(fromDb.length).toBeGreaterThan(0);
		expect(fromDb).toEqual(fromMemory);
	});

	it('asks the index for the phrase’s trigrams, and for pieces of a long phrase so rewordings are found', () => {
		expect(candidateQuery(prepareQuery('关切')!)).toBeNull();
		expect(candidateQuery(prepareQuery('严重关切')!)).toBe('"严重关" AND "重关切"');
		expect(
			candidateQuery(prepareQuery('Reaffirms the importance of the early realization of universal adherence')!)
		).toMatch(/^\(.+\) OR \(.+\)/);
	});
});

describe('find and series in the database', () => {
	it('names the 2012 version first for the 2021 one, never the file itself', () => {
		const doc = db.documentBySymbol('A/RES/76/40')!;
		const hash = (db.features().find((f) => f.features.symbol === 'A/RES/76/40') ?? { hash: '' }).hash;
		const { candidates } = db.find(doc, { hash });
		expect(candidates[0].symbol).toBe('A/RES/67/38');
		expect(candidates.map((c) => c.symbol)).not.toContain('A/RES/76/40');
	});

	it('finds the line of 67/38 and of 80/67, oldest first, and rebuilds each document as parsed', () => {
		expect(db.series('A/RES/67/38').map((d) => d.meta.symbol)).toEqual(['A/RES/67/38', 'A/RES/76/40']);
		expect(db.series('a/res/80/67').map((d) => d.meta.symbol)).toEqual(['A/RES/57/97', 'A/RES/80/67']);
		const stored = db.documentBySymbol('A/RES/76/40')!;
		const parsed = parseResolution(decodeText(new Uint8Array(readFileSync(new URL('A-RES-76-40.zh.txt', corpus)))));
		expect(stored.paragraphs).toEqual(parsed.paragraphs);
		expect(stored.footnotes).toEqual(parsed.footnotes);
	});

	it('refuses a symbol it does not hold with a clear error', () => {
		expect(() => db.series('A/RES/99/1')).toThrow(ResodiffError);
	});
});

describe('opening a library', () => {
	it('refuses to open a missing library read-only, in one clear line', () => {
		expect(() => openLibrary(join(dir, 'none.sqlite'), { readonly: true })).toThrow(/no library here/);
		expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
	});

	it('refuses a file that is not a library', () => {
		const notDb = join(dir, 'not.sqlite');
		writeFileSync(notDb, 'plain text, not a database');
		expect(() => openLibrary(notDb, { readonly: true })).toThrow(/cannot open the library/);
	});

	/** A copy of the test library as layout 1 kept it: texts with their routine key only. */
	function layoutOneCopy(name: string): string {
		const copy = join(dir, name);
		db.close();
		copyFileSync(dbPath, copy);
		db = openLibrary(dbPath);
		const old = new Database(copy);
		for (const column of ['fold', 'text', 'ranges']) old.exec(`ALTER TABLE texts DROP COLUMN ${column}`);
		old.prepare("UPDATE info SET value = '1' WHERE key = 'schema'").run();
		old.close();
		return copy;
	}

	it('brings a library of the earlier layout up to date on opening, with the same answers', () => {
		const copy = layoutOneCopy('layout-1.sqlite');
		const phrases = [
			'Recalling its resolution 72/6 of 13 November 2017',
			'重申 在 裁军 和 不扩散 领域 采取 多边 行动',
			'nuclear',
			'Stresses the importance of international cooperation in the peaceful uses of outer space'
		];
		const upgraded = openLibrary(copy, { readonly: true });
		try {
			for (const phrase of phrases) expect(upgraded.search(phrase)).toEqual(db.search(phrase));
		} finally {
			upgraded.close();
		}
		const check = new Database(copy, { readonly: true });
		const version = check.prepare("SELECT value FROM info WHERE key = 'schema'").get() as { value: string };
		const texts = check.prepare("SELECT count(*) AS n FROM texts WHERE fold = '' OR text = ''").get() as { n: number };
		check.close();
		expect(version.value).toBe(String(SCHEMA_VERSION));
		expect(texts.n).toBe(0);
	});

	it('keys a library indexed by another edition of the routine grammar again on opening, as a new one is keyed', () => {
		const copy = join(dir, 'grammar-0.sqlite');
		db.close();
		copyFileSync(dbPath, copy);
		db = openLibrary(dbPath);
		const snapshot = (file: string) => {
			const look = new Database(file, { readonly: true });
			try {
				return {
					grammar: look.prepare("SELECT value FROM info WHERE key = 'grammar'").get(),
					texts: look.prepare('SELECT id, routine, ranges FROM texts ORDER BY id').all(),
					features: look.prepare('SELECT id, features FROM documents ORDER BY id').all()
				};
			} finally {
				look.close();
			}
		};
		const fresh = snapshot(dbPath);
		expect(fresh.grammar).toEqual({ value: String(ROUTINE_GRAMMAR_EDITION) });
		// As a library made before the grammar had editions, whose grammar masked nothing: every routine key
		// the text itself, no routine ranges, documents resembling nothing.
		const old = new Database(copy);
		old.exec("UPDATE texts SET routine = fold, ranges = ''");
		for (const { id, features } of old.prepare('SELECT id, features FROM documents').all() as {
			id: number;
			features: string;
		}[])
			old
				.prepare('UPDATE documents SET features = ? WHERE id = ?')
				.run(JSON.stringify({ ...JSON.parse(features), paragraphs: [], sketch: [] }), id);
		old.exec("DELETE FROM info WHERE key = 'grammar'");
		old.close();
		expect(snapshot(copy).texts).not.toEqual(fresh.texts);

		const rekeyed = openLibrary(copy, { readonly: true });
		try {
			expect(snapshot(copy)).toEqual(fresh);
			const phrase =
				'Taking note of the relevant resolutions adopted by the General Conference of the International Atomic Energy Agency, the latest of which is resolution GC(46)/RES/16, adopted on 20 September 2002';
			expect(rekeyed.search(phrase)).toEqual(db.search(phrase));
			expect(rekeyed.series('A/RES/80/67').map((d) => d.meta.symbol)).toEqual(['A/RES/57/97', 'A/RES/80/67']);
		} finally {
			rekeyed.close();
		}
	});

	it('refuses a library made by a later version, in one line', () => {
		const copy = join(dir, 'later.sqlite');
		db.close();
		copyFileSync(dbPath, copy);
		db = openLibrary(dbPath);
		const later = new Database(copy);
		later.prepare("UPDATE info SET value = ? WHERE key = 'schema'").run(String(SCHEMA_VERSION + 1));
		later.close();
		expect(() => openLibrary(copy, { readonly: true })).toThrow(/made by another version of resodiff/);
	});

	it.each([
		['Linux', 'linux', {}, '/home/a/.local/share/resodiff/library.sqlite'],
		['Linux with XDG_DATA_HOME', 'linux', { XDG_DATA_HOME: '/data' }, '/data/resodiff/library.sqlite'],
		['macOS', 'darwin', {}, '/home/a/Library/Application Support/resodiff/library.sqlite']
	] as const)('puts the default library where %s keeps user data', (_label, platform, env, expected) => {
		expect(defaultLibraryPath(env, platform, '/home/a')).toBe(expected);
	});
});
