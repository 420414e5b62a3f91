/**
 * Hostile and broken input, end to end through the command line: every case gets its one clear line
 * or its correct result, and document text never turns into markup or code in any output format.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Outcome } from '../../src/cli/run';
import { unzipDocx } from '../../src/lib/testing/docx-xml';
import type { Comparison } from '../../src/lib/core/types';

const env = { stdoutIsTerminal: false, noColor: true };
const dir = mkdtempSync(join(tmpdir(), 'resodiff-hostile-'));
const seed = readFileSync(new URL('../../corpus/A-RES-76-40.zh.txt', import.meta.url), 'utf8');
const out = (o: Outcome) =>
	typeof o.stdout === 'string' ? o.stdout : new TextDecoder().decode(o.stdout ?? new Uint8Array());

function file(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

async function parseJson(path: string) {
	const outcome = await run(['parse', path, '--format', 'json'], env);
	expect(outcome.stderr ?? '').toBe('');
	expect(outcome.code).toBe(0);
	return JSON.parse(out(outcome));
}

describe('encodings and line ends read the same as UTF-8', () => {
	const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
	const utf16be = (text: string) => {
		const le = Buffer.from(text, 'utf16le');
		for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
		return new Uint8Array([0xfe, 0xff, ...le]);
	};
	const cases: [string, string | Uint8Array][] = [
		['UTF-8 with BOM', '\ufeff' + seed],
		['GB18030', readFileSync(new URL('../fixtures/encodings/A-RES-76-40.gb18030.txt', import.meta.url))],
		['UTF-16 LE with BOM', utf16le(seed)],
		['UTF-16 BE with BOM', utf16be(seed)],
		['CRLF line ends', seed.replace(/\n/g, '\r\n')],
		['CR line ends', seed.replace(/\n/g, '\r')]
	];
	it.each(cases)('%s', async (label, content) => {
		const reference = await parseJson(file('reference.txt', seed));
		const doc = await parseJson(file(`${label.replace(/\W+/g, '-')}.txt`, content));
		expect(doc.paragraphs).toEqual(reference.paragraphs);
		expect(doc.footnotes).toEqual(reference.footnotes);
	});
});

describe('a large text below the limit is read whole', () => {
	// A dump of many resolutions' operative parts: numbering restarts every 500 paragraphs.
	it('40 MB of operative paragraphs parse, every paragraph kept (time and memory: npm run bench)', async () => {
		const operative = seed
			.split('\n')
			.filter((line) => /^\d+\. /.test(line))
			.map((line) => line.replace(/^\d+\. /, ''));
		const head = seed.slice(0, seed.indexOf('1. **'));
		const lines: string[] = [];
		let bytes = Buffer.byteLength(head);
		for (let n = 1; bytes < 40 * 1024 * 1024; n++) {
			const line = `${((n - 1) % 500) + 1}. ${operative[n % operative.length]}`;
			lines.push(line);
			bytes += Buffer.byteLength(line) + 1;
		}
		const path = file('forty.txt', head + lines.join('\n') + '\n');
		const outcome = await run(['parse', path, '--format', 'json'], env);
		expect(outcome.stderr ?? '').toBe('');
		expect(outcome.code).toBe(0);
		const doc = JSON.parse(out(outcome));
		const numbers = doc.paragraphs
			.filter((p: { kind: string }) => p.kind === 'operative')
			.map((p: { number: string }) => p.number);
		expect(numbers).toHaveLength(lines.length);
		expect(numbers.at(-1)).toBe(String(((lines.length - 1) % 500) + 1));
	}, 300_000);
});

describe('what cannot be read gets one line naming the file, exit 1', () => {
	it('a file over the size limit is refused before it is read', async () => {
		const path = join(dir, 'huge.txt');
		const fd = openSync(path, 'w');
		ftruncateSync(fd, 65 * 1024 * 1024);
		closeSync(fd);
		const outcome = await run(['parse', path], env);
		expect(outcome.code).toBe(1);
		expect(outcome.stderr).toMatch(/huge\.txt: the file is 65\.0 MB; resodiff reads files up to 64\.0 MB/);
	});

	it.each([
		['white space only', ' \n\t\n　\n'],
		[
			'a ZIP file',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
		],
		['random bytes', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))]
	])('%s', async (label, content) => {
		const outcome = await run(['compare', file(`${label.replace(/\W+/g, '-')}.txt`, content), 'A/RES/76/40'], env);
		expect(outcome.code).toBe(1);
		expect(outcome.stderr!.trim().split('\n')).toHaveLength(1);
		expect(outcome.stderr).toContain(label.replace(/\W+/g, '-'));
	});
});

describe('markup in document text stays text in every format', () => {
	const hostile = [
		'76/40. 促进<script>alert("t")</script>多边主义',
		'',
		'大会，',
		'',
		'回顾<img src=x onerror="alert(1)">其决议，并注意到 [链接](javascript:alert(2)) 与 <a href="javascript:alert(3)">此处</a>，',
		'',
		'1. **重申**多边主义是核心原则 & 又及 "引号" \'单引号\'；',
		'2. **请**秘书长提出报告 </td></tr></table><style>body{display:none}</style>；'
	].join('\n');
	const newPath = file('hostile.txt', hostile);

	async function compareAs(format: string): Promise<string> {
		const path = join(dir, `report.${format}`);
		const outcome = await run(['compare', 'A/RES/76/40', newPath, '--format', format, '-o', path], env);
		expect(outcome.code).toBe(0);
		return format === 'docx' ? Object.values(unzipDocx(readFileSync(path))).join('\n') : readFileSync(path, 'utf8');
	}

	it('json keeps the characters exactly', async () => {
		const cmp: Comparison = JSON.parse(await compareAs('json'));
		const texts = cmp.new.paragraphs.map((p) => p.text).join('\n');
		expect(texts).toContain('<script>alert("t")</script>');
		expect(texts).toContain('<img src=x onerror="alert(1)">');
	});

	it('html escapes every tag and attribute of the document', async () => {
		const html = await compareAs('html');
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<img/i);
		expect(html).not.toMatch(/<a\s/i);
		expect(html).not.toMatch(/<style>body\{display:none\}/);
		expect(html).not.toMatch(/href="javascript:/i);
		expect(html).toContain('&#60;script&#62;');
	});

	it('markdown shows the markup as text', async () => {
		const md = await compareAs('md');
		expect(md).not.toMatch(/<script/i);
		expect(md).not.toMatch(/<img /i);
		expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i);
	});

	it('csv and docx carry the text, escaped for their own syntax', async () => {
		const csv = await compareAs('csv');
		expect(csv).toContain('<script>alert(""t"")</script>');
		const xml = await compareAs('docx');
		expect(xml).not.toMatch(/<script/i);
		expect(xml).toContain('&lt;script&gt;');
	});
});
