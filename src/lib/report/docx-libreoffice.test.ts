// The Word report opened in LibreOffice itself: Accept All must leave the new version and Reject All the
// old one, paragraph for paragraph, with each paragraph's number (typed or counted by a list), text and
// footnotes. scripts/libreoffice/revisions.py drives one LibreOffice for every report (python3-uno; `npm test`
// installs LibreOffice with scripts/ensure-libreoffice.sh).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, type Comparison, type ResolutionDocument } from '../core/index';
import { printNumber } from '../core/report/labels';
import { showControls } from '../core/report/model';
import { readRevisionPair } from '../io/read';
import { loadSeed } from '../testing/seeds';
import { sampleComparison } from '../testing/report-fixtures';
import { footnoteComparison } from '../testing/word-fixtures';
import { BODY_STYLES, FOOTNOTE_LINE_STYLE, STYLE_NAMES, renderDocx } from './docx';

/** A paragraph as LibreOffice leaves it. */
interface Resolved {
	style: string;
	label: string;
	text: string;
	footnotes: string[];
}

const SCRIPT = fileURLToPath(new URL('../../../scripts/libreoffice/revisions.py', import.meta.url));
const FIXTURES = new URL('../../../tests/fixtures/docx/', import.meta.url);

function draftComparison(name: string): Comparison {
	const pair = readRevisionPair({ bytes: new Uint8Array(readFileSync(new URL(name, FIXTURES))), name });
	return compareDocuments(pair.original, pair.accepted);
}

const CASES: [string, () => Comparison][] = [
	['a footnote cited twice, and a new note no paragraph cites', footnoteComparison],
	['the showcase 67/38 → 76/40', () => compareDocuments(loadSeed('A/RES/67/38'), loadSeed('A/RES/76/40'))],
	['moved, inserted, deleted, split and merged paragraphs (sample)', sampleComparison],
	['the Chinese draft of the 77th session', () => draftComparison('A-RES-76-40.zh.draft-77.docx')],
	['the English draft with lettered subparagraphs', () => draftComparison('A-RES-80-13.en.draft-82.docx')]
];

const bodyNames = new Set(Object.values(BODY_STYLES).map((id) => STYLE_NAMES[id]));
let dir: string;
const results = new Map<
	string,
	{ accepted: Resolved[]; rejected: Resolved[]; acceptedLines: string[]; rejectedLines: string[] }
>();
const comparisons = new Map<string, Comparison>();

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'resodiff-lo-'));
	const files: string[] = [];
	for (const [i, [label, make]] of CASES.entries()) {
		const cmp = make();
		const path = join(dir, `report-${i}.docx`);
		writeFileSync(path, await renderDocx(cmp));
		files.push(path);
		comparisons.set(label, cmp);
	}
	const run = spawnSync('/usr/bin/python3', [SCRIPT, ...files], { encoding: 'utf8', timeout: 300_000 });
	if (run.status !== 0) {
		throw new Error(
			`LibreOffice could not be run (scripts/ensure-libreoffice.sh installs it): ${run.stderr || run.error}`
		);
	}
	const out = JSON.parse(run.stdout) as Record<
		string,
		{ accepted: { body: Resolved[] }; rejected: { body: Resolved[] } }
	>;
	for (const [i, [label]] of CASES.entries()) {
		const result = out[files[i]];
		const body = (list: Resolved[]) => list.filter((p) => bodyNames.has(p.style));
		const lines = (list: Resolved[]) =>
			list
				.filter((p) => p.style === STYLE_NAMES[FOOTNOTE_LINE_STYLE])
				.map((p) => p.text)
				// A rejected line's paragraph mark leaves an empty paragraph: no footnote.
				.filter((text) => text !== '');
		results.set(label, {
			accepted: body(result.accepted.body),
			rejected: body(result.rejected.body),
			acceptedLines: lines(result.accepted.body),
			rejectedLines: lines(result.rejected.body)
		});
	}
}, 360_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A version's paragraphs as the body should show them: number, tab, text; and the footnotes each cites. */
function expected(doc: ResolutionDocument) {
	return doc.paragraphs.map((p) => {
		const number = printNumber(p);
		return {
			text: showControls((number ? `${number}\t` : '') + p.text),
			footnotes: (p.footnotes ?? []).map((mark) => doc.footnotes.find((f) => f.mark === mark)?.text ?? mark)
		};
	});
}

/** What LibreOffice shows: the list label (when a list numbers the paragraph), tab, text; and the footnotes. */
function shown(list: Resolved[]) {
	return list.map((p) => ({ text: (p.label ? `${p.label}\t` : '') + p.text, footnotes: p.footnotes }));
}

describe('the Word report in LibreOffice', () => {
	it.each(CASES.map(([label]) => label))('%s: Accept All gives the new text, Reject All the old', (label) => {
		const cmp = comparisons.get(label)!;
		const result = results.get(label)!;
		expect(shown(result.accepted)).toEqual(expected(cmp.new));
		expect(shown(result.rejected)).toEqual(expected(cmp.old));
	});
});

describe('footnotes in LibreOffice', () => {
	it('a note cited twice is one note cited twice, after Accept All and after Reject All', () => {
		const result = results.get(CASES[0][0])!;
		for (const side of [result.accepted, result.rejected]) {
			expect(side.flatMap((p) => p.footnotes)).toEqual(['第55/2号决议。', '第55/2号决议。']);
		}
	});

	it('a note no paragraph cites is listed in the version that has it only', () => {
		const result = results.get(CASES[0][0])!;
		expect(result.acceptedLines).toEqual(['² 见A/74/548，附件。']);
		expect(result.rejectedLines).toEqual([]);
	});
});
