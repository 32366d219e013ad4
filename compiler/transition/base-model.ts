// The base spec through today's load, schema and model stages. A spec that
// was valid when it was committed may not be valid under today's schema (a
// renamed key, a new required field): that is reported, and the transition
// falls back to comparing the compiled trees alone.
import { SpecError } from '../diagnostics/diagnostic.ts';
import { loadSpec } from '../load/load-spec.ts';
import { place } from '../load/source.ts';
import { buildModel, type Model } from '../model/build-model.ts';
import { DEFAULT_PLACE, type OutputPlace } from '../model/place.ts';
import { validateSchemaInPlace } from '../schema/validate-schema.ts';

export interface BaseModel {
  model: Model | null;
  /** Why there is no model: the first problem, as `file:line: message`, and how many there were. */
  problem: string | null;
}

/**
 * The base spec's model, or why there is none (never throws on bad input).
 * `outPlace` is where the new spec compiles to: the base is modelled as if
 * compiled into the same folder, so Flux paths compare equal.
 */
export function modelOfBase(path: string, bytes: Buffer, outPlace: OutputPlace = DEFAULT_PLACE): BaseModel {
  try {
    const source = loadSpec(path, bytes);
    const schema = validateSchemaInPlace(source.data);
    if (schema.findings.length) {
      const first = place(source, schema.findings[0]!);
      return { model: null, problem: `${schema.findings.length} schema problem(s) under today's schema, first ${first.file}:${first.line}: ${first.path ? `${first.path}: ` : ''}${first.message}` };
    }
    return { model: buildModel(schema.spec, outPlace).model, problem: null };
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    const first = e.diagnostics[0];
    return { model: null, problem: first ? `it does not load, first ${first.file}:${first.line}: ${first.message}` : 'it does not load' };
  }
}
