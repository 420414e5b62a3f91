/**
 * The words every report format shares: paragraph labels, status names, the summary sentence and the
 * short description of a change. Kept in one module so that the text, HTML, Markdown, CSV and Word
 * reports call the same paragraph the same thing ("执行 4" everywhere, never "OP 4" in one and "第4段"
 * in another).
 *
 * Labels follow how delegations refer to paragraphs in negotiation: preambular paragraphs are unnumbered
 * in the text, so they are counted in reading order (序言 3 / PP3); operative paragraphs carry their
 * printed number (执行 4 / OP4); a subparagraph is named through its parent (执行 4 (a) / OP4 (a)).
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

/** Language of the report's own words (the document text is never translated). */
export type ReportLocale = 'zh' | 'en';

/** The locale used when a caller gives none: the resolutions read first are Chinese. */
export const DEFAULT_LOCALE: ReportLocale = 'zh';

/** Status names in reading order of the summary, in Chinese and English. */
export const STATUS_NAMES: Record<RowStatus, Record<ReportLocale, string>> = {
	modified: { zh: '修改', en: 'modified' },
	inserted: { zh: '新增', en: 'inserted' },
	deleted: { zh: '删除', en: 'deleted' },
	moved: { zh: '移动', en: 'moved' },
	split: { zh: '拆分', en: 'split' },
	merged: { zh: '合并', en: 'merged' },
	unchanged: { zh: '未改动', en: 'unchanged' }
};

/** Every fixed phrase of the reports, per locale. */
export const PHRASES = {
	zh: {
		routine: '例行',
		routineLong: '例行更新（仅涉及日期、文号、届次和会议编号）',
		old: '旧',
		new: '新',
		oldVersion: '旧文本',
		newVersion: '新文本',
		symbol: '文号',
		date: '日期',
		title: '标题',
		source: '来源',
		session: '届会',
		paragraph: '段落',
		status: '状态',
		similarity: '相似度',
		changes: '改动',
		deleted: '删除',
		inserted: '插入',
		warning: '警告',
		warnings: '警告',
		legend: '标记',
		footnotes: '脚注',
		unchangedRows: '未改动的段落',
		onlyChanges: '只显示有改动的段落',
		showAllHint: '（使用 all 选项显示全文）',
		reportTitle: '决议文本对照',
		empty: '没有可对照的段落。',
		newParagraph: '新增段落',
		deletedParagraph: '删除段落',
		movedOnly: '仅位置移动',
		noTextChange: '文字无改动',
		movedFrom: '移自',
		movedTo: '移至',
		was: '原',
		yes: '是',
		no: '否',
		row: '序号',
		oldParagraph: '旧段落',
		newParagraph_: '新段落',
		oldText: '旧文本',
		newText: '新文本',
		unknown: '不详',
		trackedNote: '正文以修订标记列出新文本相对旧文本的全部改动：接受全部修订即得新文本，拒绝全部修订即得旧文本。',
		more: (n: number) => `等，共 ${n} 处`
	},
	en: {
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
		unchangedRows: 'Unchanged paragraphs',
		onlyChanges: 'Show changed paragraphs only',
		showAllHint: ' (use the all option to show them in full)',
		reportTitle: 'Comparison of resolution texts',
		empty: 'No paragraphs to compare.',
		newParagraph: 'new paragraph',
		deletedParagraph: 'paragraph deleted',
		movedOnly: 'moved, text unchanged',
		noTextChange: 'no change in the text',
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
		more: (n: number) => `… ${n} changes in all`
	}
} as const;

/** The phrases of one locale. */
export type Phrases = (typeof PHRASES)[ReportLocale];

/** Names a status: `修改`, or `修改（例行）` when the change is routine. */
export function nameStatus(status: RowStatus, routine: boolean, locale: ReportLocale = DEFAULT_LOCALE): string {
	const name = STATUS_NAMES[status][locale];
	if (!routine || status === 'unchanged') return name;
	return locale === 'zh' ? `${name}（${PHRASES.zh.routine}）` : `${name} (${PHRASES.en.routine})`;
}

/** Kind words for paragraphs that have no number. */
const KIND_NAMES: Record<ParagraphKind, Record<ReportLocale, string>> = {
	heading: { zh: '开头', en: 'Opening' },
	title: { zh: '标题', en: 'Title' },
	preamble: { zh: '序言', en: 'PP' },
	operative: { zh: '执行', en: 'OP' },
	subparagraph: { zh: '分段', en: 'Subpara.' },
	closing: { zh: '结尾', en: 'Closing' },
	other: { zh: '其他', en: 'Other' }
};

/**
 * How one paragraph is cited. The reports and the compare page name paragraphs in their own words
 * (`执行 4 (a)`, `OP4(a)`, a chip `执行 4.`), all from this one reading, so they never disagree on
 * which paragraph is which.
 */
export interface Citation {
	kind: ParagraphKind;
	/**
	 * What follows the kind's name: a preambular paragraph's count (`3`); an operative paragraph's printed
	 * number, else its count among the operative paragraphs; a subparagraph's printed number (`(a)`), else
	 * its count; for the other kinds, the count when the document has several of that kind, else null.
	 */
	number: string | null;
	/** A subparagraph's parent, cited the same way; null for other paragraphs or a subparagraph without one. */
	parent: Citation | null;
}

/**
 * Cites every paragraph of a document, keyed by paragraph id. Preambular paragraphs are unnumbered in
 * the text, so they are counted in reading order; operative ones keep their printed number; heading,
 * closing and other lines are counted only when there are several.
 */
export function citeParagraphs(doc: ResolutionDocument): Map<string, Citation> {
	const citations = new Map<string, Citation>();
	const totals = new Map<ParagraphKind, number>();
	for (const p of doc.paragraphs) totals.set(p.kind, (totals.get(p.kind) ?? 0) + 1);
	const seen = new Map<ParagraphKind, number>();
	for (const p of doc.paragraphs) {
		const ordinal = (seen.get(p.kind) ?? 0) + 1;
		seen.set(p.kind, ordinal);
		let number: string | null;
		switch (p.kind) {
			case 'preamble':
				number = String(ordinal);
				break;
			case 'operative':
			case 'subparagraph':
				number = p.number ?? String(ordinal);
				break;
			default:
				number = (totals.get(p.kind) ?? 0) > 1 ? String(ordinal) : null;
		}
		// A parent stands before its subparagraphs, so it is cited already.
		const parent = p.kind === 'subparagraph' && p.parent ? (citations.get(p.parent) ?? null) : null;
		citations.set(p.id, { kind: p.kind, number, parent });
	}
	return citations;
}

/** Names a citation in words: `序言 3`, `执行 4`, `执行 4 (a)`, `标题`; in English `PP3`, `OP4 (a)`, `Title`. */
export function nameCitation(citation: Citation, locale: ReportLocale = DEFAULT_LOCALE): string {
	const word = KIND_NAMES[citation.kind][locale];
	if (citation.kind === 'subparagraph' && citation.parent)
		return `${nameCitation(citation.parent, locale)} ${citation.number}`;
	if (citation.number === null) return word;
	const tight = locale === 'en' && (citation.kind === 'preamble' || citation.kind === 'operative');
	return tight ? `${word}${citation.number}` : `${word} ${citation.number}`;
}

/** Labels every paragraph of a document, keyed by paragraph id: `序言 3`, `执行 4`, `执行 4 (a)`, `标题`. */
export function labelParagraphs(doc: ResolutionDocument, locale: ReportLocale = DEFAULT_LOCALE): Map<string, string> {
	const labels = new Map<string, string>();
	for (const [id, citation] of citeParagraphs(doc)) labels.set(id, nameCitation(citation, locale));
	return labels;
}

/** The printed number of a paragraph as it stands before the text: `4.` or `(a)`; null when none. */
export function printNumber(p: Paragraph): string | null {
	if (!p.number) return null;
	if (p.kind === 'operative' && /^\d+$/.test(p.number)) return `${p.number}.`;
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
	if (!newLabel) return oldLabel && (locale === 'zh' ? `原${oldLabel}` : `old ${oldLabel}`);
	if (!oldLabel || oldLabel === newLabel) return newLabel;
	return locale === 'zh' ? `${newLabel}（原${oldLabel}）` : `${newLabel} (was ${oldLabel})`;
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
	if (total === 0) return PHRASES[locale].empty;
	const parts = ROW_STATUSES.filter((status) => (stats[status] ?? 0) > 0).map((status) => {
		const n = stats[status];
		if (locale === 'en') return `${n} ${STATUS_NAMES[status].en}`;
		const unit = status === 'split' || status === 'merged' ? '处' : '段';
		return `${STATUS_NAMES[status].zh} ${n} ${unit}`;
	});
	let sentence = locale === 'zh' ? `共 ${total} 行对照：${parts.join('，')}` : `${total} rows: ${parts.join(', ')}`;
	if (counts.routine > 0) {
		sentence +=
			locale === 'zh'
				? `；有改动的 ${counts.changed} 行中 ${counts.routine} 行仅为例行更新（日期、文号、届次、会议编号）`
				: `; ${counts.routine} of the ${counts.changed} changed rows are routine updates only (dates, document symbols, session and meeting numbers)`;
	}
	return sentence + (locale === 'zh' ? '。' : '.');
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
	const quote = (s: string) => `“${truncate(s, EDIT_CHARS)}”`;
	// Full-width ＋/－ (and words in English): a leading ASCII + or - would make a spreadsheet read a formula.
	const shown = edits.slice(0, EDITS_SHOWN).map((edit) => {
		if (edit.deleted && edit.inserted) return `${quote(edit.deleted)}→${quote(edit.inserted)}`;
		if (edit.inserted) return locale === 'zh' ? `＋${quote(edit.inserted)}` : `added ${quote(edit.inserted)}`;
		return locale === 'zh' ? `－${quote(edit.deleted)}` : `removed ${quote(edit.deleted)}`;
	});
	const separator = locale === 'zh' ? '；' : '; ';
	let line = shown.join(separator);
	if (edits.length > EDITS_SHOWN) line += (locale === 'zh' ? '' : ' ') + words.more(edits.length);
	return line;
}

/** A one-line description of a document: `A/RES/76/40 · 2021-12-06 · 促进…多边主义`. */
export function describeDocument(doc: ResolutionDocument): string {
	const m = doc.meta;
	return [m.symbol ?? m.source, m.date, m.title]
		.filter((part) => part !== null && part !== undefined && part !== '')
		.join(' · ');
}

/** The name a document goes by in headings: its symbol, else the file it was read from. */
export function nameDocument(doc: ResolutionDocument): string {
	return doc.meta.symbol ?? doc.meta.source;
}

/** The colon after a caption: full-width in Chinese. */
export function colonOf(locale: ReportLocale): string {
	return locale === 'zh' ? '：' : ': ';
}

/** A parenthetical remark: `（…）` in Chinese, ` (…)` in English. */
export function parenthesize(text: string, locale: ReportLocale): string {
	return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

/** The separator of an enumeration: `、` in Chinese. */
export function listSeparatorOf(locale: ReportLocale): string {
	return locale === 'zh' ? '、' : ', ';
}
