/** The warnings in Chinese. */
import type { MisreadExample, WarningSentences } from '../warnings';

/** A misread letter: `“q”被读成“u”（“que”读作“uue”）`. */
const misread = (letters: MisreadExample[]) =>
	letters.map((m) => `“${m.letter}”被读成“${m.readAs}”（“${m.meant}”读作“${m.read}”）`).join('、');

const damaged = '因此有些词拼写有误，从该文件复制的任何文本也是如此';

const SIDES = { old: '旧文本', new: '新文本' } as const;

export const zh: WarningSentences = {
	subject: (s) => ('side' in s ? `${SIDES[s.side]}（${s.name}）` : 'version' in s ? s.version : `${s.from} → ${s.to}`),
	unrelated: (w) =>
		`两份文件看来是不同的决议（${w.titles ? `标题分别为“${w.titles[0]}”和“${w.titles[1]}”，` : ''}相同的文字仅占 ${w.shared}%）`,
	'no-paragraphs': (w) =>
		`${SIDES[w.side]}（${w.name}）没有段落：${w.side === 'old' ? '所有行均为新增' : '所有行均为删除'}`,
	'pages-limit': (w) => `只读取了全部 ${w.pages} 页中的前 ${w.read} 页`,
	'page-unreadable': (w) => `第 ${w.page} 页无法读取（${w.reason}），该页文字缺失`,
	'page-no-text': (w) => `第 ${w.page} 页没有文字层（可能是扫描图像），该页文字缺失`,
	'pdf-misread': (w) => `PDF 文件本身的文字层已损坏：${misread(w.letters)}，${damaged}`,
	'pdf-damaged': (w) =>
		`PDF 文件本身的文字层已损坏：不同的字母都被读成${w.letters.map((l) => `“${l}”`).join('、')}，${damaged}`,
	'text-misread': (w) =>
		`文本中的字母似乎被误读：${misread(w.letters)}，与从文字层损坏的 PDF 中取出的文本情形相同，因此有些词拼写有误`,
	'text-boxes': () => '文本框中的文字未读取，不在比较之内',
	'markup-kept': (w) => `第 ${w.line} 行的段落中标记符号过多，已按原样保留为文字`,
	'too-many-paragraphs': (w) => `段落超过 ${w.limit} 个：其余文字未经分析，全部保留在最后一段中`,
	'operative-order': (w) => `执行部分第 ${w.number} 段排在第 ${w.after} 段之后（第 ${w.line} 行）`,
	'no-operative': () => '未找到编号的执行部分段落',
	'no-structure': () => '未识别出决议或报告的结构：每个文字块各作为一段保留',
	'footnotes-missing': (w) =>
		w.marks.length === 1
			? `第 ${w.line} 行引用了脚注 ${w.marks[0]}，但未找到其正文`
			: `引用了脚注 ${w.marks.join('、')}（自第 ${w.line} 行起），但未找到其正文`,
	'more-warnings': (w) => `……另有 ${w.count} 条警告`,
	text: (w) => w.text
};
