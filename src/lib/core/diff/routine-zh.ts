/**
 * The routine grammar of the Chinese versions (routine.ts says how it is applied): dates "2012年12月3日",
 * symbols in their 第…号 frame, sessions "第六十八届", meetings "第48次", the committee-report paragraph
 * "第93段", agenda items "议程项目100 (r)", and the punctuation of a growing list of resolutions. The forms
 * are those of the Chinese resolutions in the seeds and on the Assembly's Chinese pages.
 */
import { SYMBOL, type RoutinePattern } from './routine-grammar';

/** Chinese numerals as written in ordinals: 六十八, 七十七, 一百〇一. */
const ZH_NUMBER = '[〇零一二三四五六七八九十百千两]+';
const ZH_YEAR = '\\d{4}\\s*年';
const ZH_MONTH = '\\d{1,2}\\s*月';
const ZH_DAY = '\\d{1,2}\\s*日';
/** One date or date part: 2012年12月3日, 2012年12月, 2012年, 12月3日. */
const ZH_DATE_ITEM = `(?:${ZH_YEAR}(?:\\s*${ZH_MONTH}(?:\\s*${ZH_DAY})?)?|${ZH_MONTH}\\s*${ZH_DAY})`;
/** What may follow a range word: a full date, a month and day, or a day alone (25日至26日). */
const ZH_DATE_TAIL = `(?:${ZH_DATE_ITEM}|${ZH_DAY})`;

/** The Chinese entries of the routine grammar. */
export const chineseRoutinePatterns: readonly RoutinePattern[] = [
	{
		name: 'date-zh',
		role: 'token',
		language: 'zh',
		description:
			'A date or date range in Chinese: year, year-month, year-month-day or month-day, with 至/到/和/- ranges.',
		examples: ['2012年12月3日', '2019年10月25日至26日', '2012年', '12月3日'],
		counterexamples: ['65个国家', '2012', '第12次'],
		pattern: new RegExp(`${ZH_DATE_ITEM}(?:\\s*(?:至|到|和|及|-|–|—|~)\\s*${ZH_DATE_TAIL})?`, 'gu')
	},
	{
		name: 'document-symbol-zh',
		role: 'token',
		language: 'zh',
		description:
			'A document symbol or resolution number with its Chinese 第…号 frame: 第66/32号, 第56/24 T号, 第1540(2004)号.',
		examples: ['第66/32号', '第56/24 T号', '第1540(2004)号', '第S-10/2号'],
		counterexamples: ['第65个', '第六十八届'],
		pattern: new RegExp(`(?:第\\s*)?(?:${SYMBOL})(?:\\s*号)?`, 'gu')
	},
	{
		name: 'session-zh',
		role: 'token',
		language: 'zh',
		description: 'A session of the General Assembly in Chinese, numerals or digits: 第六十八届(会议), 第77届.',
		examples: ['第六十八届', '第七十七届会议', '第77届', '第十届特别会议'],
		counterexamples: ['第六十八次', '六十八届'],
		pattern: new RegExp(`第\\s*(?:${ZH_NUMBER}|\\d+)\\s*届(?:\\s*(?:特别会议|紧急特别会议|会议))?`, 'gu')
	},
	{
		name: 'meeting-zh',
		role: 'token',
		language: 'zh',
		description:
			'A meeting (or summit) ordinal in Chinese: 第48次, 第十八次; the words after it (全体会议) are not part of it.',
		examples: ['第48次', '第 45 次', '第十八次'],
		counterexamples: ['48次', '第48届'],
		pattern: new RegExp(`第\\s*(?:${ZH_NUMBER}|\\d+)\\s*次`, 'gu')
	},
	{
		name: 'paragraph-reference-zh',
		role: 'token',
		language: 'zh',
		description: 'A paragraph reference, as in the committee-report line: 第93段, 第5和6段.',
		examples: ['第93段', '第 93 段', '第5和6段'],
		counterexamples: ['93段', '第93次'],
		pattern: /第\s*\d+(?:\s*(?:至|到|和|及|、|-|–)\s*\d+)*\s*段/gu
	},
	{
		name: 'agenda-item-zh',
		role: 'token',
		language: 'zh',
		description: 'An agenda item number, renumbered every session: 议程项目100 (r).',
		examples: ['议程项目 100 (r)', '议程项目98'],
		counterexamples: ['议程项目', '项目100'],
		pattern: /议程项目\s*\d+(?:\s*\([a-z]{1,4}\))?/gu
	},
	{
		name: 'list-punctuation-zh',
		role: 'connector',
		language: 'zh',
		description:
			'Punctuation or a word joining items of a list (、，,；; 和 及 以及 与 至), routine only between two routine tokens.',
		examples: ['、', '和', '以及', '，'],
		counterexamples: ['或', '并'],
		pattern: /以及|[、，,；;和及与至]/gu
	}
];
