/** The reports' fixed phrases in English. */
import type { Phrases } from '../phrases';
import { STATUS_NAMES } from '../names';

/** An ordinal number: 1st, 2nd, 3rd, 11th, 57th. */
function ordinal(n: number): string {
	const tens = n % 100;
	const suffix =
		tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

export const en: Phrases = {
	routine: 'routine',
	routineLong: 'routine update (dates, document symbols, session and meeting numbers only)',
	old: 'Old',
	new: 'New',
	oldVersion: 'old text',
	newVersion: 'new text',
	symbol: 'Symbol',
	date: 'Date',
	title: 'Title',
	source: 'Source',
	session: 'Session',
	paragraph: 'Paragraph',
	status: 'Status',
	similarity: 'Similarity',
	changes: 'Changes',
	deleted: 'deleted',
	inserted: 'inserted',
	warning: 'Warning',
	warnings: 'Warnings',
	legend: 'Marks',
	footnotes: 'Footnotes',
	footnoteShort: 'note',
	unchangedRows: 'Unchanged paragraphs',
	onlyChanges: 'Show changed paragraphs only',
	showAllHint: ' (use the all option to show them in full)',
	reportTitle: 'Comparison of resolution texts',
	empty: 'No paragraphs to compare.',
	newParagraph: 'new paragraph',
	deletedParagraph: 'paragraph deleted',
	movedOnly: 'moved, text unchanged',
	noTextChange: 'no change in the text',
	movedCaption: 'Moved',
	movedFrom: 'moved from',
	movedTo: 'moved to',
	was: 'was',
	yes: 'yes',
	no: 'no',
	row: 'Row',
	oldParagraph: 'Old paragraph',
	newParagraph_: 'New paragraph',
	oldText: 'Old text',
	newText: 'New text',
	unknown: 'unknown',
	trackedNote:
		'The body shows every change from the old text to the new one as tracked changes: Accept All gives the new text, Reject All the old.',
	more: (n) => ` … ${n} changes in all`,
	rows: (total, statuses) => `${total} rows: ${statuses}`,
	statusCount: (status, n) => `${n} ${STATUS_NAMES[status].en}`,
	routineCount: (routine, changed) =>
		`${routine} of the ${changed} changed rows are routine updates only (dates, document symbols, session and meeting numbers)`,
	formerly: (label) => `old ${label}`,
	wasLabel: (newLabel, oldLabel) => `${newLabel} (was ${oldLabel})`,
	quote: (text) => `“${text}”`,
	added: (quoted) => `added ${quoted}`,
	removed: (quoted) => `removed ${quoted}`,
	editSeparator: '; ',
	fullStop: '.',
	series: {
		title: 'Series comparison',
		count: (versions, lines) =>
			`${versions} ${versions === 1 ? 'version' : 'versions'}, ${lines} paragraph ${lines === 1 ? 'line' : 'lines'}`,
		session: (n) => `${ordinal(n)} session`,
		firstVersion: 'first version',
		substantive: 'substantive',
		absent: 'not in that version',
		changesByVersion: 'Changes in each version',
		paragraphLines: 'Paragraph lines',
		line: 'Line',
		text: 'Text',
		termNowhere: 'in no version',
		termSpan: (first, last) => `first in ${first}, last in ${last}`,
		occurrences: (n) => `${n} ${n === 1 ? 'occurrence' : 'occurrences'}`
	}
};
