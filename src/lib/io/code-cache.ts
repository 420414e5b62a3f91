/**
 * Compiling one of pdfjs-dist's ES modules with V8's code cache, for Node. Node 20 has no compile cache for
 * modules, and pdfjs's two builds are large (its display API half a megabyte, its worker 1.3 MB): compiling
 * them, at start and then function by function as a first document is read, is a good part of what a command
 * that reads a PDF does before it reads anything. A module of their shape (one `export { … }` list at its end,
 * no `import` statement) runs as well as a script: its `import.meta.url` given as a string, its exports returned
 * from a function that wraps it, in strict mode as a module runs.
 *
 * The cache is made once a document has been read (`save`), so that it holds the functions reading compiled;
 * V8 rejects a cache made by another version of itself or of the file, which is then made anew. A file of
 * another shape gives null, and the caller imports it as a module.
 *
 * {@link compileWithCodeCache} uses nothing but its arguments and the language's built-ins: pdfjs's thread
 * (pdf-node-thread.ts) runs it from its source text, before any module of the command is loaded.
 */
import type * as NodeFs from 'node:fs';
import type * as NodeVm from 'node:vm';

/** The parts of `node:fs` and `node:vm` the compiler uses, handed to it. */
export interface CodeCacheTools {
	fs: Pick<typeof NodeFs, 'readFileSync' | 'writeFileSync' | 'renameSync' | 'mkdirSync'>;
	vm: Pick<typeof NodeVm, 'Script' | 'constants'>;
}

/** A module compiled as a script: its exports, and how to write its code cache when it has none yet. */
export interface CompiledModule {
	exports: Record<string, unknown>;
	/** Writes the code cache (once) when none was read or V8 rejected it; null when the cache served. Never throws. */
	save: (() => void) | null;
}

/**
 * Compiles the ES module `file` (whose URL is `url`) as a script, with V8's code cache read from `cache`, a file
 * in `folder` (the user's own cache folder). Null when the module is not of the shape it knows (see above).
 */
export function compileWithCodeCache(
	tools: CodeCacheTools,
	file: string,
	url: string,
	cache: string,
	folder: string
): CompiledModule | null {
	const { fs, vm } = tools;
	const source = fs.readFileSync(file, 'utf8');
	const tail = /export\s*\{([^{}]*)\}\s*;?\s*$/.exec(source);
	if (!tail) return null;
	const body = source.slice(0, tail.index);
	if (/^\s*(?:import|export)[\s{*]/m.test(body)) return null;
	const names: string[] = [];
	for (const entry of tail[1].split(',')) {
		const m = /^\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(entry);
		if (!m) return null;
		names.push(JSON.stringify(m[2] ?? m[1]) + ': ' + m[1]);
	}
	const code =
		'(function () {"use strict";' +
		body.replaceAll('import.meta.url', JSON.stringify(url)) +
		'\nreturn {' +
		names.join(', ') +
		'};\n})';
	let cachedData: Uint8Array | undefined;
	try {
		cachedData = fs.readFileSync(cache);
	} catch {
		cachedData = undefined;
	}
	const script = new vm.Script(code, {
		filename: file,
		cachedData,
		importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
	});
	const exports = (script.runInThisContext() as () => Record<string, unknown>)();
	let saved = cachedData !== undefined && !script.cachedDataRejected;
	const save = () => {
		if (saved) return;
		saved = true;
		try {
			fs.mkdirSync(folder, { recursive: true });
			// Written aside and renamed, so that another process never reads half a cache.
			const temporary = cache + '.' + Math.random().toString(36).slice(2);
			fs.writeFileSync(temporary, script.createCachedData());
			fs.renameSync(temporary, cache);
		} catch {
			// An unwritable folder: the module is compiled again next time.
		}
	};
	return { exports, save: saved ? null : save };
}
