/**
 * Word 97–2003 `.doc` files ([MS-DOC]) into the version-neutral model (model.ts), as docx.ts reads a .docx:
 * the UN's Official Document System still gives older documents in this form.
 *
 * A .doc is an OLE compound file (cfb.ts) whose `WordDocument` stream opens with the File Information
 * Block (FIB), which locates everything else, mostly in the `0Table` or `1Table` stream:
 * - the text: the piece table (CLX) maps character positions (CPs) to runs of 8-bit (cp1252) or UTF-16
 *   text in `WordDocument`; the main text comes first, then the footnotes', the headers', the comments'
 *   and the endnotes' texts, each after the other;
 * - character properties (bold, italic, hidden, and the revision marks of tracked changes: deleted or
 *   inserted) and paragraph properties (style, list and level, table cell) in formatted disk pages (FKPs)
 *   keyed by stream offset, each a list of property modifiers (sprms);
 * - the styles (STSH), whose paragraph properties may carry the list numbering, and the lists (LST, LFO),
 *   turned into numbering.ts's definitions so that Word's automatic numbers are counted per version;
 * - footnote and endnote references and texts (PLCs of CPs), and the headers (the first page's header is
 *   where a draft's masthead stands).
 * Special characters: 0x0D ends a paragraph, 0x07 a table cell or row, 0x0C a section (else it breaks a
 * page), 0x0B breaks a line; a field is 0x13 code 0x14 result 0x15, of which only the result is text; 0x02
 * cites a footnote or endnote.
 *
 * What is read as a version: text marked deleted exists in the original only, text marked inserted in the
 * accepted only; a deleted paragraph mark joins its paragraph to the next, as in a .docx. Formatting
 * revisions are not read (both versions take the properties as they are now). Cost: linear in the size of
 * the file.
 */
import { ResodiffError, type ErrorLocation } from '../../core/types';
import { readCompoundFile } from './cfb';
import type { ListLevel, NumberingDefinitions } from './numbering';
import {
	hasText,
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

/** Indices of the FIB's offset/size pairs (FibRgFcLcb97) read here. */
const FC = {
	stshf: 1,
	fndRef: 2,
	fndTxt: 3,
	sed: 6,
	hdd: 11,
	bteChpx: 12,
	btePapx: 13,
	clx: 33,
	endRef: 46,
	endTxt: 47,
	lst: 73,
	lfo: 74
} as const;

/** cp1252's characters for the bytes 0x80–0x9F of compressed (8-bit) text. */
const CP1252 =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Number formats of a list level (MSONFC) by their .docx names (numbering.ts). */
const NFC: Record<number, string> = {
	0: 'decimal',
	1: 'upperRoman',
	2: 'lowerRoman',
	3: 'upperLetter',
	4: 'lowerLetter',
	5: 'ordinal',
	10: 'ideographDigital',
	14: 'decimalFullWidth',
	15: 'decimalHalfWidth',
	18: 'decimalEnclosedCircle',
	22: 'decimalZero',
	23: 'bullet',
	26: 'decimalEnclosedFullstop',
	27: 'decimalEnclosedParen',
	28: 'decimalEnclosedCircleChinese',
	30: 'ideographTraditional',
	31: 'ideographZodiac',
	37: 'chineseCounting',
	38: 'chineseLegalSimplified',
	39: 'chineseCountingThousand',
	46: 'arabicAlpha',
	48: 'arabicAbjad',
	58: 'russianLower',
	59: 'russianUpper',
	255: 'none'
};

/** The sprms read here. */
const SPRM = {
	rMarkDel: 0x0800,
	rMarkIns: 0x0801,
	bold: 0x0835,
	italic: 0x0836,
	vanish: 0x083c,
	bidi: 0x085a,
	boldBi: 0x085c,
	italicBi: 0x085d,
	ilvl: 0x260a,
	ilfo: 0x460b,
	inTable: 0x2416,
	ttp: 0x2417,
	itap: 0x6649,
	innerCell: 0x244b,
	innerTtp: 0x244c,
	tDefTable: 0xd608,
	pChgTabs: 0xc615
} as const;

/** One property modifier: its code and operand bytes. */
interface Sprm {
	code: number;
	operand: Uint8Array;
}

/** Size in bytes of a sprm's operand, from its code (spra); a variable operand starts with its size. */
function operandSize(code: number, bytes: Uint8Array, at: number): { skip: number; size: number } {
	switch (code >> 13) {
		case 0:
		case 1:
			return { skip: 0, size: 1 };
		case 2:
		case 4:
		case 5:
			return { skip: 0, size: 2 };
		case 3:
			return { skip: 0, size: 4 };
		case 7:
			return { skip: 0, size: 3 };
		default:
			// A table definition counts its size in two bytes (plus one); a long list of tab changes counts its
			// deleted and added tabs; every other variable operand is preceded by its size in one byte.
			if (code === SPRM.tDefTable) return { skip: 2, size: (bytes[at] | (bytes[at + 1] << 8)) - 1 };
			if (code === SPRM.pChgTabs && bytes[at] === 255) {
				const del = bytes[at + 1] ?? 0;
				const add = bytes[at + 2 + del * 4] ?? 0;
				return { skip: 1, size: 1 + del * 4 + 1 + add * 3 };
			}
			return { skip: 1, size: bytes[at] ?? 0 };
	}
}

/** The sprms of a grpprl. A damaged list ends where it stops making sense. */
function sprms(bytes: Uint8Array): Sprm[] {
	const out: Sprm[] = [];
	let at = 0;
	while (at + 2 <= bytes.length) {
		const code = bytes[at] | (bytes[at + 1] << 8);
		at += 2;
		const { skip, size } = operandSize(code, bytes, at);
		if (size < 0 || at + skip + size > bytes.length) break;
		out.push({ code, operand: bytes.subarray(at + skip, at + skip + size) });
		at += skip + size;
	}
	return out;
}

/** A toggle operand (bold, italic): 0 off, 1 on, 0x80 as the style says, 0x81 the opposite of the style. */
function toggled(operand: number, style: boolean | undefined): boolean {
	if (operand === 0x80) return Boolean(style);
	if (operand === 0x81) return !style;
	return operand !== 0;
}

/** Character properties of a run, as read here. */
interface CharProps {
	bold?: boolean;
	italic?: boolean;
	/** A right-to-left (complex script) run, whose bold and italic are its own. */
	complex?: boolean;
	boldCs?: boolean;
	italicCs?: boolean;
	vanish?: boolean;
	deleted?: boolean;
	inserted?: boolean;
}

/** Applies character sprms over properties (a style's under them). */
function applyChar(base: CharProps, list: Sprm[]): CharProps {
	const out = { ...base };
	for (const { code, operand } of list) {
		const v = operand[0] ?? 0;
		if (code === SPRM.rMarkDel) out.deleted = v !== 0;
		else if (code === SPRM.rMarkIns) out.inserted = v !== 0;
		else if (code === SPRM.bold) out.bold = toggled(v, base.bold);
		else if (code === SPRM.italic) out.italic = toggled(v, base.italic);
		else if (code === SPRM.vanish) out.vanish = toggled(v, base.vanish);
		else if (code === SPRM.bidi) out.complex = v !== 0;
		else if (code === SPRM.boldBi) out.boldCs = toggled(v, base.boldCs);
		else if (code === SPRM.italicBi) out.italicCs = toggled(v, base.italicCs);
	}
	return out;
}

/** Paragraph properties read here. */
interface ParaProps {
	istd: number;
	ilfo?: number;
	ilvl?: number;
	inTable: boolean;
	rowEnd: boolean;
}

/** Applies paragraph sprms. */
function applyPara(base: ParaProps, list: Sprm[]): ParaProps {
	const out = { ...base };
	for (const { code, operand } of list) {
		const u8 = operand[0] ?? 0;
		if (code === SPRM.ilfo) out.ilfo = u8 | ((operand[1] ?? 0) << 8);
		else if (code === SPRM.ilvl) out.ilvl = u8;
		else if (code === SPRM.inTable || code === SPRM.innerCell) out.inTable = u8 !== 0 || out.inTable;
		else if (code === SPRM.ttp || code === SPRM.innerTtp) out.rowEnd = u8 !== 0;
		else if (code === SPRM.itap) out.inTable = (operand[0] | (operand[1] << 8)) > 0 || out.inTable;
	}
	return out;
}

/** A style of the stylesheet: its base, and the properties its paragraphs and runs take from it. */
interface Style {
	base: number;
	para: Sprm[];
	char: Sprm[];
}

/** Reads the stylesheet (STSH): each style's base style and property modifiers. */
function readStyles(table: Uint8Array, fc: number, lcb: number): Style[] {
	const styles: Style[] = [];
	if (lcb < 4 || fc + lcb > table.length) return styles;
	const v = new DataView(table.buffer, table.byteOffset + fc, lcb);
	const cbStshi = v.getUint16(0, true);
	if (cbStshi < 4 || 2 + cbStshi > lcb) return styles;
	const count = v.getUint16(2, true);
	const baseSize = v.getUint16(4, true);
	let at = 2 + cbStshi;
	for (let i = 0; i < count && at + 2 <= lcb; i++) {
		const cb = v.getUint16(at, true);
		const std = at + 2;
		at = std + cb;
		if (cb === 0 || at > lcb || cb < baseSize) {
			styles.push({ base: 0x0fff, para: [], char: [] });
			continue;
		}
		const kind = v.getUint16(std + 2, true) & 0xf;
		const base = v.getUint16(std + 2, true) >> 4;
		const cupx = v.getUint16(std + 4, true) & 0xf;
		let p = std + baseSize;
		const cch = v.getUint16(p, true);
		p += 2 + (cch + 1) * 2;
		const upx: Uint8Array[] = [];
		for (let k = 0; k < cupx && p + 2 <= at; k++) {
			const size = v.getUint16(p, true);
			const start = p + 2;
			if (start + size > at) break;
			upx.push(new Uint8Array(table.buffer, table.byteOffset + fc + start, size));
			p = start + size + ((start + size - std) & 1);
		}
		// A paragraph style: its paragraph modifiers (after its istd), then its character ones.
		const para = kind === 1 && upx[0] && upx[0].length >= 2 ? sprms(upx[0].subarray(2)) : [];
		const char = kind === 1 ? sprms(upx[1] ?? new Uint8Array()) : kind === 2 ? sprms(upx[0] ?? new Uint8Array()) : [];
		styles.push({ base, para, char });
	}
	return styles;
}

/** A style and the styles it is based on, the style itself first. */
function styleChain(styles: Style[], istd: number): Style[] {
	const out: Style[] = [];
	for (let i = istd; i !== 0x0fff && i < styles.length && out.length < 16; i = styles[i].base) out.push(styles[i]);
	return out;
}

/** Reads the lists (LST) and their instances (LFO) as numbering.ts's definitions. */
function readLists(table: Uint8Array, lst: [number, number], lfo: [number, number]): NumberingDefinitions {
	const abstracts: NumberingDefinitions['abstracts'] = new Map();
	const instances: NumberingDefinitions['instances'] = new Map();
	const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
	const fits = (at: number, n: number) => at >= 0 && at + n <= table.length;

	/** One LVL: its LVLF, then its paragraph and character modifiers, then its number text. */
	const readLevel = (at: number): { level: ListLevel; end: number } | null => {
		if (!fits(at, 28)) return null;
		const flags = table[at + 5];
		const cbChpx = table[at + 24];
		const cbPapx = table[at + 25];
		let p = at + 28 + cbPapx + cbChpx;
		if (!fits(p, 2)) return null;
		const cch = view.getUint16(p, true);
		if (!fits(p + 2, cch * 2)) return null;
		let text = '';
		for (let i = 0; i < cch; i++) {
			const c = view.getUint16(p + 2 + 2 * i, true);
			text += c < 9 ? `%${c + 1}` : String.fromCharCode(c);
		}
		p += 2 + cch * 2;
		const follow = table[at + 15];
		const noRestart = (flags & 0x08) !== 0;
		return {
			level: {
				start: view.getInt32(at, true),
				format: NFC[table[at + 4]] ?? 'decimal',
				text,
				restart: noRestart ? table[at + 26] : undefined,
				legal: (flags & 0x04) !== 0,
				suffix: follow === 1 ? ' ' : follow === 2 ? '' : '\t'
			},
			end: p
		};
	};

	const [fcLst, lcbLst] = lst;
	if (lcbLst >= 2 && fits(fcLst, lcbLst)) {
		const count = view.getUint16(fcLst, true);
		let at = fcLst + 2 + count * 28;
		for (let i = 0; i < count; i++) {
			const lstf = fcLst + 2 + i * 28;
			if (!fits(lstf, 28)) break;
			const id = String(view.getInt32(lstf, true));
			const simple = (table[lstf + 26] & 0x01) !== 0;
			const levels: (ListLevel | undefined)[] = [];
			for (let l = 0; l < (simple ? 1 : 9); l++) {
				const read = readLevel(at);
				if (!read) break;
				const istd = view.getUint16(lstf + 8 + 2 * l, true);
				if (istd !== 0x0fff) read.level.style = String(istd);
				levels.push(read.level);
				at = read.end;
			}
			abstracts.set(id, { levels });
		}
	}

	const [fcLfo, lcbLfo] = lfo;
	if (lcbLfo >= 4 && fits(fcLfo, lcbLfo)) {
		const count = view.getUint32(fcLfo, true);
		let at = fcLfo + 4 + count * 16;
		for (let i = 0; i < count && fits(fcLfo + 4 + i * 16, 16); i++) {
			const lfoAt = fcLfo + 4 + i * 16;
			const overrides: Map<number, { start?: number; level?: ListLevel }> = new Map();
			const levels = table[lfoAt + 12];
			// LFOData: a CP, then one LFOLVL per overridden level (with an LVL when it overrides the formatting).
			if (fits(at, 4)) at += 4;
			for (let k = 0; k < levels && fits(at, 8); k++) {
				const startAt = view.getInt32(at, true);
				const flags = view.getUint32(at + 4, true);
				at += 8;
				const override: { start?: number; level?: ListLevel } = {};
				if (flags & 0x10) override.start = startAt;
				if (flags & 0x20) {
					const read = readLevel(at);
					if (!read) break;
					override.level = read.level;
					at = read.end;
				}
				overrides.set(flags & 0xf, override);
			}
			instances.set(String(i + 1), { abstractId: String(view.getInt32(lfoAt, true)), overrides });
		}
	}
	return { abstracts, instances };
}

/** A run of text in the piece table: its CPs, where its bytes are, and how they are stored. */
interface Piece {
	cpStart: number;
	cpEnd: number;
	fc: number;
	compressed: boolean;
}

/** A range of stream offsets with properties (a run of an FKP). */
interface Run<T> {
	fcStart: number;
	fcEnd: number;
	props: T;
}

/** The run covering a stream offset, by binary search; undefined where none does. */
function runAt<T>(runs: Run<T>[], fc: number): Run<T> | undefined {
	let lo = 0;
	let hi = runs.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (runs[mid].fcEnd <= fc) lo = mid + 1;
		else if (runs[mid].fcStart > fc) hi = mid - 1;
		else return runs[mid];
	}
	return undefined;
}

/** Whether a text run exists in neither, one or both versions, from its revision marks. */
function hiddenOf(props: CharProps): number {
	let hidden = 0;
	if (props.inserted) hidden = revised(hidden, 'insertion');
	if (props.deleted) hidden = revised(hidden, 'deletion');
	return hidden;
}

/**
 * Reads a .doc file into the version-neutral model; refuses what is not a Word 97–2003 document, and a
 * damaged one, with one line: a structure pointing outside its stream is damage, whichever check meets it.
 */
export function readDocModel(bytes: Uint8Array, where: ErrorLocation): WordModel {
	try {
		return readModel(bytes, where);
	} catch (error) {
		if (error instanceof ResodiffError) throw error;
		throw new ResodiffError('word-broken', 'the .doc file is damaged: a structure points outside its stream', where);
	}
}

/** The refusal of a password-protected file: a .doc, or a .docx kept in an OLE file (MS-OFFCRYPTO). */
function encrypted(where: ErrorLocation): ResodiffError {
	return new ResodiffError(
		'word-encrypted',
		'a password-protected Word file: save a copy without the password and open that',
		where
	);
}

/** {@link readDocModel}'s work: each structure located by the FIB, read and checked in turn. */
function readModel(bytes: Uint8Array, where: ErrorLocation): WordModel {
	const broken = (why: string) => new ResodiffError('word-broken', `the .doc file is damaged: ${why}`, where);
	const file = readCompoundFile(bytes, where);
	const wd = file.stream('WordDocument');
	if (!wd && file.names().some((name) => name === 'EncryptedPackage' || name === 'EncryptionInfo')) {
		throw encrypted(where);
	}
	if (!wd) {
		throw new ResodiffError(
			'word-legacy',
			'an Office 97–2003 file that is not a Word document (a spreadsheet or a presentation): open a Word document',
			where
		);
	}
	if (wd.length < 0x200) throw broken('its WordDocument stream is cut');
	const v = new DataView(wd.buffer, wd.byteOffset, wd.byteLength);
	if (v.getUint16(0, true) !== 0xa5ec) throw broken('its WordDocument stream does not start as Word’s does');
	const nFib = v.getUint16(2, true);
	const flags = v.getUint16(0x0a, true);
	if (flags & 0x0100) {
		throw encrypted(where);
	}
	if (nFib < 0xc1) {
		throw new ResodiffError(
			'word-legacy',
			'a Word 6 or Word 95 file, older than Word 97: save it as .docx and open that',
			where
		);
	}
	const tableStream = file.stream(flags & 0x0200 ? '1Table' : '0Table');
	if (!tableStream) throw broken('its table stream is missing');
	const table: Uint8Array = tableStream;
	const tv = new DataView(table.buffer, table.byteOffset, table.byteLength);

	// The FIB's variable parts: 16-bit values, then 32-bit ones (the text lengths), then offset/size pairs.
	let at = 32;
	const csw = v.getUint16(at, true);
	at += 2 + csw * 2;
	const cslw = v.getUint16(at, true);
	const lw = at + 2;
	at = lw + cslw * 4;
	const cbRgFcLcb = v.getUint16(at, true);
	const fcLcbAt = at + 2;
	const ccp = (i: number) => (i < cslw ? v.getInt32(lw + 4 * i, true) : 0);
	const fcLcb = (i: number): [number, number] =>
		i < cbRgFcLcb && fcLcbAt + 8 * i + 8 <= wd.length
			? [v.getUint32(fcLcbAt + 8 * i, true), v.getUint32(fcLcbAt + 8 * i + 4, true)]
			: [0, 0];
	const ccpText = ccp(3);
	const ccpFtn = ccp(4);
	const ccpHdd = ccp(5);
	const ccpAtn = ccp(7);
	const ccpEdn = ccp(8);
	const ccpTxbx = ccp(9);
	if (ccpText < 0 || ccpFtn < 0 || ccpHdd < 0 || ccpAtn < 0 || ccpEdn < 0) throw broken('its text lengths are wrong');

	// The piece table: a CLX is a list of property runs (0x01) then the pieces (0x02).
	const [fcClx, lcbClx] = fcLcb(FC.clx);
	if (lcbClx === 0 || fcClx + lcbClx > table.length) throw broken('it has no piece table');
	let c = fcClx;
	while (c < fcClx + lcbClx && table[c] === 0x01) c += 3 + tv.getUint16(c + 1, true);
	if (table[c] !== 0x02) throw broken('its piece table is damaged');
	const lcbPcd = tv.getUint32(c + 1, true);
	const plc = c + 5;
	const n = (lcbPcd - 4) / 12;
	if (!Number.isInteger(n) || n < 1 || plc + lcbPcd > table.length) throw broken('its piece table is damaged');
	const pieces: Piece[] = [];
	for (let i = 0; i < n; i++) {
		const raw = tv.getUint32(plc + (n + 1) * 4 + i * 8 + 2, true);
		const compressed = (raw & 0x40000000) !== 0;
		pieces.push({
			cpStart: tv.getInt32(plc + i * 4, true),
			cpEnd: tv.getInt32(plc + (i + 1) * 4, true),
			fc: compressed ? (raw & 0x3fffffff) / 2 : raw,
			compressed
		});
	}

	// Each piece's text lies in the stream, the pieces in order: a damaged table is refused here, before
	// the text is laid out, so that it cannot ask for more memory than the file could fill.
	let previous = 0;
	for (const p of pieces) {
		const bytesEnd = p.fc + (p.cpEnd - p.cpStart) * (p.compressed ? 1 : 2);
		if (p.cpStart < previous || p.cpEnd < p.cpStart || bytesEnd > wd.length) throw broken('its piece table is damaged');
		previous = p.cpEnd;
	}
	const total = pieces[pieces.length - 1].cpEnd;
	if (ccpText + ccpFtn + ccpHdd + ccpAtn + ccpEdn > total) throw broken('its text is shorter than its parts say');
	// The whole text, and for each CP its offset in the stream (for the formatted disk pages).
	const units = new Uint16Array(total);
	const fcOf = new Int32Array(total);
	for (const p of pieces) {
		for (let cp = Math.max(0, p.cpStart); cp < Math.min(p.cpEnd, total); cp++) {
			const k = cp - p.cpStart;
			if (p.compressed) {
				const off = p.fc + k;
				if (off >= wd.length) throw broken('its text runs past the end of the stream');
				const b = wd[off];
				units[cp] = b >= 0x80 && b <= 0x9f ? CP1252.charCodeAt(b - 0x80) : b;
				fcOf[cp] = off;
			} else {
				const off = p.fc + 2 * k;
				if (off + 1 >= wd.length) throw broken('its text runs past the end of the stream');
				units[cp] = wd[off] | (wd[off + 1] << 8);
				fcOf[cp] = off;
			}
		}
	}

	// Character and paragraph properties, by stream offset.
	const styles = readStyles(table, ...fcLcb(FC.stshf));
	const fkpRuns = <T>(index: number, read: (page: number, run: number) => T): Run<T>[] => {
		const [fc, lcb] = fcLcb(index);
		const out: Run<T>[] = [];
		const count = (lcb - 4) / 8;
		if (!Number.isInteger(count) || count < 1 || fc + lcb > table.length) return out;
		for (let i = 0; i < count; i++) {
			const page = (tv.getUint32(fc + (count + 1) * 4 + i * 4, true) & 0x3fffff) * 512;
			if (page + 512 > wd.length) continue;
			const crun = wd[page + 511];
			for (let r = 0; r < crun; r++) {
				out.push({
					fcStart: v.getUint32(page + 4 * r, true),
					fcEnd: v.getUint32(page + 4 * (r + 1), true),
					props: read(page, r)
				});
			}
		}
		return out.sort((a, b) => a.fcStart - b.fcStart);
	};
	const charRuns = fkpRuns<Sprm[]>(FC.bteChpx, (page, r) => {
		const crun = wd[page + 511];
		const offset = wd[page + 4 * (crun + 1) + r] * 2;
		if (offset === 0) return [];
		return sprms(wd.subarray(page + offset + 1, page + offset + 1 + wd[page + offset]));
	});
	const paraRuns = fkpRuns<{ istd: number; list: Sprm[] }>(FC.btePapx, (page, r) => {
		const crun = wd[page + 511];
		const offset = wd[page + 4 * (crun + 1) + 13 * r] * 2;
		if (offset === 0) return { istd: 0, list: [] };
		let cb = wd[page + offset];
		let start = page + offset + 1;
		let size = 2 * cb - 1;
		if (cb === 0) {
			cb = wd[start];
			start++;
			size = 2 * cb;
		}
		const istd = wd[start] | (wd[start + 1] << 8);
		return { istd, list: sprms(wd.subarray(start + 2, Math.min(start + size, page + 511))) };
	});

	const charCache = new Map<string, CharProps>();
	const charAt = (cp: number, istd: number): CharProps => {
		const run = runAt(charRuns, fcOf[cp]);
		const key = `${istd}:${run ? run.fcStart : -1}`;
		let props = charCache.get(key);
		if (!props) {
			const base = styleChain(styles, istd)
				.reverse()
				.reduce<CharProps>((acc, s) => applyChar(acc, s.char), {});
			props = applyChar(base, run?.props ?? []);
			charCache.set(key, props);
		}
		return props;
	};
	const paraAt = (markCp: number): ParaProps => {
		const run = runAt(paraRuns, fcOf[markCp]);
		const istd = run?.props.istd ?? 0;
		const fromStyle = styleChain(styles, istd)
			.reverse()
			.reduce<ParaProps>((acc, s) => applyPara(acc, s.para), { istd, inTable: false, rowEnd: false });
		return applyPara({ ...fromStyle, istd, inTable: false, rowEnd: false }, run?.props.list ?? []);
	};

	// Footnote and endnote citations: CPs of the main text, each the key of its note's text.
	const noteRefs = new Map<number, string>();
	const notes = new Map<string, RawBlock[]>();
	const readNotes = (refIndex: number, txtIndex: number, prefix: string, storyStart: number, storyLength: number) => {
		const [fcRef, lcbRef] = fcLcb(refIndex);
		const [fcTxt, lcbTxt] = fcLcb(txtIndex);
		const count = (lcbRef - 4) / 6;
		if (!Number.isInteger(count) || count < 1 || fcRef + lcbRef > table.length || fcTxt + lcbTxt > table.length) return;
		// Each note's text, in order, inside the notes' story; each citation in the main text.
		const starts: number[] = [];
		for (let i = 0; i * 4 + 4 <= lcbTxt && i <= count + 1; i++) starts.push(tv.getInt32(fcTxt + 4 * i, true));
		if (starts.length < count + 1 || starts.some((cp, i) => cp < (starts[i - 1] ?? 0) || cp > storyLength)) {
			throw broken('its notes are out of place');
		}
		for (let i = 0; i < count; i++) {
			const key = prefix + i;
			const cited = tv.getInt32(fcRef + 4 * i, true);
			if (cited < 0 || cited >= ccpText) throw broken('its notes are out of place');
			noteRefs.set(cited, key);
			notes.set(key, story(storyStart + starts[i], storyStart + starts[i + 1], true));
		}
	};

	// Where sections end: a section's last paragraph ends with a section break (0x0C) instead of its mark.
	const sectionEnds = new Set<number>();
	{
		const [fc, lcb] = fcLcb(FC.sed);
		const count = (lcb - 4) / 16;
		if (Number.isInteger(count) && count >= 1 && fc + lcb <= table.length)
			for (let i = 1; i <= count; i++) sectionEnds.add(tv.getInt32(fc + 4 * i, true) - 1);
	}
	/** Whether the character at a CP ends a paragraph: its mark, a cell's or row's end, or a section's end. */
	const endsParagraph = (cp: number) => {
		const ch = units[cp];
		return ch === 0x0d || ch === 0x07 || (ch === 0x0c && sectionEnds.has(cp));
	};

	/** The blocks of a story: the CPs `from`–`to` of the text. A note's text opens with its own mark. */
	function story(from: number, to: number, note: boolean): RawBlock[] {
		const blocks: RawBlock[] = [];
		let items: RawItem[] = [];
		let row: RawRow | null = null;
		let cell: RawBlock[] = [];
		const fields: { result: boolean }[] = [];
		let skipMark = note;
		const push = (item: RawItem) => {
			const last = items[items.length - 1];
			if (
				item.type === 'text' &&
				last?.type === 'text' &&
				last.hidden === item.hidden &&
				sameFormat(last.now, item.now)
			)
				last.text += item.text;
			else items.push(item);
		};
		for (let cp = from; cp < Math.min(to, total); cp++) {
			const ch = units[cp];
			// Field codes are not text; their results are.
			if (ch === 0x13) {
				fields.push({ result: false });
				continue;
			}
			if (ch === 0x14) {
				if (fields.length) fields[fields.length - 1].result = true;
				continue;
			}
			if (ch === 0x15) {
				fields.pop();
				continue;
			}
			if (fields.some((f) => !f.result)) continue;
			if (endsParagraph(cp)) {
				const props = paraAt(cp);
				const chars = charAt(cp, props.istd);
				const paragraph: RawParagraph = {
					type: 'p',
					props: paragraphProps(props),
					markHidden: runHidden(hiddenOf(chars), { hidden: chars.vanish }),
					items
				};
				items = [];
				if (ch === 0x07 && props.rowEnd) {
					// The end of a table row: the cells read so far are its cells.
					if (row) {
						row.hidden = hiddenOf(chars);
						blocks.push({ type: 'table', rows: [row] });
					}
					row = null;
					continue;
				}
				if (props.inTable) {
					row ??= { hidden: 0, cells: [] };
					cell.push(paragraph);
					if (ch === 0x07) {
						row.cells.push({ hidden: 0, blocks: cell });
						cell = [];
					}
					continue;
				}
				blocks.push(paragraph);
				continue;
			}
			const chars = charAt(cp, paraIstdCache(cp));
			const hidden = runHidden(hiddenOf(chars), { hidden: chars.vanish });
			if (ch === 0x02 || ch === 0x05) {
				if (note && skipMark) {
					skipMark = false;
					continue;
				}
				const key = noteRefs.get(cp);
				if (key !== undefined) push({ type: 'note', key, hidden });
				continue;
			}
			// A note with a mark of its own ("*"): the character cited is the mark.
			const custom = note ? undefined : noteRefs.get(cp);
			if (custom !== undefined) {
				push({ type: 'note', key: custom, custom: String.fromCharCode(ch), hidden });
				continue;
			}
			let text: string;
			// A line break, or a page or column break inside a paragraph.
			if (ch === 0x0b || ch === 0x0c || ch === 0x0e) text = '\n';
			else if (ch === 0x09) text = '\t';
			else if (ch === 0x1e) text = '\u2011';
			else if (ch === 0x1f) continue;
			else if (ch < 0x20) continue;
			else text = String.fromCharCode(ch);
			push({ type: 'text', text, hidden, now: format(chars), before: format(chars) });
		}
		if (items.length) blocks.push({ type: 'p', props: {}, markHidden: 0, items });
		markInsertedParagraphs(blocks);
		// Nested tables and merged rows are read as rows of their cells; their nesting is not kept.
		return mergeTables(blocks);
	}

	/** The paragraph style of the paragraph a CP is in (its mark's), cached per paragraph. */
	const markAfter = new Int32Array(total).fill(-1);
	for (let cp = total - 1, next = -1; cp >= 0; cp--) {
		if (endsParagraph(cp)) next = cp;
		markAfter[cp] = next;
	}
	const istdCache = new Map<number, number>();
	function paraIstdCache(cp: number): number {
		const mark = markAfter[cp];
		if (mark < 0) return 0;
		let istd = istdCache.get(mark);
		if (istd === undefined) {
			istd = runAt(paraRuns, fcOf[mark])?.props.istd ?? 0;
			istdCache.set(mark, istd);
		}
		return istd;
	}

	readNotes(FC.fndRef, FC.fndTxt, 'f', ccpText, ccpFtn);
	readNotes(FC.endRef, FC.endTxt, 'e', ccpText + ccpFtn + ccpHdd + ccpAtn, ccpEdn);
	const blocks = story(0, ccpText, false);
	// Text boxes of the main text come after every other story; their text is not read, but said to be there.
	const boxesFrom = ccpText + ccpFtn + ccpHdd + ccpAtn + ccpEdn;
	let textBoxes = false;
	for (let cp = boxesFrom; cp < Math.min(boxesFrom + Math.max(0, ccpTxbx), total) && !textBoxes; cp++)
		textBoxes = units[cp] > 0x20 && units[cp] !== 0xa0;
	const masthead = firstPageHeader(ccpText + ccpFtn, ccpHdd);

	/** The first section's first-page header, else its odd-page header: where a draft's masthead stands. */
	function firstPageHeader(start: number, length: number): RawBlock[] | undefined {
		const [fc, lcb] = fcLcb(FC.hdd);
		const count = lcb / 4;
		if (length <= 0 || count < 8 || fc + lcb > table.length) return undefined;
		const cpAt = (i: number) => tv.getInt32(fc + 4 * i, true);
		// Six stories of separators, then per section: even header, odd header, even footer, odd footer,
		// first-page header, first-page footer.
		for (const index of [10, 7]) {
			if (index + 1 >= count) continue;
			const from = cpAt(index);
			const to = cpAt(index + 1);
			if (to > from) {
				const header = story(start + from, start + to, false);
				if (header.length) return header;
			}
		}
		return undefined;
	}

	const numbering: ModelNumbering = {
		definitions: readLists(table, fcLcb(FC.lst), fcLcb(FC.lfo)),
		// A .doc's lists link no numbering styles.
		styleList: () => undefined,
		listOf(props) {
			const ilfo = props.numId;
			if (ilfo === undefined || ilfo === '0' || Number(ilfo) >= 0xf801) return undefined;
			return { numId: ilfo, ilvl: props.ilvl, style: props.style ?? '' };
		}
	};
	return {
		blocks,
		notes,
		masthead,
		numbering,
		noteStart: 1,
		noteFormat: 'decimal',
		warnings: textBoxes ? [{ kind: 'text-boxes' }] : []
	};
}

/** The versions in which a paragraph exists only by insertion. */
const INSERTED = revised(0, 'insertion');

/**
 * Paragraphs inserted whole whose marks carry no revision, as LibreOffice saves them in a .doc, marked
 * inserted. Word inserts paragraphs after a paragraph by marking its mark and theirs inserted but the
 * last one's, which is the old mark of the paragraph before: an inserted paragraph with an unmarked mark
 * then follows a paragraph whose mark is inserted. LibreOffice marks the text only: a run of paragraphs
 * with text, all of it inserted, and unmarked marks, after a paragraph whose mark is not inserted, is
 * read as inserted whole, as LibreOffice reads it back; else the version before the change would keep
 * an empty paragraph (and its list number) in its place.
 */
function markInsertedParagraphs(blocks: RawBlock[]): void {
	let before = 0;
	for (const block of blocks) {
		if (block.type !== 'p') {
			before = 0;
			continue;
		}
		const own = block.markHidden;
		const items = block.items;
		const whole = hasText(items) && items.every((item) => item.hidden === INSERTED);
		if (own === 0 && before !== INSERTED && whole) block.markHidden = INSERTED;
		before = own;
	}
}

/** The model's paragraph properties of a paragraph's .doc properties. */
function paragraphProps(props: ParaProps): ParagraphProps {
	const out: ParagraphProps = { style: String(props.istd) };
	if (props.ilfo !== undefined && props.ilfo !== 0) {
		out.numId = String(props.ilfo);
		// Without a level, the level its list links to the paragraph's style (LSTF.rgistdPara), else 0.
		if (props.ilvl !== undefined) out.ilvl = props.ilvl;
	}
	return out;
}

/** The model's run format of character properties. */
function format(props: CharProps): RunFormat {
	return {
		bold: props.bold,
		italic: props.italic,
		complex: props.complex,
		boldCs: props.boldCs,
		italicCs: props.italicCs
	};
}

/** Whether two runs look alike (and so join into one). */
function sameFormat(a: RunFormat, b: RunFormat): boolean {
	return (['bold', 'italic', 'complex', 'boldCs', 'italicCs'] as const).every((k) => Boolean(a[k]) === Boolean(b[k]));
}

/** Consecutive one-row tables as one table. */
function mergeTables(blocks: RawBlock[]): RawBlock[] {
	const out: RawBlock[] = [];
	for (const b of blocks) {
		const last = out[out.length - 1];
		if (b.type === 'table' && last?.type === 'table') last.rows.push(...b.rows);
		else out.push(b);
	}
	return out;
}
