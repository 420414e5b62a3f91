/**
 * Paragraph labels as delegates say them. Preambular paragraphs carry no printed number, yet in a
 * negotiation everyone refers to them by position ("PP5"), so the label counts them; operative
 * paragraphs are cited by their printed number ("OP4", "OP4 (a)"). Which paragraph is which comes from
 * the reports' citations (core/report/labels.ts), so the page and every exported report agree.
 */
import { citeParagraphs, nameCitation, type Citation } from '../../core/report/labels';
import type { Paragraph, ResolutionDocument } from '../../core/types';

/** How a paragraph is named in the interface. */
export interface ParagraphChip {
	/** The chip shown beside the text: `序言 5`, `执行 4.`, `执行 4 (a)`, `标题`. */
	chip: string;
	/** The negotiators' shorthand: `PP5`, `OP4`, `OP4(a)`; null for titles, headings and closings. */
	code: string | null;
	/** A full phrase for screen readers and tooltips: `序言部分第 5 段 (PP5)`. */
	spoken: string;
}

/** Labels every paragraph of a document, keyed by paragraph id. */
export function chipParagraphs(doc: ResolutionDocument): Map<string, ParagraphChip> {
	const labels = new Map<string, ParagraphChip>();
	for (const [id, citation] of citeParagraphs(doc)) labels.set(id, chipOfCitation(citation));
	return labels;
}

function chipOfCitation(citation: Citation): ParagraphChip {
	const name = nameCitation(citation, 'zh');
	const code = codeOf(citation);
	switch (citation.kind) {
		case 'preamble':
			return { chip: name, code, spoken: `序言部分第 ${citation.number} 段 (${code})` };
		case 'operative':
			// The chip echoes the printed number, full stop included.
			return { chip: `${name}.`, code, spoken: `执行部分第 ${citation.number} 段 (${code})` };
		default:
			return { chip: name, code, spoken: code && code !== citation.number ? `${name} (${code})` : name };
	}
}

/** `PP5`, `OP4`, `OP4(a)`, `OP4(a)(i)`; a subparagraph of no numbered paragraph is just `(b)`. */
function codeOf(citation: Citation): string | null {
	switch (citation.kind) {
		case 'preamble':
			return `PP${citation.number}`;
		case 'operative':
			return `OP${citation.number}`;
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
