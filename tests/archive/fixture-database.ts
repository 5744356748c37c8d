import { Blob as NodeBlob } from 'node:buffer';

/**
 * Fixture databases: a JSON dump of an archive database at schema version N (stores, their
 * key paths and indexes, and records), loaded into fake-indexeddb AT version N by
 * `loadFixtureDatabase`, so the current code can then open and migrate it. The dump describes
 * its own schema: it does not depend on today's migration code.
 */
export interface IndexDump {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreDump {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexDump[];
  records: unknown[];
}

export interface DatabaseDump {
  name: string;
  version: number;
  stores: StoreDump[];
}

interface EncodedBlob {
  $blob: { type: string; base64: string };
}

function isEncodedBlob(value: unknown): value is EncodedBlob {
  return typeof value === 'object' && value !== null && '$blob' in value;
}

async function encode(value: unknown): Promise<unknown> {
  if (value instanceof NodeBlob || (typeof Blob !== 'undefined' && value instanceof Blob)) {
    const blob = value as NodeBlob;
    const bytes = Buffer.from(await blob.arrayBuffer());
    return { $blob: { type: blob.type, base64: bytes.toString('base64') } };
  }
  if (Array.isArray(value)) return Promise.all(value.map(encode));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, inner]) => [key, await encode(inner)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

function decode(value: unknown): unknown {
  if (isEncodedBlob(value)) {
    return new NodeBlob([Buffer.from(value.$blob.base64, 'base64')], { type: value.$blob.type });
  }
  if (Array.isArray(value)) return value.map(decode);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner)]));
  }
  return value;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates the dumped database at its version in `factory`, with its stores and records. */
export async function loadFixtureDatabase(factory: IDBFactory, dump: DatabaseDump): Promise<void> {
  const open = factory.open(dump.name, dump.version);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const store of dump.stores) {
      const created = db.createObjectStore(store.name, {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
      });
      for (const index of store.indexes) {
        created.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
      }
    }
  };
  const db = await request(open);
  const storeNames = dump.stores.map((store) => store.name);
  if (storeNames.length > 0) {
    const tx = db.transaction(storeNames, 'readwrite');
    for (const store of dump.stores) {
      for (const record of store.records) tx.objectStore(store.name).put(decode(record));
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  db.close();
}

/** Dumps a database (schema and records) to the fixture format. */
export async function dumpDatabase(factory: IDBFactory, name: string): Promise<DatabaseDump> {
  const db = await request(factory.open(name));
  const stores: StoreDump[] = [];
  for (const storeName of [...db.objectStoreNames]) {
    const tx = db.transaction(storeName);
    const store = tx.objectStore(storeName);
    const indexes: IndexDump[] = [...store.indexNames].map((indexName) => {
      const index = store.index(indexName);
      return {
        name: index.name,
        keyPath: index.keyPath,
        unique: index.unique,
        multiEntry: index.multiEntry,
      };
    });
    const records = await request(store.getAll());
    stores.push({
      name: storeName,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes,
      records: (await encode(records)) as unknown[],
    });
  }
  const dump = { name, version: db.version, stores };
  db.close();
  return dump;
}
