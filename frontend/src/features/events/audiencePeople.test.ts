import { describe, expect, it } from 'vitest';
import type { Membership } from '../../api/types';
import { PROGRAM_ID } from '../../test/render';
import { audiencePeople } from './audiencePeople';
import { person } from './testData';

const member = (name: string, role: Membership['role'], id = name): Membership => ({
  id,
  program_id: PROGRAM_ID,
  role,
  user: person(name),
});

describe('the people an event is for', () => {
  const members = [
    member('Maya Rivera', 'coach'),
    member('Lily Chen', 'candidate'),
    member('Eve Ek', 'candidate'),
    member('Eve Ek', 'coach', 'eve-coach'),
    member('Casey Coordinator', 'coordinator'),
  ];

  it('are the audience’s roles, by name, each person once with every role they hold', () => {
    expect(audiencePeople(members, 'both', new Set()).map((p) => p.label)).toEqual([
      'Eve Ek (eve.ek@example.org) — Candidate, Coach',
      'Lily Chen (lily.chen@example.org) — Candidate',
      'Maya Rivera (maya.rivera@example.org) — Coach',
    ]);
    expect(audiencePeople(members, 'coaches', new Set()).map((p) => p.value)).toEqual(['id-eve.ek', 'id-maya.rivera']);
  });

  it('leave out those already there', () => {
    expect(audiencePeople(members, 'candidates', new Set(['id-lily.chen']))).toEqual([
      { value: 'id-eve.ek', label: 'Eve Ek (eve.ek@example.org) — Candidate' },
    ]);
  });
});
