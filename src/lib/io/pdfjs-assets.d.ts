/** Where the app serves pdfjs's CMaps and standard fonts (scripts/vite-plugin-pdfjs-assets.js). */
declare module 'virtual:pdfjs-assets' {
	/** Absolute URL of the CMaps folder, ending in `/`. */
	export const cMapUrl: string;
	/** Absolute URL of the standard fonts folder, ending in `/`. */
	export const standardFontDataUrl: string;
}
