import type { Deal } from '../../domain/schemas/deal';

/** Columns an import kept on a deal, as the account's own custom fields are shown: name, text. */
export function DealCustomFields({ fields }: { fields: Deal['customFields'] }) {
  // A deal stored before custom fields existed has no map at all.
  const entries = Object.entries(fields ?? {});
  if (entries.length === 0) return <>—</>;
  return (
    <dl className="deal-custom-fields">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Whether the deals table needs its custom-fields column at all. */
export const anyCustomFields = (deals: readonly Deal[]): boolean =>
  deals.some((deal) => Object.keys(deal.customFields ?? {}).length > 0);
