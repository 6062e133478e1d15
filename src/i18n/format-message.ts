/** Kept apart from the UI strings so browser code can use it without shipping them. */

/**
 * Fills `{name}` placeholders of a UI string. Values are inserted as given: a value containing `$&` or
 * another placeholder (`{count}`) is not interpreted, unlike a string passed to `String.replace`.
 */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
