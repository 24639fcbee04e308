import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, sessionStore } from '../../api';
import { ApiError } from '../../api/problem';
import { signInAsCoordinator } from '../../test/render';
import { uploadForm } from './upload';

/** A stand-in for XMLHttpRequest that answers each send with the next of `answers`. */
function fakeXhr(answers: { status: number; body: string }[]) {
  const sent: { method: string; url: string; headers: Record<string, string>; body: unknown }[] = [];
  class FakeXhr {
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    status = 0;
    statusText = '';
    responseText = '';
    private request = { method: '', url: '', headers: {} as Record<string, string>, body: undefined as unknown };
    open(method: string, url: string) {
      this.request.method = method;
      this.request.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }
    send(body: unknown) {
      this.request.body = body;
      sent.push(this.request);
      const answer = answers.shift();
      setTimeout(() => {
        if (!answer) {
          this.onerror?.();
          return;
        }
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
        this.status = answer.status;
        this.responseText = answer.body;
        this.onload?.();
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStore.set(null);
});

describe('uploadForm', () => {
  it('sends the form with the session’s token and reports progress', async () => {
    const sent = fakeXhr([{ status: 201, body: '{"id":"doc-1"}' }]);
    const progress: number[] = [];
    const form = new FormData();
    form.append('kind', 'other');
    const doc = await uploadForm<{ id: string }>({
      method: 'POST',
      path: '/api/enrollments/e1/documents',
      form,
      headers: { 'If-Match': '"2"' },
      onProgress: (p) => progress.push(p),
    });
    expect(doc).toEqual({ id: 'doc-1' });
    expect(progress).toEqual([0.5, 1]);
    expect(sent[0]!.headers).toMatchObject({ Authorization: 'Bearer access-1', 'If-Match': '"2"' });
    expect(sent[0]!.body).toBe(form);
  });

  it('refreshes the token once on a 401 and sends again', async () => {
    const sent = fakeXhr([
      { status: 401, body: '' },
      { status: 201, body: '{"id":"doc-1"}' },
    ]);
    vi.spyOn(api, 'refresh').mockImplementation(async () => {
      sessionStore.set({ ...sessionStore.get()!, access_token: 'access-2' });
      return true;
    });
    await uploadForm({ method: 'POST', path: '/x', form: new FormData() });
    expect(sent.map((s) => s.headers.Authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('throws the problem the server answered with', async () => {
    fakeXhr([{ status: 422, body: JSON.stringify({ status: 422, errors: [{ field: 'file', message: 'Not a PDF.' }] }) }]);
    const err = await uploadForm({ method: 'POST', path: '/x', form: new FormData() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(422);
    expect((err as ApiError).problem.errors).toEqual([{ field: 'file', message: 'Not a PDF.' }]);
  });

  it('fails as a network error when the server cannot be reached', async () => {
    fakeXhr([]);
    await expect(uploadForm({ method: 'POST', path: '/x', form: new FormData() })).rejects.toBeInstanceOf(TypeError);
  });
});
