import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/lib/content-files.ts';

describe('parseYamlFile', () => {
  it('reads a date-like value as the string it looks like (YAML 1.2), for the loaders and the verifier alike', () => {
    expect(parseYamlFile('content/x.yaml', 'when: 2025-03-04').data).toEqual({ when: '2025-03-04' });
  });
});
