/**
 * Hand-built comparisons for the renderers' tests: every row status, routine pieces, footnotes, bold
 * operative verbs, a paragraph moved across a deletion, a split and a merge; plus hostile text, an empty
 * comparison and one with a side empty. Built from the domain types alone, so the renderers are tested
 * apart from parsing and alignment.
 */
import type {
	AlignedRow,
	Comparison,
	DiffOp,
	DocumentMeta,
	Footnote,
	Paragraph,
	ParagraphKind,
	ResolutionDocument,
	RowStatus,
	Warning
} from '../core/types';
import { countStatuses } from '../core/compare';

/** A paragraph in a few words. */
function para(id: string, kind: ParagraphKind, text: string, extra: Partial<Paragraph> = {}): Paragraph {
	return { id, kind, number: null, text, ...extra };
}

/** A row whose diff is given; similarity is a plain share of equal characters. */
function row(
	status: RowStatus,
	old: string[],
	neu: string[],
	diff: DiffOp[],
	routine = false,
	routineParts?: boolean[]
): AlignedRow {
	const equal = diff.filter(([op]) => op === 0).reduce((n, [, t]) => n + t.length, 0);
	const total = diff.reduce((n, [, t]) => n + t.length, 0);
	const similarity = total === 0 ? 1 : (2 * equal) / (total + equal);
	return { status, old, new: neu, similarity, diff, routine, ...(routineParts ? { routineParts } : {}) };
}

/** A document from its meta fields and paragraphs. */
function doc(meta: Partial<DocumentMeta>, paragraphs: Paragraph[], footnotes: Footnote[] = []): ResolutionDocument {
	return {
		meta: { symbol: null, session: null, date: null, title: null, source: 'test.txt', ...meta },
		paragraphs,
		footnotes
	};
}

/** Assembles a comparison, counting its rows. */
function comparison(
	oldDoc: ResolutionDocument,
	newDoc: ResolutionDocument,
	rows: AlignedRow[],
	warnings?: Warning[]
): Comparison {
	return { version: 1, old: oldDoc, new: newDoc, rows, stats: countStatuses(rows), ...(warnings ? { warnings } : {}) };
}

/**
 * A realistic comparison in the shape of 67/38 → 76/40, with every status: the old version tokenized
 * (no bold, no footnotes), the new one with bold verbs and footnotes.
 */
export function sampleComparison(): Comparison {
	const oldDoc = doc(
		{
			symbol: 'A/RES/67/38',
			session: 67,
			date: '2012-12-03',
			title: '促进裁军和不扩散领域的多边主义',
			source: 'A-RES-67-38.zh.txt'
		},
		[
			para('p1', 'title', '促进裁军和不扩散领域的多边主义'),
			para('p2', 'other', '大会，'),
			para('p3', 'preamble', '决心促进严格遵循《联合国宪章》所载宗旨和原则，'),
			para('p4', 'preamble', '回顾其 2011 年 12 月 2 日第 66/32 号决议，', { footnotes: ['1'], footnoteOffsets: [30] }),
			para('p5', 'preamble', '强调国际合作对建立友好关系作出重要贡献，'),
			para('p6', 'preamble', '注意到在德黑兰举行的会议，'),
			para('p7', 'preamble', '铭记多边谈判的结果，'),
			para('p8', 'operative', '重申多边主义是核心原则；', { number: '1' }),
			para('p9', 'operative', '敦促所有国家参加多边谈判，并呼吁各国履行承诺；', { number: '2' }),
			para('p10', 'operative', '请秘书长征求意见；', { number: '3' }),
			para('p11', 'operative', '并就此提出报告；', { number: '4' }),
			para('p12', 'operative', '决定列入分项。', { number: '5' }),
			para('p13', 'closing', '2012 年 12 月 3 日第 48 次全体会议')
		],
		[{ mark: '1', text: '第 55/2 号决议。', paragraph: 'p4' }]
	);
	const newDoc = doc(
		{
			symbol: 'A/RES/76/40',
			session: 76,
			date: '2021-12-06',
			title: '促进裁军和不扩散领域的多边主义',
			source: 'A-RES-76-40.zh.txt'
		},
		[
			para('p1', 'title', '促进裁军和不扩散领域的多边主义'),
			para('p2', 'other', '大会，'),
			para('p3', 'preamble', '决心促进严格遵循《联合国宪章》所载宗旨和原则，'),
			para('p4', 'preamble', '铭记多边谈判的成果，'),
			para('p5', 'preamble', '回顾其 2020 年 12 月 7 日第 75/47 号决议，', { footnotes: ['1'], footnoteOffsets: [30] }),
			para('p6', 'preamble', '强调指出国际合作对建立友好关系作出极其重要的贡献，'),
			para('p7', 'preamble', '欢迎各国为此作出的努力，', { footnotes: ['2'], footnoteOffsets: [12] }),
			para('p8', 'operative', '重申多边主义是核心原则；', { number: '1', emphasis: [[0, 2]] }),
			para('p9', 'operative', '敦促所有国家参加多边谈判；', { number: '2', emphasis: [[0, 2]] }),
			para('p10', 'operative', '呼吁各国履行承诺；', { number: '3', emphasis: [[0, 2]] }),
			para('p11', 'operative', '请秘书长征求意见，并就此向第七十七届会议提出报告；', {
				number: '4',
				emphasis: [[0, 1]]
			}),
			para('p12', 'operative', '决定在第七十七届会议列入下列分项：', { number: '5', emphasis: [[0, 2]] }),
			para('p13', 'subparagraph', '题为“全面彻底裁军”的项目；', { number: '(a)', parent: 'p12' }),
			para('p14', 'closing', '2021 年 12 月 6 日第 45 次全体会议')
		],
		[
			{ mark: '1', text: '第 55/2 号决议。', paragraph: 'p5' },
			{ mark: '2', text: '见 A/74/548，附件。', paragraph: 'p7' }
		]
	);
	const rows: AlignedRow[] = [
		row('unchanged', ['p1'], ['p1'], [[0, '促进裁军和不扩散领域的多边主义']]),
		row('unchanged', ['p2'], ['p2'], [[0, '大会，']]),
		row('unchanged', ['p3'], ['p3'], [[0, '决心促进严格遵循《联合国宪章》所载宗旨和原则，']]),
		row(
			'moved',
			['p7'],
			['p4'],
			[
				[0, '铭记多边谈判的'],
				[-1, '结'],
				[1, '成'],
				[0, '果，']
			]
		),
		row(
			'modified',
			['p4'],
			['p5'],
			[
				[0, '回顾其 20'],
				[-1, '11'],
				[1, '20'],
				[0, ' 年 12 月 '],
				[-1, '2'],
				[1, '7'],
				[0, ' 日第 '],
				[-1, '66/32'],
				[1, '75/47'],
				[0, ' 号决议，']
			],
			true,
			[false, true, true, false, true, true, false, true, true, false]
		),
		row(
			'modified',
			['p5'],
			['p6'],
			[
				[0, '强调'],
				[1, '指出'],
				[0, '国际合作对建立友好关系作出'],
				[1, '极其'],
				[0, '重要'],
				[1, '的'],
				[0, '贡献，']
			]
		),
		row('deleted', ['p6'], [], [[-1, '注意到在德黑兰举行的会议，']]),
		row('inserted', [], ['p7'], [[1, '欢迎各国为此作出的努力，']]),
		row('unchanged', ['p8'], ['p8'], [[0, '重申多边主义是核心原则；']]),
		row(
			'split',
			['p9'],
			['p9', 'p10'],
			[
				[0, '敦促所有国家参加多边谈判'],
				[-1, '，并'],
				[1, '；\n'],
				[0, '呼吁各国履行承诺；']
			]
		),
		row(
			'merged',
			['p10', 'p11'],
			['p11'],
			[
				[0, '请秘书长征求意见'],
				[-1, '；\n'],
				[1, '，'],
				[0, '并就此'],
				[1, '向第七十七届会议'],
				[0, '提出报告；']
			]
		),
		row(
			'modified',
			['p12'],
			['p12'],
			[
				[0, '决定'],
				[1, '在第七十七届会议'],
				[0, '列入'],
				[1, '下列'],
				[0, '分项'],
				[-1, '。'],
				[1, '：']
			]
		),
		row('inserted', [], ['p13'], [[1, '题为“全面彻底裁军”的项目；']]),
		row(
			'modified',
			['p13'],
			['p14'],
			[
				[0, '20'],
				[-1, '12'],
				[1, '21'],
				[0, ' 年 12 月 '],
				[-1, '3'],
				[1, '6'],
				[0, ' 日第 4'],
				[-1, '8'],
				[1, '5'],
				[0, ' 次全体会议']
			],
			true,
			[false, true, true, false, true, true, false, true, true, false]
		)
	];
	return comparison(oldDoc, newDoc, rows);
}

/** Text that must stay text in every format: markup, script, entities, quotes, formulas, escapes. */
export const HOSTILE = {
	script: '<script>alert("x")</script>',
	img: '<img src=x onerror="alert(1)">',
	amp: 'A & B &amp; C &lt;',
	quotes: `他说 "引号" 和 'apostrophe'`,
	js: 'javascript:alert(document.cookie)',
	md: '**粗体** [链接](javascript:alert(1)) `code` # 标题 | 管道 |',
	formula: '=HYPERLINK("http://example.invalid","点击")',
	escape: '\u001b[31m红色\u001b[0m\u0007',
	close: ']]></w:t></w:r><w:r><w:t>'
} as const;

/** A comparison whose every text field carries hostile text, with a row of each main status. */
export function hostileComparison(): Comparison {
	const h = HOSTILE;
	const oldDoc = doc(
		{ symbol: '<b>A/RES/1</b>', title: h.script, source: `${h.img}.txt`, date: '2001-01-01' },
		[
			para('p1', 'title', h.script),
			para('p2', 'preamble', `回顾 ${h.amp}，`),
			para('p3', 'operative', h.js, { number: '1' }),
			para('p4', 'operative', h.formula, { number: '2' }),
			para('p5', 'operative', h.escape, { number: '3' })
		],
		[{ mark: '1', text: h.img }]
	);
	const newDoc = doc(
		{ symbol: '<i>A/RES/2</i>', title: h.img, source: 'new"file.txt', date: '2002-01-01' },
		[
			para('p1', 'title', h.script),
			para('p2', 'preamble', `回顾 ${h.amp}，${h.quotes}`, { footnotes: ['1'], footnoteOffsets: [3] }),
			para('p3', 'operative', h.md, { number: '1', emphasis: [[0, 6]] }),
			para('p4', 'operative', h.img, { number: '2' }),
			para('p5', 'operative', h.close, { number: '3' })
		],
		[{ mark: '1', text: h.script }]
	);
	const rows: AlignedRow[] = [
		row('unchanged', ['p1'], ['p1'], [[0, h.script]]),
		row(
			'modified',
			['p2'],
			['p2'],
			[
				[0, `回顾 ${h.amp}，`],
				[1, h.quotes]
			]
		),
		row(
			'modified',
			['p3'],
			['p3'],
			[
				[-1, h.js],
				[1, h.md]
			]
		),
		row('deleted', ['p4'], [], [[-1, h.formula]]),
		row('inserted', [], ['p4'], [[1, h.img]]),
		row(
			'modified',
			['p5'],
			['p5'],
			[
				[-1, h.escape],
				[1, h.close]
			]
		)
	];
	// A warning quoting document text (the titles): said as text in every format too.
	return comparison(oldDoc, newDoc, rows, [{ kind: 'unrelated', titles: [h.script, h.md], shared: 12 }]);
}

/** Two documents with no paragraphs at all. */
export function emptyComparison(): Comparison {
	return comparison(
		doc({ source: 'old.txt' }, []),
		doc({ source: 'new.txt' }, []),
		[],
		[
			{ kind: 'no-paragraphs', side: 'old', name: 'old.txt' },
			{ kind: 'no-paragraphs', side: 'new', name: 'new.txt' }
		]
	);
}

/** One side without paragraphs: every row inserted (side 'old' empty) or deleted (side 'new' empty). */
export function oneSidedComparison(emptySide: 'old' | 'new'): Comparison {
	const full = doc({ symbol: 'A/RES/76/40', date: '2021-12-06', source: 'A-RES-76-40.zh.txt' }, [
		para('p1', 'preamble', '决心促进严格遵循《联合国宪章》所载宗旨和原则，'),
		para('p2', 'operative', '重申多边主义是核心原则；', { number: '1', emphasis: [[0, 2]] })
	]);
	const empty = doc({ source: 'empty.txt' }, []);
	const rows =
		emptySide === 'old'
			? full.paragraphs.map((p) => row('inserted', [], [p.id], [[1, p.text]]))
			: full.paragraphs.map((p) => row('deleted', [p.id], [], [[-1, p.text]]));
	const warning: Warning = { kind: 'no-paragraphs', side: emptySide, name: 'empty.txt' };
	return emptySide === 'old' ? comparison(empty, full, rows, [warning]) : comparison(full, empty, rows, [warning]);
}
