// Writes records straight into the open workspace's IndexedDB from inside the page, the way
// a large import would leave them, without going through (and so without timing) the app.
export async function currentWorkspaceDbName(page) {
  return page.evaluate(async () => {
    const open = (name) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const get = (db, store, key) =>
      new Promise((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).get(key);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const registry = await open('tourbook-registry');
    const current = await get(registry, 'prefs', 'currentWorkspaceId');
    const workspace = await get(registry, 'workspaces', current.value);
    registry.close();
    return workspace.dbName;
  });
}

export async function putRecords(page, dbName, store, records) {
  await page.evaluate(
    async ({ dbName, store, records }) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        const os = tx.objectStore(store);
        for (const r of records) os.put(r);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { dbName, store, records },
  );
}

export function syntheticAccounts(count, prefix = 'bench') {
  const at = '2026-01-01T00:00:00.000Z';
  const industries = ['B2B SaaS', 'Fintech', 'Retail', 'Healthcare', 'Agency', 'Logistics'];
  const regions = ['North America', 'EMEA', 'APAC', 'LATAM'];
  const cohorts = ['power_user', 'emerging_promoter', 'churner', 'lost_deal', null];
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    createdAt: at,
    updatedAt: at,
    name: `Synthetic Account ${String(i).padStart(6, '0')}`,
    domain: `synthetic-${i}.example`,
    crmId: null,
    industry: industries[i % industries.length],
    employees: 10 + ((i * 37) % 5000),
    employeesBand: null,
    region: regions[i % regions.length],
    arr: 5000 + ((i * 7919) % 250000),
    ltv: 10000 + ((i * 104729) % 900000),
    salesCycleDays: 7 + ((i * 13) % 200),
    customerSince: '2024-01-15',
    churnedAt: null,
    nps: i % 11,
    integrations: i % 9,
    techStack: ['Salesforce'],
    plan: 'Growth',
    customFields: {},
    cohort: cohorts[i % cohorts.length],
    cohortSource: 'manual',
    importId: null,
  }));
}
