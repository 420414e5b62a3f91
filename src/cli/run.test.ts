import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Outcome } from './run';
import type { Comparison, ResolutionDocument } from '../lib/core/types';

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
	it.each([
		['no command', []],
		['unknown command', ['frobnicate']],
		['unknown option', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--frob']],
		['unknown format', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'xml']],
		['parse has no html', ['parse', 'A/RES/76/40', '--format', 'html']],
		['compare with one file', ['compare', 'A/RES/67/38']],
		['compare with three files', ['compare', 'A/RES/67/38', 'A/RES/76/40', 'A/RES/68/46']],
		['series with one file', ['series', 'A/RES/67/38']],
		['docx without -o', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--format', 'docx']],
		['--term outside series', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--term', '关切']],
		['--lang not one of the six', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--lang', 'de']],
		['--lang without a value', ['compare', 'A/RES/67/38', 'A/RES/76/40', '--lang']],
		['--lang with series', ['series', 'A/RES/67/38', 'A/RES/76/40', '--lang', 'en']]
	])('%s', async (_label, argv) => {
		const outcome = await run(argv, env);
		expect(outcome.code).toBe(2);
		expect(outcome.stdout).toBeUndefined();
		expect(outcome.stderr).toMatch(/^resodiff: .+\n\nUsage:/);
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
			/binary\.txt: not a text file \(it holds binary data\): give a \.txt, \.md or \.pdf file$/
		],
		['UTF-32 text', () => file('utf32.txt', utf32), /utf32\.txt: UTF-32 text is not supported: save it as UTF-8$/],
		[
			'an old Word file',
			() => file('draft.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
			/draft\.doc: an? .*97–2003 .*: save it as \.docx and open that$/
		],
		[
			'a ZIP archive',
			() => file('texts.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])),
			/texts\.zip: the file is damaged: its zip package cannot be read/
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

	it('labels the paragraphs of parse --format text', async () => {
		expect(text(await run(['parse', fr('76-40'), '--format', 'text'], env))).toContain('Al. 2 du préambule');
		expect(text(await run(['parse', fr('76-40'), '--format', 'text', '--lang', 'en'], env))).toContain('PP 2');
	});
});
