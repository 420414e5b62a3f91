/**
 * Paragraph labels as delegates say them. Preambular paragraphs carry no printed number, yet in a
 * negotiation everyone refers to them by position ("PP5"), so the label counts them; operative
 * paragraphs are cited by their printed number ("OP4", "OP4 (a)"). The chip is the reports' label in
 * the interface language (core/report/labels.ts), so the page and every exported report agree.
 */
import { citeParagraphs, nameCitation, type Citation } from '../../core/report/labels';
import type { Paragraph, ResolutionDocument } from '../../core/types';
import type { Locale, Messages } from '../../i18n';

/** How a paragraph is named in the interface. */
export interface ParagraphChip {
	/** The chip shown beside the text: `序言 5`, `执行 4`, `执行 4 (a)`, `标题`; `PP5`, `OP4`, `Title`. */
	chip: string;
	/** The negotiators' shorthand: `PP5`, `OP4`, `OP4(a)`; null for titles, headings and closings. */
	code: string | null;
	/** A full phrase for screen readers and tooltips: `序言部分第 5 段 (PP5)`, `preambular paragraph 5`. */
	spoken: string;
}

/** Labels every paragraph of a document in an interface language, keyed by paragraph id. */
export function chipParagraphs(doc: ResolutionDocument, t: Messages, locale: Locale): Map<string, ParagraphChip> {
	const labels = new Map<string, ParagraphChip>();
	for (const [id, citation] of citeParagraphs(doc)) labels.set(id, chipOfCitation(citation, t, locale));
	return labels;
}

function chipOfCitation(citation: Citation, t: Messages, locale: Locale): ParagraphChip {
	const chip = nameCitation(citation, locale);
	const code = codeOf(citation);
	if (citation.kind === 'preamble' && citation.number && code) {
		return { chip, code, spoken: t.rows.spokenPreamble(citation.number, code) };
	}
	if (citation.kind === 'operative' && citation.number && code) {
		return { chip, code, spoken: t.rows.spokenOperative(citation.number, code) };
	}
	return { chip, code, spoken: code && code !== citation.number && code !== chip ? `${chip} (${code})` : chip };
}

/** `PP5`, `OP4`, `OP4(a)`, `OP4(a)(i)`; a subparagraph of no numbered paragraph is just `(b)`. */
function codeOf(citation: Citation): string | null {
	switch (citation.kind) {
		case 'preamble':
			return citation.number === null ? null : `PP${citation.number}`;
		case 'operative':
			return citation.number === null ? null : `OP${citation.number}`;
		case 'subparagraph':
			return `${(citation.parent && codeOf(citation.parent)) ?? ''}${citation.number}`;
		default:
			return null;
	}
}

/** True for paragraphs in the operative part (numbered paragraphs and their subparagraphs). */
export function isOperative(p: Paragraph): boolean {
	return p.kind === 'operative' || p.kind === 'subparagraph';
}
