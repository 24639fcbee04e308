import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import type { Reflection } from '../../api/types';
import { appContext, appContextAs, coordinator, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { ReflectionPage } from './ReflectionPage';
import { REFLECTION_ID, STANDARDS, reflection } from './testData';

const chen = appContextAs('candidate', { ...coordinator, id: 'id-chen', username: 'chen', display_name: 'chen' });

/** Serves one reflection; a PATCH stores the elements sent, a submission answers `refusal`. */
function serveReflection(stored: Reflection, refusal: unknown) {
  const patches: unknown[] = [];
  serve(async (method, path, req) => {
    if (path === '/api/standards') return jsonResponse(200, STANDARDS);
    if (path === `/api/reflections/${REFLECTION_ID}/submit`) return jsonResponse(422, refusal);
    if (path === `/api/reflections/${REFLECTION_ID}` && method === 'PATCH') {
      const body = (await req.json()) as { entries: Reflection['entries'] };
      patches.push(body);
      stored = { ...stored, entries: { ...stored.entries, ...body.entries }, version: stored.version + 1 };
      return jsonResponse(200, stored);
    }
    if (path === `/api/reflections/${REFLECTION_ID}`) return jsonResponse(200, stored);
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  return patches;
}

function renderPage(ctx = chen) {
  return renderWithApp(
    <Routes>
      <Route path="/reflections/:id" element={<ReflectionPage />} />
    </Routes>,
    ctx,
    `/reflections/${REFLECTION_ID}`,
  );
}

const element = (code: string) => screen.getByRole('region', { name: new RegExp(`^${code} `) });

beforeEach(signInAsCoordinator);

afterEach(() => {
  sessionStore.set(null);
  sessionStorage.clear();
});

describe('the reflection form', () => {
  it('saves what was chosen, then names every element a refused submission lists, beside each one', async () => {
    const patches = serveReflection(reflection(), {
      title: 'Validation failed',
      status: 422,
      errors: [
        { field: 'entries.2A.rating', message: 'rate this element (n/a or 0–4)' },
        { field: 'entries.2B.evidence', message: 'describe the evidence for this rating' },
      ],
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(within(await screen.findByRole('region', { name: /^1B / })).getByRole('radio', { name: 'N/A Not applicable' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const alert = await screen.findByText(/^Not submitted: 2 elements are not complete yet/);
    const list = within(alert.closest('[role="alert"]') as HTMLElement);
    expect(list.getByRole('link', { name: '2A Professional Learning Culture' })).toHaveAttribute('href', '#element-2A');
    expect(list.getByRole('link', { name: '2B Curriculum and Instruction' })).toHaveAttribute('href', '#element-2B');
    expect(patches).toEqual([{ entries: { '1B': { rating: 'n/a', evidence: '', next_steps: '' } } }]);

    const evidence2B = within(element('2B')).getByLabelText('Evidence');
    expect(evidence2B).toHaveAttribute('aria-invalid', 'true');
    expect(evidence2B).toHaveAccessibleDescription(/describe the evidence for this rating/);
    expect(within(element('2A')).getByRole('radio', { name: '3 Meets' })).toHaveAccessibleDescription('rate this element (n/a or 0–4)');
    expect(within(element('1A')).getByLabelText('Evidence')).not.toHaveAttribute('aria-invalid');

    // Writing the evidence takes 2B's message away; 2A's stays.
    await user.type(evidence2B, 'PLC walk-throughs');
    expect(evidence2B).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(/^Not submitted: 1 element is not complete yet/)).toBeInTheDocument();
  });

  it('shows the Descriptions of Practice beside the rating, marking the placement chosen', async () => {
    serveReflection(reflection(), {});
    renderPage();
    const levels = within(await screen.findByRole('group', { name: 'Descriptions of Practice for 1A' }));
    expect(levels.getByRole('heading', { name: '2 Approaches (your placement)' })).toBeInTheDocument();
    expect(levels.getByText('Shapes the vision with staff.')).toBeInTheDocument();
    expect(screen.getByText('1 of 19 elements complete (5%) · 1 at “meets” or above')).toBeInTheDocument();
  });

  it('reads as a sheet once submitted; a coordinator is offered Reopen, not the form', async () => {
    serveReflection(reflection({ status: 'submitted', submitted_at: '2026-11-21T10:00:00Z', can: { edit: false, submit: false, reopen: true } }), {});
    renderPage(appContext());
    expect(await screen.findByRole('heading', { name: /^Interim reflection/ })).toHaveTextContent('Submitted');
    await waitFor(() => expect(screen.getByRole('region', { name: '1A Student-Centered Vision' })).toHaveTextContent('2 Approaches'));
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit' })).not.toBeInTheDocument();
    expect(screen.getByText('Reopen for chen…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
  });
});
