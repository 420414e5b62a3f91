/**
 * PDF syntax for the direct reader: the objects of PDF 32000-1 §7.3 and the lexer that reads them from bytes,
 * for the file's objects, object streams, content streams and CMaps alike.
 *
 * Values read as pdfjs reads them (its core/parser.js Lexer), so that what the direct reader computes from them
 * is what pdfjs computes: numbers by pdfjs's own digit arithmetic, strings as one character per byte with
 * pdfjs's escapes, names with `#xx` decoded. What pdfjs only tolerates (a malformed number, an unterminated
 * string, a stray character) is not read here: it throws {@link Unsupported}, and the file goes to pdfjs.
 */

/** What the direct reader does not read: the file goes to pdfjs, which reads everything, as before. */
export class Unsupported extends Error {
	constructor(what: string) {
		super(what);
		this.name = 'Unsupported';
	}
}

/** A PDF name (`/Font`), apart from strings. */
export class Name {
	private static readonly names = new Map<string, Name>();
	private constructor(readonly name: string) {}
	/** The one instance of each name, so that names compare by identity as well. */
	static of(name: string): Name {
		let n = Name.names.get(name);
		if (!n) Name.names.set(name, (n = new Name(name)));
		return n;
	}
}

/** An indirect reference `12 0 R`. */
export class Ref {
	constructor(
		readonly num: number,
		readonly gen: number
	) {}
}

/** A keyword that is not a value: an operator in a content stream or a CMap (`Tj`, `beginbfchar`). */
export class Cmd {
	private static readonly cmds = new Map<string, Cmd>();
	/** The content-stream operator it is, with its operand count, once looked up (content.ts); null: none. */
	operator: [number, number] | null | undefined = undefined;
	private constructor(readonly cmd: string) {}
	static of(cmd: string): Cmd {
		let c = Cmd.cmds.get(cmd);
		if (!c) Cmd.cmds.set(cmd, (c = new Cmd(cmd)));
		return c;
	}
}

/** A dictionary: its keys without the slash. */
export type Dict = Map<string, PdfValue>;

/** A stream: its dictionary and where its bytes are (not yet decoded). */
export class Stream {
	constructor(
		readonly dict: Dict,
		readonly bytes: Uint8Array
	) {}
}

export type PdfValue = number | boolean | string | null | Name | Ref | Dict | Stream | PdfValue[];

/** A value in a content stream or CMap: a PDF value or an operator. */
export type Token = PdfValue | Cmd;

/** Character classes: 1 white space, 2 delimiter, 0 regular (PDF 32000-1 §7.2.2). */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASS[c] = 2;

/** Whether a byte is white space. */
export function isSpace(c: number): boolean {
	return CLASS[c] === 1;
}

function hexDigit(c: number): number {
	if (c >= 0x30 && c <= 0x39) return c - 0x30;
	if (c >= 0x41 && c <= 0x46) return c - 0x37;
	if (c >= 0x61 && c <= 0x66) return c - 0x57;
	return -1;
}

/** Keywords of one to three bytes by their bytes (little-endian), as met: `true`, `false`, `null` excepted. */
const SHORT_CMDS = new Map<number, Cmd>();

function shortKey(word: string): number {
	let key = 0;
	for (let i = 0; i < word.length; i++) key |= word.charCodeAt(i) << (8 * i);
	return key;
}

/**
 * The codes of the last string read, one per byte (an octal escape may give more than a byte), reused from one
 * string to the next and grown as needed: see {@link stringBuffer}.
 */
let STRING: Uint16Array = new Uint16Array(256);

function growStringBuffer(): Uint16Array {
	const grown = new Uint16Array(STRING.length * 2);
	grown.set(STRING);
	return (STRING = grown);
}

/** The codes of the string {@link Lexer.arrayItem} read last (valid until the next string is read). */
export function stringBuffer(): Uint16Array {
	return STRING;
}

/** The first `length` codes of the string buffer as text, one character per code. */
function bufferText(length: number): string {
	const codes = STRING;
	if (length < 64) {
		let s = '';
		for (let i = 0; i < length; i++) s += String.fromCharCode(codes[i]);
		return s;
	}
	let s = '';
	for (let i = 0; i < length; i += 8192) s += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8192)));
	return s;
}

/** What {@link Lexer.arrayItem} found: the array's end, a number, a string, or anything else. */
export const ARRAY_END = 0;
export const ARRAY_NUMBER = 1;
export const ARRAY_STRING = 2;
export const ARRAY_OTHER = 3;

/** The most nested arrays and dictionaries a value may have: deeper is no document's doing. */
const MAX_DEPTH = 64;

/** End of input, as a token. */
export const EOF = Cmd.of('');

/**
 * A lexer over bytes. `next()` gives the next token: a number, string, name, `[`/`]`/`<<`/`>>` as Cmds, or a
 * keyword (`true`, `false` and `null` as values). `value()` reads a whole value, arrays and dictionaries
 * included, and references `12 0 R` when `refs` is set.
 */
export class Lexer {
	pos: number;
	/** The last number and string length {@link arrayItem} read. */
	itemNumber = 0;
	itemLength = 0;
	constructor(
		readonly bytes: Uint8Array,
		start = 0,
		readonly end = bytes.length
	) {
		this.pos = start;
	}

	/** Skips white space and comments. */
	skip(): void {
		const b = this.bytes;
		let p = this.pos;
		while (p < this.end) {
			const c = b[p];
			if (CLASS[c] === 1) p++;
			else if (c === 0x25) {
				while (p < this.end && b[p] !== 0x0a && b[p] !== 0x0d) p++;
			} else break;
		}
		this.pos = p;
	}

	next(): Token {
		this.skip();
		const b = this.bytes;
		if (this.pos >= this.end) return EOF;
		const c = b[this.pos];
		switch (c) {
			case 0x28:
				return this.literalString();
			case 0x2f:
				return this.name();
			case 0x5b:
				this.pos++;
				return OPEN_ARRAY;
			case 0x5d:
				this.pos++;
				return CLOSE_ARRAY;
			case 0x3c:
				if (b[this.pos + 1] === 0x3c) {
					this.pos += 2;
					return OPEN_DICT;
				}
				return this.hexString();
			case 0x3e:
				if (b[this.pos + 1] === 0x3e) {
					this.pos += 2;
					return CLOSE_DICT;
				}
				throw new Unsupported('a stray ">"');
			case 0x7b:
			case 0x7d:
				this.pos++;
				return Cmd.of(String.fromCharCode(c));
			case 0x29:
				throw new Unsupported('a stray ")"');
		}
		if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
		let p = this.pos;
		while (p < this.end && CLASS[b[p]] === 0) p++;
		// Operators are one to three bytes: found by their bytes, without making a string each time.
		if (p - this.pos <= 3) {
			const key =
				b[this.pos] | (p - this.pos > 1 ? b[this.pos + 1] << 8 : 0) | (p - this.pos > 2 ? b[this.pos + 2] << 16 : 0);
			const cmd = SHORT_CMDS.get(key);
			if (cmd) {
				this.pos = p;
				return cmd;
			}
		}
		const word = latin1(b, this.pos, p);
		this.pos = p;
		if (word.length <= 3) SHORT_CMDS.set(shortKey(word), Cmd.of(word));
		if (word === 'true') return true;
		if (word === 'false') return false;
		if (word === 'null') return null;
		return Cmd.of(word);
	}

	/** A number as pdfjs's Lexer.getNumber computes it (digit by digit, then one division). */
	number(): number {
		const b = this.bytes;
		let p = this.pos;
		let sign = 1;
		let c = b[p];
		if (c === 0x2d) {
			sign = -1;
			c = b[++p];
		} else if (c === 0x2b) c = b[++p];
		let divideBy = 0;
		if (c === 0x2e) {
			divideBy = 10;
			c = b[++p];
		}
		if (!(c >= 0x30 && c <= 0x39)) throw new Unsupported('a malformed number');
		let value = c - 0x30;
		while (++p < this.end) {
			c = b[p];
			if (c >= 0x30 && c <= 0x39) {
				if (divideBy !== 0) divideBy *= 10;
				value = value * 10 + (c - 0x30);
			} else if (c === 0x2e) {
				if (divideBy === 0) divideBy = 1;
				else throw new Unsupported('a malformed number');
			} else if (CLASS[c] === 0) throw new Unsupported('a malformed number');
			else break;
		}
		this.pos = p;
		if (divideBy !== 0) value /= divideBy;
		return sign * value;
	}

	literalString(): string {
		return bufferText(this.literalBytes());
	}

	hexString(): string {
		return bufferText(this.hexBytes());
	}

	/**
	 * Reads a literal string `( … )` into the string buffer ({@link stringBuffer}), escapes resolved as pdfjs
	 * resolves them (an octal escape may exceed a byte: `\777` is 511, as in pdfjs); gives its length.
	 */
	private literalBytes(): number {
		const b = this.bytes;
		let out = STRING;
		let p = this.pos + 1;
		let n = 0;
		let depth = 1;
		for (;;) {
			if (p >= this.end) throw new Unsupported('an unterminated string');
			let c = b[p];
			if (c === 0x28) depth++;
			else if (c === 0x29) {
				if (--depth === 0) break;
			} else if (c === 0x5c) {
				p++;
				if (p >= this.end) throw new Unsupported('an unterminated string');
				const e = b[p];
				switch (e) {
					case 0x6e:
						c = 0x0a;
						break;
					case 0x72:
						c = 0x0d;
						break;
					case 0x74:
						c = 0x09;
						break;
					case 0x62:
						c = 0x08;
						break;
					case 0x66:
						c = 0x0c;
						break;
					case 0x0d:
						// A line continued: the end of line is no part of the string.
						if (b[p + 1] === 0x0a) p++;
						c = -1;
						break;
					case 0x0a:
						c = -1;
						break;
					default:
						if (e >= 0x30 && e <= 0x37) {
							c = e & 0x0f;
							if (b[p + 1] >= 0x30 && b[p + 1] <= 0x37) {
								c = (c << 3) + (b[++p] & 0x0f);
								if (b[p + 1] >= 0x30 && b[p + 1] <= 0x37) c = (c << 3) + (b[++p] & 0x0f);
							}
						} else c = e;
				}
				if (c < 0) {
					p++;
					continue;
				}
			}
			if (n === out.length) out = growStringBuffer();
			out[n++] = c;
			p++;
		}
		this.pos = p + 1;
		return n;
	}

	/** Reads a hex string `< … >` into the string buffer ({@link stringBuffer}); gives its length. */
	private hexBytes(): number {
		const b = this.bytes;
		let out = STRING;
		let p = this.pos + 1;
		let n = 0;
		let first = -1;
		for (;;) {
			if (p >= this.end) throw new Unsupported('an unterminated hex string');
			const c = b[p++];
			if (c === 0x3e) break;
			if (CLASS[c] === 1) continue;
			const d = hexDigit(c);
			if (d < 0) throw new Unsupported('a malformed hex string');
			if (first < 0) first = d;
			else {
				if (n === out.length) out = growStringBuffer();
				out[n++] = (first << 4) | d;
				first = -1;
			}
		}
		if (first >= 0) {
			if (n === out.length) out = growStringBuffer();
			out[n++] = first << 4;
		}
		this.pos = p;
		return n;
	}

	/**
	 * The next item of an array being read (after its `[`), for readers that take strings as their codes rather
	 * than as text (a TJ's glyphs): {@link ARRAY_END} past the `]`; {@link ARRAY_NUMBER}, its value in
	 * `itemNumber`; {@link ARRAY_STRING}, its codes in the string buffer ({@link stringBuffer}) and their count in
	 * `itemLength`; {@link ARRAY_OTHER} for anything else, the lexer left where it starts.
	 */
	arrayItem(): number {
		this.skip();
		if (this.pos >= this.end) return ARRAY_OTHER;
		const b = this.bytes;
		const c = b[this.pos];
		if (c === 0x5d) {
			this.pos++;
			return ARRAY_END;
		}
		if (c === 0x28) {
			this.itemLength = this.literalBytes();
			return ARRAY_STRING;
		}
		if (c === 0x3c && b[this.pos + 1] !== 0x3c) {
			this.itemLength = this.hexBytes();
			return ARRAY_STRING;
		}
		if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
			this.itemNumber = this.number();
			return ARRAY_NUMBER;
		}
		return ARRAY_OTHER;
	}

	name(): Name {
		const b = this.bytes;
		let p = this.pos + 1;
		let out = '';
		let from = p;
		while (p < this.end && CLASS[b[p]] === 0) {
			if (b[p] === 0x23) {
				const h = hexDigit(b[p + 1]);
				const l = hexDigit(b[p + 2]);
				if (h < 0 || l < 0) throw new Unsupported('a malformed name');
				out += latin1(b, from, p) + String.fromCharCode((h << 4) | l);
				p += 3;
				from = p;
			} else p++;
		}
		out += latin1(b, from, p);
		this.pos = p;
		return Name.of(out);
	}

	/**
	 * A whole value: arrays and dictionaries read to their end; `N G R` read as a reference when `refs`.
	 * A keyword other than a value throws.
	 */
	value(refs: boolean, depth = 0): PdfValue {
		const token = this.next();
		return this.complete(token, refs, depth);
	}

	complete(token: Token, refs: boolean, depth: number): PdfValue {
		if (token instanceof Cmd) {
			if (depth > MAX_DEPTH) throw new Unsupported('values nested too deep');
			if (token === OPEN_ARRAY) {
				const array: PdfValue[] = [];
				for (;;) {
					const t = this.next();
					if (t === CLOSE_ARRAY) return array;
					if (t === EOF) throw new Unsupported('an unterminated array');
					if (t === REF && refs && array.length >= 2) {
						const gen = array[array.length - 1];
						const num = array[array.length - 2];
						if (isIndex(num) && isIndex(gen)) {
							array.length -= 2;
							array.push(new Ref(num, gen));
							continue;
						}
					}
					array.push(this.complete(t, refs, depth + 1));
				}
			}
			if (token === OPEN_DICT) {
				const dict: Dict = new Map();
				for (;;) {
					const t = this.next();
					if (t === CLOSE_DICT) return dict;
					if (!(t instanceof Name)) throw new Unsupported('a dictionary key that is not a name');
					let v = this.value(refs, depth + 1);
					if (refs && isIndex(v)) v = this.maybeReference(v);
					dict.set(t.name, v);
				}
			}
			throw new Unsupported(`an unexpected "${token.cmd}"`);
		}
		return token;
	}

	/** After an integer in a dictionary: `G R` makes it a reference; otherwise the lexer is put back. */
	private maybeReference(num: number): PdfValue {
		const save = this.pos;
		const gen = this.next();
		if (typeof gen === 'number' && Number.isInteger(gen)) {
			const r = this.next();
			if (r === REF) return new Ref(num, gen);
		}
		this.pos = save;
		return num;
	}
}

/** A non-negative integer: an object number or generation. */
function isIndex(v: unknown): v is number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

const OPEN_ARRAY = Cmd.of('[');
const CLOSE_ARRAY = Cmd.of(']');
const OPEN_DICT = Cmd.of('<<');
const CLOSE_DICT = Cmd.of('>>');
const REF = Cmd.of('R');

export const TOKENS = { OPEN_ARRAY, CLOSE_ARRAY, OPEN_DICT, CLOSE_DICT, REF };

/** Bytes as text, one character per byte. */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
	if (end - start < 64) {
		let s = '';
		for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
		return s;
	}
	let s = '';
	for (let i = start; i < end; i += 8192) {
		s += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
	}
	return s;
}
