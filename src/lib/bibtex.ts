/**
 * BibTeX for the "Cite this page" block and the quote citations. Field values are escaped, so a title with
 * `&`, `%`, `_`, `#`, `$`, braces or a backslash still yields an entry that BibTeX and LaTeX read as written.
 */

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Each special character as LaTeX writes it: a text command, or the character after a backslash. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (char) => SPECIAL[char] ?? `\\${char}`);
}

/**
 * One `@misc` entry; `url` goes into `\url{…}`, which takes the address verbatim (only `%`, `#` and
 * braces escaped). Each author is braced whole, so a name is never split into given and family names
 * (nor an organisation at its "and"); without authors the field is left out.
 */
export function bibtexMisc(
  key: string,
  fields: {
    title: string;
    authors: readonly string[];
    url: string;
    language: string;
    note: string;
    /** For a translation (biblatex's fields): who translated it, and the original's title and language. */
    translators?: readonly string[];
    origtitle?: string;
    origlanguage?: string;
  },
): string {
  const url = fields.url.replace(/[%#{}]/g, (char) => `\\${char}`);
  const names = (list: readonly string[]) => list.map((name) => `{${escapeBibtex(name)}}`).join(' and ');
  const authors = names(fields.authors);
  const optional = (name: string, value: string | undefined) =>
    value ? [`  ${name.padEnd(12)} = {${value}},`] : [];
  return [
    `@misc{${key.replace(/[^A-Za-z0-9-]/g, '-')},`,
    `  title        = {${escapeBibtex(fields.title)}},`,
    ...(authors ? [`  author       = {${authors}},`] : []),
    ...optional('translator', fields.translators && names(fields.translators)),
    ...optional('origtitle', fields.origtitle && escapeBibtex(fields.origtitle)),
    `  howpublished = {\\url{${url}}},`,
    `  language     = {${escapeBibtex(fields.language)}},`,
    ...optional('origlanguage', fields.origlanguage && escapeBibtex(fields.origlanguage)),
    `  note         = {${escapeBibtex(fields.note)}}`,
    '}',
  ].join('\n');
}
