#!/usr/bin/env node
// Builds PDFs in the United Nations' own layout with LibreOffice Writer: the Chinese seed texts in corpus/
// (tests/fixtures/pdf/writer/A-RES-76-40.pdf, A-RES-67-38.pdf, A-RES-68-46.pdf), and a short Arabic text written
// for the purpose in the drafting style of UN Arabic resolutions, set right to left (ar-sample.pdf; no UN text).
//
//   npm run build:cli && node scripts/make-writer-pdf-fixtures.js
//
// Needs LibreOffice Writer, fonts-noto-cjk and DejaVu Sans (apt-get install libreoffice-writer-nogui fonts-noto-cjk
// fonts-dejavu-core).
//
// Each seed is read by resodiff itself (dist/cli/core.cjs) into its structure, and that structure is set as the UN
// prints a Chinese resolution, in a Flat ODF text document that Writer turns into PDF:
// - US Letter; the masthead of the first page (联合国 and the symbol, 大会 in large bold beside
//   "Distr.: General" and the date of issue, a rule under it); the session, agenda item and agenda title at the
//   left margin; the adoption line, the committee line and the title indented to the body's measure, the title's
//   number hanging before it;
// - running headers on the later pages, the symbol and the title, sides swapped between left and right pages,
//   above a rule; footers with the job number "21-18145 (C)", the date stamp and the barcode digits on the first
//   page, the page number "2/3" and the job number on the others;
// - the body in a serif face with the first line of each paragraph indented two characters, operative verbs in
//   bold, and footnotes as Writer sets real footnotes: under a short rule, in smaller type, the marks in the text
//   and in the notes superscripts in a smaller size raised above the baseline. This is another producer and
//   another layout than the Chromium fixtures of make-pdf-fixtures.js (Writer draws each line as its own text
//   runs, and footnotes as Writer paginates them).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests', 'fixtures', 'pdf', 'writer');
const soffice = process.env.SOFFICE || 'soffice';

/** The seeds, with what their print carries beyond the text: job number, date stamp, date of issue. */
const SEEDS = [
	{ file: 'A-RES-76-40.zh.txt', job: '21-18145', stamp: '171221', issued: '9 December 2021' },
	{ file: 'A-RES-67-38.zh.txt', job: '12-48711', stamp: '070113', issued: '4 January 2013' },
	{ file: 'A-RES-68-46.zh.txt', job: '13-44993', stamp: '181213', issued: '12 December 2013' },
	// The same text with each footnote mark set before the punctuation it follows in the seed ("》¹，" for "》，¹"),
	// as many Chinese prints place it: the mark then stands between a closing bracket and a full-width comma.
	{
		file: 'A-RES-76-40.zh.txt',
		name: 'A-RES-76-40-marks-before',
		marksBefore: true,
		job: '21-18145',
		stamp: '171221',
		issued: '9 December 2021'
	}
];

/** Punctuation a mark is set before instead of after, with `marksBefore`. */
const MARK_BEFORE = /[，。；：、,.;:]/;

/** What differs between the language versions of the print: the organ's names, numbering, direction, faces. */
const LANGUAGES = {
	zh: {
		organ: '联合国',
		assembly: '大会',
		operative: (n) => `${n}. `,
		resolution: (n) => `${n}.`,
		session: /届会议$/,
		item: /^议程项目/,
		adoption: /大会决议$/,
		rtl: false,
		letter: 'C',
		recycle: '请回收',
		serif: 'Noto Serif CJK SC',
		sans: 'Noto Sans CJK SC'
	},
	ar: {
		organ: 'الأمم المتحدة',
		assembly: 'الجمعية العامة',
		operative: (n) => `${n} - `,
		resolution: (n) => `${n} -`,
		session: /^الدورة /,
		item: /^البند /,
		adoption: /الجمعية العامة في/,
		rtl: true,
		letter: 'A',
		recycle: '',
		serif: 'DejaVu Sans',
		sans: 'DejaVu Sans'
	}
};

/**
 * A short text in the drafting style of UN Arabic resolutions, written for this fixture (no UN text), in the
 * structure resodiff reads a seed into: the masthead lines, the title, the subject, preambular paragraphs (the
 * first long enough to wrap), operative paragraphs numbered "1 -", a footnote, the closing.
 */
const ARABIC = {
	meta: {
		symbol: 'A/RES/99/1',
		title: 'تعددية الأطراف في مجال نزع السلاح وعدم الانتشار',
		letterhead: [
			'الدورة التاسعة والتسعون',
			'البند 1 من جدول الأعمال',
			'قرار اتخذته الجمعية العامة في 1 كانون الأول/ديسمبر 2044'
		]
	},
	paragraphs: [
		{ kind: 'title', text: 'تعددية الأطراف في مجال نزع السلاح وعدم الانتشار' },
		{ kind: 'heading', text: 'إن الجمعية العامة،' },
		{
			kind: 'preamble',
			text: 'إذ تشير إلى قرارها 56/24 T المؤرخ 29 تشرين الثاني/نوفمبر 2001 وسائر القرارات ذات الصلة، وإلى قراراتها المتعلقة بتعزيز تعددية الأطراف في مجال نزع السلاح وعدم الانتشار التي اتخذتها في دوراتها السابقة،'
		},
		{
			kind: 'preamble',
			text: 'وإذ تؤكد من جديد أهمية التعاون المتعدد الأطراف في مجال نزع السلاح وعدم الانتشار،',
			footnotes: ['1'],
			footnoteOffsets: [80]
		},
		{
			kind: 'operative',
			number: '1',
			text: 'تؤكد من جديد أن تعددية الأطراف هي المبدأ الأساسي في المفاوضات المتعلقة بنزع السلاح (A/76/444)؛'
		},
		{
			kind: 'operative',
			number: '2',
			text: 'تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار في دورتها المائة؛'
		},
		{ kind: 'closing', text: 'الجلسة العامة 45' },
		{ kind: 'closing', text: '1 كانون الأول/ديسمبر 2044' }
	],
	footnotes: [{ mark: '1', text: 'القرار 55/2.' }]
};

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A paragraph's text as ODF inline content: bold ranges as spans, footnotes where their marks stood. */
function inline(paragraph, footnotes, marksBefore = false) {
	const marks = (paragraph.footnotes ?? []).map((mark, i) => {
		let at = paragraph.footnoteOffsets[i];
		while (marksBefore && at > 0 && MARK_BEFORE.test(paragraph.text[at - 1])) at--;
		return { mark, at };
	});
	const bold = paragraph.emphasis ?? [];
	const cuts = new Set([0, paragraph.text.length, ...marks.map((m) => m.at), ...bold.flat()]);
	const points = [...cuts].sort((a, b) => a - b);
	let content = '';
	for (let i = 0; i < points.length; i++) {
		for (const { mark } of marks.filter((m) => m.at === points[i])) {
			const note = footnotes.find((f) => f.mark === mark);
			content +=
				`<text:note text:id="ftn${mark}" text:note-class="footnote"><text:note-citation>${xml(mark)}</text:note-citation>` +
				`<text:note-body><text:p text:style-name="Footnote">${xml(note ? note.text : '')}</text:p></text:note-body></text:note>`;
		}
		if (i + 1 === points.length) break;
		const piece = xml(paragraph.text.slice(points[i], points[i + 1]));
		const strong = bold.some(([s, e]) => s <= points[i] && points[i + 1] <= e);
		content += strong ? `<text:span text:style-name="Strong">${piece}</text:span>` : piece;
	}
	return content;
}

/** The body of the document: masthead, letterhead lines, title, paragraphs, closing. */
function body(doc, seed, lang) {
	const { meta } = doc;
	const number = meta.symbol.replace(/^A\/RES\//, '');
	const out = [];
	out.push(
		`<text:p text:style-name="MastheadTop"><text:span text:style-name="Organ">${lang.organ}</text:span><text:tab/><text:span text:style-name="Symbol">${xml(meta.symbol)}</text:span></text:p>`,
		`<text:p text:style-name="MastheadOrgan"><text:span text:style-name="Assembly">${lang.assembly}</text:span><text:tab/>Distr.: General</text:p>`,
		`<text:p text:style-name="MastheadDate"><text:tab/>${xml(seed.issued)}</text:p>`
	);
	const letterhead = meta.letterhead ?? [];
	const session = letterhead.find((l) => lang.session.test(l));
	const item = letterhead.find((l) => lang.item.test(l));
	const agendaTitle = item ? letterhead[letterhead.indexOf(item) + 1] : undefined;
	const adoption = letterhead.find((l) => lang.adoption.test(l));
	const committee = letterhead.find((l) => /^\[.*\]$/.test(l));
	if (session) out.push(`<text:p text:style-name="Session">${xml(session)}</text:p>`);
	if (item) out.push(`<text:p text:style-name="AgendaItem">${xml(item)}</text:p>`);
	if (agendaTitle && agendaTitle !== adoption && agendaTitle !== committee)
		out.push(`<text:p text:style-name="Session">${xml(agendaTitle)}</text:p>`);
	if (adoption) out.push(`<text:p text:style-name="Adoption">${xml(adoption)}</text:p>`);
	if (committee) out.push(`<text:p text:style-name="Committee">${xml(committee)}</text:p>`);
	const closing = [];
	for (const p of doc.paragraphs) {
		if (p.kind === 'title')
			out.push(`<text:p text:style-name="Title">${xml(lang.resolution(number))}<text:tab/>${xml(p.text)}</text:p>`);
		else if (p.kind === 'closing') closing.push(xml(p.text));
		else if (p.kind === 'operative')
			out.push(
				`<text:p text:style-name="Body">${xml(lang.operative(p.number))}${inline(p, doc.footnotes, seed.marksBefore)}</text:p>`
			);
		else out.push(`<text:p text:style-name="Body">${inline(p, doc.footnotes, seed.marksBefore)}</text:p>`);
	}
	if (closing.length) out.push(`<text:p text:style-name="Closing">${closing.join('<text:line-break/>')}</text:p>`);
	return out.join('\n');
}

/** Running headers and footers: the first page's, then right (odd) and left (even) pages'. */
function masterPages(doc, seed, lang) {
	const symbol = xml(doc.meta.symbol);
	const title = xml(doc.meta.title ?? '');
	const page = '<text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count>';
	const barcode = `*${seed.job.replace(/\D/g, '')}*`;
	return `
<style:master-page style:name="Standard" style:page-layout-name="Letter">
	<style:header><text:p text:style-name="Header">${title}<text:tab/>${symbol}</text:p></style:header>
	<style:header-left><text:p text:style-name="Header">${symbol}<text:tab/>${title}</text:p></style:header-left>
	<style:footer><text:p text:style-name="Footer">${seed.job}<text:tab/><text:span text:style-name="Strong">${page}</text:span></text:p></style:footer>
	<style:footer-left><text:p text:style-name="Footer"><text:span text:style-name="Strong">${page}</text:span><text:tab/>${seed.job}</text:p></style:footer-left>
</style:master-page>
<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="FirstLetter" style:next-style-name="Standard">
	<style:footer>
		<text:p text:style-name="FirstFooter">${seed.job} (${lang.letter})<text:s text:c="4"/>${seed.stamp}</text:p>
		<text:p text:style-name="FirstFooter">${barcode}<text:tab/>${lang.recycle}</text:p>
	</style:footer>
</style:master-page>`;
}

const fonts = (lang) => `
<office:font-face-decls>
	<style:font-face style:name="Serif" svg:font-family="'${lang.serif}'" style:font-family-generic="roman"/>
	<style:font-face style:name="Sans" svg:font-family="'${lang.sans}'" style:font-family-generic="swiss"/>
	<style:font-face style:name="Latin" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>`;

/** Character and paragraph properties, with the same face for Latin and Chinese text. */
const face = (name, size, weight = 'normal') =>
	`style:font-name="${name}" fo:font-size="${size}" fo:font-weight="${weight}" ` +
	`style:font-name-asian="${name}" style:font-size-asian="${size}" style:font-weight-asian="${weight}" ` +
	`style:font-name-complex="${name}" style:font-size-complex="${size}" style:font-weight-complex="${weight}"`;

/** The body's measure: indented from the page margin as the UN indents its text (0.88 inch). */
const INDENT = '0.88in';

const styles = (lang) => `
<office:styles>
	<style:default-style style:family="paragraph">
		<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
		<style:text-properties ${face('Serif', '12pt')} fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN" style:language-complex="ar" style:country-complex="EG"/>
	</style:default-style>
	<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
	<style:style style:name="Text" style:family="paragraph" style:parent-style-name="Standard">
		<style:paragraph-properties style:writing-mode="${lang.rtl ? 'rl-tb' : 'lr-tb'}" fo:text-align="${lang.rtl ? 'right' : 'left'}"/>
	</style:style>
	<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Text">
		<style:paragraph-properties fo:margin-${lang.rtl ? 'right' : 'left'}="${INDENT}" fo:text-indent="24pt" fo:margin-bottom="6pt" fo:line-height="150%" fo:text-align="${lang.rtl ? 'right' : 'justify'}"/>
	</style:style>
	<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Text">
		<style:paragraph-properties fo:margin-left="${INDENT}" fo:text-indent="-0.55in" fo:margin-bottom="14pt">
			<style:tab-stops><style:tab-stop style:position="0in"/></style:tab-stops>
		</style:paragraph-properties>
		<style:text-properties ${face('Sans', '13pt', 'bold')}/>
	</style:style>
	<style:style style:name="Adoption" style:family="paragraph" style:parent-style-name="Text">
		<style:paragraph-properties fo:margin-left="${INDENT}" fo:margin-top="18pt" fo:margin-bottom="8pt"/>
		<style:text-properties ${face('Sans', '14pt', 'bold')}/>
	</style:style>
	<style:style style:name="Committee" style:family="paragraph" style:parent-style-name="Text">
		<style:paragraph-properties fo:margin-left="${INDENT}" fo:margin-bottom="14pt"/>
		<style:text-properties ${face('Serif', '10pt')}/>
	</style:style>
	<style:style style:name="Session" style:family="paragraph" style:parent-style-name="Text">
		<style:text-properties ${face('Sans', '10pt', 'bold')}/>
	</style:style>
	<style:style style:name="AgendaItem" style:family="paragraph" style:parent-style-name="Text">
		<style:text-properties ${face('Serif', '10pt')}/>
	</style:style>
	<style:style style:name="Closing" style:family="paragraph" style:parent-style-name="Text">
		<style:paragraph-properties fo:text-align="end" fo:margin-top="18pt" fo:line-height="150%"/>
	</style:style>
	<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Text" style:class="extra">
		<style:paragraph-properties fo:margin-left="0.7in" fo:text-indent="-0.15in" fo:margin-bottom="1pt"/>
		<style:text-properties ${face('Serif', '9pt')}/>
	</style:style>
	<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
		<style:paragraph-properties fo:padding-bottom="2pt" fo:border-bottom="0.5pt solid #000000">
			<style:tab-stops><style:tab-stop style:position="6.84in" style:type="right"/></style:tab-stops>
		</style:paragraph-properties>
		<style:text-properties ${face('Sans', '8.5pt', 'bold')}/>
	</style:style>
	<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
		<style:paragraph-properties>
			<style:tab-stops><style:tab-stop style:position="6.84in" style:type="right"/></style:tab-stops>
		</style:paragraph-properties>
		<style:text-properties ${face('Latin', '8pt')}/>
	</style:style>
	<style:style style:name="FirstFooter" style:family="paragraph" style:parent-style-name="Footer"/>
	<style:style style:name="MastheadTop" style:family="paragraph" style:parent-style-name="Standard">
		<style:paragraph-properties fo:margin-left="${INDENT}" fo:padding-bottom="4pt" fo:border-bottom="0.5pt solid #000000">
			<style:tab-stops><style:tab-stop style:position="5.96in" style:type="right"/></style:tab-stops>
		</style:paragraph-properties>
	</style:style>
	<style:style style:name="MastheadOrgan" style:family="paragraph" style:parent-style-name="Standard">
		<style:paragraph-properties fo:margin-left="${INDENT}" fo:margin-top="4pt">
			<style:tab-stops><style:tab-stop style:position="3.72in"/></style:tab-stops>
		</style:paragraph-properties>
		<style:text-properties ${face('Serif', '10pt')}/>
	</style:style>
	<style:style style:name="MastheadDate" style:family="paragraph" style:parent-style-name="MastheadOrgan">
		<style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="36pt" fo:padding-bottom="6pt" fo:border-bottom="1.5pt solid #000000"/>
	</style:style>
	<style:style style:name="Organ" style:family="text"><style:text-properties ${face('Sans', '13pt')}/></style:style>
	<style:style style:name="Symbol" style:family="text"><style:text-properties ${face('Latin', '15pt')}/></style:style>
	<style:style style:name="Assembly" style:family="text"><style:text-properties ${face('Sans', '22pt', 'bold')}/></style:style>
	<style:style style:name="Strong" style:family="text">
		<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>
	</style:style>
	<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
		<style:text-properties style:text-position="super 58%"/>
	</style:style>
	<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
		<style:text-properties style:text-position="super 58%"/>
	</style:style>
	<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>`;

const PAGE = (name, header) => `
<style:page-layout style:name="${name}" style:page-usage="all">
	<style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.45in" fo:margin-bottom="0.4in" fo:margin-left="0.83in" fo:margin-right="0.83in">
		<style:footnote-sep style:width="0.5pt" style:distance-before-sep="6pt" style:distance-after-sep="3pt" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
	</style:page-layout-properties>
	${header ? '<style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.25in"/></style:header-style>' : ''}
	<style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.3in"/></style:footer-style>
</style:page-layout>`;

function document(doc, seed, lang) {
	return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
${fonts(lang)}
${styles(lang)}
<office:automatic-styles>
	${PAGE('Letter', true)}
	${PAGE('FirstLetter', false)}
	<style:style style:name="FirstPage" style:family="paragraph" style:parent-style-name="MastheadTop" style:master-page-name="First_20_Page"/>
</office:automatic-styles>
<office:master-styles>${masterPages(doc, seed, lang)}</office:master-styles>
<office:body><office:text>
${body(doc, seed, lang).replace('<text:p text:style-name="MastheadTop">', '<text:p text:style-name="FirstPage">')}
</office:text></office:body>
</office:document>
`;
}

async function main() {
	const core = join(root, 'dist', 'cli', 'core.cjs');
	if (!existsSync(core)) throw new Error('dist/cli/core.cjs is missing: run `npm run build:cli` first');
	const { parseResolution } = await import(pathToFileURL(core).href);
	mkdirSync(out, { recursive: true });
	const work = mkdtempSync(join(tmpdir(), 'resodiff-writer-'));
	try {
		const documents = [
			...SEEDS.map((seed) => ({
				name: seed.name ?? seed.file.replace(/\.zh\.txt$/, ''),
				seed,
				lang: LANGUAGES.zh,
				doc: parseResolution(readFileSync(join(root, 'corpus', seed.file), 'utf8'), { source: seed.file })
			})),
			{
				name: 'ar-sample',
				seed: { job: '44-00001', stamp: '051244', issued: '5 December 2044' },
				lang: LANGUAGES.ar,
				doc: ARABIC
			}
		];
		for (const { name, seed, lang, doc } of documents) {
			const source = join(work, `${name}.fodt`);
			writeFileSync(source, document(doc, seed, lang));
			// A profile of its own, so that a Writer the user has open is neither used nor disturbed.
			execFileSync(
				soffice,
				[
					`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
					'--headless',
					'--convert-to',
					'pdf:writer_pdf_Export',
					'--outdir',
					work,
					source
				],
				{ stdio: 'ignore' }
			);
			renameSync(join(work, `${name}.pdf`), join(out, `${name}.pdf`));
			const size = readFileSync(join(out, `${name}.pdf`)).length;
			console.log(`writer/${name}.pdf  ${(size / 1024).toFixed(0).padStart(5)} KB`);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
});
