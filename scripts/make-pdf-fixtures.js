#!/usr/bin/env node
// Builds the PDF fixtures in tests/fixtures/pdf/ from the corpus texts, laid out the way the United Nations
// prints a General Assembly resolution: a letterhead table on the first page, a running header with the
// symbol and title on the others, a footer with the job number and page number, footnotes at the foot of
// their page under a short rule, paragraphs that run across a page break, bold operative verbs.
//
//   node scripts/make-pdf-fixtures.js
//
// Needs Debian's chromium (/usr/bin/chromium, driven through playwright-core), fonts-noto-cjk and qpdf;
// python3-fonttools keeps the files small: Noto CJK is CFF, which Chromium can only embed as Type 3 glyph
// procedures (about 1 KB a character), so when fontTools is there the fonts are first cut down to the
// characters used and turned into TrueType, which Chromium embeds as compact CID fonts, as Word does.
// Re-running it rebuilds every fixture; the PDFs differ only in their creation dates.
//
// Chromium cannot paginate footnotes, so the pages are laid out here, in the browser: paragraphs are poured
// into fixed-height page boxes; a paragraph that does not fit is cut at the last character that fits and
// continues on the next page; the footnotes cited on a page are set at its foot and shorten its body.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'corpus');
const out = join(root, 'tests', 'fixtures', 'pdf');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Splits a line of the clean corpus shape into runs: `**bold**` and superscript footnote marks. */
function readRuns(line) {
	const runs = [];
	const pattern = /\*\*(.+?)\*\*|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu;
	let last = 0;
	for (const match of line.matchAll(pattern)) {
		if (match.index > last) runs.push({ text: line.slice(last, match.index) });
		if (match[1] !== undefined) runs.push({ text: match[1], bold: true });
		else runs.push({ text: toDigits(match[2]), mark: true });
		last = match.index + match[0].length;
	}
	if (last < line.length) runs.push({ text: line.slice(last) });
	return runs;
}

function toDigits(marks) {
	return [...marks].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
}

/**
 * Reads the clean text of 76/40 into the blocks of the page: head lines, paragraphs, the closing lines and
 * the footnotes by mark.
 */
function readCleanText(text) {
	const blocks = [];
	const footnotes = {};
	let inBody = false;
	const groups = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
	for (const group of groups) {
		const lines = group
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		if (!lines.length) continue;
		if (lines.every((l) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/u.test(l))) {
			for (const l of lines) {
				const [, marks, body] = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/u.exec(l);
				footnotes[toDigits(marks)] = body;
			}
			continue;
		}
		if (/^\d{4} 年 \d+ 月 \d+ 日$/.test(lines[0]) && lines.length === 2) {
			blocks.push({ kind: 'closing', lines });
			continue;
		}
		if (lines.every((l) => /^\d+\.\s/.test(l))) {
			for (const l of lines) {
				const [, number, body] = /^(\d+\.)\s+(.*)$/.exec(l);
				blocks.push({ kind: 'operative', number, runs: readRuns(body) });
			}
			continue;
		}
		for (const line of lines) blocks.push(classifyHeadOrPreamble(line, inBody));
		if (lines.some((l) => l === '大会，')) inBody = true;
	}
	return { blocks, footnotes };
}

function classifyHeadOrPreamble(line, inBody) {
	if (inBody) return { kind: 'preamble', runs: readRuns(line) };
	if (/^第.+届会议$/.test(line)) return { kind: 'session', lines: [line] };
	if (/^议程项目/.test(line)) return { kind: 'agenda', lines: [line] };
	if (/大会决议$/.test(line)) return { kind: 'adopted', lines: [line] };
	if (/^\[.*\]$/.test(line)) return { kind: 'report', lines: [line] };
	if (/^\d+\/\d+\.\s/.test(line)) return { kind: 'title', lines: [line] };
	if (line === '大会，') return { kind: 'assembly', lines: [line] };
	return { kind: 'agenda-title', lines: [line] };
}

/** Joins tokenized corpus text the way it was printed: no spaces inside Chinese, one between Latin words. */
function untokenize(tokens) {
	let text = '';
	for (const token of tokens) {
		const prev = text.at(-1);
		if (prev && !CJK.test(prev) && !CJK.test(token[0]) && /[\w)\]]/.test(prev) && /[\w([]/.test(token[0])) text += ' ';
		text += token;
	}
	return text;
}

/**
 * Reads the tokenized text of 67/38 (one line, no paragraph breaks) into blocks, cutting it where a
 * drafting opener follows a comma or semicolon, as the printed resolution does.
 */
function readTokenizedText(text) {
	const body = text
		.split('\n')
		.filter((l) => !l.startsWith('%%%'))
		.join(' ');
	const tokens = body.split(/\s+/).filter(Boolean);
	const s = untokenize(tokens);
	const head = /^(\d{4}年\d+月\d+日大会决议)(\[.*?\])\s*(\d+\/\d+\.)(.*?)大会，/.exec(s);
	if (!head) throw new Error(`67/38: head not found in ${s.slice(0, 120)}`);
	const rest = s.slice(head[0].length);
	const closing = /(\d{4}年\d+月\d+日)(第\d+次全体会议)$/.exec(rest);
	const bodyText = rest.slice(0, closing.index);
	// prettier-ignore
	const openers = [
		'决心', '回顾', '又回顾', '还回顾', '深信', '铭记', '意识到', '确认', '又确认', '考虑到', '强调', '关切',
		'注意到', '重申'
	];
	const cut = new RegExp(`(?<=[，；])(?=(?:${openers.join('|')})|\\d+\\.)`, 'gu');
	const blocks = [
		{ kind: 'adopted', lines: [head[1]] },
		{ kind: 'report', lines: [head[2]] },
		{ kind: 'title', lines: [`${head[3]} ${head[4]}`] },
		{ kind: 'assembly', lines: ['大会，'] }
	];
	const verbs = /^(又重申|重申|敦促|强调|再次呼吁|请|表示注意到|决定)/;
	for (const piece of bodyText.split(cut)) {
		const op = /^(\d+\.)(.*)$/.exec(piece);
		if (op) {
			const verb = verbs.exec(op[2]);
			const runs = verb ? [{ text: verb[1], bold: true }, { text: op[2].slice(verb[1].length) }] : [{ text: op[2] }];
			blocks.push({ kind: 'operative', number: op[1], runs });
		} else {
			blocks.push({ kind: 'preamble', runs: [{ text: piece }] });
		}
	}
	blocks.push({ kind: 'closing', lines: [closing[1], closing[2]] });
	return { blocks, footnotes: {} };
}

const PAGE_CSS = `
@page { size: A4; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Resolution Serif', 'Noto Serif CJK SC', serif; font-size: 12pt; color: #000; }
#pages { width: 162mm; }
.page { position: relative; height: 246mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.body { position: absolute; top: 0; left: 0; right: 0; }
.notes { position: absolute; bottom: 0; left: 0; right: 0; font-size: 9pt; line-height: 1.35; }
.notes .rule { width: 42mm; border-top: 0.6pt solid #000; margin-bottom: 3pt; }
.fn { padding-left: 1.6em; text-indent: -0.8em; margin-bottom: 1pt; }
.fn sup, p sup { font-size: 58%; vertical-align: 0.55em; line-height: 0; }
.letterhead { width: 100%; border-collapse: collapse; font-family: 'Resolution Sans', 'Noto Sans CJK SC', sans-serif; }
.letterhead td { padding: 0; vertical-align: bottom; }
.letterhead .un { font-size: 13pt; letter-spacing: 0.5em; padding-bottom: 4pt; }
.letterhead .symbol { text-align: right; font-size: 15pt; padding-bottom: 4pt; }
.letterhead .ga { font-size: 24pt; letter-spacing: 0.4em; border-top: 2.2pt solid #000; padding-top: 6pt; }
.letterhead .distr { text-align: right; font-size: 9pt; line-height: 1.4; border-top: 2.2pt solid #000; padding-top: 6pt; }
.lh-rule { border-top: 0.8pt solid #000; margin: 6pt 0 12pt; }
.session, .agenda, .agenda-title { font-size: 10pt; margin: 0 0 4pt; }
.agenda-title { margin-bottom: 16pt; }
.adopted { font-family: 'Resolution Sans', 'Noto Sans CJK SC', sans-serif; text-align: center; margin: 0 0 6pt; font-size: 12pt; }
.report { text-align: center; margin: 0 0 14pt; font-size: 11pt; }
.title { font-family: 'Resolution Sans', 'Noto Sans CJK SC', sans-serif; font-size: 13.5pt; margin: 0 0 14pt 0; padding-left: 3.4em; text-indent: -3.4em; }
p.para { margin: 0 0 6pt; line-height: 1.5; text-align: justify; text-indent: 2em; }
p.para.cont { text-indent: 0; }
p.para.cut { text-align-last: justify; }
p.assembly { margin: 0 0 6pt; text-indent: 2em; line-height: 1.5; }
.closing { margin: 18pt 0 0 58%; line-height: 1.5; }
.ov { position: relative; display: inline-block; text-indent: 0; }
.ov .dup { position: absolute; left: 0; top: 0; white-space: nowrap; }
`;

/** The layout program that runs in the page: pours the blocks into pages and sets footnotes at their foot. */
function layout({ doc, overstrike, letterhead }) {
	const pages = document.getElementById('pages');
	const el = (tag, cls, text) => {
		const node = document.createElement(tag);
		if (cls) node.className = cls;
		if (text !== undefined) node.textContent = text;
		return node;
	};
	let page, body, notes, list;
	const noteIds = new Set();
	function newPage() {
		page = el('div', 'page');
		body = el('div', 'body');
		notes = el('div', 'notes');
		notes.append(el('div', 'rule'));
		list = el('div', 'fnlist');
		notes.append(list);
		notes.style.display = 'none';
		page.append(body, notes);
		pages.append(page);
	}
	const fits = () => {
		const notesHeight = notes.style.display === 'none' ? 0 : notes.offsetHeight + 10;
		return body.offsetHeight + notesHeight <= page.clientHeight;
	};
	function addNotes(marks) {
		const added = [];
		for (const mark of marks) {
			if (noteIds.has(mark) || !(mark in doc.footnotes)) continue;
			const fn = el('div', 'fn');
			const sup = el('sup', '', mark);
			fn.append(sup, document.createTextNode(' ' + doc.footnotes[mark]));
			fn.dataset.mark = mark;
			list.append(fn);
			noteIds.add(mark);
			added.push(fn);
		}
		notes.style.display = list.children.length ? '' : 'none';
		return added;
	}
	function removeNotes(added) {
		for (const fn of added) {
			noteIds.delete(fn.dataset.mark);
			fn.remove();
		}
		notes.style.display = list.children.length ? '' : 'none';
	}
	function renderRuns(node, runs) {
		for (const run of runs) {
			if (run.mark) node.append(el('sup', '', run.text));
			else if (run.bold && overstrike) {
				// Word's "fake bold" as UN documents carry it: the same glyphs drawn four times, a hair apart.
				const span = el('span', 'ov', run.text);
				for (const [dx, dy] of [
					[0.35, 0],
					[0, 0.35],
					[0.35, 0.35]
				]) {
					const dup = el('span', 'dup', run.text);
					dup.style.left = `${dx}pt`;
					dup.style.top = `${dy}pt`;
					span.append(dup);
				}
				node.append(span);
			} else if (run.bold) node.append(el('b', '', run.text));
			else node.append(document.createTextNode(run.text));
		}
	}
	function paragraph(block, runs, cont, cut) {
		const p = el('p', `para${cont ? ' cont' : ''}${cut ? ' cut' : ''}`);
		if (block.number && !cont) p.append(document.createTextNode(block.number + ' '));
		renderRuns(p, runs);
		return p;
	}
	// Splits runs at a character count; bold runs (operative verbs) and marks are never cut.
	function splitRuns(runs, count) {
		const first = [];
		const rest = [];
		let left = count;
		for (const run of runs) {
			if (left <= 0) rest.push(run);
			else if (run.text.length <= left) {
				first.push(run);
				left -= run.text.length;
			} else if (run.bold || run.mark) {
				rest.push(run);
				left = 0;
			} else {
				first.push({ ...run, text: run.text.slice(0, left) });
				rest.push({ ...run, text: run.text.slice(left) });
				left = 0;
			}
		}
		return [first, rest];
	}
	const marksOf = (runs) => runs.filter((r) => r.mark).map((r) => r.text);
	const length = (runs) => runs.reduce((n, r) => n + r.text.length, 0);

	function placeParagraph(block, runs, cont) {
		const node = paragraph(block, runs, cont, false);
		body.append(node);
		const added = addNotes(marksOf(runs));
		if (fits()) return;
		node.remove();
		removeNotes(added);
		let lo = 0;
		let hi = length(runs) - 1;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			const [first] = splitRuns(runs, mid);
			const trial = paragraph(block, first, cont, true);
			body.append(trial);
			const trialNotes = addNotes(marksOf(first));
			const ok = fits();
			trial.remove();
			removeNotes(trialNotes);
			if (ok) lo = mid;
			else hi = mid - 1;
		}
		if (lo < 8) {
			newPage();
			placeParagraph(block, runs, cont);
			return;
		}
		const [first, rest] = splitRuns(runs, lo);
		body.append(paragraph(block, first, cont, true));
		addNotes(marksOf(first));
		newPage();
		placeParagraph(block, rest, true);
	}
	function placeWhole(node) {
		body.append(node);
		if (fits()) return;
		node.remove();
		newPage();
		body.append(node);
	}

	newPage();
	if (letterhead) {
		const table = el('table', 'letterhead');
		table.innerHTML =
			'<tr><td class="un"></td><td class="symbol"></td></tr><tr><td class="ga"></td><td class="distr"></td></tr>';
		table.querySelector('.un').textContent = '联合国';
		table.querySelector('.symbol').textContent = letterhead.symbol;
		table.querySelector('.ga').textContent = '大会';
		const distr = table.querySelector('.distr');
		distr.append(document.createTextNode('Distr.: General'), el('br'), document.createTextNode(letterhead.date));
		body.append(table, el('div', 'lh-rule'));
	}
	for (const block of doc.blocks) {
		if (block.kind === 'preamble' || block.kind === 'operative') placeParagraph(block, block.runs, false);
		else if (block.kind === 'closing') {
			const div = el('div', 'closing');
			block.lines.forEach((line, i) => {
				if (i) div.append(el('br'));
				div.append(document.createTextNode(line));
			});
			placeWhole(div);
		} else placeWhole(el(block.kind === 'assembly' ? 'p' : 'div', block.kind, block.lines[0]));
	}
	return pages.children.length;
}

function pageHtml(fontCss) {
	return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${fontCss}${PAGE_CSS}</style></head><body><div id="pages"></div></body></html>`;
}

// Cuts a face of a Noto CJK collection down to the given characters and turns its CFF outlines into
// TrueType quadratic ones (cu2qu), the shape of the fonts Word embeds in UN documents.
const CONVERT_FONT = `
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
src, index, textfile, dst = sys.argv[1:5]
font = TTFont(src, fontNumber=int(index))
options = subset.Options()
options.layout_features = []
options.name_IDs = ['*']
options.notdef_outline = True
options.hinting = False
subsetter = subset.Subsetter(options)
subsetter.populate(text=open(textfile, encoding='utf-8').read())
subsetter.subset(font)
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyphs = {}
for name in order:
    pen = TTGlyphPen(None)
    glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()
glyf = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = glyphs
font['glyf'] = glyf
font['loca'] = newTable('loca')
for tag in ('CFF ', 'VORG'):
    if tag in font:
        del font[tag]
maxp = font['maxp']
maxp.tableVersion = 0x00010000
for key in ('maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs', 'maxStackElements',
            'maxSizeOfInstructions', 'maxComponentElements'):
    setattr(maxp, key, 0)
maxp.maxZones = 1
font['head'].glyphDataFormat = 0
font['post'].formatType = 3.0
font.sfntVersion = '\\x00\\x01\\x00\\x00'
font.save(dst)
`;

const NOTO = '/usr/share/fonts/opentype/noto';
// Faces of the Noto CJK collections: index 2 is Simplified Chinese.
const FACES = [
	{ family: 'Resolution Serif', weight: 400, file: `${NOTO}/NotoSerifCJK-Regular.ttc`, index: 2 },
	{ family: 'Resolution Serif', weight: 700, file: `${NOTO}/NotoSerifCJK-Bold.ttc`, index: 2 },
	{ family: 'Resolution Sans', weight: 400, file: `${NOTO}/NotoSansCJK-Regular.ttc`, index: 2 }
];

function findFontTools() {
	for (const python of [process.env.PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean)) {
		try {
			execFileSync(python, ['-c', 'import fontTools'], { stdio: 'ignore' });
			return python;
		} catch {
			// try the next interpreter
		}
	}
	return null;
}

/** `@font-face` rules for TrueType cuts of Noto CJK, or '' (system fonts, bigger PDFs) without fontTools. */
function makeFonts(chars) {
	const python = findFontTools();
	if (!python) {
		console.warn('python3-fonttools not found: the fixtures will embed Type 3 fonts and be larger');
		return '';
	}
	const work = mkdtempSync(join(tmpdir(), 'resodiff-fonts-'));
	try {
		const textFile = join(work, 'chars.txt');
		writeFileSync(textFile, chars);
		const script = join(work, 'convert.py');
		writeFileSync(script, CONVERT_FONT);
		return FACES.map((face, i) => {
			const ttf = join(work, `face-${i}.ttf`);
			execFileSync(python, [script, face.file, String(face.index), textFile, ttf]);
			const data = readFileSync(ttf).toString('base64');
			return `@font-face { font-family: '${face.family}'; font-weight: ${face.weight}; src: url(data:font/ttf;base64,${data}) format('truetype'); }\n`;
		}).join('');
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

const MARGIN = { top: '25mm', bottom: '26mm', left: '24mm', right: '24mm' };

function headerTemplate(symbol, title, fontCss) {
	return `<style>${fontCss}</style><div style="font-family:'Resolution Sans','Noto Sans CJK SC',sans-serif;font-size:8.5pt;width:100%;margin:0 24mm;display:flex;justify-content:space-between;border-bottom:0.6pt solid #000;padding-bottom:2pt;"><span>${symbol}</span><span>${title}</span></div>`;
}

function footerTemplate(left, right, fontCss) {
	return `<style>${fontCss}</style><div style="font-family:'Resolution Sans','Noto Sans CJK SC',sans-serif;font-size:8pt;width:100%;margin:0 24mm;display:flex;justify-content:space-between;"><span>${left}</span><span>${right}</span></div>`;
}

/** Prints one document: page 1 with the first-page footer, the others with the running header and footer. */
async function printResolution(browser, { doc, overstrike, symbol, title, date, job, file, fontCss }) {
	const page = await browser.newPage();
	await page.emulateMedia({ media: 'print' });
	await page.setContent(pageHtml(fontCss));
	await page.evaluate(() => document.fonts.ready);
	const count = await page.evaluate(layout, { doc, overstrike, letterhead: { symbol, date } });
	await page.evaluate(() => document.fonts.ready);
	const work = mkdtempSync(join(tmpdir(), 'resodiff-pdf-'));
	const first = join(work, 'first.pdf');
	const rest = join(work, 'rest.pdf');
	const barcode = `*${job.replace(/\D/g, '')}*`;
	await page.pdf({
		path: first,
		format: 'A4',
		margin: MARGIN,
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate: footerTemplate(`${job} (C)`, barcode, fontCss)
	});
	if (count > 1) {
		await page.pdf({
			path: rest,
			format: 'A4',
			margin: MARGIN,
			displayHeaderFooter: true,
			headerTemplate: headerTemplate(symbol, title, fontCss),
			footerTemplate: footerTemplate(
				'<span class="pageNumber"></span>/<span class="totalPages"></span>',
				`${job}`,
				fontCss
			)
		});
	}
	await page.close();
	const merged = join(work, 'merged.pdf');
	if (count > 1) execFileSync('qpdf', ['--empty', '--pages', first, '1', rest, '2-z', '--', merged]);
	else execFileSync('qpdf', ['--empty', '--pages', first, '1', '--', merged]);
	compress(merged, join(out, file));
	rmSync(work, { recursive: true, force: true });
	return count;
}

function compress(from, to) {
	execFileSync('qpdf', [
		'--object-streams=generate',
		'--compress-streams=y',
		'--recompress-flate',
		'--compression-level=9',
		from,
		to
	]);
}

/** An image-only PDF: page 1 of 76/40 photographed, as a scanner would deliver it. */
async function printScan(browser, doc, fontCss) {
	const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1 });
	await page.setContent(pageHtml(fontCss).replace('<body>', '<body style="padding:25mm 24mm;box-sizing:border-box">'));
	await page.evaluate(() => document.fonts.ready);
	await page.evaluate(layout, {
		doc,
		overstrike: false,
		letterhead: { symbol: 'A/RES/76/40', date: '6 December 2021' }
	});
	const shot = await page.locator('.page').first().screenshot({ type: 'jpeg', quality: 45 });
	await page.close();
	const image = await browser.newPage();
	const src = `data:image/jpeg;base64,${shot.toString('base64')}`;
	await image.setContent(
		`<!doctype html><html><body style="margin:0"><img src="${src}" style="display:block;margin:25mm 24mm;width:162mm"></body></html>`
	);
	const work = mkdtempSync(join(tmpdir(), 'resodiff-pdf-'));
	const raw = join(work, 'scan.pdf');
	await image.pdf({ path: raw, format: 'A4', margin: { top: '0', bottom: '0', left: '0', right: '0' } });
	await image.close();
	compress(raw, join(out, 'scanned.pdf'));
	rmSync(work, { recursive: true, force: true });
}

/**
 * A PDF whose Chinese font is not embedded but named (STSong-Light, one of the fonts every PDF reader
 * must supply) with a predefined CMap (UniGB-UCS2-H): its text cannot be read without pdfjs's CMaps,
 * which makes it the test that they are found. Written by hand: Chromium always embeds its fonts.
 */
function makeCMapPdf() {
	const lines = ['大会，', '决心促进严格遵循《联合国宪章》所载宗旨和原则，'];
	const hex = (text) => [...text].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join('');
	const content = [
		'BT',
		'/F1 12 Tf',
		'96 700 Td',
		`<${hex(lines[0])}> Tj`,
		'0 -24 Td',
		`<${hex(lines[1])}> Tj`,
		'ET'
	].join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
		`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
		'<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>'
	];
	let pdf = '%PDF-1.4\n';
	const offsets = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(pdf));
		pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(pdf);
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	writeFileSync(join(out, 'cmap-font.pdf'), pdf);
}

async function main() {
	if (!existsSync(chromiumPath))
		throw new Error(`${chromiumPath} not found: apt-get install -y chromium fonts-noto-cjk qpdf`);
	mkdirSync(out, { recursive: true });
	const text76 = readFileSync(join(corpus, 'A-RES-76-40.zh.txt'), 'utf8');
	const text67 = readFileSync(join(corpus, 'A-RES-67-38.zh.txt'), 'utf8');
	const doc76 = readCleanText(text76);
	const doc67 = readTokenizedText(text67);
	const title = '促进裁军和不扩散领域的多边主义';
	const chars =
		`${text76}${text67}联合国大会Distr.: General 0123456789 December` +
		' !"#$%&\'()*+,-./:;<=>?@[]^_{|}~ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
	const fontCss = makeFonts(chars);
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	try {
		const report = [];
		const base = { symbol: 'A/RES/76/40', title, date: '6 December 2021', job: '21-18145', fontCss };
		report.push([
			'A-RES-76-40.pdf',
			await printResolution(browser, { ...base, doc: doc76, overstrike: false, file: 'A-RES-76-40.pdf' })
		]);
		report.push([
			'A-RES-76-40-overstruck.pdf',
			await printResolution(browser, { ...base, doc: doc76, overstrike: true, file: 'A-RES-76-40-overstruck.pdf' })
		]);
		report.push([
			'A-RES-67-38.pdf',
			await printResolution(browser, {
				doc: doc67,
				overstrike: false,
				symbol: 'A/RES/67/38',
				title,
				date: '3 December 2012',
				job: '12-48711',
				file: 'A-RES-67-38.pdf',
				fontCss
			})
		]);
		await printScan(browser, doc76, fontCss);
		report.push(['scanned.pdf', 1]);
		execFileSync('qpdf', [
			'--encrypt',
			'user',
			'owner',
			'256',
			'--',
			join(out, 'A-RES-76-40.pdf'),
			join(out, 'encrypted.pdf')
		]);
		report.push(['encrypted.pdf', '-']);
		makeCMapPdf();
		report.push(['cmap-font.pdf', 1]);
		const whole = readFileSync(join(out, 'A-RES-76-40.pdf'));
		writeFileSync(join(out, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length / 2)));
		report.push(['truncated.pdf', '-']);
		for (const [file, pages] of report) {
			const size = readFileSync(join(out, file)).length;
			console.log(`${file.padEnd(28)} ${String(pages).padStart(2)} pages  ${(size / 1024).toFixed(0).padStart(5)} KB`);
		}
	} finally {
		await browser.close();
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
});
