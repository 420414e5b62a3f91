import { describe, expect, it, beforeAll, vi } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { run, type Outcome } from './run';
import type { Comparison, ResolutionDocument } from '../lib/core/types';

/** When set, rendering a parsed document throws this value instead: a failure from deep inside a run. */
const sabotage = vi.hoisted(() => ({ throws: undefined as (() => never) | undefined }));
vi.mock('./render', async (importOriginal) => {
	const original = await importOriginal<typeof import('./render')>();
	return {
		...original,
		renderDocument: (...args: Parameters<typeof original.renderDocument>) =>
			sabotage.throws ? sabotage.throws() : original.renderDocument(...args)
	};
});

const env = { stdoutIsTerminal: false, noColor: true };
const dir = mkdtempSync(join(tmpdir(), 'resodiff-cli-'));
const text = (o: Outcome) =>
	typeof o.stdout === 'string' ? o.stdout : new TextDecoder().decode(o.stdout ?? new Uint8Array());

function file(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('usage errors: usage on stderr, exit 2', () => {
	it('names an unknown option in a few words', async () => {
		const outcome = await run(['parse', 'A/RES/76/40', '--json'], env);
		expect(outcome.code).toBe(2);
		expect(outcome.stderr?.split('\n')[0]).toBe('resodiff: unknown option --json');
	});
	it('says which option lacks its value', async () => {
		const outcome = await run(['parse', 'A/RES/76/40', '--format'], env);
		expect(outcome.stderr?.split('\n')[0]).toBe("resodiff: option '-f, --format <value>' argument missing");
	});
	it.each([
		['no command', []],
		['unknown command', ['frobnicate']],
		['unknown option', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--frob']],
		['unknown format', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'xml']],
		['parse has no html', ['parse', 'A/RES/76/40', '--format', 'html']],
		['compare with one file', ['compare', 'A/RES/67/38']],
		['compare with three files', ['compare', 'A/RES/67/38', 'A/RES/76/40', 'A/RES/68/46']],
		['series with no file', ['series']],
		['search with no phrase', ['search']],
		['find with two files', ['find', 'A/RES/67/38', 'A/RES/76/40']],
		['library with no action', ['library']],
		['library add with no path', ['library', 'add']],
		['--library outside the library commands', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--library', 'x.sqlite']],
		['--prune outside library add', ['search', 'x', '--prune']],
		['--limit that is no number', ['find', 'A/RES/76/40', '--limit', 'many']],
		['docx without -o', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'docx']],
		['--term outside series', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--term', '关切']],
		['--lang not one of the six', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--lang', 'de']],
		['--lang without a value', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--lang']],
		['--lang with search', ['search', '多边主义', '--lang', 'en']],
		['--lang with series not one of the six', ['series', 'A/RES/67/38', 'A/RES/76/40', '--lang', 'zh-Hans']]
	])('%s', async (_label, argv) => {
		const outcome = await run(argv, env);
		expect(outcome.code).toBe(2);
		expect(outcome.stdout).toBeUndefined();
		expect(outcome.stderr).toMatch(/^resodiff: .+\n\nUsage:/);
	});

	it('a usage error found by the library is one too: exit 2 with the usage', async () => {
		const outcome = await run(['series', 'A/RES/67/38', 'A/RES/76/40', '--term', ' '], env);
		expect(outcome.code).toBe(2);
		expect(outcome.stderr).toMatch(/^resodiff: the phrase to find is empty\n\nUsage:/);
	});

	it('--help prints the usage on stdout and succeeds', async () => {
		const outcome = await run(['--help'], env);
		expect(outcome.code).toBe(0);
		expect(text(outcome)).toContain('resodiff compare OLD NEW');
	});
});

describe('documents that cannot be read: one line naming the file once and saying what to do, exit 1', () => {
	const pdfFixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/pdf/${name}`, import.meta.url));
	// 大会 in UTF-32LE, with its byte-order mark.
	const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x27, 0x59, 0, 0, 0x1a, 0x4f, 0, 0]);
	const cases: [label: string, make: () => string, line: RegExp][] = [
		['a missing file', () => join(dir, 'missing.txt'), /missing\.txt: no such file \(nor a corpus symbol/],
		[
			'an unknown symbol',
			() => 'A/RES/99/1',
			/^resodiff: A\/RES\/99\/1 is not in the corpus, and no file has that name$/
		],
		['an empty file', () => file('empty.txt', ''), /empty\.txt: the file is empty$/],
		[
			'a binary file',
			() => file('binary.txt', new Uint8Array([0x89, 0x51, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 0, 255, 254])),
			/binary\.txt: not a text file \(it holds binary data\): give a \.txt, \.md, \.pdf or \.docx file$/
		],
		['UTF-32 text', () => file('utf32.txt', utf32), /utf32\.txt: UTF-32 text is not supported: save it as UTF-8$/],
		[
			'an old Word file cut short',
			() => file('draft.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
			/draft\.doc: the file is damaged: it is cut short$/
		],
		[
			'a ZIP archive',
			() => file('texts.zip', zipSync({ 'notes.txt': new TextEncoder().encode('大会，') })),
			/texts\.zip: a zip archive, but not a Word \(\.docx\) or OpenDocument \(\.odt\) document$/
		],
		['a folder', () => dir, /is a folder, not a file: name a file inside it$/],
		[
			'a truncated PDF',
			() => file('truncated.pdf', pdfFixture('truncated.pdf')),
			/truncated\.pdf: the PDF is damaged or truncated/
		],
		[
			'an encrypted PDF',
			() => file('encrypted.pdf', pdfFixture('encrypted.pdf')),
			/encrypted\.pdf: the PDF is encrypted/
		],
		['a scanned PDF', () => file('scanned.pdf', pdfFixture('scanned.pdf')), /scanned\.pdf: the PDF has no text layer/],
		[
			'a PDF whose header is lost',
			() =>
				file(
					'headless.pdf',
					pdfFixture('A-RES-67-38.pdf')
						.subarray(0, 1200)
						.map((b, i) => (i < 8 ? 0 : b))
				),
			/headless\.pdf: not a PDF: it has no PDF header .*; get the PDF again$/
		],
		[
			'a PDF that is all NUL bytes (never taken for UTF-16 text)',
			() => file('zeros.pdf', new Uint8Array(4096)),
			/zeros\.pdf: not a PDF: it has no PDF header/
		]
	];
	it.each(cases)('%s', async (_label, make, pattern) => {
		const arg = make();
		const outcome = await run(['parse', arg], env);
		expect(outcome.code).toBe(1);
		expect(outcome.stdout).toBeUndefined();
		const lines = outcome.stderr!.trimEnd().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(pattern);
		expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+|NUL|UTF-16/);
		// The subject is named once: "A/RES/99/1: A/RES/99/1 is not in the corpus" is the mistake this guards.
		const subject = arg.split('/').pop()!;
		expect(lines[0].split(subject).length - 1, lines[0]).toBe(1);
	});

	it('two bad files are both named, one line each, in the order given', async () => {
		const blank = file('blank.txt', '');
		const outcome = await run(['compare', blank, 'A/RES/99/1', '--format', 'json'], env);
		expect(outcome.code).toBe(1);
		expect(outcome.stderr).toBe(
			`resodiff: ${blank}: the file is empty\nresodiff: A/RES/99/1 is not in the corpus, and no file has that name\n`
		);
	});

	it('a series names every file it cannot read, and only those', async () => {
		const outcome = await run(
			['series', file('one.txt', ''), 'A/RES/76/40', file('two.pdf', new Uint8Array(64)), '--format', 'json'],
			env
		);
		expect(outcome.code).toBe(1);
		const lines = outcome.stderr!.trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/one\.txt: the file is empty$/);
		expect(lines[1]).toMatch(/two\.pdf: not a PDF/);
	});

	it('a path that looks like traversal is only ever a path, never a corpus lookup', async () => {
		const outcome = await run(['parse', '../../etc/passwd-not-here'], env);
		expect(outcome.code).toBe(1);
		expect(outcome.stderr).toBe(
			'resodiff: ../../etc/passwd-not-here: no such file (nor a corpus symbol such as A/RES/76/40)\n'
		);
	});
});

describe('compare on the showcase pair', () => {
	let cmp: Comparison;
	beforeAll(async () => {
		const outcome = await run(['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'json'], env);
		expect(outcome.code).toBe(0);
		cmp = JSON.parse(text(outcome));
	});

	it('speaks the contract: version, documents, rows and stats', () => {
		expect(cmp.version).toBe(1);
		expect(cmp.old.meta.symbol).toBe('A/RES/67/38');
		expect(cmp.new.meta.symbol).toBe('A/RES/76/40');
		expect(cmp.new.meta.date).toBe('2021-12-06');
		const total = Object.values(cmp.stats).reduce((a, b) => a + b, 0);
		expect(total).toBe(cmp.rows.length);
	});

	it('loses nothing: every paragraph in exactly one row, and every diff rebuilds both sides', () => {
		const byId = (doc: ResolutionDocument) => new Map(doc.paragraphs.map((p) => [p.id, p.text]));
		const oldTexts = byId(cmp.old);
		const newTexts = byId(cmp.new);
		const seenOld = cmp.rows.flatMap((r) => r.old);
		const seenNew = cmp.rows.flatMap((r) => r.new);
		expect([...seenOld].sort()).toEqual([...oldTexts.keys()].sort());
		expect([...seenNew].sort()).toEqual([...newTexts.keys()].sort());
		for (const row of cmp.rows) {
			const oldSide = row.diff
				.filter(([op]) => op <= 0)
				.map(([, t]) => t)
				.join('');
			const newSide = row.diff
				.filter(([op]) => op >= 0)
				.map(([, t]) => t)
				.join('');
			expect(oldSide).toBe(row.old.map((id) => oldTexts.get(id)).join('\n'));
			expect(newSide).toBe(row.new.map((id) => newTexts.get(id)).join('\n'));
		}
	});

	it('the text format is readable: both symbols, the summary and the reworded operative verbs', async () => {
		const outcome = await run(['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'text'], env);
		expect(outcome.code).toBe(0);
		const out = text(outcome);
		expect(out).toContain('A/RES/67/38');
		expect(out).toContain('A/RES/76/40');
		expect(out).toContain('促请');
		expect(out).not.toMatch(/\x1b\[/);
	});

	it('-o writes the file and prints nothing', async () => {
		const out = join(dir, 'cmp.json');
		const outcome = await run(['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'json', '-o', out], env);
		expect(outcome.code).toBe(0);
		expect(outcome.stdout).toBeUndefined();
		expect(JSON.parse(readFileSync(out, 'utf8')).rows.length).toBe(cmp.rows.length);
	});

	it('two different resolutions still compare, with a warning in the JSON and on stderr otherwise', async () => {
		const json = await run(['compare', 'A/RES/67/38', 'A/RES/68/46', '--format', 'json'], env);
		expect(json.code).toBe(0);
		expect(JSON.parse(text(json)).warnings.join(' ')).toMatch(/different resolutions/);
		const plain = await run(['compare', 'A/RES/67/38', 'A/RES/68/46', '--format', 'text'], env);
		expect(plain.code).toBe(0);
		expect(plain.stderr).toMatch(/warning: .*different resolutions/);
	});

	it('says each warning once: a text report on the terminal already says them, so stderr does not', async () => {
		const terminal = { ...env, stdoutIsTerminal: true };
		const plain = await run(['compare', 'A/RES/67/38', 'A/RES/68/46', '--format', 'text'], terminal);
		// The report says it in its own language (the documents' Chinese), and stderr not again.
		expect(text(plain).match(/两份文件看来是不同的决议/g)).toHaveLength(1);
		expect(plain.stderr).toBeUndefined();
		const html = await run(['compare', 'A/RES/67/38', 'A/RES/68/46', '--format', 'html'], terminal);
		expect(html.stderr).toMatch(/warning: .*different resolutions/);
	});

	it("names a document's own warning by its side, once, in the comparison and in a series", async () => {
		const loose = file('loose.txt', 'Some notes.\n\nNot a resolution at all, only two blocks of text.\n');
		const cmp = JSON.parse(text(await run(['compare', loose, 'A/RES/76/40', '--format', 'json'], env)));
		const own = cmp.warnings.filter((w: string) => w.includes('no resolution or report structure'));
		expect(own).toEqual([expect.stringMatching(/^old \(.*loose\.txt\): no resolution or report structure/)]);
		const series = await run(['series', loose, 'A/RES/76/40', '--format', 'text'], env);
		const lines = series.stderr!.trimEnd().split('\n');
		expect(lines.filter((l) => l.includes('no resolution or report structure'))).toHaveLength(1);
	});
});

describe('reports name files, never the folders they sit in', () => {
	it.each(['json', 'text', 'html', 'md', 'csv', 'docx'])('%s', async (format) => {
		const corpusText = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url));
		const oldPath = file('last-year.txt', corpusText('A-RES-67-38.zh.txt'));
		const newPath = file('draft.txt', corpusText('A-RES-76-40.zh.txt'));
		const out = join(dir, `report.${format}`);
		const outcome = await run(['compare', oldPath, newPath, '--format', format, '-o', out], env);
		expect(outcome.code).toBe(0);
		const bytes = new Uint8Array(readFileSync(out));
		const report =
			format === 'docx'
				? Object.values(unzipSync(bytes))
						.map((part) => new TextDecoder().decode(part))
						.join('\n')
				: new TextDecoder().decode(bytes);
		// CSV names no file at all: its records are rows.
		if (format !== 'csv') expect(report).toContain('draft.txt');
		expect(report).not.toContain(dir);
		expect(report).not.toMatch(/resodiff-cli-/);
	});
});

describe('parse', () => {
	it('reads a corpus symbol, any case, and a file path alike', async () => {
		const bySymbol = JSON.parse(text(await run(['parse', 'a/res/76/40', '--format', 'json'], env)));
		const path = file('76-40.txt', readFileSync(new URL('../../corpus/A-RES-76-40.zh.txt', import.meta.url)));
		const byPath = JSON.parse(text(await run(['parse', path, '--format', 'json'], env)));
		expect(bySymbol.paragraphs).toEqual(byPath.paragraphs);
		expect(bySymbol.paragraphs.filter((p: { kind: string }) => p.kind === 'operative')).toHaveLength(9);
	});
});

describe('run never throws', () => {
	it.each([
		['an Error', () => new Error('boom\nsecond line')],
		['a string', () => 'boom'],
		['null', () => null],
		['an object that cannot be printed', () => Object.create(null)],
		[
			'an object whose toString throws',
			() => ({
				toString: () =>
					((): never => {
						throw new Error('no');
					})()
			})
		]
	])('whatever is thrown inside (%s): exit 1 and one line', async (_label, make) => {
		sabotage.throws = () => {
			throw make();
		};
		try {
			const outcome = await run(['parse', 'A/RES/76/40', '--format', 'text'], env);
			expect(outcome.code).toBe(1);
			expect(outcome.stdout).toBeUndefined();
			expect(outcome.stderr).toMatch(
				/^resodiff: internal error: [^\n]+ \(please report it with the files that caused it\)\n$/
			);
		} finally {
			sabotage.throws = undefined;
		}
	});

	it('any command line gives an outcome: exit 0, 1 or 2, a failure said on stderr (property)', async () => {
		const token = fc.oneof(
			fc.constantFrom(
				'parse',
				'compare',
				'series',
				'--format',
				'-f',
				'json',
				'text',
				'html',
				'md',
				'csv',
				'docx',
				'pdf',
				'xml',
				'--all',
				'-a',
				'--color',
				'--no-color',
				'--term',
				'关切',
				'--revisions',
				'original',
				'-h',
				'--version',
				'--frob',
				'-x',
				'--',
				'A/RES/67/38',
				'A/RES/76/40',
				'A/RES/99/1',
				'missing.txt',
				''
			),
			fc.string({ maxLength: 6 })
		);
		await fc.assert(
			fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
				const outcome = await run(argv, env);
				expect([0, 1, 2]).toContain(outcome.code);
				if (outcome.code !== 0) expect(outcome.stderr).toMatch(/^resodiff: /);
				if (outcome.code === 2) expect(outcome.stderr).toContain('Usage:');
			}),
			{ numRuns: 150 }
		);
	});
});

describe('--lang: the language of the report’s own words', () => {
	const fr = (year: string) =>
		file(
			`fr-${year}.txt`,
			readFileSync(new URL(`../../tests/fixtures/languages/A-RES-${year}.fr.txt`, import.meta.url))
		);

	it('follows the documents by default: Chinese for the showcase, French for French texts', async () => {
		expect(text(await run(['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'text'], env))).toContain('执行 8');
		const french = text(await run(['compare', fr('75-47'), fr('76-40'), '--format', 'text'], env));
		expect(french).toContain('Par. 5 du dispositif · modifié');
		expect(french).not.toMatch(/\p{Script=Han}/u);
	});

	it.each([
		['en', 'OP 8'],
		['fr', 'Par. 8 du dispositif'],
		['es', 'Párr. 8 de la parte dispositiva'],
		['ru', 'П. 8 постановляющей части'],
		['ar', 'الفقرة 8 من المنطوق'],
		['zh', '执行 8']
	])('--lang %s labels the showcase “%s”', async (lang, label) => {
		const outcome = await run(['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'text', '--lang', lang], env);
		expect(outcome.code).toBe(0);
		expect(text(outcome)).toContain(label);
		const html = text(await run(['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'html', '--lang', lang], env));
		expect(html).toContain(label);
	});

	it('leaves the JSON unchanged', async () => {
		const plain = text(await run(['compare', fr('75-47'), fr('76-40'), '--format', 'json'], env));
		const asked = text(await run(['compare', fr('75-47'), fr('76-40'), '--format', 'json', '--lang', 'zh'], env));
		expect(asked).toBe(plain);
		const json = JSON.parse(plain) as Comparison;
		expect([json.old.meta.language, json.new.meta.language]).toEqual(['fr', 'fr']);
	});

	it('series: the latest version’s language by default, or the one asked for; the JSON unchanged', async () => {
		const showcase = ['series', 'A/RES/67/38', 'A/RES/76/40'];
		const chinese = text(await run([...showcase, '--format', 'text'], env));
		expect(chinese).toMatch(/^系列对照：2 个版本，/);
		expect(chinese).toContain('第76届');
		const english = text(await run([...showcase, '--format', 'text', '--lang', 'en', '--term', '多边主义'], env));
		expect(english).toMatch(/^Series comparison: 2 versions, /);
		expect(english).toContain('76th session');
		expect(english).toMatch(/“多边主义”: first in v1 A\/RES\/67\/38, last in v2 A\/RES\/76\/40\n/);
		const french = text(await run(['series', fr('75-47'), fr('76-40'), '--format', 'html'], env));
		expect(french).toContain('<html lang="fr" dir="ltr">');
		expect(french).toContain('Par. 5 du dispositif');
		const arabic = text(await run([...showcase, '--format', 'html', '--lang', 'ar'], env));
		expect(arabic).toContain('<html lang="ar" dir="rtl">');
		expect(text(await run([...showcase, '--format', 'csv', '--lang', 'es'], env))).toMatch(
			/^\ufeffTrayectoria,Párrafo,Texto,A\/RES\/67\/38,A\/RES\/76\/40\r\n/
		);
		const json = text(await run([...showcase, '--format', 'json', '--term', '多边主义'], env));
		for (const lang of ['en', 'ar'])
			expect(text(await run([...showcase, '--format', 'json', '--term', '多边主义', '--lang', lang], env))).toBe(json);
	});

	it('series: a language not of the six is one clear line', async () => {
		const outcome = await run(['series', 'A/RES/67/38', 'A/RES/76/40', '--lang', 'english'], env);
		expect(outcome.code).toBe(2);
		expect(outcome.stderr?.split('\n')[0]).toBe('resodiff: --lang takes zh, en, fr, es, ru, ar, not "english"');
	});

	it('labels the paragraphs of parse --format text', async () => {
		expect(text(await run(['parse', fr('76-40'), '--format', 'text'], env))).toContain('Al. 2 du préambule');
		expect(text(await run(['parse', fr('76-40'), '--format', 'text', '--lang', 'en'], env))).toContain('PP 2');
	});
});
