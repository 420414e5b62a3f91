/**
 * The page furniture of a line-based text, for the splitters: the lines un-patterns.ts reads as furniture
 * (symbol, job number, date stamps, barcode, page numbers, alone or glued together) and the running headers
 * found in this text (running-header.ts). The same rules serve the PDF reader, which knows these lines by
 * their place on the page as well.
 */
import type { DraftingConventions } from '../drafting';
import { isFurnitureLine } from '../un-patterns';
import { findRunningHeaders } from './running-header';

/** Which lines of a text are page furniture. */
export interface PageLines {
	/** Whether the trimmed line at 0-based `index` is page furniture or a running header. */
	isFurniture(trimmed: string, index: number): boolean;
}

/**
 * The page furniture of a text. `pageNumbers`: whether a page number alone ("2/10") counts, as it does in
 * text extracted from a PDF; in other text "1/2" alone may be text.
 */
export function readPageLines(text: string, conv: DraftingConventions, pageNumbers: boolean): PageLines {
	const headers = findRunningHeaders(text, conv);
	return {
		isFurniture: (trimmed, index) => isFurnitureLine(trimmed, pageNumbers) || headers.has(index)
	};
}
