import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT } from './boot';

/** Runs the boot script against a stand-in browser; returns what it set. */
function boot(options: { search?: string; stored?: string | null; languages?: string[]; storageThrows?: boolean }) {
	const attributes: Record<string, string> = {};
	const saved: Record<string, string> = {};
	const titles: Record<string, string> = { en: 'English title', zh: '中文标题' };
	const document = {
		title: '',
		documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) },
		querySelector: (selector: string) => {
			const locale = /data-locale="(\w+)"/.exec(selector)?.[1] ?? '';
			return titles[locale] ? { getAttribute: () => titles[locale] } : null;
		}
	};
	const storage = {
		getItem: (k: string) => (k in saved ? saved[k] : (options.stored ?? null)),
		setItem: (k: string, v: string) => (saved[k] = v)
	};
	const run = new Function('document', 'location', 'navigator', 'localStorage', BOOT_SCRIPT);
	const localStorageGetter = options.storageThrows
		? new Proxy(
				{},
				{
					get: () => {
						throw new Error('denied');
					}
				}
			)
		: storage;
	run(document, { search: options.search ?? '' }, { languages: options.languages ?? [] }, localStorageGetter);
	return { ui: attributes['data-ui'], lang: attributes.lang, title: document.title, saved };
}

describe('the boot script', () => {
	it.each([
		{ label: 'a Chinese browser', languages: ['zh-CN', 'en'], ui: 'zh', lang: 'zh-Hans' },
		{ label: 'a Taiwanese browser', languages: ['zh-TW'], ui: 'zh', lang: 'zh-Hans' },
		{ label: 'an English browser', languages: ['en-GB'], ui: 'en', lang: 'en' },
		{ label: 'French first, then Chinese', languages: ['fr-FR', 'zh'], ui: 'zh', lang: 'zh-Hans' },
		{ label: 'neither Chinese nor English', languages: ['fr-FR', 'ar'], ui: 'en', lang: 'en' },
		{ label: 'no languages at all', languages: [], ui: 'en', lang: 'en' }
	])('$label → $ui', ({ languages, ui, lang }) => {
		expect(boot({ languages })).toMatchObject({ ui, lang });
	});

	it('a remembered choice wins over the browser', () => {
		expect(boot({ languages: ['zh-CN'], stored: 'en' }).ui).toBe('en');
	});

	it('?lang= wins over both, and is remembered', () => {
		const result = boot({ search: '?old=A/RES/67/38&lang=zh', languages: ['en'], stored: 'en' });
		expect(result.ui).toBe('zh');
		expect(result.saved).toEqual({ 'resodiff.lang': 'zh' });
	});

	it.each(['?lang=fr', '?lang=', '?lang=EN', '?lang=<script>'])('an unknown %s is ignored', (search) => {
		const result = boot({ search, languages: ['zh-CN'] });
		expect(result.ui).toBe('zh');
		expect(result.saved).toEqual({});
	});

	it('a corrupt remembered value is ignored', () => {
		expect(boot({ stored: 'klingon', languages: ['en-US'] }).ui).toBe('en');
	});

	it('storage that throws is as good as none; ?lang= still applies', () => {
		expect(boot({ search: '?lang=zh', languages: ['en'], storageThrows: true }).ui).toBe('zh');
		expect(boot({ languages: ['zh'], storageThrows: true }).ui).toBe('zh');
	});

	it('sets the title of the chosen language', () => {
		expect(boot({ languages: ['en'] }).title).toBe('English title');
		expect(boot({ languages: ['zh'] }).title).toBe('中文标题');
	});
});
