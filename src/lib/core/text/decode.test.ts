import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decode';
import { ResodiffError, type ErrorCode } from '../types';

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../corpus/${name}`, import.meta.url)));
const fixture = (name: string) =>
	readFileSync(fileURLToPath(new URL(`../../../../tests/fixtures/encodings/${name}`, import.meta.url)));

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);
const concat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
};
const utf16le = (s: string) => {
	const out = new Uint8Array(s.length * 2);
	for (let i = 0; i < s.length; i++) {
		out[2 * i] = s.charCodeAt(i) & 0xff;
		out[2 * i + 1] = s.charCodeAt(i) >> 8;
	}
	return out;
};
const utf16be = (s: string) => {
	const le = utf16le(s);
	for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
	return le;
};

describe('decodeText: encodings', () => {
	const text = '大会，\n1. **重申**多边主义；¹ 𠀀';
	const cases: [label: string, input: Uint8Array, expected: string][] = [
		['UTF-8 without BOM', utf8(text), text],
		['UTF-8 with BOM', concat(bytes(0xef, 0xbb, 0xbf), utf8(text)), text],
		['UTF-16LE with BOM', concat(bytes(0xff, 0xfe), utf16le(text)), text],
		['UTF-16BE with BOM', concat(bytes(0xfe, 0xff), utf16be(text)), text],
		['CRLF → LF', utf8('大会，\r\n决心\r\n'), '大会，\n决心\n'],
		['CR → LF', utf8('大会，\r决心'), '大会，\n决心'],
		['UTF-16 CRLF → LF', concat(bytes(0xff, 0xfe), utf16le('a\r\nb')), 'a\nb'],
		['one line, no newline', utf8('76/40.'), '76/40.'],
		['ASCII only', utf8('The General Assembly,'), 'The General Assembly,']
	];
	it.each(cases)('%s', (_label, input, expected) => {
		expect(decodeText(input)).toBe(expected);
	});

	it('detects GB18030 (the 76/40 seed re-encoded with iconv)', () => {
		const gb = fixture('A-RES-76-40.gb18030.txt');
		const expected = decodeText(corpus('A-RES-76-40.zh.txt'));
		expect(firstInvalidUtf8(gb)).toBeGreaterThanOrEqual(0);
		expect(decodeText(gb)).toBe(expected);
		expect(decodeText(gb)).toContain('76/40. 促进裁军和不扩散领域的多边主义');
	});

	it('reads every seed as UTF-8', () => {
		for (const name of ['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt', 'A-RES-68-46.zh.txt', 'A-67-131.zh.txt']) {
			expect(decodeText(corpus(name))).toBe(corpus(name).toString('utf8'));
		}
	});
});

describe('decodeText: refusals', () => {
	const cases: [label: string, input: Uint8Array, code: ErrorCode, message: RegExp][] = [
		['empty file', bytes(), 'empty', /empty/],
		['white space only', utf8(' \n\t\u3000\n'), 'empty', /no text/],
		['BOM only', bytes(0xef, 0xbb, 0xbf), 'empty', /no text/],
		['PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), 'binary', /PDF/],
		['ZIP / docx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'binary', /ZIP|Word/],
		['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'binary', /PNG/],
		['NUL bytes', utf8('大会\u0000\u0000决心'), 'binary', /binary data/],
		['UTF-32 big-endian', bytes(0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41), 'encoding', /UTF-32/],
		['UTF-16 without BOM', utf16le('The General Assembly'), 'binary', /byte-order mark/],
		[
			'many control characters',
			bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
			'binary',
			/control/
		],
		['Latin-1 bytes that are not GB18030 either', bytes(0x63, 0x61, 0x66, 0xe9), 'encoding', /UTF-8/],
		['UTF-32', bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00), 'encoding', /UTF-32/]
	];
	it.each(cases)('%s', (_label, input, code, message) => {
		try {
			decodeText(input, { file: 'x.txt' });
			expect.unreachable('should have thrown');
		} catch (e) {
			expect(e).toBeInstanceOf(ResodiffError);
			const err = e as ResodiffError;
			expect(err.code).toBe(code);
			expect(err.message).toMatch(message);
			expect(err.where.file).toBe('x.txt');
			expect(err.toLine()).not.toMatch(/\n/);
		}
	});

	it('names the line of the first undecodable byte', () => {
		const input = concat(utf8('第一行\n第二行\n'), bytes(0x63, 0xff, 0x66));
		try {
			decodeText(input, { file: 'y.txt' });
			expect.unreachable('should have thrown');
		} catch (e) {
			expect((e as ResodiffError).code).toBe('encoding');
			expect((e as ResodiffError).where.line).toBe(3);
			expect((e as ResodiffError).toLine()).toMatch(/^y\.txt:line 3: /);
		}
	});
});

describe('firstInvalidUtf8', () => {
	const cases: [label: string, input: Uint8Array, at: number][] = [
		['valid ASCII', utf8('abc'), -1],
		['valid CJK and astral', utf8('大𠀀'), -1],
		['overlong encoding', bytes(0xc0, 0x80), 0],
		['surrogate encoded', bytes(0xed, 0xa0, 0x80), 0],
		['truncated sequence at the end', bytes(0x61, 0xe5, 0xa4), 1],
		['stray continuation byte', bytes(0x61, 0x80), 1],
		['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0]
	];
	it.each(cases)('%s', (_label, input, at) => {
		expect(firstInvalidUtf8(input)).toBe(at);
	});
});
