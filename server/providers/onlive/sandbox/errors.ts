import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorResponder } from '../../../sandbox/provider-kit.ts';

/** One `{field, message}` entry of ONLIVE.SITE's standard error format (onlive.md, "Error format"). */
export interface FieldError {
  field: string;
  message: string;
}

const MESSAGES: Partial<Record<number, string>> = {
  400: 'Invalid input parameters',
  401: 'Invalid or missing authentication signature',
  404: 'Resource not found',
  429: 'Too many requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function onliveErrorBody(status: number, message?: string, errors?: FieldError[]) {
  return {
    statusCode: status,
    message: message ?? MESSAGES[status] ?? 'Error',
    ...(errors ? { errors } : {}),
  };
}

export const onliveError: ErrorResponder = (c, status, message, headers) =>
  c.json(onliveErrorBody(status, message), status, headers);

export function onliveFieldError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  errors: FieldError[],
): Response {
  return c.json(onliveErrorBody(status, message, errors), status);
}
