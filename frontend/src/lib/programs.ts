import type { Me, MyProgram } from '../api/types';

/** The person's programs, sorted by name, for the switcher. */
export function programChoices(me: Me): MyProgram[] {
  return [...me.programs].sort((a, b) => a.name.localeCompare(b.name));
}

/** Keep a stored choice if still valid, else the first program. */
export function pickProgram(stored: string | null, choices: MyProgram[]): string | null {
  if (stored && choices.some((c) => c.id === stored)) return stored;
  return choices[0]?.id ?? null;
}
