// Stage 5: every emitter, over one model. Pure.
import type { Model } from '../model/build-model.ts';
import { emitFlux } from './flux/emit-flux.ts';
import { emitUnbound } from './unbound/emit-unbound.ts';
import { emitRunbooks } from './runbooks/emit-runbooks.ts';
import { emitPictures } from './pictures/emit-pictures.ts';
import { normalizeFiles, type OutputFile } from './output.ts';

export function emitAll(model: Model): OutputFile[] {
  return normalizeFiles([...emitFlux(model), ...emitUnbound(model), ...emitRunbooks(model), ...emitPictures(model)]);
}
