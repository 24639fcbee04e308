import { ApiError } from '../api/problem';

function filenameOf(disposition: string | null): string | null {
  const m = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Saves a file under `name`, from the data the app already holds. */
export function saveBlob(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves a file the API answered with, under the name its Content-Disposition gives. Files are
 * fetched with the session's token and saved from here, since a plain link would not carry it.
 */
export function saveDownload(data: Blob, response: Response, fallbackName: string): void {
  saveBlob(data, filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName);
}

/**
 * Saves the file an API call answered with (asked with `parseAs: 'blob'`), under the name its
 * Content-Disposition gives; throws the call's problem when it failed.
 */
export async function saveFileAnswer(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  const { data, error, response } = await call;
  if (!response.ok || !data) throw ApiError.from(response, error);
  saveDownload(data as Blob, response, fallbackName);
}

/** A title as a file name: no characters file systems refuse, e.g. "Cohort Meeting 9/24" → "Cohort Meeting 9-24". */
export function fileNameOf(title: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim().replace(/^\.+/, '');
  return `${base || 'download'}.${extension}`;
}
