/**
 * Writes a small OLE compound file ([MS-CFB], version 3, 512-byte sectors) holding the given streams at
 * its top level, for tests of the readers of compound files: every stream in regular sectors (the mini
 * stream's cutoff is set to one byte), the directory a chain of right siblings under the root.
 */
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
	const names = Object.keys(streams);
	const dirSectors = Math.ceil((names.length + 1) / 4);
	const dataSectors = names.map((n) => Math.max(1, Math.ceil(streams[n].length / 512)));
	const total = 1 + dirSectors + dataSectors.reduce((a, b) => a + b, 0);
	if (total > 128) throw new Error('compoundFile: one FAT sector holds 128 sectors');
	const out = new Uint8Array(512 * (1 + total));
	const v = new DataView(out.buffer);
	out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
	v.setUint16(0x18, 0x3e, true);
	v.setUint16(0x1a, 3, true);
	v.setUint16(0x1c, 0xfffe, true);
	v.setUint16(0x1e, 9, true);
	v.setUint16(0x20, 6, true);
	v.setUint32(0x2c, 1, true);
	v.setUint32(0x30, 1, true);
	v.setUint32(0x38, 1, true);
	v.setUint32(0x3c, ENDOFCHAIN, true);
	v.setUint32(0x44, ENDOFCHAIN, true);
	for (let i = 0; i < 109; i++) v.setUint32(0x4c + 4 * i, i === 0 ? 0 : FREESECT, true);
	const fat = (sector: number, next: number) => v.setUint32(512 + 4 * sector, next, true);
	for (let s = 0; s < 128; s++) fat(s, FREESECT);
	fat(0, FATSECT);
	for (let s = 1; s <= dirSectors; s++) fat(s, s === dirSectors ? ENDOFCHAIN : s + 1);
	const entry = (i: number, name: string, type: number, start: number, size: number, right: number, child: number) => {
		const at = 512 * (2 + Math.floor(i / 4)) + 128 * (i % 4);
		for (let k = 0; k < name.length; k++) v.setUint16(at + 2 * k, name.charCodeAt(k), true);
		v.setUint16(at + 64, (name.length + 1) * 2, true);
		out[at + 66] = type;
		out[at + 67] = 1;
		v.setUint32(at + 68, FREESECT, true);
		v.setUint32(at + 72, right, true);
		v.setUint32(at + 76, child, true);
		v.setUint32(at + 116, start, true);
		v.setUint32(at + 120, size, true);
	};
	entry(0, 'Root Entry', 5, ENDOFCHAIN, 0, FREESECT, names.length ? 1 : FREESECT);
	let sector = 1 + dirSectors;
	names.forEach((name, k) => {
		const data = streams[name];
		const count = dataSectors[k];
		entry(k + 1, name, 2, sector, data.length, k + 1 < names.length ? k + 2 : FREESECT, FREESECT);
		out.set(data, 512 * (1 + sector));
		for (let s = 0; s < count; s++) fat(sector + s, s === count - 1 ? ENDOFCHAIN : sector + s + 1);
		sector += count;
	});
	return out;
}
