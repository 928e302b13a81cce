import type { Page } from 'playwright-core';

/**
 * The JSON of every stored number row (its document decoded), read from the page's IndexedDB with a connection
 * of its own: tests poll it to know an edit has been saved before they reload or look elsewhere.
 */
export function storedNumbers(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve, reject) => {
    const req = indexedDB.open('callflow-studio');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const all = db.transaction('numbers', 'readonly').objectStore('numbers').getAll();
      // Each row's document is JSON text: decoded, so that tests look for what the user typed.
      all.onsuccess = () => { db.close(); resolve(JSON.stringify(all.result.map((r: { doc: string }) => ({ ...r, doc: JSON.parse(r.doc) as unknown })))); };
      all.onerror = () => { db.close(); reject(all.error); };
    };
  }));
}
