import 'fake-indexeddb/auto';
import '../../src/i18n/areas';
import { loadModule } from '../../src/app/kernel/modules';

// Every test may translate in either language: the page and the workers load one on demand.
// The `strings` module is what app code declares for that (every group, both languages).
await loadModule('strings');
