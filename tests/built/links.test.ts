import { expect, it } from 'vitest';
import { BASE_SITE, SITE } from '../support/builds.ts';
import { findBrokenLinks } from '../support/find-broken-links.ts';

it.for([SITE, BASE_SITE])(
  '$dir: every internal link leads to a page or file that exists, and every #fragment to an element',
  (build) => {
    expect(findBrokenLinks(build.dir, build.base)).toEqual([]);
  },
);
