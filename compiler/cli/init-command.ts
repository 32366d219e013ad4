// `veilc init`: a new spec from flags, asking on a terminal for what they
// leave open. The text is validated by the whole pipeline before a byte is
// written; an existing file is replaced only with --force, atomically.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Command, Option } from 'commander';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.ts';
import { value, parseHost, parseNode, parseSections, withNeeds, type InitAnswers } from '../init/answers.ts';
import { askMissing, type Given, type PromptIo } from '../init/prompts.ts';
import { schemaReference } from '../init/schema-ref.ts';
import { initSpecText } from '../init/spec-text.ts';
import { hasDeny, validateSpec } from '../pipeline.ts';
import { render } from '../report/render.ts';

export interface InitFlags {
  spec: string;
  force?: boolean;
  name?: string;
  cidr?: string;
  gateway?: string;
  dhcpRange?: string;
  domain?: string;
  node: string[];
  with?: string;
  pool?: string;
  dnsHost?: string;
  driveSize?: string;
  drivesPerServer?: string;
}

export interface InitIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
}

const collect = (v: string, prev: string[]) => [...prev, v];

/** `veilc init` and its flags on the program; `action` runs it. */
export function addInitCommand(program: Command, specOption: Option, action: (o: InitFlags) => Promise<void>): void {
  program.command('init')
    .description('write a new spec for a new cluster from flags, asking on a terminal for what they leave open; never overwrites without --force')
    .addOption(specOption)
    .option('--name <label>', 'cluster name')
    .option('--cidr <cidr>', 'the LAN, e.g. 192.168.1.0/24')
    .option('--gateway <address>', 'the LAN\'s router')
    .option('--dhcp-range <first-last>', 'the dynamic range of the LAN\'s DHCP server, kept free of static addresses')
    .option('--domain <name>', 'DNS domain of the LAN (default home.arpa)')
    .option('--node <name=address[:role]>', 'a node, role server (default) or agent (repeatable)', collect, [])
    .option('--with <sections>', 'optional sections to write live, comma-separated: load-balancer, ingress, dns, monitoring, object-store (the others are written as comments)')
    .option('--pool <first-last>', 'MetalLB address pool (default: a free block of 20 at the top of the LAN)')
    .option('--dns-host <name=address>', 'the LAN host that runs Unbound (needed with dns)')
    .option('--drive-size <quantity>', 'size of each MinIO drive (default 100Gi)')
    .option('--drives-per-server <n>', 'MinIO drives per server (default: the fewest that form an erasure set)')
    .option('--force', 'replace an existing spec file')
    .action(action);
}

const EXAMPLE = 'veilc init --name homelab --cidr 192.168.1.0/24 --gateway 192.168.1.1 --dhcp-range 192.168.1.100-192.168.1.199 --node k3s-1=192.168.1.11 --with ingress,dns --dns-host pi=192.168.1.2';

/** The flags as answers; what they leave open stays undefined. */
export function givenFromFlags(f: InitFlags): Given {
  const g: Given = { sections: [] };
  if (f.name !== undefined) g.name = value('label', f.name, '--name');
  if (f.cidr !== undefined) g.cidr = value('ipv4Cidr', f.cidr, '--cidr');
  if (f.gateway !== undefined) g.gateway = value('ipv4', f.gateway, '--gateway');
  if (f.dhcpRange !== undefined) g.dhcpRange = value('ipv4Range', f.dhcpRange, '--dhcp-range');
  if (f.domain !== undefined) g.domain = value('dnsName', f.domain, '--domain');
  if (f.node.length) g.nodes = f.node.map(parseNode);
  if (f.with !== undefined) { g.sections = parseSections(f.with); g.sectionsGiven = true; }
  if (f.pool !== undefined) g.pool = value('ipv4Range', f.pool, '--pool');
  if (f.dnsHost !== undefined) g.dnsHost = parseHost(f.dnsHost, '--dns-host');
  if (f.driveSize !== undefined) g.driveSize = value('quantity', f.driveSize, '--drive-size');
  if (f.drivesPerServer !== undefined) {
    const n = Number(f.drivesPerServer);
    if (!Number.isInteger(n) || n < 1 || n > 16) throw new UsageError(`--drives-per-server: ${JSON.stringify(f.drivesPerServer)} is not a whole number from 1 to 16`);
    g.drivesPerServer = n;
  }
  return g;
}

/** The flags a complete answer needs that are missing. */
export function missingFlags(g: Given): string[] {
  const missing: string[] = [];
  if (!g.name) missing.push('--name');
  if (!g.cidr) missing.push('--cidr');
  if (!g.gateway) missing.push('--gateway');
  if (!g.nodes?.length) missing.push('--node');
  if (withNeeds(g.sections ?? []).includes('dns') && !g.dnsHost) missing.push('--dns-host');
  return missing;
}

function refuseExisting(file: string, force: boolean | undefined): void {
  if (!force && existsSync(file)) {
    throw new UsageError(`${file} exists; veilc init does not overwrite a spec`, 'pass --force to replace it, or --spec FILE to write another file');
  }
}

export async function runInit(f: InitFlags, io: InitIo, version: string): Promise<number> {
  refuseExisting(f.spec, f.force);
  const given = givenFromFlags(f);
  const missing = missingFlags(given);
  let answers: InitAnswers;
  if (missing.length === 0) {
    answers = given as InitAnswers;
  } else if (io.stdin.isTTY) {
    const prompt: PromptIo = { input: io.stdin, output: io.stderr };
    answers = await askMissing(given, prompt);
  } else {
    throw new UsageError(`missing ${missing.join(', ')}: standard input is not a terminal, so veilc init cannot ask for them`, `pass them as flags, e.g. ${EXAMPLE}`);
  }

  const text = initSpecText(answers, schemaReference(f.spec));
  const v = await validateSpec(f.spec, undefined, Buffer.from(text));
  if (hasDeny(v.diagnostics)) {
    io.stdout.write(await render('text', { diagnostics: v.diagnostics, text, redact: v.redact, rulesEvaluated: v.rulesEvaluated, version, notes: [`nothing written: the spec these answers make is denied; fix the values above`] }, io.stdout));
    return 1;
  }
  write(f.spec, text, !!f.force);
  const sections = withNeeds(answers.sections);
  io.stdout.write(await render('text', {
    diagnostics: v.diagnostics, text, redact: v.redact, rulesEvaluated: v.rulesEvaluated, version,
    notes: [
      `wrote ${f.spec}: cluster ${answers.name}, ${answers.nodes.length} node(s), sections: ${sections.length ? sections.join(', ') : 'none (the others are commented out)'}`,
      `next: npx veilc compile --out DIR (e.g. --out deploy), then commit ${basename(f.spec)} and DIR`,
    ],
  }, io.stdout));
  return 0;
}

/** Without --force the file is created exclusively (never replaced, even in a race); with it, replaced by rename. */
function write(file: string, text: string, force: boolean): void {
  mkdirSync(dirname(file), { recursive: true });
  if (!force) {
    try {
      writeFileSync(file, text, { flag: 'wx', mode: 0o644 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') refuseExisting(file, false);
      throw e;
    }
    return;
  }
  const temp = join(dirname(file), `.${basename(file)}.init-${process.pid}`);
  try {
    writeFileSync(temp, text, { flag: 'wx', mode: 0o644 });
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
