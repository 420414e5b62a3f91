/**
 * Stream filters of the direct reader: FlateDecode, with or without a PNG predictor (PDF 32000-1 §7.4.4), which
 * is all that Word and LibreOffice use for text, fonts' maps and cross-reference streams. Any other filter, a
 * TIFF predictor or a damaged stream is {@link Unsupported}: the file goes to pdfjs.
 *
 * Inflating is the caller's: Node's zlib in Node (synchronous, the fastest there), `DecompressionStream` in
 * browsers (see {@link inflateWithStreams}).
 */
import { Name, Unsupported, type Dict, type PdfValue } from './syntax';

/** Inflates zlib-wrapped deflate data (RFC 1950) to at most `limit` bytes; throws on damaged data or more. */
export type Inflate = (data: Uint8Array, limit: number) => Uint8Array | Promise<Uint8Array>;

/** The most one stream may inflate to. Unit: bytes; a page's text is a few hundred kilobytes at most. */
export const MAX_STREAM_BYTES = 64 * 1024 * 1024;

/** Inflate by the web platform's `DecompressionStream` (browsers; Node has it too). */
export async function inflateWithStreams(data: Uint8Array, limit: number): Promise<Uint8Array> {
	const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > limit) {
			await reader.cancel().catch(() => undefined);
			throw new Unsupported('a stream too big');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** A stream's one filter, if any: FlateDecode, alone or in an array of one. */
function filterOf(dict: Dict): string | null {
	let filter = dict.get('Filter');
	if (Array.isArray(filter)) {
		if (filter.length > 1) throw new Unsupported('a chain of filters');
		filter = filter[0] ?? null;
	}
	if (filter === undefined || filter === null) return null;
	if (!(filter instanceof Name)) throw new Unsupported('a filter that is not a name');
	if (filter.name !== 'FlateDecode' && filter.name !== 'Fl') throw new Unsupported(`the filter ${filter.name}`);
	return filter.name;
}

function parmsOf(dict: Dict): Dict | null {
	let parms: PdfValue | undefined = dict.get('DecodeParms') ?? dict.get('DP');
	if (Array.isArray(parms)) parms = parms[0] ?? null;
	if (parms === undefined || parms === null) return null;
	if (!(parms instanceof Map)) throw new Unsupported('decode parameters that are not a dictionary');
	return parms;
}

function intOf(dict: Dict, key: string, fallback: number): number {
	const v = dict.get(key);
	if (v === undefined) return fallback;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Unsupported(`a malformed /${key}`);
	return v;
}

/**
 * The bytes as a plain Uint8Array (a view, not a copy). Node's zlib gives Buffers, a subclass of another hidden
 * class: a lexer given both kinds reads bytes polymorphically, and V8 throws away its optimised code when the
 * second kind comes.
 */
function plainBytes(bytes: Uint8Array): Uint8Array {
	return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A stream's bytes decoded (dictionary values already resolved by the caller). */
export async function decodeStream(dict: Dict, raw: Uint8Array, inflate: Inflate): Promise<Uint8Array> {
	if (!filterOf(dict)) {
		if (dict.has('DecodeParms') || dict.has('DP')) throw new Unsupported('decode parameters without a filter');
		return raw;
	}
	let data: Uint8Array;
	try {
		data = plainBytes(await inflate(raw, MAX_STREAM_BYTES));
	} catch (error) {
		if (error instanceof Unsupported) throw error;
		throw new Unsupported('a stream that does not inflate');
	}
	const parms = parmsOf(dict);
	if (!parms) return data;
	const predictor = intOf(parms, 'Predictor', 1);
	if (predictor === 1) return data;
	if (predictor < 10 || predictor > 15) throw new Unsupported(`the predictor ${predictor}`);
	return unpredictPng(data, intOf(parms, 'Colors', 1), intOf(parms, 'BitsPerComponent', 8), intOf(parms, 'Columns', 1));
}

/** Undoes PNG row filters (None, Sub, Up, Average, Paeth), each row led by its filter type byte. */
export function unpredictPng(data: Uint8Array, colors: number, bits: number, columns: number): Uint8Array {
	if (colors < 1 || colors > 4 || ![1, 2, 4, 8, 16].includes(bits) || columns < 1) {
		throw new Unsupported('unusual predictor parameters');
	}
	const rowBytes = Math.ceil((colors * bits * columns) / 8);
	const pixelBytes = Math.ceil((colors * bits) / 8);
	if (data.length % (rowBytes + 1) !== 0) throw new Unsupported('a predicted stream cut mid-row');
	const rows = data.length / (rowBytes + 1);
	const out = new Uint8Array(rows * rowBytes);
	for (let r = 0; r < rows; r++) {
		const type = data[r * (rowBytes + 1)];
		const src = r * (rowBytes + 1) + 1;
		const dst = r * rowBytes;
		const up = dst - rowBytes;
		for (let i = 0; i < rowBytes; i++) {
			const raw = data[src + i];
			const left = i >= pixelBytes ? out[dst + i - pixelBytes] : 0;
			const above = r > 0 ? out[up + i] : 0;
			const corner = r > 0 && i >= pixelBytes ? out[up + i - pixelBytes] : 0;
			let value: number;
			switch (type) {
				case 0:
					value = raw;
					break;
				case 1:
					value = raw + left;
					break;
				case 2:
					value = raw + above;
					break;
				case 3:
					value = raw + ((left + above) >> 1);
					break;
				case 4: {
					const p = left + above - corner;
					const pa = Math.abs(p - left);
					const pb = Math.abs(p - above);
					const pc = Math.abs(p - corner);
					value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? above : corner);
					break;
				}
				default:
					throw new Unsupported(`the PNG filter type ${type}`);
			}
			out[dst + i] = value & 0xff;
		}
	}
	return out;
}
