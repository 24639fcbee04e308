import { api } from '../../api';
import { ApiError } from '../../api/problem';

export interface UploadRequest {
  method: 'POST';
  /** The API path, e.g. `/api/enrollments/…/documents`. */
  path: string;
  form: FormData;
  headers?: Record<string, string>;
  /** Called with the share sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
}

interface XhrAnswer {
  status: number;
  statusText: string;
  text: string;
}

function send({ method, path, form, headers, onProgress }: UploadRequest, token: string | undefined): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, statusText: xhr.statusText, text: xhr.responseText });
    // Same message as a failed fetch: the form shows "The server could not be reached".
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.onabort = () => reject(new TypeError('Upload cancelled'));
    xhr.send(form);
  });
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Sends a multipart form with XMLHttpRequest, which (unlike fetch) reports upload progress. Like
 * the API client, it carries the session's access token and, on a 401, refreshes it once and
 * sends again. Resolves with the JSON answer; a refusal is an ApiError with the problem body.
 */
export async function uploadForm<T>(request: UploadRequest): Promise<T> {
  let answer = await send(request, api.store.get()?.access_token);
  if (answer.status === 401 && (await api.refresh())) {
    request.onProgress?.(0);
    answer = await send(request, api.store.get()?.access_token);
  }
  const body = parse(answer.text);
  if (answer.status < 200 || answer.status >= 300) {
    throw ApiError.from(new Response(null, { status: answer.status, statusText: answer.statusText }), body);
  }
  return body as T;
}
