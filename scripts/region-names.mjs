// Writes src/ui/kit/region-names/regions-{en,pl}.ts: every region the phone library knows, named in
// the language (Intl.DisplayNames of this Node's ICU). The region picker reads these tables:
// in Chromium the first Intl.DisplayNames for regions costs 60–250 ms of main thread (ICU data
// loaded), a long task on every page that shows the picker. Run after updating
// libphonenumber-js: `node scripts/region-names.mjs` (tests/unit/region-names.test.ts says when).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getCountries } from 'libphonenumber-js';

const files = [];
for (const lang of ['en', 'pl']) {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const entries = getCountries()
    .map((region) => `  ${region}: ${JSON.stringify(names.of(region) ?? region)},`)
    .join('\n');
  const file = fileURLToPath(
    new URL(`../src/ui/kit/region-names/regions-${lang}.ts`, import.meta.url),
  );
  files.push(file);
  writeFileSync(
    file,
    `// Written by scripts/region-names.mjs: do not edit by hand.\n/** Regions of the phone library, named in the language. */\nexport const regionNames: Record<string, string> = {\n${entries}\n};\n`,
  );
}
execFileSync('npx', ['prettier', '--write', ...files], { stdio: 'inherit' });
