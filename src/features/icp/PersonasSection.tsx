import { useMemo } from 'react';
import { personasOfVersion, type PersonaTheme } from '../../domain/icp/personas';
import type { Account } from '../../domain/schemas/account';
import type { Code } from '../../domain/schemas/code';
import type { Contact } from '../../domain/schemas/contact';
import type { Highlight } from '../../domain/schemas/highlight';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import { plural } from '../../ui/format';

interface Props {
  /** The version on screen: once signed off, it shows the personas it was signed off with. */
  version: IcpVersion;
  accounts: readonly Account[];
  contacts: readonly Contact[];
  highlights: readonly Highlight[];
  codes: readonly Code[];
}

/** Below this many accounts a persona is a lead to follow, not a pattern. */
const FEW_ACCOUNTS = 5;

function Themes({ label, themes }: { label: string; themes: readonly PersonaTheme[] }) {
  if (themes.length === 0) return null;
  return (
    <p>
      <strong>{label}:</strong>{' '}
      {themes.map((t) => `${t.name} (${plural(t.accounts, 'account')})`).join('; ')}
    </p>
  );
}

/**
 * The buyer and user roles at power-user accounts, as records: titles seen, goals and pains from
 * their coded quotes, and the evidence, counted by distinct accounts.
 */
export function PersonasSection({ version, accounts, contacts, highlights, codes }: Props) {
  const { personas, base, frozen } = useMemo(
    () => personasOfVersion(version, { accounts, contacts, highlights, codes }),
    [version, accounts, contacts, highlights, codes],
  );
  return (
    <section aria-labelledby="icp-personas-heading" className="icp-section">
      <h2 id="icp-personas-heading">Personas</h2>
      <p className="field-hint">
        Buying roles at {plural(base, 'power-user account')}, from contacts and the quotes they gave
        {frozen ? `, as signed off with version ${version.number}` : ''}.
      </p>
      {personas.length === 0 ? (
        <p>No buying roles or persona codes recorded for power users yet.</p>
      ) : (
        <ul className="icp-personas">
          {personas.map((persona) => (
            <li key={persona.role}>
              <article aria-label={persona.name}>
                <h3>{persona.name}</h3>
                <p>
                  {plural(persona.accounts, 'account')} of {base}, {plural(persona.quotes, 'quote')}
                  {persona.accounts < FEW_ACCOUNTS && (
                    <span className="icp-persona-few"> · too few accounts to call a pattern</span>
                  )}
                </p>
                {persona.titles.length > 0 && (
                  <p>
                    <strong>Titles seen:</strong>{' '}
                    {persona.titles.map((t) => `${t.title} (${t.contacts})`).join('; ')}
                  </p>
                )}
                <Themes label="Goals" themes={persona.goals} />
                <Themes label="Pains" themes={persona.pains} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
