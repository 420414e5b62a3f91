/**
 * Everything `library add` computes of one file before it is written to the database: its bytes'
 * hash, the document the reader makes of it, each paragraph's keys and citation label, and the
 * document's features. Kept apart from the database so that this work, which is most of the cost of
 * indexing, can run in worker threads (src/cli/library-pool.ts) while the main thread writes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
// Each from its own module, not the core's or the library's index: the library commands load this
// module, and a search of a library whose files are unchanged reads no document.
import { labelParagraphs } from '../core/report/labels';
import { ResodiffError, type ResolutionDocument } from '../core/types';
import { digestKey, encodeRanges, matchKeysAndRanges } from '../library/keys';
import { documentFeatures, type DocumentFeatures } from '../library/features';
import { citationLocale } from '../library/memory';

/** Reads a file's bytes into a document: the CLI's reader (text, Markdown, PDF). */
export type DocumentReader = (bytes: Uint8Array, name: string) => Promise<ResolutionDocument>;

/** A file read and prepared for the database. */
export interface PreparedFile {
	state: 'prepared';
	hash: string;
	document: ResolutionDocument;
	/**
	 * Per paragraph, in order: typographic key, routine key, routine ranges (keys.ts `encodeRanges`),
	 * digest of the typographic key, label.
	 */
	paragraphs: { fold: string; routine: string; ranges: string; digest: string; label: string | null }[];
	features: DocumentFeatures;
}

/** What preparing a file gave: the prepared file, or that its bytes are as before, or why it failed. */
export type PrepareOutcome = PreparedFile | { state: 'unchanged'; hash: string } | { state: 'failed'; reason: string };

/** Prepares one file from its path; `oldHash` is the hash the library holds for it, if any. */
export type Preparer = (path: string, oldHash: string | null) => Promise<PrepareOutcome>;

/** The SHA-256 of some bytes, hexadecimal. */
export function contentHash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Reads and prepares one file (never throws: a failure is an outcome). */
export async function prepareFile(path: string, oldHash: string | null, read: DocumentReader): Promise<PrepareOutcome> {
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(readFileSync(path));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { state: 'failed', reason: code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})` };
	}
	const hash = contentHash(bytes);
	if (hash === oldHash) return { state: 'unchanged', hash };
	try {
		return prepareDocument(await read(bytes, path), hash);
	} catch (error) {
		const reason =
			error instanceof ResodiffError
				? error.message
				: error instanceof Error
					? error.message.split('\n')[0]
					: String(error);
		return { state: 'failed', reason };
	}
}

/**
 * Keys of paragraph texts met lately, by a digest of the text: a library of recurring resolutions
 * holds most paragraphs many times over (each version re-adopts most of last year's wording), and the
 * routine grammar is most of the cost of keying a paragraph. Bounded: emptied when it reaches
 * {@link KEY_CACHE_SIZE} texts, which keeps it under about 30 MB per thread.
 */
const keyCache = new Map<string, ParagraphKeys>();

/** Texts whose keys are kept ({@link keyCache}): some 500 documents of 50 paragraphs. */
const KEY_CACHE_SIZE = 25_000;

/** What is stored of one paragraph text: its keys, its routine ranges and the digest of its typographic key. */
type ParagraphKeys = { fold: string; routine: string; ranges: string; digest: string };

/** The keys of one paragraph text, from the cache when it was met lately. */
function paragraphKeys(text: string): ParagraphKeys {
	const id = digestKey(text) + text.length.toString(36);
	let keys = keyCache.get(id);
	if (!keys) {
		const { keys: k, ranges } = matchKeysAndRanges(text);
		keys = { fold: k.fold, routine: k.routine, ranges: encodeRanges(ranges), digest: digestKey(k.fold) };
		if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
		keyCache.set(id, keys);
	}
	return keys;
}

/** The keys, labels and features of a parsed document. */
export function prepareDocument(document: ResolutionDocument, hash: string): PreparedFile {
	const labels = labelParagraphs(document, citationLocale(document.meta.language));
	const paragraphs = document.paragraphs.map((p) => ({ ...paragraphKeys(p.text), label: labels.get(p.id) ?? null }));
	const features = documentFeatures(
		document,
		paragraphs.map((p) => p.routine)
	);
	return { state: 'prepared', hash, document, paragraphs, features };
}

/** A preparer that works in this thread. */
export function preparerInThread(read: DocumentReader): Preparer {
	return (path, oldHash) => prepareFile(path, oldHash, read);
}
