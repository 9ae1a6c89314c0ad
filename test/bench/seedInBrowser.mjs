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
    customFields: [],
    cohort: cohorts[i % cohorts.length],
    cohortSource: 'manual',
    importId: null,
  }));
}

const SYNTHETIC_KINDS = [
  'pain_point',
  'buying_trigger',
  'decision_criterion',
  'persona',
  'channel',
  'competitor',
  'outcome',
  'favourite_aspect',
  'expansion_signal',
  'failure_product',
  'failure_process',
  'failure_external',
];

/** A codebook of `count` codes spread over every kind, shaped like codeSchema. */
export function syntheticCodes(count, prefix = 'bench-code') {
  const at = '2026-01-01T00:00:00.000Z';
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    createdAt: at,
    updatedAt: at,
    name: `Synthetic code ${String(i).padStart(3, '0')}`,
    kind: SYNTHETIC_KINDS[i % SYNTHETIC_KINDS.length],
    description: null,
    colour: '#2e5ab8',
    parentId: null,
    pinned: false,
  }));
}

/** `count` held interviews over the given accounts, round robin, shaped like interviewSchema. */
export function syntheticInterviews(accounts, count, prefix = 'bench-interview') {
  const at = '2026-01-01T00:00:00.000Z';
  const interviewers = ['Priya Raman', 'Jonas Berg', 'Ana Souza', 'Kwame Mensah'];
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    return {
      id: `${prefix}-${i}`,
      createdAt: at,
      updatedAt: at,
      accountId: accounts[i % accounts.length].id,
      contactIds: [],
      date: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      interviewer: interviewers[i % interviewers.length],
      guideId: null,
      channel: 'video',
      notes: 'Synthetic notes for the synthesis bench.',
      startedAt: null,
      transcript: null,
      speakerMap: [],
      status: 'done',
      summary: null,
    };
  });
}

/**
 * `count` quotes spread evenly over the interviews, each tagged with `codesPerQuote` codes,
 * shaped like highlightSchema. The code choice is a fixed stride, so runs are comparable.
 */
export function syntheticHighlights(
  interviews,
  codes,
  count,
  codesPerQuote = 2,
  prefix = 'bench-quote',
) {
  const at = '2026-01-01T00:00:00.000Z';
  return Array.from({ length: count }, (_, i) => {
    const interview = interviews[i % interviews.length];
    const exact = `Synthetic quote number ${i} about a recurring theme.`;
    return {
      id: `${prefix}-${i}`,
      createdAt: at,
      updatedAt: at,
      interviewId: interview.id,
      accountId: interview.accountId,
      codeIds: Array.from(
        { length: codesPerQuote },
        (_, j) => codes[(i * 7 + j * 13) % codes.length].id,
      ),
      traitIds: [],
      anchor: { exact, prefix: '', suffix: '', start: 0, end: exact.length, source: 'notes' },
      speaker: null,
      comment: null,
    };
  });
}

/** How many records each of `stores` holds in the database `dbName`. */
export async function countRecords(page, dbName, stores) {
  return page.evaluate(
    async ({ dbName, stores }) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(stores);
      const counts = await Promise.all(
        stores.map(
          (store) =>
            new Promise((resolve, reject) => {
              const req = tx.objectStore(store).count();
              req.onsuccess = () => resolve([store, req.result]);
              req.onerror = () => reject(req.error);
            }),
        ),
      );
      db.close();
      return Object.fromEntries(counts);
    },
    { dbName, stores },
  );
}

/**
 * A tour of `accounts` accounts, one held interview per account (`interviews` of them), `codes`
 * codes and `quotes` quotes over them, written behind the app's back into `dbName`.
 */
export async function seedTour(page, dbName, { prefix, accounts, interviews, codes, quotes }) {
  const accountRecords = syntheticAccounts(accounts, prefix);
  const codeRecords = syntheticCodes(codes);
  const interviewRecords = syntheticInterviews(accountRecords, interviews);
  const highlights = syntheticHighlights(interviewRecords, codeRecords, quotes);
  await putRecords(page, dbName, 'accounts', accountRecords);
  await putRecords(page, dbName, 'codes', codeRecords);
  await putRecords(page, dbName, 'interviews', interviewRecords);
  for (let i = 0; i < highlights.length; i += 5_000) {
    await putRecords(page, dbName, 'highlights', highlights.slice(i, i + 5_000));
  }
}
