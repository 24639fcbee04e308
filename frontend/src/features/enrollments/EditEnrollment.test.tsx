import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Enrollment, EnrollmentChange } from '../../api/types';
import { PROGRAM_ID, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { enrollment } from '../documents/testData';
import { program } from '../fees/testData';
import { EditEnrollment } from './EditEnrollment';

beforeEach(signInAsCoordinator);
afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

/** The form of `e`; the PATCH answers `patch(body)`, the program's cohorts, districts and fees are served. */
function renderForm(e: Enrollment, patch: (body: EnrollmentChange) => Response) {
  const sent: EnrollmentChange[] = [];
  serve(async (method, path, req) => {
    if (method === 'PATCH') {
      const body = (await req.json()) as EnrollmentChange;
      sent.push(body);
      return patch(body);
    }
    if (path === `/api/programs/${PROGRAM_ID}`) return jsonResponse(200, program);
    if (path.endsWith('/cohorts')) return jsonResponse(200, [{ id: 'c1', label: 'Cohort A', start_date: '2025-09-01' }]);
    if (path.endsWith('/districts')) return jsonResponse(200, [{ id: 'd1', name: 'Riverside Unified' }]);
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  renderWithApp(<EditEnrollment enrollment={e} onReload={() => {}} />);
  return sent;
}

const part = () => screen.getByLabelText(/^Candidate’s part of the program fee/);
const save = () => screen.getByRole('button', { name: 'Save enrollment' });

describe('an enrollment’s fee plan', () => {
  it('asks for the candidate’s part with Plan C, shows the server’s refusal beside it, then saves the part in cents', async () => {
    const saved = { ...enrollment({ edit: true }), fee_payer: 'split' as const, candidate_fee_cents: 200000, version: 2 };
    let refuse = true;
    const sent = renderForm(enrollment({ edit: true }), () =>
      refuse
        ? jsonResponse(422, {
            title: 'Invalid input',
            status: 422,
            errors: [{ field: 'candidate_fee_cents', message: 'must be more than $0.00 and less than the program fee ($7,000.00)' }],
          })
        : jsonResponse(200, saved),
    );
    const user = userEvent.setup();

    const plan = screen.getByLabelText(/^Program fee paid by/);
    expect(screen.queryByLabelText(/^Candidate’s part/)).not.toBeInTheDocument();
    await user.selectOptions(plan, 'split');
    await waitFor(() => expect(part()).toHaveAccessibleDescription('Less than the $7,000.00 program fee; the agency pays the rest.'));

    // No part: refused beside the field before anything is sent.
    await user.click(save());
    expect(part()).toHaveAttribute('aria-invalid', 'true');
    expect(part()).toHaveAccessibleDescription(/Enter the candidate’s part of the program fee/);
    expect(sent).toHaveLength(0);

    await user.type(part(), '2,000');
    expect(part()).toHaveAccessibleDescription(/^The agency pays the rest: \$5,000\.00 of the \$7,000\.00 program fee\./);
    await user.click(save());
    await waitFor(() => expect(part()).toHaveAccessibleDescription(/less than the program fee \(\$7,000\.00\)$/));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    refuse = false;
    await user.click(save());
    expect(await screen.findByText('Enrollment saved.')).toBeInTheDocument();
    expect(sent[1]).toMatchObject({ fee_payer: 'split', candidate_fee_cents: 200000 });
  });

  it('shows a split plan’s part, and sends none when the plan changes to another', async () => {
    const split = { ...enrollment({ edit: true }), fee_payer: 'split' as const, candidate_fee_cents: 200000 };
    const sent = renderForm(split, () => jsonResponse(200, { ...split, fee_payer: 'candidate', candidate_fee_cents: null, version: 2 }));
    const user = userEvent.setup();

    expect(part()).toHaveValue('2000.00');
    await user.selectOptions(screen.getByLabelText(/^Program fee paid by/), 'candidate');
    expect(screen.queryByLabelText(/^Candidate’s part/)).not.toBeInTheDocument();
    await user.click(save());
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.fee_payer).toBe('candidate');
    expect(sent[0]).not.toHaveProperty('candidate_fee_cents');
  });
});
