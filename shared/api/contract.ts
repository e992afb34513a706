import type { z } from 'zod';

/**
 * One API method: its zod input schema, a phantom result type, and what it does.
 * `write` methods run inside one IMMEDIATE transaction in the core; reads never write.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  ringkasan: string;
  write: boolean;
  /** Never set at run time; carries the result type for the typed client. */
  readonly __result?: O;
}

/** `method<Result>()({ input, ringkasan, write })` — curried so the input type is inferred. */
export function method<O>() {
  return <I extends z.ZodType>(def: { input: I; ringkasan: string; write?: boolean }): MethodDef<I, O> => ({
    input: def.input,
    ringkasan: def.ringkasan,
    write: def.write ?? false,
  });
}

export type AnyContract = Record<string, MethodDef>;
export type InputOf<M> = M extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedOf<M> = M extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type ResultOf<M> = M extends MethodDef<z.ZodType, infer O> ? O : never;
