/** The API's one error shape: `{ error: { code, message, details, requestId } }`. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  readonly requestId: string | null;
  constructor(opts: {
    code: string;
    status: number;
    message: string;
    details?: unknown;
    requestId?: string | null;
  }) {
    super(opts.message);
    this.name = 'ApiError';
    this.code = opts.code;
    this.status = opts.status;
    this.details = opts.details ?? null;
    this.requestId = opts.requestId ?? null;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** Field errors from a VALIDATION_FAILED answer, keyed by the last path segment. */
export const fieldErrors = (e: unknown): Record<string, string> => {
  if (!isApiError(e) || !Array.isArray(e.details)) return {};
  const out: Record<string, string> = {};
  for (const d of e.details as { field?: string; message?: string }[]) {
    const field = d.field?.split('.').pop();
    if (field && !out[field]) out[field] = d.message ?? e.message;
  }
  return out;
};

let csrfToken: string | null = null;

/** Kept from /api/auth/me and sign-in; sent as x-csrf-token on every write. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

const toApiError = async (res: Response): Promise<ApiError> => {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as {
      error?: { code?: string; message?: string; details?: unknown; requestId?: string };
    };
    if (body.error?.code)
      return new ApiError({
        code: body.error.code,
        status: res.status,
        message: body.error.message ?? '请求失败',
        details: body.error.details,
        requestId: body.error.requestId ?? null,
      });
  } catch {
    // Not our JSON (a proxy page, say): fall through.
  }
  return new ApiError({
    code: res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    status: res.status,
    message: `请求失败（${res.status}）`,
  });
};

const ensureCsrf = async () => {
  if (csrfToken) return csrfToken;
  const res = await fetch('/api/auth/me', { credentials: 'same-origin' });
  if (res.ok) csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
  return csrfToken;
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export const withQuery = (path: string, params?: QueryParams) => {
  if (!params) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
};

const request = async <T>(
  method: Method,
  path: string,
  opts: { body?: unknown; signal?: AbortSignal } = {},
): Promise<T> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  const isWrite = method !== 'GET';
  if (isWrite && !path.startsWith('/api/auth/sign-in')) {
    const token = await ensureCsrf();
    if (token) headers['x-csrf-token'] = token;
  }
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, signal: opts.signal, credentials: 'same-origin' });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError({ code: 'NETWORK', status: 0, message: '无法连接服务器，请检查网络' });
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (err.code === 'CSRF_FAILED') csrfToken = null;
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? res.json() : res.text()) as Promise<T>;
};

export const api = {
  get: <T>(path: string, params?: QueryParams, signal?: AbortSignal) =>
    request<T>('GET', withQuery(path, params), { signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body: body ?? {} }),
  del: <T>(path: string) => request<T>('DELETE', path),

  /** Multipart upload through XHR, which (unlike fetch) reports upload progress. */
  upload: async <T>(path: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> => {
    const token = await ensureCsrf();
    return new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.setRequestHeader('accept', 'application/json');
      if (token) xhr.setRequestHeader('x-csrf-token', token);
      xhr.upload.onprogress = (ev) => {
        if (ev.lengthComputable && onProgress) onProgress(Math.round((ev.loaded / ev.total) * 100));
      };
      xhr.onerror = () =>
        reject(new ApiError({ code: 'NETWORK', status: 0, message: '上传失败，请检查网络' }));
      xhr.onload = () => {
        const res = new Response(xhr.responseText, {
          status: xhr.status,
          headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' },
        });
        if (xhr.status >= 200 && xhr.status < 300) resolve(res.json() as Promise<T>);
        else void toApiError(res).then(reject);
      };
      xhr.send(form);
    });
  },

  /** Downloads a file (template, export) keeping the server's file name. */
  download: async (path: string, fallbackName: string) => {
    const res = await fetch(path, { credentials: 'same-origin' });
    if (!res.ok) throw await toApiError(res);
    const disposition = res.headers.get('content-disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    const name = star ? decodeURIComponent(star) : (plain ?? fallbackName);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
