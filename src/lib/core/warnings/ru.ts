/** The warnings in Russian: « » quotes, and the count's noun in the form its number takes. */
import type { MisreadExample, WarningSentences } from '../warnings';

/** The noun form a number takes in Russian: one (1, 21), few (2–4, 22–24), many (5–20, 25…). */
function plural(n: number, one: string, few: string, many: string): string {
	const tens = n % 100;
	const units = n % 10;
	if (tens >= 11 && tens <= 14) return many;
	if (units === 1) return one;
	if (units >= 2 && units <= 4) return few;
	return many;
}

/** A misread letter: `«q» читается как «u» («uue» вместо «que»)`. */
const misread = (letters: MisreadExample[]) =>
	letters.map((m) => `«${m.letter}» читается как «${m.readAs}» («${m.read}» вместо «${m.meant}»)`).join(', ');

const damaged =
	'поэтому некоторые слова написаны с ошибками — здесь, как и в любом тексте, скопированном из этого файла';

const SIDES = { old: 'старый текст', new: 'новый текст' } as const;

export const ru: WarningSentences = {
	subject: (s) => ('side' in s ? `${SIDES[s.side]} (${s.name})` : 'version' in s ? s.version : `${s.from} → ${s.to}`),
	unrelated: (w) =>
		`два документа, по-видимому, представляют собой разные резолюции (${w.titles ? `названия «${w.titles[0]}» и «${w.titles[1]}»; ` : ''}общий текст — ${w.shared}\u00a0%)`,
	'no-paragraphs': (w) =>
		w.side === 'old'
			? `в старом тексте (${w.name}) нет ни одного абзаца: все строки добавлены`
			: `в новом тексте (${w.name}) нет ни одного абзаца: все строки исключены`,
	'pages-limit': (w) =>
		`прочитан${w.read % 10 === 1 && w.read % 100 !== 11 ? 'а только первая' : 'ы только первые'} ${w.read} ${plural(w.read, 'страница', 'страницы', 'страниц')} из ${w.pages}`,
	'page-unreadable': (w) => `не удалось прочитать страницу ${w.page} (${w.reason}); её текст отсутствует`,
	'page-no-text': (w) =>
		`на странице ${w.page} нет текстового слоя (отсканированное изображение?); её текст отсутствует`,
	'pdf-misread': (w) => `текстовый слой самого PDF-файла повреждён: в нём ${misread(w.letters)}, ${damaged}`,
	'pdf-damaged': (w) =>
		`текстовый слой самого PDF-файла повреждён: разные буквы читаются как ${w.letters.map((l) => `«${l}»`).join(', ')}, ${damaged}`,
	'text-misread': (w) =>
		`буквы текста, по-видимому, прочитаны неверно: в нём ${misread(w.letters)}, как в тексте, взятом из PDF-файла с повреждённым текстовым слоем, поэтому некоторые слова написаны с ошибками`,
	'text-boxes': () => 'текст в текстовых полях не читается: он не участвует в сравнении',
	'markup-kept': (w) => `разметка оставлена как текст в абзаце в строке ${w.line}: слишком много знаков разметки`,
	'too-many-paragraphs': (w) => `более ${w.limit} абзацев: остальной текст сохранён без анализа в последнем абзаце`,
	'operative-order': (w) => `пункт ${w.number} постановляющей части следует за пунктом ${w.after} (строка ${w.line})`,
	'no-operative': () => 'не найдено ни одного нумерованного пункта постановляющей части',
	'no-structure': () =>
		'структура резолюции или доклада не распознана: каждый блок текста сохранён как отдельный абзац',
	'footnotes-missing': (w) =>
		w.marks.length === 1
			? `приводится ссылка на сноску ${w.marks[0]} (строка ${w.line}), но её текст не найден`
			: `приводятся ссылки на сноски ${w.marks.join(', ')} (начиная со строки ${w.line}), но их текст не найден`,
	'more-warnings': (w) => `… и ещё ${w.count} ${plural(w.count, 'предупреждение', 'предупреждения', 'предупреждений')}`,
	text: (w) => w.text
};
