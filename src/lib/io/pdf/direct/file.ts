/**
 * A PDF file's structure for the direct reader: the cross-reference sections (tables, streams and the hybrid
 * of both, followed through /Prev in pdfjs's order: the first entry met for an object wins, a free one too),
 * objects stored plain or in object streams, streams decoded on demand, and the page tree with what pages
 * inherit (Resources, MediaBox, CropBox) and the box pdfjs calls a page's `view`.
 *
 * Strict: anything a damaged or unusual file would need repaired (an offset that misses its object, a free
 * or missing object referred to, a reference cycle, encryption, an incremental update whose sections loop)
 * throws {@link Unsupported}, and pdfjs reads the file instead, with its own recovery and its own errors.
 */
import { decodeStream, type Inflate } from './filters';
import { Cmd, Lexer, Name, Ref, Stream, Unsupported, type Dict, type PdfValue } from './syntax';

type Entry =
	{ free: true } | { free: false; offset: number; gen: number } | { free: false; stream: number; index: number };

/** The most cross-reference sections followed, and the deepest page tree. */
const MAX_SECTIONS = 64;
const MAX_TREE_DEPTH = 32;
/** The most pages the direct reader takes on; longer documents are pdfjs's. */
const MAX_PAGES = 5000;

/** A page as the reader needs it. */
export interface PageInfo {
	dict: Dict;
	resources: Dict;
	/** pdfjs's `view`: the crop box within the media box, normalised. */
	view: [number, number, number, number];
}

const OBJ = Cmd.of('obj');
const STREAM = Cmd.of('stream');
const ENDSTREAM = 'endstream';

export class PdfFile {
	private readonly entries = new Map<number, Entry>();
	private readonly cache = new Map<number, PdfValue>();
	private readonly loading = new Set<number>();
	private readonly objectStreams = new Map<number, { data: Uint8Array; offsets: Map<number, number> }>();
	private readonly decoded = new WeakMap<Stream, Promise<Uint8Array>>();
	trailer: Dict = new Map();

	private constructor(
		readonly bytes: Uint8Array,
		private readonly inflate: Inflate
	) {}

	/** Reads the file's cross-reference sections and the object streams they point into. */
	static async open(bytes: Uint8Array, inflate: Inflate): Promise<PdfFile> {
		const file = new PdfFile(bytes, inflate);
		await file.readSections();
		return file;
	}

	private startXref(): number {
		const b = this.bytes;
		const from = Math.max(0, b.length - 1024);
		const tail = new Lexer(b, from);
		let found = -1;
		for (let i = b.length - 9; i >= from; i--) {
			if (b[i] === 0x73 && b[i + 1] === 0x74 && b[i + 8] === 0x66 && this.text(i, i + 9) === 'startxref') {
				found = i + 9;
				break;
			}
		}
		if (found < 0) throw new Unsupported('no startxref');
		tail.pos = found;
		const offset = tail.next();
		if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset >= b.length) {
			throw new Unsupported('a malformed startxref');
		}
		return offset;
	}

	private text(start: number, end: number): string {
		let s = '';
		for (let i = start; i < end && i < this.bytes.length; i++) s += String.fromCharCode(this.bytes[i]);
		return s;
	}

	private async readSections(): Promise<void> {
		const queue = [this.startXref()];
		const seen = new Set<number>();
		const xrefStms = new Set<number>();
		let top: Dict | null = null;
		while (queue.length) {
			const offset = queue.shift()!;
			if (seen.has(offset)) continue;
			seen.add(offset);
			if (seen.size > MAX_SECTIONS) throw new Unsupported('too many cross-reference sections');
			const lexer = new Lexer(this.bytes, offset);
			const first = lexer.next();
			let dict: Dict;
			if (first === Cmd.of('xref')) {
				dict = this.readTable(lexer);
				const stm = dict.get('XRefStm');
				if (typeof stm === 'number' && Number.isInteger(stm) && !xrefStms.has(stm)) {
					xrefStms.add(stm);
					queue.push(stm);
				}
			} else if (typeof first === 'number') {
				dict = await this.readXrefStream(lexer);
			} else throw new Unsupported('no cross-reference section at startxref');
			top ??= dict;
			const prev = dict.get('Prev');
			if (typeof prev === 'number' && Number.isInteger(prev)) queue.push(prev);
			else if (prev !== undefined) throw new Unsupported('a malformed /Prev');
		}
		this.trailer = top!;
		if (this.trailer.has('Encrypt')) throw new Unsupported('encryption');
		await this.loadObjectStreams();
	}

	private readTable(lexer: Lexer): Dict {
		for (;;) {
			const t = lexer.next();
			if (t === Cmd.of('trailer')) break;
			if (typeof t !== 'number' || !Number.isInteger(t)) throw new Unsupported('a malformed xref table');
			let first = t;
			const count = lexer.next();
			if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
				throw new Unsupported('a malformed xref table');
			}
			for (let i = 0; i < count; i++) {
				const offset = lexer.next();
				const gen = lexer.next();
				const kind = lexer.next();
				if (typeof offset !== 'number' || typeof gen !== 'number' || (kind !== Cmd.of('n') && kind !== Cmd.of('f'))) {
					throw new Unsupported('a malformed xref entry');
				}
				const free = kind === Cmd.of('f');
				// pdfjs's repair of a table numbered from 1 whose first entry is object 0's.
				if (i === 0 && free && first === 1) first = 0;
				const entry: Entry = free ? { free: true } : { free: false, offset, gen };
				if (!this.entries.has(first + i)) this.entries.set(first + i, entry);
			}
		}
		const dict = lexer.value(true);
		if (!(dict instanceof Map)) throw new Unsupported('a malformed trailer');
		return dict;
	}

	private async readXrefStream(lexer: Lexer): Promise<Dict> {
		const gen = lexer.next();
		if (typeof gen !== 'number' || lexer.next() !== OBJ) throw new Unsupported('a malformed xref stream');
		const stream = this.streamAt(lexer);
		if (!stream) throw new Unsupported('an xref stream that is not a stream');
		const dict = stream.dict;
		const w = dict.get('W');
		const size = dict.get('Size');
		if (
			!Array.isArray(w) ||
			w.length !== 3 ||
			!w.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 8)
		) {
			throw new Unsupported('a malformed /W');
		}
		if (typeof size !== 'number' || !Number.isInteger(size)) throw new Unsupported('a malformed /Size');
		const index = dict.get('Index') ?? [0, size];
		if (
			!Array.isArray(index) ||
			index.length % 2 !== 0 ||
			!index.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)
		) {
			throw new Unsupported('a malformed /Index');
		}
		const data = await decodeStream(dict, stream.bytes, this.inflate);
		const [w0, w1, w2] = w as number[];
		const rowBytes = w0 + w1 + w2;
		let at = 0;
		const field = (width: number) => {
			let v = 0;
			for (let k = 0; k < width; k++) v = v * 256 + data[at++];
			return v;
		};
		for (let s = 0; s < index.length; s += 2) {
			const first = index[s] as number;
			const count = index[s + 1] as number;
			if (at + count * rowBytes > data.length) throw new Unsupported('an xref stream cut short');
			for (let i = 0; i < count; i++) {
				const type = w0 === 0 ? 1 : field(w0);
				const a = field(w1);
				const b = field(w2);
				let entry: Entry;
				if (type === 0) entry = { free: true };
				else if (type === 1) entry = { free: false, offset: a, gen: b };
				else if (type === 2) entry = { free: false, stream: a, index: b };
				else throw new Unsupported('an xref entry of an unknown type');
				if (!this.entries.has(first + i)) this.entries.set(first + i, entry);
			}
		}
		return dict;
	}

	/** Decodes every object stream that the entries point into (once), so that fetching stays synchronous. */
	private async loadObjectStreams(): Promise<void> {
		const wanted = new Set<number>();
		for (const entry of this.entries.values()) {
			if (!entry.free && 'stream' in entry && !this.objectStreams.has(entry.stream)) wanted.add(entry.stream);
		}
		for (const num of wanted) {
			const stream = this.fetch(new Ref(num, 0));
			if (!(stream instanceof Stream)) throw new Unsupported('an object stream that is not a stream');
			const n = stream.dict.get('N');
			const first = stream.dict.get('First');
			if (typeof n !== 'number' || typeof first !== 'number' || !Number.isInteger(n) || !Number.isInteger(first)) {
				throw new Unsupported('a malformed object stream');
			}
			const data = await this.streamBytes(stream);
			const lexer = new Lexer(data);
			const offsets = new Map<number, number>();
			for (let i = 0; i < n; i++) {
				const obj = lexer.next();
				const offset = lexer.next();
				if (typeof obj !== 'number' || typeof offset !== 'number' || first + offset > data.length) {
					throw new Unsupported('a malformed object stream');
				}
				offsets.set(obj, first + offset);
			}
			this.objectStreams.set(num, { data, offsets });
		}
	}

	/** After `N G obj`: the object's value, or its stream. */
	private streamAt(lexer: Lexer): Stream | null {
		const dict = lexer.value(true);
		const save = lexer.pos;
		if (lexer.next() !== STREAM) {
			lexer.pos = save;
			return null;
		}
		if (!(dict instanceof Map)) throw new Unsupported('a stream without a dictionary');
		const b = this.bytes;
		let start = lexer.pos;
		if (b[start] === 0x0d && b[start + 1] === 0x0a) start += 2;
		else if (b[start] === 0x0a || b[start] === 0x0d) start += 1;
		else throw new Unsupported('a stream keyword without its end of line');
		let length = dict.get('Length');
		if (length instanceof Ref) length = this.fetch(length);
		if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || start + length > b.length) {
			throw new Unsupported('a stream of a wrong /Length');
		}
		const after = new Lexer(b, start + length);
		if (after.next() !== Cmd.of(ENDSTREAM)) throw new Unsupported('a stream of a wrong /Length');
		const resolved: Dict = new Map(dict);
		resolved.set('Length', length);
		return new Stream(resolved, b.subarray(start, start + length));
	}

	/** The object a reference stands for (cached); a cycle or a missing object is Unsupported. */
	fetch(ref: Ref): PdfValue {
		const num = ref.num;
		if (this.cache.has(num)) return this.cache.get(num)!;
		const entry = this.entries.get(num);
		if (!entry || entry.free) throw new Unsupported('a reference to a missing object');
		if (this.loading.has(num)) throw new Unsupported('a reference cycle');
		this.loading.add(num);
		try {
			let value: PdfValue;
			if ('offset' in entry) {
				if (entry.gen !== ref.gen) throw new Unsupported('a reference of another generation');
				const lexer = new Lexer(this.bytes, entry.offset);
				const n = lexer.next();
				const g = lexer.next();
				if (n !== num || g !== entry.gen || lexer.next() !== OBJ)
					throw new Unsupported('an offset that misses its object');
				const start = lexer.pos;
				value =
					this.streamAt(lexer) ??
					(() => {
						lexer.pos = start;
						return lexer.value(true);
					})();
			} else {
				if (ref.gen !== 0) throw new Unsupported('a reference of another generation');
				const holder = this.objectStreams.get(entry.stream);
				const offset = holder?.offsets.get(num);
				if (!holder || offset === undefined) throw new Unsupported('an object missing from its object stream');
				value = new Lexer(holder.data, offset).value(true);
				if (value instanceof Stream) throw new Unsupported('a stream in an object stream');
			}
			this.cache.set(num, value);
			return value;
		} finally {
			this.loading.delete(num);
		}
	}

	/** A value with a reference followed (one level: what it refers to). */
	resolve(value: PdfValue | undefined): PdfValue | undefined {
		return value instanceof Ref ? this.fetch(value) : value;
	}

	/** A dictionary's entry, resolved. */
	get(dict: Dict, key: string): PdfValue | undefined {
		return this.resolve(dict.get(key));
	}

	/** A dictionary's entry that must be a dictionary, or absent; anything else is Unsupported. */
	dict(dict: Dict, key: string): Dict | null {
		const v = this.get(dict, key);
		if (v === undefined || v === null) return null;
		if (v instanceof Map) return v;
		throw new Unsupported(`a /${key} that is not a dictionary`);
	}

	/** A stream's decoded bytes, once per stream. */
	streamBytes(stream: Stream): Promise<Uint8Array> {
		let bytes = this.decoded.get(stream);
		if (!bytes) {
			const dict: Dict = new Map(stream.dict);
			for (const key of ['Filter', 'DecodeParms', 'DP']) {
				if (dict.has(key)) dict.set(key, this.deep(dict.get(key)!));
			}
			bytes = decodeStream(dict, stream.bytes, this.inflate);
			this.decoded.set(stream, bytes);
		}
		return bytes;
	}

	/** A small value with its references resolved inside (filters and their parameters). */
	private deep(value: PdfValue, depth = 0): PdfValue {
		if (depth > 8) throw new Unsupported('values nested too deep');
		const v = this.resolve(value)!;
		if (Array.isArray(v)) return v.map((x) => this.deep(x, depth + 1));
		if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, this.deep(x, depth + 1)]));
		return v;
	}

	/** The pages in order, with what they inherit. */
	pages(): PageInfo[] {
		const root = this.dict(this.trailer, 'Root');
		if (!root) throw new Unsupported('no document catalog');
		const tree = this.dict(root, 'Pages');
		if (!tree) throw new Unsupported('no page tree');
		const count = this.get(tree, 'Count');
		const pages: PageInfo[] = [];
		const seen = new Set<Dict>();
		const walk = (node: Dict, inherited: Map<string, PdfValue | undefined>, depth: number) => {
			if (depth > MAX_TREE_DEPTH || seen.has(node)) throw new Unsupported('a page tree that loops or runs too deep');
			seen.add(node);
			const own = new Map(inherited);
			for (const key of ['Resources', 'MediaBox', 'CropBox']) if (node.has(key)) own.set(key, node.get(key));
			const type = this.get(node, 'Type');
			const kids = this.get(node, 'Kids');
			if (type instanceof Name && type.name === 'Page' && !node.has('Kids')) {
				if (pages.length >= MAX_PAGES) throw new Unsupported('too many pages');
				pages.push(this.page(node, own));
				return;
			}
			if (!Array.isArray(kids)) throw new Unsupported('a page tree node without kids');
			for (const kid of kids) {
				const child = this.resolve(kid);
				if (!(child instanceof Map)) throw new Unsupported('a page that is not a dictionary');
				walk(child, own, depth + 1);
			}
		};
		walk(tree, new Map(), 0);
		if (count !== pages.length) throw new Unsupported('a page count that differs from the pages');
		return pages;
	}

	private page(dict: Dict, inherited: Map<string, PdfValue | undefined>): PageInfo {
		const resources = this.resolve(inherited.get('Resources'));
		const box = (key: string): number[] | null => {
			const v = this.resolve(inherited.get(key));
			if (v === undefined) return null;
			if (!Array.isArray(v) || v.length !== 4) throw new Unsupported(`a malformed /${key}`);
			const n = v.map((x) => this.resolve(x));
			if (!n.every((x) => typeof x === 'number')) throw new Unsupported(`a malformed /${key}`);
			const r = n as number[];
			const norm = [Math.min(r[0], r[2]), Math.min(r[1], r[3]), Math.max(r[0], r[2]), Math.max(r[1], r[3])];
			if (!(norm[2] - norm[0] > 0 && norm[3] - norm[1] > 0)) throw new Unsupported(`an empty /${key}`);
			return norm;
		};
		const media = box('MediaBox') ?? [0, 0, 612, 792];
		const crop = box('CropBox') ?? media;
		let view = media;
		if (crop.some((v, i) => v !== media[i])) {
			const x0 = Math.max(crop[0], media[0]);
			const x1 = Math.min(crop[2], media[2]);
			const y0 = Math.max(crop[1], media[1]);
			const y1 = Math.min(crop[3], media[3]);
			if (!(x1 - x0 > 0 && y1 - y0 > 0)) throw new Unsupported('a crop box outside the media box');
			view = [x0, y0, x1, y1];
		}
		return {
			dict,
			resources: resources instanceof Map ? resources : new Map(),
			view: view as [number, number, number, number]
		};
	}
}
