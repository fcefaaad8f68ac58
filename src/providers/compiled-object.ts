/**
 * `z.object` and `z.looseObject` for the provider wire schemas, on zod's compiled object parser. zod/mini
 * objects only have the interpreted parser, which made list normalisation about 2x slower than classic
 * zod wherever `new Function` is allowed (Node: tests, benchmarks, the dev server). These build the same
 * mini objects on core's `$ZodObjectJIT` (what classic zod objects use). Under the app's CSP (no
 * 'unsafe-eval') zod detects that eval is blocked and runs the interpreted parser, as classic zod does.
 */
import { z } from 'zod/mini';

// Same initialiser as zod/mini's ZodMiniObject, with the JIT object in place of the interpreted one.
const CompiledObject = z.core.$constructor(
  'CompiledObject',
  (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => {
    z.core.$ZodObjectJIT.init(inst, def);
    z.ZodMiniType.init(inst, def);
    z.core.util.installLazyProp(inst, 'shape', (self: z.ZodMiniObject) => self._zod.def.shape, false);
  },
);

/**
 * Like `z.object(shape)`: the declared keys are checked and only they are output. For records whose
 * output only a normaliser reads (it keeps the raw record itself): copying the undeclared keys too cost
 * about a third of a list's parse time.
 */
export function object<S extends z.core.$ZodLooseShape>(shape: S): z.ZodMiniObject<S, z.core.$strip> {
  const schema = new CompiledObject({ type: 'object', shape });
  return schema as unknown as z.ZodMiniObject<S, z.core.$strip>;
}

/** Like `z.looseObject(shape)`: unknown keys are kept, the declared ones checked. */
export function looseObject<S extends z.core.$ZodLooseShape>(shape: S): z.ZodMiniObject<S, z.core.$loose> {
  const schema = new CompiledObject({ type: 'object', shape, catchall: z.unknown() });
  return schema as unknown as z.ZodMiniObject<S, z.core.$loose>;
}
