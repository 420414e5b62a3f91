/**
 * Building documents by hand for tests: a list of paragraphs in, a ResolutionDocument out, with ids
 * `p1`, `p2`, … in reading order as the parser assigns them.
 */
import type { DocumentMeta, Paragraph, ParagraphKind, ResolutionDocument } from '../core/types';

/** A paragraph for {@link makeDocument}: its kind and text, with an optional number and flags. */
export interface ParagraphSpec {
	kind: ParagraphKind;
	text: string;
	number?: string | null;
	inferred?: boolean;
}

/** Make a document from paragraph specs; `[kind, text]` tuples are accepted as shorthand. */
export function makeDocument(
	specs: readonly (ParagraphSpec | readonly [ParagraphKind, string])[],
	meta: Partial<DocumentMeta> = {}
): ResolutionDocument {
	let operative = 0;
	const paragraphs: Paragraph[] = specs.map((s, index) => {
		const spec: ParagraphSpec = Array.isArray(s) ? { kind: s[0], text: s[1] } : (s as ParagraphSpec);
		if (spec.kind === 'operative') operative++;
		const number = spec.number !== undefined ? spec.number : spec.kind === 'operative' ? String(operative) : null;
		const paragraph: Paragraph = { id: `p${index + 1}`, kind: spec.kind, number, text: spec.text };
		if (spec.inferred) paragraph.inferred = true;
		return paragraph;
	});
	return {
		meta: { symbol: null, session: null, date: null, title: null, source: 'test', ...meta },
		paragraphs,
		footnotes: []
	};
}

/** Text of a paragraph by id, or throw: tests name paragraphs that must exist. */
export function textOf(doc: ResolutionDocument, id: string): string {
	const p = doc.paragraphs.find((x) => x.id === id);
	if (!p) throw new Error(`no paragraph ${id} in ${doc.meta.source}`);
	return p.text;
}
