import type { Membership, ProgramEvent, Role } from '../../api/types';
import { ROLE_LABELS } from '../../lib/labels';

/** The program's roles an audience is made of. */
const AUDIENCE_ROLES: Record<ProgramEvent['audience'], Role[]> = {
  candidates: ['candidate'],
  coaches: ['coach'],
  both: ['candidate', 'coach'],
};

/**
 * The program's candidates or coaches an event is for (as its audience says), but those in
 * `except`, as the options of a person picker: "Sofia Alvarez (…@…) — Candidate", by name.
 * Whether the event is for them (their cohort and district) is the API's to say.
 */
export function audiencePeople(
  members: Membership[],
  audience: ProgramEvent['audience'],
  except: ReadonlySet<string>,
): { value: string; label: string }[] {
  const roles = AUDIENCE_ROLES[audience];
  const people = new Map<string, string>();
  for (const m of members) {
    if (!roles.includes(m.role) || except.has(m.user.id)) continue;
    const known = people.get(m.user.id);
    const role = ROLE_LABELS[m.role];
    people.set(m.user.id, known ? `${known}, ${role}` : `${m.user.display_name} (${m.user.email}) — ${role}`);
  }
  return [...people.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}
