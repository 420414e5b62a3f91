/**
 * How the reader likes the compare page: filters and layout. Kept for the session in memory and,
 * between visits, in localStorage: preferences only, never a word of any document.
 */
import type { RowFilter } from '../components/compare/rows';

/** Side-by-side columns, or one redlined column. */
export type Layout = 'side' | 'inline';

/** Everything the reader can set on the compare page. */
export interface ViewSettings extends RowFilter {
	layout: Layout;
}

/** Settings of a first visit: everything shown, side by side. */
export const DEFAULT_SETTINGS: ViewSettings = Object.freeze({
	onlyChanges: false,
	operativeOnly: false,
	hideRoutine: false,
	layout: 'side'
});

/** localStorage key of the settings. */
export const SETTINGS_KEY = 'resodiff.view.v1';

/** Reads stored settings, keeping each field only when it is valid (anything else gives the default). */
export function parseSettings(raw: string | null): ViewSettings {
	let stored: Record<string, unknown> = {};
	try {
		const value: unknown = raw ? JSON.parse(raw) : {};
		if (typeof value === 'object' && value !== null) stored = value as Record<string, unknown>;
	} catch {
		// A corrupt entry is as good as none: the defaults apply and the next change overwrites it.
	}
	const flag = (key: keyof RowFilter) =>
		typeof stored[key] === 'boolean' ? (stored[key] as boolean) : DEFAULT_SETTINGS[key];
	return {
		onlyChanges: flag('onlyChanges'),
		operativeOnly: flag('operativeOnly'),
		hideRoutine: flag('hideRoutine'),
		layout: stored.layout === 'inline' || stored.layout === 'side' ? stored.layout : DEFAULT_SETTINGS.layout
	};
}

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Storage can be disabled (private mode, policy); settings then last for the visit.
		return null;
	}
}

/** The reader's settings, reactive; `update` changes and remembers them. */
class ViewSettingsStore {
	current = $state<ViewSettings>(parseSettings(storage()?.getItem(SETTINGS_KEY) ?? null));

	/** Changes some settings and stores them for the next visit. */
	update(patch: Partial<ViewSettings>): void {
		this.current = { ...this.current, ...patch };
		try {
			storage()?.setItem(SETTINGS_KEY, JSON.stringify(this.current));
		} catch {
			// Full or disabled storage: the setting still applies for this visit.
		}
	}

	/** Back to the defaults. */
	reset(): void {
		this.update({ ...DEFAULT_SETTINGS });
	}
}

/** The app's one settings store. */
export const viewSettings = new ViewSettingsStore();
