// Colours of the pictures, one place for all of them: what each kind of
// address, each erasure set and each verdict is drawn in. Fills carry a text
// colour chosen for contrast (WCAG AA for the cell labels).
import type { AddressKind } from './address-plan.ts';

export interface Swatch {
  fill: string;
  /** Text drawn on the fill. */
  ink: string;
  /** What the legend calls it. */
  legend: string;
  /** Outline, for light fills that would melt into the free cells. */
  edge?: string;
}

export const FREE: Swatch = { fill: '#f8fafc', ink: '#94a3b8', legend: 'free', edge: '#e2e8f0' };

export const ADDRESS: Record<AddressKind, Swatch> = {
  reserved: { fill: '#e2e8f0', ink: '#475569', legend: 'network / broadcast', edge: '#cbd5e1' },
  gateway: { fill: '#f59e0b', ink: '#1f2937', legend: 'gateway' },
  dhcp: { fill: '#dbeafe', ink: '#1e40af', legend: 'DHCP range', edge: '#93c5fd' },
  'pool-l2': { fill: '#dcfce7', ink: '#166534', legend: 'MetalLB pool (L2)', edge: '#86efac' },
  'pool-bgp': { fill: '#ede9fe', ink: '#5b21b6', legend: 'MetalLB pool (BGP)', edge: '#c4b5fd' },
  service: { fill: '#15803d', ink: '#ffffff', legend: 'LoadBalancer address' },
  host: { fill: '#0e7490', ink: '#ffffff', legend: 'host' },
  'node-server': { fill: '#1d4ed8', ink: '#ffffff', legend: 'node (server)' },
  'node-agent': { fill: '#93c5fd', ink: '#0f172a', legend: 'node (agent)' },
  'bgp-peer': { fill: '#be185d', ink: '#ffffff', legend: 'BGP peer' },
};

/** Erasure sets: distinct hues, light enough for dark labels; repeats after eight sets. */
const SET_FILLS = ['#bfdbfe', '#bbf7d0', '#fde68a', '#fbcfe8', '#c7d2fe', '#a5f3fc', '#fed7aa', '#ddd6fe'];

export function setFill(set: number): string {
  return SET_FILLS[set % SET_FILLS.length]!;
}

export const SET_INK = '#0f172a';
export const LOST = '#dc2626';
export const OK = '#15803d';
export const DATA_BLOCK = '#475569';
export const ACCENT = '#1d4ed8';
