/** The one line a word-processor file is refused with, for the readers' tests; fails when it is read. */
import { expect } from 'vitest';
import { ResodiffError } from '../core/index';
import { readWordText } from '../io/word/index';

export function wordRefusal(bytes: Uint8Array, name: string): string {
	try {
		readWordText(bytes, { file: name });
	} catch (error) {
		expect(error).toBeInstanceOf(ResodiffError);
		return (error as ResodiffError).toLine();
	}
	throw new Error(`${name} was read, not refused`);
}
