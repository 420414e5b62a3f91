/**
 * One Word draft compared with its own tracked changes: its text before them and after them, read as
 * two documents. Apart from read.ts so that reading ordinary files never loads the Word readers.
 */
import { ResodiffError, type ResolutionDocument } from '../core/types';
import { MAX_INPUT_BYTES, tooLarge, wordDocument, type DocumentInput, type ReadOptions } from './read';
import { readWordText, textOfView } from './word/index';
import { isWordFile } from './word/sniff';

/** Both versions of a Word file with tracked changes, each read as `readDocument` reads a document. */
export interface RevisionPair {
	original: ResolutionDocument;
	accepted: ResolutionDocument;
}

/**
 * Reads a Word file with tracked changes into its two versions, to compare its original text with its
 * revised one. Throws a `no-revisions` {@link ResodiffError} for a file with none (or not a Word file).
 */
export function readRevisionPair(input: DocumentInput, options: Pick<ReadOptions, 'maxBytes'> = {}): RevisionPair {
	const { bytes, name } = input;
	const limit = options.maxBytes ?? MAX_INPUT_BYTES;
	if (bytes.length > limit) throw tooLarge(bytes.length, limit, name);
	if (bytes.length === 0) throw new ResodiffError('empty', 'the file is empty', { file: name });
	if (!isWordFile(bytes, name)) {
		throw new ResodiffError(
			'no-revisions',
			'only a Word file can be compared on its own (with its tracked changes); give two files',
			{ file: name }
		);
	}
	const word = readWordText(bytes, { file: name });
	if (!word.revisions) {
		throw new ResodiffError('no-revisions', 'the Word file has no tracked changes to compare; give two files', {
			file: name
		});
	}
	return {
		original: wordDocument(word, textOfView, name, 'original'),
		accepted: wordDocument(word, textOfView, name, 'accepted')
	};
}
