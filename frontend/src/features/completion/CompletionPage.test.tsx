import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { CompletionVerification } from '../../api/types';
import { type Who, appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { ITEM_LABELS } from './completionLabels';
import { CompletionPage } from './CompletionPage';
import { CompletionPrint } from './CompletionPrint';
import { ENROLLMENT_ID, casey, completionForm, confirmedByBoth, withItem } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const FORM_PATH = `/api/enrollments/${ENROLLMENT_ID}/completion`;

interface Sent {
  method: string;
  path: string;
  body: unknown;
  ifMatch: string | null;
}

type Answer = (sent: Sent) => Response;

/** The page served from `current()`, the writes answered by `answer`; what was sent is kept. */
function open(
  current: () => CompletionVerification,
  answer: Answer = () => jsonResponse(404, { status: 404 }),
  who: Who = 'coordinator',
  page = 'completion',
) {
  const sent: Sent[] = [];
  serve(async (method, path, req) => {
    if (method === 'GET' && path === FORM_PATH) return jsonResponse(200, current());
    if (method === 'GET' && path === '/api/standards') return jsonResponse(200, []);
    if (!path.startsWith(FORM_PATH)) return jsonResponse(404, { status: 404 });
    const text = await req.text();
    const s: Sent = { method, path: path.slice(FORM_PATH.length), body: text ? JSON.parse(text) : undefined, ifMatch: req.headers.get('If-Match') };
    sent.push(s);
    return answer(s);
  });
  renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/completion" element={<CompletionPage />} />
      <Route path="/enrollments/:id/completion/print" element={<CompletionPrint />} />
    </Routes>,
    appContextAs(who),
    `/enrollments/${ENROLLMENT_ID}/${page}`,
  );
  return { user: userEvent.setup(), sent };
}

async function itemCard(name: keyof typeof ITEM_LABELS) {
  return screen.findByRole('article', { name: ITEM_LABELS[name] });
}

function column(card: HTMLElement, name: 'District Representative' | 'Coordinator') {
  return within(card).getByRole('group', { name });
}

describe('the Program Completion Verification', () => {
  it('lists the form’s ten items in the handbook’s words, each with its state, what is missing and its evidence', async () => {
    const hoursLedger = { kind: 'coaching_hours' as const, id: ENROLLMENT_ID, label: 'Coaching hours' };
    const receipt = { kind: 'document' as const, id: 'doc-9', label: 'Receipt from Sierra Unified' };
    const form = withItem(withItem(completionForm(), 'coaching_hours', { evidence: [hoursLedger] }), 'fees_paid', { evidence: [receipt] });
    open(() => form);
    expect(await screen.findByRole('heading', { level: 1, name: 'Program Completion Verification' })).toBeInTheDocument();
    expect(screen.getByText(/^Due on or before/)).toHaveTextContent('Due on or before Jun 10, 2027.');

    const cards = within(screen.getByRole('region', { name: 'The form’s ten items' })).getAllByRole('article');
    expect(cards.map((c) => c.querySelector('h3')?.textContent)).toEqual([
      'Action Steps in all Individual Leadership Plans Completed',
      'Program costs paid (zero balance)',
      'Attended the required Candidate Cohort Sessions',
      'Met the total coaching hours of the program',
      'Completed Required End-of-Year Assessments',
      'Candidate Demonstrates Growth on Reflection Assessment',
      'All 6 Required CPSEL Standards are Addressed in ILPs',
      'Completed Job Shadowing/CA Distinguished School/Gold Ribbon Visit',
      'Attended the Professional Learning hours of the program',
      ITEM_LABELS.employer_letter,
    ]);
    // The state is said in words, not by colour only.
    const letter = await itemCard('employer_letter');
    expect(within(letter).getByText('Not met')).toHaveClass('badge');
    expect(letter).toHaveTextContent('0 letter(s) on file');
    expect(within(letter).getByRole('listitem')).toHaveTextContent('no employment verification letter uploaded');
    expect(letter).toHaveTextContent('Jun 10, 2027');
    const hours = await itemCard('coaching_hours');
    expect(within(hours).getByText('Met')).toHaveClass('badge');
    expect(within(hours).getByRole('link', { name: 'Coaching hours' })).toHaveAttribute('href', `/enrollments/${ENROLLMENT_ID}/hours`);
    expect(within(await itemCard('fees_paid')).getByRole('link', { name: 'Receipt from Sierra Unified' })).toHaveAttribute(
      'href',
      `/enrollments/${ENROLLMENT_ID}/documents`,
    );

    // The four shown beside the form, without columns to confirm.
    const beside = screen.getByRole('region', { name: 'Also shown' });
    expect(within(beside).getAllByRole('article')).toHaveLength(4);
    expect(within(beside).queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Print view' })).toHaveAttribute('href', `/enrollments/${ENROLLMENT_ID}/completion/print`);
  });

  it('offers Confirm only in the column the form’s `can.confirm` names', async () => {
    open(() => completionForm({ can: { confirm: 'district_representative', sign: null } }), undefined, 'district_representative');
    const cards = within(await screen.findByRole('region', { name: 'The form’s ten items' })).getAllByRole('article');
    for (const card of cards) {
      expect(within(column(card, 'District Representative')).getByRole('button', { name: /^Confirm/ })).toBeInTheDocument();
      expect(within(column(card, 'Coordinator')).queryByRole('button')).not.toBeInTheDocument();
    }
  });

  it('offers nothing to confirm to a reader the form does not let confirm', async () => {
    open(() => completionForm({ can: { confirm: null, sign: null } }), undefined, 'candidate');
    await itemCard('fees_paid');
    expect(screen.queryByRole('button', { name: /^Confirm/ })).not.toBeInTheDocument();
    expect(screen.getAllByText('Not confirmed')).toHaveLength(20);
  });

  it('confirms a met item at once, with the version read, and takes the confirmation back', async () => {
    let current = completionForm();
    const { user, sent } = open(
      () => current,
      (s) => {
        const coordinator = s.method === 'POST' ? { by: casey, at: '2027-05-02T17:00:00Z', state: 'met' as const } : null;
        current = { ...withItem(current, 'fees_paid', { coordinator }), version: current.version + 1 };
        return jsonResponse(200, current);
      },
    );
    const fees = await itemCard('fees_paid');
    await user.click(within(column(fees, 'Coordinator')).getByRole('button', { name: 'Confirm: Program costs paid (zero balance)' }));
    expect(await within(column(fees, 'Coordinator')).findByText(/Confirmed by/)).toHaveTextContent('Confirmed by Casey Coordinator');
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/confirmations', body: { item: 'fees_paid' }, ifMatch: '"4"' });

    await user.click(within(column(fees, 'Coordinator')).getByRole('button', { name: /^Take back/ }));
    expect(await within(column(fees, 'Coordinator')).findByText('Not confirmed')).toBeInTheDocument();
    expect(sent[1]).toMatchObject({ method: 'DELETE', path: '/confirmations/fees_paid', ifMatch: '"5"' });
  });

  it('asks why for an item the records do not show met, and shows the server’s refusal beside the reason', async () => {
    let current = completionForm();
    const { user, sent } = open(
      () => current,
      (s) => {
        const { reason } = s.body as { reason?: string };
        if (!reason) {
          const errors = [{ field: 'reason', message: 'the records do not show it met: say why' }];
          return jsonResponse(422, { status: 422, title: 'Invalid input', errors });
        }
        const coordinator = { by: casey, at: '2027-05-02T17:00:00Z', state: 'not_met' as const, reason };
        current = { ...withItem(current, 'employer_letter', { coordinator }), version: 5 };
        return jsonResponse(200, current);
      },
    );
    const letter = await itemCard('employer_letter');
    await user.click(within(letter).getByRole('button', { name: /^Confirm/ }));
    // Nothing is sent until the reason form is submitted.
    expect(sent).toHaveLength(0);
    const form = within(letter).getByRole('form', { name: /^Confirm/ });
    const reason = within(form).getByLabelText(/^Reason/);
    expect(reason).toHaveAttribute('aria-required', 'true');

    await user.click(within(form).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/the records do not show it met: say why/));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(sent[0]!.body).toEqual({ item: 'employer_letter' });

    await user.type(reason, 'The letter is in the district office’s file');
    await user.click(within(form).getByRole('button', { name: 'Confirm' }));
    const coordinator = column(letter, 'Coordinator');
    expect(await within(coordinator).findByText(/Reason:/)).toHaveTextContent(
      'The records showed it not met. Reason: “The letter is in the district office’s file”',
    );
    expect(sent[1]!.body).toEqual({ item: 'employer_letter', reason: 'The letter is in the district office’s file' });
  });

  it('shows the form as it is now when someone else changed it meanwhile (412)', async () => {
    const coordinator = { by: casey, at: '2027-05-02T16:00:00Z', state: 'met' as const };
    const theirs = { ...withItem(completionForm(), 'fees_paid', { coordinator }), version: 5 };
    const { user } = open(
      () => completionForm(),
      () => jsonResponse(412, { status: 412, title: 'The record changed since you read it', current: theirs }),
    );
    const meetings = await itemCard('cohort_meetings');
    await user.click(within(meetings).getByRole('button', { name: /^Confirm/ }));
    expect(await within(meetings).findByRole('alert')).toHaveTextContent('Someone else changed this form meanwhile');
    expect(within(column(await itemCard('fees_paid'), 'Coordinator')).getByText(/Confirmed by/)).toBeInTheDocument();
  });

  it('offers the signature the form’s `can.sign` names, confirmed in the signer’s words, and lists the signatures in order', async () => {
    let current = confirmedByBoth(completionForm({ can: { confirm: 'coordinator', sign: null } }));
    current = {
      ...current,
      signatures: [{ signer: 'candidate', by: current.candidate, at: '2027-05-03T17:00:00Z' }],
      next_signer: 'coach',
      can: { confirm: null, sign: 'coach' },
    };
    const { user, sent } = open(
      () => current,
      () => {
        current = {
          ...current,
          version: current.version + 1,
          signatures: [...current.signatures, { signer: 'coach', by: current.coach!, at: '2027-05-04T17:00:00Z' }],
          next_signer: 'district_representative',
          can: { confirm: null, sign: null },
        };
        return jsonResponse(200, current);
      },
      'coach',
    );
    const signatures = await screen.findByRole('region', { name: 'Signatures' });
    const parties = within(signatures).getAllByRole('term').map((t) => t.textContent);
    expect(parties).toEqual(['Candidate', 'Coach', 'District Representative', 'Coordinator']);
    const lines = within(signatures).getAllByRole('definition');
    expect(lines[0]).toHaveTextContent('Elena Evans');
    expect(lines[1]).toHaveTextContent('not signed');
    // Signed once: nothing is confirmed or taken back any more.
    expect(screen.queryByRole('button', { name: /^(Confirm|Take back)/ })).not.toBeInTheDocument();

    await user.click(within(signatures).getByRole('button', { name: 'Sign as Coach' }));
    const confirm = within(signatures).getByRole('form', { name: 'Sign as Coach' });
    expect(confirm).toHaveTextContent(/I confirm that I, Casey Coordinator, sign the Program Completion Verification of Elena Evans as Coach/);
    expect(sent).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'I confirm' }));
    expect(await within(signatures).findByText('Signed as Coach.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/signatures', body: { signer: 'coach' }, ifMatch: `"${current.version - 1}"` });
    expect(within(signatures).getAllByRole('definition')[1]).toHaveTextContent('Diego Rivera');
    expect(within(signatures).queryByRole('button', { name: /^Sign as/ })).not.toBeInTheDocument();
    expect(within(signatures).getByText(/Next to sign: District Representative/)).toBeInTheDocument();
  });

  it('offers no signature while the form’s `can.sign` is empty', async () => {
    open(() => completionForm());
    const signatures = await screen.findByRole('region', { name: 'Signatures' });
    expect(within(signatures).queryByRole('button')).not.toBeInTheDocument();
    expect(signatures).toHaveTextContent('The form is signed once both columns have confirmed all ten items.');
  });

  it('shows the growth on the ending reflection element by element to those who read reflections', async () => {
    open(() => completionForm());
    const growth = await screen.findByRole('region', { name: /^Growth on the reflection/ });
    expect(within(growth).getAllByRole('row')).toHaveLength(4);
    expect(within(growth).getByRole('row', { name: /^1A/ })).toHaveTextContent('1 Directed toward2 Approaches3 Meets+2');
  });

  it('leaves the growth table out when the form has no growth for the reader (the district representative)', async () => {
    open(() => completionForm({ growth: [], can: { confirm: 'district_representative', sign: null } }), undefined, 'district_representative');
    await itemCard('growth');
    expect(screen.queryByRole('region', { name: /^Growth on the reflection/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('prints the form with its boxes ticked as each column confirmed, and the signature lines', async () => {
    const both = confirmedByBoth(completionForm());
    const signatures = [{ signer: 'candidate' as const, by: both.candidate, at: '2027-05-03T17:00:00Z' }];
    open(() => ({ ...withItem(both, 'employer_letter', { coordinator: null }), signatures }), undefined, 'coordinator', 'completion/print');
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('img', { name: 'Confirmed' })).toHaveLength(19);
    const letter = within(table).getByRole('row', { name: new RegExp(`^${ITEM_LABELS.employer_letter}`) });
    expect(within(letter).getByRole('img', { name: 'Not confirmed' })).toBeInTheDocument();
    const lines = screen.getByRole('region', { name: 'Signatures' });
    expect(lines).toHaveTextContent('Candidate signature (Elena Evans)');
    expect(lines).toHaveTextContent(/Signed electronically by Elena Evans at/);
    expect(lines).toHaveTextContent('Coach signature (Diego Rivera)');
    expect(lines).toHaveTextContent('Not signed electronically yet');
  });
});
