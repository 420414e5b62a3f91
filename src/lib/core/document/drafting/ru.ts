/**
 * Russian drafting conventions: the Russian versions of General Assembly resolutions.
 *
 * Sources. The structure of the official Russian texts (ODS, A/RES/… -R): the letterhead "Семьдесят
 * шестая сессия", "Пункт 100 повестки дня", "Резолюция, принятая Генеральной Ассамблеей 6 декабря
 * 2021 года", "[по докладу Первого комитета (A/76/444, пункт 93)]"; the title "76/40. Содействие …";
 * the subject "Генеральная Ассамблея,"; the whole resolution is one sentence, so preambular paragraphs
 * open in lower case with a participle or a short adjective in italics ("ссылаясь на", "вновь
 * подтверждая", "будучи убеждена", "с озабоченностью отмечая") and operative paragraphs "1." with a verb
 * in the present tense, also in lower case ("вновь подтверждает", "просит Генерального секретаря");
 * subparagraphs "a)", "b)"; the closing lines "48-е пленарное заседание" and "3 декабря 2012 года". A
 * repeated opener takes "также" or "далее" after it ("ссылаясь также на", "просит далее"); sessions are
 * ordinals in words declined with "сессия" ("на ее шестьдесят восьмой сессии"), meetings ordinals in
 * figures with their case ending ("46-е пленарное заседание", "на своем 46-м заседании"), dates "3 декабря
 * 2012 года" with the month in the genitive — as the Russian Translation Service's style guidance
 * (Department for General Assembly and Conference Management) and the UNTERM entries set them.
 */
import { formatIsoDate, withFollowers, withRepeats, type DateForms, type DraftingConventions } from './conventions';
import { alternationOf, endingsOf } from '../../text/alternation';
import { once } from '../../once';

/** Adverbs that follow a repeated opener or verb: "ссылаясь также", "просит далее", "подтверждая вновь". */
const RU_FOLLOWERS = ['также', 'далее', 'вновь', 'в этой связи', 'кроме того'];

/** Adverbs printed before an operative verb, in italics with it: "вновь настоятельно призывает". */
const RU_VERB_ADVERBS = ['вновь ', 'настоятельно ', 'вновь настоятельно ', 'решительно ', 'также '];

/** Russian preambular openers (italic in print, lower case). */
// prettier-ignore
const RU_PREAMBLE_BASE = [
	'ссылаясь', 'вновь подтверждая', 'подтверждая', 'напоминая', 'признавая', 'учитывая', 'принимая во внимание',
	'отмечая', 'с удовлетворением отмечая', 'с озабоченностью отмечая', 'с признательностью отмечая',
	'принимая к сведению', 'приветствуя', 'подчеркивая', 'особо отмечая', 'подчеркивая также', 'будучи убеждена',
	'будучи твердо убеждена', 'будучи глубоко убеждена', 'будучи обеспокоена', 'будучи глубоко обеспокоена',
	'будучи серьезно обеспокоена', 'выражая озабоченность', 'выражая глубокую озабоченность', 'выражая',
	'будучи встревожена', 'сознавая', 'памятуя', 'памятуя о', 'будучи преисполнена решимости',
	'преисполненная решимости', 'желая', 'рассмотрев', 'изучив', 'руководствуясь', 'считая', 'полагая',
	'исходя из', 'констатируя', 'осуждая', 'сожалея', 'выражая сожаление', 'высоко оценивая', 'поддерживая',
	'вновь заявляя', 'заявляя', 'настоятельно призывая', 'будучи уверена', 'с удовлетворением', 'с озабоченностью',
	'будучи исполнена решимости', 'исполненная решимости', 'вновь выражая', 'отдавая себе отчет', 'сознавая также'
];

/** Russian operative verbs (italic in print, lower case), third person singular present. */
// prettier-ignore
const RU_OPERATIVE_BASE = [
	'вновь подтверждает', 'подтверждает', 'призывает', 'настоятельно призывает', 'вновь призывает', 'просит',
	'предлагает', 'постановляет', 'приветствует', 'с удовлетворением отмечает', 'принимает к сведению',
	'отмечает', 'с озабоченностью отмечает', 'рекомендует', 'одобряет', 'утверждает', 'принимает', 'подчеркивает',
	'особо отмечает', 'признает', 'выражает', 'осуждает', 'решительно осуждает', 'сожалеет', 'поддерживает',
	'заявляет', 'провозглашает', 'уполномочивает', 'поручает', 'благодарит', 'высоко оценивает', 'требует',
	'настоятельно требует', 'предлагает далее', 'вновь заявляет', 'считает', 'напоминает', 'рекомендует также',
	'обращается с призывом', 'выражает признательность', 'выражает надежду', 'ожидает', 'с нетерпением ожидает',
	'вновь обращается', 'обращается', 'соглашается', 'настоятельно просит', 'приветствует также'
];

// ---- Number grammar: Russian ordinals in every case and gender, as sessions are written ----

/** Cardinal tens and hundreds that stay in the nominative before the last word: "шестьдесят восьмой". */
// prettier-ignore
const RU_TENS_CARDINAL = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
/** Stems of the ordinals 1–19, the round tens and 100; the ending follows. */
// prettier-ignore
const RU_UNIT_STEMS = [
	'', 'перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат',
	'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'
];
// prettier-ignore
const RU_TEN_STEMS = ['', 'десят', 'двадцат', 'тридцат', 'сороков', 'пятидесят', 'шестидесят', 'семидесят', 'восьмидесят', 'девяност'];

/**
 * The endings of an ordinal adjective in every case, gender and number: hard stems ("шестой", "восьмая",
 * "седьмой сессии", "восьмую", "первого", "первым", "первых"); "третий" declines softly ("третья",
 * "третьей", "третью").
 */
// prettier-ignore
const RU_HARD_ENDINGS = ['ый', 'ой', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ом', 'ую', 'ых', 'ыми', 'ою'];
// prettier-ignore
const RU_SOFT_ENDINGS = ['ий', 'ья', 'ье', 'ьи', 'ьего', 'ьему', 'ьим', 'ьем', 'ьей', 'ью', 'ьих', 'ьими', 'ьею'];

/** The forms of the last word of an ordinal, from its stem. */
function russianOrdinalEndings(stem: string): string[] {
	const endings = stem === 'трет' ? RU_SOFT_ENDINGS : RU_HARD_ENDINGS;
	const forms = endings.map((e) => stem + e);
	// "четвертый" is also printed with ё.
	return stem === 'четверт' ? [...forms, ...forms.map((f) => f.replace('четверт', 'четвёрт'))] : forms;
}

/** The Russian ordinal of 1–199 in words, every case and gender: "шестьдесят восьмой", "семидесятой", "сто первая". */
export function spellRussianOrdinals(n: number): string[] {
	if (n >= 100) {
		if (n === 100) return russianOrdinalEndings('сот');
		return spellRussianOrdinals(n - 100).map((rest) => `сто ${rest}`);
	}
	if (n < 20) return russianOrdinalEndings(RU_UNIT_STEMS[n]);
	const unit = n % 10;
	const tens = Math.floor(n / 10);
	if (unit === 0) return russianOrdinalEndings(RU_TEN_STEMS[tens]);
	return russianOrdinalEndings(RU_UNIT_STEMS[unit]).map((last) => `${RU_TENS_CARDINAL[tens]} ${last}`);
}

/** Every Russian ordinal 1–199 in words, to its number. */
const ordinalValues = once(
	(): ReadonlyMap<string, number> =>
		new Map(
			Array.from({ length: 199 }, (_, i) => i + 1).flatMap((n) => spellRussianOrdinals(n).map((w) => [w, n] as const))
		)
);

/** A Russian ordinal in words, 1–199, any case or gender (regex source, lower case: use with the `i` flag). */
export const russianOrdinalWords = once(() => alternationOf(ordinalValues().keys()));

/** The last three letters of every Russian ordinal in words (regex source): where one can end (routine-grammar.ts, `cue`). */
export const russianOrdinalTails = once(() => endingsOf(ordinalValues().keys(), 3));

/** A Russian ordinal in figures with its case ending: "68-я", "68-й", "46-е", "46-м", "46-го". */
export const RU_ORDINAL_FIGURES = '\\d{1,4}\\s?[-‑–]\\s?(?:й|я|е|го|му|м|х|ми|ю)(?![\\p{L}\\p{N}])';

/** A Russian ordinal ("Шестьдесят седьмая", "68-я") → its number, or null. */
export function parseRussianOrdinal(text: string): number | null {
	const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
	const figures = /^(\d{1,4})\s?[-‑–]\s?(?:й|я|е|го|му|м|х|ми|ю)$/.exec(t);
	if (figures) return Number(figures[1]);
	return ordinalValues().get(t) ?? null;
}

/** Months in the genitive, as in a date ("3 декабря 2012 года"). */
// prettier-ignore
export const RU_MONTHS_GENITIVE = [
	'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября',
	'декабря'
];
/** Months in the other cases a month and year take ("в августе 2012 года", "август 2012 года"). */
// prettier-ignore
export const RU_MONTHS_OTHER = [
	'январь', 'январе', 'февраль', 'феврале', 'март', 'марте', 'апрель', 'апреле', 'май', 'мае', 'июнь', 'июне',
	'июль', 'июле', 'август', 'августе', 'сентябрь', 'сентябре', 'октябрь', 'октябре', 'ноябрь', 'ноябре',
	'декабрь', 'декабре'
];
const RU_MONTH = `(?:${RU_MONTHS_GENITIVE.join('|')})`;

/**
 * The word of the year after the year (regex source, `u` flag): "года" ("of the year") as resolutions print a date
 * in full ("3 декабря 2012 года"), or "г." abbreviated as letters, notes and many other Russian texts print it
 * ("письмо от 17 января 2023 г."), "г" where the point was lost. The point belongs to the abbreviation, never
 * to "года" (the full stop after "…2012 года." ends the sentence). Not "годах", "году", "гг.".
 */
export const RU_YEAR_WORD = '(?:года(?![\\p{L}\\p{N}])|г(?![\\p{L}\\p{N}])\\.?)';

/**
 * The word of the year, optional, after the year of a date. It belongs to the date: a masthead cell or closing
 * line "17 января 2023 года" or "17 января 2023 г." holds a date and nothing else.
 */
const RU_OF_YEAR = `(?:\\s+${RU_YEAR_WORD})?`;

/** The words of the adoption line before its date (regex source): "Резолюция, принятая Генеральной Ассамблеей". */
const RU_ADOPTION_HEAD = 'Резолюция, принятая Генеральной Ассамблеей';

/** A date as printed (regex source, no groups, `iu` flags): the closing line, the adoption line and run-on closings. */
const RU_DATE_TEXT = `\\d{1,2}\\s+${RU_MONTH}\\s+\\d{4}${RU_OF_YEAR}`;

const RU_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${RU_MONTH})\\s+(\\d{4})${RU_OF_YEAR}(?!\\p{N})`, 'iu');

/** The closing meeting line's words after the number (regex source): "45-е пленарное заседание", any dash. */
const RU_PLENARY = '\\s?[-‑–]\\s?е\\s+пленарное\\s+заседание';

/**
 * Russian dates: "3 декабря 2012 года", "17 января 2023 г.", "3 декабря 2012" (read without the conventions:
 * {@link DateForms}). In "от 17 января 2023 г." ("dated …") the preposition is the sentence's, not the date's.
 */
export const russianDates: DateForms = {
	date: RU_DATE,
	toIsoDate(text: string): string | null {
		const m = RU_DATE.exec(text);
		if (!m) return null;
		return formatIsoDate(Number(m[3]), RU_MONTHS_GENITIVE.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
	}
};

const SYMBOL = '[A-Z][A-Z0-9./-]*\\/\\d[\\w./-]*';

/** Russian drafting conventions. */
export const russianDrafting = once((): DraftingConventions => ({
	language: 'ru',
	preambleOpeners: withFollowers(RU_PREAMBLE_BASE, RU_FOLLOWERS),
	operativeVerbs: withFollowers(withRepeats(RU_OPERATIVE_BASE, RU_VERB_ADVERBS), RU_FOLLOWERS),
	wordBoundary: true,
	paragraphEnders: ',;',
	assemblyHeading:
		/^(?:Генеральная Ассамблея|Совет Безопасности|Экономический и Социальный Совет|Совет по правам человека),$/,
	runOnHeading: /Генеральная\s+Ассамблея\s*,/,
	closingDate: new RegExp(`^${RU_DATE_TEXT}$`, 'iu'),
	closingMeeting: new RegExp(`^(\\d{1,4})${RU_PLENARY}(?:\\s*\\(продолжение\\))?,?$`, 'iu'),
	runOnClosing: new RegExp(`[.;]\\s*(\\d{1,4}${RU_PLENARY}),?\\s*(${RU_DATE_TEXT})\\s*$`, 'iu'),
	session: new RegExp(
		`^(${russianOrdinalWords()}|${RU_ORDINAL_FIGURES}) (?:специальная |чрезвычайная специальная )?сессия$`,
		'iu'
	),
	agendaItem: /^Пункты? (.{1,40}?) (?:предварительной )?повестки дня$/i,
	adoptionLine: new RegExp(`^(?:${RU_ADOPTION_HEAD} )?(\\d{1,2}\\s+${RU_MONTH}\\s+\\d{4}\\s+${RU_YEAR_WORD})$`, 'iu'),
	adoptionHead: new RegExp(`^${RU_ADOPTION_HEAD}$`),
	committeeLine: new RegExp(`^\\[\\s*по докладу .{1,120}? \\(\\s*(${SYMBOL})[^)\\]]*\\)\\s*\\]$`, 'i'),
	originalLanguageLine: /^\[\s*(?:Подлинный текст|Язык оригинала)\s*:/i,
	draftLine: /^(?:(\S.{0,400}?)\s*:\s*)?проект резолюции$/i,
	committeeName:
		/^((?:Первый|Второй|Третий|Четвертый|Четвёртый|Пятый|Шестой) комитет|Комитет по специальным политическим вопросам и вопросам деколонизации(?: \(Четвертый комитет\))?)$/i,
	sponsorSeparators: { list: /\s*,\s*/, last: ' и ' },
	// prettier-ignore
	sponsorNamesWithConjunction: [
		'Тринидад и Тобаго', 'Босния и Герцеговина', 'Сент-Винсент и Гренадины', 'Антигуа и Барбуда',
		'Сан-Томе и Принсипи', 'Сент-Китс и Невис', 'Соединенное Королевство Великобритании и Северной Ирландии',
		'Острова Херд и Макдональд'
	],
	...russianDates,
	toSessionNumber: parseRussianOrdinal
}));
