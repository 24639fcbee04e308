import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { CONFLICT_MESSAGE } from '../../api/problem';
import type { District, Program } from '../../api/types';
import { PROGRAM_ID, appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { DEFAULTS } from '../../test/settings';
import { Cohorts } from './Cohorts';
import { Districts } from './Districts';
import { ProgramSettings } from './ProgramSettings';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('validation errors beside their fields', () => {
  it('links a server field error to its input with aria-describedby', async () => {
    serve((method, path) => {
      if (method === 'GET' && path === `/api/programs/${PROGRAM_ID}/cohorts`) return jsonResponse(200, []);
      if (method === 'POST' && path === `/api/programs/${PROGRAM_ID}/cohorts`) {
        return jsonResponse(422, {
          type: 'https://coachfolio.example/problems/validation',
          title: 'Validation failed',
          status: 422,
          detail: 'The request has invalid fields.',
          errors: [{ field: 'label', message: 'Label must not be empty' }],
        });
      }
      return jsonResponse(404, { title: 'Not Found', status: 404 });
    });
    const user = userEvent.setup();
    renderWithApp(<Cohorts />);
    await user.type(await screen.findByLabelText(/start date/i), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    const label = screen.getByRole('textbox', { name: /label/i });
    await waitFor(() => expect(label).toHaveAttribute('aria-invalid', 'true'));
    expect(label).toHaveAccessibleDescription(/Label must not be empty/);
    // The field error is not repeated at the top of the form.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

const program: Program = {
  id: PROGRAM_ID,
  name: 'Demo County CASC',
  organisation: 'Demo County Office of Education',
  time_zone: 'America/Los_Angeles',
  framework: 'CPSEL',
  settings: DEFAULTS,
  version: 3,
  created_at: '2025-01-01T00:00:00Z',
  can: { edit: true },
};

/** Serves the program (as `served`) and the handbook's settings; PATCH answers `patch(body)`. */
function serveProgram(patch: (body: Program) => Response, served = program) {
  return serve(async (method, path, req) => {
    if (path === '/api/requirement-settings/defaults') return jsonResponse(200, DEFAULTS);
    if (path !== `/api/programs/${PROGRAM_ID}`) return jsonResponse(404, { title: 'Not Found', status: 404 });
    if (method === 'PATCH') return patch((await req.json()) as Program);
    return jsonResponse(200, served);
  });
}

describe('coaching log activities in the program settings', () => {
  it('saves an added activity, trimmed, after the handbook’s', async () => {
    let sent: Program | undefined;
    serveProgram((body) => {
      sent = body;
      return jsonResponse(200, { ...program, settings: body.settings, version: 4 });
    });
    const user = userEvent.setup();
    renderWithApp(<ProgramSettings />);
    await user.click(await screen.findByRole('button', { name: 'Add activity' }));
    await user.type(screen.getByRole('textbox', { name: 'Code 11' }), ' G ');
    await user.type(screen.getByRole('textbox', { name: 'Activity 11' }), 'Site visit');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(sent!.settings.activity_codes).toEqual([...DEFAULTS.activity_codes, { code: 'G', label: 'Site visit' }]);
  });

  it('shows a repeated code beside its row without asking the server', async () => {
    const fetch = serveProgram(() => jsonResponse(500, {}));
    const user = userEvent.setup();
    renderWithApp(<ProgramSettings />);
    const code = await screen.findByRole('textbox', { name: 'Code 6' });
    await user.clear(code);
    await user.type(code, 'A');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription('Code A is listed twice.');
    expect(screen.getByRole('textbox', { name: 'Activity 6' })).toHaveAccessibleDescription('Code A is listed twice.');
    expect(screen.getByRole('textbox', { name: 'Code 5' })).not.toHaveAttribute('aria-invalid');
    expect(fetch.mock.calls.map(([req]) => req.method)).toEqual(['GET']);
  });

  it('puts the server’s row errors beside the row and the list’s beside the list', async () => {
    serveProgram(() =>
      jsonResponse(422, {
        title: 'Validation failed',
        status: 422,
        errors: [
          { field: 'settings.activity_codes[1]', message: 'code 2 is listed twice' },
          { field: 'settings.activity_codes', message: 'name at least one activity' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ProgramSettings />);
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Code 2' })).toHaveAccessibleDescription('code 2 is listed twice'),
    );
    expect(screen.getByRole('group', { name: 'Coaching log activities' })).toHaveAccessibleDescription(
      'name at least one activity',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('restores the handbook’s list', async () => {
    serveProgram(() => jsonResponse(500, {}));
    const user = userEvent.setup();
    renderWithApp(<ProgramSettings />);
    await user.click(await screen.findByRole('button', { name: 'Remove activity 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove activity 1' }));
    expect(screen.getByRole('textbox', { name: 'Code 1' })).toHaveValue('3');
    await user.click(screen.getByRole('button', { name: 'Restore the handbook’s list' }));
    expect(screen.getAllByRole('textbox', { name: /^Code \d+$/ }).map((i) => (i as HTMLInputElement).value)).toEqual(
      DEFAULTS.activity_codes.map((a) => a.code),
    );
  });

  it('is read-only for those who cannot manage the program', async () => {
    serveProgram(() => jsonResponse(500, {}), { ...program, can: { edit: false } });
    renderWithApp(<ProgramSettings />, appContextAs('director'));
    expect(await screen.findByRole('textbox', { name: 'Code 1' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Add activity' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });
});

describe('meeting requirements in the program settings', () => {
  it('saves the numbers of meetings and the month the coaches’ school year starts', async () => {
    let sent: Program | undefined;
    serveProgram((body) => {
      sent = body;
      return jsonResponse(200, { ...program, settings: body.settings, version: 4 });
    });
    const user = userEvent.setup();
    renderWithApp(<ProgramSettings />);
    const meetings = within(await screen.findByRole('group', { name: 'Meetings' }));
    expect(meetings.getByRole('textbox', { name: /^Orientation meetings required/ })).toHaveValue('1');
    expect(meetings.getByRole('combobox', { name: /school year, starting in/ })).toHaveDisplayValue('July');
    const endOfYear = meetings.getByRole('textbox', { name: /^End-of-year meetings required per year/ });
    await user.clear(endOfYear);
    await user.type(endOfYear, '2');
    await user.clear(meetings.getByRole('textbox', { name: /^New coaches’ 2-day trainings required/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(meetings.getByRole('textbox', { name: /^New coaches’ 2-day trainings required/ })).toHaveAccessibleDescription(
      'Enter a whole number.',
    );
    await user.type(meetings.getByRole('textbox', { name: /^New coaches’ 2-day trainings required/ }), '0');
    await user.selectOptions(meetings.getByRole('combobox', { name: /school year, starting in/ }), 'August');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(sent!.settings).toEqual({
      ...DEFAULTS,
      end_of_year_meetings_required_per_year: 2,
      coach_trainings_required: 0,
      school_year_start_month: 8,
    });
  });
});

describe('stale writes (412)', () => {
  it('offers a reload that keeps what was typed, then saves with the new version', async () => {
    let current: District = {
      id: 'd1',
      program_id: PROGRAM_ID,
      name: 'Sierra Unified',
      county: 'Fresno',
      version: 1,
      can: { edit: true },
    };
    const patches: { ifMatch: string | null; body: unknown }[] = [];
    let serverChanged = false;
    serve(async (method, path, req) => {
      if (method === 'GET' && path === `/api/programs/${PROGRAM_ID}/districts`) return jsonResponse(200, [current]);
      if (method === 'PATCH' && path === '/api/districts/d1') {
        const body = await req.json();
        patches.push({ ifMatch: req.headers.get('If-Match'), body });
        if (!serverChanged) {
          // Someone else saved version 2 meanwhile.
          serverChanged = true;
          current = { ...current, county: 'Madera', version: 2 };
        }
        if (req.headers.get('If-Match') !== `"${current.version}"`) {
          return jsonResponse(412, { title: 'Precondition Failed', status: 412, detail: 'stale version' });
        }
        current = { ...current, ...(body as object), version: current.version + 1 };
        return jsonResponse(200, current);
      }
      return jsonResponse(404, { title: 'Not Found', status: 404 });
    });

    const user = userEvent.setup();
    renderWithApp(<Districts />);
    await user.click(await screen.findByRole('button', { name: /edit sierra unified/i }));
    const edit = within(screen.getByRole('region', { name: /edit sierra unified/i }));
    const name = edit.getByRole('textbox', { name: /district name/i });
    await user.clear(name);
    await user.type(name, 'Sierra Joint Unified');
    await user.click(screen.getByRole('button', { name: 'Save district' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(CONFLICT_MESSAGE);
    expect(patches[0]!.ifMatch).toBe('"1"');

    await user.click(edit.getByRole('button', { name: /reload/i }));
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Madera' })).toBeInTheDocument());
    // The typed name survived the reload.
    expect(edit.getByRole('textbox', { name: /district name/i })).toHaveValue('Sierra Joint Unified');

    await user.click(screen.getByRole('button', { name: 'Save district' }));
    await waitFor(() => expect(patches).toHaveLength(2));
    expect(patches[1]!.ifMatch).toBe('"2"');
    // The field the user did not touch took the other person's value.
    expect(patches[1]!.body).toEqual({ name: 'Sierra Joint Unified', county: 'Madera' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save district' })).not.toBeInTheDocument());
  });
});
