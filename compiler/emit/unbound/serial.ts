// SOA serials without a clock. A zone is rendered with a placeholder where the
// serial goes; the serial is then either a hash of that text (policy
// `content`) or the spec's fixed value.
//
// Why a content hash is enough here: RFC 1035 (3.3.13) makes the serial a
// 32-bit version number, and RFC 1982 defines how secondaries compare two of
// them to decide whether to transfer. A hash changes whenever the content
// does (up to a 2^-32 collision), but it is not monotonic: a new serial may
// compare "lower" than the old one. That only matters to secondaries pulling
// the zone by AXFR/IXFR, and there are none: Unbound loads these files as
// auth-zones from disk and re-reads them on `unbound-control reload`, without
// comparing serials (unbound.conf(5), auth-zone `zonefile:`). A spec that adds
// real secondaries should use policy `fixed` and raise the value itself.
import { createHash } from 'node:crypto';
import { UsageError } from '../../diagnostics/diagnostic.ts';

/** Marks the serial's place in a rendered zone; never appears in output. */
export const SERIAL_PLACEHOLDER = '@@SERIAL@@';

export type SerialPolicy = { policy: 'content' | 'fixed'; value?: number };

/** First 32 bits of SHA-256 of the text; 0 is avoided because some tools treat it as "unset". */
export function contentSerial(textWithPlaceholder: string): number {
  const n = createHash('sha256').update(textWithPlaceholder, 'utf8').digest().readUInt32BE(0);
  return n === 0 ? 1 : n;
}

export function chooseSerial(textWithPlaceholder: string, serial: SerialPolicy): number {
  if (serial.policy === 'content') return contentSerial(textWithPlaceholder);
  if (serial.value === undefined) {
    throw new UsageError('dns.serial.policy is `fixed` but dns.serial.value is not set',
      'set dns.serial.value to the serial to publish (1..4294967295), or use policy `content`');
  }
  return serial.value;
}

/** Replaces the placeholder (exactly once) with the chosen serial. */
export function applySerial(textWithPlaceholder: string, serial: SerialPolicy): string {
  const parts = textWithPlaceholder.split(SERIAL_PLACEHOLDER);
  if (parts.length !== 2) throw new Error(`a zone must hold exactly one serial placeholder, found ${parts.length - 1}`);
  return parts.join(String(chooseSerial(textWithPlaceholder, serial)));
}
