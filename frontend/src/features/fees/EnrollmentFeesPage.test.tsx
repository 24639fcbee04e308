import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { NewPayment, NewPlanChange } from '../../api/types';
import { PROGRAM_ID, appContext, appContextAs, jsonResponse, renderWithApp, serve as serveAll, signInAsCoordinator } from '../../test/render';
import { enrollment } from '../documents/testData';
import { EnrollmentFeesPage } from './EnrollmentFeesPage';
import { ENROLLMENT_ID, enrollmentFees, installment, payment, program, splitFees } from './testData';

function renderPage(ctx = appContext()) {
  return renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/fees" element={<EnrollmentFeesPage />} />
    </Routes>,
    ctx,
    `/enrollments/${ENROLLMENT_ID}/fees`,
  );
}

type Handler = Parameters<typeof serveAll>[0];

/**
 * Serves the fees page: the coordinator's page also reads the enrollment (its version goes with
 * a change of plan), the program's districts and, for a split plan's part, the program's fees.
 */
function serve(handler: Handler) {
  return serveAll((method, path, req) => {
    if (method === 'GET' && path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
    if (method === 'GET' && path === `/api/programs/${PROGRAM_ID}`) return jsonResponse(200, program);
    if (method === 'GET' && path.endsWith('/districts'))
      return jsonResponse(200, [
        { id: 'd1', name: 'Riverside Unified' },
        { id: 'd2', name: 'Sierra Unified' },
      ]);
    return handler(method, path, req);
  });
}

/** The value beside a term of the payment information. */
function fact(term: string) {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling;
}

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('a candidate’s payment information', () => {
  it('shows the plan, the installments with the overdue one marked, the payments and the balance', async () => {
    serve(() => jsonResponse(200, enrollmentFees({ can: { record_payment: false } })));
    renderPage();

    expect(await screen.findByText('$3,500.00', { selector: '.balance' })).toBeInTheDocument();
    expect(fact('Cost structure')).toHaveTextContent('Program provides the coach');
    expect(fact('Program fee paid by')).toHaveTextContent('Agency/District (Plan A)');
    expect(fact('Program fee')).toHaveTextContent('$7,000.00 for 2 program years');
    expect(fact('Overdue')).toHaveTextContent('$3,500.00');

    const installments = screen.getByRole('table', { name: 'Installments of the program fee' });
    const rows = within(installments).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Paid');
    expect(rows[1]).toHaveTextContent(/Year 2.*Nov 1, 2026.*Agency\/District.*\$3,500\.00.*\$0\.00.*Overdue/);
    expect(rows[1]).toHaveClass('fee-overdue');

    const payments = screen.getByRole('table', { name: 'Payments made' });
    expect(within(payments).getByRole('row', { name: /Oct 20, 2025/ })).toHaveTextContent('Purchase order');
    // Not the coordinator: nothing to record or reverse.
    expect(screen.queryByRole('button', { name: /Reverse/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Record a payment' })).not.toBeInTheDocument();
  });

  it('shows what each installment is for: an approved extension adds its fee as a line of its own', async () => {
    const base = enrollmentFees();
    const extended = enrollmentFees({
      years: 3,
      account: {
        ...base.account,
        total_cents: 1_050_000,
        balance_cents: 700_000,
        by_payer: [
          { payer: 'agency', total_cents: 700_000, paid_cents: 350_000, balance_cents: 350_000, overdue_cents: 350_000 },
          { payer: 'candidate', total_cents: 350_000, paid_cents: 0, balance_cents: 350_000, overdue_cents: 0 },
        ],
        installments: [
          ...base.account.installments,
          installment(3, { kind: 'extension_fee', payer: 'candidate', due_on: '2027-11-01' }),
        ],
      },
    });
    serve(() => jsonResponse(200, extended));
    renderPage();
    const installments = await screen.findByRole('table', { name: 'Installments of the program fee' });
    const rows = within(installments).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Program fee');
    expect(rows[2]).toHaveTextContent(/Extension fee.*Year 3.*Nov 1, 2027.*Candidate.*\$3,500\.00/);
    expect(fact('Program fee')).toHaveTextContent('$10,500.00 for 3 program years');
    // The agency owes its share of the program fee; the candidate, the extension.
    const shares = screen.getByRole('table', { name: 'Balance by payer' });
    expect(within(shares).getByRole('row', { name: /^Agency\/District/ })).toHaveTextContent(/\$7,000\.00.*\$3,500\.00.*\$3,500\.00.*\$3,500\.00/);
    expect(within(shares).getByRole('row', { name: /^Candidate/ })).toHaveTextContent(/\$3,500\.00.*\$0\.00.*\$3,500\.00.*\$0\.00/);
  });

  it('refuses a bad amount beside the field, then records the payment in whole cents', async () => {
    const sent: NewPayment[] = [];
    const after = enrollmentFees({
      account: { ...enrollmentFees().account, paid_cents: 450000, balance_cents: 250000, overdue_cents: 250000 },
      payments: [payment('pay-1'), payment('pay-2', { amount_cents: 100000, method: 'personal_check', reference: '1042' })],
    });
    serve(async (method, _path, req) => {
      if (method === 'POST') {
        sent.push((await req.json()) as NewPayment);
        return jsonResponse(201, after);
      }
      return jsonResponse(200, enrollmentFees());
    });
    const user = userEvent.setup();
    renderPage();

    const amount = await screen.findByLabelText(/^Amount \(dollars\)/);
    await user.type(amount, 'abc');
    await user.selectOptions(screen.getByLabelText(/^Method/), 'personal_check');
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(/Enter dollars and cents/);
    expect(sent).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '1,000.00');
    await user.type(screen.getByLabelText(/^Reference/), '1042');
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ payer: 'agency', amount_cents: 100000, method: 'personal_check', reference: '1042' });
    expect(await screen.findByText(/^Payment of \$1,000\.00 on .* recorded\.$/)).toBeInTheDocument();
    expect(fact('Remaining balance')).toHaveTextContent('$2,500.00');
  });

  it('shows the server’s refusal of the amount beside the field', async () => {
    serve((method) =>
      method === 'POST'
        ? jsonResponse(422, {
            title: 'Invalid input',
            status: 422,
            errors: [{ field: 'amount_cents', message: 'must be whole cents from 1 to 100000000 ($1,000,000.00)' }],
          })
        : jsonResponse(200, enrollmentFees()),
    );
    const user = userEvent.setup();
    renderPage();
    const amount = await screen.findByLabelText(/^Amount \(dollars\)/);
    await user.type(amount, '12');
    await user.selectOptions(screen.getByLabelText(/^Method/), 'other');
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/must be whole cents/));
  });

  it('reverses a payment only with a reason, and shows the reversal as a negative line', async () => {
    const reasons: unknown[] = [];
    const reversed = enrollmentFees({
      account: { ...enrollmentFees().account, paid_cents: 0, balance_cents: 700000, overdue_cents: 700000 },
      payments: [
        payment('pay-1', { reversed: true }),
        payment('rev-1', { amount_cents: -350000, reverses_id: 'pay-1', note: 'Check returned by the bank' }),
      ],
    });
    serve(async (method, path, req) => {
      if (method === 'POST' && path === '/api/payments/pay-1/reversal') {
        reasons.push(await req.json());
        return jsonResponse(201, reversed);
      }
      return jsonResponse(200, enrollmentFees());
    });
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Reverse the payment of $3,500.00 on Oct 20, 2025' }));
    await user.click(screen.getByRole('button', { name: 'Reverse payment' }));
    const reason = screen.getByLabelText(/^Reason for the reversal/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reasons).toHaveLength(0);

    await user.type(reason, 'Check returned by the bank');
    await user.click(screen.getByRole('button', { name: 'Reverse payment' }));
    await waitFor(() => expect(reasons).toEqual([{ reason: 'Check returned by the bank' }]));
    const payments = await screen.findByRole('table', { name: 'Payments made' });
    const line = within(payments).getByRole('row', { name: /Reversal/ });
    expect(line).toHaveTextContent('-$3,500.00');
    expect(line).toHaveTextContent('Reversal of the payment of Oct 20, 2025: Check returned by the bank');
    expect(fact('Remaining balance')).toHaveTextContent('$7,000.00');
    // Neither the reversed payment nor the reversal can be reversed again.
    expect(screen.queryByRole('button', { name: /^Reverse/ })).not.toBeInTheDocument();
  });

  it('changes the plan from a day with the enrollment’s version, and lists the change', async () => {
    const sent: { body: NewPlanChange; ifMatch: string | null }[] = [];
    const changed = enrollmentFees({
      cost_structure: 'district_provides_coach',
      plan_changes: [
        {
          effective_on: '2026-06-01',
          from_cost_structure: 'program_provides_coach',
          cost_structure: 'district_provides_coach',
          from_payer: 'agency',
          payer: 'agency',
          from_district_name: 'Riverside Unified',
          district_name: 'Sierra Unified',
          paid_cents: 350000,
          note: 'Moved districts',
          recorded_by: enrollment().candidate,
          recorded_at: '2026-12-02T10:00:00Z',
        },
      ],
    });
    serve(async (method, path, req) => {
      if (method === 'POST' && path.endsWith('/fee-plan-changes')) {
        sent.push({ body: (await req.json()) as NewPlanChange, ifMatch: req.headers.get('If-Match') });
        return jsonResponse(201, changed);
      }
      // Read again after the change, the fees are the changed ones.
      return jsonResponse(200, sent.length ? changed : enrollmentFees());
    });
    const user = userEvent.setup();
    renderPage();

    const form = await screen.findByRole('region', { name: 'Change of district or payer' });
    await user.click(within(form).getByRole('button', { name: 'Change the plan' }));
    expect(within(form).getByLabelText(/^From/)).toHaveAccessibleDescription('Give the day the new plan starts.');
    expect(sent).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^From/), '2026-06-01');
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Sierra Unified' })).toBeInTheDocument());
    await user.selectOptions(within(form).getByLabelText(/^District/), 'd2');
    await user.selectOptions(within(form).getByLabelText(/^Cost structure/), 'district_provides_coach');
    await user.click(within(form).getByRole('button', { name: 'Change the plan' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      body: { effective_on: '2026-06-01', cost_structure: 'district_provides_coach', payer: 'agency', district_id: 'd2' },
      ifMatch: '"1"',
    });
    const changes = await screen.findByRole('table', { name: 'Changes of plan' });
    expect(within(changes).getAllByRole('row')[1]).toHaveTextContent(
      /Jun 1, 2026.*Riverside Unified → Sierra Unified.*Program provides the coach → District provides the coach.*\$3,500\.00.*Moved districts/,
    );
  });

  it('tells a coach plainly that fees are not theirs to see', async () => {
    serve(() => jsonResponse(403, { title: 'Not allowed', status: 403, detail: "fees are the candidate's, their district's and the program staff's" }));
    renderPage(appContextAs('coach'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You cannot see this candidate’s payment information.');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});


describe('a split plan (Plan C)', () => {
  it('shows each one’s fee as the handbook’s profile page does, and each installment shared by the two', async () => {
    serve(() => jsonResponse(200, splitFees({ can: { record_payment: false } })));
    renderPage(appContextAs('candidate'));

    expect(await screen.findByText('$6,500.00', { selector: '.balance' })).toBeInTheDocument();
    expect(fact('Program fee paid by')).toHaveTextContent('Split between candidate and agency (Plan C)');
    expect(fact('Candidate fee')).toHaveTextContent('$2,000.00');
    expect(fact('Agency fee')).toHaveTextContent('$5,000.00');
    expect(fact('Program fee')).toHaveTextContent('$7,000.00 for 2 program years');

    // One row group per installment: its number, fee and due day once, then the agency's and the candidate's lines.
    const installments = screen.getByRole('table', { name: 'Installments of the program fee' });
    const [, ...groups] = within(installments).getAllByRole('rowgroup');
    expect(groups).toHaveLength(4);
    const [agency, candidate] = within(groups[0]!).getAllByRole('row');
    expect(within(agency!).getByRole('rowheader')).toHaveTextContent('1');
    expect(agency).toHaveTextContent(/Program fee.*Year 1.*Nov 1, 2025.*Agency\/District.*\$1,250\.00.*\$0\.00.*Overdue/);
    expect(agency).toHaveClass('fee-overdue');
    expect(candidate).toHaveTextContent(/^Candidate\$500\.00\$500\.00Paid$/);
    expect(within(groups[3]!).getAllByRole('row')[1]).toHaveTextContent(/^Candidate\$500\.00\$0\.00Due$/);

    // Each one's share, paid and balance.
    const shares = screen.getByRole('table', { name: 'Balance by payer' });
    expect(within(shares).getByRole('row', { name: /^Agency\/District/ })).toHaveTextContent(/\$5,000\.00.*\$0\.00.*\$5,000\.00.*\$3,750\.00/);
    expect(within(shares).getByRole('row', { name: /^Candidate/ })).toHaveTextContent(/\$2,000\.00.*\$500\.00.*\$1,500\.00.*\$1,000\.00/);
  });

  it('asks who made a payment, with no payer chosen beforehand, and records it for them', async () => {
    const sent: NewPayment[] = [];
    serve(async (method, _path, req) => {
      if (method === 'POST') {
        sent.push((await req.json()) as NewPayment);
        return jsonResponse(201, splitFees());
      }
      return jsonResponse(200, splitFees());
    });
    const user = userEvent.setup();
    renderPage();

    const form = await screen.findByRole('region', { name: 'Record a payment' });
    const payer = within(form).getByLabelText(/^Paid by/);
    expect(payer).toHaveValue('');
    await user.type(within(form).getByLabelText(/^Amount \(dollars\)/), '500');
    await user.selectOptions(within(form).getByLabelText(/^Method/), 'personal_check');
    await user.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect(payer).toHaveAccessibleDescription('Choose who paid.');
    expect(sent).toHaveLength(0);

    await user.selectOptions(payer, 'candidate');
    await user.click(within(form).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(sent).toEqual([expect.objectContaining({ payer: 'candidate', amount_cents: 50000 })]));
  });

  it('changes a plan to Plan C with the candidate’s part, checked against the program fee, and lists it', async () => {
    const sent: NewPlanChange[] = [];
    const changed = splitFees({
      plan_changes: [
        {
          effective_on: '2026-06-01',
          from_cost_structure: 'program_provides_coach',
          cost_structure: 'program_provides_coach',
          from_payer: 'agency',
          from_candidate_fee_cents: null,
          payer: 'split',
          candidate_fee_cents: 200000,
          from_district_name: 'Riverside Unified',
          district_name: 'Riverside Unified',
          paid_cents: 0,
          recorded_by: enrollment().candidate,
          recorded_at: '2026-12-02T10:00:00Z',
        },
      ],
    });
    serve(async (method, path, req) => {
      if (method === 'POST' && path.endsWith('/fee-plan-changes')) {
        sent.push((await req.json()) as NewPlanChange);
        return jsonResponse(201, changed);
      }
      return jsonResponse(200, sent.length ? changed : enrollmentFees());
    });
    const user = userEvent.setup();
    renderPage();

    const form = await screen.findByRole('region', { name: 'Change of district or payer' });
    expect(within(form).queryByLabelText(/^Candidate’s part/)).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^From/), '2026-06-01');
    await user.selectOptions(within(form).getByLabelText(/^Program fee paid by/), 'split');
    const part = within(form).getByLabelText(/^Candidate’s part of the program fee/);
    await waitFor(() => expect(part).toHaveAccessibleDescription('Less than the $7,000.00 program fee; the agency pays the rest.'));

    await user.click(within(form).getByRole('button', { name: 'Change the plan' }));
    expect(part).toHaveAccessibleDescription(/Enter the candidate’s part of the program fee/);
    await user.type(part, '7000');
    await user.click(within(form).getByRole('button', { name: 'Change the plan' }));
    expect(part).toHaveAccessibleDescription(/must be less than the \$7,000\.00 program fee/);
    expect(sent).toHaveLength(0);

    await user.clear(part);
    await user.type(part, '2,000');
    // The hint follows what is typed (the last refusal stays until the form is sent again).
    expect(part).toHaveAccessibleDescription(/^The agency pays the rest: \$5,000\.00 of the \$7,000\.00 program fee\./);
    await user.click(within(form).getByRole('button', { name: 'Change the plan' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      effective_on: '2026-06-01',
      cost_structure: 'program_provides_coach',
      payer: 'split',
      candidate_fee_cents: 200000,
      district_id: 'd1',
    });
    const changes = await screen.findByRole('table', { name: 'Changes of plan' });
    expect(within(changes).getAllByRole('row')[1]).toHaveTextContent('Agency/District (Plan A) → Split ($2,000.00 candidate)');
  });

  it('shows the server’s refusal of the candidate’s part beside its field', async () => {
    serve((method, path) =>
      method === 'POST' && path.endsWith('/fee-plan-changes')
        ? jsonResponse(422, {
            title: 'Invalid input',
            status: 422,
            errors: [{ field: 'candidate_fee_cents', message: 'must be more than $0.00 and less than the program fee ($4,000.00)' }],
          })
        : jsonResponse(200, enrollmentFees()),
    );
    const user = userEvent.setup();
    renderPage();
    const form = await screen.findByRole('region', { name: 'Change of district or payer' });
    await user.type(within(form).getByLabelText(/^From/), '2026-06-01');
    await user.selectOptions(within(form).getByLabelText(/^Program fee paid by/), 'split');
    await user.type(within(form).getByLabelText(/^Candidate’s part/), '3000');
    await user.click(within(form).getByRole('button', { name: 'Change the plan' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Candidate’s part/)).toHaveAccessibleDescription(/less than the program fee \(\$4,000\.00\)/));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });
});
