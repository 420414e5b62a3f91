/**
 * UN drafting practice, per language: the words that open preambular paragraphs, the verbs that open
 * operative ones, and the patterns of dates, document symbols, letterheads and closing lines.
 *
 * A General Assembly resolution is one sentence: the subject ("大会，" / "The General Assembly,"), then
 * preambular paragraphs, each opened by a participle or adjectival phrase (回顾 / Recalling) and closed by a
 * comma, then numbered operative paragraphs, each opened by a verb in the present tense (重申 / Reaffirms)
 * and closed by a semicolon, the last by a full stop. The Editorial Manual fixes the openers' forms
 * ("又回顾", "Recalling also"), so a list of them finds paragraph starts even in text that lost its line
 * breaks. Chinese is complete; English is enough to read an English resolution; other languages get the
 * structural patterns (numbers, symbols) without openers.
 */
import { isSpaceUnit } from '../text/cjk';

/** What the parser needs to know of a language's drafting conventions. */
export interface DraftingConventions {
	/** ISO 639-1 code. */
	language: string;
	/** Phrases that open a preambular paragraph, in any order (matching takes the longest). */
	preambleOpeners: readonly string[];
	/** Verbs that open an operative paragraph and are printed in bold or italics. */
	operativeVerbs: readonly string[];
	/** Whether an opener must end at a word boundary (alphabetic scripts) rather than anywhere (Chinese). */
	wordBoundary: boolean;
	/** Characters that end a paragraph in run-on text, after which an opener may start the next one. */
	paragraphEnders: string;
	/** The subject of the resolution on a line of its own: "大会，", "The General Assembly,". */
	assemblyHeading: RegExp;
	/** The same subject inside run-on tokenized text (spaces anywhere). */
	runOnHeading: RegExp;
	/** The closing date line, alone. */
	closingDate: RegExp;
	/** The closing meeting line, alone; group 1 is the meeting number. */
	closingMeeting: RegExp;
	/** The closing date and meeting at the end of run-on text. */
	runOnClosing: RegExp;
	/** The letterhead line giving the session; group 1 is the ordinal as printed. */
	session: RegExp;
	/** The letterhead agenda item line; group 1 is the item as printed: "100 (r)". */
	agendaItem: RegExp;
	/** The letterhead line "2021年12月6日大会决议" / "Resolution adopted by the General Assembly on …". */
	adoptionLine: RegExp;
	/** The committee line "[根据第一委员会的报告(A/76/444,第93段)通过]"; group 1 holds the report symbol. */
	committeeLine: RegExp;
	/** A report's "[原件：西班牙文]" line, which follows a heading (a country's reply). */
	originalLanguageLine: RegExp;
	/**
	 * The line of a draft that names it and its sponsors: "阿塞拜疆*：决议草案", "Azerbaijan*: draft
	 * resolution", "决议草案" alone. Group 1 is the list of sponsors as printed, absent when none is named.
	 */
	draftLine: RegExp;
	/** The committee line of a committee draft's letterhead: "第一委员会", "First Committee"; group 1 the name. */
	committeeName: RegExp;
	/** The conjunction before the last sponsor in a list ("和", " and "), and the list separators ("、", ", "). */
	sponsorSeparators: { list: RegExp; last: string };
	/** Sponsor names that contain the conjunction themselves ("特立尼达和多巴哥"); never split there. */
	sponsorNamesWithConjunction: readonly string[];
	/** Dates as printed in running text; {@link DraftingConventions.toIsoDate} reads a match. */
	date: RegExp;
	/** A date as printed → ISO `YYYY-MM-DD`, or null when it is not one. */
	toIsoDate(text: string): string | null;
	/** A session ordinal as printed ("七十六", "Seventy-sixth") → its number, or null. */
	toSessionNumber(text: string): number | null;
}

/**
 * Prefixes that repeat an opener in a later paragraph: 又回顾, 还回顾, 再次回顾. Not 并: "，并决心…" continues
 * the same paragraph.
 */
const ZH_REPEAT_PREFIXES = ['又', '还', '再次'];

/** Chinese preambular openers, from the seeds and the Chinese versions of recent resolutions. */
const ZH_PREAMBLE_BASE = [
	'决心', '决意', '回顾', '忆及', '深信', '坚信', '确信', '相信', '铭记', '意识到', '认识到', '确认', '承认',
	'考虑到', '鉴于', '强调', '强调指出', '着重指出', '关切', '严重关切', '深为关切', '深表关切', '深感关切',
	'关切地注意到', '深切关注', '严重关注', '关注', '感到关切', '注意到', '满意地注意到', '赞赏地注意到',
	'欣慰地注意到', '遗憾地注意到', '欢迎', '欣见', '欣悉', '重申', '申明', '念及', '表示', '深感', '震惊',
	'深感震惊', '痛惜', '警觉到', '希望', '期待', '赞赏', '赞扬', '重视', '审议了', '审查了', '认为', '指出',
	'肯定', '申明'
];

/** Chinese operative verbs (the words printed in bold at the start of an operative paragraph). */
const ZH_OPERATIVE_BASE = [
	'重申', '敦促', '强烈敦促', '促请', '呼吁', '吁请', '请', '敦请', '强调', '强调指出', '着重指出',
	'表示注意到', '注意到', '满意地注意到', '赞赏地注意到', '关切地注意到', '遗憾地注意到', '决定', '欢迎',
	'确认', '鼓励', '赞赏', '表示赞赏', '感谢', '表示感谢', '深表感谢', '支持', '表示支持', '核可', '赞同',
	'通过', '邀请', '建议', '要求', '谴责', '强烈谴责', '宣布', '申明', '承认', '认识到', '赞扬', '表示关切',
	'深表关切', '表示深切关注', '授权', '认可', '期待', '希望', '坚持', '指出', '同意', '回顾', '重视', '表示',
	'责成', '欣见'
];

/** Every opener with the repeating prefixes 又/还/再次/并 in front, once each. */
function withRepeats(base: readonly string[], prefixes: readonly string[]): string[] {
	const all = new Set<string>(base);
	for (const word of base) for (const prefix of prefixes) all.add(prefix + word);
	return [...all];
}

/** English preambular openers (italic in print). */
const EN_PREAMBLE = [
	'Recalling', 'Reaffirming', 'Reiterating', 'Recognizing', 'Acknowledging', 'Affirming', 'Bearing in mind',
	'Convinced', 'Deeply convinced', 'Concerned', 'Deeply concerned', 'Gravely concerned', 'Seriously concerned',
	'Expressing', 'Noting', 'Taking note', 'Welcoming', 'Emphasizing', 'Stressing', 'Underlining',
	'Underscoring', 'Determined', 'Mindful', 'Aware', 'Conscious', 'Considering', 'Taking into account',
	'Taking into consideration', 'Guided by', 'Having considered', 'Having examined', 'Believing', 'Desiring',
	'Deploring', 'Alarmed', 'Encouraged', 'Appreciating', 'Noting with concern', 'Noting with appreciation',
	'Noting with satisfaction', 'Further recalling', 'Further noting', 'Further recognizing', 'Reaffirming also',
	'Recalling also', 'Recalling further', 'Regretting', 'Stressing also', 'Highlighting', 'Commending',
	'Cognizant', 'Confident', 'Looking forward', 'Observing', 'Reaffirming further', 'Underlining also'
];

/** English operative verbs (italic in print). */
const EN_OPERATIVE = [
	'Reaffirms', 'Also reaffirms', 'Further reaffirms', 'Urges', 'Also urges', 'Strongly urges', 'Calls upon',
	'Also calls upon', 'Further calls upon', 'Once again calls upon', 'Calls for', 'Requests', 'Also requests',
	'Further requests', 'Decides', 'Also decides', 'Further decides', 'Welcomes', 'Also welcomes', 'Encourages',
	'Also encourages', 'Emphasizes', 'Also emphasizes', 'Underlines', 'Underscores', 'Stresses', 'Also stresses',
	'Takes note', 'Notes', 'Also notes', 'Notes with appreciation', 'Notes with concern', 'Notes with satisfaction',
	'Recognizes', 'Also recognizes', 'Invites', 'Also invites', 'Recommends', 'Endorses', 'Approves', 'Adopts',
	'Expresses', 'Condemns', 'Strongly condemns', 'Deplores', 'Supports', 'Reiterates', 'Affirms',
	'Acknowledges', 'Appeals', 'Authorizes', 'Commends', 'Demands', 'Declares', 'Proclaims', 'Renews',
	'Reiterates its call', 'Renews its call', 'Regrets', 'Appreciates', 'Confirms', 'Agrees', 'Insists',
	'Highlights', 'Looks forward', 'Resolves', 'Stresses also', 'Further encourages', 'Further invites'
];

const ZH_MONTHLESS_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

const EN_MONTHS = [
	'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
	'november', 'december'
];

/** Format year, month and day as ISO `YYYY-MM-DD`, or null when they are not a calendar date. */
export function formatIsoDate(year: number, month: number, day: number): string | null {
	if (!(year >= 1945 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCMonth() !== month - 1) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ZH_DIGITS: Record<string, number> = {
	零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9
};
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral ("七十六", "十八", "一百零三") or Arabic digits → its value, or null. */
export function parseChineseNumber(text: string): number | null {
	const t = text.trim();
	if (/^\d+$/.test(t)) return Number(t);
	if (t.length === 0 || t.length > 12) return null;
	let total = 0;
	let digit = -1;
	for (const ch of t) {
		if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch];
		else if (ch in ZH_UNITS) {
			total += (digit < 0 ? 1 : digit) * ZH_UNITS[ch];
			digit = -1;
		} else return null;
	}
	if (digit > 0) total += digit;
	return total;
}

const EN_ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
	eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
	seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100
};
const EN_TENS: Record<string, number> = {
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
};

/** An English ordinal as written in a session line ("Seventy-sixth", "76th") → its number, or null. */
export function parseEnglishOrdinal(text: string): number | null {
	const t = text.trim().toLowerCase();
	const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
	if (digits) return Number(digits[1]);
	if (t in EN_ORDINALS) return EN_ORDINALS[t];
	const compound = /^([a-z]+)-([a-z]+)$/.exec(t);
	if (compound && compound[1] in EN_TENS && compound[2] in EN_ORDINALS && EN_ORDINALS[compound[2]] < 10) {
		return EN_TENS[compound[1]] + EN_ORDINALS[compound[2]];
	}
	return null;
}

/** Chinese drafting conventions (the Chinese versions of General Assembly resolutions and reports). */
export const chineseDrafting: DraftingConventions = {
	language: 'zh',
	preambleOpeners: withRepeats(ZH_PREAMBLE_BASE, ZH_REPEAT_PREFIXES),
	operativeVerbs: withRepeats(ZH_OPERATIVE_BASE, ZH_REPEAT_PREFIXES),
	wordBoundary: false,
	paragraphEnders: '，；',
	assemblyHeading: /^(?:大会|安全理事会|经济及社会理事会|人权理事会|托管理事会)[，,]$/,
	runOnHeading: /(?:大\s*会|安\s*全\s*理\s*事\s*会|人\s*权\s*理\s*事\s*会)\s*[，,]/,
	closingDate: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/,
	closingMeeting: /^第\s*(\d{1,4})\s*次\s*全\s*体\s*会\s*议$/,
	runOnClosing: /[。；]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(第\s*\d{1,4}\s*次\s*全\s*体\s*会\s*议)\s*$/,
	session: /^第\s*([一二三四五六七八九十百零〇\d]{1,8})\s*届会议$/,
	agendaItem: /^(?:临时)?议程项目\s*(.{1,40})$/,
	adoptionLine: /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*大会决议$/,
	committeeLine: /^\[\s*根据.{1,40}?的报告\s*[(（]\s*([A-Z][A-Z0-9./\-]*\/\d[\w./\-]*)[^)）\]]*[)）]\s*通过\s*\]$/,
	originalLanguageLine: /^\[\s*原件\s*[：:]/,
	draftLine: /^(?:(\S.{0,400}?)\s*[：:]\s*)?决议草案$/,
	committeeName: /^(第[一二三四五六]委员会|特别政治和非殖民化委员会(?:\s*[(（]\s*第四委员会\s*[)）])?)$/,
	sponsorSeparators: { list: /\s*[、，,]\s*/, last: '和' },
	sponsorNamesWithConjunction: [
		'特立尼达和多巴哥', '波斯尼亚和黑塞哥维那', '圣文森特和格林纳丁斯', '安提瓜和巴布达', '圣多美和普林西比',
		'圣基茨和尼维斯', '共和国'
	],
	date: ZH_MONTHLESS_DATE,
	toIsoDate(text: string): string | null {
		const m = ZH_MONTHLESS_DATE.exec(text);
		return m ? formatIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
	},
	toSessionNumber: parseChineseNumber
};

const EN_DATE = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i;

/** English drafting conventions. */
export const englishDrafting: DraftingConventions = {
	language: 'en',
	preambleOpeners: EN_PREAMBLE,
	operativeVerbs: EN_OPERATIVE,
	wordBoundary: true,
	paragraphEnders: ',;',
	assemblyHeading: /^The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council),$/,
	runOnHeading: /The\s+(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council)\s*,/,
	closingDate: /^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/i,
	closingMeeting: /^(\d{1,4})(?:st|nd|rd|th)\s+plenary\s+meeting$/i,
	runOnClosing: /[.;]\s*(\d{1,4}(?:st|nd|rd|th)\s+plenary\s+meeting)\s*(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$/,
	session: /^([A-Za-z]+(?:-[A-Za-z]+)?|\d{1,3}(?:st|nd|rd|th)) session$/i,
	agendaItem: /^(?:Provisional )?Agenda items? (.{1,40})$/i,
	adoptionLine: /^Resolution adopted by the General Assembly on (\d{1,2} [A-Za-z]+ \d{4})$/i,
	committeeLine: /^\[\s*on the report of the .{1,40}? \(\s*([A-Z][A-Z0-9./\-]*\/\d[\w./\-]*)[^)\]]*\)\s*\]$/i,
	originalLanguageLine: /^\[\s*Original\s*:/i,
	draftLine: /^(?:(\S.{0,400}?)\s*:\s*)?draft resolution$/i,
	committeeName: /^((?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee(?: \(Fourth Committee\))?)$/i,
	sponsorSeparators: { list: /\s*,\s*/, last: ' and ' },
	sponsorNamesWithConjunction: [
		'Trinidad and Tobago', 'Bosnia and Herzegovina', 'Saint Vincent and the Grenadines', 'Antigua and Barbuda',
		'Sao Tome and Principe', 'Saint Kitts and Nevis', 'Great Britain and Northern Ireland', 'Heard Island and McDonald Islands'
	],
	date: EN_DATE,
	toIsoDate(text: string): string | null {
		const m = EN_DATE.exec(text);
		if (!m) return null;
		return formatIsoDate(Number(m[3]), EN_MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
	},
	toSessionNumber: parseEnglishOrdinal
};

/** Structural conventions only, for languages without opener lists yet (fr, es, ru, ar). */
function structuralOnly(language: string): DraftingConventions {
	return { ...englishDrafting, language, preambleOpeners: [], operativeVerbs: [] };
}

/** The drafting conventions of a language (ISO 639-1); languages without lists get structure only. */
export function getDrafting(language: string): DraftingConventions {
	if (language === 'zh') return chineseDrafting;
	if (language === 'en') return englishDrafting;
	return structuralOnly(language);
}

/**
 * A resolution number as printed before the title: "76/40", "56/24 T", "S-10/2", "ES-10/19". Group 1 is
 * the number; the full symbol is "A/RES/" + group 1.
 */
export const RESOLUTION_NUMBER = /^((?:ES-|S-)?\d{1,3}\/\d{1,4}(?: ?[A-Z]{1,2})?)\.\s*(\S.*)$/;

/**
 * The symbol of a draft resolution: "A/C.1/77/L.31", "A/C.1/77/L.31/Rev.1" (a committee draft), "A/77/L.15"
 * (a plenary draft). Group 1 is the committee number, absent for a plenary draft; group 2 the session.
 */
export const DRAFT_SYMBOL = /\bA\/(?:C\.(\d)\/)?(\d{1,3})\/L\.\d{1,4}(?:\/(?:Rev|Add|Corr)\.\d{1,2})*(?![\w/])/;

/**
 * A line of the masthead of a UN document, printed in English in every language version: "联合国 A/C.1/77/L.31",
 * "大会 Distr.: Limited", "11 October 2022", "Chinese", "Original: English". Drafts carry it; adopted
 * resolutions as published in the seeds do not.
 */
export const MASTHEAD_LINE =
	/^(?:(?:联合国|United Nations|大会|General Assembly)\s*)?(?:(?:A|S|E)\/[\w.\/-]+|Distr\.?\s*[:：]\s*\S.{0,30})$|^(?:联合国|United Nations)$|^(?:Original|原文)\s*[:：]\s*\S.{0,20}$|^(?:Chinese|English|French|Spanish|Russian|Arabic|中文|英文|法文|西班牙文|俄文|阿拉伯文)$|^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/i;

/**
 * Split the sponsors of a draft as printed ("阿塞拜疆、古巴和委内瑞拉玻利瓦尔共和国", "Azerbaijan,* Cuba and
 * Venezuela") into names: at the list separators, and at the conjunction before the last name unless it belongs
 * to a name ("特立尼达和多巴哥", "共和国"). Footnote marks (`*`) go.
 */
export function splitSponsors(list: string, conv: DraftingConventions): string[] {
	const parts = list.split(conv.sponsorSeparators.list);
	const last = parts.pop() ?? '';
	const { last: and } = conv.sponsorSeparators;
	// Only a list of two or more names, or one whose conjunction is not inside a known name, splits at it.
	let at = last.lastIndexOf(and);
	while (at > 0 && conv.sponsorNamesWithConjunction.some((name) => coversAt(last, at, and.length, name))) {
		at = last.lastIndexOf(and, at - 1);
	}
	if (at > 0) parts.push(last.slice(0, at), last.slice(at + and.length));
	else parts.push(last);
	return parts.map((p) => p.replace(/^[\s*†‡]+|[\s*†‡]+$/g, '')).filter((p) => p.length > 0);
}

/** Whether an occurrence of `name` in `text` covers the `length` characters at `at`. */
function coversAt(text: string, at: number, length: number, name: string): boolean {
	for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
		if (i <= at && at + length <= i + name.length) return true;
	}
	return false;
}

/**
 * A numbered paragraph: "4. ", "4．", "4.重申", and the Markdown escape "4\. ". Group 1 is the number,
 * group 2 the rest of the line.
 */
export const NUMBERED_PARAGRAPH = /^(\d{1,4})\\?[.．](?:[ \t]+|(?=[*_\u3400-\u9fff“"《（(]))(.*)$/;

/** A lettered or roman subparagraph: "(a) ", "（b）", "(iv) ". Group 1 is the letter(s). */
export const SUBPARAGRAPH = /^[(（]([a-z]{1,2}|[ivxlc]{1,6})[)）][ \t]*(\S.*)$/;

/** A dash item of a list: "– text" (en dash, em dash or hyphen followed by a space). */
export const DASH_ITEM = /^([–—-])[ \t]+(\S.*)$/;

/** A bullet item: the bullet glyphs of Word and PDF text. */
export const BULLET_ITEM = /^([•●▪◦‣∙○■□◆❖➢►✓])[ \t]*(\S.*)$/;

/** A section heading of a report: "一. 导言", "二、答复", "I. Introduction", "A. Replies". */
export const SECTION_HEADING = /^([一二三四五六七八九十]{1,3}|[IVXL]{1,6}|[A-H])[.．、][ \t]*(\S.{0,60})$/;

/** A footnote rule: a line of underscores (PDF text) or dashes. */
export const FOOTNOTE_RULE = /^(?:_{5,}|-{5,}|—{3,}|\*{3,}|-{3})$/;

/** Whether a trimmed line is a {@link FOOTNOTE_RULE}; its first character decides for almost every line. */
export function isFootnoteRule(trimmed: string): boolean {
	const c = trimmed.charCodeAt(0);
	return (c === 0x5f || c === 0x2d || c === 0x2014 || c === 0x2a) && FOOTNOTE_RULE.test(trimmed);
}

/** Superscript digits used as footnote marks, and their ASCII values. */
export const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
	'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'
};

/** Whether a UTF-16 unit is a superscript digit, a key of {@link SUPERSCRIPT_DIGITS}: ⁰ ¹ ² ³ ⁴–⁹. */
export function isSuperscriptDigit(c: number): boolean {
	return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** Read a run of superscript digits as an ASCII footnote mark: "¹²" → "12". */
export function readSuperscript(marks: string): string {
	let out = '';
	for (const ch of marks) out += SUPERSCRIPT_DIGITS[ch] ?? ch;
	return out;
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
 * ] 】 》, emphasis markup * _ and superscript footnote marks ⁰ ¹ ² ³ ⁴–⁹. Compared as UTF-16 units: this runs on
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

/** The longest entry of `words` that `text` starts with (at a word boundary if `wordBoundary`), or null. */
export function matchOpener(
	text: string,
	index: number,
	table: OpenerTable
): string | null {
	const candidates = table.byFirst.get(text[index]);
	if (!candidates) return null;
	for (const word of candidates) {
		if (!text.startsWith(word, index)) continue;
		if (table.wordBoundary) {
			const next = text.charCodeAt(index + word.length);
			if (!Number.isNaN(next) && /[A-Za-z]/.test(String.fromCharCode(next))) continue;
		}
		return word;
	}
	return null;
}

/** Openers indexed by first character, longest first: a constant-time lookup per position. */
export interface OpenerTable {
	byFirst: Map<string, string[]>;
	wordBoundary: boolean;
}

/** Build the lookup table of a list of openers or verbs. */
export function buildOpenerTable(words: readonly string[], wordBoundary: boolean): OpenerTable {
	const byFirst = new Map<string, string[]>();
	for (const word of words) {
		if (!word) continue;
		const list = byFirst.get(word[0]) ?? [];
		list.push(word);
		byFirst.set(word[0], list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
	return { byFirst, wordBoundary };
}
