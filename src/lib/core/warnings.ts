/**
 * Every warning resodiff gives, as data: a kind and its values (a page number, a footnote mark, a line, a
 * symbol). A warning is made once, where it is noticed (the PDF reader, the structure, the comparison, the
 * series), and put into words only where it is shown: in the interface's language in the app, in the
 * report's language in a report, in English in the JSON of the machine interface (CONTRACT.md, whose
 * strings stay what they always were).
 *
 * The sentences live in ./warnings/*.ts, one module a language, each a {@link WarningSentences}: a kind
 * added here without its sentence in one of the six languages is a type error. Text quoted from a document
 * (a symbol, a title, a footnote mark, a misread word) travels as a value and is never translated.
 */
import { capitalize, colonOf, type ReportLocale } from './report/locale';
import type { MisreadLetter } from './text/misread-letters';
import { en } from './warnings/en';
import { zh } from './warnings/zh';
import { fr } from './warnings/fr';
import { es } from './warnings/es';
import { ru } from './warnings/ru';
import { ar } from './warnings/ar';

/** One side of a comparison. */
export type Side = 'old' | 'new';

/** A letter a damaged text layer misreads, as the words show it: "q" read "u" ("uue" for "que"). */
export interface MisreadExample {
	/** The letter meant: "q". */
	letter: string;
	/** The letter read instead: "u". */
	readAs: string;
	/** The word as read: "uue". */
	read: string;
	/** The word meant: "que". */
	meant: string;
}

/** The misread letters a warning names, from what core/text/misread-letters.ts found. */
export function misreadExamples(letters: readonly MisreadLetter[]): MisreadExample[] {
	return letters.map((m) => ({ letter: m.letter, readAs: m.readAs, read: m.example.read, meant: m.example.meant }));
}

/** What reading one document noticed: text dropped or misread, structure not found. */
export type DocumentWarning =
	/** A PDF longer than the reader's page limit: later pages are dropped. */
	| { kind: 'pages-limit'; read: number; pages: number }
	/** A PDF page pdfjs could not read; `reason` is the reader's own message, quoted. */
	| { kind: 'page-unreadable'; page: number; reason: string }
	/** A PDF page without a text layer (a scanned image). */
	| { kind: 'page-no-text'; page: number }
	/** A PDF whose own text layer misreads letters, as the words show them. */
	| { kind: 'pdf-misread'; letters: MisreadExample[] }
	/** A PDF whose fonts draw one letter from two glyphs: the letters so confused. */
	| { kind: 'pdf-damaged'; letters: string[] }
	/** A text (not a PDF) whose letters are misread as a damaged PDF text layer misreads them. */
	| { kind: 'text-misread'; letters: MisreadExample[] }
	/** A word-processor file with text in text boxes (drawings), which are not read. */
	| { kind: 'text-boxes' }
	/** A paragraph whose markup signs were too many to read: left as text. */
	| { kind: 'markup-kept'; line: number }
	/** A text of more paragraphs than the structure reads: the rest kept, unread, in the last one. */
	| { kind: 'too-many-paragraphs'; limit: number }
	/** An operative paragraph numbered out of order. */
	| { kind: 'operative-order'; number: number; after: number; line: number }
	/** A resolution without a numbered operative paragraph. */
	| { kind: 'no-operative' }
	/** A text in which no resolution or report structure was recognised. */
	| { kind: 'no-structure' }
	/** Footnote marks cited without their notes' text; `line` is where the first is first cited. */
	| { kind: 'footnotes-missing'; marks: string[]; line: number }
	/** The warnings left out after the first few (a damaged text must not give 100 000 of them). */
	| { kind: 'more-warnings'; count: number }
	/** A warning stored as a sentence by an earlier version of resodiff (a library built before): shown as is. */
	| { kind: 'text'; text: string };

/** What a comparison itself noticed. */
export type ComparisonWarning =
	/** Titles differ and little text is shared; `shared` in per cent (0 … 100), `titles` old then new. */
	| { kind: 'unrelated'; titles: [string, string] | null; shared: number }
	/** One side has no paragraphs: every row is inserted (old) or deleted (new). */
	| { kind: 'no-paragraphs'; side: Side; name: string };

/** Every kind of warning, without its attribution. */
export type WarningBody = DocumentWarning | ComparisonWarning;

/** The name of every kind of warning. */
export type WarningKind = WarningBody['kind'];

/**
 * Whose warning it is, when a list gathers the warnings of several documents: a side of a comparison, a
 * version of a series, or a comparison within a series (its two versions). `name`s are the documents' symbols
 * (else their sources), never translated.
 */
export type WarningSubject = { side: Side; name: string } | { version: string } | { from: string; to: string };

/** A warning: its kind and values, and whose it is when that is not plain from where it stands. */
export type Warning = WarningBody & { of?: WarningSubject };

/** The sentences of every warning in one language: each kind's, and how the subject of a warning is named. */
export type WarningSentences = {
	[K in WarningKind]: (warning: Extract<WarningBody, { kind: K }>) => string;
} & {
	/** Whose warning it is, before the locale's colon: "old (A/RES/67/38)". */
	subject: (subject: WarningSubject) => string;
};

/** The warnings' sentences, per locale. */
export const WARNING_SENTENCES: Record<ReportLocale, WarningSentences> = { zh, en, fr, es, ru, ar };

/** Puts a warning into words in `locale`: its subject, the locale's colon, its sentence. */
export function describeWarning(warning: Warning, locale: ReportLocale): string {
	const sentences = WARNING_SENTENCES[locale] ?? en;
	const body = (sentences[warning.kind] as (w: WarningBody) => string)(warning);
	return warning.of ? `${sentences.subject(warning.of)}${colonOf(locale)}${body}` : body;
}

/**
 * A warning put into words to stand alone, as an item of a list with no "Warning:" before it: its first letter
 * a capital where the language has them ("Old (A/RES/67/38): page 3 …", "The two documents …").
 */
export function warningSentence(warning: Warning, locale: ReportLocale): string {
	return capitalize(describeWarning(warning, locale), locale);
}

/**
 * A list of warnings as the machine interface gives them: English sentences (CONTRACT.md, `"warnings"`),
 * the same strings resodiff has always printed.
 */
export function warningsInEnglish(warnings: readonly Warning[]): string[] {
	return warnings.map((w) => describeWarning(w, 'en'));
}

/** The same warning said twice (two pages' failures read the same, say) is said once: in order, first kept. */
export function uniqueWarnings(warnings: readonly Warning[] | undefined): Warning[] {
	const seen = new Set<string>();
	const out: Warning[] = [];
	for (const w of warnings ?? []) {
		const key = JSON.stringify(w);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(w);
	}
	return out;
}

/** Keeps the first `max` warnings and says how many more there were. */
export function capWarnings(warnings: Warning[], max: number): Warning[] {
	if (warnings.length <= max) return warnings;
	return [...warnings.slice(0, max), { kind: 'more-warnings', count: warnings.length - max }];
}

/** The same warnings, each said of `subject`. */
export function attributeWarnings(warnings: readonly Warning[] | undefined, subject: WarningSubject): Warning[] {
	return uniqueWarnings(warnings).map((w) => ({ ...w, of: subject }));
}

/**
 * Warnings as stored or received (a library's database, its web API): each a warning of a known kind, or
 * a sentence an earlier version stored, kept as {@link DocumentWarning} `text`; anything else dropped.
 */
export function readWarnings(value: unknown): Warning[] {
	if (!Array.isArray(value)) return [];
	const out: Warning[] = [];
	for (const item of value) {
		if (typeof item === 'string') out.push({ kind: 'text', text: item });
		else if (item && typeof item === 'object' && isWarningKind((item as { kind?: unknown }).kind))
			out.push(item as Warning);
	}
	return out;
}

/** Whether a value names a kind of warning. */
function isWarningKind(kind: unknown): kind is WarningKind {
	return typeof kind === 'string' && kind !== 'subject' && Object.prototype.hasOwnProperty.call(en, kind);
}
