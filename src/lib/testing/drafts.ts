/**
 * Draft makers: realistic next versions of a parsed resolution, made the way delegations make them
 * (a paragraph deleted, inserted, merged with the next, split in two, two operative paragraphs swapped and
 * renumbered, a phrase reworded, dates and symbols brought forward to the next session).
 *
 * Every maker takes a {@link Draft} and returns a new one; nothing is mutated. After each edit the
 * paragraphs get fresh ids `p1`, `p2`, … and the operative paragraphs fresh numbers 1, 2, …, as the parser
 * would give a document typed from scratch; `origin` keeps, for every paragraph, the ids of the source
 * document's paragraphs it came from, so a test can derive the alignment it expects instead of hard-coding
 * one.
 */
import type { Paragraph, ParagraphKind, ResolutionDocument } from '../core/types';

/** A document derived from a source document, with the provenance of each paragraph. */
export interface Draft {
	doc: ResolutionDocument;
	/** For each paragraph id of `doc`: ids of the source paragraphs it was made from, [] for new text. */
	origin: Record<string, string[]>;
}

interface Item {
	paragraph: Paragraph;
	origin: string[];
}

/** Start a draft from a document: every paragraph is its own origin. */
export function draftFrom(doc: ResolutionDocument): Draft {
	const copy = structuredClone(doc);
	return { doc: copy, origin: Object.fromEntries(copy.paragraphs.map((p) => [p.id, [p.id]])) };
}

function itemsOf(draft: Draft): Item[] {
	return draft.doc.paragraphs.map((p) => ({ paragraph: structuredClone(p), origin: [...(draft.origin[p.id] ?? [])] }));
}

function indexOf(draft: Draft, id: string): number {
	const i = draft.doc.paragraphs.findIndex((p) => p.id === id);
	if (i < 0) throw new Error(`draft has no paragraph ${id}`);
	return i;
}

/** Give the paragraphs ids p1… in order, renumber operative paragraphs 1… and remap parent links. */
function finish(draft: Draft, items: Item[], meta = draft.doc.meta): Draft {
	const renamed = new Map<string, string>();
	items.forEach((item, index) => renamed.set(item.paragraph.id, `p${index + 1}`));
	const numeric = items.every((x) => x.paragraph.kind !== 'operative' || /^\d+$/.test(x.paragraph.number ?? ''));
	let operative = 0;
	const origin: Record<string, string[]> = {};
	const paragraphs = items.map((item, index) => {
		const p: Paragraph = { ...item.paragraph, id: `p${index + 1}` };
		if (p.parent) p.parent = renamed.get(p.parent) ?? p.parent;
		if (p.kind === 'operative' && numeric) p.number = String(++operative);
		origin[p.id] = item.origin;
		return p;
	});
	const footnotes = draft.doc.footnotes.map((f) =>
		f.paragraph ? { ...f, paragraph: renamed.get(f.paragraph) ?? null } : { ...f }
	);
	return { doc: { ...draft.doc, meta: { ...meta }, paragraphs, footnotes }, origin };
}

/** Delete one paragraph. */
export function deleteParagraph(draft: Draft, id: string): Draft {
	const items = itemsOf(draft);
	items.splice(indexOf(draft, id), 1);
	return finish(draft, items);
}

/** Insert a new paragraph after `afterId` (or at the very start when null). */
export function insertParagraph(
	draft: Draft,
	afterId: string | null,
	paragraph: { kind: ParagraphKind; text: string; number?: string | null }
): Draft {
	const items = itemsOf(draft);
	const at = afterId === null ? 0 : indexOf(draft, afterId) + 1;
	const p: Paragraph = {
		id: `new-${at}`,
		kind: paragraph.kind,
		number: paragraph.number ?? null,
		text: paragraph.text
	};
	if (p.kind === 'operative' && p.number === null) p.number = '0';
	items.splice(at, 0, { paragraph: p, origin: [] });
	return finish(draft, items);
}

/** Merge a paragraph with the one after it: the texts run on, the first paragraph's kind and number stay. */
export function mergeParagraphs(draft: Draft, id: string): Draft {
	const items = itemsOf(draft);
	const i = indexOf(draft, id);
	if (i + 1 >= items.length) throw new Error(`paragraph ${id} has no next paragraph to merge with`);
	const [a, b] = [items[i], items[i + 1]];
	a.paragraph.text = a.paragraph.text + b.paragraph.text;
	delete a.paragraph.footnotes;
	delete a.paragraph.footnoteOffsets;
	delete a.paragraph.emphasis;
	a.origin = [...a.origin, ...b.origin];
	items.splice(i + 1, 1);
	return finish(draft, items);
}

/**
 * Split a paragraph in two at `at` (a UTF-16 offset), by default right after the Chinese comma nearest the
 * middle; the second part keeps the kind (an operative paragraph becomes two numbered ones).
 */
export function splitParagraph(draft: Draft, id: string, at?: number): Draft {
	const items = itemsOf(draft);
	const i = indexOf(draft, id);
	const item = items[i];
	const text = item.paragraph.text;
	let cut = at ?? -1;
	if (cut < 0) {
		let best = -1;
		for (let k = 0; k < text.length - 1; k++) {
			if (/[，；]/.test(text[k]) && (best < 0 || Math.abs(k + 1 - text.length / 2) < Math.abs(best - text.length / 2)))
				best = k + 1;
		}
		cut = best > 0 ? best : Math.floor(text.length / 2);
	}
	if (cut <= 0 || cut >= text.length) throw new Error(`cannot split paragraph ${id} at ${cut}`);
	const first: Paragraph = { ...item.paragraph, text: text.slice(0, cut) };
	const second: Paragraph = { ...item.paragraph, id: `${item.paragraph.id}-b`, text: text.slice(cut) };
	for (const p of [first, second]) {
		delete p.footnotes;
		delete p.footnoteOffsets;
		delete p.emphasis;
	}
	items.splice(i, 1, { paragraph: first, origin: [...item.origin] }, { paragraph: second, origin: [...item.origin] });
	return finish(draft, items);
}

/** Swap two paragraphs (operative ones are then renumbered, as a secretariat would). */
export function swapParagraphs(draft: Draft, idA: string, idB: string): Draft {
	const items = itemsOf(draft);
	const a = indexOf(draft, idA);
	const b = indexOf(draft, idB);
	[items[a], items[b]] = [items[b], items[a]];
	return finish(draft, items);
}

/** Replace the first occurrence of `from` by `to` in one paragraph. */
export function rewordParagraph(draft: Draft, id: string, from: string, to: string): Draft {
	const items = itemsOf(draft);
	const item = items[indexOf(draft, id)];
	const at = item.paragraph.text.indexOf(from);
	if (at < 0) throw new Error(`paragraph ${id} does not contain ${from}`);
	item.paragraph.text = item.paragraph.text.slice(0, at) + to + item.paragraph.text.slice(at + from.length);
	delete item.paragraph.emphasis;
	delete item.paragraph.footnoteOffsets;
	delete item.paragraph.footnotes;
	return finish(draft, items);
}

/** What changes when a recurring resolution is tabled again at the next session. */
export interface NextSessionOptions {
	/** The new session number (the old one plus one, usually). */
	session: number;
	/** The new document symbol: `A/RES/77/…`. */
	symbol: string;
	/** The new date of adoption, ISO `YYYY-MM-DD`. */
	date: string;
	/** The new plenary meeting number, when known. */
	meeting?: number;
	/** Further literal replacements applied to every paragraph, in order: `[from, to]`. */
	replace?: readonly (readonly [string, string])[];
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Write 1..999 as Chinese numerals, as session numbers are printed: 76 → 七十六, 10 → 十. */
export function toChineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n <= 0 || n >= 1000) throw new Error(`no Chinese numeral for ${n}`);
	const hundreds = Math.floor(n / 100);
	const tens = Math.floor((n % 100) / 10);
	const ones = n % 10;
	let out = hundreds ? `${DIGITS[hundreds]}百` : '';
	if (tens) out += `${hundreds || tens > 1 ? DIGITS[tens] : ''}十`;
	else if (hundreds && ones) out += '零';
	if (ones) out += DIGITS[ones];
	return out;
}

/**
 * Bring a draft forward to the next session: meta (session, symbol, date, meeting), the session numbers
 * written in the text (大会第七十七届会议 → 第七十八届会议), the adoption date and meeting of the closing
 * paragraphs, and any literal replacements given (a symbol in a preambular list, the report cited).
 */
export function advanceSession(draft: Draft, options: NextSessionOptions): Draft {
	const items = itemsOf(draft);
	const meta = { ...draft.doc.meta, session: options.session, symbol: options.symbol, date: options.date };
	if (options.meeting !== undefined) meta.meeting = options.meeting;
	const oldSession = draft.doc.meta.session;
	const [year, month, day] = options.date.split('-').map(Number);
	for (const item of items) {
		let text = item.paragraph.text;
		if (oldSession !== null) {
			// Mentions of the coming session move one session on; replace from the highest number down.
			for (const s of [oldSession + 2, oldSession + 1]) {
				text = text
					.split(`第${toChineseNumeral(s)}届`)
					.join(`第${toChineseNumeral(s + options.session - oldSession)}届`);
			}
		}
		for (const [from, to] of options.replace ?? []) text = text.split(from).join(to);
		if (item.paragraph.kind === 'closing') {
			text = text.replace(
				/(\d{4})(\s*)年(\s*)(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日/u,
				(...g: string[]) => `${year}${g[2]}年${g[3]}${month}${g[5]}月${g[6]}${day}${g[8]}日`
			);
			if (options.meeting !== undefined) text = text.replace(/第(\s*)\d+(\s*)次/u, `第$1${options.meeting}$2次`);
		}
		if (text !== item.paragraph.text) {
			item.paragraph.text = text;
			delete item.paragraph.emphasis;
			delete item.paragraph.footnoteOffsets;
			delete item.paragraph.footnotes;
		}
	}
	return finish(draft, items, meta);
}

/**
 * The rows a perfect alignment of the source against the draft has, as `old→new` links (ids joined with
 * `+`), sorted: derived from `origin`, so tests state the edits, not their expected output. Meant for
 * edits that do not overlap (a paragraph split and then merged with another has no single right answer).
 */
export function expectedLinks(source: ResolutionDocument, draft: Draft): string[] {
	const links: string[] = [];
	const fromSource = new Map<string, string[]>();
	for (const p of draft.doc.paragraphs) {
		const origin = draft.origin[p.id] ?? [];
		if (origin.length === 0) links.push(`→${p.id}`);
		else if (origin.length > 1) links.push(`${origin.join('+')}→${p.id}`);
		else fromSource.set(origin[0], [...(fromSource.get(origin[0]) ?? []), p.id]);
	}
	const merged = new Set(
		draft.doc.paragraphs.flatMap((p) => ((draft.origin[p.id] ?? []).length > 1 ? draft.origin[p.id] : []))
	);
	for (const p of source.paragraphs) {
		const targets = fromSource.get(p.id);
		if (targets) links.push(`${p.id}→${targets.join('+')}`);
		else if (!merged.has(p.id)) links.push(`${p.id}→`);
	}
	return links.sort();
}

/** The `old→new` links of alignment rows, sorted, for comparison with {@link expectedLinks}. */
export function linksOf(rows: readonly { old: string[]; new: string[] }[]): string[] {
	return rows.map((r) => `${r.old.join('+')}→${r.new.join('+')}`).sort();
}
