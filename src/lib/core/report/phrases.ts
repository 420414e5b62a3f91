/**
 * The fixed phrases of the reports, one module a language (./phrases/*.ts), gathered here under one
 * interface so that a phrase missing in one language is a type error.
 */
import type { RowStatus } from '../types';
import type { ReportLocale } from './locale';
import { zh } from './phrases/zh';
import { en } from './phrases/en';
import { fr } from './phrases/fr';
import { es } from './phrases/es';
import { ru } from './phrases/ru';
import { ar } from './phrases/ar';

/** The fixed phrases of the reports in one locale, and the few sentences built around numbers. */
export interface Phrases {
	routine: string;
	routineLong: string;
	old: string;
	new: string;
	oldVersion: string;
	newVersion: string;
	symbol: string;
	date: string;
	title: string;
	source: string;
	session: string;
	paragraph: string;
	status: string;
	similarity: string;
	changes: string;
	deleted: string;
	inserted: string;
	warning: string;
	warnings: string;
	legend: string;
	footnotes: string;
	/** A footnote mark cited by a paragraph, in the parsed document's listing: "[注 4]", "[note 4]". */
	footnoteShort: string;
	unchangedRows: string;
	onlyChanges: string;
	showAllHint: string;
	reportTitle: string;
	empty: string;
	newParagraph: string;
	deletedParagraph: string;
	movedOnly: string;
	noTextChange: string;
	/** The caption of a Word comment on a moved paragraph: "Moved". */
	movedCaption: string;
	movedFrom: string;
	movedTo: string;
	was: string;
	yes: string;
	no: string;
	row: string;
	oldParagraph: string;
	newParagraph_: string;
	oldText: string;
	newText: string;
	unknown: string;
	trackedNote: string;
	/** After the edits a change summary names: "… 7 changes in all". */
	more: (n: number) => string;
	/** The whole-comparison count: "24 rows: " before the statuses. */
	rows: (total: number, statuses: string) => string;
	/** One status and its count: "16 modified", "修改 16 段". */
	statusCount: (status: RowStatus, n: number) => string;
	/** How many changed rows are routine only. */
	routineCount: (routine: number, changed: number) => string;
	/** A deleted row's label, the old paragraph's: "old PP 4", "原序言 4". */
	formerly: (label: string) => string;
	/** A row whose paragraph was labelled otherwise in the old version: "OP 5 (was OP 4)". */
	wasLabel: (newLabel: string, oldLabel: string) => string;
	/** Quote a stretch of document text in a change summary. */
	quote: (text: string) => string;
	/** An insertion and a deletion in a change summary. */
	added: (quoted: string) => string;
	removed: (quoted: string) => string;
	/** Between two edits of a change summary, and at the end of a sentence. */
	editSeparator: string;
	fullStop: string;
	/** The words of the series reports. */
	series: SeriesPhrases;
}

/**
 * The words of the series reports (`resodiff series`): the versions, each one's changes against the one
 * before, and a grid of paragraph lines (a paragraph followed from version to version) × versions. The
 * statuses are STATUS_NAMES' (names.ts), the word "routine" {@link Phrases.routine}.
 */
export interface SeriesPhrases {
	/** The report's name: "系列对照", "Series comparison". */
	title: string;
	/** How many versions and paragraph lines: "2 个版本，29 条段落脉络", "2 versions, 29 paragraph lines". */
	count: (versions: number, lines: number) => string;
	/** The session a version was adopted at: "第57届", "57th session". */
	session: (n: number) => string;
	/** The first version, which has nothing to be compared with. */
	firstVersion: string;
	/** Lines changed in wording (not only routinely), moved, split or merged: a count's name. */
	substantive: string;
	/** A paragraph line not in a version (the grid's `·`). */
	absent: string;
	/** The HTML report's headings: each version's changes, and the grid of paragraph lines. */
	changesByVersion: string;
	paragraphLines: string;
	/** The CSV's columns: a paragraph line's id ("l4") and its text. */
	line: string;
	text: string;
	/** A phrase traced across the versions that none of them holds. */
	termNowhere: string;
	/** The versions a phrase is first and last found in. */
	termSpan: (first: string, last: string) => string;
	/** How often a phrase stands in one version: "11 处", "11 occurrences". */
	occurrences: (n: number) => string;
}

/** Every fixed phrase of the reports, per locale. */
export const PHRASES: Record<ReportLocale, Phrases> = { zh, en, fr, es, ru, ar };
