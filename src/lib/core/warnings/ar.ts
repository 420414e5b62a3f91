/**
 * The warnings in Arabic: the Arabic comma, semicolon and question mark, and every value quoted from a
 * document (a symbol, a title, a page number) isolated, so that "A/RES/76/40" keeps its order in the sentence.
 */
import type { MisreadExample, WarningSentences } from '../warnings';
import { arrowOf, isolate } from '../report/locale';

const i = (text: string | number) => isolate(String(text), 'ar');
const q = (text: string) => `«${i(text)}»`;

/** A misread letter: `«q» تُقرأ «u» («uue» بدلاً من «que»)`. */
const misread = (letters: MisreadExample[]) =>
	letters.map((m) => `${q(m.letter)} تُقرأ ${q(m.readAs)} (${q(m.read)} بدلاً من ${q(m.meant)})`).join('، ');

const damaged = 'ولذلك تظهر بعض الكلمات بأخطاء إملائية، هنا وفي أي نص يُنسخ من هذا الملف';

const SIDES = { old: 'النص القديم', new: 'النص الجديد' } as const;

export const ar: WarningSentences = {
	subject: (s) =>
		'side' in s
			? `${SIDES[s.side]} (${i(s.name)})`
			: 'version' in s
				? i(s.version)
				: `${i(s.from)} ${arrowOf('ar')} ${i(s.to)}`,
	unrelated: (w) =>
		`يبدو أن الوثيقتين قراران مختلفان (${w.titles ? `العنوانان ${q(w.titles[0])} و${q(w.titles[1])}، ` : ''}والنص المشترك بينهما ${i(w.shared)} في المائة)`,
	'no-paragraphs': (w) =>
		w.side === 'old'
			? `لا يتضمن النص القديم (${i(w.name)}) أي فقرة: جميع الصفوف مُدرجة`
			: `لا يتضمن النص الجديد (${i(w.name)}) أي فقرة: جميع الصفوف محذوفة`,
	'pages-limit': (w) => `لم تُقرأ إلا الصفحات الأولى وعددها ${i(w.read)} من أصل ${i(w.pages)} صفحة`,
	'page-unreadable': (w) => `تعذرت قراءة الصفحة ${i(w.page)} (${i(w.reason)})؛ ونصها مفقود`,
	'page-no-text': (w) => `لا تتضمن الصفحة ${i(w.page)} طبقة نصية (صورة ممسوحة ضوئياً؟)؛ ونصها مفقود`,
	'pdf-misread': (w) => `طبقة النص في ملف PDF نفسه تالفة: ففيها ${misread(w.letters)}، ${damaged}`,
	'pdf-damaged': (w) =>
		`طبقة النص في ملف PDF نفسه تالفة: فحروف مختلفة تُقرأ على أنها ${w.letters.map(q).join('، ')}، ${damaged}`,
	'text-misread': (w) =>
		`يبدو أن حروف النص قُرئت خطأً: ففيه ${misread(w.letters)}، كما يحدث في نص مأخوذ من ملف PDF طبقة النص فيه تالفة، ولذلك تظهر بعض الكلمات بأخطاء إملائية`,
	'text-boxes': () => 'لا يُقرأ النص الوارد في مربعات النص: فهو خارج المقارنة',
	'markup-kept': (w) => `تُركت علامات التنسيق نصاً في الفقرة الواردة في السطر ${i(w.line)}: علامات التنسيق كثيرة جداً`,
	'too-many-paragraphs': (w) => `أكثر من ${i(w.limit)} فقرة: أُبقي باقي النص، دون تحليل، في الفقرة الأخيرة`,
	'operative-order': (w) => `الفقرة ${i(w.number)} من المنطوق تلي الفقرة ${i(w.after)} (السطر ${i(w.line)})`,
	'no-operative': () => 'لم يُعثر على أي فقرة مرقمة من فقرات المنطوق',
	'no-structure': () => 'لم يُتعرف على بنية قرار أو تقرير: أُبقيت كل كتلة نصية فقرةً قائمة بذاتها',
	'footnotes-missing': (w) =>
		w.marks.length === 1
			? `أُشير إلى الحاشية ${i(w.marks[0])} (السطر ${i(w.line)}) ولكن نصها غير موجود`
			: `أُشير إلى الحواشي ${w.marks.map(i).join('، ')} (ابتداءً من السطر ${i(w.line)}) ولكن نصوصها غير موجودة`,
	'more-warnings': (w) => `… وتحذيرات أخرى عددها ${i(w.count)}`,
	text: (w) => w.text
};
