/**
 * The compare page's export formats: which renderer makes each one, its MIME type, and the file name,
 * built from both documents' symbols so that a folder of reports sorts by the pair. Everything here is
 * pure: the comparison in memory goes in, a file's contents come out; nothing leaves the browser.
 */
import { renderCsv, renderHtml, renderJson, renderMarkdown } from '../../core/report/index';
import { ResodiffError, type Comparison, type ResolutionDocument } from '../../core/types';

/** A format offered by the Export menu. */
export type ExportFormat = 'docx' | 'html' | 'pdf' | 'md' | 'csv' | 'json';

/** What the file is, for one format (the menu's words for it are the interface's: i18n `exporting.formats`). */
export interface ExportFormatInfo {
	format: ExportFormat;
	/** File name extension, without the dot. */
	extension: string;
	/** MIME type of the file; for `pdf`, of the HTML page handed to the browser's print. */
	mime: string;
}

/** The formats in menu order: Word first, since delegates redline in Word. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
	{
		format: 'docx',
		extension: 'docx',
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	},
	{ format: 'html', extension: 'html', mime: 'text/html;charset=utf-8' },
	{ format: 'pdf', extension: 'pdf', mime: 'text/html;charset=utf-8' },
	{ format: 'md', extension: 'md', mime: 'text/markdown;charset=utf-8' },
	{ format: 'csv', extension: 'csv', mime: 'text/csv;charset=utf-8' },
	{ format: 'json', extension: 'json', mime: 'application/json' }
];

/** Longest part of a file name taken from one document, in characters; paths have limits. */
const MAX_PART = 60;

/** Looks up a format's particulars. */
export function describeFormat(format: ExportFormat): ExportFormatInfo {
	const info = EXPORT_FORMATS.find((f) => f.format === format);
	if (!info) throw new ResodiffError('internal', `unknown export format ${String(format)}`);
	return info;
}

/**
 * One document's part of a file name: its symbol with `/` as `-` (`A/RES/76/40` → `A-RES-76-40`), or,
 * for a file without a symbol, its name without the extension. Characters that no file system takes
 * (`/ \ : * ? " < > |`, controls) and white space become `-`; Chinese stays as it is.
 */
export function nameFilePart(doc: ResolutionDocument, fallback: string): string {
	const raw = doc.meta.symbol ?? doc.meta.source.replace(/\.[A-Za-z0-9]{1,5}$/, '');
	const part = raw
		.replace(/[\\/:*?"<>|\u0000-\u001f\u007f\s]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
	return Array.from(part).slice(0, MAX_PART).join('') || fallback;
}

/** The file name of a comparison's report: `A-RES-67-38_A-RES-76-40.docx`. */
export function nameExportFile(cmp: Comparison, format: ExportFormat): string {
	const stem = `${nameFilePart(cmp.old, 'old')}_${nameFilePart(cmp.new, 'new')}`;
	return `${stem}.${describeFormat(format).extension}`;
}

/** A rendered export: the bytes or text of the file, its name and its type. */
export interface ExportFile {
	name: string;
	mime: string;
	content: string | Uint8Array;
}

/** Options of {@link renderExport}. */
export interface ExportOptions {
	/**
	 * Loads the Word renderer. Default: a dynamic import of src/lib/report/docx, so that the page
	 * fetches the `docx` package (hundreds of kB) only when someone asks for Word.
	 */
	loadDocx?: () => Promise<{ renderDocx: (cmp: Comparison) => Promise<Uint8Array> }>;
}

/** Renders a comparison in one format. For `pdf` it is the HTML report, which the browser prints. */
export async function renderExport(
	cmp: Comparison,
	format: ExportFormat,
	options: ExportOptions = {}
): Promise<ExportFile> {
	const info = describeFormat(format);
	const name = nameExportFile(cmp, format);
	const file = (content: string | Uint8Array): ExportFile => ({ name, mime: info.mime, content });
	switch (format) {
		case 'docx': {
			const { renderDocx } = await (options.loadDocx ?? (() => import('../../report/docx')))();
			return file(await renderDocx(cmp));
		}
		case 'html':
		case 'pdf':
			return file(renderHtml(cmp));
		case 'md':
			return file(renderMarkdown(cmp));
		case 'csv':
			return file(renderCsv(cmp));
		case 'json':
			return file(renderJson(cmp));
	}
}
