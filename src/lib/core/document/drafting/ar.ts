/**
 * Arabic drafting conventions: the Arabic versions of General Assembly resolutions.
 *
 * Sources. The structure of the official Arabic texts (ODS, A/RES/… -A, and the Assembly's Arabic pages
 * such as un.org/arabic/ga/52/res/res52031.htm): the letterhead "الدورة السادسة والسبعون", "البند 100
 * من جدول الأعمال", "قرار اتخذته الجمعية العامة في 6 كانون الأول/ديسمبر 2021", "[بناء على تقرير اللجنة
 * الأولى (A/76/444، الفقرة 93)]"; the title "76/40 - تعزيز …" (number, dash, title); the subject "إن
 * الجمعية العامة،"; preambular paragraphs opened by "إذ" and a verb in the present tense, later ones by
 * "وإذ" ("إذ تشير إلى", "وإذ تؤكد من جديد"), or by a verbal noun ("واقتناعا منها", "وقد نظرت في");
 * operative paragraphs numbered "1 -" and opened by a verb ("تؤكد من جديد", "تطلب إلى الأمين العام");
 * subparagraphs "(أ)", "(ب)"; the closing lines "الجلسة العامة 48" and "3 كانون الأول/ديسمبر 2012".
 * Figures are European digits; months carry both their Levantine and their Western names
 * ("كانون الأول/ديسمبر"); sessions are feminine ordinals in words ("الدورة الثامنة والستين"); a repeated
 * opener takes "أيضا" or "كذلك" after its verb ("وإذ تشير أيضا إلى") — as the Arabic Translation
 * Service's editorial guidance (Department for General Assembly and Conference Management) and UNTERM
 * set them.
 */
import { formatIsoDate, withFollowers, type DateForms, type DraftingConventions } from './conventions';
import { alternationOf } from '../../text/alternation';
import { once } from '../../once';

/** Words that follow a repeated verb: "وإذ تشير أيضا", "تطلب كذلك", "تدعو مجددا". */
const AR_FOLLOWERS = ['أيضا', 'أيضاً', 'كذلك', 'مجددا', 'مجدداً', 'من جديد'];

/** The verbs of preambular paragraphs, after "إذ" / "وإذ" (feminine: the Assembly is the subject). */
// prettier-ignore
const AR_PREAMBLE_VERBS = [
	'تشير', 'تشير إلى', 'تؤكد', 'تؤكد من جديد', 'تعيد تأكيد', 'تلاحظ', 'تلاحظ مع القلق', 'تلاحظ مع التقدير',
	'تلاحظ مع الارتياح', 'تحيط علما', 'تحيط علماً', 'تسلم', 'تدرك', 'تعترف', 'ترحب', 'تشدد', 'تضع في اعتبارها',
	'تضع في الاعتبار', 'تأخذ في الاعتبار', 'تعرب عن', 'تكرر', 'تكرر تأكيد', 'تعي', 'تقر', 'تدين', 'تأسف',
	'تنوه', 'ترى', 'تعتبر', 'تثني', 'تحدوها', 'تستذكر', 'تسترشد', 'تشعر', 'تقدر', 'تشجب', 'تؤمن', 'تذكر',
	'تستذكر', 'تضع نصب عينيها', 'يساورها القلق', 'يساورها بالغ القلق', 'يساورها قلق بالغ', 'يقلقها', 'يثير جزعها',
	'يحدوها', 'تعرب عن قلقها', 'تعرب عن بالغ قلقها'
];

/** Preambular openers that are verbal nouns or perfect clauses, with or without "و". */
// prettier-ignore
const AR_PREAMBLE_NOUNS = [
	'اقتناعا منها', 'اقتناعاً منها', 'وقد نظرت في', 'وقد نظرت', 'وقد درست', 'وقد استعرضت', 'تصميما منها',
	'تصميماً منها', 'رغبة منها', 'رغبةً منها', 'إدراكا منها', 'إدراكاً منها', 'إيمانا منها', 'إيماناً منها',
	'اعترافا منها', 'اعترافاً منها', 'اقتناعا', 'واقتناعا منها', 'واقتناعاً منها', 'وتصميما منها',
	'وتصميماً منها', 'ورغبة منها', 'وإدراكا منها', 'وإدراكاً منها', 'وإيمانا منها', 'واعترافا منها'
];

/** Arabic operative verbs, third person feminine singular present. */
// prettier-ignore
const AR_OPERATIVE_BASE = [
	'تؤكد من جديد', 'تعيد تأكيد', 'تؤكد', 'تطلب', 'تطلب إلى', 'تهيب', 'تحث', 'تحث بقوة', 'تدعو', 'تقرر',
	'ترحب', 'تحيط علما', 'تحيط علماً', 'تلاحظ', 'تشجع', 'تشدد', 'تسلم', 'تعرب عن', 'تدين', 'تدين بشدة', 'تشجب',
	'توصي', 'تعتمد', 'تؤيد', 'تقر', 'تكرر', 'تكرر تأكيد', 'تناشد', 'تطالب', 'تعلن', 'تأذن', 'تكلف', 'تشكر',
	'تثني', 'تعترف', 'تعرب عن تقديرها', 'تعرب عن قلقها', 'تتطلع', 'تعتبر', 'ترى', 'توافق', 'تجدد', 'تؤيد بقوة',
	'تأسف', 'تستنكر', 'تهيب أيضا', 'تلاحظ مع التقدير', 'تلاحظ مع القلق', 'تنوه', 'تقرر أيضا'
];

/** The preambular openers as printed: "إذ تشير", "وإذ تشير", "وإذ تشير أيضا", and the verbal nouns. */
function preambleOpeners(): string[] {
	const verbs = withFollowers(AR_PREAMBLE_VERBS, AR_FOLLOWERS);
	return [...new Set([...verbs.flatMap((v) => [`إذ ${v}`, `وإذ ${v}`]), ...AR_PREAMBLE_NOUNS])];
}

// ---- Number grammar: Arabic feminine ordinals, as sessions (الدورة) are written ----

/** Feminine ordinals 1–10; "الحادية" stands for one in compounds (11, 21, …). */
// prettier-ignore
const AR_UNITS = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
/** Tens as ordinals, nominative and genitive-accusative: "السبعون" / "السبعين". */
// prettier-ignore
const AR_TENS: [string, string][] = [
	['', ''], ['', ''], ['العشرون', 'العشرين'], ['الثلاثون', 'الثلاثين'], ['الأربعون', 'الأربعين'],
	['الخمسون', 'الخمسين'], ['الستون', 'الستين'], ['السبعون', 'السبعين'], ['الثمانون', 'الثمانين'],
	['التسعون', 'التسعين']
];

/** The unit of a compound ordinal: "الحادية" for one, else the plain unit. */
function compoundUnit(unit: number): string {
	return unit === 1 ? 'الحادية' : AR_UNITS[unit];
}

/** The feminine Arabic ordinal of 1–99, both cases: "الثامنة والستون" / "الثامنة والستين". */
function arabicOrdinalsBelow100(n: number): string[] {
	if (n <= 10) return [AR_UNITS[n]];
	if (n < 20) return [`${compoundUnit(n - 10)} عشرة`, `${compoundUnit(n - 10)} عشر`];
	const unit = n % 10;
	const tens = AR_TENS[Math.floor(n / 10)];
	if (unit === 0) return [...tens];
	return tens.map((t) => `${compoundUnit(unit)} و${t}`);
}

/**
 * The feminine Arabic ordinal of 1–199 in words, both cases and both spellings of the hamza:
 * "الثامنة والستين", "الأربعين" / "الاربعين", "الحادية بعد المائة".
 */
export function spellArabicOrdinals(n: number): string[] {
	let forms: string[];
	if (n < 100) forms = arabicOrdinalsBelow100(n);
	else if (n === 100) forms = ['المائة', 'المئة'];
	else forms = arabicOrdinalsBelow100(n - 100).flatMap((rest) => [`${rest} بعد المائة`, `${rest} بعد المئة`]);
	return [...new Set(forms.flatMap((f) => [f, f.replace(/أ/g, 'ا')]))];
}

/** Every Arabic feminine ordinal 1–199 in words, to its number. */
const ordinalValues = once(
	(): ReadonlyMap<string, number> =>
		new Map(
			Array.from({ length: 199 }, (_, i) => i + 1).flatMap((n) => spellArabicOrdinals(n).map((w) => [w, n] as const))
		)
);

/** An Arabic feminine ordinal in words, 1–199 (regex source). */
export const arabicOrdinalWords = once(() => alternationOf(ordinalValues().keys()));

/** Arabic figures: European digits (the UN's) and the Arabic-Indic and Persian ones, as copied text may carry. */
export const AR_DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';

/** A number in any of the digits of {@link AR_DIGIT} → its value. */
export function readArabicDigits(text: string): number {
	let out = '';
	for (const ch of text) {
		const c = ch.charCodeAt(0);
		if (c >= 0x660 && c <= 0x669) out += String(c - 0x660);
		else if (c >= 0x6f0 && c <= 0x6f9) out += String(c - 0x6f0);
		else out += ch;
	}
	return Number(out);
}

/** An Arabic ordinal ("السادسة والسبعون") → its number, or null. */
export function parseArabicOrdinal(text: string): number | null {
	const t = text.trim().replace(/\s+/g, ' ');
	if (new RegExp(`^${AR_DIGIT}{1,4}$`).test(t)) return readArabicDigits(t);
	return ordinalValues().get(t) ?? null;
}

/**
 * The months as the UN's Arabic texts print them: the Levantine name, a slash, the Western name
 * ("كانون الأول/ديسمبر"), with the spellings each takes ("يونيه"/"يونيو", "أبريل"/"ابريل").
 */
// prettier-ignore
export const AR_MONTHS: readonly [levantine: string, western: string][] = [
	['كانون الثاني', 'يناير'], ['شباط', 'فبراير'], ['آذار', 'مارس'], ['نيسان', 'أبريل|ابريل|إبريل'],
	['أيار', 'مايو'], ['حزيران', 'يونيه|يونيو'], ['تموز', 'يوليه|يوليو'], ['آب', 'أغسطس|اغسطس'],
	['أيلول', 'سبتمبر'], ['تشرين الأول', 'أكتوبر|اكتوبر'], ['تشرين الثاني', 'نوفمبر'], ['كانون الأول', 'ديسمبر']
];
/** One month, either "كانون الأول/ديسمبر" (any spacing round the slash) or the Western name alone. */
export const AR_MONTH = `(?:${AR_MONTHS.map(([l, w]) => `${l}\\s*/\\s*(?:${w})|${w}`).join('|')})`;

const AR_DATE = new RegExp(
	`(?<!${AR_DIGIT})(${AR_DIGIT}{1,2})\\s+(${AR_MONTH})\\s+(${AR_DIGIT}{4})(?!${AR_DIGIT})`,
	'u'
);

/** The words of the adoption line before its date (regex source): "قرار اتخذته الجمعية العامة". */
const AR_ADOPTION_HEAD = 'قرار اتخذته الجمعية العامة';

/** A date as printed (regex source, no groups): the closing line, the adoption line and run-on closings. */
const AR_DATE_TEXT = `${AR_DIGIT}{1,2}\\s+${AR_MONTH}\\s+${AR_DIGIT}{4}`;

/** The closing meeting line's words before the number (regex source): "الجلسة العامة 45". */
const AR_PLENARY = 'الجلسة\\s+العامة\\s+';

/** The month number of a month as printed, 1–12, or 0. */
function monthOf(text: string): number {
	const western = text.includes('/') ? text.slice(text.indexOf('/') + 1).trim() : text.trim();
	return AR_MONTHS.findIndex(([, w]) => w.split('|').includes(western)) + 1;
}

/** Arabic dates: "3 كانون الأول/ديسمبر 2012", in any of the {@link AR_DIGIT} digits (read without the conventions: {@link DateForms}). */
export const arabicDates: DateForms = {
	date: AR_DATE,
	toIsoDate(text: string): string | null {
		const m = AR_DATE.exec(text);
		if (!m) return null;
		return formatIsoDate(readArabicDigits(m[3]), monthOf(m[2]), readArabicDigits(m[1]));
	}
};

const SYMBOL = '[A-Z][A-Z0-9./-]*\\/\\d[\\w./-]*';

/** Arabic drafting conventions. */
export const arabicDrafting = once((): DraftingConventions => ({
	language: 'ar',
	preambleOpeners: preambleOpeners(),
	operativeVerbs: withFollowers(AR_OPERATIVE_BASE, AR_FOLLOWERS),
	wordBoundary: true,
	paragraphEnders: '،؛,;',
	assemblyHeading: /^(?:إن )?(?:الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|مجلس حقوق الإنسان)\s?[،,]$/,
	runOnHeading: /(?:إن\s+)?الجمعية\s+العامة\s*[،,]/,
	closingDate: new RegExp(`^${AR_DATE_TEXT}$`, 'u'),
	closingMeeting: new RegExp(`^${AR_PLENARY}(${AR_DIGIT}{1,4})(?:\\s*\\(تابع\\))?$`, 'u'),
	runOnClosing: new RegExp(`[.؛;]\\s*(${AR_PLENARY}${AR_DIGIT}{1,4})\\s*(${AR_DATE_TEXT})\\s*$`, 'u'),
	session: new RegExp(
		`^الدورة (?:(?:الاستثنائية|الطارئة|الاستثنائية الطارئة) )?(${arabicOrdinalWords()}|${AR_DIGIT}{1,3})$`,
		'u'
	),
	agendaItem: /^البند(?:ان)? (.{1,40}?) من جدول الأعمال(?: المؤقت)?$/u,
	adoptionLine: new RegExp(`^(?:${AR_ADOPTION_HEAD} )?في (${AR_DATE_TEXT})$`, 'u'),
	adoptionHead: new RegExp(`^${AR_ADOPTION_HEAD}$`, 'u'),
	committeeLine: new RegExp(`^\\[\\s*بناء[ًٌ]? على تقرير .{1,120}? \\(\\s*(${SYMBOL})[^)\\]]*\\)\\s*\\]$`, 'u'),
	originalLanguageLine: /^\[\s*الأصل\s*:/u,
	draftLine: /^(?:(\S.{0,400}?)\s*:\s*)?مشروع قرار$/u,
	committeeName:
		/^(اللجنة (?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)|لجنة المسائل السياسية الخاصة وإنهاء الاستعمار(?: \(اللجنة الرابعة\))?)$/u,
	// "و" is joined to each name after the first, with or without commas between the names: "ألبانيا وأستراليا
	// وكندا", "ألبانيا، وأستراليا، وكندا".
	sponsorSeparators: { list: /\s*[،,]\s*/, last: ' و', joined: true },
	// Every Member State whose UN Arabic name has a word that opens with "و" (the UN's list of Member States in
	// Arabic), one common spelling of one of them ("ساو تومي"), and a territory: a list splits at every other
	// such word.
	// prettier-ignore
	sponsorNamesWithConjunction: [
		'ترينيداد وتوباغو', 'البوسنة والهرسك', 'سانت فنسنت وجزر غرينادين', 'أنتيغوا وبربودا', 'سان تومي وبرينسيبي',
		'ساو تومي وبرينسيبي', 'سانت كيتس ونيفس', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية',
		'جزيرة هيرد وجزر ماكدونالد'
	],
	...arabicDates,
	toSessionNumber: parseArabicOrdinal
}));
