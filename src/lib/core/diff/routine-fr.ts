/**
 * The routine grammar of the French versions (routine.ts says how it is applied). Sources, as in
 * drafting/fr.ts: the official French texts and the UN's French "Manuel de rédaction" — dates "3 décembre
 * 2012" and "1er janvier 2013"; sessions in words ("soixante-huitième session", "dixième session
 * extraordinaire d’urgence"), their number grammar in drafting/fr.ts; meetings "46e séance plénière";
 * the committee-report paragraph "par. 93"; agenda items "point 100 r) de l’ordre du jour"; the list words
 * "du", "et" of "ses résolutions 65/54 du 8 décembre 2010 et 66/32 du 2 décembre 2011".
 */
import { FR_DAY, FR_MONTHS, FR_ORDINAL_FIGURES, frenchOrdinalTails, frenchOrdinalWords } from '../document/drafting/fr';
import { END, START, withLazyPattern, type RoutinePattern } from './routine-grammar';
import { once } from '../once';

const MONTH = `(?:${FR_MONTHS.join('|')})`;
const DAY_RANGE = `${FR_DAY}(?:\\s*(?:-|–|et|au)\\s*${FR_DAY})?`;
/** An ordinal in words or figures (regex source): thousands of words, made when a pattern needs it. */
const ordinal = once(() => `(?:${frenchOrdinalWords()}|${FR_ORDINAL_FIGURES})`);
/** Where an ordinal can end (regex source): the start of a cue. */
const ordinalEnd = () => `(?:${frenchOrdinalTails()}|${FR_ORDINAL_FIGURES})`;

/** The French entries of the routine grammar. */
export const frenchRoutinePatterns = once((): readonly RoutinePattern[] => [
	{
		name: 'date-fr',
		role: 'token',
		language: 'fr',
		description:
			'A date or date range in French: "3 décembre 2012", "1er janvier 2013", "25 et 26 octobre 2019", "août 2012".',
		examples: [
			'3 décembre 2012',
			'6 décembre 2021',
			'1er janvier 2013',
			'1ᵉʳ janvier 2013',
			'25 et 26 octobre 2019',
			'26 au 31 août 2012',
			'août 2012'
		],
		counterexamples: ['en 2012 les', '3 décembres', 'mars', '12 États'],
		pattern: new RegExp(`${START}(?:${DAY_RANGE}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{4})${END}`, 'giu')
	},
	withLazyPattern(
		{
			name: 'session-fr',
			role: 'token',
			language: 'fr',
			description:
				'A session in French, its ordinal in words or figures: "soixante-huitième session", "soixante-dix-septième session", "dixième session extraordinaire d’urgence", "68e session".',
			examples: [
				'soixante-huitième session',
				'soixante-dix-septième session',
				'Soixante-seizième session',
				'soixante et onzième session',
				'quatre-vingtième session',
				'quatre-vingt-unième session',
				'centième session',
				'dixième session extraordinaire d’urgence',
				'68e session'
			],
			counterexamples: ['soixante-huitième anniversaire', 'session', 'soixante-huit sessions', 'huitièmes'],
			cue: new RegExp(`${ordinalEnd()}\\s+session`, 'iu')
		},
		() =>
			new RegExp(
				`${START}${ordinal()}\\s+sessions?(?:\\s+(?:extraordinaire(?:\\s+d[’']urgence)?|ordinaire))?${END}`,
				'giu'
			)
	),
	withLazyPattern(
		{
			name: 'meeting-fr',
			role: 'token',
			language: 'fr',
			description:
				'A meeting in French: "46e séance plénière", "107e et 108e séances plénières", "quarante-sixième séance".',
			examples: [
				'46e séance plénière',
				'48e séance',
				'46ᵉ séance plénière',
				'107e et 108e séances plénières',
				'quarante-sixième séance plénière'
			],
			counterexamples: ['séance plénière', '46 séances'],
			cue: new RegExp(`${ordinalEnd()}\\s+séance`, 'iu')
		},
		() => new RegExp(`${START}${ordinal()}(?:\\s+et\\s+${ordinal()})?\\s+séances?(?:\\s+plénières?)?${END}`, 'giu')
	),
	{
		name: 'paragraph-reference-fr',
		role: 'token',
		language: 'fr',
		description: 'A paragraph reference, as in the committee-report line: "par. 93", "par. 5 et 6", "paragraphe 12".',
		examples: ['par. 93', 'par. 5 et 6', 'paragraphe 12', 'paragraphes 3 à 5'],
		counterexamples: ['paragraphe', 'par ailleurs'],
		pattern: new RegExp(`${START}(?:par\\.|paragraphes?)\\s*\\d+(?:\\s*(?:-|–|,|et|à)\\s*\\d+)*${END}`, 'giu')
	},
	{
		name: 'agenda-item-fr',
		role: 'token',
		language: 'fr',
		description: 'An agenda item number, renumbered every session: "point 100 r) de l’ordre du jour".',
		examples: ['Point 94 de l’ordre du jour', 'point 100 r) de l’ordre du jour', "point 98 de l'ordre du jour"],
		counterexamples: ['point de l’ordre du jour', 'point 100'],
		pattern: new RegExp(
			`${START}points?\\s+\\d+(?:\\s*\\(?[a-z]{1,2}\\))?\\s+de\\s+l[’']ordre\\s+du\\s+jour${END}`,
			'giu'
		)
	},
	{
		name: 'list-punctuation-fr',
		role: 'connector',
		language: 'fr',
		description:
			'Punctuation or a word joining the items of a list of resolutions (, ; et du), routine only between two routine tokens.',
		examples: [',', 'et', 'du'],
		counterexamples: ['ou', 'dudit'],
		pattern: new RegExp(`[,;]|${START}(?:et|du)${END}`, 'gu')
	}
]);
