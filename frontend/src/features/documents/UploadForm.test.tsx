import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { ApiError } from '../../api/problem';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { EnrollmentDocuments } from './DocumentsPage';
import { ENROLLMENT_ID, document, enrollment } from './testData';
import { uploadForm, type UploadRequest } from './upload';

vi.mock('./upload', () => ({ uploadForm: vi.fn() }));
const upload = vi.mocked(uploadForm);

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  upload.mockReset();
  sessionStore.set(null);
});

const pdf = () => new File(['%PDF-1.4 test'], 'sheet.pdf', { type: 'application/pdf' });

async function openForm() {
  let list = [] as ReturnType<typeof document>[];
  serve((_m, path) => {
    if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
    if (path === `/api/enrollments/${ENROLLMENT_ID}/documents`) return jsonResponse(200, list);
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  const user = userEvent.setup();
  renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/documents" element={<EnrollmentDocuments />} />
    </Routes>,
    undefined,
    `/enrollments/${ENROLLMENT_ID}/documents`,
  );
  await user.click(await screen.findByRole('button', { name: 'Upload a document' }));
  const form = screen.getByRole('region', { name: 'Upload a document' });
  return { user, form, setList: (l: typeof list) => (list = l) };
}

describe('uploading a document', () => {
  it('sends the fields in the contract’s order with the file last, shows progress, and lists the new document', async () => {
    const { user, form, setList } = await openForm();
    let finish: (doc: ReturnType<typeof document>) => void = () => undefined;
    upload.mockImplementation((req: UploadRequest) => {
      req.onProgress?.(0.42);
      return new Promise((resolve) => (finish = resolve as typeof finish));
    });

    await user.selectOptions(within(form).getByLabelText(/^Type/), 'pl_sign_in_sheet');
    await user.type(within(form).getByLabelText(/^Title/), 'Equity in education');
    await user.clear(within(form).getByLabelText(/^Activity date/));
    await user.type(within(form).getByLabelText(/^Activity date/), '2026-09-24');
    await user.selectOptions(within(form).getByLabelText(/^PL hours/), '180');
    expect(within(form).queryByLabelText(/^Coaching log/)).not.toBeInTheDocument();
    await user.upload(within(form).getByLabelText(/^PDF file/), pdf());
    expect(within(form).getByText('sheet.pdf')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Upload' }));

    expect(await within(form).findByText('Uploading… 42%')).toBeInTheDocument();
    expect(within(form).getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute('value', '42');
    const req = upload.mock.calls[0]![0];
    expect(req.method).toBe('POST');
    expect(req.path).toBe(`/api/enrollments/${ENROLLMENT_ID}/documents`);
    expect([...req.form.keys()]).toEqual(['kind', 'title', 'activity_date', 'minutes', 'file']);
    expect(req.form.get('minutes')).toBe('180');
    expect((req.form.get('file') as File).name).toBe('sheet.pdf');

    setList([document()]);
    finish(document());
    expect(await screen.findByText('“Equity in education” is in the e-portfolio.')).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Equity in education' })).toBeInTheDocument();
    expect(within(form).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(form).getByLabelText(/^Title/)).toHaveValue('');
  });

  it('shows the server’s messages beside their fields, the file’s beside the drop zone', async () => {
    const { user, form } = await openForm();
    upload.mockRejectedValue(
      new ApiError(422, {
        status: 422,
        title: 'Unprocessable Entity',
        errors: [
          { field: 'file', message: 'The file is not a PDF.' },
          { field: 'title', message: 'Give the activity’s name.' },
        ],
      }),
    );
    await user.selectOptions(within(form).getByLabelText(/^Type/), 'other');
    await user.upload(within(form).getByLabelText(/^PDF file/), pdf());
    await user.click(within(form).getByRole('button', { name: 'Upload' }));

    const file = within(form).getByLabelText(/^PDF file/);
    await waitFor(() => expect(file).toHaveAttribute('aria-invalid', 'true'));
    expect(file).toHaveAccessibleDescription(/The file is not a PDF\./);
    expect(within(form).getByLabelText(/^Title/)).toHaveAccessibleDescription(/Give the activity’s name\./);
    // Minutes are sent only for PL documents.
    expect([...upload.mock.calls[0]![0].form.keys()]).toEqual(['kind', 'title', 'activity_date', 'file']);
  });

  it('shows the size limit the server names', async () => {
    const { user, form } = await openForm();
    upload.mockRejectedValue(
      new ApiError(413, { status: 413, errors: [{ field: 'file', message: 'The file is larger than 20 MB.' }] }),
    );
    await user.selectOptions(within(form).getByLabelText(/^Type/), 'other');
    await user.upload(within(form).getByLabelText(/^PDF file/), pdf());
    await user.click(within(form).getByRole('button', { name: 'Upload' }));
    expect(await within(form).findByText('The file is larger than 20 MB.')).toBeInTheDocument();
  });

  it('warns of a dropped file that does not look like a PDF, and lets the server judge it', async () => {
    const { form } = await openForm();
    const zone = within(form).getByTestId('drop-file');
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] } });
    expect(within(form).getByText(/does not look like a PDF/)).toBeInTheDocument();
  });

  it('asks for a file before sending', async () => {
    const { user, form } = await openForm();
    await user.click(within(form).getByRole('button', { name: 'Upload' }));
    expect(within(form).getByText('Choose the PDF to upload.')).toBeInTheDocument();
    expect(upload).not.toHaveBeenCalled();
  });

  it('takes a PDF dropped on the drop zone', async () => {
    const { user, form } = await openForm();
    upload.mockResolvedValue(document());
    const zone = within(form).getByTestId('drop-file');
    const dropped = pdf();
    fireEvent.dragOver(zone, { dataTransfer: { files: [dropped], dropEffect: 'none' } });
    expect(zone).toHaveClass('is-over');
    fireEvent.drop(zone, { dataTransfer: { files: [dropped] } });
    expect(zone).not.toHaveClass('is-over');
    expect(within(form).getByText('sheet.pdf')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText(/^Type/), 'other');
    await user.click(within(form).getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(upload).toHaveBeenCalled());
    expect((upload.mock.calls[0]![0].form.get('file') as File).name).toBe('sheet.pdf');
  });
});

describe('a new version', () => {
  it('sends the file with the version it was read at', async () => {
    serve((_m, path) => {
      if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
      if (path === `/api/enrollments/${ENROLLMENT_ID}/documents`) return jsonResponse(200, [document({ version: 3 })]);
      return jsonResponse(404, { title: 'Not Found', status: 404 });
    });
    upload.mockRejectedValue(new ApiError(412, { status: 412, title: 'Precondition Failed' }));
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/enrollments/:id/documents" element={<EnrollmentDocuments />} />
      </Routes>,
      undefined,
      `/enrollments/${ENROLLMENT_ID}/documents`,
    );
    const card = await screen.findByRole('article', { name: 'Equity in education' });
    await user.click(within(card).getByRole('button', { name: /^Upload a new version/ }));
    await user.upload(within(card).getByLabelText(/^New version of/), pdf());
    await user.click(within(card).getByRole('button', { name: 'Upload version' }));
    expect(await within(card).findByText(/Someone else changed this record/)).toBeInTheDocument();
    const req = upload.mock.calls[0]![0];
    expect(req.path).toBe('/api/documents/doc-1/versions');
    expect(req.headers).toEqual({ 'If-Match': '"3"' });
    expect([...req.form.keys()]).toEqual(['file']);
  });
});
