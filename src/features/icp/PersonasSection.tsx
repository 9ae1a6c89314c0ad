import { BUYING_ROLE_LABELS, BUYING_ROLES, type Contact } from '../../domain/schemas/contact';
import type { Account } from '../../domain/schemas/account';
import type { Code } from '../../domain/schemas/code';
import type { Highlight } from '../../domain/schemas/highlight';

interface Props {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  highlights: readonly Highlight[];
  codes: readonly Code[];
}

/** Who buys and uses at power-user accounts, counted by distinct accounts, not by people. */
export function PersonasSection({ accounts, contacts, highlights, codes }: Props) {
  const power = new Set(accounts.filter((a) => a.cohort === 'power_user').map((a) => a.id));
  const roleAccounts = new Map<string, Set<string>>();
  for (const contact of contacts) {
    if (!contact.buyingRole || !power.has(contact.accountId)) continue;
    const set = roleAccounts.get(contact.buyingRole) ?? new Set<string>();
    set.add(contact.accountId);
    roleAccounts.set(contact.buyingRole, set);
  }
  const personaCodes = codes.filter((c) => c.kind === 'persona');
  const codeAccounts = (code: Code) =>
    new Set(
      highlights
        .filter((h) => power.has(h.accountId) && h.codeIds.includes(code.id))
        .map((h) => h.accountId),
    ).size;
  const rows = [
    ...BUYING_ROLES.map((role) => ({
      key: role,
      label: BUYING_ROLE_LABELS[role],
      source: 'Contacts',
      n: roleAccounts.get(role)?.size ?? 0,
    })),
    ...personaCodes.map((code) => ({
      key: code.id,
      label: code.name,
      source: 'Persona code',
      n: codeAccounts(code),
    })),
  ]
    .filter((row) => row.n > 0)
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
  return (
    <section aria-labelledby="icp-personas-heading" className="icp-section">
      <h2 id="icp-personas-heading">Personas</h2>
      <p className="field-hint">
        Buying roles and persona codes among {power.size} power-user accounts.
      </p>
      {rows.length === 0 ? (
        <p>No buying roles or persona codes recorded for power users yet.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">From</th>
              <th scope="col" className="num">
                Power-user accounts
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.source}-${row.key}`}>
                <th scope="row">{row.label}</th>
                <td>{row.source}</td>
                <td className="num">{row.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
