/** English drafting conventions: the English versions of General Assembly resolutions and drafts. */
import { formatIsoDate, type DateForms, type DraftingConventions } from './conventions';

/**
 * English preambular openers (italic in print): the participles and adjectives that open the preambular
 * paragraphs of General Assembly resolutions and drafts, read from the real documents (the resolutions of the
 * eightieth session, A/RES/73/3 and 73/6, the drafts A/C.3/78/L.41 and A/C.3/56 on the right to development)
 * and the Editorial Manual's list. Matching takes the longest, at a word boundary, so "Recalling also" and
 * "Recalling further" are read by "Recalling"; the longer forms are listed where they are a fixed phrase.
 */
// prettier-ignore
const EN_PREAMBLE = [
	'Recalling', 'Recalling also', 'Recalling further', 'Further recalling', 'Reaffirming', 'Reaffirming also',
	'Reaffirming further', 'Reiterating', 'Recognizing', 'Recognizing also', 'Recognizing further',
	'Recognizing with satisfaction', 'Acknowledging', 'Affirming', 'Bearing in mind', 'Convinced', 'Deeply convinced',
	'Firmly convinced', 'Concerned', 'Deeply concerned', 'Gravely concerned', 'Seriously concerned',
	'Profoundly concerned', 'Expressing', 'Expressing deep concern', 'Expressing concern', 'Expressing regret',
	'Expressing its appreciation', 'Noting', 'Noting also', 'Noting further', 'Further noting', 'Noting with concern',
	'Noting with deep concern', 'Noting with appreciation', 'Noting with satisfaction', 'Noting with regret',
	'Taking note', 'Taking note also', 'Taking note with appreciation', 'Welcoming', 'Welcoming also',
	'Welcoming further', 'Emphasizing', 'Re-emphasizing', 'Stressing', 'Stressing also', 'Underlining',
	'Underlining also', 'Underscoring', 'Highlighting', 'Determined', 'Mindful', 'Aware', 'Fully aware',
	'Deeply aware', 'Conscious', 'Considering', 'Taking into account', 'Taking into consideration', 'Guided by',
	'Having considered', 'Having examined', 'Having reviewed', 'Having heard', 'Believing', 'Desiring', 'Desirous',
	'Wishing', 'Deploring', 'Condemning', 'Alarmed', 'Deeply alarmed', 'Gravely alarmed', 'Disturbed',
	'Deeply disturbed', 'Appalled', 'Shocked', 'Encouraged', 'Heartened', 'Pleased', 'Grateful', 'Appreciating',
	'Regretting', 'Commending', 'Cognizant', 'Confident', 'Looking forward', 'Observing', 'Honouring', 'Sharing',
	'Seized of', 'Resolved', 'Committed', 'Acting under', 'Further recognizing', 'Further reaffirming'
];

/**
 * English operative verbs (italic in print), read from the same documents: the verb in the third person that
 * opens a numbered paragraph, with the adverbs and objects that form one phrase with it ("Also requests",
 * "Calls upon", "Takes note with appreciation").
 */
// prettier-ignore
const EN_OPERATIVE = [
	'Reaffirms', 'Also reaffirms', 'Further reaffirms', 'Urges', 'Also urges', 'Further urges', 'Strongly urges',
	'Calls upon', 'Also calls upon', 'Further calls upon', 'Once again calls upon', 'Calls for', 'Also calls for',
	'Requests', 'Also requests', 'Further requests', 'Decides', 'Also decides', 'Further decides', 'Welcomes',
	'Also welcomes', 'Further welcomes', 'Encourages', 'Also encourages', 'Further encourages', 'Strongly encourages',
	'Emphasizes', 'Also emphasizes', 'Underlines', 'Also underlines', 'Underscores', 'Stresses', 'Also stresses',
	'Stresses also', 'Takes note', 'Also takes note', 'Takes note with appreciation', 'Notes', 'Also notes',
	'Notes also', 'Notes further', 'Notes with appreciation', 'Notes with concern', 'Notes with satisfaction',
	'Recognizes', 'Also recognizes', 'Further recognizes', 'Invites', 'Also invites', 'Further invites', 'Recommends',
	'Endorses', 'Approves', 'Adopts', 'Expresses', 'Expresses its appreciation', 'Expresses deep concern',
	'Condemns', 'Strongly condemns', 'Deplores', 'Supports', 'Reiterates', 'Reiterates its call', 'Renews its call',
	'Affirms', 'Acknowledges', 'Also acknowledges', 'Appeals', 'Authorizes', 'Commends', 'Congratulates', 'Demands',
	'Declares', 'Proclaims', 'Designates', 'Renews', 'Regrets', 'Appreciates', 'Confirms', 'Agrees', 'Insists',
	'Highlights', 'Looks forward', 'Resolves', 'Recalls', 'Also recalls', 'Further recalls'
];

// prettier-ignore
export const EN_MONTHS = [
	'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
	'november', 'december'
];

// prettier-ignore
const EN_ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
	eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
	seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100
};
// prettier-ignore
const EN_TENS: Record<string, number> = {
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
};

/** An English ordinal as written in a session line ("Seventy-sixth", "76th") → its number, or null. */
export function parseEnglishOrdinal(text: string): number | null {
	const t = text.trim().toLowerCase();
	const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
	if (digits) return Number(digits[1]);
	if (t in EN_ORDINALS) return EN_ORDINALS[t];
	const compound = /^([a-z]+)-([a-z]+)$/.exec(t);
	if (compound && compound[1] in EN_TENS && compound[2] in EN_ORDINALS && EN_ORDINALS[compound[2]] < 10) {
		return EN_TENS[compound[1]] + EN_ORDINALS[compound[2]];
	}
	return null;
}

const EN_DATE =
	/\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i;

/** English dates: "6 December 2021" ({@link DateForms}). */
export const englishDates: DateForms = {
	date: EN_DATE,
	toIsoDate(text: string): string | null {
		const m = EN_DATE.exec(text);
		if (!m) return null;
		return formatIsoDate(Number(m[3]), EN_MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
	}
};

/** The words of the adoption line before its date (regex source): "Resolution adopted by the General Assembly". */
const EN_ADOPTION_HEAD = 'Resolution adopted by the General Assembly';

/** English drafting conventions. */
export const englishDrafting: DraftingConventions = {
	language: 'en',
	preambleOpeners: EN_PREAMBLE,
	operativeVerbs: EN_OPERATIVE,
	wordBoundary: true,
	paragraphEnders: ',;',
	assemblyHeading: /^The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council),$/,
	runOnHeading: /The\s+(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council)\s*,/,
	closingDate:
		/^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/i,
	closingMeeting: /^(\d{1,4})(?:st|nd|rd|th)\s+plenary\s+meeting$/i,
	runOnClosing: /[.;]\s*(\d{1,4}(?:st|nd|rd|th)\s+plenary\s+meeting)\s*(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$/,
	session: /^([A-Za-z]+(?:-[A-Za-z]+)?|\d{1,3}(?:st|nd|rd|th)) session$/i,
	agendaItem: /^(?:Provisional )?Agenda items? (.{1,40})$/i,
	adoptionLine: new RegExp(`^${EN_ADOPTION_HEAD} on (\\d{1,2} [A-Za-z]+ \\d{4})$`, 'i'),
	// Wrapped before its date, with or without the "on": "Resolution adopted by the General Assembly on" /
	// "26 October 2018" (A/RES/73/6 as `pdftotext -layout` prints it), "… General Assembly" / "on 10 October 2018"
	// (A/RES/73/3). As the letterhead prints it, capital and all: a paragraph's line "resolution adopted by the
	// General Assembly on" goes on.
	adoptionHead: new RegExp(`^${EN_ADOPTION_HEAD}(?: on)?$`),
	committeeLine: /^\[\s*on the report of the .{1,40}? \(\s*([A-Z][A-Z0-9./-]*\/\d[\w./-]*)[^)\]]*\)\s*\]$/i,
	originalLanguageLine: /^\[\s*Original\s*:/i,
	// The sponsors' footnote mark stands before or after the colon: "Azerbaijan*: draft resolution", "South Africa:* draft resolution".
	draftLine: /^(?:(\S.{0,400}?)\s*:\s*(?:[*†‡]{1,3}\s*)?)?draft resolution$/i,
	committeeName:
		/^((?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee(?: \(Fourth Committee\))?)$/i,
	sponsorSeparators: { list: /\s*,\s*/, last: ' and ' },
	// prettier-ignore
	sponsorNamesWithConjunction: [
		'Trinidad and Tobago', 'Bosnia and Herzegovina', 'Saint Vincent and the Grenadines', 'Antigua and Barbuda',
		'Sao Tome and Principe', 'Saint Kitts and Nevis', 'Great Britain and Northern Ireland', 'Heard Island and McDonald Islands'
	],
	...englishDates,
	toSessionNumber: parseEnglishOrdinal,
	unfinishedLineEnd:
		/(?:^|\s)(?:the|a|an|of|and|or|nor|on|in|for|to|by|with|at|from|into|upon|under|between|against|its|their|as|that|which|whose|on the)$/i,
	// Pronouns a declaration's paragraphs open with; in a sentence they are written in lower case.
	sentenceOnlyStart: /^(?:We|Our|They|Their|It|Its|This|These|Those)\b(?![-‑])/,
	// A participle, then a word in lower case: "Adopting macroeconomic …", "Investing in …", not "Stockpiling and Use".
	listItemStart: /^\p{Lu}\p{Ll}+ing (?!and\b|or\b)\p{Ll}/u,
	// "We," (the declaring) or "We" and a verb in lower case; not the Charter's "We the peoples", which is quoted.
	declarationParagraph: /^We(?:,|[ \t]+(?!the\b)\p{Ll})/u
};
