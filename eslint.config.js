import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Lint at zero warnings (`npm run lint`, run by `npm test`): the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte; layout is Prettier's. */
export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		// Reading text files means naming control characters (NUL, ESC, the C0 and C1 ranges) in patterns.
		rules: { 'no-control-regex': 'off' }
	},
	{
		// The command's launcher is CommonJS (bin/package.json): it starts faster than an ES module.
		files: ['bin/**/*.js'],
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		ignores: [
			'build/',
			'dist/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'bench-results/',
			'tests/fixtures/',
			'static/',
			'tmp/'
		]
	}
);
