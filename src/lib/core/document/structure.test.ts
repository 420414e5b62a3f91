import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../compare';
import { chineseDrafting, englishDrafting } from './drafting';
import { normalizeText } from '../text/normalize';
import { BareMarkReader, marksOfLostNotes } from './structure/bare-marks';
import { findHeadingRunOn, findLostParagraphStart, findRunOnNumber } from './structure/lines';
import { parseResolution } from './parse';
import { warningsInEnglish } from '../warnings';
import { detectShape, structureDocument, type DocumentStructure, type StructuredParagraph } from './structure';

const seed = (name: string) =>
	normalizeText(readFileSync(fileURLToPath(new URL(`../../../../corpus/${name}`, import.meta.url)), 'utf8'));
const zh = (text: string) => structureDocument(normalizeText(text), { drafting: chineseDrafting });
const en = (text: string) => structureDocument(normalizeText(text), { drafting: englishDrafting });
const brief = (s: DocumentStructure) => s.paragraphs.map((p) => [p.kind, p.number, p.text]);
const ofKind = (s: DocumentStructure, kind: StructuredParagraph['kind']) => s.paragraphs.filter((p) => p.kind === kind);

describe('marksOfLostNotes', () => {
	it.each([
		[
			'marks running 1 to 4, one cited again',
			['Action,1 and the Summit', 'Declaration2 and resolutions,3', 'Action,1 again, the Goals4'],
			4
		],
		['too few to tell', ['Action,1 and the Declaration2'], 0],
		['one out of order', ['Action,1 and', 'the Declaration2, 2001,5 and resolutions,3 and Goals4'], 0],
		['a number first that is no mark', ['paragraphs,7 and Action,1, Declaration2, Programme3'], 0],
		['names and symbols, which are no marks', ['CO2, G77, COVID19, Add.1, L.41, 1.5, 10:30, Space2030'], 0],
		['spaced numbers, which a text has', ['resolutions 1, 2 and 3 of the Goals 4 and 5'], 0]
	])('%s', (_, texts, marks) => {
		expect(marksOfLostNotes(texts).size).toBe(marks);
	});

	it('leaves every text that has its notes, or no marks, as it is read', () => {
		for (const name of ['A-RES-67-38.zh.txt', 'A-RES-76-40.zh.txt']) {
			const text = seed(name);
			expect(marksOfLostNotes(text.split('\n\n')).size).toBe(0);
		}
	});
});

describe('BareMarkReader', () => {
	// The text as read with each mark found shown as [^n]; `cited` marks were cited by the blocks before.
	const cases: [label: string, text: string, cited: string[], read: string][] = [
		[
			'glued to a year after a preposition',
			'Declarations of 20172 and 2021,3 and',
			['1'],
			'Declarations of 2017[^2] and 2021,[^3] and'
		],
		[
			'not a number a noun numbers',
			'Treaty Series, vol. 1015, No. 20172.',
			['1'],
			'Treaty Series, vol. 1015, No. 20172.'
		],
		[
			'glued to a resolution number',
			'pursuant to resolution 77/2285 and',
			['4'],
			'pursuant to resolution 77/228[^5] and'
		],
		[
			'not a resolution number of three digits',
			'pursuant to resolution 77/228 and',
			['1'],
			'pursuant to resolution 77/228 and'
		],
		["not a symbol's own number", 'see A/78/1005 and S/2023/1005', ['4'], 'see A/78/1005 and S/2023/1005'],
		['not a mark out of order', 'pursuant to resolution 77/2283 and', ['4'], 'pursuant to resolution 77/2283 and'],
		[
			'spaced, after a plural noun, before a word that joins no number',
			'the Millennium Development Goals 4 and associated',
			['3'],
			'the Millennium Development Goals[^4] and associated'
		],
		[
			'not a number joined to another',
			'the Sustainable Development Goals 4 and 5',
			['3'],
			'the Sustainable Development Goals 4 and 5'
		],
		[
			'spaced, after a year, before a comma',
			'ocupados desde 1967 4, así como',
			['3'],
			'ocupados desde 1967[^4], así como'
		],
		['not a number after a year before a capital', 'en 1967 4 Estados', ['3'], 'en 1967 4 Estados'],
		[
			'not a day of a French or Spanish date',
			'adoptadas el 5 de diciembre de 2001 y el 4 décembre',
			['5'],
			'adoptadas el 5 de diciembre de 2001 y el 4 décembre'
		],
		['spaced, after a sentence ends', 'the Paris Principles. 13 We will', ['12'], 'the Paris Principles.[^13] We will'],
		['not after an abbreviation', 'see paras. 3 and 4 of', ['2'], 'see paras. 3 and 4 of'],
		['not after a word that numbers it', 'Principle 3 of the', ['2'], 'Principle 3 of the'],
		['not a quantity', 'some of 3 States', ['2'], 'some of 3 States'],
		[
			'not a paragraph cited with its letter, whatever word names it (A/RES/77/247, op. 18 (b))',
			'mencionan en el párraio 3 a) al estatuto, and paragraph 4 (a) above',
			['3'],
			'mencionan en el párraio 3 a) al estatuto, and paragraph 4 (a) above'
		],
		[
			'a mark before a word with a closing parenthesis later',
			'the Agreement 4 and the (a) list',
			['3'],
			'the Agreement[^4] and the (a) list'
		]
	];
	it.each(cases)('%s', (_, text, cited, read) => {
		const reader = new BareMarkReader(new Set(['1', '2', '3', '4', '5', '13']));
		reader.note(cited.map((mark) => ({ mark, offset: 0 })));
		const got = reader.read(text, []);
		let out = got.raw;
		for (const m of [...got.marks].reverse()) out = `${out.slice(0, m.offset)}[^${m.mark}]${out.slice(m.offset)}`;
		expect(out).toBe(read);
	});
});

describe('findRunOnNumber', () => {
	// What the line holds from the paragraph found on, or null when none is.
	const cases: [label: string, line: string, next: number, rest: string | null][] = [
		[
			'after a footnote mark',
			'5. We also reaffirm … in persons.8 6. We recall the Global Compact',
			6,
			'6. We recall the Global Compact'
		],
		['after a full stop', 'in the context of global migration. 7. We also', 7, '7. We also'],
		[
			'after a footnote mark a space apart (A/RES/80/3)',
			'the relevant commitments in the Pact for the Future. 16 9. We note the interest',
			9,
			'9. We note the interest'
		],
		['not after an abbreviation and a number', 'Treaty Series, vol. 1760 2. See', 2, null],
		['after a closing quotation mark', 'entitled “The Pact for the Future”. 4. We reaffirm', 4, '4. We reaffirm'],
		['not a number other than the next', 'in persons.8 6. We recall', 7, null],
		['not after an abbreviation', 'on the report (A/80/534, para. 7. The', 7, null],
		['not before lower case', 'in persons. 6. we recall', 6, null],
		['not mid-sentence', 'in persons 6. We recall', 6, null],
		['empty', '', 1, null]
	];
	it.each(cases)('%s', (_, line, next, rest) => {
		const at = findRunOnNumber(line, next);
		expect(at < 0 ? null : line.slice(at)).toBe(rest);
	});
});

describe('findLostParagraphStart', () => {
	// What the line holds from the paragraph found on, or null when none is; `next` is the number the next one takes.
	const start = englishDrafting.declarationParagraph as RegExp;
	const cases: [label: string, line: string, next: number, rest: string | null][] = [
		[
			'its number lost too (A/RES/80/3)',
			'the development agenda of the We welcome the Awaza',
			2,
			'We welcome the Awaza'
		],
		['its number kept (A/RES/80/3)', 'finance facility for 15. We emphasize the', 15, '15. We emphasize the'],
		['"We are"', 'the commitments of the We are committed to', 4, 'We are committed to'],
		['not the Charter quoted', 'in the spirit of We the peoples of the United Nations', 4, null],
		['not a number other than the next', 'a facility for 15. We emphasize', 9, null],
		['not after punctuation', 'in the Pact for the Future. We note the', 9, null],
		['not after a capital', 'the International Decade We welcome', 9, null],
		['not before a capital', 'the campaign of the We Are Family Foundation', 9, null],
		['not "We" alone at the end', 'the development agenda of the We', 2, null]
	];
	it.each(cases)('%s', (_, line, next, rest) => {
		const found = findLostParagraphStart(line, next, start);
		expect(found === null ? null : line.slice(found.at)).toBe(rest);
	});
});

describe('findHeadingRunOn', () => {
	// What the line holds from the paragraph found on, or null when none is; `last` is the last number read.
	const cases: [label: string, line: string, last: number, rest: string | null][] = [
		['a heading', 'Global context and shared commitments 3. We gather at', 1, '3. We gather at'],
		['with a comma', 'Governance, accountability and monitoring 20. We underscore', 19, '20. We underscore'],
		['after a roman number', 'III. Conclusion and call to action 23. We declare', 22, '23. We declare'],
		['with a year', 'II. Implementation of … for the Decade 2024–2034 13. We strongly', 12, '13. We strongly'],
		['a first paragraph', 'Introduction 1. We, the Heads of State', 7, '1. We, the Heads of State'],
		['not a number behind the last', 'Partnerships and support mechanisms 3. We invite', 16, null],
		['not far ahead of the last', 'Partnerships and support mechanisms 30. We invite', 16, null],
		['not a sentence', 'Recalling its resolution 60/1. 3. Requests', 2, null],
		['not a wrapped line', 'of the Convention on Biological Diversity 3. We', 2, null],
		['not on a preposition', 'Implementation of 3. We gather', 2, null],
		['not before lower case', 'Global context 3. we gather', 2, null]
	];
	it.each(cases)('%s', (_, line, last, rest) => {
		const at = findHeadingRunOn(line, last, englishDrafting.unfinishedLineEnd);
		expect(at < 0 ? null : line.slice(at)).toBe(rest);
	});
});

describe('detectShape', () => {
	const cases: [label: string, text: string, shape: ReturnType<typeof detectShape>][] = [
		['67/38: corpus topics line and tokenized body', seed('A-RES-67-38.zh.txt'), 'tokenized'],
		['76/40: clean text with Markdown bold', seed('A-RES-76-40.zh.txt'), 'markdown'],
		['68/46: PDF text', seed('A-RES-68-46.zh.txt'), 'pdf-text'],
		['A/67/131: PDF text', seed('A-67-131.zh.txt'), 'pdf-text'],
		[
			'tokenized without a topics line',
			'大会 ， 决心 促进 严格 遵循 《 联合国 宪章 》 所 载 宗旨 和 原则 ， 回顾 其 关于 裁军 和 不 扩散 领域 的 多边 合作 和 打击 恐怖主义 全球 努力 的 决议 ，',
			'tokenized'
		],
		['plain text, one paragraph a line', '大会，\n决心促进严格遵循原则，\n1. 重申多边主义；', 'plain'],
		[
			'Word paste indented with ideographic spaces, one paragraph a line',
			'\u3000\u3000大会，\n\u3000\u3000决心促进严格遵循原则，\n\u3000\u3000回顾其决议，\n\u3000\u30001. 重申多边主义；',
			'plain'
		],
		['English with italics', '*Recalling* its resolution,\n1. *Reaffirms* multilateralism;', 'markdown'],
		['a JavaScript global is not Markdown', 'window.__x = 1;\nwindow.__y = window.__x;', 'plain'],
		['dunder names and snake_case are not Markdown', 'call __init__ on snake_case_name', 'plain'],
		['arithmetic is not Markdown', '2*3*4 与 第1*号和第2*号', 'plain'],
		['Chinese bold is Markdown', '又**强调**必须', 'markdown']
	];
	it.each(cases)('%s', (_label, text, shape) => {
		expect(detectShape(normalizeText(text))).toBe(shape);
	});
});

describe('structureDocument: a colon inside a name, and one before a list', () => {
	// One paragraph a line, as PyMuPDF writes a declaration (A/RES/80/3's annex).
	const text = [
		'80/3. Awaza Political Declaration',
		'The General Assembly,',
		'1. We welcome the Awaza Programme of Action, which builds on the Almaty Programme of Action:',
		'Addressing the Special Needs of Landlocked Developing Countries within a New Global Framework, and the Vienna Programme of Action.',
		'2. We commit ourselves to its five priority areas, in particular to:',
		'Structural transformation and science, technology and innovation;',
		'3. We invite the bodies of the Third United Nations Conference on Landlocked Developing Countries:',
		'(a) To act;',
		'4. We invite the Office to report to the General Assembly.',
		'Member States are encouraged to take part.'
	].join('\n');
	it('goes on with the subtitle of a name after its colon, and opens the items after a colon in prose or a lettered one', () => {
		const s = en(text);
		expect(s.paragraphs.map((p) => [p.number, p.text.slice(0, 24)])).toEqual([
			[null, 'Awaza Political Declarat'],
			[null, 'The General Assembly,'],
			['1', 'We welcome the Awaza Pro'],
			['2', 'We commit ourselves to i'],
			// An item whose letter the extractor lost, under the paragraph that announced it.
			['(a)', 'Structural transformatio'],
			['3', 'We invite the bodies of '],
			['(a)', 'To act;'],
			['4', 'We invite the Office to '],
			[null, 'Member States are encour']
		]);
		expect(s.paragraphs[2].text).toMatch(/Action: Addressing the Special Needs .* Vienna Programme of Action\.$/);
	});
});

describe('structureDocument: English resolution', () => {
	const text = [
		'Seventy-sixth session',
		'Agenda item 100 (r)',
		'Resolution adopted by the General Assembly on 6 December 2021',
		'[on the report of the First Committee (A/76/444, para. 93)]',
		'76/40. Promotion of multilateralism in the area of disarmament and non-proliferation',
		'The General Assembly,',
		'Determined to foster strict respect for the purposes and principles enshrined in the Charter of the United Nations,',
		'Recalling its resolution 56/24 T of 29 November 2001 on multilateral cooperation in the area of disarmament',
		'and non-proliferation and global efforts against terrorism,',
		'Recalling also the United Nations Millennium Declaration,1',
		'1. Reaffirms multilateralism as the core principle in negotiations in the area of disarmament;',
		'2. Also reaffirms multilateralism as the core principle in resolving disarmament concerns;',
		'3. Requests the Secretary-General to seek the views of Member States:',
		'(a) On the issue of multilateralism;',
		'(b) On ways to promote it;',
		'4. Decides to include in the provisional agenda of its seventy-seventh session the sub-item entitled “Promotion of multilateralism”.',
		'45th plenary meeting',
		'6 December 2021'
	].join('\n');
	const s = en(text);

	it('reads letterhead into meta', () => {
		expect(s.meta).toMatchObject({
			kind: 'resolution',
			symbol: 'A/RES/76/40',
			session: 76,
			date: '2021-12-06',
			agendaItem: '100 (r)',
			committeeReport: 'A/76/444',
			meeting: 45,
			title: 'Promotion of multilateralism in the area of disarmament and non-proliferation'
		});
	});

	it('reads preamble, operative paragraphs, subparagraphs and closing', () => {
		expect(brief(s)).toEqual([
			['title', null, 'Promotion of multilateralism in the area of disarmament and non-proliferation'],
			['heading', null, 'The General Assembly,'],
			[
				'preamble',
				null,
				'Determined to foster strict respect for the purposes and principles enshrined in the Charter of the United Nations,'
			],
			[
				'preamble',
				null,
				'Recalling its resolution 56/24 T of 29 November 2001 on multilateral cooperation in the area of disarmament and non-proliferation and global efforts against terrorism,'
			],
			['preamble', null, 'Recalling also the United Nations Millennium Declaration,1'],
			['operative', '1', 'Reaffirms multilateralism as the core principle in negotiations in the area of disarmament;'],
			['operative', '2', 'Also reaffirms multilateralism as the core principle in resolving disarmament concerns;'],
			['operative', '3', 'Requests the Secretary-General to seek the views of Member States:'],
			['subparagraph', '(a)', 'On the issue of multilateralism;'],
			['subparagraph', '(b)', 'On ways to promote it;'],
			[
				'operative',
				'4',
				'Decides to include in the provisional agenda of its seventy-seventh session the sub-item entitled “Promotion of multilateralism”.'
			],
			['closing', null, '45th plenary meeting'],
			['closing', null, '6 December 2021']
		]);
		expect(s.paragraphs[8].parent).toBe(7);
		expect(s.paragraphs[9].parent).toBe(7);
	});

	it('reads items under an item that announces them: (i), (ii) under (a), printed or not', () => {
		const nested = (lines: string[]) =>
			en(['80/1. Test', 'The General Assembly,', 'Recalling its resolutions,', ...lines].join('\n')).paragraphs.map(
				(p) => [p.number, p.parent ?? null]
			);
		const printed = nested([
			'1. Requests the Secretary-General:',
			'(a) To strengthen the Commission by:',
			'(i) Assisting Member States;',
			'(ii) Inviting the banks;',
			'(b) To report on it.'
		]);
		expect(printed.slice(3)).toEqual([
			['1', null],
			['(a)', 3],
			['(i)', 4],
			['(ii)', 4],
			['(b)', 3]
		]);
	});

	it('infers the emphasis of operative verbs', () => {
		expect(s.paragraphs[5].emphasis).toEqual([[0, 9]]);
		expect(s.paragraphs[6].emphasis).toEqual([[0, 14]]);
		expect(s.paragraphs[7].emphasis).toEqual([[0, 8]]);
	});

	it('splits a run-on English text at its openers', () => {
		const run = en(
			'The General Assembly, Recalling its resolution 56/24 T, Reaffirming the purposes of the Charter, 1. Reaffirms multilateralism; 2. Decides to include the item.'
		);
		expect(brief(run)).toEqual([
			['heading', null, 'The General Assembly,'],
			['preamble', null, 'Recalling its resolution 56/24 T,'],
			['preamble', null, 'Reaffirming the purposes of the Charter,'],
			['operative', '1', 'Reaffirms multilateralism;'],
			['operative', '2', 'Decides to include the item.']
		]);
	});
});

describe('structureDocument: PDF text', () => {
	it('joins hard line breaks without spaces between Chinese and starts paragraphs at indented lines', () => {
		const s = zh(
			' 大会， \n\n 回顾其决议，其中大会设立一个不限成员名额\n\n工作组，负责拟定建议， \n\n 1. 欢迎报告； \n\n 2. 请秘书长转递报告。 '
		);
		expect(brief(s)).toEqual([
			['heading', null, '大会，'],
			['preamble', null, '回顾其决议，其中大会设立一个不限成员名额工作组，负责拟定建议，'],
			['operative', '1', '欢迎报告；'],
			['operative', '2', '请秘书长转递报告。']
		]);
	});

	it('continues a paragraph cut by a footnote block, and reads the footnotes out of the flow', () => {
		const s = zh(
			[
				' 大会， ',
				' 回顾《联合国千年宣言》，',
				'1 ',
				'其中除其他外指出，世界各国必须共同承担',
				'_______________ ',
				'1',
				' 第 55/2 号决议。 ',
				'责任来管理全球经济， ',
				' 1. 欢迎报告。 '
			].join('\n')
		);
		expect(brief(s)).toEqual([
			['heading', null, '大会，'],
			['preamble', null, '回顾《联合国千年宣言》，其中除其他外指出，世界各国必须共同承担责任来管理全球经济，'],
			['operative', '1', '欢迎报告。']
		]);
		expect(s.paragraphs[1].marks).toEqual([{ mark: '1', offset: 12 }]);
		expect(s.footnotes).toEqual([{ mark: '1', text: '第55/2号决议。', paragraph: 1 }]);
	});

	it('keeps an indented line that continues an unfinished word in its paragraph (A/67/131, line 341)', () => {
		const s = zh(
			' 根据这项决议，在加强多边裁军外交并建立新的此类机\n\n 制的国际努力中，委员会是最合适的平台之一。 \n\n 第二段。 \n\n 第三段，\n\n 接着。 '
		);
		expect(s.paragraphs.map((p) => p.text)).toEqual([
			'根据这项决议，在加强多边裁军外交并建立新的此类机制的国际努力中，委员会是最合适的平台之一。',
			'第二段。',
			'第三段，接着。'
		]);
	});

	it('drops page headers and footers but keeps the symbol', () => {
		const s = zh(
			' 一. 导言 \n\n 第一段在这里被分 \n\nA/67/131  \n\n12-41312 (C)6 \n\n页截断了。 \n\n 第二段。 \n\n 还有一段\n\n不完整的行'
		);
		expect(s.paragraphs.map((p) => p.text)).toEqual([
			'导言',
			'第一段在这里被分页截断了。',
			'第二段。',
			'还有一段不完整的行'
		]);
		expect(s.meta.symbol).toBe('A/67/131');
		expect(s.meta.kind).toBe('report');
	});
});

describe('structureDocument: Markdown and plain text', () => {
	it('joins wrapped lines of one paragraph and splits at sentence ends and markers', () => {
		const s = zh(
			'大会，\n\n回顾其关于裁军的\n决议，\n又回顾《宪章》，\n1. **重申**多边主义；\n2. **请**秘书长\n提交报告。'
		);
		expect(brief(s)).toEqual([
			['heading', null, '大会，'],
			['preamble', null, '回顾其关于裁军的决议，'],
			['preamble', null, '又回顾《宪章》，'],
			['operative', '1', '重申多边主义；'],
			['operative', '2', '请秘书长提交报告。']
		]);
		expect(s.paragraphs[3].emphasis).toEqual([[0, 2]]);
	});

	it('continues a paragraph across footnote lines at a page break', () => {
		const s = zh('大会，\n\n回顾其关于裁军的\n\n¹ 第 55/2 号决议。\n\n决议，¹\n\n1. 重申多边主义。');
		expect(brief(s)).toEqual([
			['heading', null, '大会，'],
			['preamble', null, '回顾其关于裁军的决议，'],
			['operative', '1', '重申多边主义。']
		]);
		expect(s.footnotes).toEqual([{ mark: '1', text: '第55/2号决议。', paragraph: 1 }]);
	});

	it('reads Markdown headings, bullets and footnote definitions', () => {
		const s = zh(
			'# 76/40. 促进多边主义\n\n**大会**，\n\n回顾决议[^1]，\n\n1. 决定：\n- 甲；\n- 乙。\n\n[^1]: 第 55/2 号决议。'
		);
		expect(brief(s)).toEqual([
			['title', null, '促进多边主义'],
			['heading', null, '大会，'],
			['preamble', null, '回顾决议，'],
			['operative', '1', '决定：'],
			['subparagraph', '–', '甲；'],
			['subparagraph', '–', '乙。']
		]);
		expect(s.paragraphs[1].emphasis).toEqual([[0, 2]]);
		expect(s.footnotes[0]).toEqual({ mark: '1', text: '第55/2号决议。', paragraph: 2 });
	});

	it('reads a Word paste: ideographic indentation, no-break spaces, bullets, soft hyphens', () => {
		const s = zh(
			'\u3000\u3000大会，\n\u3000\u3000回顾其决议，\n\u3000\u30001.\u00A0重申多边主义：\n\uF0B7\t加强\u00AD合作；\n\u3000\u30002. 决定\u200B列入分项。'
		);
		expect(brief(s)).toEqual([
			['heading', null, '大会，'],
			['preamble', null, '回顾其决议，'],
			['operative', '1', '重申多边主义：'],
			['subparagraph', '•', '加强合作；'],
			['operative', '2', '决定列入分项。']
		]);
	});
});

describe('structureDocument: edge cases', () => {
	it('keeps a text with no structure as paragraphs of kind other, with a warning', () => {
		const s = zh('这是一段话。\n\n这是另一段话。');
		expect(brief(s)).toEqual([
			['other', null, '这是一段话。'],
			['other', null, '这是另一段话。']
		]);
		expect(warningsInEnglish(s.warnings ?? [])[0]).toMatch(/no resolution or report structure/);
	});

	it('reads a resolution without operative part and warns', () => {
		const s = zh('76/40. 促进多边主义\n大会，\n回顾其决议，');
		expect(ofKind(s, 'preamble')).toHaveLength(1);
		expect(warningsInEnglish(s.warnings ?? [])).toContain('no numbered operative paragraph found');
	});

	// An operative paragraph whose number an extractor lost: numbered from the gap it fills, when it opens with an
	// operative verb; anything else unnumbered in the operative part stays as it was.
	const lostNumber: [label: string, lines: string[], expected: [kind: string, number: string | null][]][] = [
		[
			'the last before the closing',
			['1. Decides X;', 'Requests Y.'],
			[
				['operative', '1'],
				['operative', '2']
			]
		],
		[
			'in a gap of one',
			['1. Decides X;', 'Requests Y;', '3. Decides Z.'],
			[
				['operative', '1'],
				['operative', '2'],
				['operative', '3']
			]
		],
		[
			'two in a gap of two',
			['1. Decides X;', 'Requests Y;', 'Invites Z;', '4. Decides W.'],
			[
				['operative', '1'],
				['operative', '2'],
				['operative', '3'],
				['operative', '4']
			]
		],
		[
			'no gap: a verb-led block between 1 and 2',
			['1. Decides X;', 'Requests Y;', '2. Decides Z.'],
			[
				['operative', '1'],
				['other', null],
				['operative', '2']
			]
		],
		[
			'a gap the verb-led blocks do not fill',
			['1. Decides X;', 'Requests Y;', '4. Decides Z.'],
			[
				['operative', '1'],
				['other', null],
				['operative', '4']
			]
		],
		[
			'a preambular opener, not a verb',
			['1. Decides X;', 'Recalling Y,', '3. Decides Z.'],
			[
				['operative', '1'],
				['other', null],
				['operative', '3']
			]
		],
		[
			'a continued sentence',
			['1. Decides X;', 'The Secretary-General shall report.', '3. Decides Z.'],
			[
				['operative', '1'],
				['other', null],
				['operative', '3']
			]
		]
	];
	it.each(lostNumber)('numbers an operative paragraph whose number was lost: %s', (_label, lines, expected) => {
		const s = en(
			['The General Assembly,', 'Recalling its resolutions,', 'Requests nothing yet,', ...lines].join('\n\n')
		);
		const body = s.paragraphs.slice(3).filter((p) => p.kind !== 'closing');
		expect(body.map((p) => [p.kind, p.number])).toEqual(expected);
		expect(s.paragraphs[1].kind).toBe('preamble');
		expect(s.paragraphs[2].kind).toBe('preamble');
	});

	it('warns when operative numbers jump', () => {
		const s = zh('大会，\n1. 重申；\n3. 决定。');
		expect(warningsInEnglish(s.warnings)[0]).toMatch(/operative paragraph 3 follows paragraph 1/);
	});

	it('warns about a cited footnote whose text is missing', () => {
		const s = zh('大会，\n回顾宣言，⁷\n1. 决定。');
		expect(s.paragraphs[1].marks).toEqual([{ mark: '7', offset: 5 }]);
		expect(warningsInEnglish(s.warnings).some((w) => /footnote 7/.test(w))).toBe(true);
	});

	it('names every cited footnote whose text is missing in one warning, each once', () => {
		const s = zh('大会，\n回顾宣言，⁷\n又回顾公约，⁸\n1. 决定，⁷ 并请秘书长报告。');
		expect(warningsInEnglish(s.warnings).filter((w) => /footnote/.test(w))).toEqual([
			'footnotes 7, 8 are cited (from line 2) but their texts were not found'
		]);
	});

	it('keeps HTML-like text as literal characters', () => {
		const s = zh('大会，\n<script>alert("x")</script>回顾，\n1. <b>决定</b>。');
		expect(s.paragraphs.map((p) => p.text)).toEqual(['大会，', '<script>alert("x")</script>回顾，', '<b>决定</b>。']);
	});

	const bounded: [label: string, text: string][] = [
		['clean text', '大会，\n回顾甲，\n回顾乙，\n1. 决定丙；\n2. 决定丁。'],
		['PDF text', ' 大会， \n 回顾甲， \n 回顾乙，\n延续， \n 1. 决定丙； \n 2. 决定丁。 '],
		['run-on text', '大 会 ， 回顾 甲 ， 回顾 乙 ， 1. 决定 丙 ； 2. 决定 丁 。']
	];
	it.each(bounded)('stops at maxParagraphs and keeps the rest in the last paragraph (%s)', (_label, text) => {
		const s = structureDocument(normalizeText(text), { drafting: chineseDrafting, maxParagraphs: 3 });
		expect(s.paragraphs).toHaveLength(3);
		expect(s.paragraphs[2].text.replace(/\s+/g, '')).toMatch(/^回顾乙，.*决定丙；.*决定丁。$/);
		expect(warningsInEnglish(s.warnings ?? [])[0]).toMatch(/more than 3 paragraphs/);
	});
});

describe('structureDocument: run-on text', () => {
	const tokenized = (text: string) =>
		structureDocument(normalizeText(text), { drafting: chineseDrafting, shape: 'tokenized' });

	it('reads operative paragraph numbers of four digits, as line-based text does', () => {
		const operative = Array.from({ length: 1001 }, (_, i) => `${i + 1}. 决定 事项 ${i + 1} ；`).join(' ');
		const s = tokenized(`大 会 ， 回顾 甲 ， ${operative}`);
		const numbered = ofKind(s, 'operative');
		expect(numbered).toHaveLength(1001);
		expect(numbered[999]).toMatchObject({ number: '1000', text: '决定事项1000；' });
		expect(numbered[1000]).toMatchObject({ number: '1001', text: '决定事项1001；' });
		expect(s.warnings).toEqual([]);
	});

	it('keeps a year in running text inside its paragraph, even right after a comma', () => {
		const s = en(
			'The General Assembly, Recalling its resolution adopted on 3 December, 2012. 1. Decides to act by 2013. 2. Requests a report in 2014.'
		);
		expect(brief(s)).toEqual([
			['heading', null, 'The General Assembly,'],
			['preamble', null, 'Recalling its resolution adopted on 3 December, 2012.'],
			['operative', '1', 'Decides to act by 2013.'],
			['operative', '2', 'Requests a report in 2014.']
		]);
	});
});

describe('structureDocument: draft resolutions', () => {
	const body = '大会，\n决心促进严格遵循《联合国宪章》所载宗旨和原则，\n1. **重申**多边主义；\n2. **决定**列入分项。';
	const zhLetterhead = [
		'联合国\tA/C.1/77/L.31',
		'大会\tDistr.: Limited',
		'11 October 2022',
		'Chinese',
		'Original: English',
		'第七十七届会议',
		'第一委员会',
		'议程项目 99 (t)',
		'全面彻底裁军：促进裁军和不扩散领域的多边主义'
	].join('\n');
	const title = '促进裁军和不扩散领域的多边主义';
	type Case = [label: string, text: string, lang: 'zh' | 'en', meta: Record<string, unknown>, absent: string[]];
	const cases: Case[] = [
		[
			'First Committee draft, one sponsor with a star footnote',
			`${zhLetterhead}\n阿塞拜疆*：决议草案\n${title}\n${body}\n\n* 代表属于不结盟运动成员的联合国会员国。`,
			'zh',
			{
				symbol: 'A/C.1/77/L.31',
				session: 77,
				committee: '第一委员会',
				agendaItem: '99 (t)',
				agendaTitle: '全面彻底裁军：促进裁军和不扩散领域的多边主义',
				sponsors: ['阿塞拜疆'],
				draft: true,
				kind: 'resolution',
				title,
				// The masthead's date of issue, as the PDF and Word readers read it: a draft has no date of adoption.
				date: '2022-10-11'
			},
			['meeting']
		],
		[
			'revised draft, three sponsors, blank lines between',
			`联合国 A/C.1/77/L.31/Rev.1\n\n第一委员会\n\n议程项目 99 (t)\n\n全面彻底裁军\n\n阿塞拜疆、古巴和委内瑞拉玻利瓦尔共和国：决议草案\n\n${title}\n\n${body}`,
			'zh',
			{
				symbol: 'A/C.1/77/L.31/Rev.1',
				session: 77,
				sponsors: ['阿塞拜疆', '古巴', '委内瑞拉玻利瓦尔共和国'],
				draft: true,
				title
			},
			['date', 'meeting']
		],
		[
			'plenary draft, "决议草案" alone, session from the symbol',
			`联合国 A/77/L.15\n议程项目 12\n决议草案\n${title}\n${body}`,
			'zh',
			{ symbol: 'A/77/L.15', session: 77, draft: true, title },
			['sponsors', 'committee', 'date']
		],
		[
			'no letterhead: starts at the title line',
			`${title}\n${body}`,
			'zh',
			{ kind: 'resolution', title },
			['symbol', 'draft', 'sponsors']
		],
		['no letterhead: starts at the subject', body, 'zh', { kind: 'resolution' }, ['symbol', 'title', 'draft']],
		[
			'English committee draft',
			[
				'United Nations\tA/C.1/77/L.31',
				'General Assembly\tDistr.: Limited',
				'11 October 2022',
				'Original: English',
				'Seventy-seventh session',
				'First Committee',
				'Agenda item 99 (t)',
				'General and complete disarmament: promotion of multilateralism in the area of disarmament and non-proliferation',
				'Azerbaijan,* Trinidad and Tobago and Cuba: draft resolution',
				'Promotion of multilateralism in the area of disarmament and non-proliferation',
				'The General Assembly,',
				'Determined to foster strict respect for the purposes and principles enshrined in the Charter of the United Nations,',
				'1. Reaffirms multilateralism as the core principle in negotiations in the area of disarmament;',
				'',
				'* On behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries.'
			].join('\n'),
			'en',
			{
				symbol: 'A/C.1/77/L.31',
				session: 77,
				committee: 'First Committee',
				agendaItem: '99 (t)',
				sponsors: ['Azerbaijan', 'Trinidad and Tobago', 'Cuba'],
				draft: true,
				title: 'Promotion of multilateralism in the area of disarmament and non-proliferation',
				date: '2022-10-11'
			},
			['meeting']
		]
	];
	it.each(cases)('%s', (_label, text, lang, meta, absent) => {
		const s = lang === 'zh' ? zh(text) : en(text);
		expect(s.meta).toMatchObject(meta);
		for (const key of absent) expect(s.meta).not.toHaveProperty(key);
		const kinds = s.paragraphs.map((p) => p.kind);
		const hasTitle = 'title' in meta;
		// Title, subject, preamble, operative: nothing of the letterhead is left as a paragraph, nothing closes.
		expect(kinds).toEqual([
			...(hasTitle ? ['title'] : []),
			'heading',
			'preamble',
			'operative',
			...(lang === 'zh' ? ['operative'] : [])
		]);
		if (hasTitle) expect(s.paragraphs[0].text).toBe(meta.title);
		expect(s.warnings).toEqual([]);
	});

	it('reads the sponsor footnote as a footnote, not as a bullet', () => {
		const s = zh(`${zhLetterhead}\n阿塞拜疆*：决议草案\n${title}\n${body}\n\n* 代表属于不结盟运动成员的联合国会员国。`);
		expect(s.footnotes).toEqual([{ mark: '*', text: '代表属于不结盟运动成员的联合国会员国。', paragraph: null }]);
		expect(s.paragraphs.some((p) => p.text.includes('不结盟运动'))).toBe(false);
	});

	it('keeps a Markdown bullet a bullet when no draft line cited the star', () => {
		const s = zh('大会，\n回顾其决议，\n1. **决定**：\n* 甲；\n* 乙。');
		expect(s.footnotes).toEqual([]);
		expect(ofKind(s, 'subparagraph').map((p) => p.text)).toEqual(['甲；', '乙。']);
	});

	it('leaves an adopted resolution as it was: no draft flag, title from "76/40."', () => {
		const s = structureDocument(seed('A-RES-76-40.zh.txt'), { drafting: chineseDrafting });
		expect(s.meta).toMatchObject({ symbol: 'A/RES/76/40', title, kind: 'resolution' });
		expect(s.meta).not.toHaveProperty('draft');
		expect(s.meta).not.toHaveProperty('sponsors');
	});
});

describe('draft against adopted text (A/RES/76/40)', () => {
	const adoptedText = readFileSync(
		fileURLToPath(new URL('../../../../corpus/A-RES-76-40.zh.txt', import.meta.url)),
		'utf8'
	);
	// The draft: the adopted text with a draft letterhead instead of its own, and without the closing lines.
	const lines = adoptedText.split('\n');
	const titleLine = lines.findIndex((l) => /^76\/40\. /.test(l));
	const draftLetterhead = [
		'联合国\tA/C.1/77/L.31',
		'大会\tDistr.: Limited',
		'11 October 2022',
		'Chinese',
		'Original: English',
		'第七十七届会议',
		'第一委员会',
		'议程项目 99 (t)',
		'全面彻底裁军：促进裁军和不扩散领域的多边主义',
		'阿塞拜疆*：决议草案'
	];
	const rest = lines.slice(titleLine);
	rest[0] = rest[0].replace(/^76\/40\. /, '');
	const closing = rest.filter((l) => /^2021 年 12 月 6 日$|^第 45 次全体会议$/.test(l.trim()));
	const draftText = [
		...draftLetterhead,
		...rest.filter((l) => !closing.includes(l)),
		'',
		'* 代表属于不结盟运动成员的联合国会员国。'
	].join('\n');

	it('builds the draft as described (two closing lines removed)', () => {
		expect(titleLine).toBeGreaterThan(0);
		expect(closing).toHaveLength(2);
	});

	it('aligns title, subject, preamble and operative paragraphs unchanged; only the closing lines are deleted', () => {
		const adopted = parseResolution(adoptedText, { source: 'A-RES-76-40.zh.txt' });
		const draft = parseResolution(draftText, { source: 'A-C.1-77-L.31.zh.txt' });
		expect(draft.meta).toMatchObject({
			symbol: 'A/C.1/77/L.31',
			session: 77,
			kind: 'resolution',
			title: adopted.meta.title
		});
		expect(draft.paragraphs.filter((p) => p.kind === 'closing')).toEqual([]);
		const c = compareDocuments(adopted, draft);
		const kindOf = new Map(adopted.paragraphs.map((p) => [p.id, p.kind]));
		const body = c.rows.filter((r) => r.status !== 'deleted');
		expect(body.every((r) => r.status === 'unchanged')).toBe(true);
		expect(new Set(body.map((r) => kindOf.get(r.old[0])))).toEqual(
			new Set(['title', 'heading', 'preamble', 'operative'])
		);
		expect(body).toHaveLength(draft.paragraphs.length);
		const deleted = c.rows.filter((r) => r.status === 'deleted');
		expect(deleted.map((r) => r.old.map((id) => kindOf.get(id)))).toEqual([['closing'], ['closing']]);
		expect(c.stats).toMatchObject({
			unchanged: draft.paragraphs.length,
			deleted: 2,
			modified: 0,
			inserted: 0,
			moved: 0,
			split: 0,
			merged: 0
		});
	});

	it('reads the draft meta', () => {
		const s = structureDocument(normalizeText(draftText), { drafting: chineseDrafting });
		expect(s.meta).toMatchObject({
			draft: true,
			sponsors: ['阿塞拜疆'],
			committee: '第一委员会',
			agendaItem: '99 (t)'
		});
		expect(s.footnotes.map((f) => f.mark)).toEqual(['1', '2', '3', '*']);
	});
});
