/**
 * The line patterns of UN documents every language shares: paragraph numbers, subparagraph letters, list
 * items, section headings, resolution numbers before a title, draft symbols, footnote rules, and the
 * punctuation that ends a paragraph.
 */
import { isSpaceUnit } from '../../text/cjk';
import { isSuperscriptDigit } from '../../text/superscript';

/**
 * A resolution number as printed before the title: "76/40", "56/24 T", "S-10/2", "ES-10/19", followed by a
 * full stop, or in the Arabic version by a dash ("76/40 - تعزيز …"). Group 1 is the number; the full symbol
 * is "A/RES/" + group 1.
 */
export const RESOLUTION_NUMBER =
	/^((?:ES-|S-)?\d{1,3}\/\d{1,4}(?: ?[A-Z]{1,2})?)(?:\.\s*|\s*[-–]\s*(?=[\u0600-\u06FF]))(\S.*)$/;

/**
 * The symbol of a draft resolution: "A/C.1/77/L.31", "A/C.1/77/L.31/Rev.1" (a committee draft), "A/77/L.15"
 * (a plenary draft). Group 1 is the committee number, absent for a plenary draft; group 2 the session.
 */
export const DRAFT_SYMBOL = /\bA\/(?:C\.(\d)\/)?(\d{1,3})\/L\.\d{1,4}(?:\/(?:Rev|Add|Corr)\.\d{1,2})*(?![\w/])/;

/**
 * A numbered paragraph: "4. ", "4．", "4.重申", the Markdown escape "4\\. ", the number alone on its line
 * ("4.", its text on the next line, as pdftotext prints it), and the Arabic versions' "4 - " (number, dash,
 * then Arabic text). Group 1 is the number, group 2 the rest of the line.
 */
export const NUMBERED_PARAGRAPH =
	/^(\d{1,4})(?:\\?[.．](?:[ \t]+|(?=[*_\u3400-\u9fff“"《（(])|$)|[ \t]*[-–][ \t]*(?=[*_«“"(\u0600-\u06FF]))(.*)$/;

/**
 * A lettered or roman subparagraph: "(a) ", "（b）", "(iv) "; the Arabic versions' "(أ) ", "(هـ) "; and
 * the French, Spanish and Russian versions' "a) ", "iv) " (a Russian text may print Cyrillic letters); also the
 * letter alone on its line, its text on the next line, as pdftotext prints a letter set apart at the margin
 * ("a)" / "¿Cuáles son …", A/RES/77/247). Group 1 is the letter(s) printed in parentheses, group 2 those printed
 * with a closing one only; group 3 the rest of the line, absent for a letter alone.
 */
export const SUBPARAGRAPH =
	/^(?:[(（]([a-z]{1,2}|[ivxlc]{1,6}|[\u0621-\u064A]ـ?)[)）]|([a-z]|[ivxlc]{1,6}|[а-я])\))(?:[ \t]*(\S.*))?$/;

/** A dash item of a list: "– text" (en dash, em dash or hyphen followed by a space). */
export const DASH_ITEM = /^([–—-])[ \t]+(\S.*)$/;

/** A bullet item: the bullet glyphs of Word and PDF text. */
export const BULLET_ITEM = /^([•●▪◦‣∙○■□◆❖➢►✓])[ \t]*(\S.*)$/;

/**
 * The letter of one of several resolutions a page holds under one title, before its own heading: "A. ", "B．",
 * or without its full stop before a Chinese heading ("B 裁军周"). Group 1 is the letter.
 */
export const PART_LETTER = /^([A-H])(?:[.．][ \t]*(?=\S)|\s+(?=\p{Script=Han}))/u;
/**
 * The same inside the title's span: "…执行情况 A. 裁军谈判会议的报告" (after a space or a Chinese character), or the
 * letter without its full stop that a web page centres on a line of its own and copying runs into the title line,
 * spaced between Chinese words ("51/45. 全面彻底裁军 A 不扩散核武器条约…"). Without its full stop only "A": the
 * letter under a page's common title is the first resolution's, and a title may hold another capital spaced
 * between Chinese words ("…与 B 类…").
 */
export const PART_LETTER_IN_TITLE =
	/(?:\s|(?<=\p{Script=Han}))([A-H])(?:[.．][ \t]*(?=\S)|(?<=\p{Script=Han}\s+A)\s+(?=\p{Script=Han}))/u;
/**
 * Longest heading over a group of paragraphs, in UTF-16 units, without its section number: "Implementation of
 * the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034" (under "II." in
 * A/RES/80/3's annex) is 106, "Department of Political and Peacebuilding Affairs/Peacebuilding Support Office"
 * 78. A paragraph is longer, or ends as a sentence does.
 */
export const SECTION_HEADING_MAX = 120;

/**
 * A section heading of a report or an annexed declaration: "一. 导言", "二、答复", "I. Introduction", "A. Replies",
 * "II. Implementation of the Awaza Programme of Action …". Group 1 is the section number, group 2 the heading.
 */
export const SECTION_HEADING = new RegExp(
	`^([一二三四五六七八九十]{1,3}|[IVXL]{1,6}|[A-H])[.．、][ \\t]*(\\S.{0,${SECTION_HEADING_MAX - 1}})$`
);

/** The word that opens the heading of an annex, in each language (a regex source, anchored). */
const ANNEX_WORD_SOURCE = '^(?:Annexe?|Anexo|Приложение|المرفق|附件)';

/**
 * The heading of an annex, in each language: "Annex", "Annex II", "Annexe", "Anexo", "Приложение", "المرفق",
 * "附件"; an extractor may run the annexed text's own heading onto it ("Annex 2025 Political Declaration …").
 */
export const ANNEX_LINE = new RegExp(`${ANNEX_WORD_SOURCE}(?:\\s+[IVXL\\d]{1,5})?(?:\\s+\\p{Lu}|\\s+\\d{4}\\s|$)`, 'u');
/**
 * The word alone, asked first: a line without it is told without compiling {@link ANNEX_LINE}'s Unicode class,
 * costly for text beyond Latin-1.
 */
const ANNEX_WORD = new RegExp(ANNEX_WORD_SOURCE);

/** Longest line that can be an annex heading with the annexed text's heading run onto it. */
const ANNEX_HEADING_MAX = 300;

/** Whether a line is the heading of an annex ({@link ANNEX_LINE}): short, not a sentence. */
export function isAnnexHeading(line: string): boolean {
	return line.length <= ANNEX_HEADING_MAX && ANNEX_WORD.test(line) && ANNEX_LINE.test(line) && !/[.;]$/.test(line);
}

/** A footnote rule: a line of underscores (PDF text) or dashes. */
export const FOOTNOTE_RULE = /^(?:_{5,}|-{5,}|—{3,}|\*{3,}|-{3})$/;

/** Whether a trimmed line is a {@link FOOTNOTE_RULE}; its first character decides for almost every line. */
export function isFootnoteRule(trimmed: string): boolean {
	const c = trimmed.charCodeAt(0);
	return (c === 0x5f || c === 0x2d || c === 0x2014 || c === 0x2a) && FOOTNOTE_RULE.test(trimmed);
}

/** Whether a line ends a sentence or clause: the punctuation that closes a paragraph in UN texts. */
export function endsWithParagraphPunctuation(line: string): boolean {
	let i = line.length - 1;
	// Skip what may follow the punctuation: white space, closing quotes and brackets, marks, emphasis markup.
	while (i >= 0 && isTrailingUnit(line.charCodeAt(i))) i--;
	if (i < 0) return false;
	switch (line.charCodeAt(i)) {
		case 0x3002: // 。
		case 0xff1b: // ；
		case 0xff1a: // ：
		case 0xff0c: // ，
		case 0xff01: // ！
		case 0xff1f: // ？
		case 0x2e: // .
		case 0x3b: // ;
		case 0x3a: // :
		case 0x2c: // ,
		case 0x21: // !
		case 0x3f: // ?
			return true;
		default:
			return false;
	}
}

/**
 * What may follow the closing punctuation of a paragraph: white space, closing quotes and brackets ” ’ 」 』 ) ）
 * ] 】 》, emphasis markup * _ and superscript footnote marks (text/superscript.ts). Compared as UTF-16 units: this runs on
 * every line of a text.
 */
function isTrailingUnit(c: number): boolean {
	switch (c) {
		case 0x201d: // ”
		case 0x2019: // ’
		case 0x300d: // 」
		case 0x300f: // 』
		case 0x29: // )
		case 0xff09: // ）
		case 0x5d: // ]
		case 0x3011: // 】
		case 0x300b: // 》
		case 0x2a: // *
		case 0x5f: // _
			return true;
		default:
			return isSuperscriptDigit(c) || isSpaceUnit(c);
	}
}
