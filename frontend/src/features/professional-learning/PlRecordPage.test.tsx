import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { ProfessionalLearning } from '../../api/types';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { ENROLLMENT_ID, document, enrollment } from '../documents/testData';
import { uploadForm, type UploadRequest } from '../documents/upload';
import { PlRecordPage } from './PlRecordPage';
import { PL_ID, casey, pl } from './testData';

vi.mock('../documents/upload', () => ({ uploadForm: vi.fn() }));
const upload = vi.mocked(uploadForm);

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  upload.mockReset();
  sessionStore.set(null);
});

/** The page of the record, served from `current()`; `decision` answers a decision. */
function open(current: () => ProfessionalLearning, decision?: (body: unknown, ifMatch: string | null) => Response) {
  serve(async (method, path, req) => {
    if (path === `/api/professional-learning/${PL_ID}` && method === 'GET') return jsonResponse(200, current());
    if (path === `/api/professional-learning/${PL_ID}/decision` && decision) return decision(await req.json(), req.headers.get('If-Match'));
    if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
    if (path.endsWith('/ilps') || path.endsWith('/documents') || path === '/api/standards') return jsonResponse(200, []);
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  renderWithApp(
    <Routes>
      <Route path="/professional-learning/:id" element={<PlRecordPage />} />
    </Routes>,
    undefined,
    `/professional-learning/${PL_ID}`,
  );
  return userEvent.setup();
}

const submitted = (overrides: Partial<ProfessionalLearning> = {}) =>
  pl({ status: 'submitted', version: 2, can: { edit: false, submit: false, decide: true }, ...overrides });

describe('deciding on an alternative PL', () => {
  it('needs a reason, and says what stops an approval (a PDF missing) on top', async () => {
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    const user = open(
      () => submitted(),
      (body, ifMatch) => {
        sent.push({ body, ifMatch });
        return (body as { reason: string }).reason
          ? jsonResponse(422, { status: 422, title: 'Invalid input', errors: [{ field: 'documents', message: 'attach the PL agenda before approving' }] })
          : jsonResponse(422, { status: 422, title: 'Invalid input', errors: [{ field: 'reason', message: 'give the reason for the decision' }] });
      },
    );
    const form = await screen.findByRole('form', { name: 'Decision on Equity in education' });
    await user.click(within(form).getByRole('button', { name: /^Approve/ }));
    const reason = within(form).getByLabelText(/^Reason for the decision/);
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('give the reason for the decision'));

    await user.type(reason, 'Looks complete');
    await user.click(within(form).getByRole('button', { name: /^Approve/ }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Documents: attach the PL agenda before approving');
    expect(sent.map((s) => s.ifMatch)).toEqual(['"2"', '"2"']);
    expect(sent[1]!.body).toEqual({ decision: 'approved', reason: 'Looks complete' });
  });

  it('shows the record as it is now when someone else decided meanwhile (412)', async () => {
    const decided = submitted({
      status: 'denied',
      version: 3,
      decided_by: casey,
      decided_at: '2026-11-20T17:00:00Z',
      decision_reason: 'The sign-in sheet is of another day.',
      can: { edit: false, submit: false, decide: false },
    });
    const user = open(
      () => submitted(),
      () => jsonResponse(412, { status: 412, title: 'The record changed since you read it', current: decided }),
    );
    const form = await screen.findByRole('form', { name: 'Decision on Equity in education' });
    await user.type(within(form).getByLabelText(/^Reason for the decision/), 'All three documents are here.');
    await user.click(within(form).getByRole('button', { name: /^Approve/ }));
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Denied by Casey Coordinator');
    expect(note).toHaveTextContent('Reason: The sign-in sheet is of another day.');
    expect(screen.queryByRole('form', { name: 'Decision on Equity in education' })).not.toBeInTheDocument();
  });
});

describe('the PL’s three PDFs', () => {
  it('uploads a missing one into its slot, attached to the PL, with progress; the record read again shows it', async () => {
    let record = pl({ status: 'submitted', version: 2, can: { edit: false, submit: false, decide: false } });
    let finish: () => void = () => undefined;
    upload.mockImplementation((req: UploadRequest) => {
      req.onProgress?.(0.5);
      return new Promise((resolve) => {
        finish = () => {
          record = {
            ...record,
            documents: [{ id: 'doc-1', kind: 'pl_agenda', title: record.title, file_name: '2026-11-14.Equity in education.PL agenda.pdf' }],
            missing_documents: ['pl_reflection', 'pl_sign_in_sheet'],
          };
          resolve(document({ kind: 'pl_agenda', minutes: null, professional_learning_id: PL_ID }));
        };
      });
    });
    const user = open(() => record);
    const slot = await screen.findByRole('region', { name: /^Agenda/ });
    expect(slot).toHaveTextContent('Missing');
    await user.upload(await within(slot).findByLabelText(/^Agenda \(PDF\)/), new File(['%PDF-1.4'], 'agenda.pdf', { type: 'application/pdf' }));
    await user.click(within(slot).getByRole('button', { name: 'Upload Agenda' }));

    expect(await within(slot).findByText('Uploading… 50%')).toBeInTheDocument();
    const req = upload.mock.calls[0]![0];
    expect(req.path).toBe(`/api/enrollments/${ENROLLMENT_ID}/documents`);
    expect([...req.form.keys()]).toEqual(['kind', 'title', 'activity_date', 'professional_learning_id', 'file']);
    expect(req.form.get('kind')).toBe('pl_agenda');
    expect(req.form.get('professional_learning_id')).toBe(PL_ID);

    finish();
    expect(await within(slot).findByRole('link', { name: '2026-11-14.Equity in education.PL agenda.pdf' })).toBeInTheDocument();
    expect(slot).toHaveTextContent('Attached');
    expect(screen.getByText(/^Missing: PL reflection form, Sign-in sheet/)).toBeInTheDocument();
  });
});
