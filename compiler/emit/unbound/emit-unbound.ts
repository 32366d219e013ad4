// out/unbound/: one master file per spec zone and for the LAN's reverse zone,
// and the Unbound config that serves them. Pure: model in, files out.
import type { Model } from '../../model/build-model.ts';
import type { OutputFile } from '../output.ts';
import { unboundConfig } from './config.ts';
import { forwardZone } from './forward-zone.ts';
import { outFiles } from './names.ts';
import { reverseZone } from './reverse-zone.ts';
import { renderZone } from './zone-file.ts';

export function emitUnbound(model: Model): OutputFile[] {
  const dns = model.spec.dns;
  if (!dns || !model.facts.dns) return [];
  const zones = model.facts.dns.zones.map((z) => forwardZone(model, z));
  const rev = reverseZone(model);
  if (rev) zones.push(rev);
  return [
    ...zones.map((z) => ({ path: outFiles.zone(z.origin), content: renderZone(z, dns.serial) })),
    { path: outFiles.config(model), content: unboundConfig(model) },
  ];
}
