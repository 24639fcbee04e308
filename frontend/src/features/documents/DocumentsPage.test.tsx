import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { EnrollmentDocuments } from './DocumentsPage';
import { ENROLLMENT_ID, document, enrollment, rivera, version } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStore.set(null);
});

const notFound = () => jsonResponse(404, { title: 'Not Found', status: 404 });

function renderPage() {
  return renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/documents" element={<EnrollmentDocuments />} />
    </Routes>,
    undefined,
    `/enrollments/${ENROLLMENT_ID}/documents`,
  );
}

const fact = (scope: HTMLElement, term: string) => within(scope).getByText(term, { selector: 'dt' }).nextElementSibling;

const sheet = document({
  current: version(2, { uploaded_by: rivera, size_bytes: 20_480 }),
  versions: [version(2, { uploaded_by: rivera, size_bytes: 20_480 }), version(1)],
  version: 2,
});
const agenda = document({ id: 'doc-2', kind: 'pl_agenda', title: 'Leading learning', minutes: null, activity_date: '2026-10-02' });
const letter = document({
  id: 'doc-3',
  kind: 'employment_verification',
  title: 'Employment 2026',
  minutes: null,
  activity_date: '2026-07-15',
  can: { replace: false, delete: false },
});

describe('the e-portfolio', () => {
  it('lists the documents by type, with their versions, and filters by type', async () => {
    serve((_m, path) => {
      if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
      if (path === `/api/enrollments/${ENROLLMENT_ID}/documents`) return jsonResponse(200, [letter, agenda, sheet]);
      return notFound();
    });
    const user = userEvent.setup();
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'E-portfolio of Sofia Alvarez' })).toBeInTheDocument();
    await screen.findByRole('article', { name: 'Equity in education' });
    // The documents' sections, after the table of contents and the annual review.
    const sections = screen.getAllByRole('region').filter((s) => within(s).queryByRole('article'));
    expect(sections.map((s) => within(s).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'PL agenda',
      'PL sign-in sheet',
      'Employment verification letter',
    ]);

    const card = screen.getByRole('article', { name: 'Equity in education' });
    expect(fact(card, 'Type')).toHaveTextContent('PL sign-in sheet');
    expect(fact(card, 'Activity date')).toHaveTextContent('Sep 24, 2026');
    expect(fact(card, 'PL hours')).toHaveTextContent('3 h 00 min');
    expect(fact(card, 'Version')).toHaveTextContent('Version 2 · 20 KB');
    expect(fact(card, 'Uploaded')).toHaveTextContent(/^Diego Rivera, /);
    expect(within(card).getByText('Earlier versions (1)')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /^Upload a new version/ })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Delete Equity in education' })).toBeInTheDocument();

    const letterCard = screen.getByRole('article', { name: 'Employment 2026' });
    expect(within(letterCard).queryByText('PL hours')).not.toBeInTheDocument();
    expect(within(letterCard).queryByRole('button', { name: /^Upload a new version/ })).not.toBeInTheDocument();
    expect(within(letterCard).queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Type'), 'pl_agenda');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(['doc-doc-2']);
  });

  it('downloads the PDF with the session’s token, under the server’s name', async () => {
    const requests: Request[] = [];
    serve((_m, path, req) => {
      if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
      if (path === `/api/enrollments/${ENROLLMENT_ID}/documents`) return jsonResponse(200, [sheet]);
      if (path === `/api/documents/${sheet.id}/file`) {
        requests.push(req);
        return new Response('%PDF-1.4', {
          status: 200,
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': 'attachment; filename="2026-09-24.Equity in education.PL sign-in sheet.pdf"',
          },
        });
      }
      return notFound();
    });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pdf');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderPage();

    const card = await screen.findByRole('article', { name: 'Equity in education' });
    await user.click(within(card).getByRole('button', { name: /^Download ?Equity in education$/ }));
    await waitFor(() => expect(saved).toEqual(['2026-09-24.Equity in education.PL sign-in sheet.pdf']));
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    expect(new URL(requests[0]!.url).search).toBe('');

    await user.click(within(card).getByText('Earlier versions (1)'));
    await user.click(within(card).getByRole('button', { name: /^Download ?version 1$/ }));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(new URL(requests[1]!.url).searchParams.get('version')).toBe('1');
  });

  it('previews the PDF in the browser’s viewer', async () => {
    serve((_m, path) => {
      if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
      if (path === `/api/enrollments/${ENROLLMENT_ID}/documents`) return jsonResponse(200, [sheet]);
      if (path === `/api/documents/${sheet.id}/file`) return new Response('%PDF-1.4', { status: 200 });
      return notFound();
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:preview');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderPage();

    const card = await screen.findByRole('article', { name: 'Equity in education' });
    await user.click(within(card).getByRole('button', { name: /^Preview/ }));
    expect(await within(card).findByTitle('Preview of Equity in education')).toHaveAttribute('src', 'blob:preview');
    expect(within(card).getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute('href', 'blob:preview');
    await user.click(within(card).getByRole('button', { name: 'Close preview' }));
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:preview'));
  });

  it('deletes a document with the version it was read at', async () => {
    const deletes: Request[] = [];
    let list = [sheet, agenda];
    serve((method, path, req) => {
      if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
      if (path === `/api/enrollments/${ENROLLMENT_ID}/documents`) return jsonResponse(200, list);
      if (method === 'DELETE' && path === `/api/documents/${sheet.id}`) {
        deletes.push(req);
        list = [agenda];
        return new Response(null, { status: 204 });
      }
      return notFound();
    });
    const user = userEvent.setup();
    renderPage();

    const card = await screen.findByRole('article', { name: 'Equity in education' });
    await user.click(within(card).getByRole('button', { name: 'Delete Equity in education' }));
    await user.click(within(card).getByRole('button', { name: 'Delete document' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Equity in education' })).not.toBeInTheDocument());
    expect(deletes[0]!.headers.get('If-Match')).toBe('"2"');
  });

  it('offers the upload to those who may upload only', async () => {
    serve((_m, path) => {
      if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment({ upload_document: false, read_records: false }));
      if (path === `/api/enrollments/${ENROLLMENT_ID}/documents`) return jsonResponse(200, []);
      return notFound();
    });
    renderPage();
    expect(await screen.findByText('No documents yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload a document' })).not.toBeInTheDocument();
  });
});
