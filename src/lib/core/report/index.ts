/**
 * The report formats of a comparison — text, HTML, Markdown, CSV and JSON — pure functions from a
 * comparison to a string, for the CLI and the browser alike. The Word exporter, which needs the
 * `docx` package, is in src/lib/report/docx.ts.
 */
export { renderTextReport, type TextReportOptions } from './text';
export { renderHtml, escapeHtml, type HtmlOptions } from './html';
export { renderMarkdown, escapeMarkdown, type MarkdownOptions } from './markdown';
export { renderCsv, quoteCsvField, type CsvOptions } from './csv';
export { renderJson, formatJson, orderComparison, type JsonOptions } from './json';
export { prepareReport, type ReportModel, type ReportRow, type ReportOptions } from './model';
export {
	readRow,
	readSide,
	inlinePieces,
	type RowReading,
	type RowEvent,
	type SidePlace,
	type SideToken,
	type ReportPiece
} from './reading';
export * from './labels';
