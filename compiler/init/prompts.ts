// The questions `veilc init` asks on a terminal for what the flags left open.
// Lines are read through one async iterator, so answers typed (or piped)
// ahead of their question are kept, not dropped. A wrong answer is explained
// and asked again; input that ends early is a usage error.
import { createInterface } from 'node:readline';
import { UsageError } from '../diagnostics/diagnostic.ts';
import { firstHost } from './addresses.ts';
import { parseHost, parseNodes, parseSections, SECTIONS, value, withNeeds, type InitAnswers } from './answers.ts';
import { DRIVE_SIZE, poolFor } from './spec-text.ts';

export interface PromptIo {
  input: NodeJS.ReadableStream;
  output: { write(s: string): unknown };
}

/** What the flags gave; everything else is asked. */
export type Given = Partial<InitAnswers> & { sectionsGiven?: boolean };

const MAX_TRIES = 5;

export async function askMissing(given: Given, io: PromptIo): Promise<InitAnswers> {
  const rl = createInterface({ input: io.input, terminal: false, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async <T>(question: string, fallback: string | undefined, parse: (text: string) => T): Promise<T> => {
    for (let i = 0; i < MAX_TRIES; i++) {
      io.output.write(`${question}${fallback ? ` [${fallback}]` : ''}: `);
      const next = await lines.next();
      if (next.done) throw new UsageError(`input ended before an answer to "${question}"`, 'answer every question, or pass the values as flags (see `veilc init --help`)');
      const text = next.value.trim() === '' && fallback !== undefined ? fallback : next.value.trim();
      try {
        return parse(text);
      } catch (e) {
        io.output.write(`  ${e instanceof Error ? e.message : String(e)}${e instanceof UsageError && e.hint ? ` (${e.hint})` : ''}\n`);
      }
    }
    throw new UsageError(`no valid answer to "${question}" after ${MAX_TRIES} tries`);
  };
  try {
    const name = given.name ?? await ask('Cluster name (a DNS label, e.g. homelab)', undefined, (t) => value('label', t, 'cluster name'));
    const cidr = given.cidr ?? await ask('LAN as a CIDR (e.g. 192.168.1.0/24)', undefined, (t) => value('ipv4Cidr', t, 'LAN'));
    const gateway = given.gateway ?? await ask('Gateway (your router)', firstHost(cidr), (t) => value('ipv4', t, 'gateway'));
    const dhcpRange = given.dhcpRange ?? (await ask('DHCP range of your router, FIRST-LAST (empty: none)', '', (t) => (t ? value('ipv4Range', t, 'DHCP range') : undefined)));
    const nodes = given.nodes ?? await ask('Nodes as NAME=ADDRESS[:server|agent], separated by spaces', undefined, (t) => {
      const n = parseNodes(t);
      if (!n.length) throw new UsageError('at least one node is needed');
      return n;
    });
    const sections = given.sectionsGiven ? given.sections ?? [] : await ask(`Optional sections (${SECTIONS.join(', ')}; empty: none)`, '', parseSections);
    const a: InitAnswers = { ...given, name, cidr, gateway, nodes, sections, ...(dhcpRange ? { dhcpRange } : {}) };
    const live = withNeeds(sections);
    if (live.includes('dns') && !a.dnsHost) a.dnsHost = await ask('DNS host that runs Unbound, NAME=ADDRESS', undefined, (t) => parseHost(t, 'DNS host'));
    if (live.includes('load-balancer') && !a.pool) {
      const suggested = poolFor(a);
      a.pool = await ask('MetalLB address pool, FIRST-LAST', suggested, (t) => value('ipv4Range', t, 'pool'));
    }
    if (live.includes('object-store') && !a.driveSize) a.driveSize = await ask('Size of each MinIO drive', DRIVE_SIZE, (t) => value('quantity', t, 'drive size'));
    return a;
  } finally {
    rl.close();
  }
}
