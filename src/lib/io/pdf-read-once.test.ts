/**
 * Which reader reads a PDF, and how often: resodiff's own reader judges the files it reads through (a PDF
 * without a text layer is refused at once, pdfjs never loaded for it), and hands pdfjs the files it declines.
 * pdfjs's reading ({@link extractPdfText}) is watched through a spy that calls the real one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ResodiffError } from '../core/types';
import { extractPdfText, extractPdfTextDirect } from './pdf/index';
import { readPdfAhead, readPdfInNode } from './pdf-node';

vi.mock('./pdf/index', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./pdf/index')>();
	return { ...actual, extractPdfText: vi.fn(actual.extractPdfText) };
});

const path = (name: string) => fileURLToPath(new URL(`../../../tests/fixtures/pdf/${name}`, import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(path(name)));
const inflate = (data: Uint8Array, limit: number) => inflateSync(data, { maxOutputLength: limit });
const pdfjsReadings = vi.mocked(extractPdfText);

/** The error a reading throws, or null. */
const failure = (reading: Promise<unknown>) =>
	reading.then(
		() => null,
		(error: unknown) => error
	);

beforeEach(() => {
	pdfjsReadings.mockClear();
});

describe('a PDF without a text layer (scanned.pdf)', () => {
	const message = 'scan.pdf: the PDF has no text layer (a scanned image?); it needs OCR first';

	it('is refused by the direct reader itself, in one line', async () => {
		const error = await failure(extractPdfTextDirect(fixture('scanned.pdf'), { file: 'scan.pdf', inflate }));
		expect(error).toBeInstanceOf(ResodiffError);
		expect((error as ResodiffError).code).toBe('pdf-no-text');
		expect((error as ResodiffError).toLine()).toBe(message);
	});

	it('is read once: pdfjs never reads it', async () => {
		const error = await failure(readPdfInNode(fixture('scanned.pdf'), 'scan.pdf'));
		expect((error as ResodiffError).toLine()).toBe(message);
		expect(pdfjsReadings).not.toHaveBeenCalled();
	});

	it('read ahead, is refused under the name it is asked by, and pdfjs never reads it', async () => {
		readPdfAhead(path('scanned.pdf'));
		const error = await failure(readPdfInNode(fixture('scanned.pdf'), 'scan.pdf'));
		expect(error).toBeInstanceOf(ResodiffError);
		expect((error as ResodiffError).toLine()).toBe(message);
		expect(pdfjsReadings).not.toHaveBeenCalled();
	});
});

describe('a PDF the direct reader declines', () => {
	it('reads through pdfjs, once (a font on a predefined CMap)', async () => {
		expect(await extractPdfTextDirect(fixture('cmap-font.pdf'), { file: 'cmap-font.pdf', inflate })).toBeNull();
		const pdf = await readPdfInNode(fixture('cmap-font.pdf'), 'cmap-font.pdf');
		expect(pdf.text).toBe('大会，\n\n决心促进严格遵循《联合国宪章》所载宗旨和原则，\n');
		expect(pdfjsReadings).toHaveBeenCalledTimes(1);
	});

	it('is refused by pdfjs when pdfjs cannot read it either, once, also when read ahead (encrypted.pdf)', async () => {
		expect(await extractPdfTextDirect(fixture('encrypted.pdf'), { file: 'locked.pdf', inflate })).toBeNull();
		readPdfAhead(path('encrypted.pdf'));
		const error = await failure(readPdfInNode(fixture('encrypted.pdf'), 'locked.pdf'));
		expect(error).toBeInstanceOf(ResodiffError);
		expect(error).toMatchObject({ code: 'pdf-encrypted', where: { file: 'locked.pdf' } });
		expect(pdfjsReadings).toHaveBeenCalledTimes(1);
	});
});
