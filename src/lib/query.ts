/**
 * Edits an address's query string in place, parameter by parameter, leaving every other parameter
 * exactly as it was written. `URLSearchParams` would re-encode the whole query on any change, turning
 * the readable `old=A/RES/67/38` of a shared link into `old=A%2FRES%2F67%2F38`.
 */

/**
 * The address with each named parameter set to its value (appended when absent, replaced where it stands),
 * or removed for null. Values are percent-encoded; the other parameters keep their spelling and order.
 */
export function setParams(href: string | URL, changes: Record<string, string | null>): URL {
	const url = new URL(href);
	const pending = new Map(Object.entries(changes));
	const segments: string[] = [];
	for (const segment of url.search.slice(1).split('&')) {
		if (!segment) continue;
		const name = safeDecode(segment.split('=', 1)[0].replace(/\+/g, ' '));
		if (!pending.has(name) && !(name in changes)) {
			segments.push(segment);
			continue;
		}
		// The first occurrence takes the new value; repeats of a changed parameter are dropped.
		const value = pending.get(name);
		pending.delete(name);
		if (value !== undefined && value !== null)
			segments.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
	}
	for (const [name, value] of pending) {
		if (value !== null) segments.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
	}
	url.search = segments.length ? `?${segments.join('&')}` : '';
	return url;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
