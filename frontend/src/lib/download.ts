function filenameOf(disposition: string | null): string | null {
  const m = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/**
 * Saves a file the API answered with, under the name its Content-Disposition gives. Files are
 * fetched with the session's token and saved from here, since a plain link would not carry it.
 */
export function saveDownload(data: Blob, response: Response, fallbackName: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
