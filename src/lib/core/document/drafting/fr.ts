/**
 * French drafting conventions: the French versions of General Assembly resolutions.
 *
 * Sources. The structure is that of every official French text (ODS, A/RES/… -F): the letterhead
 * "Résolution adoptée par l’Assemblée générale le 6 décembre 2021", "[sur la base du rapport de la
 * Première Commission (A/76/444, par. 93)]", "Soixante-seizième session", "Point 100 de l’ordre du jour";
 * the title "76/51. Traité interdisant …"; the subject "L’Assemblée générale,"; preambular paragraphs
 * opened by a present participle or an adjective agreeing with "l’Assemblée" (feminine: "Consciente",
 * "Convaincue", "Préoccupée") in italics; operative paragraphs numbered "1." and opened by a verb in the
 * present tense in italics ("Réaffirme", "Prie le Secrétaire général"); subparagraphs "a)", "b)"; the
 * closing lines "48e séance plénière" and "3 décembre 2012". A repeated opener takes its adverb after it
 * ("Rappelant également", "Prie en outre"), as the UN's French "Manuel de rédaction" (Section de
 * traduction française) and the "Répertoire terminologique" of the Department for General Assembly and
 * Conference Management prescribe: ordinals of sessions written in words ("soixante-huitième session"),
 * meetings with a superscript "e" ("46e séance plénière"), dates "3 décembre 2012", "1er janvier".
 */
import { formatIsoDate, withFollowers, type DateForms, type DraftingConventions } from './conventions';
import { alternationOf, endingsOf } from '../../text/alternation';
import { once } from '../../once';

/** Adverbs that follow a repeated opener or verb: "Rappelant également", "Prie en outre". */
const FR_FOLLOWERS = ['également', 'en outre', 'aussi', 'de nouveau', 'à nouveau', 'enfin'];

/** French preambular openers (italic in print), agreeing with "l’Assemblée" (feminine). */
// prettier-ignore
const FR_PREAMBLE_BASE = [
	'Rappelant', 'Réaffirmant', 'Réitérant', 'Reconnaissant', 'Considérant', 'Consciente', 'Convaincue',
	'Profondément convaincue', 'Fermement convaincue', 'Préoccupée', 'Profondément préoccupée',
	'Vivement préoccupée', 'Gravement préoccupée', 'Sérieusement préoccupée', 'Se déclarant préoccupée',
	'Se déclarant profondément préoccupée', 'Inquiète', 'Profondément inquiète', 'Alarmée', 'Notant',
	'Notant avec préoccupation', 'Notant avec satisfaction', 'Notant avec inquiétude', 'Prenant note',
	'Prenant acte', 'Constatant', 'Se félicitant', 'Accueillant avec satisfaction', 'Saluant', 'Soulignant',
	'Insistant', 'Mettant l’accent', 'Tenant compte', 'Ayant à l’esprit', 'Gardant à l’esprit', 'Sachant',
	'Résolue', 'Déterminée', 'Décidée', 'Désireuse', 'Souhaitant', 'Guidée par', 'Ayant examiné',
	'Ayant étudié', 'Ayant pris connaissance', 'Exprimant', 'Déplorant', 'Condamnant', 'Regrettant',
	'Estimant', 'Croyant', 'Affirmant', 'Encouragée', 'Satisfaite', 'Appréciant', 'Félicitant', 'Sensible',
	'Observant', 'Relevant', 'Mesurant', 'Prenant en considération', 'Attendant avec intérêt', 'Réaffirmant son',
	'Rappelant sa', 'Rappelant ses', 'Rappelant son', 'Considérant que', 'Confiante', 'Persuadée', 'Certaine',
	'Se réjouissant', 'Attachant', 'Mettant en relief', 'Réaffirmant sa'
];

/** French operative verbs (italic in print), third person singular present. */
// prettier-ignore
const FR_OPERATIVE_BASE = [
	'Réaffirme', 'Réitère', 'Rappelle', 'Demande', 'Demande instamment', 'Prie', 'Prie instamment', 'Invite',
	'Engage', 'Engage vivement', 'Exhorte', 'Encourage', 'Souligne', 'Insiste', 'Décide', 'Se félicite',
	'Accueille avec satisfaction', 'Salue', 'Prend note', 'Prend acte', 'Note', 'Constate', 'Considère',
	'Estime', 'Reconnaît', 'Condamne', 'Condamne énergiquement', 'Déplore', 'Regrette', 'Approuve', 'Adopte',
	'Fait sienne', 'Fait siennes', 'Fait sien', 'Recommande', 'Exprime', 'Affirme', 'Appuie', 'Soutient',
	'Autorise', 'Proclame', 'Déclare', 'Lance un appel', 'Charge', 'Remercie', 'Félicite', 'Rend hommage',
	'Attend avec intérêt', 'Se déclare', 'Exige', 'Souscrit', 'Entérine', 'Sait gré', 'Convient',
	'Renouvelle', 'Met l’accent', 'Se dit', 'Juge', 'Appelle', 'Insiste de nouveau'
];

/** Both apostrophes: typeset text has ’, typed text '. */
function withApostrophes(words: readonly string[]): string[] {
	return [...new Set(words.flatMap((w) => [w, w.replace(/’/g, "'")]))];
}

// ---- Number grammar: French ordinals, spelled as the Manuel de rédaction spells sessions ----

// prettier-ignore
const FR_UNITS = [
	'', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
	'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'
];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** A French cardinal 1–199 in the traditional spelling: "vingt et un", "soixante-dix-sept", "quatre-vingts". */
export function spellFrenchCardinal(n: number): string {
	if (n >= 100) return n === 100 ? 'cent' : `cent ${spellFrenchCardinal(n - 100)}`;
	if (n < 20) return FR_UNITS[n];
	if (n < 70) {
		const unit = n % 10;
		const tens = FR_TENS[Math.floor(n / 10)];
		return unit === 0 ? tens : unit === 1 ? `${tens} et un` : `${tens}-${FR_UNITS[unit]}`;
	}
	if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${FR_UNITS[n - 60]}`;
	return n === 80 ? 'quatre-vingts' : `quatre-vingt-${FR_UNITS[n - 80]}`;
}

/** The ordinal of the last word of a cardinal: "un" → "unième", "cinq" → "cinquième", "trente" → "trentième". */
function ordinalOfWord(word: string): string {
	if (word === 'cinq') return 'cinquième';
	if (word === 'neuf') return 'neuvième';
	if (word === 'quatre-vingts') return 'quatre-vingtième';
	return (word.endsWith('e') ? word.slice(0, -1) : word) + 'ième';
}

/**
 * The French ordinal of 1–199 in words, every accepted spelling: "soixante-huitième",
 * "soixante et onzième" and the reformed "soixante-et-onzième", "première"/"premier", "deuxième"/"second(e)".
 */
export function spellFrenchOrdinals(n: number): string[] {
	if (n === 1) return ['premier', 'première', 'unième'];
	const cardinal = spellFrenchCardinal(n);
	const cut = Math.max(cardinal.lastIndexOf(' '), cardinal.lastIndexOf('-'));
	// "quatre-vingts" is one word for this purpose.
	const at = cardinal.endsWith('quatre-vingts') ? cardinal.length - 'quatre-vingts'.length - 1 : cut;
	const ordinal = cardinal.slice(0, at + 1) + ordinalOfWord(cardinal.slice(at + 1));
	const forms = [ordinal, ordinal.replace(/ /g, '-')];
	if (n === 2) forms.push('second', 'seconde');
	return [...new Set(forms)];
}

/** Every French ordinal 1–199 in words, to its number. */
const ordinalValues = once(
	(): ReadonlyMap<string, number> =>
		new Map(
			Array.from({ length: 199 }, (_, i) => i + 1).flatMap((n) => spellFrenchOrdinals(n).map((w) => [w, n] as const))
		)
);

/** A French ordinal in words, 1–199 (regex source, lower case: use with the `i` flag). */
export const frenchOrdinalWords = once(() => alternationOf(ordinalValues().keys()));

/** The last three letters of every French ordinal in words (regex source): where one can end (routine-grammar.ts, `cue`). */
export const frenchOrdinalTails = once(() => endingsOf(ordinalValues().keys(), 3));

/**
 * The letters after the figures of a French ordinal: "e", "re", "er", the informal "ème" and "è", and the
 * same letters typed as Unicode modifier letters ("46ᵉ", "1ᵉʳ", "1ʳᵉ"), as word processors' autocorrect and
 * some web texts write the superscript the UN prints.
 */
const FR_ORDINAL_SUFFIX = '(?:e|ème|è|re|ère|er|ᵉ|ᵉʳ|ʳᵉ)';

/** A French ordinal in figures: "68e", "1re", "1er", "2ème", "46ᵉ", "46 e" as a PDF extractor leaves a superscript. */
export const FR_ORDINAL_FIGURES = `\\d{1,4}\\s?${FR_ORDINAL_SUFFIX}`;

/** A French ordinal ("Soixante-septième", "68e") → its number, or null. */
export function parseFrenchOrdinal(text: string): number | null {
	const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
	const figures = new RegExp(`^(\\d{1,4})\\s?${FR_ORDINAL_SUFFIX}$`).exec(t);
	if (figures) return Number(figures[1]);
	return ordinalValues().get(t) ?? null;
}

// prettier-ignore
export const FR_MONTHS = [
	'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
	'novembre', 'décembre'
];
const FR_MONTH = `(?:${FR_MONTHS.join('|')})`;
/** The day of a French date: "3", "1er" (premier), "1ᵉʳ", "1 er" as extracted from a superscript. */
export const FR_DAY = '(?:1\\s?(?:er|ᵉʳ)|\\d{1,2})';

const FR_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(${FR_DAY})\\s+(${FR_MONTH})\\s+(\\d{4})(?!\\p{N})`, 'iu');

/** The words of the adoption line before its date (regex source): "Résolution adoptée par l’Assemblée générale". */
const FR_ADOPTION_HEAD = "Résolution adoptée par l[’']Assemblée générale";

/** A date as printed (regex source, no groups): the closing line, the adoption line and run-on closings. */
const FR_DATE_TEXT = `${FR_DAY}\\s+${FR_MONTH}\\s+\\d{4}`;

/** The closing meeting line's words after the number (regex source): "45e séance plénière", "1re …", "45ᵉ …". */
const FR_PLENARY = `\\s?${FR_ORDINAL_SUFFIX}\\s+séance\\s+plénière`;

/** French dates: "3 décembre 2012", "1er janvier 2023", "1ᵉʳ janvier 2023" (read without the conventions: {@link DateForms}). */
export const frenchDates: DateForms = {
	date: FR_DATE,
	toIsoDate(text: string): string | null {
		const m = FR_DATE.exec(text);
		if (!m) return null;
		const day = Number(m[1].replace(/\s?(?:er|ᵉʳ)$/, ''));
		return formatIsoDate(Number(m[3]), FR_MONTHS.indexOf(m[2].toLowerCase()) + 1, day);
	}
};

const SYMBOL = '[A-Z][A-Z0-9./-]*\\/\\d[\\w./-]*';

/** French drafting conventions. */
export const frenchDrafting = once((): DraftingConventions => ({
	language: 'fr',
	preambleOpeners: withApostrophes(withFollowers(FR_PREAMBLE_BASE, FR_FOLLOWERS)),
	operativeVerbs: withApostrophes(withFollowers(FR_OPERATIVE_BASE, FR_FOLLOWERS)),
	wordBoundary: true,
	paragraphEnders: ',;',
	assemblyHeading:
		/^(?:L[’']Assemblée générale|Le Conseil de sécurité|Le Conseil économique et social|Le Conseil des droits de l[’']homme),$/,
	runOnHeading: /L\s*[’']\s*Assemblée\s+générale\s*,/,
	closingDate: new RegExp(`^${FR_DATE_TEXT}$`, 'i'),
	closingMeeting: new RegExp(`^(\\d{1,4})${FR_PLENARY}(?:\\s*\\(suite\\))?$`, 'i'),
	runOnClosing: new RegExp(`[.;]\\s*(\\d{1,4}${FR_PLENARY})\\s*(${FR_DATE_TEXT})\\s*$`),
	session: new RegExp(`^(${frenchOrdinalWords()}|${FR_ORDINAL_FIGURES}) session$`, 'i'),
	agendaItem: /^(?:Points?|Point provisoire) (.{1,40}?) de l[’']ordre du jour(?: provisoire)?$/i,
	adoptionLine: new RegExp(`^(?:${FR_ADOPTION_HEAD} )?le (${FR_DATE_TEXT})$`, 'i'),
	adoptionHead: new RegExp(`^${FR_ADOPTION_HEAD}$`),
	committeeLine: new RegExp(
		`^\\[\\s*sur la base du rapport de la .{1,120}? \\(\\s*(${SYMBOL})[^)\\]]*\\)\\s*\\]$`,
		'i'
	),
	originalLanguageLine: /^\[\s*Original\s*:/i,
	draftLine: /^(?:(\S.{0,400}?)\s*:\s*)?projet de résolution$/i,
	committeeName:
		/^((?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) Commission|Commission des questions politiques spéciales et de la décolonisation(?: \(Quatrième Commission\))?)$/i,
	sponsorSeparators: { list: /\s*,\s*/, last: ' et ' },
	// prettier-ignore
	sponsorNamesWithConjunction: [
		'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord', "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
		'Îles Heard-et-MacDonald'
	],
	...frenchDates,
	toSessionNumber: parseFrenchOrdinal
}));
