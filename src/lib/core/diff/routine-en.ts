/**
 * The routine grammar of the English versions (routine.ts says how it is applied): dates "3 December
 * 2012", sessions "sixty-eighth session", meetings "48th plenary meeting", the committee-report paragraph
 * "para. 93", agenda items "agenda item 100 (r)", and the words of a growing list of resolutions — as the
 * UN Editorial Manual writes them.
 */
import type { RoutinePattern } from './routine-grammar';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_RANGE = '\\d{1,2}(?:\\s*(?:-|–|to|and)\\s*\\d{1,2})?';
const ORDINAL_EN =
	'(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)' +
	'|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth' +
	'|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth' +
	'|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|\\d+(?:st|nd|rd|th))';

/** The English entries of the routine grammar. */
export const englishRoutinePatterns: readonly RoutinePattern[] = [
	{
		name: 'date-en',
		role: 'token',
		language: 'en',
		description: 'A date or date range in English: "3 December 2012", "25 to 26 October 2019", "December 3, 2012".',
		examples: ['3 December 2012', '25 to 26 October 2019', 'December 3, 2012', 'October 2019'],
		counterexamples: ['in 2012 the', '3 Decembers'],
		pattern: new RegExp(
			`\\b(?:${DAY_RANGE}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+${DAY_RANGE}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4})\\b`,
			'gu'
		)
	},
	{
		name: 'session-en',
		role: 'token',
		language: 'en',
		description: 'A session in English: "sixty-eighth session", "68th session", "tenth special session".',
		examples: ['sixty-eighth session', 'seventy-seventh session', '68th session', 'tenth special session'],
		counterexamples: ['sixty-eighth anniversary', 'session'],
		pattern: new RegExp(`\\b${ORDINAL_EN}\\s+(?:(?:emergency\\s+)?special\\s+|regular\\s+)?session\\b`, 'giu')
	},
	{
		name: 'meeting-en',
		role: 'token',
		language: 'en',
		description: 'A meeting in English: "48th plenary meeting", "forty-fifth meeting".',
		examples: ['48th plenary meeting', '45th meeting', 'forty-fifth plenary meeting'],
		counterexamples: ['plenary meeting', '48 meetings'],
		pattern: new RegExp(`\\b${ORDINAL_EN}\\s+(?:plenary\\s+)?meeting\\b`, 'giu')
	},
	{
		name: 'paragraph-reference-en',
		role: 'token',
		language: 'en',
		description: 'A paragraph reference, as in the committee-report line: "para. 93", "paras. 5 and 6".',
		examples: ['para. 93', 'paras. 5 and 6', 'paragraph 12'],
		counterexamples: ['paragraphs', 'para.'],
		pattern: /\b(?:paras?\.|paragraphs?)\s*\d+(?:\s*(?:-|–|to|and|,)\s*\d+)*\b/gu
	},
	{
		name: 'agenda-item-en',
		role: 'token',
		language: 'en',
		description: 'An agenda item number, renumbered every session: "agenda item 100 (r)".',
		examples: ['agenda item 100 (r)', 'Agenda item 98'],
		counterexamples: ['agenda items', 'item 100'],
		pattern: /\bagenda item\s*\d+(?:\s*\([a-z]{1,4}\))?/giu
	},
	{
		name: 'list-punctuation-en',
		role: 'connector',
		language: 'en',
		description:
			'Punctuation or a word joining items of a list (, ; and of to), routine only between two routine tokens.',
		examples: [',', 'and', 'of'],
		counterexamples: ['or', 'land'],
		pattern: /[,;]|\b(?:and|of|to)\b/gu
	}
];
