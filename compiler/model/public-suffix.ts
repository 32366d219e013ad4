// Where a DNS name sits in the public DNS, by the Public Suffix List (Mozilla,
// https://publicsuffix.org/list/, ICANN and private sections) through the
// tldts library: the suffix under which anyone may register names (`net`,
// `co.uk`, `duckdns.org`) and the registrable domain just below it
// (`myfamily.net`). Special-use names (home.arpa, .internal, ...) are not the
// list's question (compiler/model/special-use.ts) and are not looked up: the
// bundles load tldts and its ~140 KiB of list data on the first lookup
// (scripts/bundle.mjs), which a spec of special-use zones never makes.
import { parse } from 'tldts';

export interface PublicSuffixFact {
  /** The longest public suffix the list has a rule for, or null when only the implicit `*` rule matches (e.g. `.lan`). */
  publicSuffix: string | null;
  /** The public suffix plus one label (the domain a registrant owns), or null when the name is itself a public suffix or none is listed. */
  registrableDomain: string | null;
}

/** `myfamily.net` -> { publicSuffix: 'net', registrableDomain: 'myfamily.net' }; `printers.lan` -> both null. */
export function publicSuffixOf(name: string): PublicSuffixFact {
  const p = parse(name, { allowPrivateDomains: true, extractHostname: false });
  const listed = p.isIcann === true || p.isPrivate === true;
  return { publicSuffix: listed ? p.publicSuffix : null, registrableDomain: listed ? p.domain : null };
}
