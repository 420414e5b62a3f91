/**
 * The names of the row statuses and of the paragraph kinds in the six official languages: the words the
 * reports, the compare page and the series grid use for "modified" or "OP 5".
 */
import type { ParagraphKind, RowStatus } from '../types';
import type { ReportLocale } from './locale';

/** Status names in reading order of the summary, in each locale. */
export const STATUS_NAMES: Record<RowStatus, Record<ReportLocale, string>> = {
	modified: { zh: '修改', en: 'modified', fr: 'modifié', es: 'modificado', ru: 'изменено', ar: 'معدّل' },
	inserted: { zh: '新增', en: 'inserted', fr: 'ajouté', es: 'añadido', ru: 'добавлено', ar: 'مضاف' },
	deleted: { zh: '删除', en: 'deleted', fr: 'supprimé', es: 'suprimido', ru: 'удалено', ar: 'محذوف' },
	moved: { zh: '移动', en: 'moved', fr: 'déplacé', es: 'trasladado', ru: 'перемещено', ar: 'منقول' },
	split: { zh: '拆分', en: 'split', fr: 'scindé', es: 'dividido', ru: 'разделено', ar: 'مقسّم' },
	merged: { zh: '合并', en: 'merged', fr: 'fusionné', es: 'fusionado', ru: 'объединено', ar: 'مدمج' },
	unchanged: { zh: '未改动', en: 'unchanged', fr: 'inchangé', es: 'sin cambios', ru: 'без изменений', ar: 'دون تغيير' }
};

/** A kind's name in one language: the word alone, and the pattern with the paragraph's number in `{n}`. */
export interface KindName {
	word: string;
	numbered: string;
}

/** A kind's name: the word, followed by the number (`OP {n}`) unless the language words it otherwise. */
function named(word: string, numbered = `${word} {n}`): KindName {
	return { word, numbered };
}

/**
 * How each kind of paragraph is named: the word alone (a title, the closing lines), and the pattern with
 * the paragraph's number in `{n}`, which is the word and the number unless given. The forms are those of
 * each language's UN usage: "PP 3" and "OP 5" as delegates cite paragraphs in English; "al. 3 du
 * préambule" and "par. 5 du dispositif"; "párr. 3 del preámbulo" and "párr. 5 de la parte dispositiva";
 * "п. 3 преамбулы" and "п. 5 постановляющей части"; "الفقرة 3 من الديباجة" and "الفقرة 5 من المنطوق".
 */
export const KIND_NAMES: Record<ParagraphKind, Record<ReportLocale, KindName>> = {
	// The subject that opens the text ("The General Assembly,"); a heading over a part of it is named by
	// SECTION_HEADING_NAMES (labels.ts tells them apart).
	heading: {
		zh: named('开头'),
		en: named('Opening'),
		fr: named('Ouverture'),
		es: named('Apertura'),
		ru: named('Вступление'),
		ar: named('الاستهلال')
	},
	title: {
		zh: named('标题'),
		en: named('Title'),
		fr: named('Titre'),
		es: named('Título'),
		ru: named('Название'),
		ar: named('العنوان')
	},
	preamble: {
		zh: named('序言'),
		en: named('PP'),
		fr: named('Préambule', 'Al. {n} du préambule'),
		es: named('Preámbulo', 'Párr. {n} del preámbulo'),
		ru: named('Преамбула', 'П. {n} преамбулы'),
		ar: named('الديباجة', 'الفقرة {n} من الديباجة')
	},
	operative: {
		zh: named('执行'),
		en: named('OP'),
		fr: named('Dispositif', 'Par. {n} du dispositif'),
		es: named('Parte dispositiva', 'Párr. {n} de la parte dispositiva'),
		ru: named('Постановляющая часть', 'П. {n} постановляющей части'),
		ar: named('المنطوق', 'الفقرة {n} من المنطوق')
	},
	subparagraph: {
		zh: named('分段'),
		en: named('Subpara.'),
		fr: named('Alinéa'),
		es: named('Apartado'),
		ru: named('Подпункт'),
		ar: named('الفقرة الفرعية')
	},
	closing: {
		zh: named('结尾'),
		en: named('Closing'),
		fr: named('Clôture'),
		es: named('Cierre'),
		ru: named('Концовка'),
		ar: named('الختام')
	},
	other: {
		zh: named('其他'),
		en: named('Other'),
		fr: named('Autre'),
		es: named('Otro'),
		ru: named('Прочее'),
		ar: named('أخرى')
	}
};

/**
 * How a heading set over a part of the text is named ("Annex", "II. Implementation", "Peacebuilding
 * financing"), as against the opening subject, which KIND_NAMES.heading names.
 */
export const SECTION_HEADING_NAMES: Record<ReportLocale, KindName> = {
	zh: named('小标题'),
	en: named('Heading'),
	fr: named('Intertitre'),
	es: named('Subtítulo'),
	ru: named('Подзаголовок'),
	ar: named('عنوان فرعي')
};
