/** Stable error codes of the API; each maps to one HTTP status. */
export const errorStatus = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RULE_VIOLATION: 422,
  IMPORT_INVALID: 422,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, opts: { message: string; details?: unknown }) {
    super(opts.message);
    this.code = code;
    this.details = opts.details ?? null;
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', { message: `${what}不存在` });
export const forbidden = (message = '没有执行此操作的权限') => new AppError('FORBIDDEN', { message });
