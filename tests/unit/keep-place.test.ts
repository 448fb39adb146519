import { describe, expect, test } from 'vitest';
import { placeIn } from '../../src/ui/layouts/keep-place';

/** The language switch's address: the other language's page with the reader's place. */
describe('placeIn', () => {
  const headings = { here: ['try-it', 'add-users'], there: ['wypróbuj', 'dodaj-użytkowników'] };

  test('a portal section or any other hash is kept as it is', () => {
    expect(placeIn('/pl/portal/', '#groups')).toBe('/pl/portal/#groups');
    expect(placeIn('/pl/portal/', '#groups/g-1')).toBe('/pl/portal/#groups/g-1');
    expect(placeIn('/templates/', '#kl-check-title', headings)).toBe('/templates/#kl-check-title');
  });

  test('no hash leads to the page itself, and an old hash on the target is dropped', () => {
    expect(placeIn('/pl/portal/', '')).toBe('/pl/portal/');
    expect(placeIn('/pl/portal/', '#')).toBe('/pl/portal/');
    expect(placeIn('/pl/portal/#settings', '#groups')).toBe('/pl/portal/#groups');
    expect(placeIn('http://x.test/pl/portal/#settings', '')).toBe('http://x.test/pl/portal/');
  });

  test("a guide's heading becomes the same heading in the other language, both ways", () => {
    expect(placeIn('/pl/guides/directory/', '#add-users', headings)).toBe(
      '/pl/guides/directory/#dodaj-użytkowników',
    );
    // As location.hash gives it: percent-encoded.
    const back = { here: headings.there, there: headings.here };
    expect(placeIn('/guides/directory/', '#dodaj-u%C5%BCytkownik%C3%B3w', back)).toBe(
      '/guides/directory/#add-users',
    );
  });

  test('headings that do not pair up (a guide changed in one language) keep the hash', () => {
    const uneven = { here: ['try-it', 'add-users'], there: ['wypróbuj'] };
    expect(placeIn('/pl/guides/directory/', '#add-users', uneven)).toBe(
      '/pl/guides/directory/#add-users',
    );
    expect(placeIn('/pl/guides/directory/', '#%E0%A4%A', headings)).toBe(
      '/pl/guides/directory/#%E0%A4%A',
    );
  });
});
