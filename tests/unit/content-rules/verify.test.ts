import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import { verifyContent } from '../../../src/integrations/verify-content/verify.ts';
import { validContent } from './fixture.ts';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('verifyContent', () => {
  it('accepts the small fixture every rule test starts from', () => {
    expect(verifyContent(validContent())).toEqual([]);
  });

  it('accepts the real content of this site', () => {
    expect(verifyContent(readContent(projectRoot))).toEqual([]);
  });
});
