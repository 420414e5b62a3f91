/** The reports' fixed phrases in Russian. */
import type { Phrases } from '../phrases';
import { STATUS_NAMES } from '../names';

/** The Russian plural form of a count: 1 вхождение, 2 вхождения, 5 вхождений (and 21, 22, 25, 11 …). */
function plural(n: number, one: string, few: string, many: string): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 14) return many;
	if (n % 10 === 1) return one;
	return n % 10 >= 2 && n % 10 <= 4 ? few : many;
}

export const ru: Phrases = {
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
	fullStop: '.',
	series: {
		title: 'Сравнение последовательных версий',
		count: (versions, lines) => `версий — ${versions}, цепочек пунктов — ${lines}`,
		session: (n) => `${n}-я сессия`,
		firstVersion: 'первая версия',
		substantive: 'по существу',
		absent: 'нет в этой версии',
		changesByVersion: 'Изменения в каждой версии',
		paragraphLines: 'Цепочки пунктов',
		line: 'Цепочка',
		text: 'Текст',
		termNowhere: 'нет ни в одной версии',
		termSpan: (first, last) => `впервые в ${first}, в последний раз в ${last}`,
		occurrences: (n) => `${n} ${plural(n, 'вхождение', 'вхождения', 'вхождений')}`
	}
};
