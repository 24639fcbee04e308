import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { Audit } from './Audit';

beforeEach(() => {
  signInAsCoordinator();
  serve((_m, path) =>
    path.endsWith('/audit') ? jsonResponse(200, { items: [], page: 1, per_page: 50, total: 0 }) : jsonResponse(404, {}),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const KEPT = /entries about confidential records .* are not listed here/i;

describe('the audit log', () => {
  it('tells the installation administrator that the confidential records’ entries are kept from them', async () => {
    renderWithApp(<Audit />, appContextAs('administrator'));
    expect(await screen.findByText('Nothing recorded yet.')).toBeInTheDocument();
    expect(screen.getByText(KEPT)).toBeInTheDocument();
  });

  it('lists everything for the coordinator, with no such note', async () => {
    renderWithApp(<Audit />, appContextAs('coordinator'));
    expect(await screen.findByText('Nothing recorded yet.')).toBeInTheDocument();
    expect(screen.queryByText(KEPT)).not.toBeInTheDocument();
  });
});
