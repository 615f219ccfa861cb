import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A react-hook-form resolver over a shared zod schema whose errors are keyed by the dotted
 * path. A field left empty gets the form's own "please choose" text instead of zod's type
 * message (a Select with nothing chosen is `undefined`, not a wrong type).
 */
export const schemaResolver =
  <T extends FieldValues>(
    schema: z.ZodType,
    required: Record<string, string> = {},
    prepare: (v: T) => unknown = (v) => v,
  ): Resolver<T> =>
  async (values) => {
    const parsed = schema.safeParse(prepare(values));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (errors[path]) continue;
      const value = (values as Record<string, unknown>)[path];
      const isEmpty = value === undefined || value === null || value === '';
      errors[path] = {
        type: issue.code,
        message: isEmpty && required[path] ? required[path] : issue.message,
      };
    }
    return { values: {}, errors: errors as unknown as FieldErrors<T> };
  };
