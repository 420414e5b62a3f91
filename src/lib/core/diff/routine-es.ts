/**
 * The routine grammar of the Spanish versions (routine.ts says how it is applied). Sources, as in
 * drafting/es.ts: the official Spanish texts (A/RES/77/247 among the fixtures) and the UN's Spanish
 * "Manual de redacción" — dates "3 de diciembre de 2012"; sessions in words agreeing with "período"
 * ("sexagésimo octavo período de sesiones", "septuagésimo primer período de sesiones", "décimo período
 * extraordinario de sesiones de emergencia"), their number grammar in drafting/es.ts; meetings "46ª sesión
 * plenaria"; the committee-report paragraph "párr. 14"; agenda items "tema 47 del programa"; the list
 * words of "sus resoluciones 65/54, de 8 de diciembre de 2010, y 66/32, de 2 de diciembre de 2011".
 */
import {
	ES_DAY,
	ES_MONTH,
	ES_ORDINAL_FIGURES,
	spanishOrdinalTails,
	spanishOrdinalWords
} from '../document/drafting/es';
import { END, START, withLazyPattern, type RoutinePattern } from './routine-grammar';
import { once } from '../once';

const DAY_RANGE = `${ES_DAY}(?:\\s*(?:-|–|y|al?)\\s*${ES_DAY})?`;
/** An ordinal in words or figures (regex source): thousands of words, made when a pattern needs it. */
const ordinal = once(() => `(?:${spanishOrdinalWords()}|${ES_ORDINAL_FIGURES})`);
/** Where an ordinal can end (regex source): the start of a cue. */
const ordinalEnd = () => `(?:${spanishOrdinalTails()}|${ES_ORDINAL_FIGURES})`;

/** The Spanish entries of the routine grammar. */
export const spanishRoutinePatterns = once((): readonly RoutinePattern[] => [
	{
		name: 'date-es',
		role: 'token',
		language: 'es',
		description:
			'A date or date range in Spanish: "3 de diciembre de 2012", "25 y 26 de octubre de 2019", "agosto de 2012".',
		examples: [
			'3 de diciembre de 2012',
			'30 de diciembre de 2022',
			'1º de enero de 2013',
			'1.º de enero de 2023',
			'1° de enero de 2023',
			'25 y 26 de octubre de 2019',
			'agosto de 2012',
			'9 de julio de 2004'
		],
		counterexamples: ['en 2012 las', 'de 1967', 'marzo'],
		pattern: new RegExp(
			`${START}(?:${DAY_RANGE}\\s+de\\s+${ES_MONTH}(?:\\s+de\\s+\\d{4})?|${ES_MONTH}\\s+de\\s+\\d{4})${END}`,
			'giu'
		)
	},
	withLazyPattern(
		{
			name: 'session-es',
			role: 'token',
			language: 'es',
			description:
				'A session in Spanish, its ordinal in words or figures: "sexagésimo octavo período de sesiones", "septuagésimo primer período de sesiones", "décimo período extraordinario de sesiones de emergencia".',
			examples: [
				'sexagésimo octavo período de sesiones',
				'septuagésimo séptimo período de sesiones',
				'Septuagésimo séptimo período de sesiones',
				'septuagésimo primer período de sesiones',
				'octogésimo período de sesiones',
				'décimo período extraordinario de sesiones de emergencia',
				'68º período de sesiones'
			],
			counterexamples: ['sexagésimo aniversario', 'período de sesiones', 'sesenta y ocho períodos'],
			cue: new RegExp(`${ordinalEnd()}\\s+per[ií]odo`, 'iu')
		},
		() =>
			new RegExp(
				`${START}${ordinal()}\\s+per[ií]odo\\s+(?:extraordinario\\s+)?de\\s+sesiones(?:\\s+de\\s+emergencia)?${END}`,
				'giu'
			)
	),
	withLazyPattern(
		{
			name: 'meeting-es',
			role: 'token',
			language: 'es',
			description:
				'A meeting in Spanish: "46ª sesión plenaria", "56 a sesión plenaria" as extracted from a PDF, "cuadragésima sexta sesión".',
			examples: ['46ª sesión plenaria', '56 a sesión plenaria', '48ª sesión', 'cuadragésima sexta sesión plenaria'],
			counterexamples: ['sesión plenaria', '46 sesiones'],
			cue: new RegExp(`${ordinalEnd()}\\s+sesi[oó]n`, 'iu')
		},
		() => new RegExp(`${START}${ordinal()}\\s+sesi[oó]n(?:\\s+plenaria)?${END}`, 'giu')
	),
	{
		name: 'paragraph-reference-es',
		role: 'token',
		language: 'es',
		description: 'A paragraph reference, as in the committee-report line: "párr. 14", "párrs. 5 y 6", "párrafo 12".',
		examples: ['párr. 14', 'párrs. 5 y 6', 'párrafo 12'],
		counterexamples: ['párrafo', 'párrafos pertinentes'],
		pattern: new RegExp(`${START}(?:párrs?\\.|párrafos?)\\s*\\d+(?:\\s*(?:-|–|,|y|a)\\s*\\d+)*${END}`, 'giu')
	},
	{
		name: 'agenda-item-es',
		role: 'token',
		language: 'es',
		description: 'An agenda item number, renumbered every session: "tema 47 del programa", "tema 100 r) del programa".',
		examples: ['Tema 47 del programa', 'tema 100 r) del programa'],
		counterexamples: ['tema del programa', 'tema 47'],
		pattern: new RegExp(`${START}temas?\\s+\\d+(?:\\s*\\(?[a-z]{1,2}\\))?\\s+del\\s+programa${END}`, 'giu')
	},
	{
		name: 'list-punctuation-es',
		role: 'connector',
		language: 'es',
		description:
			'Punctuation or a word joining the items of a list of resolutions (, ; y e de), routine only between two routine tokens.',
		examples: [',', 'y', 'de'],
		counterexamples: ['o', 'desde'],
		pattern: new RegExp(`[,;]|${START}(?:y|e|de)${END}`, 'gu')
	}
]);
