import { createContext, useContext } from 'react';
import type { Me, Role } from '../api/types';

export interface ProgramChoice {
  id: string;
  name: string;
}

export interface AppContextValue {
  me: Me;
  isAdmin: boolean;
  /** Programs the switcher offers: the user's memberships, and every program for an admin. */
  programs: ProgramChoice[];
  programId: string | null;
  programName: string | null;
  setProgramId: (id: string) => void;
  /** Roles the user holds in the selected program. */
  roles: Role[];
  /** Coordinator of the selected program, or installation admin: may edit program records. */
  canManage: boolean;
  /** Coordinator, director or admin: sees the program's staff screens. */
  isStaff: boolean;
  signOut: () => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const v = useContext(AppContext);
  if (!v) throw new Error('useApp outside AppContext');
  return v;
}

/** The selected program id; screens under program routes are only shown when there is one. */
export function useProgramId(): string {
  const { programId } = useApp();
  if (!programId) throw new Error('no program selected');
  return programId;
}
