import 'fake-indexeddb/auto';
import '../../src/i18n/areas';
import { loadStrings } from '../../src/i18n';

// Every test may translate in either language: the page and the workers load one on demand.
await Promise.all(
  (['en', 'pl'] as const).flatMap((l) => [loadStrings(l), loadStrings(l, 'pages')]),
);
