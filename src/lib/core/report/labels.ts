/**
 * The words every report format shares: paragraph labels, status names, the summary sentence and the
 * short description of a change. Kept in one module so that the text, HTML, Markdown, CSV and Word
 * reports call the same paragraph the same thing ("执行 4" everywhere, never "OP 4" in one and "第4段"
 * in another).
 *
 * Labels follow how delegations refer to paragraphs in negotiation: preambular paragraphs are unnumbered
 * in the text, so they are counted in reading order (序言 3 / PP 3); operative paragraphs carry their
 * printed number (执行 4 / OP 4); a subparagraph is named through its parent (执行 4 (a) / OP 4 (a)).
 * Every phrase exists in the six official languages; a report speaks its documents' language unless told
 * otherwise ({@link localeOfDocuments}).
 *
 * The words themselves live in ./phrases.ts (one module a language) and ./names.ts (statuses and
 * paragraph kinds); the locale and its typography in ./locale.ts. They are re-exported here, so that
 * `labels` stays the one place the renderers and the compare page take their words from.
 */
import {
	ROW_STATUSES,
	type DiffOpKind,
	type Paragraph,
	type ParagraphKind,
	type ResolutionDocument,
	type RowStats,
	type RowStatus
} from '../types';
import {
	DEFAULT_LOCALE,
	arrowOf,
	isolate,
	listSeparatorOf,
	localeOfDocuments,
	parenthesize,
	type ReportLocale
} from './locale';
import { KIND_NAMES, SECTION_HEADING_NAMES, STATUS_NAMES } from './names';
import { PHRASES } from './phrases';

export {
	DEFAULT_LOCALE,
	REPORT_LOCALES,
	arrowOf,
	colonOf,
	isReportLocale,
	isRightToLeft,
	isolate,
	listSeparatorOf,
	localeOfDocuments,
	parenthesize,
	type ReportLocale
} from './locale';
export { STATUS_NAMES } from './names';
export { PHRASES, type Phrases } from './phrases';

/** Names a status: `修改`, or `修改（例行）` when the change is routine. */
export function nameStatus(status: RowStatus, routine: boolean, locale: ReportLocale = DEFAULT_LOCALE): string {
	const name = STATUS_NAMES[status][locale];
	if (!routine || status === 'unchanged') return name;
	return `${name}${parenthesize(PHRASES[locale].routine, locale)}`;
}

/**
 * How one paragraph is cited. The reports and the compare page name paragraphs in their own words
 * (`执行 4 (a)`, `OP4(a)`, a chip `执行 4.`), all from this one reading, so they never disagree on
 * which paragraph is which.
 */
export interface Citation {
	kind: ParagraphKind;
	/**
	 * What follows the kind's name: a preambular paragraph's count (`3`); an operative paragraph's printed
	 * number, else its count among the operative paragraphs (null when another prints that number); a
	 * subparagraph's printed number (`(a)`), else its count; an other line's printed number when the
	 * document's other lines have any (an annexed
	 * declaration's paragraphs), else its count when there are several; for the remaining kinds, the count
	 * when the document has several of that kind, else null.
	 */
	number: string | null;
	/**
	 * For a heading: whether it is the subject that opens the text ("The General Assembly,", "大会，"), or a
	 * heading set over a part of it ("Annex", "II. Implementation", "Peacebuilding financing"); see
	 * {@link openingHeadings}. Each is counted among its own.
	 */
	heading?: 'opening' | 'section';
	/** A subparagraph's parent, cited the same way; null for other paragraphs or a subparagraph without one. */
	parent: Citation | null;
}

/**
 * Cites every paragraph of a document, keyed by paragraph id. Preambular paragraphs are unnumbered in
 * the text, so they are counted in reading order; operative ones keep their printed number, and so do other
 * lines that have one (an annexed declaration's paragraphs); heading, closing and other lines are otherwise
 * counted only when there are several.
 */
export function citeParagraphs(doc: ResolutionDocument): Map<string, Citation> {
	const citations = new Map<string, Citation>();
	// Headings are counted in two groups: the opening subject, and the headings of parts.
	const openings = openingHeadings(doc.paragraphs);
	const countedAs = (p: Paragraph) => (p.kind === 'heading' && !openings.has(p.id) ? 'section' : p.kind);
	const totals = new Map<string, number>();
	for (const p of doc.paragraphs) totals.set(countedAs(p), (totals.get(countedAs(p)) ?? 0) + 1);
	const otherNumbered = doc.paragraphs.some((p) => p.kind === 'other' && p.number !== null);
	const printedOperative = new Set(doc.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number));
	const seen = new Map<string, number>();
	for (const p of doc.paragraphs) {
		const group = countedAs(p);
		const ordinal = (seen.get(group) ?? 0) + 1;
		seen.set(group, ordinal);
		let number: string | null;
		switch (p.kind) {
			case 'preamble':
				number = String(ordinal);
				break;
			case 'operative':
				// An unnumbered operative paragraph is counted, unless the count is another one's printed number:
				// the real A/RES/73/3's one paragraph "Adopts the following political declaration:" stands over
				// the declaration's own paragraphs 1 to 53, and is no second "OP 1".
				number = p.number ?? (printedOperative.has(String(ordinal)) ? null : String(ordinal));
				break;
			case 'subparagraph':
				number = p.number ?? String(ordinal);
				break;
			case 'other':
				// An annexed declaration's paragraphs keep their printed numbers; the unnumbered lines among
				// them go unnumbered, so that no count reads as another paragraph's printed number.
				number = otherNumbered ? (p.number ?? null) : (totals.get(p.kind) ?? 0) > 1 ? String(ordinal) : null;
				break;
			default:
				number = (totals.get(group) ?? 0) > 1 ? String(ordinal) : null;
		}
		// A parent stands before its subparagraphs, so it is cited already.
		const parent = p.kind === 'subparagraph' && p.parent ? (citations.get(p.parent) ?? null) : null;
		const citation: Citation = { kind: p.kind, number, parent };
		if (p.kind === 'heading') citation.heading = openings.has(p.id) ? 'opening' : 'section';
		citations.set(p.id, citation);
	}
	return citations;
}

/**
 * The headings that are the subject opening a resolution's text, which its paragraphs continue as one
 * sentence: "The General Assembly,", "大会，", "L’Assemblée générale,", "الجمعية العامة،". Such a heading
 * ends with a comma, in any script; or, where the text dropped the comma (the real A/RES/73/3 prints "The
 * General Assembly" over its one operative paragraph), it is the one that leads into the first preambular
 * or operative paragraph. A heading over a part of the text ("Annex", "I. Global context", "一. 导言",
 * "Peacebuilding Commission" over operative paragraphs) is neither.
 */
export function openingHeadings(paragraphs: readonly Paragraph[]): Set<string> {
	const openings = new Set<string>();
	let bodyStarted = false;
	paragraphs.forEach((p, i) => {
		if (p.kind === 'heading') {
			const next = paragraphs[i + 1]?.kind;
			const leadsIn = !bodyStarted && (next === 'preamble' || next === 'operative');
			if (/[,，،]\s*$/.test(p.text) || leadsIn) openings.add(p.id);
		} else if (p.kind === 'preamble' || p.kind === 'operative' || p.kind === 'subparagraph') bodyStarted = true;
	});
	return openings;
}

/**
 * Names a citation in words: `序言 3`, `执行 4`, `执行 4 (a)`, `标题`; in English `PP 3`, `OP 4 (a)`,
 * `Title`; in French `Par. 4 a) du dispositif`. A subparagraph is named by its top paragraph's pattern
 * with the numbers of the chain: the operative paragraph's and its own.
 */
export function nameCitation(citation: Citation, locale: ReportLocale = DEFAULT_LOCALE): string {
	let root = citation;
	const chain: string[] = [];
	while (root.kind === 'subparagraph' && root.parent) {
		if (root.number !== null) chain.unshift(root.number);
		root = root.parent;
	}
	if (root.number !== null) chain.unshift(root.number);
	const name = (root.heading === 'section' ? SECTION_HEADING_NAMES : KIND_NAMES[root.kind])[locale];
	return chain.length === 0 ? name.word : name.numbered.replace('{n}', chain.join(' '));
}

/** Labels every paragraph of a document, keyed by paragraph id: `序言 3`, `执行 4`, `执行 4 (a)`, `标题`. */
export function labelParagraphs(
	doc: ResolutionDocument,
	locale: ReportLocale = localeOfDocuments(doc)
): Map<string, string> {
	const labels = new Map<string, string>();
	for (const [id, citation] of citeParagraphs(doc)) labels.set(id, nameCitation(citation, locale));
	return labels;
}

/**
 * The printed number of a paragraph as it stands before the text: `4.` (an operative paragraph, or an annexed
 * declaration's), `(a)`, a section's `II.` or `一.`, and `4 -` in an Arabic document (the language of the
 * document, ISO 639-1); null when none.
 */
export function printNumber(p: Paragraph, language?: string | null): string | null {
	if (!p.number) return null;
	if ((p.kind === 'operative' || p.kind === 'other') && /^\d+$/.test(p.number))
		return language === 'ar' ? `${p.number} -` : `${p.number}.`;
	if (p.kind === 'heading') return `${p.number}.`;
	return p.number;
}

/**
 * Labels a row from its paragraphs' labels: the new side's when it has one (rows stand in the new
 * version's reading order), else the old side's, as `原序言 4` (a deleted paragraph has no place in the new
 * numbering); a differing old label is added, as `执行 5（原执行 4）`.
 */
export function labelRow(oldLabels: string[], newLabels: string[], locale: ReportLocale = DEFAULT_LOCALE): string {
	const oldLabel = oldLabels.join(' + ');
	const newLabel = newLabels.join(' + ');
	if (!newLabel) return oldLabel && PHRASES[locale].formerly(oldLabel);
	if (!oldLabel || oldLabel === newLabel) return newLabel;
	return PHRASES[locale].wasLabel(newLabel, oldLabel);
}

/** Counts the changed rows that are routine only. */
export function countRoutine(rows: { status: RowStatus; routine: boolean }[]): { changed: number; routine: number } {
	let changed = 0;
	let routine = 0;
	for (const row of rows) {
		if (row.status === 'unchanged') continue;
		changed++;
		if (row.routine) routine++;
	}
	return { changed, routine };
}

/**
 * The summary sentence: `共 24 行对照：修改 16 段，未改动 8 段；有改动的 16 行中 3 行仅为例行更新。`
 * Statuses with no rows are left out, except that an empty comparison says so.
 */
export function summarizeStats(
	stats: RowStats,
	counts: { changed: number; routine: number },
	locale: ReportLocale = DEFAULT_LOCALE
): string {
	const total = ROW_STATUSES.reduce((sum, status) => sum + (stats[status] ?? 0), 0);
	const words = PHRASES[locale];
	if (total === 0) return words.empty;
	const parts = ROW_STATUSES.filter((status) => (stats[status] ?? 0) > 0).map((status) =>
		words.statusCount(status, stats[status])
	);
	let sentence = words.rows(total, parts.join(locale === 'zh' ? '，' : listSeparatorOf(locale)));
	if (counts.routine > 0) sentence += `${words.editSeparator}${words.routineCount(counts.routine, counts.changed)}`;
	return sentence + words.fullStop;
}

/** One edit of a row's diff, for the short change summary: a replacement, an insertion or a deletion. */
export interface Edit {
	deleted: string;
	inserted: string;
}

/**
 * Groups a diff into edits: each run of deletions and insertions between two equal pieces is one edit.
 * Paragraph breaks inside an edit are shown as `¶`.
 */
export function groupEdits(pieces: { op: DiffOpKind; text: string }[]): Edit[] {
	const edits: Edit[] = [];
	let current: Edit | null = null;
	for (const piece of pieces) {
		if (piece.op === 0) {
			if (current) edits.push(current);
			current = null;
			continue;
		}
		current ??= { deleted: '', inserted: '' };
		const text = piece.text.replace(/\n/g, '¶');
		if (piece.op === -1) current.deleted += text;
		else current.inserted += text;
	}
	if (current) edits.push(current);
	return edits;
}

/** Characters of an edit kept in the short change summary before it is cut with `…`. */
const EDIT_CHARS = 16;
/** Edits named in the short change summary before the rest are counted. */
const EDITS_SHOWN = 3;

/** Cuts a string to `max` characters (code points), marking the cut with `…`. */
export function truncate(text: string, max: number): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : chars.slice(0, max).join('') + '…';
}

/**
 * The short description of a row's change, one line: `“强调”→“着重指出”；＋“及多边论坛”`, or
 * `新增段落` / `删除段落` for whole paragraphs; empty for an unchanged row.
 */
export function summarizeChange(
	status: RowStatus,
	pieces: { op: DiffOpKind; text: string }[],
	locale: ReportLocale = DEFAULT_LOCALE
): string {
	const words = PHRASES[locale];
	if (status === 'unchanged') return '';
	if (status === 'inserted') return words.newParagraph;
	if (status === 'deleted') return words.deletedParagraph;
	const edits = groupEdits(pieces);
	if (edits.length === 0) return status === 'moved' ? words.movedOnly : words.noTextChange;
	const quote = (s: string) => words.quote(truncate(s, EDIT_CHARS));
	// Full-width ＋/－ (and words in the other languages): a leading ASCII + or - would make a spreadsheet
	// read a formula.
	const shown = edits.slice(0, EDITS_SHOWN).map((edit) => {
		if (edit.deleted && edit.inserted) return `${quote(edit.deleted)}${arrowOf(locale)}${quote(edit.inserted)}`;
		if (edit.inserted) return words.added(quote(edit.inserted));
		return words.removed(quote(edit.deleted));
	});
	let line = shown.join(words.editSeparator);
	if (edits.length > EDITS_SHOWN) line += words.more(edits.length);
	return line;
}

/**
 * A one-line description of a document: `A/RES/76/40 · 2021-12-06 · 促进…多边主义`; in a right-to-left
 * locale each part is isolated ({@link isolate}) so the symbol and the date keep their order.
 */
export function describeDocument(doc: ResolutionDocument, locale?: ReportLocale): string {
	const m = doc.meta;
	return [m.symbol ?? m.source, m.date, m.title]
		.filter((part): part is string => part !== null && part !== undefined && part !== '')
		.map((part) => (locale ? isolate(part, locale) : part))
		.join(' · ');
}

/**
 * The two versions of one file with tracked changes, as the one-file comparison labels its sides: before the
 * changes (every change rejected) and after them (every change accepted).
 */
export const VERSION_NAMES: Record<'original' | 'accepted', Record<ReportLocale, string>> = {
	original: { zh: '修订前', en: 'original', fr: 'original', es: 'original', ru: 'исходный', ar: 'الأصلي' },
	accepted: { zh: '修订后', en: 'revised', fr: 'révisé', es: 'revisado', ru: 'с правкой', ar: 'المنقّح' }
};

/** The version of a file with tracked changes a document is, as a parenthetical remark; empty for other documents. */
function versionRemark(doc: Pick<ResolutionDocument, 'meta'>, locale: ReportLocale): string {
	const version = doc.meta.revisions;
	return version ? parenthesize(VERSION_NAMES[version][locale], locale) : '';
}

/**
 * The name a document goes by in headings: its symbol, else the file it was read from; one version of a file
 * with tracked changes says which (`A/C.1/77/L.5（修订前）`, `DRAFT.docx (revised)`), so the two sides of a
 * one-file comparison are told apart.
 */
export function nameDocument(doc: Pick<ResolutionDocument, 'meta'>, locale: ReportLocale = 'en'): string {
	return (doc.meta.symbol ?? doc.meta.source) + versionRemark(doc, locale);
}

/** The file a document was read from, with the version of a file with tracked changes: `DRAFT.docx (original)`. */
export function sourceOf(doc: Pick<ResolutionDocument, 'meta'>, locale: ReportLocale = 'en'): string {
	return doc.meta.source + versionRemark(doc, locale);
}
