import { z } from 'zod';
import { invalid, type AppError } from '../../shared/errors';

const NAMA_TIPE: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya/tidak (true/false)',
  array: 'daftar',
  object: 'objek',
};

// zod's own messages in Indonesian for every schema that has no message of ours; the two most
// common ones are worded here, as the bundled locale words them awkwardly.
z.config({
  ...z.locales.id(),
  customError: (iss) => {
    if (iss.code === 'unrecognized_keys') return `Isian tidak dikenal: ${iss.keys.join(', ')}. Periksa ejaan nama isian.`;
    if (iss.code === 'invalid_type') return iss.input === undefined ? 'Wajib diisi.' : `Harus berupa ${NAMA_TIPE[iss.expected] ?? iss.expected}.`;
    return undefined;
  },
});

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
