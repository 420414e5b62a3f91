/**
 * Reading an OpenDocument text (.odt, LibreOffice's own format; OASIS ODF 1.2/1.3, part 3) into the same
 * version-neutral model as a .docx (model.ts), so both versions of a document with tracked changes come out
 * of one walk: as accepted (every change accepted) or as original (every change rejected).
 *
 * Tracked changes in ODF (§5.5) are not nested around the text the way Word's `w:ins`/`w:del` are:
 * - an insertion is a range in the body between `text:change-start` and `text:change-end`, which may open in
 *   one paragraph and close in a later one. Text inside the range exists in the accepted version only, and so
 *   does every paragraph mark inside it (the mark of the paragraph the range opens in included): where a mark
 *   does not exist, the paragraph joins the next, as in model.ts;
 * - a deletion leaves a `text:change` point in the body; the deleted text is kept in the document's
 *   `text:tracked-changes` list, as the paragraphs of a `text:deletion`. The first of them continues the
 *   paragraph the point is in, each further one begins a new paragraph, and the last runs on into the rest of
 *   the paragraph after the point. Spliced in at the point, all of it exists in the original version only;
 * - a `text:format-change` changes no text and is ignored.
 * Numbers are those of `text:list`: a list names a list style whose levels give the format, prefix, suffix
 * and how many levels a number shows; a list restarts unless it continues another (`text:continue-list`,
 * `text:continue-numbering`); an item may set its number (`text:start-value`). They are counted per version
 * by numbering.ts, as Word's are. Footnotes and endnotes (`text:note`) are read from where they are cited.
 * Bold and italic come from the paragraph's and the span's styles (automatic and named, through their
 * parents). The first page's header (master page) is read apart, as the masthead (item 3 of a UN draft).
 * Cost: linear in the size of the XML.
 */
import type { Unzipped } from 'fflate';
import { ResodiffError, type ErrorLocation } from '../../core/index';
import type { ListLevel, NumberingDefinitions } from './numbering';
import { child, decodeXml, elements, parseXml, type XmlElement } from './xml';
import {
	existsIn,
	revised,
	runHidden,
	type ModelNumbering,
	type ParagraphProps,
	type RawBlock,
	type RawItem,
	type RawParagraph,
	type RawRow,
	type RunFormat,
	type WordModel
} from './model';

/** The parts of an .odt the reader needs. */
export const ODT_PARTS = new Set(['mimetype', 'content.xml', 'styles.xml']);

/** The media type an OpenDocument text declares in its `mimetype` entry. */
export const ODT_MIMETYPE = /^application\/vnd\.oasis\.opendocument\.text(?:-template)?$/;

/** A style's text formatting and parent. */
interface OdtStyle {
	parent?: string;
	run: ScriptFormat;
}

/** ODF number formats (`style:num-format`) as numbering.ts names them. */
const FORMATS: Record<string, string> = {
	'1': 'decimal',
	a: 'lowerLetter',
	A: 'upperLetter',
	i: 'lowerRoman',
	I: 'upperRoman',
	'': 'none',
	'一, 二, 三, ...': 'chineseCounting',
	'壹, 贰, 叁, ...': 'chineseLegalSimplified',
	'①, ②, ③, ...': 'decimalEnclosedCircle',
	'１, ２, ３, ...': 'decimalFullWidth',
	'а, б, .., аа, аб, ... (ru)': 'russianLower',
	'А, Б, .., Аа, Аб, ... (ru)': 'russianUpper',
	'أ, ب, ت, ...': 'arabicAlpha'
};

/** Whether a weight is bold: `bold`, or a number of 600 and more. */
function isBold(weight: string | undefined): boolean | undefined {
	if (weight === undefined) return undefined;
	if (weight === 'bold') return true;
	const n = Number.parseInt(weight, 10);
	return Number.isFinite(n) ? n >= 600 : false;
}

/** Bold and italic per script: Western (`fo:`), Asian and complex (`style:…-asian`, `style:…-complex`). */
interface ScriptFormat {
	western: RunFormat;
	asian: RunFormat;
	complex: RunFormat;
}

/** The bold and italic of one script's attributes of a `style:text-properties`. */
function scriptFormat(props: XmlElement, weight: string, posture: string, hidden: boolean): RunFormat {
	const format: RunFormat = {};
	const w = isBold(props.attrs[weight]);
	if (w !== undefined) format.bold = w;
	const p = props.attrs[posture];
	if (p !== undefined) format.italic = p === 'italic' || p === 'oblique';
	if (hidden) format.hidden = true;
	return format;
}

/**
 * The formatting of a `style:text-properties`. Writer formats each script apart: a Chinese character is bold
 * only when the Asian weight says so, whatever the Western weight.
 */
function readTextProperties(props: XmlElement | undefined): ScriptFormat {
	if (!props) return { western: {}, asian: {}, complex: {} };
	const hidden = props.attrs['text:display'] === 'none';
	return {
		western: scriptFormat(props, 'fo:font-weight', 'fo:font-style', hidden),
		asian: scriptFormat(props, 'style:font-weight-asian', 'style:font-style-asian', hidden),
		complex: scriptFormat(props, 'style:font-weight-complex', 'style:font-style-complex', hidden)
	};
}

/** Han, kana and hangul: text Writer formats as Asian. */
const ASIAN = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
/** Arabic and Hebrew: text Writer formats as complex. */
const COMPLEX = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** The formatting that applies to a piece of text, by its script. */
function formatFor(text: string, format: ScriptFormat): RunFormat {
	return ASIAN.test(text) ? format.asian : COMPLEX.test(text) ? format.complex : format.western;
}

/** One formatting over another, script by script. */
function overlayScripts(base: ScriptFormat, top: ScriptFormat): ScriptFormat {
	return {
		western: { ...base.western, ...top.western },
		asian: { ...base.asian, ...top.asian },
		complex: { ...base.complex, ...top.complex }
	};
}

/** The styles (paragraph and text families) and list styles of the style containers given. */
function readStyles(containers: (XmlElement | undefined)[]): {
	styles: Map<string, OdtStyle>;
	lists: Map<string, (ListLevel | undefined)[]>;
} {
	const styles = new Map<string, OdtStyle>();
	const lists = new Map<string, (ListLevel | undefined)[]>();
	for (const container of containers) {
		for (const style of elements(container)) {
			const name = style.attrs['style:name'];
			if (!name) continue;
			if (style.name === 'style:style' || style.name === 'style:default-style') {
				styles.set(name, {
					parent: style.attrs['style:parent-style-name'],
					run: readTextProperties(child(style, 'style:text-properties'))
				});
			} else if (style.name === 'text:list-style') lists.set(name, readListLevels(style));
		}
	}
	return { styles, lists };
}

/** The levels of a list style: `text:list-level-style-number` and `-bullet` (`text:level` 1–10). */
function readListLevels(style: XmlElement): (ListLevel | undefined)[] {
	const levels: (ListLevel | undefined)[] = [];
	for (const level of elements(style)) {
		const index = Number.parseInt(level.attrs['text:level'] ?? '', 10) - 1;
		if (!(index >= 0 && index < 9)) continue;
		const alignment = child(child(level, 'style:list-level-properties'), 'style:list-level-label-alignment');
		const follow = alignment?.attrs['text:label-followed-by'];
		const suffix = follow === 'space' ? ' ' : follow === 'nothing' ? '' : '\t';
		if (level.name === 'text:list-level-style-number') {
			const shown = Math.max(
				1,
				Math.min(index + 1, Number.parseInt(level.attrs['text:display-levels'] ?? '1', 10) || 1)
			);
			const numbers = [];
			for (let l = index + 2 - shown; l <= index + 1; l++) numbers.push(`%${l}`);
			const format = FORMATS[level.attrs['style:num-format'] ?? '1'] ?? 'decimal';
			levels[index] = {
				start: Number.parseInt(level.attrs['text:start-value'] ?? '1', 10) || 1,
				format,
				text:
					(level.attrs['style:num-prefix'] ?? '') +
					(format === 'none' ? '' : numbers.join('.')) +
					(level.attrs['style:num-suffix'] ?? ''),
				legal: false,
				suffix
			};
		} else if (level.name === 'text:list-level-style-bullet') {
			levels[index] = {
				start: 1,
				format: 'bullet',
				text: level.attrs['text:bullet-char'] ?? '•',
				legal: false,
				suffix
			};
		}
	}
	return levels;
}

const NO_FORMAT: ScriptFormat = { western: {}, asian: {}, complex: {} };

/** Elements whose content is not the document's text. */
const SKIPPED = new Set([
	'office:annotation',
	'office:annotation-end',
	'text:tracked-changes',
	'text:sequence-decls',
	'text:variable-decls',
	'text:user-field-decls',
	'text:alphabetical-index-mark',
	'text:toc-mark',
	'text:bookmark',
	'text:bookmark-start',
	'text:bookmark-end',
	'text:reference-mark',
	'text:reference-mark-start',
	'text:reference-mark-end',
	'text:soft-page-break',
	'text:hidden-text',
	'text:hidden-paragraph',
	'office:forms',
	'draw:frame',
	'draw:custom-shape',
	'draw:g',
	'draw:a'
]);

/** The text a tracked deletion removed, and whether it had been inserted by an earlier tracked change. */
interface Deletion {
	content: XmlElement;
	inserted: boolean;
}

/** The list a paragraph is in: its style, its instance, and its level. */
interface ListContext {
	style: string;
	instance: string;
	level: number;
	/** The number this item sets (`text:start-value`), taken by its first paragraph. */
	startAt?: number;
	/** Whether the item's first paragraph has been read (later ones carry no number). */
	numbered: boolean;
	/** `text:list-header`: an item without a number. */
	header: boolean;
}

/** Walks an OpenDocument body into the neutral model. */
class OdtReader {
	/** Insertions open at this point of the walk (`text:change-start` read, its `text:change-end` not yet). */
	private readonly inserting = new Set<string>();
	/** Where the walk writes: the blocks of the current container, and its last paragraph. */
	private out: RawBlock[] = [];
	private current: RawParagraph | null = null;
	private list: ListContext | null = null;
	/** Lists by `xml:id`, and the last list of each style, for `text:continue-list` and -numbering. */
	private readonly instanceById = new Map<string, string>();
	private readonly lastInstance = new Map<string, string>();
	readonly definitions: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };
	readonly notes = new Map<string, RawBlock[]>();
	private noteCount = 0;

	constructor(
		private readonly styles: Map<string, OdtStyle>,
		private readonly listStyles: Map<string, (ListLevel | undefined)[]>,
		private readonly deletions: Map<string, Deletion>
	) {}

	/** The run formatting of a style, its parents' under it. */
	private formatOf(name: string | undefined, base: ScriptFormat = NO_FORMAT): ScriptFormat {
		const chain: ScriptFormat[] = [];
		for (let hops = 0; name && hops < 16; hops++) {
			const style = this.styles.get(name);
			if (!style) break;
			chain.unshift(style.run);
			name = style.parent;
		}
		return chain.reduce(overlayScripts, base);
	}

	/** The versions in which a piece here does not exist: inside an open insertion, an inserted piece. */
	private here(hidden: number): number {
		return this.inserting.size > 0 ? revised(hidden, 'insertion') : hidden;
	}

	/** Reads block content into blocks of its own (a cell, a note, a header), keeping the walk's place. */
	blocks(container: XmlElement, hidden: number): RawBlock[] {
		const saved = { out: this.out, current: this.current, list: this.list };
		this.out = [];
		this.current = null;
		this.list = null;
		this.blockContent(container, hidden);
		const blocks = this.out;
		Object.assign(this, saved);
		return blocks;
	}

	private blockContent(container: XmlElement, hidden: number): void {
		for (const node of elements(container)) {
			switch (node.name) {
				case 'text:p':
				case 'text:h':
					this.paragraph(node, hidden);
					break;
				case 'text:list':
					this.listBlock(node, hidden);
					break;
				case 'table:table':
					this.table(node, hidden);
					break;
				case 'text:section':
				case 'text:index-body':
				case 'text:table-of-content':
				case 'text:illustration-index':
				case 'text:alphabetical-index':
				case 'text:bibliography':
					this.blockContent(child(node, 'text:index-body') ?? node, hidden);
					break;
				case 'text:change':
				case 'text:change-start':
				case 'text:change-end':
					// Between paragraphs: a whole paragraph deleted or the bounds of an inserted one.
					this.change(node, hidden);
					break;
				default:
					break;
			}
		}
	}

	/** A `text:list`: its items, numbered in the list's instance; a nested list goes a level deeper. */
	private listBlock(list: XmlElement, hidden: number): void {
		const outer = this.list;
		let context: ListContext;
		if (outer) context = { ...outer, level: outer.level + 1, startAt: undefined, numbered: false, header: false };
		else {
			const style = list.attrs['text:style-name'] ?? '';
			context = { style, instance: this.instanceOf(list, style), level: 0, numbered: false, header: false };
		}
		for (const item of elements(list)) {
			if (item.name !== 'text:list-item' && item.name !== 'text:list-header') continue;
			const start = Number.parseInt(item.attrs['text:start-value'] ?? '', 10);
			this.list = {
				...context,
				startAt: Number.isFinite(start) ? start : undefined,
				numbered: false,
				header: item.name === 'text:list-header'
			};
			this.blockContent(item, hidden);
		}
		this.list = outer;
	}

	/** The numbering instance a top-level list counts in: a new one (restarting), or the list it continues. */
	private instanceOf(list: XmlElement, style: string): string {
		const id = list.attrs['xml:id'];
		const continues = list.attrs['text:continue-list'];
		let instance =
			(continues && this.instanceById.get(continues)) ||
			(list.attrs['text:continue-numbering'] === 'true' ? this.lastInstance.get(style) : undefined);
		if (!instance) {
			instance = `list${this.definitions.instances.size + 1}`;
			if (!this.definitions.abstracts.has(style))
				this.definitions.abstracts.set(style, { levels: this.listStyles.get(style) ?? [] });
			// A restart: every level starts afresh where this instance is first counted.
			const levels = this.listStyles.get(style) ?? [];
			const overrides = new Map<number, { start?: number }>();
			for (let l = 0; l < 9; l++) overrides.set(l, { start: levels[l]?.start ?? 1 });
			this.definitions.instances.set(instance, { abstractId: style, overrides });
		}
		if (id) this.instanceById.set(id, instance);
		this.lastInstance.set(style, instance);
		return instance;
	}

	/** The properties of a paragraph in the current list (the first paragraph of an item takes its number). */
	private propsHere(style: string | undefined): ParagraphProps {
		const props: ParagraphProps = { style };
		const list = this.list;
		if (list && !list.header && !list.numbered) {
			props.numId = list.instance;
			props.ilvl = list.level;
			if (list.startAt !== undefined) props.startAt = list.startAt;
			list.numbered = true;
		}
		return props;
	}

	/** Starts a paragraph in the current container. */
	private open(props: ParagraphProps, hidden: number): RawParagraph {
		const paragraph: RawParagraph = { type: 'p', props, markHidden: hidden, items: [] };
		this.out.push(paragraph);
		this.current = paragraph;
		return paragraph;
	}

	/** A paragraph or heading; its mark exists in the original only when no insertion is open at its end. */
	private paragraph(p: XmlElement, hidden: number): void {
		const style = p.attrs['text:style-name'];
		const props = this.propsHere(style);
		this.open(props, hidden);
		this.inline(p, hidden, this.formatOf(style), props);
		this.current!.markHidden |= this.here(hidden);
		this.current = null;
	}

	/** A table: one row of cells each holding blocks. Rows deleted or inserted come through their paragraphs. */
	private table(table: XmlElement, hidden: number): void {
		const rows: RawRow[] = [];
		const collect = (container: XmlElement) => {
			for (const node of elements(container)) {
				if (node.name === 'table:table-row') {
					const cells = elements(node, 'table:table-cell').map((cell) => ({
						hidden: 0,
						blocks: this.blocks(cell, hidden)
					}));
					rows.push({ hidden: 0, cells });
				} else if (/^table:table-(header-)?rows$|^table:table-row-group$/.test(node.name)) collect(node);
			}
		};
		collect(table);
		this.out.push({ type: 'table', rows });
		this.current = null;
	}

	/** Inline content of a paragraph (or span) into the current paragraph. */
	private inline(container: XmlElement, hidden: number, format: ScriptFormat, props: ParagraphProps): void {
		for (const node of container.children) {
			if (typeof node === 'string') {
				this.text(node.replace(/[\t\n\r ]+/g, ' '), hidden, format);
				continue;
			}
			if (SKIPPED.has(node.name)) continue;
			switch (node.name) {
				case 'text:s': {
					const n = Number.parseInt(node.attrs['text:c'] ?? '1', 10);
					this.text(' '.repeat(Math.max(1, Math.min(n || 1, 1000))), hidden, format);
					break;
				}
				case 'text:tab':
					this.text('\t', hidden, format);
					break;
				case 'text:line-break':
					this.text('\n', hidden, format);
					break;
				case 'text:span':
					this.inline(node, hidden, this.formatOf(node.attrs['text:style-name'], format), props);
					break;
				case 'text:note':
					this.note(node, hidden);
					break;
				case 'text:note-ref': {
					// A note cited a second time: its mark again.
					const key = node.attrs['text:ref-name'];
					if (key) this.current!.items.push({ type: 'note', key, hidden: this.here(hidden) });
					break;
				}
				case 'text:change':
				case 'text:change-start':
				case 'text:change-end':
					this.change(node, hidden, props);
					break;
				default:
					// Links, fields (their shown text), ruby, metadata: their content is text.
					if (node.name === 'text:ruby') this.inline(child(node, 'text:ruby-base') ?? node, hidden, format, props);
					else this.inline(node, hidden, format, props);
					break;
			}
		}
	}

	/** Adds text to the current paragraph (opening one when the walk is between paragraphs). */
	private text(text: string, hidden: number, format: ScriptFormat): void {
		if (!text) return;
		const paragraph = this.current ?? this.open({}, hidden);
		const run = formatFor(text, format);
		const h = runHidden(this.here(hidden), run);
		paragraph.items.push({ type: 'text', text, hidden: h, now: run, before: run });
	}

	/** A footnote or endnote: cited here, its body read as blocks of its own. */
	private note(note: XmlElement, hidden: number): void {
		const key = note.attrs['text:id'] || `note${++this.noteCount}`;
		const citation = child(note, 'text:note-citation');
		const item: RawItem = { type: 'note', key, hidden: this.here(hidden) };
		if (citation?.attrs['text:label']) item.custom = citation.attrs['text:label'];
		(this.current ?? this.open({}, hidden)).items.push(item);
		const body = child(note, 'text:note-body');
		if (body && !this.notes.has(key)) {
			// The note's own paragraphs: the walk's place and list are the citing paragraph's afterwards.
			const saved = { current: this.current };
			this.notes.set(key, this.blocks(body, hidden));
			this.current = saved.current;
		}
	}

	/** A change mark: an insertion opening or closing, or the point of a deletion (its text spliced in). */
	private change(mark: XmlElement, hidden: number, props?: ParagraphProps): void {
		const id = mark.attrs['text:change-id'] ?? '';
		if (mark.name === 'text:change-start') {
			if (!this.deletions.has(id)) this.inserting.add(id);
			return;
		}
		if (mark.name === 'text:change-end') {
			this.inserting.delete(id);
			return;
		}
		const deletion = this.deletions.get(id);
		if (!deletion) return;
		// Text deleted inside an insertion, or deleted after an earlier change inserted it, exists in neither version.
		let h = revised(this.here(hidden), 'deletion');
		if (deletion.inserted) h = revised(h, 'insertion');
		const deleted: { p: XmlElement; props: ParagraphProps }[] = [];
		const collect = (container: XmlElement, level: number, instance: string | undefined) => {
			for (const node of elements(container)) {
				if (node.name === 'text:p' || node.name === 'text:h') {
					const own: ParagraphProps = { style: node.attrs['text:style-name'] };
					if (instance !== undefined && container.name === 'text:list-item') {
						own.numId = instance;
						own.ilvl = level;
					}
					deleted.push({ p: node, props: own });
				} else if (node.name === 'text:list') {
					// A deleted list item counts in the list around the point, else in a list of its own style.
					const style = node.attrs['text:style-name'];
					const inner = instance ?? this.list?.instance ?? (style ? this.instanceOf(node, style) : undefined);
					const depth = instance === undefined ? (this.list?.level ?? 0) : level + 1;
					for (const item of elements(node, 'text:list-item')) collect(item, depth, inner);
				} else if (node.name === 'table:table' || node.name.startsWith('table:table-') || node.name === 'text:section')
					collect(node, level, instance);
			}
		};
		collect(deletion.content, 0, undefined);
		if (deleted.length === 0) return;
		const between = this.current === null;
		const first = this.current ?? this.open(deleted[0].props, hidden);
		// Before the point, nothing of the original: the paragraph that ends in the deletion is the deleted one.
		const empty = !first.items.some((item) => item.type === 'note' || existsIn(item.hidden, 'original'));
		this.inline(deleted[0].p, h, this.formatOf(deleted[0].p.attrs['text:style-name']), deleted[0].props);
		if (deleted.length === 1) {
			if (between) {
				first.markHidden |= h;
				this.current = null;
			}
			return;
		}
		if (empty && !between) first.props = deleted[0].props;
		first.markHidden |= h;
		for (let i = 1; i < deleted.length; i++) {
			const last = i === deleted.length - 1;
			// The last deleted paragraph runs on into the rest of the paragraph the point is in, with its properties.
			const paragraph = this.open(last && props ? props : deleted[i].props, hidden);
			this.inline(deleted[i].p, h, this.formatOf(deleted[i].p.attrs['text:style-name']), deleted[i].props);
			if (!last) paragraph.markHidden |= h;
			else if (between) {
				paragraph.markHidden |= h;
				this.current = null;
			}
		}
	}
}

/** The deleted content of each change region, by its id. */
function readDeletions(body: XmlElement | undefined): Map<string, Deletion> {
	const deletions = new Map<string, Deletion>();
	for (const region of elements(child(body, 'text:tracked-changes'), 'text:changed-region')) {
		const id = region.attrs['text:id'] ?? region.attrs['xml:id'] ?? '';
		const deletion = child(region, 'text:deletion');
		// Deleted text that had been inserted (an insertion deleted by another edit) exists in neither version.
		if (deletion) deletions.set(id, { content: deletion, inserted: child(region, 'text:insertion') !== undefined });
	}
	return deletions;
}

/** The header of the first page: the master page's first-page header when it has one, else its header. */
function firstPageHeader(styles: XmlElement | undefined): XmlElement | undefined {
	const masters = child(child(styles, 'office:document-styles'), 'office:master-styles');
	const master = elements(masters, 'style:master-page')[0];
	const first = child(master, 'style:header-first') ?? child(master, 'loext:header-first');
	const header = first && elements(first).length > 0 ? first : child(master, 'style:header');
	return header && header.attrs['style:display'] !== 'false' ? header : undefined;
}

/** Reads the parts of an .odt into the version-neutral model. */
export function readOdtModel(files: Unzipped, where: ErrorLocation): WordModel {
	if (!files['content.xml'])
		throw new ResodiffError('word-broken', 'an OpenDocument file without its content.xml (damaged)', where);
	const content = child(parseXml(decodeXml(files['content.xml'])), 'office:document-content');
	const stylesRoot = files['styles.xml'] ? parseXml(decodeXml(files['styles.xml'])) : undefined;
	const stylesDoc = child(stylesRoot, 'office:document-styles');
	const body = child(child(content, 'office:body'), 'office:text');
	if (!body) throw new ResodiffError('word-broken', 'an OpenDocument file that is not a text document', where);
	const { styles, lists } = readStyles([
		child(stylesDoc, 'office:styles'),
		child(stylesDoc, 'office:automatic-styles'),
		child(content, 'office:automatic-styles')
	]);
	const reader = new OdtReader(styles, lists, readDeletions(body));
	const blocks = reader.blocks(body, 0);
	const header = firstPageHeader(stylesRoot);
	const masthead = header ? new OdtReader(styles, lists, new Map()).blocks(header, 0) : undefined;
	const notesConfig = elements(child(stylesDoc, 'office:styles'), 'text:notes-configuration').find(
		(c) => (c.attrs['text:note-class'] ?? 'footnote') === 'footnote'
	);
	const numbering: ModelNumbering = {
		definitions: reader.definitions,
		listOf: (props) => (props.numId ? { numId: props.numId, ilvl: props.ilvl ?? 0, style: '' } : undefined),
		styleList: () => undefined
	};
	return {
		blocks,
		notes: reader.notes,
		numbering,
		noteStart: Number.parseInt(notesConfig?.attrs['text:start-value'] ?? '0', 10) + 1 || 1,
		noteFormat: FORMATS[notesConfig?.attrs['style:num-format'] ?? '1'] ?? 'decimal',
		masthead,
		warnings: []
	};
}
