/**
 * The CSV report: one record per aligned row, for a spreadsheet. RFC 4180: fields quoted when they hold
 * a comma, quote or line break, quotes doubled, records ended with CRLF; a UTF-8 byte order mark first,
 * without which Excel reads UTF-8 as the ANSI code page and shows Chinese as mojibake.
 *
 * A cell that begins with `=`, `+`, `-`, `@`, tab or carriage return is a formula to Excel, LibreOffice
 * and Google Sheets (CSV injection); such a cell is prefixed with an apostrophe, which spreadsheets show
 * as text and hide, as OWASP recommends. Use the JSON report where the exact text matters to a program.
 */
import type { Comparison } from '../types';
import { PHRASES, STATUS_NAMES } from './labels';
import { prepareReport, type ReportOptions } from './model';

/** Options of {@link renderCsv}. */
export interface CsvOptions extends ReportOptions {
	/** Start with a UTF-8 byte order mark (U+FEFF). Default true. */
	bom?: boolean;
}

/** Quotes one field as RFC 4180 asks, neutralising spreadsheet formulas. */
export function quoteCsvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Renders a comparison as CSV: status, routine, paragraphs, similarity, both texts and a change summary. */
export function renderCsv(cmp: Comparison, options: CsvOptions = {}): string {
	const model = prepareReport(cmp, options);
	const words = PHRASES[model.locale];
	const header: string[] = [
		words.row,
		words.status,
		words.routine,
		words.oldParagraph,
		words.newParagraph_,
		words.similarity,
		words.oldText,
		words.newText,
		words.changes
	];
	const records = [header];
	for (const row of model.rows) {
		records.push([
			String(row.index),
			STATUS_NAMES[row.status][model.locale],
			row.routine ? words.yes : words.no,
			row.oldLabel,
			row.newLabel,
			row.row.similarity.toFixed(3),
			row.oldText,
			row.newText,
			row.change
		]);
	}
	const body = records.map((fields) => fields.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
	return (options.bom === false ? '' : '\ufeff') + body;
}
