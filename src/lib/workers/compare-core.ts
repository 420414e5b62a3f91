/**
 * The work itself, the same wherever it runs (the worker, or the page when workers are
 * unavailable): read both documents (text, Word, or PDF through pdfjs), then align and diff; or read
 * one Word draft's two versions (before and after its tracked changes) and compare those.
 */
import { compareDocuments } from '../core/index';
import type { Comparison, ResolutionDocument } from '../core/types';
import { readDocument, type DocumentInput } from '../io/read';
import { readAll } from '../io/read-all';

/** Reads a PDF through pdfjs, loaded on the first PDF only (it is the largest chunk of the app). */
async function readPdf(bytes: Uint8Array, name: string) {
	const { readPdfInBrowser } = await import('../io/pdf-browser');
	return readPdfInBrowser(bytes, name);
}

/** Reads one document from its bytes. */
export function readSide(input: DocumentInput): Promise<ResolutionDocument> {
	return readDocument(input, { readPdf });
}

/**
 * One side of a comparison: a document's bytes, or a document already read (the reader's text the page
 * read to find what it continues, a library document the local server sent as the parser made it).
 */
export type SideInput = DocumentInput | { document: ResolutionDocument };

/** What to compare: two documents, or one Word draft with its own tracked changes. */
export type CompareInputs = { old: SideInput; new: SideInput } | { draft: DocumentInput };

/** A side as a document: read from its bytes, or as it came. */
function sideDocument(input: SideInput): Promise<ResolutionDocument> {
	return 'document' in input ? Promise.resolve(input.document) : readSide(input);
}

/**
 * Reads both documents (or a draft's two versions) and compares them; when neither of two documents can be
 * read, the error names both.
 */
export async function compareSides(input: CompareInputs): Promise<Comparison> {
	if ('draft' in input) {
		// The Word readers are loaded for a Word draft only.
		const { readRevisionPair } = await import('../io/revisions');
		const pair = readRevisionPair(input.draft);
		return compareDocuments(pair.original, pair.accepted);
	}
	const [oldDoc, newDoc] = await readAll([sideDocument(input.old), sideDocument(input.new)]);
	return compareDocuments(oldDoc, newDoc);
}

/**
 * Two short versions of a resolution, for {@link warmUp}: Chinese, with a reworded paragraph, routine
 * date, symbol, session and meeting changes, and numbered operative paragraphs.
 */
const WARM_UP = {
	old: '促进多边主义\n\n大会，\n\n回顾其2012年12月3日第67/38号决议，\n\n深信多边主义至关重要，\n\n1. 重申多边主义是核心原则；\n\n2. 请秘书长向大会第六十八届会议提出报告。\n\n2012年12月3日\n第48次全体会议\n',
	new: '促进多边主义\n\n大会，\n\n回顾其2021年12月6日第76/40号决议，\n\n深信多边主义比以往任何时候都更加重要，\n\n1. 重申多边主义是核心原则；\n\n2. 促请秘书长向大会第七十七届会议提交报告。\n\n2021年12月6日\n第45次全体会议\n'
};

/**
 * Compares two short texts through the very code a comparison runs, and throws the result away. Run by
 * a worker as it starts, while the page is still fetching the documents: the engine compiles the code
 * and ICU loads its Chinese dictionary then, not during the reader's comparison (a first comparison
 * takes about twice as long without it). Never fails: a warm-up that went wrong costs nothing.
 */
export async function warmUp(): Promise<void> {
	const encode = (text: string) => new TextEncoder().encode(text);
	try {
		await compareSides({
			old: { bytes: encode(WARM_UP.old), name: 'old' },
			new: { bytes: encode(WARM_UP.new), name: 'new' }
		});
	} catch {
		// Only a warm-up.
	}
}
