/**
 * Text in, document model out: normalise the text (normalize.ts), read its structure (structure.ts), give
 * paragraphs their ids `p1`, `p2`, … in reading order and complete the meta. Pure, synchronous and
 * deterministic; linear in the length of the text.
 */
import { getDrafting } from './drafting';
import { normalizeText } from '../text/normalize';
import { findMisreadLetters } from '../text/misread-letters';
import { misreadExamples, type Warning } from '../warnings';
import { structureDocument, type TextShape } from './structure';
import { ResodiffError, type DocumentMeta, type Footnote, type Paragraph, type ResolutionDocument } from '../types';

/** Options of {@link parseResolution}. */
export interface ParseOptions {
	/** Name of the file or corpus entry the text was read from; goes to `meta.source`. */
	source?: string;
	/** ISO 639-1 code of the text's language (`zh`, `en`, …), or `auto` to detect it from the text. */
	language?: string;
	/** The shape the text is in, when the reader that wrote it knows (a Word file's text is Markdown); else detected. */
	shape?: TextShape;
	/**
	 * Whether to warn when the letters look misread as a damaged PDF text layer misreads them ("uue" for "que").
	 * Default true; the PDF reader, which says so itself of the PDF, turns it off.
	 */
	checkLetters?: boolean;
}

/** Defaults of {@link parseResolution}: no source name, language detected from the text. */
export const defaultParseOptions: Required<Omit<ParseOptions, 'shape'>> = {
	source: '',
	language: 'auto',
	checkLetters: true
};

/** How many characters language detection reads. */
const LANGUAGE_SAMPLE = 200_000;

/** Everything but the letters of one script, and whether a text has any letter of the rarer two. */
const NOT_LATIN = /[^A-Za-z]+/g;
const NOT_CYRILLIC = /[^\u0400-\u04FF]+/g;
const NOT_ARABIC = /[^\u0600-\u06FF]+/g;
const CYRILLIC = /[\u0400-\u04FF]/;
const ARABIC = /[\u0600-\u06FF]/;
/** An ideograph counted as Han below (the unified ideographs and extension A). */
const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF]/;

/** How many characters of `text` are letters of a script, given the regex of everything else. */
function lettersOf(text: string, everythingElse: RegExp): number {
	everythingElse.lastIndex = 0;
	return text.replace(everythingElse, '').length;
}

/**
 * Detect the language of a text from its script: Han → `zh`, Cyrillic → `ru`, Arabic → `ar`, Latin → `en`,
 * `fr` or `es` by their commonest function words. Reads at most the first 200 000 characters.
 */
export function detectLanguage(text: string): string {
	const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
	// The letters of the alphabetic scripts, counted by the regex engine (what is left when everything else
	// goes): a Chinese text has few, and they bound how many ideographs decide it.
	const latin = lettersOf(sample, NOT_LATIN);
	const cyrillic = CYRILLIC.test(sample) ? lettersOf(sample, NOT_CYRILLIC) : 0;
	const arabic = ARABIC.test(sample) ? lettersOf(sample, NOT_ARABIC) : 0;
	const others = Math.max(latin, cyrillic, arabic);
	// Han is the unified ideographs and extension A, counted until they outweigh the other scripts (a Chinese
	// text stops within its first lines) or to the end. The walk starts at the first of them, found by the
	// regex engine, and a text without any (-1) is not walked: cold, walking an English resolution unit by
	// unit cost some 3 ms.
	let han = 0;
	for (let i = sample.search(HAN); i >= 0 && i < sample.length && han * 3 < others; i++) {
		const c = sample.charCodeAt(i);
		if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
	}
	// A Chinese text carries symbols and dates in Latin script; one ideograph outweighs several letters.
	const max = Math.max(han * 3, latin, cyrillic, arabic);
	if (max === 0 || max === han * 3) return 'zh';
	if (max === cyrillic) return 'ru';
	if (max === arabic) return 'ar';
	const count = (re: RegExp) => (sample.match(re) ?? []).length;
	const en = count(/\b(?:the|and|of)\b/gi);
	const fr = count(/\b(?:le|les|des|du|et)\b/gi);
	const es = count(/\b(?:el|los|las|del|y)\b/gi);
	if (fr > en && fr >= es) return 'fr';
	if (es > en && es > fr) return 'es';
	return 'en';
}

/**
 * Read a resolution (or report) from its text. Never throws on any string except a {@link ResodiffError}
 * `empty` for an empty or white-space-only text; a text without recognisable structure still yields its
 * paragraphs (kind `other`) and a warning.
 */
export function parseResolution(text: string, options: ParseOptions = {}): ResolutionDocument {
	const { source, language, shape, checkLetters } = { ...defaultParseOptions, ...options };
	const normalized = normalizeText(text);
	if (normalized.trim().length === 0) {
		throw new ResodiffError('empty', 'the text is empty', source ? { file: source } : {});
	}
	const lang = language === 'auto' || !language ? detectLanguage(normalized) : language;
	const structure = structureDocument(normalized, { drafting: getDrafting(lang), shape });

	const ids = structure.paragraphs.map((_, i) => `p${i + 1}`);
	const paragraphs: Paragraph[] = structure.paragraphs.map((p, i) => {
		const paragraph: Paragraph = { id: ids[i], kind: p.kind, number: p.number, text: p.text };
		if (p.marks.length > 0) {
			paragraph.footnotes = p.marks.map((m) => m.mark);
			paragraph.footnoteOffsets = p.marks.map((m) => m.offset);
		}
		if (p.emphasis.length > 0) paragraph.emphasis = p.emphasis;
		if (p.parent !== undefined) paragraph.parent = ids[p.parent];
		if (p.inferred) paragraph.inferred = true;
		return paragraph;
	});
	const footnotes: Footnote[] = structure.footnotes.map((f) => ({
		mark: f.mark,
		text: f.text,
		paragraph: f.paragraph === null ? null : ids[f.paragraph]
	}));
	const m = structure.meta;
	const meta: DocumentMeta = {
		symbol: m.symbol ?? null,
		session: m.session ?? null,
		date: m.date ?? null,
		title: m.title ?? null,
		source,
		kind: m.kind ?? 'unknown',
		language: lang,
		agendaItem: m.agendaItem ?? null,
		committeeReport: m.committeeReport ?? null,
		meeting: m.meeting ?? null,
		shape: structure.shape
	};
	if (m.agendaTitle) meta.agendaTitle = m.agendaTitle;
	if (m.topics) meta.topics = m.topics;
	if (m.letterhead) meta.letterhead = m.letterhead;
	if (m.draft) meta.draft = true;
	if (m.sponsors) meta.sponsors = m.sponsors;
	if (m.committee) meta.committee = m.committee;
	const doc: ResolutionDocument = { meta, paragraphs, footnotes };
	const warnings = [...structure.warnings];
	const misread = checkLetters ? describeMisreading(normalized, lang) : null;
	if (misread) warnings.push(misread);
	if (warnings.length > 0) doc.warnings = warnings;
	return doc;
}

/**
 * A warning when a text's letters look misread the way a damaged PDF text layer misreads them (common words
 * missing, look-alikes one letter away in their place: "uue" for "que"), or null. Such a text was most likely
 * copied or extracted from a PDF whose own text layer is damaged: every tool reads the same wrong letters.
 */
function describeMisreading(text: string, language: string): Warning | null {
	const misread = findMisreadLetters(text, language);
	if (misread.length === 0) return null;
	return { kind: 'text-misread', letters: misreadExamples(misread) };
}
