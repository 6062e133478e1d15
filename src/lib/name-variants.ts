/**
 * The routine spellings of a romanised Korean name, generated so editors list only the irregular ones:
 * the given name hyphenated, joined or spaced (Kwang-mo, Kwangmo, Kwang mo) and the family name first or
 * last. Names are written family name first (the site's display form); the family name is the first word.
 */

/** The given name's syllables as written: `Kwang-mo` and `Kwang mo` → Kwang, mo; `Honglak` stays whole. */
const givenParts = (given: string) => given.split(/[-\s]+/u).filter(Boolean);

/** The forms a reader reads: family name first and last, the given name hyphenated as written or joined. */
export function readableVariants(name: string): string[] {
  const [family, ...rest] = name.trim().split(/\s+/u);
  if (!family || rest.length === 0) return [name.trim()];
  const parts = givenParts(rest.join(' '));
  const givens = [rest.join(' '), parts.join('-'), parts.join('').toLowerCase()].map(
    (given) => given.charAt(0).toUpperCase() + given.slice(1),
  );
  return [...new Set(givens.flatMap((given) => [`${family} ${given}`, `${given} ${family}`]))];
}

/** Every routine form a reader may type: the readable ones plus the given name's syllables spaced. */
export function searchVariants(name: string): string[] {
  const [family, ...rest] = name.trim().split(/\s+/u);
  const parts = givenParts(rest.join(' '));
  const spaced =
    family && parts.length > 1 ? [`${family} ${parts.join(' ')}`, `${parts.join(' ')} ${family}`] : [];
  return [...new Set([...readableVariants(name), ...spaced])];
}

/**
 * A person's other spellings: the routine variants of the display name and of each listed alias,
 * then the aliases themselves, without the display name; what pages list and search finds.
 */
export function expandAliases(nameEn: string, aliases: readonly string[]): string[] {
  const all = [
    ...readableVariants(nameEn),
    ...aliases.flatMap((alias) => [alias, ...readableVariants(alias)]),
  ];
  return [...new Set(all)].filter((alias) => alias !== nameEn);
}
