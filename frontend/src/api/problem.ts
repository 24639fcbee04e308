/**
 * RFC 9457 problem details, as every failing API call answers, and their mapping onto forms.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string | null;
  errors?: FieldProblem[] | null;
}

export const CONFLICT_MESSAGE = 'Someone else changed this record; reload to see their changes';
export const NETWORK_MESSAGE = 'The server could not be reached. Check your connection and try again.';

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An HTTP failure from the API, carrying the problem body when there was one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Build from a response and whatever its body parsed to (JSON object, text or nothing). */
  static from(response: Response, body: unknown): ApiError {
    if (isProblem(body)) {
      return new ApiError(response.status, { status: response.status, ...body });
    }
    const text = typeof body === 'string' && body.trim() ? body.trim() : undefined;
    return new ApiError(response.status, {
      status: response.status,
      title: response.statusText || undefined,
      detail: text && text.length < 300 ? text : undefined,
    });
  }

  /** A stale If-Match: the record changed since the client read it. */
  get isConflict(): boolean {
    return this.status === 412;
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

/**
 * Field errors keyed by field name (request body names, nested ones dotted,
 * e.g. `settings.monthly_coaching_minutes`). Several messages for one field are joined.
 */
export function fieldErrors(problem: Problem | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    if (!e || typeof e.field !== 'string' || typeof e.message !== 'string') continue;
    const field = normaliseField(e.field);
    out[field] = out[field] ? `${out[field]} ${e.message}` : e.message;
  }
  return out;
}

/** `settings/monthly_coaching_minutes`, `/settings/x` and `settings[x]` all become `settings.x`. */
export function normaliseField(field: string): string {
  return field
    .replace(/^[/$.]+/, '')
    .replace(/\[(\w+)\]/g, '.$1')
    .replace(/\//g, '.');
}

export interface FormProblem {
  /** Messages to show beside the fields the form has. */
  fields: Record<string, string>;
  /** Messages to show at the top of the form: the detail, and errors for fields the form lacks. */
  general: string[];
  /** The write was refused because the record changed meanwhile (412). */
  conflict: boolean;
}

/**
 * Split an error into what goes beside each known field and what goes at the top of the form:
 * field errors beside their fields, the detail on top when there are no field errors.
 * `knownFields` are the names of the inputs the form renders; a field error for any other name is
 * shown at the top, so nothing the server says is lost. Without `knownFields` every field error
 * is kept as a field error.
 */
export function formProblem(err: unknown, knownFields?: readonly string[]): FormProblem {
  if (!isApiError(err)) {
    const message = err instanceof TypeError ? NETWORK_MESSAGE : err instanceof Error ? err.message : String(err);
    return { fields: {}, general: [message], conflict: false };
  }
  if (err.isConflict) {
    return { fields: {}, general: [CONFLICT_MESSAGE], conflict: true };
  }
  const all = fieldErrors(err.problem);
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const [field, message] of Object.entries(all)) {
    if (!knownFields || knownFields.includes(field)) fields[field] = message;
    else general.push(`${humanise(field)}: ${message}`);
  }
  // The detail of a validation problem only restates its field errors; it goes on top when
  // there are none.
  if (Object.keys(all).length === 0) {
    general.push(err.problem.detail || err.problem.title || err.message);
  }
  return { fields, general, conflict: false };
}

function humanise(field: string): string {
  const last = field.split('.').pop() ?? field;
  const words = last.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One line describing any error, for places without a form. */
export function errorMessage(err: unknown): string {
  const p = formProblem(err);
  return [...p.general, ...Object.values(p.fields)].join(' ');
}
