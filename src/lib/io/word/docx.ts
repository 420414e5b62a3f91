/**
 * Reading a Word .docx (Office Open XML, ECMA-376) into the clean text shape the parser reads, in either of
 * the two versions a document with tracked changes holds: as accepted (every change accepted, what Word's
 * Accept All leaves) or as original (every change rejected).
 *
 * Why not mammoth, the common .docx reader: it reads the body well, but it drops deleted text and cannot
 * give the original version, and it turns automatic numbering into HTML lists without the numbers Word
 * displays (`1.`, `(a)`, restarts). Both are what resodiff needs, so the package is read here: fflate unzips
 * it, htmlparser2 reads the XML (xml.ts), and this module walks document.xml once into a version-neutral
 * model in which every piece of text and every paragraph mark carries the revisions around it; each version
 * is then a filter over that model.
 *
 * What a version keeps (ECMA-376 Part 1, §17.13.5):
 * - runs inside `w:ins` and `w:moveTo` exist in the accepted version only, runs inside `w:del` and
 *   `w:moveFrom` in the original only (an insertion later deleted by another author exists in neither);
 * - a paragraph mark revised the same way (`w:pPr/w:rPr/w:ins` …) exists in one version only; where a mark
 *   does not exist, the paragraph's text joins the next paragraph, as when the mark is deleted in Word;
 * - table rows (`w:trPr/w:ins|w:del`) and cells (`w:cellIns`, `w:cellDel`) likewise;
 * - formatting revisions (`w:pPrChange`, `w:rPrChange`) change no text; the original version takes its
 *   paragraph properties from them, so a numbering that a revision changed counts as it was (`w:numPr`
 *   marked `w:ins` did not exist before).
 * Numbers that Word's automatic numbering displays are counted per version (numbering.ts); footnotes and
 * endnotes are read from their parts, revisions included, and numbered in the order the version cites them;
 * a second citation of one note by a `NOTEREF \f` cross-reference gives that note's mark again.
 * Fields show their result, never their code. Headers, footers, comments, drawings and hidden text are not
 * the document's text and are left out. Cost: linear in the size of the XML.
 */
import type { Unzipped } from 'fflate';
import { ResodiffError, type ErrorLocation } from '../../core/index';
import { readNumbering, type NumberingDefinitions } from './numbering';
import { unzipParts } from './package';
import { child, decodeXml, elements, parseXml, type XmlElement, type XmlNode } from './xml';
import {
	asIn,
	listNumbers,
	revised,
	runHidden,
	type ModelNumbering,
	type ParagraphProps,
	type RawBlock,
	type RawItem,
	type RawParagraph,
	type RawRow,
	type Revision,
	type RunFormat,
	type WordModel
} from './model';

/** A style: what it is based on, its numbering and its run formatting, now and before a formatting revision. */
interface Style {
	basedOn?: string;
	numId?: string;
	ilvl?: number;
	run: RunFormat;
	/** The run formatting before a tracked change of the style (`w:rPrChange`), else `run`. */
	runBefore: RunFormat;
	/** The numbering before a tracked change of the style (`w:pPrChange`), when there is one. */
	numBefore?: { numId?: string; ilvl?: number };
}

/** The formatting of the same text in the two versions. */
interface Formats {
	now: RunFormat;
	before: RunFormat;
}

/** Styles of a document, with the defaults. */
interface Styles {
	byId: Map<string, Style>;
	defaultParagraph?: string;
	defaults: RunFormat;
}

/** A toggle property (`w:b`, `w:i`): present means on, unless its value says off. */
function toggle(element: XmlElement | undefined): boolean | undefined {
	if (!element) return undefined;
	return !/^(0|false|off|none)$/i.test(element.attrs['w:val'] ?? '');
}

/** Reads the formatting of a `w:rPr`. */
function readRunFormat(rPr: XmlElement | undefined): RunFormat {
	if (!rPr) return {};
	const format: RunFormat = {};
	const set = <K extends keyof RunFormat>(key: K, value: RunFormat[K] | undefined) => {
		if (value !== undefined) format[key] = value;
	};
	set('bold', toggle(child(rPr, 'w:b')));
	set('italic', toggle(child(rPr, 'w:i')));
	set('boldCs', toggle(child(rPr, 'w:bCs')));
	set('italicCs', toggle(child(rPr, 'w:iCs')));
	set('hidden', toggle(child(rPr, 'w:vanish')) || toggle(child(rPr, 'w:specVanish')) || undefined);
	set('complex', toggle(child(rPr, 'w:rtl')) || toggle(child(rPr, 'w:cs')) || undefined);
	return format;
}

/** Overlays run formats, later ones winning where they say something. */
function overlay(...formats: (RunFormat | undefined)[]): RunFormat {
	const out: RunFormat = {};
	for (const format of formats)
		if (format) Object.assign(out, Object.fromEntries(Object.entries(format).filter(([, v]) => v !== undefined)));
	return out;
}

/** Reads styles.xml. */
function readStyles(root: XmlElement | undefined): Styles {
	const styles: Styles = { byId: new Map(), defaults: {} };
	const top = root ? child(root, 'w:styles') : undefined;
	if (!top) return styles;
	styles.defaults = readRunFormat(child(child(child(top, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
	for (const style of elements(top, 'w:style')) {
		const id = style.attrs['w:styleId'];
		if (!id) continue;
		const pPr = child(style, 'w:pPr');
		const props = readParagraphProps(pPr);
		const pChange = child(pPr, 'w:pPrChange');
		const rPr = child(style, 'w:rPr');
		const rChange = child(rPr, 'w:rPrChange');
		const run = readRunFormat(rPr);
		const before = pChange ? readParagraphProps(child(pChange, 'w:pPr')) : undefined;
		styles.byId.set(id, {
			basedOn: child(style, 'w:basedOn')?.attrs['w:val'],
			numId: props.numId,
			ilvl: props.ilvl,
			run,
			runBefore: rChange ? readRunFormat(child(rChange, 'w:rPr')) : run,
			numBefore: before ? { numId: before.numId, ilvl: before.ilvl } : undefined
		});
		if (
			style.attrs['w:type'] === 'paragraph' &&
			toggle({ name: '', attrs: { 'w:val': style.attrs['w:default'] ?? '0' }, children: [] })
		) {
			styles.defaultParagraph = id;
		}
	}
	return styles;
}

/** A style and the styles it is based on, nearest first (cycles cut). */
function styleChain(styles: Styles, id: string | undefined): Style[] {
	const chain: Style[] = [];
	const seen = new Set<string>();
	while (id && !seen.has(id) && chain.length < 32) {
		seen.add(id);
		const style = styles.byId.get(id);
		if (!style) break;
		chain.push(style);
		id = style.basedOn;
	}
	return chain;
}

/** Reads a `w:pPr` (or the `w:pPr` inside a `w:pPrChange`). */
function readParagraphProps(pPr: XmlElement | undefined): ParagraphProps {
	const numPr = child(pPr, 'w:numPr');
	const ilvl = child(numPr, 'w:ilvl')?.attrs['w:val'];
	return {
		style: child(pPr, 'w:pStyle')?.attrs['w:val'],
		numId: child(numPr, 'w:numId')?.attrs['w:val'],
		ilvl: ilvl === undefined ? undefined : Number.parseInt(ilvl, 10),
		numInserted: child(numPr, 'w:ins') !== undefined || undefined
	};
}

/**
 * Word's revision elements and the tracked change each marks: around runs and paragraphs (`w:ins`, `w:del`,
 * and a move's two ends), or in the properties of a paragraph mark, a row or a cell.
 */
const REVISIONS: ReadonlyMap<string, Revision> = new Map([
	['w:ins', 'insertion'],
	['w:moveTo', 'insertion'],
	['w:cellIns', 'insertion'],
	['w:del', 'deletion'],
	['w:moveFrom', 'deletion'],
	['w:cellDel', 'deletion']
]);

/** The versions in which something marked by these revision elements does not exist. */
function hiddenBy(elementsOf: XmlElement | undefined): number {
	let hidden = 0;
	for (const e of elements(elementsOf)) {
		const revision = REVISIONS.get(e.name);
		if (revision) hidden = revised(hidden, revision);
	}
	return hidden;
}

/** A field being read: its code so far and whether its result has begun. */
interface OpenField {
	code: string;
	result: boolean;
	/** Set for `NOTEREF … \f`: the note whose mark the result shows. */
	note?: string | null;
}

/** Elements whose content is not the document's text. */
const SKIPPED = new Set([
	'w:pPr',
	'w:rPr',
	'w:sectPr',
	'w:tblPr',
	'w:tblGrid',
	'w:trPr',
	'w:tcPr',
	'w:sdtPr',
	'w:sdtEndPr',
	'w:drawing',
	'w:pict',
	'w:object',
	'w:commentReference',
	'w:annotationRef',
	'w:footnoteRef',
	'w:endnoteRef',
	'w:separator',
	'w:continuationSeparator',
	'w:instrText',
	'w:delInstrText',
	'w:fldData',
	'w:rPrChange',
	'w:pPrChange',
	'm:ctrlPr',
	'm:rPr'
]);

/** Reads the body of one part (document, or a note) into the neutral model. */
class BodyReader {
	/** Open fields, outermost first (fields nest). */
	private readonly fields: OpenField[] = [];
	/** Whether a drawing read past holds text in a text box (not read: a warning says so). */
	textBoxes = false;
	/** Which note each bookmark holds, for `NOTEREF` cross-references. */
	constructor(
		private readonly styles: Styles,
		private readonly bookmarkNotes: Map<string, string>
	) {}

	/** True while text is inside a field's code rather than its result. */
	private inFieldCode(): boolean {
		return this.fields.some((f) => !f.result);
	}

	/** Reads block-level content: paragraphs, tables, content controls. */
	blocks(container: XmlElement, hidden: number, out: RawBlock[] = []): RawBlock[] {
		for (const node of container.children) {
			if (typeof node === 'string') continue;
			switch (node.name) {
				case 'w:p':
					out.push(this.paragraph(node, hidden));
					break;
				case 'w:tbl':
					out.push(this.table(node, hidden));
					break;
				case 'w:sdt':
					this.blocks(child(node, 'w:sdtContent') ?? node, hidden, out);
					break;
				case 'w:customXml':
				case 'w:smartTag':
					this.blocks(node, hidden, out);
					break;
				case 'w:ins':
				case 'w:moveTo':
				case 'w:del':
				case 'w:moveFrom':
					this.blocks(node, revised(hidden, REVISIONS.get(node.name)!), out);
					break;
				case 'mc:AlternateContent': {
					const fallback = child(node, 'mc:Fallback');
					if (fallback) this.blocks(fallback, hidden, out);
					break;
				}
				default:
					break;
			}
		}
		return out;
	}

	/** Reads a table: rows of cells, rows and cells with their revisions. */
	private table(tbl: XmlElement, hidden: number): RawBlock {
		const rows: RawRow[] = [];
		const collectRows = (container: XmlElement, rowHidden: number) => {
			for (const node of elements(container)) {
				if (node.name === 'w:tr') {
					const rh = rowHidden | hiddenBy(child(node, 'w:trPr'));
					const cells: RawRow['cells'] = [];
					const collectCells = (rowContainer: XmlElement, cellHidden: number) => {
						for (const cell of elements(rowContainer)) {
							if (cell.name === 'w:tc') {
								const tcPr = child(cell, 'w:tcPr');
								// A cell merged into the one above holds nothing of its own.
								const merge = child(tcPr, 'w:vMerge');
								if (merge && (merge.attrs['w:val'] ?? 'continue') === 'continue') continue;
								cells.push({
									hidden: cellHidden | hiddenBy(tcPr),
									blocks: this.blocks(cell, cellHidden | rh | hiddenBy(tcPr))
								});
							} else if (cell.name === 'w:sdt') collectCells(child(cell, 'w:sdtContent') ?? cell, cellHidden);
							else if (cell.name === 'w:customXml') collectCells(cell, cellHidden);
						}
					};
					collectCells(node, 0);
					rows.push({ hidden: rh, cells });
				} else if (node.name === 'w:sdt') collectRows(child(node, 'w:sdtContent') ?? node, rowHidden);
				else if (node.name === 'w:customXml') collectRows(node, rowHidden);
			}
		};
		collectRows(tbl, hidden);
		return { type: 'table', rows };
	}

	/** Reads a paragraph: properties, mark revision and content. */
	private paragraph(p: XmlElement, hidden: number): RawParagraph {
		const pPr = child(p, 'w:pPr');
		const change = child(pPr, 'w:pPrChange');
		const props = readParagraphProps(pPr);
		const paragraph: RawParagraph = {
			type: 'p',
			props,
			markHidden: hidden | hiddenBy(child(pPr, 'w:rPr')),
			items: []
		};
		if (change) paragraph.before = readParagraphProps(child(change, 'w:pPr'));
		// Runs take the paragraph style's formatting under their own.
		const paragraphFormat = this.paragraphFormat(props.style);
		this.inline(p, hidden, paragraph.items, paragraphFormat);
		return paragraph;
	}

	/** The run formatting a paragraph style gives, with the document defaults under it. */
	private paragraphFormat(style: string | undefined): Formats {
		const chain = styleChain(this.styles, style ?? this.styles.defaultParagraph).reverse();
		return {
			now: overlay(this.styles.defaults, ...chain.map((s) => s.run)),
			before: overlay(this.styles.defaults, ...chain.map((s) => s.runBefore))
		};
	}

	/** The formatting of a run: paragraph style, character style, direct formatting (before: `w:rPrChange`). */
	private runFormat(base: Formats, rPr: XmlElement | undefined): Formats {
		const chain = styleChain(this.styles, child(rPr, 'w:rStyle')?.attrs['w:val']).reverse();
		const direct = readRunFormat(rPr);
		const changed = child(rPr, 'w:rPrChange');
		return {
			now: overlay(base.now, ...chain.map((s) => s.run), direct),
			before: overlay(
				base.before,
				...chain.map((s) => s.runBefore),
				changed ? readRunFormat(child(changed, 'w:rPr')) : direct
			)
		};
	}

	/** Reads inline content into items. */
	private inline(container: XmlElement, hidden: number, out: RawItem[], base: Formats): void {
		for (const node of container.children) {
			if (typeof node === 'string') continue;
			switch (node.name) {
				case 'w:r':
					this.run(node, hidden, out, base);
					break;
				case 'w:ins':
				case 'w:moveTo':
				case 'w:del':
				case 'w:moveFrom':
					this.inline(node, revised(hidden, REVISIONS.get(node.name)!), out, base);
					break;
				case 'w:sdt':
					this.inline(child(node, 'w:sdtContent') ?? node, hidden, out, base);
					break;
				case 'w:fldSimple': {
					const field: OpenField = { code: node.attrs['w:instr'] ?? '', result: true };
					field.note = this.noteOfField(field.code);
					this.fields.push(field);
					if (field.note) out.push({ type: 'note', key: field.note, hidden });
					else this.inline(node, hidden, out, base);
					this.fields.pop();
					break;
				}
				case 'mc:AlternateContent': {
					const fallback = child(node, 'mc:Fallback');
					if (fallback) this.inline(fallback, hidden, out, base);
					break;
				}
				case 'm:oMathPara':
				case 'm:oMath':
					this.math(node, hidden, out, base);
					break;
				default:
					if (SKIPPED.has(node.name)) break;
					// Hyperlinks, smart tags, custom XML, bidirectional overrides: their runs are text.
					if (node.name.startsWith('w:') && node.children.length > 0) this.inline(node, hidden, out, base);
					break;
			}
		}
	}

	/** Reads the text of an equation: its `m:t` in order, with revisions on its runs (`m:r/w:del`). */
	private math(node: XmlElement, hidden: number, out: RawItem[], base: Formats): void {
		for (const e of elements(node)) {
			const revision = REVISIONS.get(e.name);
			if (e.name === 'm:t') this.text(textOf(e), hidden, out, base.now, base.before);
			else if (revision) this.math(e, revised(hidden, revision), out, base);
			else if (!SKIPPED.has(e.name) && !e.name.startsWith('w:')) this.math(e, hidden, out, base);
		}
	}

	/** Adds text, unless it is inside a field's code. */
	private text(text: string, hidden: number, out: RawItem[], now: RunFormat, before: RunFormat): void {
		if (!text || this.inFieldCode()) return;
		const field = this.fields[this.fields.length - 1];
		// The result of a NOTEREF \f field is the note's mark: it was written as a citation already.
		if (field?.note) return;
		out.push({ type: 'text', text, hidden, now, before });
	}

	/** The note a field cites when it is `NOTEREF bookmark … \f` (a footnote cited a second time). */
	private noteOfField(code: string): string | null {
		const m = /^\s*NOTEREF\s+(\S+)(.*)$/i.exec(code);
		if (!m || !/\\f\b/i.test(m[2])) return null;
		return this.bookmarkNotes.get(m[1]) ?? null;
	}

	/** Reads a run: text, tabs, breaks, symbols, note references, field characters. */
	private run(r: XmlElement, hidden: number, out: RawItem[], base: Formats): void {
		const { now, before } = this.runFormat(base, child(r, 'w:rPr'));
		const h = runHidden(hidden, now);
		let customMark: { key: string; item: RawItem & { type: 'note' } } | null = null;
		for (const node of r.children) {
			if (typeof node === 'string') continue;
			switch (node.name) {
				case 'w:t':
				case 'w:delText': {
					const text = textOf(node);
					if (customMark) {
						// A note with a custom mark: the run's text is the mark.
						customMark.item.custom = (customMark.item.custom ?? '') + text.trim();
						break;
					}
					this.text(text, h, out, now, before);
					break;
				}
				case 'w:tab':
				case 'w:ptab':
					this.text('\t', h, out, now, before);
					break;
				case 'w:br':
				case 'w:cr':
					this.text('\n', h, out, now, before);
					break;
				case 'w:noBreakHyphen':
					this.text('\u2011', h, out, now, before);
					break;
				case 'w:sym': {
					const code = Number.parseInt(node.attrs['w:char'] ?? '', 16);
					if (Number.isFinite(code) && code > 0) {
						if (customMark) customMark.item.custom = (customMark.item.custom ?? '') + String.fromCodePoint(code);
						else this.text(String.fromCodePoint(code), h, out, now, before);
					}
					break;
				}
				case 'w:footnoteReference':
				case 'w:endnoteReference': {
					if (this.inFieldCode()) break;
					const key = (node.name === 'w:footnoteReference' ? 'f' : 'e') + (node.attrs['w:id'] ?? '');
					const item: RawItem & { type: 'note' } = { type: 'note', key, hidden: h };
					out.push(item);
					if (toggle({ name: '', attrs: { 'w:val': node.attrs['w:customMarkFollows'] ?? '0' }, children: [] }))
						customMark = { key, item };
					break;
				}
				case 'w:fldChar': {
					const type = node.attrs['w:fldCharType'];
					if (type === 'begin') this.fields.push({ code: '', result: false });
					else if (type === 'separate') {
						const field = this.fields[this.fields.length - 1];
						if (field) {
							field.result = true;
							field.note = this.noteOfField(field.code);
							if (field.note && !this.inFieldCode()) out.push({ type: 'note', key: field.note, hidden: h });
						}
					} else if (type === 'end') this.fields.pop();
					break;
				}
				case 'w:instrText':
				case 'w:delInstrText': {
					const field = this.fields[this.fields.length - 1];
					if (field && !field.result) field.code += textOf(node);
					break;
				}
				case 'mc:AlternateContent': {
					const fallback = child(node, 'mc:Fallback');
					if (fallback) this.run({ ...r, children: fallback.children }, hidden, out, base);
					break;
				}
				case 'w:drawing':
				case 'w:pict':
					this.textBoxes ||= holdsTextBoxText(node);
					break;
				default:
					break;
			}
		}
	}
}

/** Whether a drawing holds a text box (`w:txbxContent`) with text in it. */
function holdsTextBoxText(node: XmlElement, inBox = false): boolean {
	if (inBox && node.name === 'w:t' && textOf(node).trim() !== '') return true;
	const boxed = inBox || node.name === 'w:txbxContent';
	return elements(node).some((e) => holdsTextBoxText(e, boxed));
}

/** The character data of an element (a `w:t` holds text only). */
function textOf(element: XmlElement): string {
	let out = '';
	for (const node of element.children) if (typeof node === 'string') out += node;
	return out;
}

/** Which note each bookmark encloses: bookmarks around a note reference, for NOTEREF cross-references. */
function findBookmarkNotes(body: XmlElement): Map<string, string> {
	const open = new Map<string, string>();
	const notes = new Map<string, string>();
	const stack: XmlNode[] = [body];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (typeof node === 'string') continue;
		if (node.name === 'w:bookmarkStart') open.set(node.attrs['w:id'] ?? '', node.attrs['w:name'] ?? '');
		else if (node.name === 'w:bookmarkEnd') open.delete(node.attrs['w:id'] ?? '');
		else if (node.name === 'w:footnoteReference' || node.name === 'w:endnoteReference') {
			const key = (node.name === 'w:footnoteReference' ? 'f' : 'e') + (node.attrs['w:id'] ?? '');
			for (const name of open.values()) if (!notes.has(name)) notes.set(name, key);
		}
		for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
	}
	return notes;
}

/** Resolves a part name relative to the folder of the part that refers to it. */
function resolvePart(from: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = from.split('/').slice(0, -1);
	for (const piece of target.split('/')) {
		if (piece === '..') parts.pop();
		else if (piece !== '.' && piece !== '') parts.push(piece);
	}
	return parts.join('/');
}

/** The relationships of a part: type (last path segment) → target part, and `#id` → target part. */
function relationshipsOf(files: Unzipped, part: string): Map<string, string> {
	const folder = part.split('/').slice(0, -1).join('/');
	const relsName = `${folder ? folder + '/' : ''}_rels/${part.split('/').pop()}.rels`;
	const out = new Map<string, string>();
	const data = files[relsName];
	if (!data) return out;
	for (const rel of elements(child(parseXml(decodeXml(data)), 'pr:Relationships'), 'pr:Relationship')) {
		if (rel.attrs.TargetMode === 'External') continue;
		const type = (rel.attrs.Type ?? '').split('/').pop() ?? '';
		const target = resolvePart(part, rel.attrs.Target ?? '');
		if (!out.has(type)) out.set(type, target);
		// By id too (`#rId3`), for the parts a document names by id: its headers.
		if (rel.attrs.Id) out.set(`#${rel.attrs.Id}`, target);
	}
	return out;
}

/** The main document part of a package, from its relationships (word/document.xml by convention). */
export function mainDocumentPart(files: Unzipped): string | undefined {
	const main = relationshipsOf(files, '').get('officeDocument');
	if (main && files[main]) return main;
	return files['word/document.xml'] ? 'word/document.xml' : undefined;
}

/** Whether a part name belongs to what the .docx reader needs (the rest of the package is never unzipped). */
export function isDocxPart(name: string): boolean {
	return (
		name === '[Content_Types].xml' ||
		name.endsWith('.rels') ||
		/^word\/(document|document2|styles|numbering|footnotes|endnotes|settings)\.xml$/i.test(name) ||
		/^docProps\/custom\.xml$/.test(name) ||
		// A main document elsewhere than word/ (allowed by the package's relationships).
		(/\.xml$/i.test(name) &&
			!/^(word\/(footer|comments|theme|media|glossary|people|fontTable|webSettings|stylesWithEffects|commentsExtended|commentsIds|customizations)|customXml\/|docProps\/)/i.test(
				name
			))
	);
}

/**
 * The custom document property that lists, space-separated, the paragraph styles that make up a document's
 * own text; paragraphs of other styles (a cover page, a table of changes) are not read. resodiff's Word
 * report sets it (report/docx.ts), so that reading a report back gives the two versions it was made from.
 */
export const BODY_STYLES_PROPERTY = 'resodiff.body-styles';

/** The body styles a document declares in its custom properties, or null. */
function declaredBodyStyles(files: Unzipped): Set<string> | null {
	const name = relationshipsOf(files, '').get('custom-properties') ?? 'docProps/custom.xml';
	const data = files[name];
	if (!data) return null;
	for (const property of elements(child(parseXml(decodeXml(data)), 'cp:Properties'), 'cp:property')) {
		if (property.attrs.name !== BODY_STYLES_PROPERTY) continue;
		const value = elements(property)
			.map((v) => textOf(v))
			.join(' ')
			.trim();
		return value ? new Set(value.split(/\s+/)) : null;
	}
	return null;
}

/**
 * Word's numbering of paragraphs: the list and level a paragraph names, or else those of its style and the
 * styles it is based on; in the original version, as they were before a formatting revision.
 */
function wordNumbering(styles: Styles, definitions: NumberingDefinitions): ModelNumbering {
	return {
		definitions,
		styleList: (style) => styles.byId.get(style)?.numId,
		listOf(props, view) {
			props = asIn(view, props, props.numInserted ? { ...props, numId: undefined, ilvl: undefined } : undefined);
			let numId = props.numId;
			let ilvl = props.ilvl;
			const style = props.style ?? styles.defaultParagraph;
			for (const s of styleChain(styles, style)) {
				const own = asIn<{ numId?: string; ilvl?: number }>(view, s, s.numBefore);
				numId ??= own.numId;
				ilvl ??= own.ilvl;
			}
			if (numId === undefined || numId === '0') return undefined;
			// Without a level, the level its style is linked to (w:lvl/w:pStyle), found when counting; else 0.
			return { numId, ilvl: Number.isFinite(ilvl) ? ilvl! : undefined, style: style ?? '' };
		}
	};
}

/**
 * The header of the first page, where the UN's Word template sets a draft's masthead: the first section's
 * first-page header when the section has one (`w:titlePg`), else its default header.
 */
function firstPageHeader(files: Unzipped, main: string, body: XmlElement, styles: Styles): RawBlock[] | undefined {
	const inParagraph = elements(body, 'w:p')
		.map((p) => child(child(p, 'w:pPr'), 'w:sectPr'))
		.find((s) => s !== undefined);
	const section = inParagraph ?? child(body, 'w:sectPr');
	const titlePage = child(section, 'w:titlePg');
	const wanted = titlePage && toggle(titlePage) !== false ? 'first' : 'default';
	const reference = elements(section, 'w:headerReference').find((r) => (r.attrs['w:type'] ?? 'default') === wanted);
	const part = reference ? relationshipsOf(files, main).get(`#${reference.attrs['r:id'] ?? ''}`) : undefined;
	const data = part ? files[part] : undefined;
	if (!data) return undefined;
	return new BodyReader(styles, new Map()).blocks(child(parseXml(decodeXml(data)), 'w:hdr') ?? parseXml(''), 0);
}

/** Reads the package of a .docx into the version-neutral model. */
export function readDocxModel(files: Unzipped, where: ErrorLocation): WordModel {
	const main = mainDocumentPart(files);
	if (!main) {
		throw new ResodiffError(
			'word-broken',
			'a zip package, but not a Word (.docx) document: it has no word/document.xml',
			where
		);
	}
	const rels = relationshipsOf(files, main);
	const part = (type: string) => {
		const name = rels.get(type);
		const data = name ? files[name] : undefined;
		return data ? parseXml(decodeXml(data)) : undefined;
	};
	const documentXml = parseXml(decodeXml(files[main]));
	const body = child(child(documentXml, 'w:document'), 'w:body');
	if (!body)
		throw new ResodiffError('word-broken', 'the Word document has no body (word/document.xml is damaged)', where);
	const styles = readStyles(part('styles'));
	const numbering = readNumbering(part('numbering'));
	const bookmarkNotes = findBookmarkNotes(body);
	const reader = new BodyReader(styles, bookmarkNotes);
	let blocks = reader.blocks(body, 0);
	// A document that names the styles of its body (resodiff's own Word report does, to set its cover and
	// change table apart) is those paragraphs alone.
	const bodyStyles = declaredBodyStyles(files);
	if (bodyStyles) {
		blocks = blocks.filter(
			(b) => b.type === 'p' && (bodyStyles.has(b.props.style ?? '') || bodyStyles.has(b.before?.style ?? ''))
		);
	}
	const notes = new Map<string, RawBlock[]>();
	for (const [type, prefix, tag] of [
		['footnotes', 'f', 'w:footnote'],
		['endnotes', 'e', 'w:endnote']
	] as const) {
		const root = part(type);
		const top = root ? child(root, `w:${type}`) : undefined;
		for (const note of elements(top, tag)) {
			const noteType = note.attrs['w:type'];
			if (noteType && noteType !== 'normal') continue;
			notes.set(prefix + (note.attrs['w:id'] ?? ''), new BodyReader(styles, new Map()).blocks(note, 0));
		}
	}
	// Footnote numbering: the last section's properties, else the document settings; decimal from 1 by default.
	const settings = part('settings');
	const sectionNotes = child(elements(body, 'w:sectPr').pop(), 'w:footnotePr');
	const settingsNotes = child(child(settings, 'w:settings'), 'w:footnotePr');
	const noteProp = (name: string) =>
		child(sectionNotes, name)?.attrs['w:val'] ?? child(settingsNotes, name)?.attrs['w:val'];
	return {
		blocks,
		notes,
		masthead: firstPageHeader(files, main, body, styles),
		numbering: wordNumbering(styles, numbering),
		noteStart: Number.parseInt(noteProp('w:numStart') ?? '1', 10) || 1,
		noteFormat: noteProp('w:numFmt') ?? 'decimal',
		warnings: reader.textBoxes ? [{ kind: 'text-boxes' }] : []
	};
}

/**
 * The numbers a document's lists give its paragraphs, in reading order, in each version (paragraphs without
 * a list number are left out). The Word report checks with it that its list counts each version right.
 */
export function readListNumbers(files: Unzipped | Uint8Array): { accepted: string[]; original: string[] } {
	const parts = files instanceof Uint8Array ? unzipParts(files, isDocxPart, {}) : files;
	const model = readDocxModel(parts, {});
	return { accepted: listNumbers(model, 'accepted'), original: listNumbers(model, 'original') };
}
