/**
 * The resolutions a document recalls: UN drafting opens a recurring resolution's preamble with the chain
 * of its earlier versions, "Recalling its resolutions 57/63 of 22 November 2002, … and 79/46 of
 * 2 December 2024", "回顾其2002年11月22日第57/63号、……和2024年12月2日第79/46号决议". Each link of that
 * chain is evidence of which resolution a text continues: a version recalls the ones before it, and two
 * versions of one resolution recall much the same list.
 *
 * Resolution numbers are read wherever they stand in the body and the footnotes (`57/63`, `A/RES/57/63`,
 * `第57/63号`, `56/24 T`, `S-10/2`, `ES-10/19`); document symbols of other kinds (`A/76/444`, a report) are
 * not resolutions and are left out, and so is a number of a later session than the document's own (a
 * misread, since nothing recalls the future).
 */
import { RESOLUTION_NUMBER_SOURCE } from '../core/document/un-patterns';
import type { ResolutionDocument } from '../core/types';

/** The number of UN page knowledge (un-patterns.ts) without the look-behind it opens with. */
const NUMBER = RESOLUTION_NUMBER_SOURCE.replace(/^\(\?<!\[[^\]]*\]\)/, '');

/**
 * A General Assembly resolution number in running text. Not preceded by a letter, digit, slash, dot or
 * hyphen (so `A/76/444` and `A/CN.10/2010/50` give nothing), optionally written as `A/RES/…`; group 1 is
 * the number, group 2 the letter of a part of an omnibus resolution (`56/24 T`).
 */
const RESOLUTION_NUMBER = new RegExp(
	`(?<![A-Za-z0-9/.\\-])(?:A\\/RES\\/)?(${NUMBER})(?:\\s?([A-Z]{1,2})(?![A-Za-z0-9/]))?`,
	'g'
);

/** The canonical symbol of a resolution number: `57/63` → `A/RES/57/63`, `56/24`, `T` → `A/RES/56/24 T`. */
export function resolutionSymbol(number: string, part?: string): string {
	return `A/RES/${number}${part ? ` ${part}` : ''}`;
}

/** The session of a resolution number: `57/63` → 57, `ES-10/19` → null (an emergency special session). */
function sessionOf(number: string): number | null {
	const m = /^(\d{1,3})\//.exec(number);
	return m ? Number(m[1]) : null;
}

/** The canonical symbol of a document's own resolution number, or null for a draft, a report or no symbol. */
export function ownResolution(symbol: string | null): string | null {
	if (!symbol) return null;
	const m = /^A\/RES\/((?:ES-|S-)?\d{1,3}\/\d{1,4})(?:\s?([A-Z]{1,2}))?$/.exec(symbol.trim().replace(/\s+/g, ' '));
	return m ? resolutionSymbol(m[1], m[2]) : null;
}

/** The resolutions a text cites, as canonical symbols, in order of first citation. */
export function citedResolutions(text: string): string[] {
	const seen = new Set<string>();
	RESOLUTION_NUMBER.lastIndex = 0;
	for (let m = RESOLUTION_NUMBER.exec(text); m !== null; m = RESOLUTION_NUMBER.exec(text)) {
		seen.add(resolutionSymbol(m[1], m[2]));
	}
	return [...seen];
}

/**
 * The resolutions a document recalls: cited in its paragraphs (not its title) or footnotes, other than
 * itself, and of no later session than its own. Sorted, each once.
 */
export function recalledResolutions(doc: ResolutionDocument): string[] {
	const own = ownResolution(doc.meta.symbol);
	const session = doc.meta.session ?? null;
	const texts = [
		...doc.paragraphs.filter((p) => p.kind !== 'title' && p.kind !== 'heading').map((p) => p.text),
		...doc.footnotes.map((f) => f.text)
	];
	const out = new Set<string>();
	for (const text of texts) {
		for (const symbol of citedResolutions(text)) {
			if (symbol === own) continue;
			const s = sessionOf(symbol.slice('A/RES/'.length));
			if (session !== null && s !== null && s > session) continue;
			out.add(symbol);
		}
	}
	return [...out].sort();
}
