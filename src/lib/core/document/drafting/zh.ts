/**
 * Chinese drafting conventions: the Chinese versions of General Assembly resolutions and reports, as the
 * seeds and the UN's Chinese pages print them.
 */
import { formatIsoDate, withRepeats, type DateForms, type DraftingConventions } from './conventions';

/**
 * Prefixes that repeat an opener in a later paragraph: 又回顾, 还回顾, 再次回顾. Not 并: "，并决心…" continues
 * the same paragraph.
 */
const ZH_REPEAT_PREFIXES = ['又', '还', '再次'];

/** Chinese preambular openers, from the seeds and the Chinese versions of recent resolutions. */
// prettier-ignore
const ZH_PREAMBLE_BASE = [
	'决心', '决意', '回顾', '忆及', '深信', '坚信', '确信', '相信', '铭记', '意识到', '认识到', '确认', '承认',
	'考虑到', '鉴于', '强调', '强调指出', '着重指出', '关切', '严重关切', '深为关切', '深表关切', '深感关切',
	'关切地注意到', '深切关注', '严重关注', '关注', '感到关切', '注意到', '满意地注意到', '赞赏地注意到',
	'欣慰地注意到', '遗憾地注意到', '欢迎', '欣见', '欣悉', '重申', '申明', '念及', '表示', '深感', '震惊',
	'深感震惊', '痛惜', '警觉到', '希望', '期待', '赞赏', '赞扬', '重视', '审议了', '审查了', '认为', '指出',
	'肯定', '申明'
];

/** Chinese operative verbs (the words printed in bold at the start of an operative paragraph). */
// prettier-ignore
const ZH_OPERATIVE_BASE = [
	'重申', '敦促', '强烈敦促', '促请', '呼吁', '吁请', '请', '敦请', '强调', '强调指出', '着重指出',
	'表示注意到', '注意到', '满意地注意到', '赞赏地注意到', '关切地注意到', '遗憾地注意到', '决定', '欢迎',
	'确认', '鼓励', '赞赏', '表示赞赏', '感谢', '表示感谢', '深表感谢', '支持', '表示支持', '核可', '赞同',
	'通过', '邀请', '建议', '要求', '谴责', '强烈谴责', '宣布', '申明', '承认', '认识到', '赞扬', '表示关切',
	'深表关切', '表示深切关注', '授权', '认可', '期待', '希望', '坚持', '指出', '同意', '回顾', '重视', '表示',
	'责成', '欣见'
];

const ZH_MONTHLESS_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** Chinese dates: "2021年12月6日", "2021 年 12 月 6 日" as print spaces them ({@link DateForms}). */
export const chineseDates: DateForms = {
	date: ZH_MONTHLESS_DATE,
	toIsoDate(text: string): string | null {
		const m = ZH_MONTHLESS_DATE.exec(text);
		return m ? formatIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
	}
};

// prettier-ignore
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

/** Chinese drafting conventions (the Chinese versions of General Assembly resolutions and reports). */
export const chineseDrafting: DraftingConventions = {
	language: 'zh',
	preambleOpeners: withRepeats(ZH_PREAMBLE_BASE, ZH_REPEAT_PREFIXES),
	operativeVerbs: withRepeats(ZH_OPERATIVE_BASE, ZH_REPEAT_PREFIXES),
	wordBoundary: false,
	// Half-width forms too: web pages print "大会," and "," for the full-width ones.
	paragraphEnders: '，；,;',
	assemblyHeading: /^(?:大会|安全理事会|经济及社会理事会|人权理事会|托管理事会)[，,]$/,
	runOnHeading: /(?:大\s*会|安\s*全\s*理\s*事\s*会|人\s*权\s*理\s*事\s*会)\s*[，,]/,
	closingDate: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/,
	closingMeeting: /^第\s*(\d{1,4})\s*次\s*全\s*体\s*会\s*议$/,
	runOnClosing: /[。；]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(第\s*\d{1,4}\s*次\s*全\s*体\s*会\s*议)\s*$/,
	session: /^第\s*([一二三四五六七八九十百零〇\d]{1,8})\s*届会议$/,
	agendaItem: /^(?:临时)?议程项目\s*(.{1,40})$/,
	adoptionLine: /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*大会决议$/,
	committeeLine: /^\[?\s*根据.{1,40}?的报告\s*[(（]\s*([A-Z][A-Z0-9./-]*\/\d[\w./-]*)[^)）\]]*[)）]\s*通过\s*\]?$/,
	originalLanguageLine: /^\[\s*原件\s*[：:]/,
	draftLine: /^(?:(\S.{0,400}?)\s*[：:]\s*)?决议草案$/,
	committeeName: /^(第[一二三四五六]委员会|特别政治和非殖民化委员会(?:\s*[(（]\s*第四委员会\s*[)）])?)$/,
	sponsorSeparators: { list: /\s*[、，,]\s*/, last: '和' },
	// prettier-ignore
	sponsorNamesWithConjunction: [
		'特立尼达和多巴哥', '波斯尼亚和黑塞哥维那', '圣文森特和格林纳丁斯', '安提瓜和巴布达', '圣多美和普林西比',
		'圣基茨和尼维斯', '共和国'
	],
	...chineseDates,
	toSessionNumber: parseChineseNumber
};
