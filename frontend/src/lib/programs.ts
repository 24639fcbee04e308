import type { Me, Program, Role } from '../api/types';
import type { ProgramChoice } from './context';

/** Unique programs from memberships, plus all programs an admin can see, sorted by name. */
export function programChoices(me: Me, adminPrograms: Program[] | undefined): ProgramChoice[] {
  const byId = new Map<string, string>();
  for (const m of me.memberships) byId.set(m.program_id, m.program_name);
  for (const p of adminPrograms ?? []) byId.set(p.id, p.name);
  return [...byId.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function rolesIn(me: Me, programId: string | null): Role[] {
  if (!programId) return [];
  const roles = me.memberships.filter((m) => m.program_id === programId).map((m) => m.role);
  return [...new Set(roles)];
}

/** Keep a stored choice if still valid, else the first membership's program, else the first program. */
export function pickProgram(stored: string | null, me: Me, choices: ProgramChoice[]): string | null {
  if (stored && choices.some((c) => c.id === stored)) return stored;
  return me.memberships[0]?.program_id ?? choices[0]?.id ?? null;
}

/** Coordinators and directors handle the program's requests (the queue's readers). */
export function handlesRequests(roles: readonly Role[]): boolean {
  return roles.includes('coordinator') || roles.includes('director');
}
