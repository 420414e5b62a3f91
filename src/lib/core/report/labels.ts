/**
 * The words every report format shares: paragraph labels, status names, the summary sentence and the
 * short description of a change. Kept in one module so that the text, HTML, Markdown, CSV and Word
 * reports call the same paragraph the same thing ("执行 4" everywhere, never "OP 4" in one and "第4段"
 * in another).
 *
 * Labels follow how delegations refer to paragraphs in negotiation: preambular paragraphs are unnumbered
 * in the text, so they are counted in reading order (序言 3 / PP 3); operative paragraphs carry their
 * printed number (执行 4 / OP 4); a subparagraph is named through its parent (执行 4 (a) / OP 4 (a)).
 * Every phrase exists in the six official languages; a report speaks its documents' language unless told
 * otherwise ({@link localeOfDocuments}).
 */
import {
	ROW_STATUSES,
	type DiffOpKind,
	type Paragraph,
	type ParagraphKind,
	type ResolutionDocument,
	type RowStats,
	type RowStatus
} from '../types';

/** Language of the report's own words (the document text is never translated): the six official languages. */
export type ReportLocale = 'zh' | 'en' | 'fr' | 'es' | 'ru' | 'ar';

/** Every report locale, in the order the UN lists its official languages after Chinese and English. */
export const REPORT_LOCALES: readonly ReportLocale[] = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

/** The locale used when a caller gives none and the documents name no language of the six. */
export const DEFAULT_LOCALE: ReportLocale = 'zh';

/** Whether a string is one of the report locales. */
export function isReportLocale(value: unknown): value is ReportLocale {
	return typeof value === 'string' && (REPORT_LOCALES as readonly string[]).includes(value);
}

/**
 * The locale a comparison's reports speak by default: the new document's language, else the old one's,
 * else {@link DEFAULT_LOCALE}. Rows stand in the new version's reading order, so its language leads.
 */
export function localeOfDocuments(
	...docs: ({ meta: { language?: string | null } } | null | undefined)[]
): ReportLocale {
	for (const doc of docs.slice().reverse()) if (isReportLocale(doc?.meta.language)) return doc.meta.language;
	return DEFAULT_LOCALE;
}

/** Whether a language (ISO 639-1) is written right to left. */
export function isRightToLeft(language: string | null | undefined): boolean {
	return language === 'ar' || language === 'he' || language === 'fa' || language === 'ur';
}

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

/** The fixed phrases of the reports in one locale, and the few sentences built around numbers. */
export interface Phrases {
	routine: string;
	routineLong: string;
	old: string;
	new: string;
	oldVersion: string;
	newVersion: string;
	symbol: string;
	date: string;
	title: string;
	source: string;
	session: string;
	paragraph: string;
	status: string;
	similarity: string;
	changes: string;
	deleted: string;
	inserted: string;
	warning: string;
	warnings: string;
	legend: string;
	footnotes: string;
	/** A footnote mark cited by a paragraph, in the parsed document's listing: "[注 4]", "[note 4]". */
	footnoteShort: string;
	unchangedRows: string;
	onlyChanges: string;
	showAllHint: string;
	reportTitle: string;
	empty: string;
	newParagraph: string;
	deletedParagraph: string;
	movedOnly: string;
	noTextChange: string;
	/** The caption of a Word comment on a moved paragraph: "Moved". */
	movedCaption: string;
	movedFrom: string;
	movedTo: string;
	was: string;
	yes: string;
	no: string;
	row: string;
	oldParagraph: string;
	newParagraph_: string;
	oldText: string;
	newText: string;
	unknown: string;
	trackedNote: string;
	/** After the edits a change summary names: "… 7 changes in all". */
	more: (n: number) => string;
	/** The whole-comparison count: "24 rows: " before the statuses. */
	rows: (total: number, statuses: string) => string;
	/** One status and its count: "16 modified", "修改 16 段". */
	statusCount: (status: RowStatus, n: number) => string;
	/** How many changed rows are routine only. */
	routineCount: (routine: number, changed: number) => string;
	/** A deleted row's label, the old paragraph's: "old PP 4", "原序言 4". */
	formerly: (label: string) => string;
	/** A row whose paragraph was labelled otherwise in the old version: "OP 5 (was OP 4)". */
	wasLabel: (newLabel: string, oldLabel: string) => string;
	/** Quote a stretch of document text in a change summary. */
	quote: (text: string) => string;
	/** An insertion and a deletion in a change summary. */
	added: (quoted: string) => string;
	removed: (quoted: string) => string;
	/** Between two edits of a change summary, and at the end of a sentence. */
	editSeparator: string;
	fullStop: string;
}

/** Every fixed phrase of the reports, per locale. */
export const PHRASES: Record<ReportLocale, Phrases> = {
	zh: {
		routine: '例行',
		routineLong: '例行更新（仅涉及日期、文号、届次和会议编号）',
		old: '旧',
		new: '新',
		oldVersion: '旧文本',
		newVersion: '新文本',
		symbol: '文号',
		date: '日期',
		title: '标题',
		source: '来源',
		session: '届会',
		paragraph: '段落',
		status: '状态',
		similarity: '相似度',
		changes: '改动',
		deleted: '删除',
		inserted: '插入',
		warning: '警告',
		warnings: '警告',
		legend: '标记',
		footnotes: '脚注',
		footnoteShort: '注',
		unchangedRows: '未改动的段落',
		onlyChanges: '只显示有改动的段落',
		showAllHint: '（使用 all 选项显示全文）',
		reportTitle: '决议文本对照',
		empty: '没有可对照的段落。',
		newParagraph: '新增段落',
		deletedParagraph: '删除段落',
		movedOnly: '仅位置移动',
		noTextChange: '文字无改动',
		movedCaption: '移动',
		movedFrom: '移自',
		movedTo: '移至',
		was: '原',
		yes: '是',
		no: '否',
		row: '序号',
		oldParagraph: '旧段落',
		newParagraph_: '新段落',
		oldText: '旧文本',
		newText: '新文本',
		unknown: '不详',
		trackedNote: '正文以修订标记列出新文本相对旧文本的全部改动：接受全部修订即得新文本，拒绝全部修订即得旧文本。',
		more: (n) => `等，共 ${n} 处`,
		rows: (total, statuses) => `共 ${total} 行对照：${statuses}`,
		statusCount: (status, n) =>
			`${STATUS_NAMES[status].zh} ${n} ${status === 'split' || status === 'merged' ? '处' : '段'}`,
		routineCount: (routine, changed) =>
			`有改动的 ${changed} 行中 ${routine} 行仅为例行更新（日期、文号、届次、会议编号）`,
		formerly: (label) => `原${label}`,
		wasLabel: (newLabel, oldLabel) => `${newLabel}（原${oldLabel}）`,
		quote: (text) => `“${text}”`,
		added: (quoted) => `＋${quoted}`,
		removed: (quoted) => `－${quoted}`,
		editSeparator: '；',
		fullStop: '。'
	},
	en: {
		routine: 'routine',
		routineLong: 'routine update (dates, document symbols, session and meeting numbers only)',
		old: 'Old',
		new: 'New',
		oldVersion: 'old text',
		newVersion: 'new text',
		symbol: 'Symbol',
		date: 'Date',
		title: 'Title',
		source: 'Source',
		session: 'Session',
		paragraph: 'Paragraph',
		status: 'Status',
		similarity: 'Similarity',
		changes: 'Changes',
		deleted: 'deleted',
		inserted: 'inserted',
		warning: 'Warning',
		warnings: 'Warnings',
		legend: 'Marks',
		footnotes: 'Footnotes',
		footnoteShort: 'note',
		unchangedRows: 'Unchanged paragraphs',
		onlyChanges: 'Show changed paragraphs only',
		showAllHint: ' (use the all option to show them in full)',
		reportTitle: 'Comparison of resolution texts',
		empty: 'No paragraphs to compare.',
		newParagraph: 'new paragraph',
		deletedParagraph: 'paragraph deleted',
		movedOnly: 'moved, text unchanged',
		noTextChange: 'no change in the text',
		movedCaption: 'Moved',
		movedFrom: 'moved from',
		movedTo: 'moved to',
		was: 'was',
		yes: 'yes',
		no: 'no',
		row: 'Row',
		oldParagraph: 'Old paragraph',
		newParagraph_: 'New paragraph',
		oldText: 'Old text',
		newText: 'New text',
		unknown: 'unknown',
		trackedNote:
			'The body shows every change from the old text to the new one as tracked changes: Accept All gives the new text, Reject All the old.',
		more: (n) => ` … ${n} changes in all`,
		rows: (total, statuses) => `${total} rows: ${statuses}`,
		statusCount: (status, n) => `${n} ${STATUS_NAMES[status].en}`,
		routineCount: (routine, changed) =>
			`${routine} of the ${changed} changed rows are routine updates only (dates, document symbols, session and meeting numbers)`,
		formerly: (label) => `old ${label}`,
		wasLabel: (newLabel, oldLabel) => `${newLabel} (was ${oldLabel})`,
		quote: (text) => `“${text}”`,
		added: (quoted) => `added ${quoted}`,
		removed: (quoted) => `removed ${quoted}`,
		editSeparator: '; ',
		fullStop: '.'
	},
	fr: {
		routine: 'routine',
		routineLong: 'mise à jour de routine (dates, cotes, numéros de session et de séance seulement)',
		old: 'Ancien',
		new: 'Nouveau',
		oldVersion: 'ancien texte',
		newVersion: 'nouveau texte',
		symbol: 'Cote',
		date: 'Date',
		title: 'Titre',
		source: 'Source',
		session: 'Session',
		paragraph: 'Paragraphe',
		status: 'État',
		similarity: 'Similarité',
		changes: 'Modifications',
		deleted: 'supprimé',
		inserted: 'ajouté',
		warning: 'Avertissement',
		warnings: 'Avertissements',
		legend: 'Marques',
		footnotes: 'Notes',
		footnoteShort: 'note',
		unchangedRows: 'Paragraphes inchangés',
		onlyChanges: 'N’afficher que les paragraphes modifiés',
		showAllHint: ' (l’option all les affiche en entier)',
		reportTitle: 'Comparaison de textes de résolution',
		empty: 'Aucun paragraphe à comparer.',
		newParagraph: 'nouveau paragraphe',
		deletedParagraph: 'paragraphe supprimé',
		movedOnly: 'déplacé, texte inchangé',
		noTextChange: 'texte inchangé',
		movedCaption: 'Déplacé',
		movedFrom: 'déplacé depuis',
		movedTo: 'déplacé vers',
		was: 'ancien',
		yes: 'oui',
		no: 'non',
		row: 'Ligne',
		oldParagraph: 'Ancien paragraphe',
		newParagraph_: 'Nouveau paragraphe',
		oldText: 'Ancien texte',
		newText: 'Nouveau texte',
		unknown: 'inconnu',
		trackedNote:
			'Le corps du document présente toutes les modifications de l’ancien texte au nouveau en mode révision : Accepter tout donne le nouveau texte, Refuser tout l’ancien.',
		more: (n) => ` … ${n} modifications en tout`,
		rows: (total, statuses) => `${total} lignes comparées\u00a0: ${statuses}`,
		statusCount: (status, n) => `${STATUS_NAMES[status].fr} ${n}`,
		routineCount: (routine, changed) =>
			`${routine} des ${changed} lignes modifiées ne sont que des mises à jour de routine (dates, cotes, numéros de session et de séance)`,
		formerly: (label) => `ancien ${label}`,
		wasLabel: (newLabel, oldLabel) => `${newLabel} (ancien ${oldLabel})`,
		quote: (text) => `«\u202f${text}\u202f»`,
		added: (quoted) => `ajouté ${quoted}`,
		removed: (quoted) => `supprimé ${quoted}`,
		editSeparator: '\u202f; ',
		fullStop: '.'
	},
	es: {
		routine: 'rutinario',
		routineLong: 'actualización rutinaria (solo fechas, signaturas, números de período de sesiones y de sesión)',
		old: 'Anterior',
		new: 'Nuevo',
		oldVersion: 'texto anterior',
		newVersion: 'texto nuevo',
		symbol: 'Signatura',
		date: 'Fecha',
		title: 'Título',
		source: 'Fuente',
		session: 'Período de sesiones',
		paragraph: 'Párrafo',
		status: 'Estado',
		similarity: 'Similitud',
		changes: 'Cambios',
		deleted: 'suprimido',
		inserted: 'añadido',
		warning: 'Advertencia',
		warnings: 'Advertencias',
		legend: 'Marcas',
		footnotes: 'Notas',
		footnoteShort: 'nota',
		unchangedRows: 'Párrafos sin cambios',
		onlyChanges: 'Mostrar solo los párrafos con cambios',
		showAllHint: ' (la opción all los muestra completos)',
		reportTitle: 'Comparación de textos de resoluciones',
		empty: 'No hay párrafos que comparar.',
		newParagraph: 'párrafo nuevo',
		deletedParagraph: 'párrafo suprimido',
		movedOnly: 'trasladado, sin cambios en el texto',
		noTextChange: 'sin cambios en el texto',
		movedCaption: 'Trasladado',
		movedFrom: 'trasladado desde',
		movedTo: 'trasladado a',
		was: 'antes',
		yes: 'sí',
		no: 'no',
		row: 'Fila',
		oldParagraph: 'Párrafo anterior',
		newParagraph_: 'Párrafo nuevo',
		oldText: 'Texto anterior',
		newText: 'Texto nuevo',
		unknown: 'desconocido',
		trackedNote:
			'El cuerpo muestra todos los cambios del texto anterior al nuevo como control de cambios: Aceptar todo da el texto nuevo, Rechazar todo el anterior.',
		more: (n) => ` … ${n} cambios en total`,
		rows: (total, statuses) => `${total} filas comparadas: ${statuses}`,
		statusCount: (status, n) => `${STATUS_NAMES[status].es} ${n}`,
		routineCount: (routine, changed) =>
			`${routine} de las ${changed} filas con cambios son solo actualizaciones rutinarias (fechas, signaturas, números de período de sesiones y de sesión)`,
		formerly: (label) => `antes ${label}`,
		wasLabel: (newLabel, oldLabel) => `${newLabel} (antes ${oldLabel})`,
		quote: (text) => `“${text}”`,
		added: (quoted) => `añadido ${quoted}`,
		removed: (quoted) => `suprimido ${quoted}`,
		editSeparator: '; ',
		fullStop: '.'
	},
	ru: {
		routine: 'техническое',
		routineLong: 'техническое обновление (только даты, условные обозначения, номера сессий и заседаний)',
		old: 'Прежний',
		new: 'Новый',
		oldVersion: 'прежний текст',
		newVersion: 'новый текст',
		symbol: 'Условное обозначение',
		date: 'Дата',
		title: 'Название',
		source: 'Источник',
		session: 'Сессия',
		paragraph: 'Пункт',
		status: 'Состояние',
		similarity: 'Сходство',
		changes: 'Изменения',
		deleted: 'удалено',
		inserted: 'добавлено',
		warning: 'Предупреждение',
		warnings: 'Предупреждения',
		legend: 'Обозначения',
		footnotes: 'Сноски',
		footnoteShort: 'сноска',
		unchangedRows: 'Пункты без изменений',
		onlyChanges: 'Показывать только измененные пункты',
		showAllHint: ' (параметр all показывает их полностью)',
		reportTitle: 'Сопоставление текстов резолюций',
		empty: 'Нет пунктов для сопоставления.',
		newParagraph: 'новый пункт',
		deletedParagraph: 'пункт удален',
		movedOnly: 'перемещено, текст не изменен',
		noTextChange: 'текст не изменен',
		movedCaption: 'Перемещено',
		movedFrom: 'перемещено из',
		movedTo: 'перемещено в',
		was: 'ранее',
		yes: 'да',
		no: 'нет',
		row: 'Строка',
		oldParagraph: 'Прежний пункт',
		newParagraph_: 'Новый пункт',
		oldText: 'Прежний текст',
		newText: 'Новый текст',
		unknown: 'неизвестно',
		trackedNote:
			'В тексте все изменения нового текста по сравнению с прежним показаны как исправления: «Принять все» дает новый текст, «Отклонить все» — прежний.',
		more: (n) => ` … всего изменений: ${n}`,
		rows: (total, statuses) => `Сопоставлено строк: ${total} (${statuses})`,
		statusCount: (status, n) => `${STATUS_NAMES[status].ru} — ${n}`,
		routineCount: (routine, changed) =>
			`из ${changed} измененных строк только технические обновления (даты, условные обозначения, номера сессий и заседаний): ${routine}`,
		formerly: (label) => `ранее ${label}`,
		wasLabel: (newLabel, oldLabel) => `${newLabel} (ранее ${oldLabel})`,
		quote: (text) => `«${text}»`,
		added: (quoted) => `добавлено ${quoted}`,
		removed: (quoted) => `удалено ${quoted}`,
		editSeparator: '; ',
		fullStop: '.'
	},
	ar: {
		routine: 'روتيني',
		routineLong: 'تحديث روتيني (التواريخ ورموز الوثائق وأرقام الدورات والجلسات فقط)',
		old: 'القديم',
		new: 'الجديد',
		oldVersion: 'النص القديم',
		newVersion: 'النص الجديد',
		symbol: 'الرمز',
		date: 'التاريخ',
		title: 'العنوان',
		source: 'المصدر',
		session: 'الدورة',
		paragraph: 'الفقرة',
		status: 'الحالة',
		similarity: 'التشابه',
		changes: 'التغييرات',
		deleted: 'محذوف',
		inserted: 'مضاف',
		warning: 'تنبيه',
		warnings: 'تنبيهات',
		legend: 'العلامات',
		footnotes: 'الحواشي',
		footnoteShort: 'حاشية',
		unchangedRows: 'الفقرات التي لم تتغير',
		onlyChanges: 'عرض الفقرات المعدلة فقط',
		showAllHint: ' (يعرضها الخيار all كاملة)',
		reportTitle: 'مقارنة نصوص القرارات',
		empty: 'لا توجد فقرات للمقارنة.',
		newParagraph: 'فقرة جديدة',
		deletedParagraph: 'فقرة محذوفة',
		movedOnly: 'منقولة، دون تغيير في النص',
		noTextChange: 'دون تغيير في النص',
		movedCaption: 'منقول',
		movedFrom: 'منقول من',
		movedTo: 'منقول إلى',
		was: 'سابقا',
		yes: 'نعم',
		no: 'لا',
		row: 'الصف',
		oldParagraph: 'الفقرة القديمة',
		newParagraph_: 'الفقرة الجديدة',
		oldText: 'النص القديم',
		newText: 'النص الجديد',
		unknown: 'غير معروف',
		trackedNote:
			'يعرض المتن جميع التغييرات من النص القديم إلى النص الجديد في صورة تغييرات متعقبة: «قبول الكل» يعطي النص الجديد، و«رفض الكل» يعطي النص القديم.',
		more: (n) => ` … ${n} تغييرات في المجموع`,
		rows: (total, statuses) => `عدد الصفوف المقارنة: ${total} (${statuses})`,
		statusCount: (status, n) => `${STATUS_NAMES[status].ar}: ${n}`,
		routineCount: (routine, changed) =>
			`التحديثات الروتينية فقط (التواريخ ورموز الوثائق وأرقام الدورات والجلسات): ${routine} من أصل ${changed} صفوف معدلة`,
		formerly: (label) => `سابقا ${label}`,
		wasLabel: (newLabel, oldLabel) => `${newLabel} (سابقا ${oldLabel})`,
		quote: (text) => `«${text}»`,
		added: (quoted) => `أضيف ${quoted}`,
		removed: (quoted) => `حذف ${quoted}`,
		editSeparator: '؛ ',
		fullStop: '.'
	}
};

/** Names a status: `修改`, or `修改（例行）` when the change is routine. */
export function nameStatus(status: RowStatus, routine: boolean, locale: ReportLocale = DEFAULT_LOCALE): string {
	const name = STATUS_NAMES[status][locale];
	if (!routine || status === 'unchanged') return name;
	return `${name}${parenthesize(PHRASES[locale].routine, locale)}`;
}

/**
 * How each kind of paragraph is named: the word alone (a title, the closing lines), and the pattern with
 * the paragraph's number in `{n}`. The forms are those of each language's UN usage: "PP 3" and "OP 5" as
 * delegates cite paragraphs in English; "al. 3 du préambule" and "par. 5 du dispositif"; "párr. 3 del
 * preámbulo" and "párr. 5 de la parte dispositiva"; "п. 3 преамбулы" and "п. 5 постановляющей части";
 * "الفقرة 3 من الديباجة" and "الفقرة 5 من المنطوق".
 */
const KIND_NAMES: Record<ParagraphKind, Record<ReportLocale, { word: string; numbered: string }>> = {
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

/**
 * How one paragraph is cited. The reports and the compare page name paragraphs in their own words
 * (`执行 4 (a)`, `OP4(a)`, a chip `执行 4.`), all from this one reading, so they never disagree on
 * which paragraph is which.
 */
export interface Citation {
	kind: ParagraphKind;
	/**
	 * What follows the kind's name: a preambular paragraph's count (`3`); an operative paragraph's printed
	 * number, else its count among the operative paragraphs; a subparagraph's printed number (`(a)`), else
	 * its count; for the other kinds, the count when the document has several of that kind, else null.
	 */
	number: string | null;
	/** A subparagraph's parent, cited the same way; null for other paragraphs or a subparagraph without one. */
	parent: Citation | null;
}

/**
 * Cites every paragraph of a document, keyed by paragraph id. Preambular paragraphs are unnumbered in
 * the text, so they are counted in reading order; operative ones keep their printed number; heading,
 * closing and other lines are counted only when there are several.
 */
export function citeParagraphs(doc: ResolutionDocument): Map<string, Citation> {
	const citations = new Map<string, Citation>();
	const totals = new Map<ParagraphKind, number>();
	for (const p of doc.paragraphs) totals.set(p.kind, (totals.get(p.kind) ?? 0) + 1);
	const seen = new Map<ParagraphKind, number>();
	for (const p of doc.paragraphs) {
		const ordinal = (seen.get(p.kind) ?? 0) + 1;
		seen.set(p.kind, ordinal);
		let number: string | null;
		switch (p.kind) {
			case 'preamble':
				number = String(ordinal);
				break;
			case 'operative':
			case 'subparagraph':
				number = p.number ?? String(ordinal);
				break;
			default:
				number = (totals.get(p.kind) ?? 0) > 1 ? String(ordinal) : null;
		}
		// A parent stands before its subparagraphs, so it is cited already.
		const parent = p.kind === 'subparagraph' && p.parent ? (citations.get(p.parent) ?? null) : null;
		citations.set(p.id, { kind: p.kind, number, parent });
	}
	return citations;
}

/**
 * Names a citation in words: `序言 3`, `执行 4`, `执行 4 (a)`, `标题`; in English `PP 3`, `OP 4 (a)`,
 * `Title`; in French `Par. 4 a) du dispositif`. A subparagraph is named by its top paragraph's pattern
 * with the numbers of the chain: the operative paragraph's and its own.
 */
export function nameCitation(citation: Citation, locale: ReportLocale = DEFAULT_LOCALE): string {
	let root = citation;
	const chain: string[] = [];
	while (root.kind === 'subparagraph' && root.parent) {
		if (root.number !== null) chain.unshift(root.number);
		root = root.parent;
	}
	if (root.number !== null) chain.unshift(root.number);
	const name = KIND_NAMES[root.kind][locale];
	return chain.length === 0 ? name.word : name.numbered.replace('{n}', chain.join(' '));
}

/** Labels every paragraph of a document, keyed by paragraph id: `序言 3`, `执行 4`, `执行 4 (a)`, `标题`. */
export function labelParagraphs(
	doc: ResolutionDocument,
	locale: ReportLocale = localeOfDocuments(doc)
): Map<string, string> {
	const labels = new Map<string, string>();
	for (const [id, citation] of citeParagraphs(doc)) labels.set(id, nameCitation(citation, locale));
	return labels;
}

/**
 * The printed number of a paragraph as it stands before the text: `4.` or `(a)`, and `4 -` in an Arabic
 * document (the language of the document, ISO 639-1); null when none.
 */
export function printNumber(p: Paragraph, language?: string | null): string | null {
	if (!p.number) return null;
	if (p.kind === 'operative' && /^\d+$/.test(p.number)) return language === 'ar' ? `${p.number} -` : `${p.number}.`;
	return p.number;
}

/**
 * Labels a row from its paragraphs' labels: the new side's when it has one (rows stand in the new
 * version's reading order), else the old side's, as `原序言 4` (a deleted paragraph has no place in the new
 * numbering); a differing old label is added, as `执行 5（原执行 4）`.
 */
export function labelRow(oldLabels: string[], newLabels: string[], locale: ReportLocale = DEFAULT_LOCALE): string {
	const oldLabel = oldLabels.join(' + ');
	const newLabel = newLabels.join(' + ');
	if (!newLabel) return oldLabel && PHRASES[locale].formerly(oldLabel);
	if (!oldLabel || oldLabel === newLabel) return newLabel;
	return PHRASES[locale].wasLabel(newLabel, oldLabel);
}

/** Counts the changed rows that are routine only. */
export function countRoutine(rows: { status: RowStatus; routine: boolean }[]): { changed: number; routine: number } {
	let changed = 0;
	let routine = 0;
	for (const row of rows) {
		if (row.status === 'unchanged') continue;
		changed++;
		if (row.routine) routine++;
	}
	return { changed, routine };
}

/**
 * The summary sentence: `共 24 行对照：修改 16 段，未改动 8 段；有改动的 16 行中 3 行仅为例行更新。`
 * Statuses with no rows are left out, except that an empty comparison says so.
 */
export function summarizeStats(
	stats: RowStats,
	counts: { changed: number; routine: number },
	locale: ReportLocale = DEFAULT_LOCALE
): string {
	const total = ROW_STATUSES.reduce((sum, status) => sum + (stats[status] ?? 0), 0);
	const words = PHRASES[locale];
	if (total === 0) return words.empty;
	const parts = ROW_STATUSES.filter((status) => (stats[status] ?? 0) > 0).map((status) =>
		words.statusCount(status, stats[status])
	);
	let sentence = words.rows(total, parts.join(locale === 'zh' ? '，' : listSeparatorOf(locale)));
	if (counts.routine > 0) sentence += `${words.editSeparator}${words.routineCount(counts.routine, counts.changed)}`;
	return sentence + words.fullStop;
}

/** One edit of a row's diff, for the short change summary: a replacement, an insertion or a deletion. */
export interface Edit {
	deleted: string;
	inserted: string;
}

/**
 * Groups a diff into edits: each run of deletions and insertions between two equal pieces is one edit.
 * Paragraph breaks inside an edit are shown as `¶`.
 */
export function groupEdits(pieces: { op: DiffOpKind; text: string }[]): Edit[] {
	const edits: Edit[] = [];
	let current: Edit | null = null;
	for (const piece of pieces) {
		if (piece.op === 0) {
			if (current) edits.push(current);
			current = null;
			continue;
		}
		current ??= { deleted: '', inserted: '' };
		const text = piece.text.replace(/\n/g, '¶');
		if (piece.op === -1) current.deleted += text;
		else current.inserted += text;
	}
	if (current) edits.push(current);
	return edits;
}

/** Characters of an edit kept in the short change summary before it is cut with `…`. */
const EDIT_CHARS = 16;
/** Edits named in the short change summary before the rest are counted. */
const EDITS_SHOWN = 3;

/** Cuts a string to `max` characters (code points), marking the cut with `…`. */
export function truncate(text: string, max: number): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : chars.slice(0, max).join('') + '…';
}

/**
 * The short description of a row's change, one line: `“强调”→“着重指出”；＋“及多边论坛”`, or
 * `新增段落` / `删除段落` for whole paragraphs; empty for an unchanged row.
 */
export function summarizeChange(
	status: RowStatus,
	pieces: { op: DiffOpKind; text: string }[],
	locale: ReportLocale = DEFAULT_LOCALE
): string {
	const words = PHRASES[locale];
	if (status === 'unchanged') return '';
	if (status === 'inserted') return words.newParagraph;
	if (status === 'deleted') return words.deletedParagraph;
	const edits = groupEdits(pieces);
	if (edits.length === 0) return status === 'moved' ? words.movedOnly : words.noTextChange;
	const quote = (s: string) => words.quote(truncate(s, EDIT_CHARS));
	// Full-width ＋/－ (and words in the other languages): a leading ASCII + or - would make a spreadsheet
	// read a formula.
	const shown = edits.slice(0, EDITS_SHOWN).map((edit) => {
		if (edit.deleted && edit.inserted) return `${quote(edit.deleted)}→${quote(edit.inserted)}`;
		if (edit.inserted) return words.added(quote(edit.inserted));
		return words.removed(quote(edit.deleted));
	});
	let line = shown.join(words.editSeparator);
	if (edits.length > EDITS_SHOWN) line += words.more(edits.length);
	return line;
}

/**
 * A one-line description of a document: `A/RES/76/40 · 2021-12-06 · 促进…多边主义`; in a right-to-left
 * locale each part is isolated ({@link isolate}) so the symbol and the date keep their order.
 */
export function describeDocument(doc: ResolutionDocument, locale?: ReportLocale): string {
	const m = doc.meta;
	return [m.symbol ?? m.source, m.date, m.title]
		.filter((part): part is string => part !== null && part !== undefined && part !== '')
		.map((part) => (locale ? isolate(part, locale) : part))
		.join(' · ');
}

/**
 * The two versions of one file with tracked changes, as the one-file comparison labels its sides: before the
 * changes (every change rejected) and after them (every change accepted).
 */
export const VERSION_NAMES: Record<'original' | 'accepted', Record<ReportLocale, string>> = {
	original: { zh: '修订前', en: 'original', fr: 'original', es: 'original', ru: 'исходный', ar: 'الأصلي' },
	accepted: { zh: '修订后', en: 'revised', fr: 'révisé', es: 'revisado', ru: 'с правкой', ar: 'المنقّح' }
};

/** The version of a file with tracked changes a document is, as a parenthetical remark; empty for other documents. */
function versionRemark(doc: Pick<ResolutionDocument, 'meta'>, locale: ReportLocale): string {
	const version = doc.meta.revisions;
	return version ? parenthesize(VERSION_NAMES[version][locale], locale) : '';
}

/**
 * The name a document goes by in headings: its symbol, else the file it was read from; one version of a file
 * with tracked changes says which (`A/C.1/77/L.5（修订前）`, `DRAFT.docx (revised)`), so the two sides of a
 * one-file comparison are told apart.
 */
export function nameDocument(doc: Pick<ResolutionDocument, 'meta'>, locale: ReportLocale = 'en'): string {
	return (doc.meta.symbol ?? doc.meta.source) + versionRemark(doc, locale);
}

/** The file a document was read from, with the version of a file with tracked changes: `DRAFT.docx (original)`. */
export function sourceOf(doc: Pick<ResolutionDocument, 'meta'>, locale: ReportLocale = 'en'): string {
	return doc.meta.source + versionRemark(doc, locale);
}

/** The colon after a caption: full-width in Chinese, after a no-break space in French. */
export function colonOf(locale: ReportLocale): string {
	return locale === 'zh' ? '：' : locale === 'fr' ? '\u00a0: ' : ': ';
}

/** A parenthetical remark: `（…）` in Chinese, ` (…)` in the other languages. */
export function parenthesize(text: string, locale: ReportLocale): string {
	return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

/** The separator of an enumeration: `、` in Chinese, `، ` in Arabic. */
export function listSeparatorOf(locale: ReportLocale): string {
	return locale === 'zh' ? '、' : locale === 'ar' ? '، ' : ', ';
}

/** The arrow from the old version to the new: `→`, and `←` in a right-to-left locale. */
export function arrowOf(locale: ReportLocale): string {
	return isRightToLeft(locale) ? '←' : '→';
}

/**
 * Text set apart from the bidirectional text around it, for formats with no markup: between U+2068 FIRST
 * STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE in a right-to-left locale, so that "A/RES/76/40" or
 * "2021-12-06" keeps its order inside an Arabic sentence; unchanged in the other locales.
 */
export function isolate(text: string, locale: ReportLocale): string {
	return isRightToLeft(locale) && text ? `\u2068${text}\u2069` : text;
}
