const integer = new Intl.NumberFormat('en-US');

/** "1 quote", "1,200 segments": counts as the screens write them (src/ui/format's plural). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${integer.format(n)} ${n === 1 ? one : many}`;
}
