/** The reports' guard against control characters, in a module of its own: the library's text answers use it without the rest of the report model. */
/**
 * Makes control characters visible: C0 controls other than tab and line feed become their Unicode
 * control pictures (ESC → ␛), DEL becomes ␡, C1 controls and lone surrogates U+FFFD. A terminal would
 * otherwise obey an escape sequence hidden in a document; XML 1.0 (Word) cannot carry most controls at
 * all, and no UTF-8 file can carry a lone surrogate.
 */
export function showControls(text: string): string {
	return text.replace(
		/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
		(c) => {
			const code = c.charCodeAt(0);
			if (code < 0x20) return String.fromCharCode(0x2400 + code);
			if (code === 0x7f) return '\u2421';
			return '\ufffd';
		}
	);
}
