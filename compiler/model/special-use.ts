// Names no one registers in the public DNS, so serving them on a LAN hides
// nothing public: the IANA Special-Use Domain Names registry
// (https://www.iana.org/assignments/special-use-domain-names/; RFC 6761,
// RFC 8375 home.arpa, RFC 2606 example/test/invalid, RFC 7686 onion, RFC 9476
// alt), ICANN's .internal (reserved by its board in July 2024), and the IANA
// Locally-Served DNS Zones registry
// (https://www.iana.org/assignments/locally-served-dns-zones/): the reverse
// zones of private, loopback, link-local, shared, documentation and
// unique-local space (RFC 6303, RFC 7793, RFC 4193).
// A zone at or under one of them is never checked against the Public Suffix
// List (compiler/model/public-suffix.ts), which also spares loading the list.
const SPECIAL_USE: ReadonlySet<string> = new Set([
  'home.arpa', 'internal', 'local', 'localhost', 'test', 'invalid', 'example',
  'example.com', 'example.net', 'example.org', 'onion', 'alt',
  'ipv4only.arpa', 'resolver.arpa', 'service.arpa', '6tisch.arpa', 'eap-noob.arpa',
  '170.0.0.192.in-addr.arpa', '171.0.0.192.in-addr.arpa',
  // RFC 6303 section 4: RFC 1918, "this network", loopback, link-local, TEST-NET-1..3, broadcast
  '10.in-addr.arpa', ...Array.from({ length: 16 }, (_, i) => `${16 + i}.172.in-addr.arpa`), '168.192.in-addr.arpa',
  '0.in-addr.arpa', '127.in-addr.arpa', '254.169.in-addr.arpa',
  '2.0.192.in-addr.arpa', '100.51.198.in-addr.arpa', '113.0.203.in-addr.arpa', '255.255.255.255.in-addr.arpa',
  // RFC 7793: shared address space 100.64.0.0/10
  ...Array.from({ length: 64 }, (_, i) => `${64 + i}.100.in-addr.arpa`),
  // RFC 6303 section 4: the unspecified and loopback addresses, link-local, documentation; RFC 4193: unique local
  `${'0.'.repeat(32)}ip6.arpa`, `1.${'0.'.repeat(31)}ip6.arpa`,
  '8.e.f.ip6.arpa', '9.e.f.ip6.arpa', 'a.e.f.ip6.arpa', 'b.e.f.ip6.arpa', '8.b.d.0.1.0.0.2.ip6.arpa', 'd.f.ip6.arpa',
]);

/**
 * Whether `name` (a DNS name without the trailing dot, lowercase) is a
 * special-use or reserved name or lies under one: `home.arpa`,
 * `veil.home.arpa`, `printers.internal`, `lab.example.org` -> true;
 * `myfamily.net`, `printers.lan` -> false (`.lan` is not reserved).
 */
export function isSpecialUse(name: string): boolean {
  for (let suffix = name; ; ) {
    if (SPECIAL_USE.has(suffix)) return true;
    const dot = suffix.indexOf('.');
    if (dot === -1) return false;
    suffix = suffix.slice(dot + 1);
  }
}
