import type { CountedStat } from '../../domain/stats';

interface Props {
  stat: CountedStat;
  format(value: number | null): string;
}

/** A median with the count behind it, because a median of 2 is not a median of 200. */
export function StatValue({ stat, format }: Props) {
  return (
    <>
      {format(stat.value)} <span className="overview-n">(n = {stat.n})</span>
    </>
  );
}
