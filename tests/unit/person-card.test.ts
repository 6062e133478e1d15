import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'ultrahtml';
import { querySelector } from 'ultrahtml/selector';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/lib/built-html.ts';
import PersonCard from '../../src/components/PersonCard.astro';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { routeData } from '../../src/lib/route-data.ts';
import { examplePerson, testModel } from '../support/site-model.ts';

async function render(person = examplePerson) {
  const container = await AstroContainer.create();
  const model = testModel({ people: [person] });
  const html = await container.renderToString(PersonCard, {
    props: { person: model.person(person.id) },
    locals: routeData(model, 'en', '/en/people/', undefined),
  });
  return parse(html);
}

describe('PersonCard', () => {
  it('lists other spellings when the person has some', async () => {
    const line = querySelector(await render(), 'p[data-aliases]');
    expect(line && textOf(line)).toBe(`${en.aliases}: ${examplePerson.aliases.join(', ')}`);
  });

  it('prints no “Other spellings” line for a person without aliases', async () => {
    const card = await render({ ...examplePerson, aliases: [] });
    expect(textOf(card)).toContain(examplePerson.nameEn);
    expect(textOf(card)).not.toContain(en.aliases);
  });
});
