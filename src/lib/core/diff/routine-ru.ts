/**
 * The routine grammar of the Russian versions (routine.ts says how it is applied). Sources, as in
 * drafting/ru.ts: the official Russian texts and the Russian Translation Service's conventions — dates
 * "3 декабря 2012 года" (month in the genitive), "в августе 2012 года"; sessions in words declined with
 * "сессия" ("шестьдесят восьмой сессии", "на ее семьдесят седьмой сессии", "десятой чрезвычайной
 * специальной сессии"), their number grammar in drafting/ru.ts; meetings "46-е пленарное заседание",
 * "на своем 46-м пленарном заседании"; the committee-report paragraph "пункт 93"; agenda items "пункт 100
 * повестки дня"; the list words of "резолюции 65/54 от 8 декабря 2010 года и 66/32 от 2 декабря 2011 года".
 */
import {
	RU_MONTHS_GENITIVE,
	RU_MONTHS_OTHER,
	RU_ORDINAL_FIGURES,
	RU_YEAR_WORD,
	russianOrdinalTails,
	russianOrdinalWords
} from '../document/drafting/ru';
import { END, START, withLazyPattern, type RoutinePattern } from './routine-grammar';
import { once } from '../once';

const MONTH_GENITIVE = `(?:${RU_MONTHS_GENITIVE.join('|')})`;
const MONTH_ANY = `(?:${[...RU_MONTHS_GENITIVE, ...RU_MONTHS_OTHER].join('|')})`;
/**
 * The year word after a date: the date's own ({@link RU_YEAR_WORD}: "года", "г.", "г") and "году" (in the year:
 * "в августе 2012 году" as some texts print it).
 */
const YEAR_WORD = `(?:${RU_YEAR_WORD}|году)`;
const YEAR = `\\d{4}(?:\\s+${YEAR_WORD})?`;
const DAY_RANGE = '\\d{1,2}(?:\\s*(?:-|–|и|по)\\s*\\d{1,2})?';
/** An ordinal in words or figures (regex source): thousands of words, made when a pattern needs it. */
const ordinal = once(() => `(?:${russianOrdinalWords()}|${RU_ORDINAL_FIGURES})`);
/** Where an ordinal can end (regex source): the start of a cue. */
const ordinalEnd = () => `(?:${russianOrdinalTails()}|${RU_ORDINAL_FIGURES})`;

/** The Russian entries of the routine grammar. */
export const russianRoutinePatterns = once((): readonly RoutinePattern[] => [
	{
		name: 'date-ru',
		role: 'token',
		language: 'ru',
		description:
			'A date or date range in Russian: "3 декабря 2012 года", "25 и 26 октября 2019 года", "26 по 31 августа 2012 года", "в августе 2012 года".',
		examples: [
			'3 декабря 2012 года',
			'6 декабря 2021 года',
			'25 и 26 октября 2019 года',
			'26 по 31 августа 2012 года',
			'августе 2012 года',
			'17 января 2023 г.',
			'17 января 2023 г',
			'январе 2023 г.',
			'3 декабря'
		],
		counterexamples: ['в 2012 году', 'декабря', '3 декабрях'],
		pattern: new RegExp(
			`${START}(?:${DAY_RANGE}\\s+${MONTH_GENITIVE}(?:\\s+${YEAR})?|${MONTH_ANY}\\s+\\d{4}\\s+${YEAR_WORD})(?![\\p{L}\\p{N}])`,
			'giu'
		)
	},
	withLazyPattern(
		{
			name: 'session-ru',
			role: 'token',
			language: 'ru',
			description:
				'A session in Russian, its ordinal in words (any case) or figures: "шестьдесят восьмой сессии", "Семьдесят шестая сессия", "десятой чрезвычайной специальной сессии", "68-й сессии".',
			examples: [
				'шестьдесят восьмой сессии',
				'семьдесят седьмой сессии',
				'Семьдесят шестая сессия',
				'семидесятой сессии',
				'восьмидесятую сессию',
				'семьдесят третьей сессии',
				'десятой чрезвычайной специальной сессии',
				'68-й сессии'
			],
			counterexamples: ['шестьдесят восемь сессий', 'сессии', 'шестьдесят восьмой годовщины'],
			cue: new RegExp(`${ordinalEnd()}\\s+(?:(?:чрезвычайн|специальн|очередн)\\p{L}*\\s+){0,2}сесси`, 'iu')
		},
		() =>
			new RegExp(
				`${START}${ordinal()}\\s+(?:(?:чрезвычайн|специальн|очередн)\\p{L}*\\s+){0,2}сесси\\p{L}*${END}`,
				'giu'
			)
	),
	withLazyPattern(
		{
			name: 'meeting-ru',
			role: 'token',
			language: 'ru',
			description:
				'A meeting in Russian: "46-е пленарное заседание", "на своем 46-м пленарном заседании", "сорок шестое заседание".',
			examples: [
				'46-е пленарное заседание',
				'48-е пленарное заседание',
				'46-м пленарном заседании',
				'45-е заседание',
				'сорок шестое заседание'
			],
			counterexamples: ['пленарное заседание', '46 заседаний'],
			cue: new RegExp(`${ordinalEnd()}\\s+(?:пленарн\\p{L}*\\s+)?заседани`, 'iu')
		},
		() => new RegExp(`${START}${ordinal()}\\s+(?:пленарн\\p{L}*\\s+)?заседани\\p{L}*${END}`, 'giu')
	),
	{
		name: 'paragraph-reference-ru',
		role: 'token',
		language: 'ru',
		description:
			'A paragraph or agenda item number: "пункт 93" of the committee-report line, "пункты 5 и 6", "Пункт 100 повестки дня".',
		examples: ['пункт 93', 'пункты 5 и 6', 'пункте 12', 'Пункт 100'],
		counterexamples: ['пункт', 'пунктуально 5'],
		pattern: new RegExp(
			`${START}(?:пункт\\p{L}{0,3}|п\\.)\\s*\\d+(?:\\s*\\(?[a-zа-я]\\))?(?:\\s*(?:-|–|,|и)\\s*\\d+)*${END}`,
			'giu'
		)
	},
	{
		name: 'list-punctuation-ru',
		role: 'connector',
		language: 'ru',
		description:
			'Punctuation or a word joining the items of a list of resolutions (, ; и от), routine only between two routine tokens.',
		examples: [',', 'и', 'от'],
		counterexamples: ['или', 'отмечая'],
		pattern: new RegExp(`[,;]|${START}(?:и|от)${END}`, 'gu')
	}
]);
