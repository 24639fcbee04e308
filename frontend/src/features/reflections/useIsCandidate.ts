import { useApp } from '../../lib/context';

/**
 * Whether the signed-in person is the candidate (who starts and writes their reflections); what
 * they may do with a reflection itself is its `can`.
 */
export function useIsCandidate(candidateId: string): boolean {
  return useApp().me.user.id === candidateId;
}
