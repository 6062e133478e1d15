import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveSite } from '../../tools/serve.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'serve-'));
let server: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  for (const page of ['', 'people/']) {
    mkdirSync(path.join(dir, page), { recursive: true });
    writeFileSync(path.join(dir, page, 'index.html'), `<h1>${page}</h1>`);
  }
  writeFileSync(path.join(dir, '_headers'), '/factsheet/people/*\n  X-Test: people\n');
  server = await serveSite({ dir, base: '/factsheet/' });
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (address: string) => fetch(new URL(address, server.url), { redirect: 'manual' });

it('sends a page’s address without its trailing slash to the address with it, as static hosts do', async () => {
  for (const [address, location] of [
    ['/factsheet', '/factsheet/'],
    ['/factsheet/people?q=1', '/factsheet/people/?q=1'],
  ]) {
    const response = await get(address ?? '');
    expect([response.status, response.headers.get('location')], address).toEqual([301, location]);
  }
  expect((await get('/factsheet/nothing')).status).toBe(404);
});

it('applies the rules of `_headers` by the full path, base path included', async () => {
  expect((await get('/factsheet/people/')).headers.get('x-test')).toBe('people');
  expect((await get('/factsheet/')).headers.get('x-test')).toBeNull();
});
