import type { Model } from '../../model/build-model.ts';
import { NotImplementedError, type OutputFile } from '../output.ts';

export function emitRunbooks(_model: Model): OutputFile[] {
  throw new NotImplementedError('runbooks emitter');
}
