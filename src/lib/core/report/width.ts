/** Terminal display width, for lining up columns that mix Chinese and Latin text. */

/** Wide characters: CJK, Hangul, full-width forms and the supplementary ideographic planes. */
const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/**
 * Characters that take no column: combining marks (an Arabic shadda, an accent written apart) and format
 * characters (the bidirectional isolates around a symbol in an Arabic report, a zero-width joiner).
 */
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Columns a string takes in a terminal: wide characters two, marks and format characters none, others one. */
export function displayWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += WIDE.test(ch) ? 2 : ZERO.test(ch) ? 0 : 1;
	return width;
}

/** Pads with spaces to `width` columns. */
export function padDisplay(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
