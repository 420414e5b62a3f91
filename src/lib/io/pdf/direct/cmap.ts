/**
 * ToUnicode CMaps (PDF 32000-1 §9.10.3) for the direct reader, read as pdfjs reads them (core/cmap.js
 * parseCMap, and core/evaluator.js readToUnicode): `bfchar` and `bfrange` entries, a range's destination
 * incremented in its last byte with pdfjs's carry, the array form of `bfrange`, and each destination decoded
 * from UTF-16BE with surrogate pairs into a string. What pdfjs would only warn about (a malformed entry, a
 * `usecmap` of a predefined CMap, an oversized range) is {@link Unsupported}.
 */
import { Cmd, EOF, Lexer, Unsupported, type Token } from './syntax';

/** Codes mapped at most by one range: far beyond any font's; more is no font's doing. Unit: codes. */
const MAX_RANGE = 0x10000;

/** A font's ToUnicode map: character code → its text. */
export type ToUnicode = Map<number, string>;

/** pdfjs's strToInt: a code's bytes, big-endian. */
function codeOf(token: Token): number {
	if (typeof token !== 'string') throw new Unsupported('a malformed CMap entry');
	let code = 0;
	for (let i = 0; i < token.length; i++) code = ((code << 8) | token.charCodeAt(i)) >>> 0;
	return code;
}

/** A destination's bytes (UTF-16BE) as text, as pdfjs's readToUnicode decodes it. */
export function utf16(token: string): string {
	if (token.length % 2 !== 0) token = '\u0000' + token;
	const points: number[] = [];
	for (let k = 0; k < token.length; k += 2) {
		const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
		if ((w1 & 0xf800) !== 0xd800) {
			points.push(w1);
			continue;
		}
		k += 2;
		const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
		points.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
	}
	return String.fromCodePoint(...points);
}

/** Parses a ToUnicode CMap's bytes into code → text. */
export function parseToUnicode(bytes: Uint8Array): ToUnicode {
	const raw = new Map<number, string | number>();
	const lexer = new Lexer(bytes);
	const expect = (word: string) => (t: Token) => t instanceof Cmd && t.cmd === word;
	for (;;) {
		const token = lexer.next();
		if (token === EOF) break;
		if (!(token instanceof Cmd)) continue;
		switch (token.cmd) {
			case 'endcmap':
				return finish(raw);
			case 'usecmap':
				throw new Unsupported('a ToUnicode map that uses another');
			case 'beginbfchar': {
				const end = expect('endbfchar');
				for (;;) {
					const src = lexer.next();
					if (end(src)) break;
					const dst = lexer.next();
					if (typeof dst !== 'string') throw new Unsupported('a malformed bfchar');
					raw.set(codeOf(src), dst);
				}
				break;
			}
			case 'beginbfrange': {
				const end = expect('endbfrange');
				for (;;) {
					const first = lexer.next();
					if (end(first)) break;
					let low = codeOf(first);
					const high = codeOf(lexer.next());
					if (high < low || high - low >= MAX_RANGE) throw new Unsupported('a malformed bfrange');
					const dst = lexer.next();
					if (typeof dst === 'string' || (typeof dst === 'number' && Number.isInteger(dst))) {
						let text = typeof dst === 'number' ? String.fromCharCode(dst) : dst;
						if (text.length === 0) throw new Unsupported('an empty bfrange destination');
						const last = text.length - 1;
						while (low <= high) {
							raw.set(low++, text);
							const next = text.charCodeAt(last) + 1;
							text =
								next > 0xff
									? text.substring(0, last - 1) + String.fromCharCode(text.charCodeAt(last - 1) + 1) + '\x00'
									: text.substring(0, last) + String.fromCharCode(next);
						}
					} else if (dst instanceof Cmd && dst.cmd === '[') {
						for (;;) {
							const item = lexer.next();
							if (item instanceof Cmd && item.cmd === ']') break;
							if (typeof item !== 'string') throw new Unsupported('a malformed bfrange array');
							if (low <= high) raw.set(low++, item);
						}
					} else throw new Unsupported('a malformed bfrange');
				}
				break;
			}
			case 'begincidchar':
			case 'begincidrange':
				throw new Unsupported('CIDs in a ToUnicode map');
			case 'begincodespacerange': {
				const end = expect('endcodespacerange');
				for (;;) {
					const t = lexer.next();
					if (end(t)) break;
					if (typeof t !== 'string') throw new Unsupported('a malformed codespace range');
				}
				break;
			}
			default:
				break;
		}
	}
	return finish(raw);
}

function finish(raw: Map<number, string | number>): ToUnicode {
	const map: ToUnicode = new Map();
	for (const [code, token] of raw)
		map.set(code, typeof token === 'number' ? String.fromCodePoint(token) : utf16(token));
	return map;
}
