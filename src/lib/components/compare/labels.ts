/**
 * Paragraph labels as delegates say them. Preambular paragraphs carry no printed number, yet in a
 * negotiation everyone refers to them by position ("PP5"), so the label counts them; operative
 * paragraphs are cited by their printed number ("OP4", "OP4 (a)").
 */
import type { Paragraph, ParagraphKind, ResolutionDocument } from '../../core/types';

/** How a paragraph is named in the interface. */
export interface ParagraphLabel {
	/** The chip shown beside the text: `序言 5`, `执行 4.`, `执行 4 (a)`, `标题`. */
	chip: string;
	/** The negotiators' shorthand: `PP5`, `OP4`, `OP4(a)`; null for titles, headings and closings. */
	code: string | null;
	/** A full phrase for screen readers and tooltips: `序言部分第 5 段 (PP5)`. */
	spoken: string;
}

/** Chinese names of the kinds of paragraph, as the UN's Chinese drafting manuals name them. */
const KIND_NAMES: Record<ParagraphKind, string> = {
	heading: '小标题',
	title: '标题',
	preamble: '序言',
	operative: '执行',
	subparagraph: '分段',
	closing: '结尾',
	other: '其他'
};

/** Labels every paragraph of a document, keyed by paragraph id. */
export function labelParagraphs(doc: ResolutionDocument): Map<string, ParagraphLabel> {
	const labels = new Map<string, ParagraphLabel>();
	const byId = new Map(doc.paragraphs.map((p) => [p.id, p]));
	let preamble = 0;
	let operative = 0;
	for (const p of doc.paragraphs) {
		if (p.kind === 'preamble') {
			preamble += 1;
			labels.set(p.id, {
				chip: `序言 ${preamble}`,
				code: `PP${preamble}`,
				spoken: `序言部分第 ${preamble} 段 (PP${preamble})`
			});
		} else if (p.kind === 'operative') {
			operative += 1;
			const n = p.number ?? String(operative);
			labels.set(p.id, { chip: `执行 ${n}.`, code: `OP${n}`, spoken: `执行部分第 ${n} 段 (OP${n})` });
		} else if (p.kind === 'subparagraph') {
			const parent = p.parent ? byId.get(p.parent) : undefined;
			const parentNumber = parent?.kind === 'operative' ? (parent.number ?? null) : null;
			const own = p.number ?? '';
			const chip = parentNumber ? `执行 ${parentNumber} ${own}`.trim() : `分段 ${own}`.trim();
			const code = parentNumber ? `OP${parentNumber}${own}` : own || null;
			labels.set(p.id, { chip, code, spoken: code ? `${chip} (${code})` : chip });
		} else {
			const name = KIND_NAMES[p.kind];
			const chip = p.number ? `${name} ${p.number}` : name;
			labels.set(p.id, { chip, code: null, spoken: chip });
		}
	}
	return labels;
}

/** True for paragraphs in the operative part (numbered paragraphs and their subparagraphs). */
export function isOperative(p: Paragraph): boolean {
	return p.kind === 'operative' || p.kind === 'subparagraph';
}
