import { describe, expect, it } from 'vitest';
import { groupByKind, kindsPresent, latest } from './documentGroups';
import { document } from './testData';

const agenda = document({ id: 'a', kind: 'pl_agenda', title: 'Agenda', activity_date: '2026-09-24' });
const sheetOld = document({ id: 's1', kind: 'pl_sign_in_sheet', title: 'Old sheet', activity_date: '2026-08-01' });
const sheetNew = document({ id: 's2', kind: 'pl_sign_in_sheet', title: 'New sheet', activity_date: '2026-10-01' });
const log = document({ id: 'l', kind: 'coaching_log', title: 'Log', activity_date: '2026-09-01' });
const all = [sheetOld, agenda, sheetNew, log];

describe('grouping documents', () => {
  it('groups by type in the e-portfolio’s order, newest activity first', () => {
    const groups = groupByKind(all);
    expect(groups.map((g) => g.kind)).toEqual(['coaching_log', 'pl_agenda', 'pl_sign_in_sheet']);
    expect(groups[2]!.documents.map((d) => d.id)).toEqual(['s2', 's1']);
  });

  it('keeps one type when filtered', () => {
    expect(groupByKind(all, 'pl_agenda').map((g) => g.kind)).toEqual(['pl_agenda']);
    expect(groupByKind(all, 'doctoral_waiver')).toEqual([]);
  });

  it('lists the types present and the latest activities', () => {
    expect(kindsPresent(all)).toEqual(['coaching_log', 'pl_agenda', 'pl_sign_in_sheet']);
    expect(latest(all, 2).map((d) => d.id)).toEqual(['s2', 'a']);
  });

  it('breaks ties by upload time', () => {
    const first = document({ id: 'x', activity_date: '2026-09-24', created_at: '2026-09-25T10:00:00Z' });
    const second = document({ id: 'y', activity_date: '2026-09-24', created_at: '2026-09-26T10:00:00Z' });
    expect(latest([first, second], 2).map((d) => d.id)).toEqual(['y', 'x']);
  });
});
