/** A parsed document as readable text: what `resodiff parse --format text` prints. */
import type { ResolutionDocument } from '../types';
import { describeWarning } from '../warnings';
import { colonOf } from './locale';
import { PHRASES, labelParagraphs, localeOfDocuments, printNumber, type ReportLocale } from './labels';
import { displayWidth, padDisplay } from './width';

/**
 * Renders the metadata, paragraphs and footnotes of a document, one paragraph a line; the paragraphs'
 * labels in `locale`, by default the document's language.
 */
export function renderDocumentText(doc: ResolutionDocument, locale: ReportLocale = localeOfDocuments(doc)): string {
	const words = PHRASES[locale];
	const m = doc.meta;
	const lines: string[] = [];
	const facts: [string, string | number | null | undefined][] = [
		['symbol', m.symbol],
		['session', m.session],
		['date', m.date],
		['title', m.title],
		['agenda item', m.agendaItem],
		['committee report', m.committeeReport],
		['meeting', m.meeting],
		['kind', m.draft ? `draft ${m.kind ?? 'resolution'}` : m.kind],
		['committee', m.committee],
		['sponsors', m.sponsors?.join('、')],
		['shape', m.shape],
		['topics', m.topics?.join(', ')],
		['source', m.source]
	];
	for (const [name, value] of facts)
		if (value !== null && value !== undefined && value !== '') lines.push(`${name}: ${value}`);
	const counts = new Map<string, number>();
	for (const p of doc.paragraphs) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
	lines.push(
		`paragraphs: ${doc.paragraphs.length} (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}); footnotes: ${doc.footnotes.length}`
	);
	lines.push('');
	const labels = labelParagraphs(doc, locale);
	const width = Math.max(0, ...[...labels.values()].map(displayWidth));
	for (const p of doc.paragraphs) {
		const marks = p.footnotes?.length ? ` [${words.footnoteShort} ${p.footnotes.join(', ')}]` : '';
		// A section's number ("II.") is not in its label ("Opening 4"): it stands before the heading, as printed.
		const section = p.kind === 'heading' ? printNumber(p) : null;
		const text = section ? `${section} ${p.text}` : p.text;
		lines.push(`${p.id.padEnd(5)} ${padDisplay(labels.get(p.id) ?? '', width)}  ${text}${marks}`);
	}
	if (doc.footnotes.length) {
		lines.push('', locale === 'zh' ? '脚注 / footnotes:' : `${words.footnotes}:`);
		for (const f of doc.footnotes) lines.push(`  ${f.mark} ${f.text}`);
	}
	for (const w of doc.warnings ?? []) lines.push(`${words.warning}${colonOf(locale)}${describeWarning(w, locale)}`);
	return lines.join('\n') + '\n';
}
