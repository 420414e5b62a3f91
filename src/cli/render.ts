/** Turns results into the bytes of each output format; the renderers themselves live in the library. */
import type { Comparison, ResolutionDocument } from '../lib/core/types';
import type { SeriesTrace } from '../lib/core/series';
import {
	renderTextReport,
	renderHtml,
	renderMarkdown,
	renderCsv,
	renderJson,
	formatJson
} from '../lib/core/report/index';
import { renderDocumentText } from '../lib/core/report/document';
import { renderSeriesText, renderSeriesHtml, renderSeriesCsv, renderSeriesJson } from '../lib/core/report/series';

/** Options shared by the text formats. */
export interface OutputOptions {
	/** Show unchanged rows too (text format). */
	all?: boolean;
	/** ANSI colours (text format). */
	color?: boolean;
	/** series: a phrase to trace. */
	term?: string | null;
}

/** Renders a comparison in one of `compare`'s formats. */
export async function renderComparison(
	cmp: Comparison,
	format: string,
	options: OutputOptions = {}
): Promise<string | Uint8Array> {
	switch (format) {
		case 'json':
			return renderJson(cmp);
		case 'text':
			return renderTextReport(cmp, { all: options.all, color: options.color });
		case 'html':
			return renderHtml(cmp);
		case 'md':
			return renderMarkdown(cmp);
		case 'csv':
			return renderCsv(cmp);
		// Word and PDF bring large libraries (docx, playwright-core): loaded only when asked for, so every
		// other command starts fast.
		case 'docx': {
			const { renderDocx } = await import('../lib/report/docx');
			return renderDocx(cmp);
		}
		case 'pdf': {
			const { renderPdfWithChromium } = await import('../lib/report/pdf-node');
			return renderPdfWithChromium(renderHtml(cmp));
		}
		default:
			throw new Error(`no renderer for ${format}`);
	}
}

/** Renders one parsed document in one of `parse`'s formats. */
export function renderDocument(doc: ResolutionDocument, format: string): string {
	// document → paragraphs → a paragraph a line (see formatJson).
	return format === 'json' ? formatJson(doc, 2) + '\n' : renderDocumentText(doc);
}

/** Renders a series trace in one of `series`'s formats. */
export function renderSeries(trace: SeriesTrace, format: string, options: OutputOptions = {}): string {
	switch (format) {
		case 'json':
			return renderSeriesJson(trace, { term: options.term ?? null });
		case 'text':
			return renderSeriesText(trace, { term: options.term ?? null, color: options.color });
		case 'html':
			return renderSeriesHtml(trace, { term: options.term ?? null });
		case 'csv':
			return renderSeriesCsv(trace);
		default:
			throw new Error(`no renderer for ${format}`);
	}
}
