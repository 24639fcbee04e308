import type { InstallationPermission, Me, ProgramPermission } from '../api/types';

/**
 * What the signed-in person may do, as `/api/me` says: in the selected program (nothing without
 * one) and across the installation. Screens ask these instead of reading roles, so a menu or a
 * page is offered exactly where the server answers.
 */
export interface Capabilities {
  can: (p: ProgramPermission) => boolean;
  canAcross: (p: InstallationPermission) => boolean;
}

/**
 * What a page or a section needs: a permission in the selected program, any one of several, or
 * one across the installation.
 */
export type Need = ProgramPermission | readonly ProgramPermission[] | { across: InstallationPermission };

export function capabilitiesOf(me: Me, programId: string | null): Capabilities {
  const program = me.programs.find((p) => p.id === programId);
  return {
    can: (p) => program?.can.includes(p) ?? false,
    canAcross: (p) => me.can.includes(p),
  };
}

/** Whether `caps` meet `need`; `null` needs nothing beyond being signed in. */
export function meets(caps: Capabilities, need: Need | null): boolean {
  if (need === null) return true;
  if (typeof need === 'string') return caps.can(need);
  if ('across' in need) return caps.canAcross(need.across);
  return need.some((p) => caps.can(p));
}
