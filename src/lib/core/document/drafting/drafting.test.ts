import { describe, expect, it } from 'vitest';
import {
	BULLET_ITEM,
	DASH_ITEM,
	DRAFT_SYMBOL,
	FOOTNOTE_RULE,
	NUMBERED_PARAGRAPH,
	RESOLUTION_NUMBER,
	SECTION_HEADING,
	SUBPARAGRAPH,
	buildOpenerTable,
	chineseDrafting,
	endsWithParagraphPunctuation,
	englishDrafting,
	formatIsoDate,
	getDateForms,
	getDrafting,
	isFootnoteRule,
	matchOpener,
	parseChineseNumber,
	parseEnglishOrdinal,
	splitSponsors
} from './index';

describe('numbers of sessions', () => {
	const chinese: [string, number | null][] = [
		['七十六', 76],
		['六十七', 67],
		['十', 10],
		['十八', 18],
		['一百零三', 103],
		['二十', 20],
		['76', 76],
		['', null],
		['七十六届', null]
	];
	it.each(chinese)('Chinese numeral %j → %j', (text, value) => {
		expect(parseChineseNumber(text)).toBe(value);
	});

	const english: [string, number | null][] = [
		['Seventy-sixth', 76],
		['sixty-seventh', 67],
		['Tenth', 10],
		['Twentieth', 20],
		['76th', 76],
		['Seventy', null],
		['Seventy-sixtieth', null]
	];
	it.each(english)('English ordinal %j → %j', (text, value) => {
		expect(parseEnglishOrdinal(text)).toBe(value);
	});
});

describe('dates', () => {
	const cases: [label: string, read: (t: string) => string | null, text: string, iso: string | null][] = [
		['Chinese with print spaces', chineseDrafting.toIsoDate, '2021 年 12 月 6 日', '2021-12-06'],
		['Chinese canonical', chineseDrafting.toIsoDate, '2012年12月3日大会决议', '2012-12-03'],
		['Chinese inside a sentence', chineseDrafting.toIsoDate, '于2013年9月26日举行', '2013-09-26'],
		['English', englishDrafting.toIsoDate, '6 December 2021', '2021-12-06'],
		['English lower case month', englishDrafting.toIsoDate, 'on 3 december 2012', '2012-12-03'],
		['not a calendar date', chineseDrafting.toIsoDate, '2021年2月30日', null],
		['no date', englishDrafting.toIsoDate, 'Agenda item 100', null]
	];
	it.each(cases)('%s', (_label, read, text, iso) => {
		expect(read(text)).toBe(iso);
	});

	it.each(['zh', 'en', 'fr', 'es', 'ru', 'ar', 'de'])(
		"the date forms of %s are its drafting conventions' own, read without building them",
		(language) => {
			const forms = getDateForms(language);
			const conventions = getDrafting(language);
			expect(forms.date).toBe(conventions.date);
			expect(forms.toIsoDate).toBe(conventions.toIsoDate);
		}
	);

	it('formats ISO dates and refuses impossible ones', () => {
		expect(formatIsoDate(2001, 11, 29)).toBe('2001-11-29');
		expect(formatIsoDate(2001, 13, 1)).toBeNull();
		expect(formatIsoDate(1900, 1, 1)).toBeNull();
	});
});

describe('the dates of the other UN languages, each read in its one module', () => {
	// [what, language, text, ISO date read, the date as the pattern takes it out of the text]
	const cases: [what: string, language: string, text: string, iso: string, taken: string][] = [
		['Russian in full, "года"', 'ru', '17 января 2023 года', '2023-01-17', '17 января 2023 года'],
		['Russian with the year abbreviated, "г."', 'ru', '17 января 2023 г.', '2023-01-17', '17 января 2023 г.'],
		['Russian "г" whose point was lost', 'ru', '17 января 2023 г', '2023-01-17', '17 января 2023 г'],
		[
			'Russian "от …" ("dated"): the preposition is the sentence\'s, the date keeps its "г."',
			'ru',
			'письмо от 17 января 2023 г. на имя Генерального секретаря',
			'2023-01-17',
			'17 января 2023 г.'
		],
		[
			"Russian at the end of a sentence: its full stop is not the date's",
			'ru',
			'резолюцию 77/1 от 7 декабря 2022 года.',
			'2022-12-07',
			'7 декабря 2022 года'
		],
		['Russian "годах" is no year word', 'ru', 'в 17 января 2023 годах', '2023-01-17', '17 января 2023'],
		['Spanish cardinal day', 'es', '9 de enero de 2023', '2023-01-09', '9 de enero de 2023'],
		['Spanish "1º" (primero)', 'es', '1º de enero de 2023', '2023-01-01', '1º de enero de 2023'],
		['Spanish "1.º", the point before the letter', 'es', '1.º de enero de 2023', '2023-01-01', '1.º de enero de 2023'],
		['Spanish "1°", the degree sign typed for it', 'es', '1° de enero de 2023', '2023-01-01', '1° de enero de 2023'],
		[
			'Spanish "1 o" as a PDF extractor leaves the superscript',
			'es',
			'desde el 1 o de enero de 2023',
			'2023-01-01',
			'1 o de enero de 2023'
		],
		[
			'Spanish "1 o 2 de …" is two days, the second read',
			'es',
			'el 1 o 2 de enero de 2023',
			'2023-01-02',
			'2 de enero de 2023'
		],
		['French "1er"', 'fr', '1er janvier 2023', '2023-01-01', '1er janvier 2023'],
		['Arabic-Indic digits', 'ar', '١ كانون الثاني/يناير ٢٠٢٣', '2023-01-01', '١ كانون الثاني/يناير ٢٠٢٣']
	];
	it.each(cases)('%s', (_what, language, text, iso, taken) => {
		const forms = getDateForms(language);
		expect(forms.toIsoDate(text)).toBe(iso);
		expect(forms.date.exec(text)?.[0]).toBe(taken);
	});

	it.each([
		['ru', '17 января 2023 г.', true],
		['ru', '17 января 2023 г', true],
		['ru', '17 января 2023 гг.', false],
		['ru', 'от 17 января 2023 г.', false],
		['es', '1.º de enero de 2023', true],
		['es', '1° de enero de 2023', true],
		['es', '1 o de enero de 2023', true],
		['fr', '1ᵉʳ janvier 2023', true]
	] as const)('%s closing date line %j: %s', (language, line, matches) => {
		expect(getDrafting(language).closingDate.test(line)).toBe(matches);
	});

	it.each([
		['ru', 'Резолюция, принятая Генеральной Ассамблеей 17 января 2023 г.', '17 января 2023 г.'],
		['ru', 'Резолюция, принятая Генеральной Ассамблеей 6 декабря 2021 года', '6 декабря 2021 года'],
		['es', 'Resolución aprobada por la Asamblea General el 1.º de diciembre de 2022', '1.º de diciembre de 2022'],
		['fr', 'Résolution adoptée par l’Assemblée générale le 1ᵉʳ décembre 2022', '1ᵉʳ décembre 2022'],
		['ar', 'قرار اتخذته الجمعية العامة في ١ كانون الأول/ديسمبر ٢٠٢٢', '١ كانون الأول/ديسمبر ٢٠٢٢']
	] as const)('%s adoption line %j takes the date %j', (language, line, date) => {
		const conventions = getDrafting(language);
		expect(conventions.adoptionLine.exec(line)?.[1]).toBe(date);
		expect(conventions.toIsoDate(date)).not.toBeNull();
	});
});

describe('line patterns', () => {
	const cases: [label: string, re: RegExp, line: string, matches: boolean][] = [
		['operative number with space', NUMBERED_PARAGRAPH, '4. **着重指出**必须', true],
		['operative number glued to Chinese', NUMBERED_PARAGRAPH, '4.重申', true],
		['full-width stop', NUMBERED_PARAGRAPH, '4．重申', true],
		['Markdown escaped number', NUMBERED_PARAGRAPH, '4\\. Reaffirms', true],
		['resolution number is not an operative number', NUMBERED_PARAGRAPH, '67/38. 促进', false],
		['decimal is not a number', NUMBERED_PARAGRAPH, '1.5 million', false],
		['year is not a number', NUMBERED_PARAGRAPH, '2021 年 12 月', false],
		['resolution number', RESOLUTION_NUMBER, '76/40. 促进裁军和不扩散领域的多边主义', true],
		['resolution number glued', RESOLUTION_NUMBER, '67/38.促进', true],
		['resolution with letter', RESOLUTION_NUMBER, '56/24 T. Multilateral cooperation', true],
		['special session resolution', RESOLUTION_NUMBER, 'S-10/2. Final Document', true],
		['symbol inside a sentence is no title', RESOLUTION_NUMBER, '第56/24T号决议', false],
		['lettered subparagraph', SUBPARAGRAPH, '(a) 加强', true],
		['full-width parentheses', SUBPARAGRAPH, '（b）加强', true],
		['roman subparagraph', SUBPARAGRAPH, '(iv) text', true],
		['parenthesised capital is no subparagraph', SUBPARAGRAPH, '(Vols.I-III))。', false],
		['en dash item', DASH_ITEM, '– 寻求全面政治解决办法', true],
		['dash without space is text', DASH_ITEM, '–寻求', false],
		['bullet item', BULLET_ITEM, '• item', true],
		['Chinese section heading', SECTION_HEADING, '一. 导言', true],
		['Chinese section heading with comma', SECTION_HEADING, '二、从各国政府收到的答复', true],
		['roman section heading', SECTION_HEADING, 'II. Replies received from Governments', true]
	];
	it.each(cases)('%s', (_label, re, line, matches) => {
		expect(re.test(line)).toBe(matches);
	});

	it('reads the Chinese letterhead and closing lines', () => {
		expect(chineseDrafting.session.exec('第七十六届会议')?.[1]).toBe('七十六');
		expect(chineseDrafting.agendaItem.exec('议程项目100 (r)')?.[1]).toBe('100 (r)');
		expect(chineseDrafting.adoptionLine.test('2021年12月6日大会决议')).toBe(true);
		expect(chineseDrafting.committeeLine.exec('[根据第一委员会的报告(A/76/444,第93段)通过]')?.[1]).toBe('A/76/444');
		expect(chineseDrafting.committeeLine.exec('[根据第一委员会的报告(A/67/409)通过]')?.[1]).toBe('A/67/409');
		expect(chineseDrafting.closingMeeting.exec('第 45 次全体会议')?.[1]).toBe('45');
		expect(chineseDrafting.closingDate.test('2013 年 12 月 5日')).toBe(true);
		expect(chineseDrafting.assemblyHeading.test('大会，')).toBe(true);
		expect(chineseDrafting.assemblyHeading.test('大会通过')).toBe(false);
	});

	it('reads the English letterhead and closing lines', () => {
		expect(englishDrafting.session.exec('Seventy-sixth session')?.[1]).toBe('Seventy-sixth');
		expect(englishDrafting.agendaItem.exec('Agenda item 100 (r)')?.[1]).toBe('100 (r)');
		expect(
			englishDrafting.adoptionLine.exec('Resolution adopted by the General Assembly on 6 December 2021')?.[1]
		).toBe('6 December 2021');
		expect(englishDrafting.committeeLine.exec('[on the report of the First Committee (A/76/444, para. 93)]')?.[1]).toBe(
			'A/76/444'
		);
		expect(englishDrafting.closingMeeting.exec('45th plenary meeting')?.[1]).toBe('45');
		expect(englishDrafting.assemblyHeading.test('The General Assembly,')).toBe(true);
	});

	it('finds the run-on closing at the end of tokenized text', () => {
		const m = chineseDrafting.runOnClosing.exec('的 分项 。 2012年 12月 3日 第48 次 全体 会议');
		expect(m?.[1]).toBe('2012年 12月 3日');
		expect(m?.[2]).toBe('第48 次 全体 会议');
	});

	it('matches line patterns on very long lines without backtracking', () => {
		const long = '1' + '2'.repeat(200_000) + '.' + ' '.repeat(200_000) + 'x';
		for (const re of [NUMBERED_PARAGRAPH, RESOLUTION_NUMBER, SUBPARAGRAPH, SECTION_HEADING]) {
			expect(re.test(long)).toBe(false);
		}
		const spaced = '第 ' + '4 '.repeat(200_000) + '次全体会议';
		expect(chineseDrafting.closingMeeting.test(spaced)).toBe(false);
		expect(chineseDrafting.runOnClosing.test('。 ' + '2012 '.repeat(100_000))).toBe(false);
	});
});

describe('openers and verbs', () => {
	const zhVerbs = buildOpenerTable(chineseDrafting.operativeVerbs, false);
	const zhOpeners = buildOpenerTable(chineseDrafting.preambleOpeners, false);
	const enVerbs = buildOpenerTable(englishDrafting.operativeVerbs, true);
	const cases: [label: string, text: string, table: ReturnType<typeof buildOpenerTable>, expected: string | null][] = [
		['longest match wins: 满意地注意到 over 注意到', '满意地注意到，大会', zhVerbs, '满意地注意到'],
		['repeated verb', '又重申多边主义', zhVerbs, '又重申'],
		['request', '请秘书长', zhVerbs, '请'],
		['again urges', '再次促请所有会员国', zhVerbs, '再次促请'],
		['takes note', '表示注意到秘书长', zhVerbs, '表示注意到'],
		['preamble: 又回顾', '又回顾《宪章》', zhOpeners, '又回顾'],
		['preamble: 深为关切 over 关切', '深为关切核武器', zhOpeners, '深为关切'],
		['preamble: 强调指出 over 强调', '强调指出国际合作', zhOpeners, '强调指出'],
		['并 does not open a paragraph', '并决心推动', zhOpeners, null],
		['English verb at a word boundary', 'Reaffirms multilateralism', enVerbs, 'Reaffirms'],
		['English multi-word verb', 'Calls upon all Member States', enVerbs, 'Calls upon'],
		['no match inside a longer word', 'Notesworthy', enVerbs, null]
	];
	it.each(cases)('%s', (_label, text, table, expected) => {
		expect(matchOpener(text, 0, table)).toBe(expected);
	});

	it('has the openers the seeds use, in both languages', () => {
		for (const w of [
			'决心',
			'回顾',
			'又回顾',
			'还回顾',
			'深信',
			'铭记',
			'意识到',
			'确认',
			'又确认',
			'考虑到',
			'强调',
			'强调指出',
			'关切',
			'严重关切',
			'深为关切',
			'认识到',
			'注意到',
			'欢迎',
			'欣见',
			'重申',
			'念及'
		]) {
			expect(chineseDrafting.preambleOpeners).toContain(w);
		}
		for (const w of [
			'重申',
			'又重申',
			'敦促',
			'强调',
			'着重指出',
			'再次呼吁',
			'再次促请',
			'请',
			'表示注意到',
			'决定',
			'满意地注意到',
			'欢迎',
			'确认',
			'吁请',
			'鼓励'
		]) {
			expect(chineseDrafting.operativeVerbs).toContain(w);
		}
		expect(englishDrafting.preambleOpeners).toContain('Recalling');
	});

	it('gives a language that is none of the six the structural patterns without openers', () => {
		const de = getDrafting('de');
		expect(de.language).toBe('de');
		expect(de.preambleOpeners).toHaveLength(0);
		expect(getDrafting('constructor').preambleOpeners).toHaveLength(0);
		expect(getDrafting('zh')).toBe(chineseDrafting);
	});
});

describe('small readers', () => {
	const ends: [string, boolean][] = [
		['重申多边主义；', true],
		['决心促进严格遵循原则，', true],
		['…的方法，²', true],
		['的分项。 ', true],
		['题为“促进裁军和不扩散领域的多边主义”', false],
		['(A/68/411)通过]', false],
		['推进多边核裁军谈判', false],
		['**重申**', false],
		['', false]
	];
	it.each(ends)('ends a paragraph: %j → %j', (line, expected) => {
		expect(endsWithParagraphPunctuation(line)).toBe(expected);
	});

	it('reads the last characters of a line as the character classes of the rule say, for every unit', () => {
		const trails = (ch: string) => /[\s”’」』)）\]】》*_⁰¹²³⁴-⁹]/u.test(ch);
		const ends = (ch: string) => '。；：，！？.;:,!?'.includes(ch);
		for (let c = 0; c <= 0xffff; c++) {
			const ch = String.fromCharCode(c);
			if (endsWithParagraphPunctuation('。' + ch) !== (ends(ch) || trails(ch)))
				expect.fail(`U+${c.toString(16)} after 。`);
			if (endsWithParagraphPunctuation('a' + ch) !== ends(ch)) expect.fail(`U+${c.toString(16)} after a`);
		}
	});

	it('knows footnote rules by their characters', () => {
		for (const line of [
			'_____',
			'____',
			'-----',
			'---',
			'----',
			'———',
			'***',
			'* * *',
			'—————',
			'_____a',
			'a_____',
			''
		]) {
			expect(isFootnoteRule(line)).toBe(FOOTNOTE_RULE.test(line));
		}
	});
});

describe('draft resolutions', () => {
	const symbols: [
		label: string,
		text: string,
		match: string | null,
		committee: string | undefined,
		session: string | undefined
	][] = [
		['committee draft', 'A/C.1/77/L.31', 'A/C.1/77/L.31', '1', '77'],
		['revised committee draft', 'A/C.1/77/L.31/Rev.1', 'A/C.1/77/L.31/Rev.1', '1', '77'],
		['plenary draft', 'A/77/L.15', 'A/77/L.15', undefined, '77'],
		['in a masthead line', '联合国 A/C.3/76/L.2', 'A/C.3/76/L.2', '3', '76'],
		['an adopted resolution is not a draft', 'A/RES/76/40', null, undefined, undefined],
		['a report is not a draft', 'A/76/444', null, undefined, undefined]
	];
	it.each(symbols)('draft symbol: %s', (_label, text, match, committee, session) => {
		const m = DRAFT_SYMBOL.exec(text);
		expect(m?.[0] ?? null).toBe(match);
		if (m) expect([m[1], m[2]]).toEqual([committee, session]);
	});

	const draftLines: [label: string, conv: typeof chineseDrafting, line: string, sponsors: string | undefined | null][] =
		[
			['one sponsor with a star', chineseDrafting, '阿塞拜疆*：决议草案', '阿塞拜疆*'],
			[
				'three sponsors',
				chineseDrafting,
				'阿塞拜疆、古巴和委内瑞拉玻利瓦尔共和国：决议草案',
				'阿塞拜疆、古巴和委内瑞拉玻利瓦尔共和国'
			],
			['no sponsor', chineseDrafting, '决议草案', undefined],
			['English', englishDrafting, 'Azerbaijan*: draft resolution', 'Azerbaijan*'],
			['English, alone', englishDrafting, 'Draft resolution', undefined],
			['a paragraph citing a draft is not the line', chineseDrafting, '审议了决议草案，', null],
			[
				'a paragraph citing a draft is not the line (en)',
				englishDrafting,
				'Having considered the draft resolution,',
				null
			]
		];
	it.each(draftLines)('draft line: %s', (_label, conv, line, sponsors) => {
		const m = conv.draftLine.exec(line);
		if (sponsors === null) expect(m).toBeNull();
		else expect(m?.[1]).toBe(sponsors);
	});

	const sponsorLists: [label: string, conv: typeof chineseDrafting, list: string, names: string[]][] = [
		['one name, star dropped', chineseDrafting, '阿塞拜疆*', ['阿塞拜疆']],
		[
			'list with 和 before the last',
			chineseDrafting,
			'阿塞拜疆、古巴和委内瑞拉玻利瓦尔共和国',
			['阿塞拜疆', '古巴', '委内瑞拉玻利瓦尔共和国']
		],
		['共和国 is not a conjunction', chineseDrafting, '伊朗伊斯兰共和国', ['伊朗伊斯兰共和国']],
		['a name with 和 stays whole', chineseDrafting, '特立尼达和多巴哥', ['特立尼达和多巴哥']],
		['a name with 和 last in a list', chineseDrafting, '古巴和特立尼达和多巴哥', ['古巴', '特立尼达和多巴哥']],
		[
			'English list',
			englishDrafting,
			'Azerbaijan,* Cuba and Venezuela (Bolivarian Republic of)',
			['Azerbaijan', 'Cuba', 'Venezuela (Bolivarian Republic of)']
		],
		['English name with "and"', englishDrafting, 'Cuba and Trinidad and Tobago', ['Cuba', 'Trinidad and Tobago']]
	];
	it.each(sponsorLists)('sponsors: %s', (_label, conv, list, names) => {
		expect(splitSponsors(list, conv)).toEqual(names);
	});

	// Arabic joins "و" to each name after the first, with or without commas (the UN's Arabic drafts print
	// "ألبانيا، وأستراليا، وكندا"); names of Member States with a word opening with "و" stay whole.
	const arabicSponsorLists: [label: string, list: string, names: string[]][] = [
		['one name, star dropped', 'ألبانيا*', ['ألبانيا']],
		['three names, "و" before each after the first', 'ألبانيا وأستراليا وكندا', ['ألبانيا', 'أستراليا', 'كندا']],
		['three names, commas and "و"', 'ألبانيا، وأستراليا، وكندا', ['ألبانيا', 'أستراليا', 'كندا']],
		['three names, commas and "و", a star', 'ألبانيا،* وأستراليا، وكندا*', ['ألبانيا', 'أستراليا', 'كندا']],
		['commas, "و" before the last only', 'ألبانيا، أستراليا، وكندا', ['ألبانيا', 'أستراليا', 'كندا']],
		['a name with "و" alone', 'ترينيداد وتوباغو', ['ترينيداد وتوباغو']],
		[
			'a name with "و" alone (the United Kingdom)',
			'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية',
			['المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية']
		],
		[
			'names with "و" in a list without commas',
			'البوسنة والهرسك وأنتيغوا وبربودا وكندا وسانت كيتس ونيفس',
			['البوسنة والهرسك', 'أنتيغوا وبربودا', 'كندا', 'سانت كيتس ونيفس']
		],
		[
			'names with "و" in a list with commas',
			'سانت فنسنت وجزر غرينادين، وسان تومي وبرينسيبي، وترينيداد وتوباغو، والمملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية',
			[
				'سانت فنسنت وجزر غرينادين',
				'سان تومي وبرينسيبي',
				'ترينيداد وتوباغو',
				'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية'
			]
		],
		['a name opening with "ال" after "و"', 'كندا والولايات المتحدة الأمريكية', ['كندا', 'الولايات المتحدة الأمريكية']],
		[
			'a name with a word opening with "(و"',
			'ألبانيا وميكرونيزيا (ولايات - الموحدة)',
			['ألبانيا', 'ميكرونيزيا (ولايات - الموحدة)']
		]
	];
	it.each(arabicSponsorLists)('sponsors (ar): %s', (_label, list, names) => {
		expect(splitSponsors(list, getDrafting('ar'))).toEqual(names);
	});

	it('reads committee lines in both languages', () => {
		expect(chineseDrafting.committeeName.exec('第一委员会')?.[1]).toBe('第一委员会');
		expect(englishDrafting.committeeName.exec('Third Committee')?.[1]).toBe('Third Committee');
		expect(chineseDrafting.committeeName.test('第一委员会的报告')).toBe(false);
	});
});
