/**
 * The interface in Chinese: every label, message, tooltip, accessible name and page title of the app.
 * This module fixes the shape of the messages (`Messages` in messages.ts); en.ts must have the same keys
 * and the same function signatures, which the type checker enforces. Words the reports share with the
 * page (status names, paragraph labels, "routine") are not here: they come from core/report/labels.ts.
 */
/** `.txt、.md 或 .pdf`: a list of which one is meant. */
const orList = (types: Iterable<string>) => {
	const items = Array.from(types);
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')} 或 ${items[items.length - 1]}`;
};

export const zh = {
	app: {
		name: 'resodiff',
		tagline: '联合国决议版本比较',
		home: 'resodiff 首页',
		skip: '跳到正文',
		footer: '所有文件都只在本浏览器中读取和比较，不会上传。',
		language: '界面语言',
		backHome: '← 返回首页',
		notFound: '没有这个页面。',
		failed: '出了点问题。',
		unexpected: '发生了未知错误。'
	},
	format: {
		/** A date as UN Chinese texts write it. */
		date: (year: number, month: number, day: number) => `${year} 年 ${month} 月 ${day} 日`,
		session: (n: number) => `第 ${n} 届会议`,
		sessionShort: (n: number) => `第 ${n} 届`,
		sessionUnknown: '届次不详',
		meeting: (n: number) => `第 ${n} 次全体会议`,
		paragraphs: (n: number) => `${n} 段`,
		footnotes: (n: number) => `${n} 个脚注`,
		/** The separator of a list of names. */
		list: '、',
		/** A remark in brackets after a name. */
		aside: (text: string) => `（${text}）`,
		colon: '：',
		/** Ends a sentence. */
		stop: '。'
	},
	home: {
		title: 'resodiff · 联合国决议版本比较',
		description: '逐段比较联合国大会决议的两个版本：结构、段落对齐和逐字差异，全部在浏览器中完成。',
		heading: '一眼看清两版决议之间改了什么',
		intro: '按序言和执行部分逐段对齐，标出每一处增删的文字，区分实质改动与日期、文号等例行更新。',
		showcase: '示例',
		showcaseOpen: '查看比较',
		ownTitle: '比较你自己的文本',
		ownPrivate: '文件只在本浏览器中读取，不会上传。',
		modes: '输入方式',
		modeFiles: '文件',
		modePaste: '粘贴文本',
		pasteTitle: { old: '旧版本', new: '新版本' },
		pastePlaceholder: { old: '粘贴旧版本的全文', new: '粘贴新版本的全文' },
		pastedName: { old: '粘贴的旧文本', new: '粘贴的新文本' },
		swap: '交换新旧版本',
		compare: '比较',
		comparing: '正在比较…',
		cancel: '取消',
		chooseBoth: '请先选择或粘贴两个版本。',
		draftNote: '只有一个 Word 文件：比较它的修订前文本与接受修订后的文本。',
		draftOriginal: '修订前',
		draftAccepted: '接受修订',
		more: '三个或更多版本？逐届追踪措辞',
		errorTitle: '无法比较这两个文件',
		library: '文库',
		librarySub: '随应用附带的联合国大会文本，按系列排列。'
	},
	file: {
		title: { old: '旧版本', new: '新版本' },
		example: { old: '例如去年通过的决议', new: '例如今年的草案' },
		drop: '把文件拖到这里，或',
		choose: '选择文件…',
		replace: '换一个',
		remove: '移除'
	},
	library: {
		facts: (committee: string, agendaItem: string, since: number) =>
			`${committee} · 议程项目：${agendaItem} · 自第 ${since} 届会议起每届通过`,
		timeline: '历届通过的决议',
		held: '文库中有全文',
		resolution: '决议',
		report: '报告',
		draft: '草案',
		requestedBy: (symbol: string) => `应 ${symbol} 要求`,
		trace: '逐届追踪',
		compare: '比较',
		single: '文库中只有这一届的文本。'
	},
	catalog: {
		title: '检索文库',
		sub: '按文号、标题、届会和语言查找随应用附带的文件，任选两份进行比较。',
		query: '文号或标题',
		queryPlaceholder: '例如 76/40、多边主义、outer space',
		session: '届会',
		anySession: '所有届会',
		language: '语言',
		anyLanguage: '所有语言',
		languages: { zh: '中文', en: '英文', es: '西班牙文', fr: '法文', ru: '俄文', ar: '阿拉伯文' } as Record<
			string,
			string
		>,
		count: (shown: number, total: number) => `${shown} / ${total} 份文件`,
		none: '没有符合条件的文件。',
		pick: (symbol: string) => `选择 ${symbol}`,
		symbol: '文号',
		date: '日期',
		docTitle: '标题',
		picked: '已选',
		pickHint: '勾选两份文件，较早的一份作为旧版本。',
		pickOneMore: '再选一份文件。',
		pair: (oldSymbol: string, newSymbol: string) => `旧版本 ${oldSymbol} → 新版本 ${newSymbol}`,
		swap: '对调新旧版本',
		clear: '清除选择',
		compare: '比较这两份文件'
	},
	phrase: {
		action: '此前在哪里用过这段措辞？',
		title: '此前的用法',
		searching: '正在检索文库…',
		none: '文库中没有其他段落使用这段措辞。',
		tooShort: '请选择至少两个字。',
		count: (hits: number, documents: number) => `${documents} 份文件中的 ${hits} 个段落，按时间排列`,
		first: '首次使用',
		exact: '完全相同',
		near: (similarity: number) => `相似 ${Math.round(similarity * 100)}%`,
		close: '关闭',
		fromServer: '检索的是本机服务的文库。',
		fromCorpus: '检索的是随应用附带的文库，在本浏览器中完成。',
		failed: '无法检索文库。',
		bestOld: (symbol: string) => `文库中与之最相近的较早版本：${symbol}`,
		bestOldAction: '以它作为旧版本比较'
	},
	continues: {
		looking: '正在查找这份文本延续的决议（只在本浏览器中进行）…',
		heading: '这份文本看来延续：',
		compare: (symbol: string) => `与 ${symbol} 比较`,
		others: '其他可能的较早版本',
		none: '文库中没有与这份文本相近的较早版本。',
		failed: '无法查找这份文本延续的决议：',
		sameTitle: '标题或议程项目相同',
		similarTitle: '标题开头相同',
		recalls: '回顾了它',
		sharedRecalls: '回顾的决议大体相同',
		wording: (share: number) => `措辞相同 ${Math.round(share * 100)}%`,
		fromServer: '在本机服务的文库中查找；你的文本只在本浏览器中读取，没有发送给服务器。',
		fromCorpus: '在随应用附带的文库中查找；你的文本只在本浏览器中读取，没有上传。'
	},
	compare: {
		titleLoading: '正在比较',
		titleError: '无法比较',
		titleGone: '本地比较已清除',
		title: (oldName: string, newName: string) => `${oldName} → ${newName}`,
		heading: (oldName: string, newName: string) => `比较 ${oldName} 与 ${newName}`,
		loading: '正在读取并比较…',
		loadingWhat: (what: string) => `正在读取并比较 ${what}…`,
		errorTitle: '无法比较',
		noDocuments: '没有指定要比较的文件。',
		missingOld: '链接中缺少旧版本。',
		missingNew: '链接中缺少新版本。',
		goneTitle: '本地比较已不在内存中',
		goneText:
			'你的文件只保存在原来那个页面的内存中，从未上传或存储；页面刷新或在新标签页打开后，它们就不在了。请回到首页重新选择这两个文件。',
		goneAgain: '← 重新选择文件',
		localNote: '本地比较：两份文件只在本浏览器标签页的内存中读取和比较，没有上传任何内容；刷新或关闭页面即清除。',
		warningOld: '旧版本',
		warningNew: '新版本',
		noteMissing: '脚注文本未找到'
	},
	meta: {
		oldVersion: '旧版本',
		newVersion: '新版本',
		noSymbol: '（无文号）',
		date: '通过日期',
		meeting: '会议',
		session: '届会',
		agendaItem: '议程项目',
		committeeReport: '委员会报告',
		paragraphs: '段落',
		source: '来源',
		details: '详细信息',
		hideDetails: '收起详细信息',
		particulars: '两个版本的详细信息'
	},
	toolbar: {
		byStatus: '按状态统计',
		substantive: '实质',
		routine: '例行',
		weightNote: '实质改动与例行改动',
		shown: (shown: number, total: number) => `显示 ${shown} / ${total} 行`,
		filters: '筛选',
		onlyChanges: '只看改动',
		operativeOnly: '只看执行部分',
		hideRoutine: '隐藏例行改动',
		layout: '视图',
		side: '并排',
		redline: '修订',
		changeList: '改动列表',
		stepping: '逐处浏览改动',
		previous: '上一处',
		next: '下一处',
		previousTitle: '上一处改动 (p)',
		nextTitle: '下一处改动 (n)',
		noChanges: '无改动',
		print: '打印',
		keys: '键盘快捷键',
		more: '更多'
	},
	legend: {
		title: '图例',
		inserted: '新增的文字',
		deleted: '删除的文字',
		routine: '例行改动',
		routineNote: '日期、文号、届会',
		timing: (duration: string) => `用时 ${duration}`
	},
	rows: {
		region: '逐段比较',
		old: '旧',
		new: '新',
		none: '没有符合筛选条件的段落。',
		showAll: '显示全部',
		routineTitle: '只改动了日期、文号、届会或会议编号',
		absentOld: '旧版本中没有此段',
		absentNew: '新版本中已删除',
		movedFrom: (label: string) => `↑ 移自 ${label}`,
		/** Where a moved paragraph stood; the link to its new place follows. */
		ghost: (label: string) => `${label} 原在此处，已移至 `,
		ghostTo: '新位置',
		footnotes: '脚注',
		footnote: '脚注',
		notIntact: '无法逐字对齐，显示的是两版全文。',
		degraded: '此段差异较粗略（超出计算时限）。',
		breakRemoved: '此处的分段已取消',
		breakAdded: '此处新分段',
		/** Said by screen readers where a change begins and ends. */
		insStart: '［新增：',
		delStart: '［删除：',
		changeEnd: '］',
		firstChange: '已是第一处改动。',
		lastChange: '已是最后一处改动。',
		position: (at: number, of: number, what: string) => `第 ${at} 处改动，共 ${of} 处：${what}`,
		oldLabels: (labels: string) => `旧 ${labels}`,
		newLabels: (labels: string) => `新 ${labels}`,
		/** A paragraph label said in full: `序言部分第 5 段 (PP5)`. */
		spokenPreamble: (n: string, code: string) => `序言部分第 ${n} 段 (${code})`,
		spokenOperative: (n: string, code: string) => `执行部分第 ${n} 段 (${code})`,
		gap: (n: number) => `${n} 个未改动的段落`,
		gapShow: '展开',
		gapAction: (n: number) => `显示 ${n} 个未改动的段落`
	},
	changes: {
		title: '改动',
		list: '改动列表',
		count: (n: number) => `${n} 处`,
		real: '实质',
		none: '没有改动。',
		hidden: '筛选隐藏了其他改动。',
		close: '关闭改动列表',
		marks: '改动在全文中的位置'
	},
	keys: {
		title: '键盘快捷键',
		next: '下一处改动',
		previous: '上一处改动',
		help: '显示或关闭本帮助',
		list: '打开或关闭改动列表',
		view: '在并排与修订视图之间切换',
		only: '只看改动，或显示全部',
		close: '关闭',
		escape: '关闭本帮助或菜单',
		hint: '按 ? 查看键盘快捷键'
	},
	exporting: {
		button: '导出',
		busy: '正在导出…',
		note: '在本浏览器中生成，不上传。',
		printHint: '在打印对话框中选择“另存为 PDF”。',
		saved: (name: string) => `已保存 ${name}`,
		dismiss: '关闭',
		formats: {
			docx: 'Word 修订稿 (.docx)',
			html: '网页 (.html)',
			pdf: 'PDF（打印）',
			md: 'Markdown (.md)',
			csv: '表格 (.csv)',
			json: '数据 (.json)'
		},
		printPage: '打印本页'
	},
	series: {
		kicker: '系列',
		pageTitle: (title: string) => `${title} · 系列`,
		since: (since: number, adopted: number, held: string) =>
			`自第 ${since} 届会议起每届通过，共 ${adopted} 项决议；文库中有 ${held} 的全文，其他各届的文本可以作为文件加入。`,
		ownOnly: '只用自己的文件',
		localTitle: '逐版追踪你自己的文本',
		localPageTitle: '你自己的系列',
		localFacts: '同一决议的各届文本或草案，按届会排列，逐段追踪每一处改动。',
		librarySeries: '文库中的系列',
		readingVersions: (what: string) => (what ? `正在读取 ${what}…` : '正在读取各个版本…'),
		errorTitle: '无法读取这个系列',
		region: '系列对照',
		localNote: '你加入的文件只在本浏览器标签页的内存中读取和追踪，没有上传任何内容；刷新或关闭页面即清除。',
		addError: '无法加入',
		emptyTitle: '从你自己的文件开始一个系列',
		emptyText: (types: Iterable<string>) =>
			`选择同一决议的两个或更多版本（${orList(types)}），或把它们拖到这里。它们会按届会排列，逐版追踪每一段。`,
		summaryTitle: '每个版本的改动',
		onlyChanges: '只看有改动的段落',
		hideRoutine: '隐藏例行改动',
		filters: '筛选',
		shown: (shown: number, total: number) => `显示 ${shown} / ${total} 条段落脉络`,
		versionCount: (n: number) => `${n} 个版本`,
		legend: '标记',
		hasPhrase: '含所追踪用语',
		gridTitle: '段落脉络',
		none: '没有符合筛选条件的段落。',
		reading: (name: string) => `正在读取 ${name}`,
		readingMany: (n: number) => `正在读取 ${n} 个文件`,
		tracing: (n: number) => `正在追踪 ${n} 个版本`
	},
	versions: {
		title: '版本',
		local: '本地',
		localFile: (name: string) => `本地文件：${name}`,
		library: '文库',
		remove: (name: string) => `从系列中移除 ${name}`,
		add: '添加版本',
		hint: (types: Iterable<string>) =>
			`${orList(types)}，按届会排列（届次不详的放在最后）；文件只在本浏览器中读取，不会上传，也可以直接拖到这里。`
	},
	term: {
		label: '追踪用语',
		placeholder: '输入一个词或短语',
		examplesLabel: '例如',
		nowhere: (phrase: string) => `“${phrase}”不见于任何版本。`,
		first: '首见于',
		last: '，最后见于',
		only: '，仅此一版',
		total: (count: number, versions: number, of: number) => `；共 ${count} 处，见于 ${versions} / ${of} 个版本。`,
		perVersion: '各版本出现次数',
		tracked: '追踪的用语'
	},
	grid: {
		region: '段落脉络表',
		caption:
			'每行是一个段落在各版本中的脉络，每列是一个版本；每格说明该段落相对上一版本的变化。按方向键移动，按回车查看改动。',
		corner: '段落',
		session: (n: number) => `${n}届`,
		local: '本地',
		cell: (label: string, version: string, mark: string) => `${label}，${version}：${mark}`,
		labelHere: (label: string) => `（此版本中为 ${label}）`,
		phraseHere: (phrase: string, n: number) => `；含“${phrase}” ${n} 处`,
		marks: {
			first: '首版',
			routine: '例行',
			ended: '删除',
			absent: '无'
		}
	},
	summary: {
		caption: '每个版本相对上一版本的改动（段落脉络数）',
		change: '改动',
		substantive: '实质修改',
		routine: '例行更新',
		inserted: '新增',
		ended: '删除',
		first: '首版',
		none: '无改动'
	},
	step: {
		hintTitle: '逐版改动',
		hint: '点选表格中的一格，查看该段落从上一版本到这一版本的改动。',
		first: '首个版本',
		was: (label: string) => `此版本中为 ${label}`,
		along: '沿此段落逐版',
		earlier: '← 上一版',
		later: '下一版 →',
		to: '到',
		announce: (label: string, from: string, mark: string) => `${label}：${from}，${mark}`,
		absent: (versions: string) => `此段落在 ${versions} 中都没有。`,
		and: ' 和 ',
		ended: (to: string, from: string) => `此段落不在 ${to} 中：下面是它在 ${from} 中的文本及其去向。`,
		open: '在比较页中查看这两个版本全文'
	},
	warnings: {
		title: '请注意'
	},
	errors: {
		chunk: '应用的一部分没能加载，请刷新页面后重试。',
		memory: '文件太大，浏览器内存不足。',
		unexpected: (line: string) => `意外错误：${line}`
	}
};

/** The shape of the interface's messages: every language module has exactly these keys. */
export type Messages = typeof zh;
