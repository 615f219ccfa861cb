import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, errorStatus } from '../errors.js';

type Body = { error: { code: ErrorCode; message: string; details: unknown; requestId: string } };

const fastifyCodes: Partial<Record<string, { code: ErrorCode; message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', message: '请求内容不是有效的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_JSON', message: '请求内容为空' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', message: '请求长度不正确' },
  FST_REQ_FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '文件过大' },
  FST_FILES_LIMIT: { code: 'PAYLOAD_TOO_LARGE', message: '文件数量过多' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: '请以 multipart/form-data 上传文件',
  },
};

const toAppError = (err: FastifyError): AppError => {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({
      field: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? '格式不正确',
    }));
    const first = details[0];
    return new AppError('VALIDATION_FAILED', {
      message: first ? `输入有误：${first.field} ${first.message}` : '输入有误',
      details,
    });
  }
  const known = err.code ? fastifyCodes[err.code] : undefined;
  if (known) return new AppError(known.code, { message: known.message });
  if (err instanceof SyntaxError)
    return new AppError('MALFORMED_JSON', { message: '请求内容不是有效的 JSON' });
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
    return new AppError(err.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', {
      message: '请求有误',
    });
  return new AppError('INTERNAL', { message: '服务器内部错误，请稍后重试' });
};

/** One error shape for the whole API; never a stack trace. */
export const registerErrorHandler = (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const appErr = toAppError(err);
    if (appErr.code === 'INTERNAL') req.log.error({ err }, 'unhandled error');
    else req.log.info({ code: appErr.code, msg: appErr.message }, 'request refused');
    const body: Body = {
      error: { code: appErr.code, message: appErr.message, details: appErr.details, requestId: req.id },
    };
    void reply.status(errorStatus[appErr.code]).send(body);
  });
};
