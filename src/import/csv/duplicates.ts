/**
 * Finds rows that describe a company (or deal) we already have, in the file or in the
 * workspace, so an import never creates twins without the user deciding.
 *
 * Two accounts are the same when both have a domain and the domains are equal, or when at
 * least one has no domain and the names are equal (legal form, punctuation, case ignored). Different
 * domains under one name (acme.com, acme.de) stay separate companies.
 */
import { companyNameKey } from '../../domain/normalising/companyNames';
import type { Account } from '../../domain/schemas/account';
import type { Deal } from '../../domain/schemas/deal';
import type { AccountDraft } from './validateRows';

export type MatchedBy = 'domain' | 'name';

/** What the user decides for a group; the default is 'skip'. */
export type DuplicateDecision = 'update' | 'skip';

export interface IdentityRow {
  row: number;
  name: string;
  domain: string | null;
}

/** Rows of the file that are one company, and the stored account they match, if any. */
export interface AccountCluster {
  /** Stable for a given file and workspace: "account:<id>" or "row:<first row>". */
  key: string;
  existing: Account | null;
  /** How the rows after the first (or the first, against `existing`) were matched. */
  matchedBy: MatchedBy | null;
  /** Data rows in file order. */
  rows: number[];
  name: string;
  domain: string | null;
}

export interface DuplicateGroup extends AccountCluster {
  matchedBy: MatchedBy;
}

/** "Acme Inc." and "ACME" are one name: legal forms, punctuation and case do not count. */
export const nameKey = (name: string): string => companyNameKey(name);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every row in exactly one cluster; linear in rows plus existing accounts. */
export function clusterAccounts(
  items: readonly IdentityRow[],
  existing: readonly Account[],
): { clusters: AccountCluster[]; clusterOfRow: Map<number, AccountCluster> } {
  const existingByDomain = new Map<string, Account>();
  const existingByName = new Map<string, Account[]>();
  for (const account of existing) {
    if (account.domain !== null && !existingByDomain.has(account.domain)) {
      existingByDomain.set(account.domain, account);
    }
    pushTo(existingByName, nameKey(account.name), account);
  }
  const clusters: AccountCluster[] = [];
  const clusterOfRow = new Map<number, AccountCluster>();
  const byExistingId = new Map<string, AccountCluster>();
  const byDomain = new Map<string, AccountCluster>();
  const byName = new Map<string, AccountCluster[]>();

  const matchExisting = (item: IdentityRow, key: string): [Account, MatchedBy] | null => {
    const byDomainMatch = item.domain === null ? undefined : existingByDomain.get(item.domain);
    if (byDomainMatch) return [byDomainMatch, 'domain'];
    const named = existingByName.get(key) ?? [];
    const match = item.domain === null ? named[0] : named.find((a) => a.domain === null);
    return match ? [match, 'name'] : null;
  };
  const matchInFile = (item: IdentityRow, key: string): [AccountCluster, MatchedBy] | null => {
    const byDomainMatch = item.domain === null ? undefined : byDomain.get(item.domain);
    if (byDomainMatch) return [byDomainMatch, 'domain'];
    const named = byName.get(key) ?? [];
    const match = item.domain === null ? named[0] : named.find((c) => c.domain === null);
    return match ? [match, 'name'] : null;
  };
  const adopt = (cluster: AccountCluster, item: IdentityRow, key: string) => {
    cluster.rows.push(item.row);
    clusterOfRow.set(item.row, cluster);
    // A name-only cluster that meets its domain takes it, so later rows match on it too.
    if (cluster.domain === null && item.domain !== null) {
      cluster.domain = item.domain;
      byDomain.set(item.domain, cluster);
    }
    if (!byName.get(key)?.includes(cluster)) pushTo(byName, key, cluster);
  };

  for (const item of items) {
    const key = nameKey(item.name);
    const known = matchExisting(item, key);
    if (known) {
      const [account, matchedBy] = known;
      let cluster = byExistingId.get(account.id);
      if (!cluster) {
        cluster = {
          key: `account:${account.id}`,
          existing: account,
          matchedBy,
          rows: [],
          name: account.name,
          domain: account.domain,
        };
        byExistingId.set(account.id, cluster);
        clusters.push(cluster);
      }
      adopt(cluster, item, key);
      continue;
    }
    const inFile = matchInFile(item, key);
    if (inFile) {
      const [cluster, matchedBy] = inFile;
      cluster.matchedBy ??= matchedBy;
      adopt(cluster, item, key);
      continue;
    }
    const cluster: AccountCluster = {
      key: `row:${item.row}`,
      existing: null,
      matchedBy: null,
      rows: [],
      name: item.name,
      domain: null,
    };
    clusters.push(cluster);
    adopt(cluster, item, key);
  }
  return { clusters, clusterOfRow };
}

/** A cluster the user must decide on: it matches a stored account, or several rows. */
export const isDuplicateGroup = (cluster: AccountCluster): cluster is DuplicateGroup =>
  cluster.matchedBy !== null && (cluster.existing !== null || cluster.rows.length > 1);

/** The groups the user must decide on: rows matching a stored account, or each other. */
export function findDuplicates(
  drafts: readonly AccountDraft[],
  existing: readonly Account[],
): DuplicateGroup[] {
  const items = drafts.map((d) => ({ row: d.row, name: d.account.name, domain: d.account.domain }));
  return clusterAccounts(items, existing).clusters.filter(isDuplicateGroup);
}

/** A deal is the same deal by CRM id, or else by account, name and created date. */
export function dealKey(
  accountKey: string,
  deal: Pick<Deal, 'crmId' | 'name' | 'createdOn'>,
): string {
  if (deal.crmId !== null) return `crm:${deal.crmId.trim().toLowerCase()}`;
  return `deal:${accountKey}|${nameKey(deal.name ?? '')}|${deal.createdOn ?? ''}`;
}

export interface DealDuplicateGroup {
  key: string;
  existing: Deal | null;
  rows: number[];
  label: string;
}

export interface DealIdentityRow {
  row: number;
  key: string;
  label: string;
}

/** Deal rows grouped by `dealKey`, matched against stored deals keyed the same way. */
export function clusterDeals(
  items: readonly DealIdentityRow[],
  existingByKey: ReadonlyMap<string, Deal>,
): DealDuplicateGroup[] {
  const groups = new Map<string, DealDuplicateGroup>();
  for (const item of items) {
    const group = groups.get(item.key);
    if (group) group.rows.push(item.row);
    else {
      groups.set(item.key, {
        key: item.key,
        existing: existingByKey.get(item.key) ?? null,
        rows: [item.row],
        label: item.label,
      });
    }
  }
  return [...groups.values()];
}
