import type { Deal } from '../../domain/schemas/deal';

/** Columns an import kept on a deal, as the account's own custom fields are shown: name, text. */
export function DealCustomFields({ fields }: { fields: Deal['customFields'] }) {
  // A deal stored before custom fields existed has none at all.
  if (!fields?.length) return <>—</>;
  return (
    <dl className="deal-custom-fields">
      {fields.map(({ key, value }) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Whether the deals table needs its custom-fields column at all. */
export const anyCustomFields = (deals: readonly Deal[]): boolean =>
  deals.some((deal) => (deal.customFields?.length ?? 0) > 0);
