/**
 * V8's code cache, for Node: compiled code kept in the user's cache folder, so that the next process need not
 * compile it again. Node 20 has no compile cache for modules, and a command that runs once spends a good part
 * of its time compiling: the source of each module it loads, then each function as it is first called.
 *
 * - {@link compileWithCodeCache}: one of pdfjs-dist's ES modules. pdfjs's two builds are large (its display API
 *   half a megabyte, its worker 1.3 MB). A module of their shape (one `export { … }` list at its end, no `import`
 *   statement) runs as well as a script: its `import.meta.url` given as a string, its exports returned from a
 *   function that wraps it, in strict mode as a module runs. The cache is made once a document has been read
 *   (`save`), so that it holds the functions reading compiled; V8 rejects a cache made by another version of
 *   itself or of the file, which is then made anew. A file of another shape gives null, and the caller imports
 *   it as a module. It uses nothing but its arguments and the language's built-ins: pdfjs's thread
 *   (pdf-node-thread.ts) runs it from its source text, before any module of the command is loaded.
 * - {@link cacheCommonJsCompiles}: the command's own bundle, built as CommonJS modules for this reason.
 */
import type * as NodeFs from 'node:fs';
import type * as NodePath from 'node:path';
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

/** The parts of `node:module`'s Module class that compiling a CommonJS module goes through. */
export interface CommonJsLoader {
	prototype: { _compile(this: CommonJsModule, content: string, filename: string): unknown };
	wrap(content: string): string;
	createRequire(filename: string): NodeJS.Require;
}

/** A CommonJS module being compiled: what its wrapper is called with. */
interface CommonJsModule {
	exports: unknown;
}

/** What {@link cacheCommonJsCompiles} needs: the file system, `node:vm`, Node's CommonJS loader and path helpers. */
export interface CommonJsCacheTools {
	fs: Pick<
		typeof NodeFs,
		'readFileSync' | 'writeFileSync' | 'renameSync' | 'mkdirSync' | 'statSync' | 'readdirSync' | 'rmSync'
	>;
	vm: Pick<typeof NodeVm, 'Script' | 'constants'>;
	loader: CommonJsLoader;
	path: Pick<typeof NodePath, 'join' | 'dirname' | 'relative' | 'sep'>;
}

/**
 * Has V8 cache the compiled code of every CommonJS module under `root` (a bundle's folder) in `folder`, from
 * now on in this process; returns the function that writes the caches this process made.
 *
 * WHY: Node 20 has no compile cache for modules (`module.enableCompileCache` came with Node 22), and a command
 * that runs once compiles every function it calls for the first time: the source is parsed when each module
 * loads and each function compiled when it is first called. A script compiled through `vm.Script` takes V8's
 * code cache, which holds the bytecode of every function compiled when the cache was made. Made once the
 * command has run, it spares the next run both the parse and those compiles.
 *
 * HOW: Node compiles a CommonJS module in `Module.prototype._compile`; for a file under `root` this compiles the
 * same wrapper through `vm.Script`, with the cache read from `folder`, and calls it as Node would (exports,
 * require, module, __filename, __dirname; `import()` through the main loader). Other files compile as before.
 * A cache is named by the file's path under `root`, its size and its time, so a rebuilt bundle never meets an
 * old cache (V8 itself checks only the source's length, V8's version and its flags, and rejects a cache that
 * fails, which is then made anew). Writing a cache also deletes those of files that changed or are gone.
 * Nothing here throws for the cache's sake: an unreadable or unwritable folder means the code is compiled as
 * without it.
 */
export function cacheCommonJsCompiles(tools: CommonJsCacheTools, root: string, folder: string): () => void {
	const { fs, vm, loader, path } = tools;
	const within = root.endsWith(path.sep) ? root : root + path.sep;
	/** The cache's file name for a file under `root`: its path there (`chunks@x.cjs`), size and time. */
	const nameOf = (file: string) => {
		const { size, mtimeMs } = fs.statSync(file);
		return `${path.relative(within, file).split(path.sep).join('@')}@${size}-${Math.round(mtimeMs)}.cache`;
	};
	const made: { script: NodeVm.Script; name: string }[] = [];
	const compile = loader.prototype._compile;
	loader.prototype._compile = function (this: CommonJsModule, content: string, filename: string) {
		if (!filename.startsWith(within)) return compile.call(this, content, filename);
		let name: string | null = null;
		let cachedData: Uint8Array | undefined;
		try {
			name = nameOf(filename);
			cachedData = fs.readFileSync(path.join(folder, name));
		} catch {
			cachedData = undefined;
		}
		const script = new vm.Script(loader.wrap(content), {
			filename,
			cachedData,
			importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
		});
		if (name && (cachedData === undefined || script.cachedDataRejected)) made.push({ script, name });
		const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
		return wrapper.call(
			this.exports,
			this.exports,
			loader.createRequire(filename),
			this,
			filename,
			path.dirname(filename)
		);
	};
	return () => {
		if (made.length === 0) return;
		try {
			fs.mkdirSync(folder, { recursive: true });
			const current = new Set<string>();
			for (const { script, name } of made.splice(0)) {
				// Written aside and renamed, so that another process never reads half a cache.
				const temporary = path.join(folder, name + '.' + Math.random().toString(36).slice(2));
				fs.writeFileSync(temporary, script.createCachedData());
				fs.renameSync(temporary, path.join(folder, name));
				current.add(name);
			}
			for (const name of fs.readdirSync(folder)) {
				if (current.has(name) || !name.endsWith('.cache')) continue;
				const file = path.join(within, ...name.split('@').slice(0, -1));
				let stale: boolean;
				try {
					stale = nameOf(file) !== name;
				} catch {
					stale = true;
				}
				if (stale) fs.rmSync(path.join(folder, name), { force: true });
			}
		} catch {
			// An unwritable folder: the modules are compiled again next time.
		}
	};
}
