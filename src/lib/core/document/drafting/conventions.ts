/**
 * What a language's drafting conventions are made of (the {@link DraftingConventions} the parser reads),
 * and the helpers every language shares: dates to ISO, repeated openers, opener lookup, sponsor lists.
 */

/** What the parser needs to know of a language's drafting conventions. */
export interface DraftingConventions {
	/** ISO 639-1 code. */
	language: string;
	/** Phrases that open a preambular paragraph, in any order (matching takes the longest). */
	preambleOpeners: readonly string[];
	/** Verbs that open an operative paragraph and are printed in bold or italics. */
	operativeVerbs: readonly string[];
	/** Whether an opener must end at a word boundary (alphabetic scripts) rather than anywhere (Chinese). */
	wordBoundary: boolean;
	/** Characters that end a paragraph in run-on text, after which an opener may start the next one. */
	paragraphEnders: string;
	/** The subject of the resolution on a line of its own: "大会，", "The General Assembly,". */
	assemblyHeading: RegExp;
	/** The same subject inside run-on tokenized text (spaces anywhere). */
	runOnHeading: RegExp;
	/** The closing date line, alone. */
	closingDate: RegExp;
	/** The closing meeting line, alone; group 1 is the meeting number. */
	closingMeeting: RegExp;
	/** The closing date and meeting at the end of run-on text. */
	runOnClosing: RegExp;
	/** The letterhead line giving the session; group 1 is the ordinal as printed. */
	session: RegExp;
	/** The letterhead agenda item line; group 1 is the item as printed: "100 (r)". */
	agendaItem: RegExp;
	/** The letterhead line "2021年12月6日大会决议" / "Resolution adopted by the General Assembly on …". */
	adoptionLine: RegExp;
	/**
	 * The adoption line's words before its date, on a line of their own as an extractor may wrap them after an
	 * agenda title ("Resolución aprobada por la Asamblea General" / "el 30 de diciembre de 2022", A/RES/77/247 as
	 * PyMuPDF and `pdftotext -layout` print it): the line starts a letterhead line of its own, which the date on
	 * the next line completes. Absent where no such wrap is known. Case-sensitive, as the letterhead prints it: a
	 * line of running text that reads "resolución aprobada por la Asamblea General" goes on in its paragraph.
	 */
	adoptionHead?: RegExp;
	/** The committee line "[根据第一委员会的报告(A/76/444,第93段)通过]"; group 1 holds the report symbol. */
	committeeLine: RegExp;
	/** A report's "[原件：西班牙文]" line, which follows a heading (a country's reply). */
	originalLanguageLine: RegExp;
	/**
	 * The line of a draft that names it and its sponsors: "阿塞拜疆*：决议草案", "Azerbaijan*: draft
	 * resolution", "决议草案" alone. Group 1 is the list of sponsors as printed, absent when none is named.
	 */
	draftLine: RegExp;
	/** The committee line of a committee draft's letterhead: "第一委员会", "First Committee"; group 1 the name. */
	committeeName: RegExp;
	/**
	 * The conjunction before the last sponsor in a list ("和", " and "), and the list separators ("、", ", ").
	 * `joined`: the conjunction is a letter joined to the name after it, before each name after the first and
	 * not only the last (Arabic "و": "ألبانيا وأستراليا وكندا", "ألبانيا، وأستراليا، وكندا"); `last` is then
	 * that letter after a space.
	 */
	sponsorSeparators: { list: RegExp; last: string; joined?: boolean };
	/** Sponsor names that contain the conjunction themselves ("特立尼达和多巴哥"); never split there. */
	sponsorNamesWithConjunction: readonly string[];
	/** Dates as printed in running text; {@link DraftingConventions.toIsoDate} reads a match. */
	date: RegExp;
	/** A date as printed → ISO `YYYY-MM-DD`, or null when it is not one. */
	toIsoDate(text: string): string | null;
	/** A session ordinal as printed ("七十六", "Seventy-sixth") → its number, or null. */
	toSessionNumber(text: string): number | null;
	/**
	 * The end of a line that cannot end a sentence or heading: an article, preposition or conjunction ("… of
	 * the", "… and"). A short line of wrapped text that ends so goes on on the next line (a centred heading
	 * wrapped onto two lines); one that ends otherwise and is followed by a capital ends its paragraph. Absent
	 * for a language whose lines can break anywhere (Chinese).
	 */
	unfinishedLineEnd?: RegExp;
	/**
	 * The start of a line that can only start a sentence: a word printed with a capital at the start of a
	 * sentence alone ("We, Heads of State and Government …"). After a line that ended no clause, such a line
	 * shows that the line before was a heading ("United to end tuberculosis: an urgent global response to a
	 * global epidemic", A/RES/73/3), however long. Absent where no word is known so.
	 */
	sentenceOnlyStart?: RegExp;
	/**
	 * The start of an item of a list whose letter an extractor lost: the participle a declaration's items open
	 * with ("Adopting macroeconomic policies …", "Investing in …"). After a blank line, such a line opens an item
	 * even when the line before ended no clause ("…To this end, we" / "Adopting …"), unless that line ends a name in
	 * capitals that the page broke ("…Development, Production and" / "Stockpiling of Bacteriological …"). Absent
	 * where no such form is known.
	 */
	listItemStart?: RegExp;
	/**
	 * The start of a numbered paragraph of a declaration annexed to a resolution, which speaks in the first person
	 * plural: "We, the Heads of State …", "We welcome …", "We are committed …". An extractor that lost the end of
	 * such a paragraph, its line break and maybe its number runs the next one on after a word that ended nothing
	 * ("… the development agenda of the We welcome the Awaza Programme …", A/RES/80/3): where this start stands
	 * inside a line after a word in lower case, the next paragraph starts there. Anchored at the start; never the
	 * words of a quotation that open so ("We the peoples"). Absent where no such form is known.
	 */
	declarationParagraph?: RegExp;
}

/**
 * How a language prints a date: the pattern of a date in running text and its reading as ISO. Each language
 * module exports its own apart from its {@link DraftingConventions} (which take them over), so that a date can
 * be read without building the conventions: the masthead tries one language after another on a cell that may
 * be a date, and building the French, Spanish, Russian and Arabic conventions on the way (their ordinals spelt
 * out as long patterns) cost a cold command 10–20 ms a language (masthead.ts).
 */
export type DateForms = Pick<DraftingConventions, 'date' | 'toIsoDate'>;

/** Every opener with the repeating prefixes 又/还/再次/并 in front, once each. */
export function withRepeats(base: readonly string[], prefixes: readonly string[]): string[] {
	const all = new Set<string>(base);
	for (const word of base) for (const prefix of prefixes) all.add(prefix + word);
	return [...all];
}

/**
 * Every opener with the adverbs that repeat it placed after it, once each: "Rappelant également",
 * "Pide también", "ссылаясь также", as French, Spanish and Russian drafting repeat an opener.
 */
export function withFollowers(base: readonly string[], followers: readonly string[]): string[] {
	const all = new Set<string>(base);
	for (const word of base) for (const follower of followers) all.add(`${word} ${follower}`);
	return [...all];
}

/** Format year, month and day as ISO `YYYY-MM-DD`, or null when they are not a calendar date. */
export function formatIsoDate(year: number, month: number, day: number): string | null {
	if (!(year >= 1945 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCMonth() !== month - 1) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Split the sponsors of a draft as printed ("阿塞拜疆、古巴和委内瑞拉玻利瓦尔共和国", "Azerbaijan,* Cuba and
 * Venezuela") into names: at the list separators, and at the conjunction before the last name unless it belongs
 * to a name ("特立尼达和多巴哥", "共和国"). Footnote marks (`*`) go.
 */
export function splitSponsors(list: string, conv: DraftingConventions): string[] {
	if (conv.sponsorSeparators.joined) return splitJoinedSponsors(list, conv);
	const parts = list.split(conv.sponsorSeparators.list);
	const last = parts.pop() ?? '';
	const { last: and } = conv.sponsorSeparators;
	// Only a list of two or more names, or one whose conjunction is not inside a known name, splits at it.
	let at = last.lastIndexOf(and);
	while (at > 0 && conv.sponsorNamesWithConjunction.some((name) => coversAt(last, at, and.length, name))) {
		at = last.lastIndexOf(and, at - 1);
	}
	if (at > 0) parts.push(last.slice(0, at), last.slice(at + and.length));
	else parts.push(last);
	return parts.map(sponsorName).filter((p) => p.length > 0);
}

/** A sponsor's name as its list prints it, without the spaces and footnote marks (`*`, `†`, `‡`) around it. */
function sponsorName(text: string): string {
	return text.replace(/^[\s*†‡]+|[\s*†‡]+$/g, '');
}

/**
 * Split a list whose conjunction is joined to each name after the first ("ألبانيا وأستراليا وكندا", "ألبانيا،
 * وأستراليا، وكندا"): at the list separators, and at every conjunction that opens a word unless it belongs to a
 * name ("ترينيداد وتوباغو"); each name after the first loses its conjunction.
 */
function splitJoinedSponsors(list: string, conv: DraftingConventions): string[] {
	const { list: separators, last: and } = conv.sponsorSeparators;
	const letter = and.trim();
	const names: string[] = [];
	for (const part of list.split(separators)) {
		let from = 0;
		for (let at = part.indexOf(and); at >= 0; at = part.indexOf(and, at + 1)) {
			if (at === 0 || conv.sponsorNamesWithConjunction.some((name) => coversAt(part, at, and.length, name))) continue;
			names.push(part.slice(from, at));
			from = at;
		}
		names.push(part.slice(from));
	}
	return names
		.map(sponsorName)
		.filter((n) => n.length > 0)
		.map((n, i) => (i > 0 && n.startsWith(letter) ? sponsorName(n.slice(letter.length)) : n))
		.filter((n) => n.length > 0);
}

/** Whether an occurrence of `name` in `text` covers the `length` characters at `at`. */
function coversAt(text: string, at: number, length: number, name: string): boolean {
	for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
		if (i <= at && at + length <= i + name.length) return true;
	}
	return false;
}

/** A letter or combining mark of any script. */
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Whether a UTF-16 unit is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The longest entry of `words` that `text` starts with (at a word boundary if `wordBoundary`), or null. */
export function matchOpener(text: string, index: number, table: OpenerTable): string | null {
	const candidates = table.byFirst.get(text[index]);
	if (!candidates) return null;
	for (const word of candidates) {
		if (!text.startsWith(word, index)) continue;
		if (table.wordBoundary) {
			const next = text.charCodeAt(index + word.length);
			// Any letter or combining mark continues the word: "Notant" is no opener of "Notantes", nor
			// "отмечая" of "отмечаяся", nor an Arabic verb of a longer word. ASCII is told by its code, without
			// compiling the Unicode classes.
			if (!Number.isNaN(next) && (next < 0x80 ? isAsciiLetter(next) : LETTER_OR_MARK.test(String.fromCharCode(next))))
				continue;
		}
		return word;
	}
	return null;
}

/** Openers indexed by first character, longest first: a constant-time lookup per position. */
export interface OpenerTable {
	byFirst: Map<string, string[]>;
	wordBoundary: boolean;
}

/** Build the lookup table of a list of openers or verbs. */
export function buildOpenerTable(words: readonly string[], wordBoundary: boolean): OpenerTable {
	const byFirst = new Map<string, string[]>();
	for (const word of words) {
		if (!word) continue;
		const list = byFirst.get(word[0]) ?? [];
		list.push(word);
		byFirst.set(word[0], list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
	return { byFirst, wordBoundary };
}
