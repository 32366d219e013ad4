// Stage 5 (pictures): the address plan, the erasure layout and the Flux order
// as SVG files beside the runbooks (out/docs/img/), which embed them. Each
// picture is its data (a pure function of the model) drawn by its own module.
import type { Model } from '../../model/build-model.ts';
import type { OutputFile } from '../output.ts';
import { pictureFile } from '../runbooks/paths.ts';
import { addressPlan } from './address-plan.ts';
import { drawAddressPlan } from './address-plan-svg.ts';
import { erasureLayout } from './erasure-layout.ts';
import { drawErasureLayout } from './erasure-svg.ts';
import { fluxOrder } from './flux-order.ts';
import { drawFluxOrder } from './flux-order-svg.ts';
import { svgDocument, type Picture } from './svg.ts';

export const PICTURES = ['address-plan', 'erasure-layout', 'flux-order'] as const;
export type PictureName = (typeof PICTURES)[number];

/** One picture of the model, or null when the spec has nothing for it (no object store: no erasure layout). */
export function drawPicture(name: PictureName, model: Model): Picture | null {
  switch (name) {
    case 'address-plan': return drawAddressPlan(addressPlan(model));
    case 'erasure-layout': { const e = erasureLayout(model); return e ? drawErasureLayout(e) : null; }
    case 'flux-order': return drawFluxOrder(fluxOrder(model));
  }
}

/** Whether the spec has a picture of that name (the runbooks embed only those). */
export function hasPicture(name: PictureName, model: Model): boolean {
  return name !== 'erasure-layout' || model.facts.erasure !== null;
}

/** Every picture the spec has, in PICTURES order. */
export function drawPictures(model: Model): { name: PictureName; picture: Picture }[] {
  return PICTURES.flatMap((name) => {
    const picture = hasPicture(name, model) ? drawPicture(name, model) : null;
    return picture ? [{ name, picture }] : [];
  });
}

export function emitPictures(model: Model): OutputFile[] {
  return drawPictures(model).map(({ name, picture }) => ({ path: pictureFile(name), content: svgDocument(picture) }));
}
