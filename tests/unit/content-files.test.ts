import { describe, expect, it } from 'vitest';
import { parseContentYaml } from '../../src/lib/content-files.ts';

describe('parseContentYaml', () => {
  it('reads a date-like value as the string it looks like (YAML 1.2), for the loaders and the verifier alike', () => {
    expect(parseContentYaml('when: 2025-03-04')).toEqual({ when: '2025-03-04' });
  });
});
