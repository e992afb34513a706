import { z } from 'zod';
import { invalid, type AppError } from '../../shared/errors';

// zod's own messages in Indonesian for every schema that has no message of ours.
z.config(z.locales.id());

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  throw zodKeAppError(r.error);
}

export function zodKeAppError(err: z.ZodError): AppError {
  const issues = err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const ringkas = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message).replace(/\.?$/, '.')).join(' ');
  return invalid(`Isian tidak sah — ${ringkas}`, issues);
}
