import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../core/index';
import { writeFlowText, type Flow, type FlowItem } from './flow';

const t = (text: string, bold = false, italic = false): FlowItem => ({ type: 'text', text, bold, italic });
const flowOf = (...paragraphs: FlowItem[][]): Flow => ({
	paragraphs: paragraphs.map((items) => ({ items })),
	notes: new Map()
});
const read = (text: string) => parseResolution(text, { shape: 'markdown' }).paragraphs[0];

describe('writeFlowText: the clean text shape', () => {
	it.each([
		['bold opener', [t('重申', true), t('多边主义')], '**重申**多边主义'],
		[
			'space left outside the markers',
			[t('Recalling ', false, true), t('its resolution')],
			'*Recalling* its resolution'
		],
		['bold and italic', [t('Decides', true, true), t(' to')], '***Decides*** to'],
		['emphasis on white space alone is dropped', [t('a'), t(' ', true), t('b')], 'a b'],
		[
			'emphasis between a Han character and a digit cannot be read back: dropped',
			[t('第'), t('75/47', true), t('号')],
			'第75/47号'
		],
		['emphasis inside a Latin word cannot be read back: dropped', [t('re'), t('consider', true)], 'reconsider'],
		['emphasis against other emphasis keeps what they share', [t('ab', true), t('cd', true, true)], '**abcd**'],
		['markup characters are escaped', [t('2*3 snake_case C:\\x [1]')], '2\\*3 snake\\_case C:\\\\x \\[1]'],
		['a leading # is escaped', [t('# not a heading')], '\\# not a heading']
	])('%s', (_, items, expected) => {
		expect(writeFlowText(flowOf(items))).toBe(`${expected}\n`);
	});

	it('writes paragraph numbers with what follows them, and drops empty paragraphs', () => {
		const flow: Flow = {
			paragraphs: [
				{ number: '1.', items: [t('A')] },
				{ items: [t('  ')] },
				{ number: '(a)', suffix: ' ', items: [t('B')] }
			],
			notes: new Map()
		};
		expect(writeFlowText(flow)).toBe('1.\tA\n\n(a) B\n');
	});

	it('numbers notes by first citation, keeps a custom mark, and leaves out notes nobody cites', () => {
		const flow: Flow = {
			paragraphs: [
				{
					items: [
						t('A'),
						{ type: 'note', key: 'f7' },
						t(' B'),
						{ type: 'note', key: 'f3', custom: '*' },
						t(' C'),
						{ type: 'note', key: 'f7' }
					]
				}
			],
			notes: new Map([
				['f7', { paragraphs: [[t('Note '), t('seven', true)], [t('continued.')]] }],
				['f3', { paragraphs: [[t('Star note.')]] }],
				['f9', { paragraphs: [[t('Never cited.')]] }]
			])
		};
		expect(writeFlowText(flow, { start: 10 })).toBe('A¹⁰ B* C¹⁰\n\n¹⁰ Note seven continued.\n\n* Star note.\n');
	});

	it('reads back as written: text, emphasis and footnotes', () => {
		const flow: Flow = {
			paragraphs: [{ items: [t('又', false), t('强调', true), t('必须'), { type: 'note', key: 'a' }, t('；2*3_x')] }],
			notes: new Map([['a', { paragraphs: [[t('第55/2号决议。')]] }]])
		};
		const doc = parseResolution(writeFlowText(flow), { shape: 'markdown' });
		expect(doc.paragraphs[0].text).toBe('又强调必须；2*3_x');
		expect(doc.paragraphs[0].emphasis).toEqual([[1, 3]]);
		expect(doc.footnotes).toEqual([{ mark: '1', text: '第55/2号决议。', paragraph: 'p1' }]);
		expect(read(writeFlowText(flowOf([t('*Recalling*')]))).text).toBe('*Recalling*');
	});
});
