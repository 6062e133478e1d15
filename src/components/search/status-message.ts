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
