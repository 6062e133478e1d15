import { describe, expect, it } from 'vitest';
import { cacheName, copiesUnasked, copyKey } from '@/lib/offline-copy';

describe('copiesUnasked', () => {
  it('copies unasked only in an installed app whose reader did not ask to save data', () => {
    expect(copiesUnasked({ standalone: true, saveData: false })).toBe(true);
    expect(copiesUnasked({ standalone: true, saveData: true })).toBe(false);
    expect(copiesUnasked({ standalone: false, saveData: false })).toBe(false);
    expect(copiesUnasked({ standalone: false, saveData: true })).toBe(false);
  });
});

describe('the copy’s keys', () => {
  const scope = 'https://example.org/factsheet/';

  it('keeps one cache per language and scope, so one language’s copy is removed alone', () => {
    expect(cacheName(scope, 'ko')).not.toBe(cacheName(scope, 'en'));
    expect(cacheName(scope, 'ko')).not.toBe(cacheName('https://example.org/', 'ko'));
  });

  it('keys a file by its address and revision, so two builds’ versions of a file sit side by side', () => {
    expect(copyKey(scope, ['ko/people/', '0123456789ab', 10])).toMatchInlineSnapshot(
      `"https://example.org/factsheet/ko/people/?revision=0123456789ab"`,
    );
    expect(copyKey(scope, ['ko/people/', 'ba9876543210', 10])).not.toBe(
      copyKey(scope, ['ko/people/', '0123456789ab', 10]),
    );
  });
});
