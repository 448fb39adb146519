import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import metadata from 'libphonenumber-js/metadata.max.json';
import matchesEntirely, { compiledPatterns } from '../../src/io/phone-match';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { parsePhone } from '../../src/io/phone';

/** Every national number pattern of the library's full metadata. */
function patterns(): string[] {
  const out = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string' && /[\\[\]()|]/.test(value) && /\\d|\[\d/.test(value))
      out.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const country of Object.values(metadata.countries)) visit(country);
  return [...out];
}

describe('phone-match: the phone library’s matcher, each pattern compiled once', () => {
  test('the library reads numbers through it (the alias is in place)', () => {
    const before = compiledPatterns();
    expect(parsePhone('+380 44 123 4567', 'PL')).toEqual({ ok: true, e164: '+380441234567' });
    expect(compiledPatterns()).toBeGreaterThan(before);
  });

  test('answers as a fresh RegExp of the pattern does, for every pattern of the metadata', () => {
    const all = patterns();
    expect(all.length).toBeGreaterThan(1000);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.stringMatching(/^\d{0,17}$/),
        (pattern, digits) =>
          matchesEntirely(digits, pattern) === new RegExp(`^(?:${pattern})$`).test(digits),
      ),
      { numRuns: 5000 },
    );
  });

  test('every country’s example mobile number still reads as valid through it', () => {
    const entries = Object.entries(examples as Record<string, string>);
    expect(entries.length).toBeGreaterThan(200);
    for (const [country, national] of entries) {
      const e164 = `+${getCountryCallingCode(country as CountryCode)}${national}`;
      expect(parsePhone(e164, 'PL'), country).toEqual({ ok: true, e164 });
    }
  });

  test('a missing text is matched as empty, as the library expects', () => {
    expect(matchesEntirely(undefined, '\\d*')).toBe(true);
    expect(matchesEntirely(undefined, '\\d+')).toBe(false);
  });
});
