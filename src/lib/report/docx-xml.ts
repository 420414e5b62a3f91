/**
 * The last step of the Word report: document.xml rewritten where the `docx` library has no way to say it:
 * a move's `w:del`/`w:ins` turned into `w:moveFrom`/`w:moveTo` with their named ranges, and a footnote
 * cited twice given its `NOTEREF` cross-reference.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CROSS_REFERENCE, MOVE_RANGE, type Builder } from './docx-builder';

/** Replaces document.xml in a package by what {@link finishDocumentXml} makes of it. */
export function finishPackage(bytes: Uint8Array, builder: Builder): Uint8Array {
	if (builder.moved.size === 0 && builder.crossReferenced.size === 0) return bytes;
	const files = unzipSync(bytes);
	files['word/document.xml'] = strToU8(finishDocumentXml(strFromU8(files['word/document.xml']), builder));
	return zipSync(files);
}

/** Escapes text for an XML attribute. */
export function attribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * What the docx package cannot write, written into document.xml: moves and cross-references.
 * - The revisions of a moved row's copies become `w:moveFrom` and `w:moveTo` (docx writes them as `w:del` and
 *   `w:ins`, which never nest in its output, so each is matched up to its own end tag), and the range markers
 *   the copies carry become `w:moveFromRangeStart`/`End` and `w:moveToRangeStart`/`End` named after the move.
 * - A footnote cited again becomes a `NOTEREF _RefNoteN \\f \\h` field formatted as a footnote reference, whose
 *   result is the note's number, and a bookmark `_RefNoteN` encloses the note's first reference.
 */
export function finishDocumentXml(xml: string, builder: Builder): string {
	const by = `w:author="${attribute(builder.author)}" w:date="${attribute(builder.date)}"`;
	let out = xml.replace(
		/<w:(ins|del) w:id="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/w:\1>)/g,
		(whole, kind: string, id: string, rest: string, tail: string, content: string | undefined) => {
			const side = builder.moved.get(Number(id));
			if (!side) return whole;
			const name = side === 'from' ? 'w:moveFrom' : 'w:moveTo';
			return content === undefined
				? `<${name} w:id="${id}"${rest}/>`
				: `<${name} w:id="${id}"${rest}>${content}</${name}>`;
		}
	);
	const [open, close] = MOVE_RANGE;
	out = out.replace(
		new RegExp(`<w:r><w:t(?: [^>]*)?>${open}(from|to)-(start|end)-(\\d+)${close}</w:t></w:r>`, 'g'),
		(_, side: string, kind: string, n: string) => {
			// Range ids share one space with comments and bookmarks in some readers: kept far above both.
			const id = 100000 + 2 * Number(n) + (side === 'to' ? 1 : 0);
			const tag = `w:move${side === 'from' ? 'From' : 'To'}Range${kind === 'start' ? 'Start' : 'End'}`;
			return kind === 'start' ? `<${tag} w:id="${id}" w:name="move${n}" ${by}/>` : `<${tag} w:id="${id}"/>`;
		}
	);
	for (const id of builder.crossReferenced) {
		const reference = out.indexOf(`<w:footnoteReference w:id="${id}"/>`);
		if (reference < 0) continue;
		const start = out.lastIndexOf('<w:r>', reference);
		const end = out.indexOf('</w:r>', reference) + '</w:r>'.length;
		const bookmark = 200000 + id;
		out =
			out.slice(0, start) +
			`<w:bookmarkStart w:id="${bookmark}" w:name="_RefNote${id}"/>` +
			out.slice(start, end) +
			`<w:bookmarkEnd w:id="${bookmark}"/>` +
			out.slice(end);
	}
	const [refOpen, refClose] = CROSS_REFERENCE;
	return out.replace(
		// The run's properties are matched up to their own end tag only, so a match never spans two runs.
		new RegExp(
			`<w:r>(<w:rPr>(?:(?!</w:rPr>)[\\s\\S])*</w:rPr>)?<w:(t|delText)(?: [^>]*)?>${refOpen}(\\d+)${refClose}</w:\\2></w:r>`,
			'g'
		),
		(_, rPr: string | undefined, t: string, id: string) => {
			const props = rPr ?? '';
			const instr = t === 'delText' ? 'w:delInstrText' : 'w:instrText';
			const run = (inner: string) => `<w:r>${props}${inner}</w:r>`;
			return [
				run('<w:fldChar w:fldCharType="begin"/>'),
				run(`<${instr} xml:space="preserve"> NOTEREF _RefNote${id} \\f \\h </${instr}>`),
				run('<w:fldChar w:fldCharType="separate"/>'),
				run(`<w:${t} xml:space="preserve">${builder.referenced.get(Number(id)) ?? id}</w:${t}>`),
				run('<w:fldChar w:fldCharType="end"/>')
			].join('');
		}
	);
}
