/**
 * Reading a .docx back, for tests and checks: unzip it, and replay Word's Accept All and Reject All on
 * document.xml to get the text each would leave, paragraph by paragraph. Regular expressions suffice
 * because the XML is the `docx` package's own, with no nesting of paragraphs or revisions.
 *
 * Accept All: deleted runs go, inserted runs stay, and a paragraph whose mark is deleted joins the next;
 * a move is a deletion where the text stood and an insertion where it stands (`w:moveFrom`, `w:moveTo`).
 * Reject All: inserted runs go, deleted runs come back (`w:delText` is their text), and a paragraph
 * whose mark is inserted joins the next. A joined paragraph keeps the style of the mark that survives,
 * the later one, as in Word; rejecting a formatting revision (`w:pPrChange`) restores the former style.
 */
import { strFromU8, unzipSync } from 'fflate';

/** One paragraph after accepting or rejecting: its style, its text, and the footnotes it cites. */
export interface ResolvedParagraph {
	style: string | null;
	text: string;
	/** ids of the footnotes referenced, in order. */
	footnotes: number[];
	/** True when a list numbers the paragraph (`w:numPr`): its number is not in `text`. */
	listed: boolean;
}

/** The files of a .docx, as text, by path. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
	const files = unzipSync(bytes);
	return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** Decodes the five XML entities. */
function decodeXml(text: string): string {
	return text.replace(
		/&(lt|gt|amp|quot|apos);/g,
		(_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!
	);
}

/** The text of a run sequence: w:t, w:delText when `withDeleted`, tabs and breaks. */
function textOf(xml: string, withDeleted: boolean): { text: string; footnotes: number[] } {
	let text = '';
	const footnotes: number[] = [];
	const token =
		/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:delText(?:\s[^>]*)?>([\s\S]*?)<\/w:delText>|<w:tab\/>|<w:br\/>|<w:footnoteReference w:id="(\d+)"\/>/g;
	for (const m of xml.matchAll(token)) {
		if (m[1] !== undefined) text += decodeXml(m[1]);
		else if (m[2] !== undefined) {
			if (!withDeleted) throw new Error('deleted text outside w:del');
			text += decodeXml(m[2]);
		} else if (m[0] === '<w:tab/>') text += '\t';
		else if (m[0] === '<w:br/>') text += '\n';
		else footnotes.push(Number(m[3]));
	}
	return { text, footnotes };
}

/** Replays Accept All or Reject All on document.xml; returns the body's paragraphs (tables' too). */
export function resolveRevisions(documentXml: string, mode: 'accept' | 'reject'): ResolvedParagraph[] {
	const body = documentXml
		.slice(documentXml.indexOf('<w:body>'), documentXml.lastIndexOf('</w:body>'))
		// A move is a deletion where the text was and an insertion where it is.
		.replace(/<(\/?)w:moveFrom\b/g, '<$1w:del')
		.replace(/<(\/?)w:moveTo\b/g, '<$1w:ins')
		.replace(/<w:move(From|To)Range(Start|End)\b[^>]*\/>/g, '')
		// A footnote cited again by a NOTEREF cross-reference cites the note its bookmark encloses.
		.replace(
			/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:fldChar w:fldCharType="begin"\/><\/w:r>(?:(?!<w:fldChar w:fldCharType="end"\/>)[\s\S])*?NOTEREF _RefNote(\d+)[\s\S]*?<w:fldChar w:fldCharType="end"\/><\/w:r>/g,
			'<w:r><w:footnoteReference w:id="$1"/></w:r>'
		);
	const out: ResolvedParagraph[] = [];
	let carried: ResolvedParagraph | null = null;
	for (const [paragraph] of body.matchAll(/<w:p\b(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)) {
		// A formatting revision (w:pPrChange) holds the properties before the change, with a w:pPr of its own.
		const change = /<w:pPrChange\b[^>]*>([\s\S]*?)<\/w:pPrChange>/.exec(paragraph);
		const unchanged = change ? paragraph.replace(change[0], '') : paragraph;
		const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(unchanged)?.[1] ?? '';
		const styleOf = (xml: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null;
		const style = mode === 'reject' && change ? styleOf(change[1]) : styleOf(properties);
		const listed = /<w:numPr>/.test(mode === 'reject' && change ? change[1] : properties);
		const markRun = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(properties)?.[1] ?? '';
		const mark = /<w:ins\b/.test(markRun) ? 1 : /<w:del\b/.test(markRun) ? -1 : 0;
		let content = unchanged.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '');
		content =
			mode === 'accept'
				? content.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '')
				: content.replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '');
		const { text, footnotes } = textOf(content, mode === 'reject');
		const joined: ResolvedParagraph = {
			style,
			text: (carried?.text ?? '') + text,
			footnotes: [...(carried?.footnotes ?? []), ...footnotes],
			listed
		};
		const markGoes = (mode === 'accept' && mark === -1) || (mode === 'reject' && mark === 1);
		if (markGoes) carried = joined;
		else {
			out.push(joined);
			carried = null;
		}
	}
	if (carried) out.push(carried);
	return out;
}

/** The footnotes of a .docx by id, as text. */
export function readFootnotes(footnotesXml: string): Map<number, string> {
	const notes = new Map<number, string>();
	for (const m of footnotesXml.matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
		const id = Number(m[1]);
		if (id > 0) notes.set(id, textOf(m[2], false).text);
	}
	return notes;
}
