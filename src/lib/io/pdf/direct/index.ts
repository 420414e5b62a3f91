/**
 * resodiff's own text-only PDF reader: the common case read without pdfjs. It reads the PDFs that Microsoft
 * Word and LibreOffice write (cross-reference tables and streams, object streams, Flate with PNG predictors,
 * Identity-H composite fonts and simple TrueType fonts, forms, ExtGStates) into the operator lists pdfjs would
 * give for them (content.ts, fonts.ts), so that the glyph reader (glyphs.ts) reads them unchanged and the text
 * is pdfjs's to the character. Anything else it declines with {@link Unsupported} and pdfjs reads the file.
 *
 * It reads what pdfjs reads: the bytes with the font programs text needs no more hidden (text-only.ts); a font
 * whose program pdfjs would still read is declined. Environment-neutral: inflating is the caller's.
 */
import type { PdfjsDocument, PdfjsOperatorList, PdfjsOps, PdfjsPage } from '../pdfjs';
import { textOnly } from '../text-only';
import { ContentReader } from './content';
import { PdfFile } from './file';
import type { Inflate } from './filters';
import { FontLoader } from './fonts';
import { OPS } from './oplist';

export { Unsupported } from './syntax';
export { inflateWithStreams, type Inflate } from './filters';

/** The operator codes the direct reader's lists use: pdfjs's own. */
export const DIRECT_OPS: PdfjsOps = OPS;

/**
 * Opens a PDF for the direct reader: its structure read, its pages found. Throws {@link Unsupported} for a
 * file it does not read; pages are read one by one through the returned document, as pdfjs's are.
 */
export async function openDirect(bytes: Uint8Array, inflate: Inflate): Promise<PdfjsDocument> {
	const file = await PdfFile.open(textOnly(bytes), inflate);
	const pages = file.pages();
	const fonts = new FontLoader(file);
	const content = new ContentReader(file, fonts);
	const commonObjs = {
		has: () => true,
		get: (id: string) => fonts.loaded(id).facts
	};
	return {
		numPages: pages.length,
		async getPage(n: number): Promise<PdfjsPage> {
			const info = pages[n - 1];
			let list: PdfjsOperatorList | null = null;
			return {
				view: info.view,
				async getOperatorList() {
					list ??= await content.page(info.dict.get('Contents'), info.resources);
					return list;
				},
				commonObjs,
				cleanup: () => undefined
			};
		}
	};
}
