import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/domain/schemas/cohort';
import {
  createSearchIndex,
  loadSearchIndexSegments,
  type SearchIndex,
  type SearchableAccount,
  type SearchableHighlight,
  type SearchableInterview,
  type SearchGroup,
} from '../../src/search/searchIndex';

function account(id: string, name: string, cohort: Cohort | null): SearchableAccount {
  return {
    id,
    name,
    domain: `${id}.com`,
    industry: 'Logistics',
    region: 'EMEA',
    plan: null,
    techStack: ['Salesforce'],
    cohort,
  };
}

function interview(id: string, accountId: string, notes: string): SearchableInterview {
  return { id, accountId, date: '2026-03-02', notes, transcript: null };
}

function quote(
  id: string,
  interviewId: string,
  accountId: string,
  exact: string,
): SearchableHighlight {
  return {
    id,
    interviewId,
    accountId,
    anchor: { exact, prefix: '', suffix: '', start: 0, end: exact.length, source: 'notes' },
    speaker: null,
    comment: null,
  };
}

/** A small workspace: a power user that loved onboarding and a churner that did not. */
function buildIndex() {
  const index = createSearchIndex();
  index.addAccount(account('acme', 'Acme Analytics', 'power_user'));
  index.addAccount(account('globex', 'Globex', 'churner'));
  index.addInterview(
    {
      ...interview('i1', 'acme', 'Onboarding took two days. The <b>CFO</b> & team loved it.'),
      transcript: [
        { speaker: 'Priya', startMs: 0, endMs: 1000, text: 'How was onboarding?' },
        { speaker: 'Dana', startMs: 1000, endMs: 5000, text: 'Smooth. We connected Salesforce.' },
      ],
    },
    'Acme Analytics',
    'power_user',
  );
  index.addInterview(
    interview('i2', 'globex', 'They churned: onboarding dragged for months and support was slow.'),
    'Globex',
    'churner',
  );
  index.addHighlight(
    quote('h1', 'i1', 'acme', 'Onboarding took two days.'),
    'Acme Analytics',
    'power_user',
    ['Outcome / value'],
  );
  index.addHighlight(
    quote('h2', 'i2', 'globex', 'onboarding dragged for months'),
    'Globex',
    'churner',
    ['Failure reason: process'],
  );
  return index;
}

const ids = (groups: SearchGroup[]) => groups.flatMap((g) => g.hits.map((h) => h.id)).sort();

describe('search', () => {
  it('matches prefixes and typos', () => {
    const index = buildIndex();
    const prefix = ids(index.search('onboa'));
    expect(prefix).toEqual(['note:i1', 'note:i2', 'quote:h1', 'quote:h2', 'transcript:i1']);
    expect(ids(index.search('onbaording'))).toEqual(prefix);
  });

  it('matches 1-2 letter terms and short acronyms exactly', () => {
    const index = buildIndex();
    expect(ids(index.search('cf'))).toEqual([]);
    expect(ids(index.search('ceo'))).toEqual([]);
    expect(ids(index.search('cfo'))).toEqual(['note:i1']);
  });

  it('requires every term (AND), across text and account name', () => {
    const index = buildIndex();
    expect(ids(index.search('onboarding months'))).toEqual(['note:i2', 'quote:h2']);
    expect(ids(index.search('globex onboarding'))).toEqual(['note:i2', 'quote:h2']);
  });

  it('finds quotes by their code names', () => {
    expect(ids(buildIndex().search('failure process'))).toEqual(['quote:h2']);
  });

  it('filters by cohort', () => {
    const index = buildIndex();
    expect(ids(index.search('onboarding', { cohort: 'churner' }))).toEqual(['note:i2', 'quote:h2']);
    expect(ids(index.search('onboarding', { cohort: null }))).toHaveLength(5);
    expect(index.search('onboarding', { cohort: 'lost_deal' })).toEqual([]);
  });

  it('groups results by kind in a fixed order, with navigation ids', () => {
    const groups = buildIndex().search('acme');
    expect(groups.map((g) => g.kind)).toEqual(['account', 'note', 'transcript', 'quote']);
    const [accountHit] = groups[0]?.hits ?? [];
    expect(accountHit).toMatchObject({
      id: 'account:acme',
      title: 'Acme Analytics',
      accountId: 'acme',
      interviewId: null,
      highlightId: null,
    });
    expect(groups[1]?.hits[0]).toMatchObject({
      title: 'Acme Analytics · 2026-03-02',
      interviewId: 'i1',
      accountId: 'acme',
    });
    expect(groups[3]?.hits[0]).toMatchObject({ interviewId: 'i1', highlightId: 'h1' });
  });

  it('limits hits per kind but reports the total', () => {
    const index = createSearchIndex();
    for (let i = 0; i < 30; i += 1) {
      index.addHighlight(quote(`h${i}`, 'i1', 'a', `pricing was unclear ${i}`), 'A', null, []);
    }
    const [group] = index.search('pricing', { limitPerKind: 5 });
    expect(group).toMatchObject({ kind: 'quote', total: 30 });
    expect(group?.hits).toHaveLength(5);
  });

  it('gives nothing for an empty query', () => {
    expect(buildIndex().search('   ')).toEqual([]);
  });
});

describe('snippets', () => {
  it('shows the matched word in context, as plain text', () => {
    const groups = buildIndex().search('cfo');
    const note = groups.find((g) => g.kind === 'note')?.hits[0];
    expect(note?.snippet).toEqual({
      before: 'Onboarding took two days. The <b>',
      match: 'CFO',
      after: '</b> & team loved it.',
    });
    expect(note?.matchOffset).toBe(33);
  });

  it('points transcript matches into transcriptText', () => {
    const hit = buildIndex()
      .search('salesforce')
      .find((g) => g.kind === 'transcript')?.hits[0];
    expect(hit?.snippet.match).toBe('Salesforce');
    expect(hit?.matchOffset).toBe('How was onboarding?\nSmooth. We connected '.length);
  });

  it('cuts long text at word boundaries around the match', () => {
    const index = createSearchIndex();
    const filler = 'lorem ipsum dolor sit amet '.repeat(10);
    index.addInterview(
      interview('i1', 'a', `${filler}\nthe renewal\nstalled ${filler}`),
      'A',
      null,
    );
    const snippet = index.search('renewal')[0]?.hits[0]?.snippet;
    expect(snippet?.match).toBe('renewal');
    expect(snippet?.before.startsWith('…')).toBe(true);
    expect(snippet?.before.endsWith(' the ')).toBe(true);
    expect(snippet?.after.startsWith(' stalled ')).toBe(true);
    expect(snippet?.after.endsWith('…')).toBe(true);
    expect(snippet?.before.length).toBeLessThanOrEqual(61);
    expect(snippet?.after).not.toMatch(/\n/);
  });

  it('falls back to the start of the text when only the name matched', () => {
    const hit = buildIndex()
      .search('globex')
      .find((g) => g.kind === 'quote')?.hits[0];
    expect(hit?.snippet).toEqual({ before: '', match: '', after: 'onboarding dragged for months' });
    expect(hit?.matchOffset).toBeNull();
  });
});

describe('incremental updates', () => {
  it('re-indexes changed notes', () => {
    const index = buildIndex();
    index.addInterview(interview('i2', 'globex', 'Pricing was the blocker.'), 'Globex', 'churner');
    expect(ids(index.search('months'))).toEqual(['quote:h2']);
    expect(ids(index.search('pricing'))).toEqual(['note:i2']);
  });

  it('drops a note emptied and a transcript removed', () => {
    const index = buildIndex();
    index.addInterview(interview('i1', 'acme', ''), 'Acme Analytics', 'power_user');
    expect(ids(index.search('smooth'))).toEqual([]);
    expect(ids(index.search('cfo'))).toEqual([]);
  });

  it('removes a quote, and an interview with its quotes', () => {
    const index = buildIndex();
    index.remove('highlight', 'h1');
    expect(ids(index.search('days'))).toEqual(['note:i1']);
    index.remove('interview', 'i2');
    expect(ids(index.search('months'))).toEqual([]);
    index.remove('account', 'acme');
    expect(ids(index.search('onboarding'))).toEqual([]);
    expect(index.documentCount).toBe(1);
  });

  it('carries an account rename and cohort change to its documents', () => {
    const index = buildIndex();
    index.addAccount({ ...account('globex', 'Initech', 'lost_deal') });
    expect(ids(index.search('initech months'))).toEqual(['note:i2', 'quote:h2']);
    // Only the account itself still matches "globex", through its domain.
    expect(ids(index.search('globex'))).toEqual(['account:globex']);
    expect(ids(index.search('months', { cohort: 'lost_deal' }))).toEqual(['note:i2', 'quote:h2']);
  });
});

/** What a save would store and a start-up read back: every segment by id, as cloned by IDB. */
function store(index: SearchIndex, stored = new Map<string, unknown>()): string[] {
  const taken = index.takeSegments();
  if (!taken) return [];
  if (taken.replaceAll) stored.clear();
  for (const row of taken.rows) stored.set(row.id, structuredClone(row.value));
  return taken.rows.map((row) => row.id);
}
const rowsOf = (stored: Map<string, unknown>) => [...stored].map(([id, value]) => ({ id, value }));

describe('persistence in segments', () => {
  it('round-trips with the same results, and keeps indexing afterwards', () => {
    const index = buildIndex();
    index.remove('highlight', 'h1');
    const stored = new Map<string, unknown>();
    store(index, stored);
    const loaded = loadSearchIndexSegments(rowsOf(stored));
    expect(loaded).not.toBeNull();
    for (const query of ['onboa', 'onbaording', 'cfo', 'globex onboarding', 'salesforce']) {
      expect(loaded?.search(query)).toEqual(index.search(query));
    }
    loaded?.addHighlight(quote('h9', 'i1', 'acme', 'Renewal was easy'), 'Acme Analytics', null, []);
    expect(ids(loaded?.search('renewal') ?? [])).toEqual(['quote:h9']);
  });

  it('stores a change to one quote in a few segments, and reads it back', () => {
    const index = buildIndex();
    for (let i = 0; i < 3_000; i++) {
      index.addHighlight(
        quote(`q${i}`, 'i1', 'acme', `Quote ${i} about pricing and word${i}`),
        'Acme Analytics',
        'power_user',
        [],
      );
    }
    const stored = new Map<string, unknown>();
    const first = store(index, stored);
    expect(store(index, stored)).toEqual([]);

    index.addHighlight(quote('q7', 'i1', 'acme', 'Renewal was easy'), 'Acme Analytics', null, []);
    index.remove('highlight', 'q8');
    const second = store(index, stored);
    // The totals, the documents' segment(s) and the few term segments of three words.
    expect(second.length).toBeLessThanOrEqual(1 + 2 + 5);
    expect(second.length).toBeLessThan(first.length / 8);

    const loaded = loadSearchIndexSegments(rowsOf(stored));
    expect(ids(loaded?.search('renewal') ?? [])).toEqual(['quote:q7']);
    expect(ids(loaded?.search('word8') ?? [])).not.toContain('quote:q8');
    // Hits of equal score may come in another order: compare what was found.
    const found = (groups: SearchGroup[]) => groups.map((g) => [g.kind, g.total]);
    for (const query of ['word8', 'pricing', 'quote 12']) {
      const options = { limitPerKind: 10_000 };
      expect(found(loaded?.search(query, options) ?? [])).toEqual(
        found(index.search(query, options)),
      );
      expect(ids(loaded?.search(query, options) ?? []).sort()).toEqual(
        ids(index.search(query, options)).sort(),
      );
    }
    expect(loaded?.documentCount).toBe(index.documentCount);
  });

  it('gives every segment again after a save that could not be stored', () => {
    const index = buildIndex();
    const all = store(index);
    index.addHighlight(quote('h9', 'i1', 'acme', 'Renewal'), 'Acme Analytics', null, []);
    const taken = index.takeSegments();
    taken?.restore();
    const again = index.takeSegments();
    expect(again?.replaceAll).toBe(true);
    expect(again?.rows.length).toBeGreaterThanOrEqual(all.length);
  });

  it('refuses segments it cannot read', () => {
    expect(loadSearchIndexSegments([])).toBeNull();
    const stored = new Map<string, unknown>();
    store(buildIndex(), stored);
    const older = rowsOf(stored).map((row) =>
      row.id === 'index' ? { ...row, value: { ...(row.value as object), version: 1 } } : row,
    );
    expect(loadSearchIndexSegments(older)).toBeNull();
    expect(loadSearchIndexSegments([...rowsOf(stored), { id: 'terms:0', value: 'x' }])).toBeNull();
  });
});
