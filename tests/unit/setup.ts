import 'fake-indexeddb/auto';
import '../../src/i18n/areas';
