/**
 * How the reader looks at a comparison: the layout and the filters. They live in the compare page's
 * address (CONTRACT.md, "URLs of the app"), so that a link reproduces the view: `view=side|redline`,
 * `only=changes`, `kind=operative`, `routine=hide`. An absent or unknown value means the default, and
 * the address carries only what differs from the defaults.
 */
import type { RowFilter } from '../components/compare/rows';
import { setParams } from '../query';

/** Where the reader's wish for the change list is kept on a wide screen (a preference, never a document). */
export const CHANGE_LIST_KEY = 'resodiff.changeList';

/** Side-by-side columns, or one redlined column. */
export type Layout = 'side' | 'redline';

/** Everything the reader can set on the compare page. */
export interface ViewSettings extends RowFilter {
	layout: Layout;
}

/** The view of a link without view parameters: everything shown, side by side. */
export const DEFAULT_SETTINGS: Readonly<ViewSettings> = Object.freeze({
	onlyChanges: false,
	operativeOnly: false,
	hideRoutine: false,
	layout: 'side'
});

/** Each setting's parameter and the value that turns it on (the layout's value is the layout). */
const FLAGS = [
	{ key: 'onlyChanges', param: 'only', value: 'changes' },
	{ key: 'operativeOnly', param: 'kind', value: 'operative' },
	{ key: 'hideRoutine', param: 'routine', value: 'hide' }
] as const satisfies readonly { key: keyof RowFilter; param: string; value: string }[];

/** The layout's parameter. */
const LAYOUT_PARAM = 'view';

/** Reads the view from an address's parameters; anything absent or unknown keeps its default. */
export function readViewSettings(params: URLSearchParams): ViewSettings {
	const layout = params.get(LAYOUT_PARAM);
	const settings: ViewSettings = {
		...DEFAULT_SETTINGS,
		layout: layout === 'side' || layout === 'redline' ? layout : DEFAULT_SETTINGS.layout
	};
	for (const flag of FLAGS) {
		const value = params.get(flag.param);
		if (value === flag.value) settings[flag.key] = true;
		else if (value !== null && value !== '') settings[flag.key] = DEFAULT_SETTINGS[flag.key];
	}
	return settings;
}

/**
 * The address with the view written into it: each setting that differs from the default as its
 * parameter, each that does not taken out. The other parameters (`old`, `new`, `lang`, …) stay as they are.
 */
export function writeViewSettings(href: string | URL, settings: ViewSettings): URL {
	const changes: Record<string, string | null> = {
		[LAYOUT_PARAM]: settings.layout === DEFAULT_SETTINGS.layout ? null : settings.layout
	};
	for (const flag of FLAGS) changes[flag.param] = settings[flag.key] === DEFAULT_SETTINGS[flag.key] ? null : flag.value;
	return setParams(href, changes);
}
