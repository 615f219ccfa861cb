/**
 * A unique-constraint violation, as both drivers report it: SQLite says "UNIQUE constraint
 * failed", PostgreSQL "duplicate key value violates unique constraint".
 */
export const isUniqueViolation = (e: unknown) => /unique|duplicate/i.test(String((e as Error)?.message));
