import { describe, expect, it } from 'vitest';
import { ResodiffError } from './core/types';
import { describeError, reviveError } from './ui-errors';
import { errorFields } from './workers/protocol';

describe('describeError', () => {
	const encrypted = new ResodiffError('pdf-encrypted', 'the PDF is encrypted', { file: 'A-RES-76-40.pdf' });
	it.each([
		{ label: 'a ResodiffError: its one line', input: encrypted, expected: 'A-RES-76-40.pdf: the PDF is encrypted' },
		{
			label: 'a ResodiffError with a line number',
			input: new ResodiffError('encoding', 'not valid UTF-8', { file: 'a.txt', line: 3 }),
			expected: 'a.txt:line 3: not valid UTF-8'
		},
		{
			label: 'a ResodiffError after postMessage (fields only)',
			input: errorFields(encrypted),
			expected: 'A-RES-76-40.pdf: the PDF is encrypted'
		},
		{ label: 'a string', input: 'no such file', expected: 'no such file' },
		{ label: 'nothing useful', input: undefined, expected: '发生了未知错误。Something went wrong.' },
		{ label: 'an empty string', input: '  ', expected: '发生了未知错误。Something went wrong.' }
	])('$label', ({ input, expected }) => {
		expect(describeError(input)).toBe(expected);
	});

	it('an ordinary Error: its first line only, never a stack', () => {
		const e = new TypeError('x is undefined\n    at foo (bar.js:1:2)');
		const line = describeError(e);
		expect(line).toBe('意外错误 Unexpected error: x is undefined');
		expect(line).not.toContain('bar.js');
	});

	it('a chunk that failed to load asks for a reload', () => {
		expect(describeError(new TypeError('Failed to fetch dynamically imported module: /x.js'))).toMatch(/刷新/);
	});

	it('several files that cannot be read: one line each, also after postMessage', () => {
		const both = ResodiffError.together([
			new ResodiffError('empty', 'the file is empty', { file: 'old.txt' }),
			new ResodiffError('pdf-broken', 'the PDF is damaged or truncated and cannot be read', { file: 'new.pdf' })
		]);
		const expected = 'old.txt: the file is empty\nnew.pdf: the PDF is damaged or truncated and cannot be read';
		expect(describeError(both)).toBe(expected);
		expect(describeError(structuredClone(errorFields(both)))).toBe(expected);
	});

	it('a corpus symbol is named once', () => {
		const missing = new ResodiffError('not-found', 'is not in the corpus', { file: 'A/RES/99/1' });
		expect(describeError(errorFields(missing))).toBe('A/RES/99/1 is not in the corpus');
	});

	it('a very long message is shortened', () => {
		expect(describeError(new Error('x'.repeat(2000))).length).toBeLessThanOrEqual(400);
	});
});

describe('reviveError', () => {
	it('restores the class, code and place', () => {
		const revived = reviveError(errorFields(new ResodiffError('binary', 'binary data', { file: 'x.bin' })));
		expect(revived).toBeInstanceOf(ResodiffError);
		expect(revived?.code).toBe('binary');
		expect(revived?.where).toEqual({ file: 'x.bin' });
	});
	it('leaves other errors alone', () => {
		expect(reviveError(new Error('x'))).toBeNull();
		expect(reviveError({ name: 'ResodiffError' })).toBeNull();
	});
});
