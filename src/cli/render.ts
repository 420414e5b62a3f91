/**
 * Turns results into the bytes of each output format; the renderers themselves live in the library. The
 * renderers of comparisons and series (and the diff reading they bring) are loaded by the commands that make
 * them: `parse` starts without them, and `parse --format json` without the text report's words as well.
 */
import type { Comparison, ResolutionDocument } from '../lib/core/types';
import type { SeriesTrace } from '../lib/core/series';
import { documentForJson, formatJson } from '../lib/core/report/json';
import type { ReportLocale } from '../lib/core/report/labels';

/** Options shared by the text formats. */
export interface OutputOptions {
	/** Show unchanged rows too (text format). */
	all?: boolean;
	/** ANSI colours (text format). */
	color?: boolean;
	/** series: a phrase to trace. */
	term?: string | null;
	/** The language of the report's own words; default the documents'. */
	locale?: ReportLocale | null;
}

/** Renders a comparison in one of `compare`'s formats. */
export async function renderComparison(
	cmp: Comparison,
	format: string,
	options: OutputOptions = {}
): Promise<string | Uint8Array> {
	const locale = options.locale ?? undefined;
	const { renderTextReport, renderHtml, renderMarkdown, renderCsv, renderJson } =
		await import('../lib/core/report/index');
	switch (format) {
		case 'json':
			return renderJson(cmp);
		case 'text':
			return renderTextReport(cmp, { all: options.all, color: options.color, locale });
		case 'html':
			return renderHtml(cmp, { locale });
		case 'md':
			return renderMarkdown(cmp, { locale });
		case 'csv':
			return renderCsv(cmp, { locale });
		// Word and PDF bring large libraries (docx, playwright-core): loaded only when asked for, so every
		// other command starts fast.
		case 'docx': {
			const { renderDocx } = await import('../lib/report/docx');
			return renderDocx(cmp, { locale });
		}
		case 'pdf': {
			const { renderPdfWithChromium } = await import('../lib/report/pdf-node');
			return renderPdfWithChromium(renderHtml(cmp, { locale }));
		}
		default:
			throw new Error(`no renderer for ${format}`);
	}
}

/** Renders one parsed document in one of `parse`'s formats. */
export async function renderDocument(
	doc: ResolutionDocument,
	format: string,
	locale?: ReportLocale | null
): Promise<string> {
	// document → paragraphs → a paragraph a line (see formatJson).
	if (format === 'json') return formatJson(documentForJson(doc), 2) + '\n';
	// The text report and its words in six languages (report/labels.ts) are loaded for it alone.
	const { renderDocumentText } = await import('../lib/core/report/document');
	return renderDocumentText(doc, locale ?? undefined);
}

/** Renders a series trace in one of `series`'s formats. */
export async function renderSeries(trace: SeriesTrace, format: string, options: OutputOptions = {}): Promise<string> {
	const { renderSeriesText, renderSeriesHtml, renderSeriesCsv, renderSeriesJson } =
		await import('../lib/core/report/series');
	const term = options.term ?? null;
	const locale = options.locale ?? null;
	switch (format) {
		// The JSON is the contract's: its words do not depend on --lang.
		case 'json':
			return renderSeriesJson(trace, { term });
		case 'text':
			return renderSeriesText(trace, { term, color: options.color, locale });
		case 'html':
			return renderSeriesHtml(trace, { term, locale });
		case 'csv':
			return renderSeriesCsv(trace, { locale });
		default:
			throw new Error(`no renderer for ${format}`);
	}
}
