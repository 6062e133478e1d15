/**
 * The search status line: a UI string with `{query}` and `{count}` filled in, in the plural form the
 * language needs for the count.
 */
import { formatMessage } from '@/i18n/format-message';

/** Plural forms of a message; `other` is required, `one` is used where the language has it. */
export type PluralMessages = { [form in Intl.LDMLPluralRule]?: string | undefined } & { other: string };

/** The message for `count` results, chosen by `Intl.PluralRules` for `lang` and filled in. */
export function countMessage(
  lang: string,
  messages: PluralMessages,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = new Intl.PluralRules(lang).select(count);
  return formatMessage(messages[form] ?? messages.other, { ...values, count });
}

/** Longest query the status line repeats, in characters. */
export const ECHO_LENGTH = 80;

/**
 * A reader's query as a status line repeats it: cut to {@link ECHO_LENGTH} characters (code points, so
 * never inside a surrogate pair), with an ellipsis when cut; and isolated (U+2068…U+2069), so a
 * right-to-left character in it cannot reorder the sentence around it.
 */
export function echoQuery(query: string): string {
  const chars = [...query.trim()];
  const cut = chars.length > ECHO_LENGTH ? `${chars.slice(0, ECHO_LENGTH - 1).join('')}…` : chars.join('');
  return `\u2068${cut}\u2069`;
}
