import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ResodiffError } from '../core/types';
import { readPdfInNode } from './pdf-node';
import { detectKind, readDocument, type ReadOptions } from './read';
import { readAll } from './read-all';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/pdf/${name}`, import.meta.url)));
const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../../../corpus/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const withPdf: ReadOptions = { readPdf: readPdfInNode };

async function failure(promise: Promise<unknown>): Promise<ResodiffError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(ResodiffError);
		return error as ResodiffError;
	}
	throw new Error('expected a ResodiffError');
}

describe('detectKind: the bytes first, then the name', () => {
	it.each([
		['a PDF by its header', fixture('A-RES-67-38.pdf'), 'A-RES-67-38.pdf', 'pdf'],
		['a PDF with another name', fixture('A-RES-67-38.pdf'), 'download', 'pdf'],
		['a PDF named .txt', fixture('A-RES-67-38.pdf'), 'resolution.txt', 'pdf'],
		['a header after a little junk', utf8('\n\n%PDF-1.7\n'), 'x', 'pdf'],
		['no header, named .pdf', new Uint8Array(64), 'broken.PDF', 'pdf'],
		['text', utf8('大会，'), 'A-RES-76-40.zh.txt', 'text'],
		['text without a name', utf8('大会，'), '', 'text'],
		['a ZIP goes to the word-processor readers, which say what it holds', utf8('PK\u0003\u0004'), 'a.zip', 'word']
	])('%s', (_label, bytes, name, kind) => {
		expect(detectKind(bytes, name)).toBe(kind);
	});
});

describe('readDocument: what each bad input is told', () => {
	it('a PDF pdfjs cannot open is a broken PDF, never a text-encoding problem', async () => {
		const error = await failure(readDocument({ bytes: fixture('truncated.pdf'), name: 'truncated.pdf' }, withPdf));
		expect(error.code).toBe('pdf-broken');
		expect(error.toLine()).toMatch(/^truncated\.pdf: the PDF is damaged or truncated/);
	});

	it('a .pdf that lost its header is a broken PDF too', async () => {
		const bytes = fixture('A-RES-67-38.pdf').slice(0, 4000);
		bytes.fill(0, 0, 16);
		const error = await failure(readDocument({ bytes, name: 'cut.pdf' }, withPdf));
		expect(error.code).toBe('pdf-broken');
		expect(error.toLine()).toBe(
			'cut.pdf: not a PDF: it has no PDF header (damaged, or another kind of file named .pdf); get the PDF again'
		);
	});

	it('a PDF where PDFs cannot be read says so', async () => {
		const error = await failure(readDocument({ bytes: fixture('A-RES-67-38.pdf'), name: 'x.pdf' }));
		expect(error.code).toBe('usage');
	});

	it('an empty file', async () => {
		expect((await failure(readDocument({ bytes: new Uint8Array(), name: 'e.txt' }))).toLine()).toBe(
			'e.txt: the file is empty'
		);
	});
});

describe('readAll: every input read before any failure is told', () => {
	const read = (name: string, bytes: Uint8Array) => readDocument({ bytes, name }, withPdf);

	it('hands back the documents in order', async () => {
		const docs = await readAll([
			read('a.txt', corpus('A-RES-67-38.zh.txt')),
			read('b.txt', corpus('A-RES-76-40.zh.txt'))
		]);
		expect(docs.map((d) => d.meta.symbol)).toEqual(['A/RES/67/38', 'A/RES/76/40']);
	});

	it('one bad input: its own error', async () => {
		const error = await failure(
			readAll([read('a.txt', corpus('A-RES-67-38.zh.txt')), read('b.txt', new Uint8Array())])
		);
		expect(error.lines()).toEqual(['b.txt: the file is empty']);
	});

	it('two bad inputs: both, one line each, in the order given', async () => {
		const error = await failure(
			readAll([read('truncated.pdf', fixture('truncated.pdf')), read('b.txt', new Uint8Array())])
		);
		expect(error.code).toBe('pdf-broken');
		const lines = error.lines();
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^truncated\.pdf: the PDF is damaged/);
		expect(lines[1]).toBe('b.txt: the file is empty');
	});

	it('an error that is not ours is thrown as it is', async () => {
		const bug = new TypeError('x is undefined');
		await expect(readAll([Promise.reject(bug), read('b.txt', new Uint8Array())])).rejects.toBe(bug);
	});
});

describe('ResodiffError lines', () => {
	it.each([
		[
			'a reason after its subject',
			new ResodiffError('empty', 'the file is empty', { file: 'a.txt' }),
			'a.txt: the file is empty'
		],
		[
			'a reason that reads on from its subject',
			new ResodiffError('not-found', 'is not in the corpus', { file: 'A/RES/99/1' }),
			'A/RES/99/1 is not in the corpus'
		],
		['no subject', new ResodiffError('usage', 'the phrase to find is empty'), 'the phrase to find is empty'],
		[
			'a line number',
			new ResodiffError('encoding', 'not valid UTF-8', { file: 'a.txt', line: 3 }),
			'a.txt:line 3: not valid UTF-8'
		]
	])('%s', (_label, error, line) => {
		expect(error.toLine()).toBe(line);
		expect(error.lines()).toEqual([line]);
	});

	it('together: one error stands alone; several keep their order', () => {
		const a = new ResodiffError('empty', 'the file is empty', { file: 'a.txt' });
		const b = new ResodiffError('not-found', 'is not in the corpus', { file: 'A/RES/99/1' });
		expect(ResodiffError.together([a])).toBe(a);
		const both = ResodiffError.together([a, b]);
		expect(both.code).toBe('empty');
		expect(both.lines()).toEqual(['a.txt: the file is empty', 'A/RES/99/1 is not in the corpus']);
		expect(() => ResodiffError.together([])).toThrow(RangeError);
	});
});
