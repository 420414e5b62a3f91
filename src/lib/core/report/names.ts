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

/**
 * How each kind of paragraph is named: the word alone (a title, the closing lines), and the pattern with
 * the paragraph's number in `{n}`. The forms are those of each language's UN usage: "PP 3" and "OP 5" as
 * delegates cite paragraphs in English; "al. 3 du préambule" and "par. 5 du dispositif"; "párr. 3 del
 * preámbulo" and "párr. 5 de la parte dispositiva"; "п. 3 преамбулы" and "п. 5 постановляющей части";
 * "الفقرة 3 من الديباجة" and "الفقرة 5 من المنطوق".
 */
export const KIND_NAMES: Record<ParagraphKind, Record<ReportLocale, { word: string; numbered: string }>> = {
	heading: {
		zh: { word: '开头', numbered: '开头 {n}' },
		en: { word: 'Opening', numbered: 'Opening {n}' },
		fr: { word: 'Ouverture', numbered: 'Ouverture {n}' },
		es: { word: 'Apertura', numbered: 'Apertura {n}' },
		ru: { word: 'Вступление', numbered: 'Вступление {n}' },
		ar: { word: 'الاستهلال', numbered: 'الاستهلال {n}' }
	},
	title: {
		zh: { word: '标题', numbered: '标题 {n}' },
		en: { word: 'Title', numbered: 'Title {n}' },
		fr: { word: 'Titre', numbered: 'Titre {n}' },
		es: { word: 'Título', numbered: 'Título {n}' },
		ru: { word: 'Название', numbered: 'Название {n}' },
		ar: { word: 'العنوان', numbered: 'العنوان {n}' }
	},
	preamble: {
		zh: { word: '序言', numbered: '序言 {n}' },
		en: { word: 'PP', numbered: 'PP {n}' },
		fr: { word: 'Préambule', numbered: 'Al. {n} du préambule' },
		es: { word: 'Preámbulo', numbered: 'Párr. {n} del preámbulo' },
		ru: { word: 'Преамбула', numbered: 'П. {n} преамбулы' },
		ar: { word: 'الديباجة', numbered: 'الفقرة {n} من الديباجة' }
	},
	operative: {
		zh: { word: '执行', numbered: '执行 {n}' },
		en: { word: 'OP', numbered: 'OP {n}' },
		fr: { word: 'Dispositif', numbered: 'Par. {n} du dispositif' },
		es: { word: 'Parte dispositiva', numbered: 'Párr. {n} de la parte dispositiva' },
		ru: { word: 'Постановляющая часть', numbered: 'П. {n} постановляющей части' },
		ar: { word: 'المنطوق', numbered: 'الفقرة {n} من المنطوق' }
	},
	subparagraph: {
		zh: { word: '分段', numbered: '分段 {n}' },
		en: { word: 'Subpara.', numbered: 'Subpara. {n}' },
		fr: { word: 'Alinéa', numbered: 'Alinéa {n}' },
		es: { word: 'Apartado', numbered: 'Apartado {n}' },
		ru: { word: 'Подпункт', numbered: 'Подпункт {n}' },
		ar: { word: 'الفقرة الفرعية', numbered: 'الفقرة الفرعية {n}' }
	},
	closing: {
		zh: { word: '结尾', numbered: '结尾 {n}' },
		en: { word: 'Closing', numbered: 'Closing {n}' },
		fr: { word: 'Clôture', numbered: 'Clôture {n}' },
		es: { word: 'Cierre', numbered: 'Cierre {n}' },
		ru: { word: 'Концовка', numbered: 'Концовка {n}' },
		ar: { word: 'الختام', numbered: 'الختام {n}' }
	},
	other: {
		zh: { word: '其他', numbered: '其他 {n}' },
		en: { word: 'Other', numbered: 'Other {n}' },
		fr: { word: 'Autre', numbered: 'Autre {n}' },
		es: { word: 'Otro', numbered: 'Otro {n}' },
		ru: { word: 'Прочее', numbered: 'Прочее {n}' },
		ar: { word: 'أخرى', numbered: 'أخرى {n}' }
	}
};
