/**
 * BibTeX for the "Cite this page" block and the quote citations. Field values are escaped, so a title with `&`, `%`, `_`, `#`,
 * `$`, braces or a backslash still yields an entry that BibTeX and LaTeX read as written.
 */

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Escapes text for a BibTeX field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (char) => SPECIAL[char] ?? char);
}

/**
 * One `@misc` entry; `url` goes into `\url{…}`, which takes the address verbatim (only `%`, `#` and
 * braces escaped). Each author is braced whole, so a name is never split into given and family names
 * (nor an organisation at its "and"); without authors the field is left out.
 */
export function bibtexMisc(
  key: string,
  fields: { title: string; authors: readonly string[]; url: string; language: string; note: string },
): string {
  const url = fields.url.replace(/[%#{}]/g, (char) => `\\${char}`);
  const authors = fields.authors.map((name) => `{${escapeBibtex(name)}}`).join(' and ');
  return [
    `@misc{${key.replace(/[^A-Za-z0-9-]/g, '-')},`,
    `  title        = {${escapeBibtex(fields.title)}},`,
    ...(authors ? [`  author       = {${authors}},`] : []),
    `  howpublished = {\\url{${url}}},`,
    `  language     = {${escapeBibtex(fields.language)}},`,
    `  note         = {${escapeBibtex(fields.note)}}`,
    '}',
  ].join('\n');
}
