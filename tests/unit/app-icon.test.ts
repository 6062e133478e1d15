import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { appIconPng } from '@/lib/app-icon';

const dir = mkdtempSync(path.join(tmpdir(), 'app-icon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('draws the favicon of the public folder it is given, not of the current directory', async () => {
  const square =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>';
  writeFileSync(path.join(dir, 'favicon.svg'), square);
  const ours = Buffer.from(await appIconPng(192, pathToFileURL('public/')));
  const theirs = Buffer.from(await appIconPng(192, pathToFileURL(`${dir}/`)));
  expect(ours.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(Buffer.compare(ours, theirs)).not.toBe(0);
});
