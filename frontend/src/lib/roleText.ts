import type { Me } from '../api/types';
import { ROLE_LABELS } from './labels';

/**
 * Who the person is in the program, for the header ("Coach, District representative";
 * "Administrator" for the installation's administrator without a role there). Only shown: what
 * they may do comes from their capabilities. The one place the lint rule lets read roles.
 */
export function roleText(me: Me, programId: string | null): string {
  const roles = me.programs.find((p) => p.id === programId)?.roles ?? [];
  return roles.map((r) => ROLE_LABELS[r]).join(', ') || (me.user.is_admin ? 'Administrator' : '');
}
