/**
 * resodiff's own text-only PDF reader: the common case read without pdfjs. It reads the PDFs that Microsoft
 * Word and LibreOffice write (cross-reference tables and streams, object streams, Flate with PNG predictors,
 * Identity-H composite fonts and simple TrueType fonts, forms, ExtGStates) straight into the glyph reader
 * (glyphs.ts), operator by operator as pdfjs's operator lists would give them (content.ts, fonts.ts), so that
 * the glyphs are pdfjs's to the character with no operator list built. Anything else it declines with
 * {@link Unsupported} and pdfjs reads the file.
 *
 * It reads what pdfjs reads: the bytes with the font programs text needs no more hidden (text-only.ts); a font
 * whose program pdfjs would still read is declined. Environment-neutral: inflating is the caller's.
 */
import { FontTable, GlyphReader, type GlyphDocument } from '../glyphs';
import { textOnly } from '../text-only';
import { ContentReader } from './content';
import { PdfFile } from './file';
import type { Inflate } from './filters';
import { FontLoader } from './fonts';

export { Unsupported } from './syntax';
export { inflateWithStreams, type Inflate } from './filters';

/**
 * Opens a PDF for the direct reader: its structure read, its pages found. Throws {@link Unsupported} for a
 * file it does not read; pages are read one by one through the returned document, as pdfjs's are.
 */
export async function openDirect(bytes: Uint8Array, inflate: Inflate): Promise<GlyphDocument> {
	const file = await PdfFile.open(textOnly(bytes), inflate);
	const pages = file.pages();
	const fonts = new FontLoader(file);
	const content = new ContentReader(file, fonts);
	// The fonts' objects as the glyph reader asks pdfjs's `commonObjs` for them: each loaded before its use.
	const fontObjects = {
		has: () => true,
		get: (id: string) => fonts.loaded(id).facts
	};
	return {
		numPages: pages.length,
		async readPage(n: number) {
			const info = pages[n - 1];
			const reader = new GlyphReader(new FontTable(fontObjects), info.view);
			await content.page(info.dict.get('Contents'), info.resources, reader);
			return reader.page(n);
		}
	};
}
