import type { AnyContract, ParsedOf, ResultOf } from '../../shared/api/contract';
import type { Ctx } from './context';

/** A module's implementation of its part of the contract; the compiler checks names and types. */
export type Handlers<C extends AnyContract> = {
  [M in keyof C]: (ctx: Ctx, input: ParsedOf<C[M]>) => ResultOf<C[M]> | Promise<ResultOf<C[M]>>;
};
