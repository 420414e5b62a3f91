/**
 * The readable text of the library's answers (`search`, `find`, `library list` with `--format text`):
 * one block per hit or candidate, the matched words marked «…» (and bold on a colour terminal), every
 * piece of document text passed through the reports' control-character guard.
 */
import { showControls } from '../core/report/controls';
import type { SearchResult } from './search';
import type { FindResult } from './features';

/** Options of the text renderers. */
export interface LibraryTextOptions {
	/** ANSI bold on the matched words. Default false. */
	color?: boolean;
	/** Characters of a paragraph shown on each side of the match; longer stretches are cut to `…`. */
	context?: number;
}

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** A plural noun: `1 paragraph`, `3 paragraphs`. */
function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The part of a text around a range, cut to `context` characters each side. */
function excerpt(
	text: string,
	range: [number, number],
	context: number
): { before: string; match: string; after: string } {
	const before = text.slice(0, range[0]);
	const after = text.slice(range[1]);
	return {
		before: before.length > context ? `…${before.slice(before.length - context)}` : before,
		match: text.slice(range[0], range[1]),
		after: after.length > context ? `${after.slice(0, context)}…` : after
	};
}

/** A search result as text: a summary line, then each hit oldest first with its place and the match marked. */
export function renderSearchText(result: SearchResult, options: LibraryTextOptions = {}): string {
	const color = options.color ?? false;
	const context = options.context ?? 120;
	const paint = (style: string, text: string) => (color ? style + text + RESET : text);
	const documents = new Set(result.hits.map((h) => `${h.symbol}\u0000${h.source}`));
	const out: string[] = [];
	const first = result.hits[0];
	const summary =
		result.hits.length === 0
			? `“${result.query}”: not found`
			: `“${result.query}”: ${count(result.hits.length, 'paragraph')} in ${count(documents.size, 'document')}; first used in ${first.symbol ?? first.source}${first.date ? ` (${first.date})` : ''}`;
	out.push(paint(BOLD, showControls(summary)));
	for (const hit of result.hits) {
		const how = hit.exact ? 'exact' : `near ${hit.similarity.toFixed(2)}`;
		const place = [
			hit.symbol ?? '(no symbol)',
			hit.date ?? (hit.session ? `session ${hit.session}` : 'undated'),
			hit.label ?? hit.paragraph.kind,
			how
		].join('  ');
		out.push('');
		out.push(showControls(place) + (hit.first ? paint(BOLD, '  ← first use') : ''));
		const { before, match, after } = excerpt(hit.paragraph.text, hit.range, context);
		out.push('  ' + showControls(before) + paint(BOLD, `«${showControls(match)}»`) + showControls(after));
		out.push(paint(DIM, `  ${showControls(hit.source)}`));
	}
	return out.join('\n') + '\n';
}

/** A find result as text: the candidates best first, with the evidence behind each score. */
export function renderFindText(result: FindResult, options: LibraryTextOptions = {}): string {
	const color = options.color ?? false;
	const paint = (style: string, text: string) => (color ? style + text + RESET : text);
	if (result.candidates.length === 0) return 'No document of the library resembles this one.\n';
	const out: string[] = [paint(BOLD, 'The documents this one most resembles, best first:')];
	result.candidates.forEach((c, i) => {
		const evidence = [
			c.evidence.title >= 1 ? 'same title' : c.evidence.title > 0 ? 'title begins alike' : null,
			c.evidence.chain >= 1
				? 'one recalls the other'
				: c.evidence.chain > 0
					? `recalls alike ${c.evidence.chain.toFixed(2)}`
					: null,
			`text ${c.evidence.text.toFixed(2)}`,
			c.evidence.later ? 'adopted later' : null
		]
			.filter(Boolean)
			.join(', ');
		out.push('');
		out.push(
			showControls(
				`${String(i + 1).padStart(2)}. ${c.symbol ?? '(no symbol)'}  ${c.date ?? (c.session ? `session ${c.session}` : 'undated')}  ${c.similarity.toFixed(2)}  ${c.title ?? ''}`
			)
		);
		out.push(paint(DIM, showControls(`    ${evidence}; ${c.source}`)));
	});
	return out.join('\n') + '\n';
}
