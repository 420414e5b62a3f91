/**
 * The routine grammar of the Arabic versions (routine.ts says how it is applied). Sources, as in
 * drafting/ar.ts: the official Arabic texts and the Arabic Translation Service's conventions — dates
 * "3 كانون الأول/ديسمبر 2012" (Levantine and Western month names); sessions as feminine ordinals in words
 * ("الدورة الثامنة والستين", "في دورتها السابعة والسبعين", "الدورة الاستثنائية الطارئة العاشرة"), their
 * number grammar in drafting/ar.ts; meetings "الجلسة العامة 46"; the committee-report paragraph "الفقرة
 * 93"; agenda items "البند 100"; symbols with Arabic letter names for the parts of an omnibus resolution
 * ("40/152 سين"); the list words of "قراراتها 65/54 المؤرخ 8 كانون الأول/ديسمبر 2010 و 66/32 المؤرخ …".
 */
import { AR_DIGIT, AR_MONTH, arabicOrdinalWords } from '../document/drafting/ar';
import { END, START, type RoutinePattern } from './routine-grammar';
import { once } from '../once';

const NUMBER = `${AR_DIGIT}+`;
const DAY_RANGE = `${AR_DIGIT}{1,2}(?:\\s*(?:-|–|و|إلى)\\s*${AR_DIGIT}{1,2})?`;
/** The names of Arabic letters, which stand for the Latin letters of an omnibus resolution's parts. */
const LETTER_NAMES =
	'ألف|باء|تاء|ثاء|جيم|حاء|خاء|دال|ذال|راء|زاي|سين|شين|صاد|ضاد|طاء|ظاء|عين|غين|فاء|قاف|كاف|لام|ميم|نون|هاء|واو|ياء';
/**
 * "الدورة" with the clitics it takes ("و", "ل", "ب", "في" is a word apart) or with a possessive
 * ("دورتها", "دورته").
 */
const SESSION_WORD = '(?:[وفب]?(?:ال|لل)|[وفبل]?)دور(?:ة|ت(?:ها|ه|نا|هم))';
const MEETING_WORD = '(?:[وفب]?(?:ال|لل)|[وفبل]?)جلس(?:ة|ت(?:ها|ه|نا|هم)|تين|تان)';

/** The Arabic entries of the routine grammar. */
export const arabicRoutinePatterns = once((): readonly RoutinePattern[] => [
	{
		name: 'date-ar',
		role: 'token',
		language: 'ar',
		description:
			'A date or date range in Arabic: "3 كانون الأول/ديسمبر 2012", "25 و 26 تشرين الأول/أكتوبر 2019", "آب/أغسطس 2012".',
		examples: [
			'3 كانون الأول/ديسمبر 2012',
			'6 كانون الأول/ديسمبر 2021',
			'16 كانون الأول/ ديسمبر 1985',
			'25 و 26 تشرين الأول/أكتوبر 2019',
			'آب/أغسطس 2012',
			'٣ كانون الأول/ديسمبر ٢٠١٢'
		],
		counterexamples: ['عام 2012', 'كانون الأول', 'ديسمبر'],
		pattern: new RegExp(
			`${START}(?:${DAY_RANGE}\\s+${AR_MONTH}(?:\\s+${AR_DIGIT}{4})?|${AR_MONTH}\\s+${AR_DIGIT}{4})${END}`,
			'gu'
		)
	},
	{
		name: 'document-symbol-ar',
		role: 'token',
		language: 'ar',
		description:
			'A resolution number as the Arabic versions print it: with the name of an Arabic letter for a lettered part ("56/24 تاء", "40/152 سين"), or spaced ("40 / 152").',
		examples: ['56/24 تاء', '40 / 152 سين', '42 / 42 واو', '52 / 31'],
		counterexamples: ['تاء', '2012'],
		pattern: new RegExp(`(?<![A-Za-z0-9/])(?:${NUMBER}\\s?/\\s?${NUMBER})(?:\\s+(?:${LETTER_NAMES})${END})?`, 'gu')
	},
	{
		name: 'session-ar',
		role: 'token',
		language: 'ar',
		description:
			'A session in Arabic, its feminine ordinal in words: "الدورة الثامنة والستين", "دورتها السابعة والسبعين", "الدورة السادسة والسبعون", "الدورة الاستثنائية الطارئة العاشرة".',
		examples: [
			'الدورة الثامنة والستين',
			'دورتها السابعة والسبعين',
			'الدورة السادسة والسبعون',
			'للدورة الحادية والثمانين',
			'الدورة الثمانين',
			'الدورة الاستثنائية الطارئة العاشرة',
			'الدورة 68'
		],
		counterexamples: ['الدورة', 'الذكرى الثامنة والستين', 'دورة تدريبية'],
		pattern: new RegExp(
			`${START}${SESSION_WORD}(?:\\s+(?:العادية|الاستثنائية|الطارئة)){0,2}\\s+(?:${arabicOrdinalWords()}|${NUMBER})${END}`,
			'gu'
		)
	},
	{
		name: 'meeting-ar',
		role: 'token',
		language: 'ar',
		description: 'A meeting in Arabic: "الجلسة العامة 46", "في جلستها العامة 48".',
		examples: ['الجلسة العامة 46', 'الجلسة العامة 48', 'جلستها العامة 45', 'الجلسة 12'],
		counterexamples: ['الجلسة العامة', '46 جلسة'],
		pattern: new RegExp(`${START}${MEETING_WORD}(?:\\s+العامة)?\\s+${NUMBER}${END}`, 'gu')
	},
	{
		name: 'paragraph-reference-ar',
		role: 'token',
		language: 'ar',
		description: 'A paragraph reference, as in the committee-report line: "الفقرة 93", "الفقرتان 5 و 6".',
		examples: ['الفقرة 93', 'الفقرتان 5 و 6', 'الفقرة 12'],
		counterexamples: ['الفقرة', 'فقرات كثيرة'],
		pattern: new RegExp(
			`${START}(?:[وب]?(?:ال)?)فقر(?:ة|تان|تين|ات)\\s+${NUMBER}(?:\\s*(?:-|–|،|,|و|إلى)\\s*${NUMBER})*${END}`,
			'gu'
		)
	},
	{
		name: 'agenda-item-ar',
		role: 'token',
		language: 'ar',
		description: 'An agenda item number, renumbered every session: "البند 100", "البند 100 (ص)".',
		examples: ['البند 100', 'البند 98 (ص)', 'البندان 5 و 6'],
		counterexamples: ['البند', 'بند'],
		pattern: new RegExp(
			`${START}(?:[وب]?ال)بند(?:ان|ين)?\\s+${NUMBER}(?:\\s*\\([\\u0621-\\u064A]{1,3}\\))?(?:\\s*(?:و|،)\\s*${NUMBER})*${END}`,
			'gu'
		)
	},
	{
		name: 'list-punctuation-ar',
		role: 'connector',
		language: 'ar',
		description:
			'Punctuation or a word joining the items of a list of resolutions (، ؛ , و المؤرخ), routine only between two routine tokens.',
		examples: ['،', 'و', 'المؤرخ', 'المؤرخة'],
		counterexamples: ['أو', 'وإذ'],
		pattern: new RegExp(`[،؛,;]|${START}(?:و|المؤرخ(?:ة|ين|تين)?)${END}|و(?=\\s?${AR_DIGIT})`, 'gu')
	}
]);
