import { describe, expect, it } from 'vitest';
import { activitiesForTopics, newWaivedPl, nextTopic, topicChoices, waivedPlText, type WaivedPlDraft } from './waivedPl';

const typed = (id: string, topic: WaivedPlDraft['topic'], activity: string): WaivedPlDraft => ({ ...newWaivedPl(topic, id), activity });

describe('the activities a doctoral waiver waives', () => {
  it('gives each topic checked a blank activity when it has none', () => {
    const hr = typed('a1', 'human_resources', 'PL Day 2: Human Resources');
    const added = activitiesForTopics([hr], ['human_resources', 'finance_and_budget']);
    expect(added).toHaveLength(2);
    expect(added[0]).toBe(hr);
    expect(added[1]).toMatchObject({ topic: 'finance_and_budget', activity: '', year: '', hours: '' });
  });

  it('drops the blank activities of a topic unchecked, and keeps what was typed for the server to question', () => {
    const hr = typed('a1', 'human_resources', 'PL Day 2: Human Resources');
    const blank = newWaivedPl('finance_and_budget', 'a2');
    expect(activitiesForTopics([hr, blank], ['human_resources'])).toEqual([hr]);
    expect(activitiesForTopics([hr, blank], ['finance_and_budget'])).toEqual([hr, blank]);
  });

  it('starts an added activity on a topic checked that has none yet', () => {
    const hr = typed('a1', 'human_resources', 'x');
    expect(nextTopic(['human_resources', 'finance_and_budget'], [hr])).toBe('finance_and_budget');
    expect(nextTopic(['human_resources'], [hr])).toBe('human_resources');
    expect(nextTopic([], [hr])).toBeUndefined();
  });

  it('offers the topics checked, and an activity’s own should it have been unchecked since', () => {
    const finance = typed('a1', 'finance_and_budget', 'x');
    expect(topicChoices(['human_resources'], finance)).toEqual(['human_resources', 'finance_and_budget']);
    expect(topicChoices(['finance_and_budget', 'human_resources'], finance)).toEqual(['human_resources', 'finance_and_budget']);
  });

  it('says an activity as the decision and the PL hours list it', () => {
    expect(waivedPlText({ topic: 'human_resources', activity: 'PL Day 2: Human Resources', year: 1, minutes: 360 })).toBe(
      'Human Resources — PL Day 2: Human Resources, year 1, 6 h',
    );
    expect(waivedPlText({ topic: 'finance_and_budget', activity: 'PL Day 4: Finance and Budget', year: 2, minutes: 270 })).toBe(
      'Finance & Budget — PL Day 4: Finance and Budget, year 2, 4.5 h',
    );
  });
});
