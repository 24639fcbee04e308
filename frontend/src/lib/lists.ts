/** Toggle a value in a list, keeping the order of `order` (the form's order). */
export function toggle<T>(list: T[], value: T, on: boolean, order: T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  const known = order.filter((v) => set.has(v));
  return [...known, ...[...set].filter((v) => !order.includes(v))];
}
