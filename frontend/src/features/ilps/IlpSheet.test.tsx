import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ilp, step } from '../../test/ilps';
import { renderWithApp } from '../../test/render';
import { IlpSheet } from './IlpSheet';

describe('the ILP as read', () => {
  it('warns beside a step due after the candidate’s program ends, and only there', () => {
    const plan = ilp({
      steps: [step('s1', { due_date: '2027-03-25' }), step('s2', { due_date: '2028-01-10' })],
      steps_due_after_end: ['s2'],
    });
    renderWithApp(<IlpSheet ilp={plan} standards={[]} />);
    const late = screen.getByRole('region', { name: 'Action step 2' });
    expect(within(late).getByRole('note')).toHaveTextContent('Due after the candidate’s program ends');
    expect(within(screen.getByRole('region', { name: 'Action step 1' })).queryByRole('note')).not.toBeInTheDocument();
  });

  it('shows the date the plan was written, not the day it was stored', () => {
    renderWithApp(<IlpSheet ilp={ilp({ date_created: '2025-10-02' })} standards={[]} />);
    const term = screen.getByText('Date created', { selector: 'dt' });
    expect(term.nextElementSibling).toHaveTextContent('Oct 2, 2025');
  });
});
