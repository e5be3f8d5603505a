// IndexedDB for unit tests: each test file gets the real idb-keyval over fake-indexeddb.
import 'fake-indexeddb/auto';
