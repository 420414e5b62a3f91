/**
 * V8's code cache for CommonJS modules (cacheCommonJsCompiles), driven through a loader of its own so that the
 * test process's real loader is left alone: what is cached, when a cache is used, made anew or deleted.
 * tests/unit/command.test.ts holds the command itself to it.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheCommonJsCompiles, type CommonJsLoader } from './code-cache';

/** A loader of its own: Node's wrapper and require, and a `_compile` that says it was asked. */
function testLoader(): CommonJsLoader & { plain: string[] } {
	const plain: string[] = [];
	const real = Module as unknown as CommonJsLoader;
	return {
		plain,
		prototype: {
			_compile(this: { exports: unknown }, _content: string, filename: string) {
				plain.push(filename);
				this.exports = 'compiled plainly';
			}
		},
		wrap: real.wrap,
		createRequire: real.createRequire
	};
}

describe('cacheCommonJsCompiles', () => {
	let work: string;
	let bundle: string;
	let folder: string;
	beforeEach(() => {
		work = fs.mkdtempSync(path.join(tmpdir(), 'resodiff-code-cache-'));
		bundle = path.join(work, 'bundle');
		folder = path.join(work, 'cache');
		fs.mkdirSync(path.join(bundle, 'chunks'), { recursive: true });
		fs.writeFileSync(path.join(bundle, 'chunks', 'sum-A1.cjs'), 'exports.sum = (a, b) => a + b;\n');
		// Each test's module is a text of its own: V8 keeps what a process compiled, and would serve it again
		// without looking at a cache.
		fs.writeFileSync(
			path.join(bundle, 'main.cjs'),
			`// ${work}\nconst { sum } = require('./chunks/sum-A1.cjs');\nmodule.exports = { total: sum(2, 3), file: __filename, self: this === exports };\n`
		);
	});
	afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

	/** Loads `file` as Node would, through `loader`: a fresh module, compiled, its exports returned. */
	function load(loader: CommonJsLoader, file: string): unknown {
		const module = { exports: {} as unknown };
		loader.prototype._compile.call(module, fs.readFileSync(file, 'utf8'), file);
		return module.exports;
	}

	it('runs a module of the bundle as Node would: exports, require, __filename, this', () => {
		const loader = testLoader();
		cacheCommonJsCompiles({ fs, vm, loader, path }, bundle, folder);
		const main = path.join(bundle, 'main.cjs');
		expect(load(loader, main)).toEqual({ total: 5, file: main, self: true });
		expect(loader.plain).toEqual([]);
	});

	it('leaves a file outside the bundle to Node', () => {
		const loader = testLoader();
		cacheCommonJsCompiles({ fs, vm, loader, path }, bundle, folder);
		const outside = path.join(work, 'outside.cjs');
		fs.writeFileSync(outside, 'module.exports = 1;');
		expect(load(loader, outside)).toBe('compiled plainly');
		expect(loader.plain).toEqual([outside]);
	});

	it('writes a cache for each module it compiled, named by its path, size and time, and uses it next time', () => {
		const first = testLoader();
		const save = cacheCommonJsCompiles({ fs, vm, loader: first, path }, bundle, folder);
		load(first, path.join(bundle, 'main.cjs'));
		save();
		const names = fs.readdirSync(folder).sort();
		const { size, mtimeMs } = fs.statSync(path.join(bundle, 'main.cjs'));
		expect(names).toHaveLength(1);
		expect(names[0]).toBe(`main.cjs@${size}-${Math.round(mtimeMs)}.cache`);
		const written = fs.statSync(path.join(folder, names[0])).mtimeMs;

		// The next process: the cache serves, and nothing is written again.
		const next = testLoader();
		const saveNext = cacheCommonJsCompiles({ fs, vm, loader: next, path }, bundle, folder);
		expect(load(next, path.join(bundle, 'main.cjs'))).toMatchObject({ total: 5 });
		saveNext();
		expect(fs.readdirSync(folder)).toEqual(names);
		expect(fs.statSync(path.join(folder, names[0])).mtimeMs).toBe(written);
	});

	it('makes a damaged cache anew and still runs the module', () => {
		const { size, mtimeMs } = fs.statSync(path.join(bundle, 'main.cjs'));
		const name = `main.cjs@${size}-${Math.round(mtimeMs)}.cache`;
		fs.mkdirSync(folder);
		fs.writeFileSync(path.join(folder, name), 'not a cache at all');

		const loader = testLoader();
		const save = cacheCommonJsCompiles({ fs, vm, loader, path }, bundle, folder);
		expect(load(loader, path.join(bundle, 'main.cjs'))).toMatchObject({ total: 5 });
		save();
		expect(fs.readFileSync(path.join(folder, name), 'utf8')).not.toBe('not a cache at all');
		expect(fs.readdirSync(folder)).toEqual([name]);
	});

	it('deletes the caches of files that changed or are gone when it writes, and keeps those of files it did not load', () => {
		const chunk = path.join(bundle, 'chunks', 'sum-A1.cjs');
		const loader = testLoader();
		const save = cacheCommonJsCompiles({ fs, vm, loader, path }, bundle, folder);
		load(loader, chunk);
		save();
		const [chunkCache] = fs.readdirSync(folder);
		expect(chunkCache).toMatch(/^chunks@sum-A1\.cjs@\d+-\d+\.cache$/);
		fs.writeFileSync(path.join(folder, 'chunks@gone-B2.cjs@10-10.cache'), 'old');
		fs.writeFileSync(path.join(folder, 'main.cjs@1-1.cache'), 'of an older build');

		const next = testLoader();
		const saveNext = cacheCommonJsCompiles({ fs, vm, loader: next, path }, bundle, folder);
		load(next, path.join(bundle, 'main.cjs'));
		saveNext();
		const { size, mtimeMs } = fs.statSync(path.join(bundle, 'main.cjs'));
		expect(fs.readdirSync(folder).sort()).toEqual([chunkCache, `main.cjs@${size}-${Math.round(mtimeMs)}.cache`].sort());
	});

	it('runs without a cache when its folder cannot be made, and says nothing', () => {
		const blocked = path.join(work, 'a-file');
		fs.writeFileSync(blocked, '');
		const loader = testLoader();
		const save = cacheCommonJsCompiles({ fs, vm, loader, path }, bundle, path.join(blocked, 'cache'));
		expect(load(loader, path.join(bundle, 'main.cjs'))).toMatchObject({ total: 5 });
		expect(() => save()).not.toThrow();
	});
});
