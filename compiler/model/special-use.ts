// Names no one registers in the public DNS, so serving them on a LAN hides
// nothing public: the IANA Special-Use Domain Names registry
// (https://www.iana.org/assignments/special-use-domain-names/; RFC 6761,
// RFC 8375 home.arpa, RFC 2606 example/test/invalid, RFC 7686 onion, RFC 9476
// alt), ICANN's .internal (2024 board resolution), and the locally served
// reverse zones of private and link-local space (RFC 6303, RFC 6890).
// A zone at or under one of them is never checked against the Public Suffix
// List (compiler/model/public-suffix.ts), which also spares loading the list.
const SPECIAL_USE: ReadonlySet<string> = new Set([
  'home.arpa', 'internal', 'local', 'localhost', 'test', 'invalid', 'example',
  'example.com', 'example.net', 'example.org', 'onion', 'alt',
  'ipv4only.arpa', 'resolver.arpa', 'service.arpa', '6tisch.arpa', 'eap-noob.arpa',
  '10.in-addr.arpa', '168.192.in-addr.arpa', '254.169.in-addr.arpa',
  '170.0.0.192.in-addr.arpa', '171.0.0.192.in-addr.arpa',
  ...Array.from({ length: 16 }, (_, i) => `${16 + i}.172.in-addr.arpa`),
  '8.e.f.ip6.arpa', '9.e.f.ip6.arpa', 'a.e.f.ip6.arpa', 'b.e.f.ip6.arpa',
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
