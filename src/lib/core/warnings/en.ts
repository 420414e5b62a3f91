/**
 * The warnings in English: the sentences the machine interface has always given (CONTRACT.md), word for
 * word, and the English reports and interface.
 */
import type { MisreadExample, WarningSentences } from '../warnings';

/** A misread letter as the English sentences name it: `“q” as “u” (“uue” for “que”)`. */
const misread = (letters: MisreadExample[]) =>
	letters.map((m) => `“${m.letter}” as “${m.readAs}” (“${m.read}” for “${m.meant}”)`).join(', ');

const damaged = 'so some words come out misspelt, here as in any text copied from this file';

export const en: WarningSentences = {
	subject: (s) => ('side' in s ? `${s.side} (${s.name})` : 'version' in s ? s.version : `${s.from} → ${s.to}`),
	unrelated: (w) =>
		`the two documents look like different resolutions (${w.titles ? `titles “${w.titles[0]}” and “${w.titles[1]}”, ` : ''}${w.shared}% of the text in common)`,
	'no-paragraphs': (w) =>
		`${w.side} (${w.name}) has no paragraphs: every row is ${w.side === 'old' ? 'inserted' : 'deleted'}`,
	'pages-limit': (w) => `only the first ${w.read} of ${w.pages} pages were read`,
	'page-unreadable': (w) => `page ${w.page} could not be read (${w.reason}); its text is missing`,
	'page-no-text': (w) => `page ${w.page} has no text layer (a scanned image?); its text is missing`,
	'pdf-misread': (w) => `the PDF's own text layer is damaged: it reads ${misread(w.letters)}, ${damaged}`,
	'pdf-damaged': (w) =>
		`the PDF's own text layer is damaged: different letters are read as ${w.letters.map((l) => `“${l}”`).join(', ')}, ${damaged}`,
	'text-misread': (w) =>
		`the text's letters look misread: it reads ${misread(w.letters)}, as text taken from a PDF whose own text layer is damaged does, so some words come out misspelt`,
	'text-boxes': () => 'text in text boxes is not read: it is not part of the comparison',
	'markup-kept': (w) => `markup left as text in the paragraph at line ${w.line}: too many markup signs`,
	'too-many-paragraphs': (w) =>
		`more than ${w.limit} paragraphs: the rest of the text is kept, unread, in the last paragraph`,
	'operative-order': (w) => `operative paragraph ${w.number} follows paragraph ${w.after} (line ${w.line})`,
	'no-operative': () => 'no numbered operative paragraph found',
	'no-structure': () => 'no resolution or report structure recognised: each block of text is kept as one paragraph',
	'footnotes-missing': (w) =>
		w.marks.length === 1
			? `footnote ${w.marks[0]} is cited (line ${w.line}) but its text was not found`
			: `footnotes ${w.marks.join(', ')} are cited (from line ${w.line}) but their texts were not found`,
	'more-warnings': (w) => `… and ${w.count} more warnings`,
	text: (w) => w.text
};
