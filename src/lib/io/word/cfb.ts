/**
 * The streams of an OLE compound file ([MS-CFB]), the container of a Word 97–2003 `.doc`: a header, a
 * file allocation table of sectors (and a mini table for streams under 4 KB), and a directory tree of
 * named streams and storages. Only the streams at the top of the tree are read: an embedded object
 * (under `ObjectPool`) holds streams of the same names, and they are not the document's. Every chain
 * and offset is checked against the file's size, so a damaged file is refused, never read past its
 * end or looped in. Pure: bytes in, streams out.
 */
import { ResodiffError, type ErrorLocation } from '../../core/types';
import { containerOf } from './sniff';

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;

/** A directory entry. */
interface Entry {
	name: string;
	type: number;
	left: number;
	right: number;
	child: number;
	start: number;
	size: number;
}

/** The top-level streams of a compound file, by name. */
export interface CompoundFile {
	/** The bytes of a top-level stream, or undefined when the file has none of that name. */
	stream(name: string): Uint8Array | undefined;
	/** Names of the top-level streams and storages. */
	names(): string[];
}

/** Reads a compound file's directory; throws a `word-broken` error when it is damaged. */
export function readCompoundFile(bytes: Uint8Array, where: ErrorLocation): CompoundFile {
	const broken = (why: string) => new ResodiffError('word-broken', `the file is damaged: ${why}`, where);
	if (containerOf(bytes) !== 'ole') throw broken('not an OLE compound file');
	if (bytes.length < 512) throw broken('it is cut short');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u32 = (at: number) => view.getUint32(at, true);
	const sectorShift = view.getUint16(0x1e, true);
	const miniShift = view.getUint16(0x20, true);
	if (sectorShift !== 9 && sectorShift !== 12) throw broken('its sector size is not 512 or 4096 bytes');
	const sectorSize = 1 << sectorShift;
	const miniSize = 1 << miniShift;
	const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize) + 1;
	const offsetOf = (sector: number) => (sector + 1) * sectorSize;

	// The FAT's own sectors: 109 in the header, then a chain of DIFAT sectors.
	const fatSectors: number[] = [];
	for (let i = 0; i < 109; i++) {
		const s = u32(0x4c + 4 * i);
		if (s !== FREESECT && s !== ENDOFCHAIN) fatSectors.push(s);
	}
	let difat = u32(0x44);
	for (let guard = 0; difat !== ENDOFCHAIN && difat !== FREESECT; guard++) {
		if (guard > sectorCount || offsetOf(difat) + sectorSize > bytes.length) throw broken('its sector table is cut');
		const per = sectorSize / 4 - 1;
		for (let i = 0; i < per; i++) {
			const s = u32(offsetOf(difat) + 4 * i);
			if (s !== FREESECT && s !== ENDOFCHAIN) fatSectors.push(s);
		}
		difat = u32(offsetOf(difat) + 4 * per);
	}
	const fat = new Uint32Array(fatSectors.length * (sectorSize / 4));
	fatSectors.forEach((s, k) => {
		if (offsetOf(s) + sectorSize > bytes.length) throw broken('its sector table is cut');
		for (let i = 0; i < sectorSize / 4; i++) fat[k * (sectorSize / 4) + i] = u32(offsetOf(s) + 4 * i);
	});

	/** The sectors of a chain, in order. */
	const chain = (start: number, table: Uint32Array, limit: number): number[] => {
		const out: number[] = [];
		for (let s = start; s !== ENDOFCHAIN && s !== FREESECT; s = table[s]) {
			if (s >= table.length || out.length > limit) throw broken('a chain of sectors is broken');
			out.push(s);
		}
		return out;
	};
	/** The bytes of a chain of full sectors, cut to `size` (the whole chain without one). */
	const readChain = (start: number, size?: number): Uint8Array => {
		const sectors = chain(start, fat, sectorCount);
		const out = new Uint8Array(sectors.length * sectorSize);
		sectors.forEach((s, k) => {
			const from = offsetOf(s);
			if (from >= bytes.length) throw broken('a stream runs past the end of the file');
			out.set(bytes.subarray(from, Math.min(from + sectorSize, bytes.length)), k * sectorSize);
		});
		if (size === undefined) return out;
		if (size > out.length) throw broken('a stream is shorter than its directory says');
		return out.subarray(0, size);
	};

	const directory = readChain(u32(0x30));
	const entries: Entry[] = [];
	const dv = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
	for (let at = 0; at + 128 <= directory.length; at += 128) {
		const nameBytes = Math.min(64, dv.getUint16(at + 64, true));
		let name = '';
		for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(dv.getUint16(at + i, true));
		entries.push({
			name,
			type: directory[at + 66],
			left: dv.getUint32(at + 68, true),
			right: dv.getUint32(at + 72, true),
			child: dv.getUint32(at + 76, true),
			start: dv.getUint32(at + 116, true),
			size: dv.getUint32(at + 120, true)
		});
	}
	const root = entries[0];
	if (!root || root.type !== 5) throw broken('its directory has no root');

	// The top level: the root's child and every entry reached from it through left and right siblings.
	const top = new Map<string, Entry>();
	const seen = new Set<number>();
	const visit = (id: number) => {
		const stack = [id];
		while (stack.length) {
			const i = stack.pop()!;
			if (i >= entries.length || seen.has(i)) continue;
			seen.add(i);
			const e = entries[i];
			if (e.type === 1 || e.type === 2) top.set(e.name, e);
			stack.push(e.left, e.right);
		}
	};
	visit(root.child);

	const cutoff = u32(0x38) || 4096;
	let mini: { stream: Uint8Array; fat: Uint32Array } | null = null;
	const miniParts = () => {
		if (mini) return mini;
		const stream = readChain(root.start, root.size);
		const table = readChain(u32(0x3c), u32(0x40) * sectorSize);
		const miniFat = new Uint32Array(table.length >> 2);
		const tv = new DataView(table.buffer, table.byteOffset, table.byteLength);
		for (let i = 0; i < miniFat.length; i++) miniFat[i] = tv.getUint32(4 * i, true);
		mini = { stream, fat: miniFat };
		return mini;
	};

	return {
		names: () => [...top.keys()],
		stream(name) {
			const e = top.get(name);
			if (!e || e.type !== 2) return undefined;
			if (e.size >= cutoff) return readChain(e.start, e.size);
			const { stream, fat: miniFat } = miniParts();
			const sectors = chain(e.start, miniFat, miniFat.length);
			const out = new Uint8Array(sectors.length * miniSize);
			sectors.forEach((s, k) => {
				if ((s + 1) * miniSize > stream.length) throw broken('a small stream runs past its container');
				out.set(stream.subarray(s * miniSize, (s + 1) * miniSize), k * miniSize);
			});
			if (e.size > out.length) throw broken('a stream is shorter than its directory says');
			return out.subarray(0, e.size);
		}
	};
}
