/**
 * What every UN document carries besides its text, in one place: document symbols, the job number and
 * date stamp of the page foot, the barcode, page numbers, and the fixed lines of the masthead. They are
 * printed the same way in all six language versions (the symbol, job number and masthead in Latin
 * script), so one definition serves the PDF reader (io/pdf.ts), the text structurer (structure.ts), the
 * drafting conventions (drafting.ts) and the routine detector (diff/routine.ts).
 *
 * Sources: the UN Editorial Manual (document symbols: "A/RES/76/40", "A/C.1/77/L.31/Rev.1",
 * "A/ES-10/L.22", "S/RES/2532 (2020)"); the printed foot of every official document: the job number
 * (two digits of the year, a hyphen, five digits: "18-17962"), the language of the version in
 * parentheses ("(E)", "(C)", "(F)", "(S)", "(R)", "(A)"), on the first page a date stamp of six digits
 * DDMMYY ("021118" for 2 November 2018, sometimes two: issued and reissued), and the job number's
 * barcode ("*1817962*"); page numbers "2/10".
 */

/** The organ part of a symbol, and each later part (regex sources). */
const SYMBOL_HEAD = '[A-Z][A-Z0-9]*(?:[.\\-][A-Z0-9]+)*';
const SYMBOL_PART = '\\/[A-Za-z0-9]+(?:[.\\-][A-Za-z0-9]+)*';

/**
 * A document symbol inside running text (a regex source, no anchors and no flags): an organ ("A", "S",
 * "E", "ST", "FCCC" …) then slash-separated parts, one of them with a digit: "A/RES/76/40",
 * "A/C.1/76/L.5/Rev.1", "E/CN.6/2021/1", "FCCC/CP/2015/10/Add.1", "A/S-27/2", "UNEP/EA.5/Res.14". Other
 * organisations' symbols that resolutions cite put a session in parentheses in the organ or a part: the
 * IAEA General Conference's "GC(69)/RES/15", a conference of parties' "ICCD/COP(15)/21/Add.1".
 */
export const SYMBOL_SOURCE = (() => {
	const session = '(?:\\(\\d{1,4}\\))?';
	const head = `[A-Z][A-Z0-9]*${session}(?:[.\\-][A-Z0-9]+)*`;
	const part = `\\/[A-Za-z0-9]+${session}(?:[.\\-][A-Za-z0-9]+)*`;
	return `(?<![A-Za-z0-9/])${head}(?:${part})+`;
})();

/**
 * A resolution or decision of the Economic and Social Council, numbered by year (a regex source):
 * "resolution 1980/67", "decision 2023/231". Not a General Assembly resolution ({@link RESOLUTION_NUMBER_SOURCE}).
 */
export const YEAR_NUMBER_SOURCE = '(?<![A-Za-z0-9/.])(?:19[4-9]\\d|20\\d\\d)\\/\\d{1,3}(?![\\d/])';

/** A resolution number as cited without its symbol's organ part (a regex source): "66/32", "S-10/2". */
export const RESOLUTION_NUMBER_SOURCE = '(?<![A-Za-z0-9/])(?:ES-\\d{1,2}\\/|S-\\d{1,2}\\/|\\d{1,3}\\/)\\d{1,4}';

/**
 * A document symbol alone on a line: page furniture or a masthead cell. A Security Council symbol may carry
 * its year ("S/RES/2532 (2020)"), and a reissued document a star ("A/76/444*"). At least one part has a digit,
 * so "AND/OR" is not one;
 * and two parts at least, so "A/67" is not one either.
 */
export const SYMBOL_LINE = new RegExp(`^(?=\\S*\\d)${SYMBOL_HEAD}(?:${SYMBOL_PART}){2,}(?:\\s*\\(\\d{4}\\))?\\*?$`);

/** The session of the General Assembly a symbol belongs to: A/RES/76/40 → 76, A/C.1/77/L.31 → 77. */
export function sessionOfSymbol(symbol: string): number | null {
	const match = /^A\/(?:RES\/|C\.\d\/|ES-\d+\/|S-\d+\/)?(\d{1,3})\//.exec(symbol);
	return match ? Number(match[1]) : null;
}

/** A job number (a regex source): "18-17962", and Geneva's "GE.21-01234". Two digits of the year, five more. */
export const JOB_NUMBER_SOURCE = '(?:GE\\.)?\\d{2}-\\d{5}';

/**
 * A page-foot line with the job number, as printed: "18-17962 (E) 021118", "12-41312 (C)", "21-17845",
 * "12-41312 (C)6" (a page number run on by the extractor), "18-17962 2/10". Group 1 is the job number,
 * group 2 the language letter, groups 3 and 4 the date stamps; use {@link isJobNumberLine}, which also
 * checks that the stamps are dates.
 */
export const JOB_NUMBER_LINE = new RegExp(
	`^(${JOB_NUMBER_SOURCE})(?:\\s*\\(([A-Z])\\))?(?:\\s+(\\d{6}))?(?:\\s+(\\d{6}))?(?:\\s*\\d{1,4}(?:\\s*\\/\\s*\\d{1,4})?)?$`
);

/** Whether six digits are a date stamp DDMMYY of a calendar date: "021118" yes, "310218" (31 February) no. */
export function isDateStamp(digits: string): boolean {
	if (!/^\d{6}$/.test(digits)) return false;
	const day = Number(digits.slice(0, 2));
	const month = Number(digits.slice(2, 4));
	const year = 2000 + Number(digits.slice(4, 6));
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a trimmed line is a page-foot job number line ({@link JOB_NUMBER_LINE}) with valid date stamps. */
export function isJobNumberLine(line: string): boolean {
	const m = JOB_NUMBER_LINE.exec(line);
	return m !== null && (m[3] === undefined || isDateStamp(m[3])) && (m[4] === undefined || isDateStamp(m[4]));
}

/** The barcode of a job number, its digits between stars: "*1817962*" (and Geneva's longer ones). */
export const BARCODE_LINE = /^\*\d{7,9}\*$/;

/** A page number as printed in a running header or footer: "2/10", "2 / 10", "- 3 -". */
export const PAGE_NUMBER_LINE = /^(?:(\d{1,3})\s*\/\s*(\d{1,3})|-\s*\d{1,3}\s*-)$/;

/** Whether a trimmed line is a {@link PAGE_NUMBER_LINE} whose page is within its count ("76/40" is not). */
export function isPageNumberLine(line: string): boolean {
	const m = PAGE_NUMBER_LINE.exec(line);
	return m !== null && (m[1] === undefined || (Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2])));
}

/**
 * A page number alone, as a PDF prints it in the band of a running header or footer: "12", "2/3", "- 4 -".
 * Only for lines known to stand in that band: in running text a bare number is text.
 */
export const PAGE_NUMBER_IN_BAND = /^(?:-\s*)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*-)?$/;

/** The recycling note at the foot of a first page, in the languages seen. */
export const RECYCLE_LINE =
	/^(?:请回收|Please\s+recycle|Merci\s+de\s+recycler|Se\s+ruega\s+reciclar|Sírvase\s+reciclar|Просьба\s+отправить\s+на\s+вторичную\s+переработку)$/i;

/** The organ named in a masthead cell: "联合国", "United Nations", "大会", "General Assembly", … */
export const ORGAN_LINE =
	/^(?:联\s*合\s*国|United\s+Nations|Nations\s+Unies|Naciones\s+Unidas|Организация\s+Объединенных\s+Наций|الأمم\s+المتحدة|大\s*会|General\s+Assembly|Assemblée\s+générale|Asamblea\s+General|Генеральная\s+Ассамблея|الجمعية\s+العامة|安\s*全\s*理\s*事\s*会|Security\s+Council|Conseil\s+de\s+sécurité|Consejo\s+de\s+Seguridad|经\s*济\s*及\s*社\s*会\s*理\s*事\s*会|Economic\s+and\s+Social\s+Council)$/i;

/**
 * The language line of a masthead, the language of the version (a regex source, no anchors, for the `i` flag):
 * in English as most versions print it ("Chinese", "Russian", "Arabic"), in French and Spanish in their own words
 * ("Français", "Español", over "Original : anglais", "Original: inglés"), and in Chinese as a Chinese copy may
 * print it ("中文", over "原文：英文").
 */
export const LANGUAGE_NAME_SOURCE =
	'(?:Chinese|English|French|Spanish|Russian|Arabic|Français|Español|中文|英文|法文|西班牙文|俄文|阿拉伯文)';

/**
 * A masthead cell of distribution and language: "Distr.: General", "Original: English", "Original : anglais",
 * "Chinese", "Français" ({@link LANGUAGE_NAME_SOURCE}): the word, then no letter, digit or Chinese character.
 */
export const DISTRIBUTION_LINE = new RegExp(
	`^(?:(?:Distr\\.?|Original)\\b|${LANGUAGE_NAME_SOURCE}(?![\\wÀ-ɏ\\u3400-\\u9fff]))`,
	'i'
);

/**
 * Longest line that can be page furniture alone or glued: "2/9 23-21227A/C.3/78/L.41" (25), "18-17962 (E)
 * 021118 071118" (28), a symbol with its year "S/RES/2532 (2020)". Longer lines are text.
 */
export const FURNITURE_LINE_MAX = 48;

/** One item of page furniture at the start of a string (sticky regexes, tried in turn by {@link readFurniture}). */
const FURNITURE_SYMBOL = new RegExp(`${SYMBOL_HEAD}(?:${SYMBOL_PART}){2,}(?:\\s*\\(\\d{4}\\))?\\*?`, 'y');
const FURNITURE_JOB = new RegExp(`${JOB_NUMBER_SOURCE}(?:\\s*\\([A-Z]\\))?`, 'y');
const FURNITURE_STAMP = /\d{6}(?!\d)/y;
const FURNITURE_BARCODE = /\*\d{7,9}\*/y;
const FURNITURE_PAGE = /(\d{1,3})\s*\/\s*/y;
const SPACES_AT = /\s*/y;

/** What {@link readFurniture} found on a line. */
export interface FurnitureReading {
	/** The document symbol printed in the header, if any. */
	symbol: string | null;
	/** Whether the line holds a job number, barcode or date stamp (the foot of a page) or only a symbol or page number. */
	foot: boolean;
}

/**
 * Read a trimmed line made only of page furniture, as printed or as an extractor glues it: a symbol, a job
 * number with its language letter and date stamps, the barcode, a page number "2/10", in any order and with or
 * without spaces between ("18-179622/5" is job number 18-17962 and page 2/5; "2/9 23-21227A/C.3/78/L.41" page,
 * job number and symbol). Null when anything else stands on the line. `pageNumbers` allows a line that is only
 * a page number or a date stamp (in running text "1/2" alone may be a fraction).
 */
export function readFurniture(line: string, pageNumbers: boolean): FurnitureReading | null {
	if (line.length === 0 || line.length > FURNITURE_LINE_MAX) return null;
	const found: FurnitureReading = { symbol: null, foot: false };
	let weak = 0;
	let strong = 0;
	// Depth-first: a page number's count may be one, two or three digits ("3/1018-16895" is 3/10 and 18-16895).
	const walk = (at: number): boolean => {
		SPACES_AT.lastIndex = at;
		SPACES_AT.exec(line);
		at = SPACES_AT.lastIndex;
		if (at >= line.length) return true;
		for (const re of [FURNITURE_BARCODE, FURNITURE_JOB, FURNITURE_SYMBOL]) {
			re.lastIndex = at;
			const m = re.exec(line);
			if (m && (re !== FURNITURE_SYMBOL || /\d/.test(m[0])) && walk(re.lastIndex)) {
				strong++;
				if (re === FURNITURE_SYMBOL) found.symbol ??= m[0];
				else found.foot = true;
				return true;
			}
		}
		FURNITURE_STAMP.lastIndex = at;
		const stamp = FURNITURE_STAMP.exec(line);
		if (stamp && isDateStamp(stamp[0]) && walk(FURNITURE_STAMP.lastIndex)) {
			weak++;
			found.foot = true;
			return true;
		}
		FURNITURE_PAGE.lastIndex = at;
		const page = FURNITURE_PAGE.exec(line);
		if (page) {
			const from = FURNITURE_PAGE.lastIndex;
			for (let len = 3; len >= 1; len--) {
				const count = line.slice(from, from + len);
				if (!/^\d+$/.test(count) || count.length !== len) continue;
				const p = Number(page[1]);
				if (p >= 1 && p <= Number(count) && walk(from + len)) {
					weak++;
					return true;
				}
			}
		}
		return false;
	};
	if (!walk(0)) return null;
	if (strong === 0 && !(pageNumbers && weak === 1)) return null;
	return found;
}

/** Whether a trimmed line is page furniture ({@link readFurniture}); `pageNumbers` as there. */
export function isFurnitureLine(line: string, pageNumbers: boolean): boolean {
	if (line.length > FURNITURE_LINE_MAX) return false;
	if (SYMBOL_LINE.test(line) || isJobNumberLine(line) || BARCODE_LINE.test(line)) return true;
	return readFurniture(line, pageNumbers) !== null || (pageNumbers && isPageNumberLine(line));
}
