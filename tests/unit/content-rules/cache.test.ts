import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  rememberVerified,
  verificationKey,
  wasVerified,
} from '../../../src/integrations/verify-content/cache.ts';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'verify-cache-'));
  temps.push(root);
  await mkdir(path.join(root, 'content', 'themes'), { recursive: true });
  await writeFile(path.join(root, 'content', 'facts.yaml'), '- id: a\n');
  await writeFile(path.join(root, 'content', 'themes', 'vision.mdx'), 'Vision');
  return root;
}

describe('the verification cache', () => {
  it('skips only content that verified before, unchanged', async () => {
    const root = await project();
    const key = verificationKey(root, ['content']);
    expect(wasVerified(root, key)).toBe(false);
    rememberVerified(root, key);
    expect(wasVerified(root, verificationKey(root, ['content']))).toBe(true);
  });

  it('changes its key when any input file changes, is added or is renamed', async () => {
    const root = await project();
    const keys = [verificationKey(root, ['content'])];
    await writeFile(path.join(root, 'content', 'themes', 'vision.mdx'), 'Vision!');
    keys.push(verificationKey(root, ['content']));
    await writeFile(path.join(root, 'content', 'people.yaml'), '');
    keys.push(verificationKey(root, ['content']));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
