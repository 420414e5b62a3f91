/** The messages of every interface language, by locale. */
import { en } from './en';
import type { Locale } from './locales';
import { zh, type Messages } from './zh';

export type { Messages };

/** Each interface language's messages. */
export const MESSAGES: Record<Locale, Messages> = { zh, en };
