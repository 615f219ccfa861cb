import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A react-hook-form resolver over a shared zod schema (STYLE 14): the form's values are turned
 * into the API input, and each issue's path (`location.buildingId`) is mapped back to the form
 * field that holds it (`buildingId`), so the schema's Chinese message shows under that field.
 */
export const formResolver =
  <T extends FieldValues>(
    schema: z.ZodType,
    toInput: (v: T) => unknown,
    fieldOf: Record<string, string> = {},
    /** The form's own "please choose" text for a field left empty (instead of zod's type message). */
    required: Record<string, string> = {},
  ): Resolver<T> =>
  async (values) => {
    const parsed = schema.safeParse(toInput(values));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const field = fieldOf[path] ?? path.split('.')[0] ?? path;
      if (errors[field]) continue;
      const value = (values as Record<string, unknown>)[field];
      const isEmpty = value === undefined || value === null || value === '';
      errors[field] = {
        type: issue.code,
        message: isEmpty && required[field] ? required[field] : issue.message,
      };
    }
    return { values: {}, errors: errors as unknown as FieldErrors<T> };
  };
