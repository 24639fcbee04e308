import { createContext, useContext } from 'react';
import type { Me, MyProgram } from '../api/types';
import { type Capabilities, capabilitiesOf } from './capabilities';
import { pickProgram, programChoices } from './programs';

export interface AppContextValue extends Capabilities {
  me: Me;
  /** The programs the switcher offers: the person's (every program for the administrator), by name. */
  programs: MyProgram[];
  programId: string | null;
  programName: string | null;
  setProgramId: (id: string) => void;
  signOut: () => void;
}

/** The app's context for `me`, in the stored program if they still take part in it. */
export function appContextOf(
  me: Me,
  stored: string | null,
  actions: Pick<AppContextValue, 'setProgramId' | 'signOut'>,
): AppContextValue {
  const programs = programChoices(me);
  const programId = pickProgram(stored, programs);
  return {
    me,
    programs,
    programId,
    programName: programs.find((p) => p.id === programId)?.name ?? null,
    ...actions,
    ...capabilitiesOf(me, programId),
  };
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
