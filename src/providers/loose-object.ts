/**
 * `z.looseObject` for the provider wire schemas, on zod's compiled object parser. zod/mini objects only
 * have the interpreted parser, which made list normalisation about 2x slower than classic zod wherever
 * `new Function` is allowed (Node: tests, benchmarks, the dev server). This builds the same mini object
 * on core's `$ZodObjectJIT` (what classic zod objects use). Under the app's CSP (no 'unsafe-eval') zod
 * detects that eval is blocked and runs the interpreted parser, exactly as classic zod did.
 */
import { z } from 'zod/mini';

// Same initialiser as zod/mini's ZodMiniObject, with the JIT object in place of the interpreted one.
const CompiledLooseObject = z.core.$constructor(
  'CompiledLooseObject',
  (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => {
    z.core.$ZodObjectJIT.init(inst, def);
    z.ZodMiniType.init(inst, def);
    z.core.util.installLazyProp(inst, 'shape', (self: z.ZodMiniObject) => self._zod.def.shape, false);
  },
);

/** Like `z.looseObject(shape)`: unknown keys are kept, the declared ones checked. */
export function looseObject<S extends z.core.$ZodLooseShape>(shape: S): z.ZodMiniObject<S, z.core.$loose> {
  const schema = new CompiledLooseObject({ type: 'object', shape, catchall: z.unknown() });
  return schema as unknown as z.ZodMiniObject<S, z.core.$loose>;
}
