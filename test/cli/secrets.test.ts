// Issue 10, "secrets never leave" and "echoed lines are made visible", end to
// end through the CLI: a secret in the spec is found wherever it hides
// (values, keys, URL user parts, query and fragment, user names), stops
// compile before anything is written, cannot be waived, and is never quoted
// in any report format, not even by a schema finding about the same value.
// Echoed spec lines show control characters as escapes, terminal or not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../compiler/report/render.ts';
import { tempDir, VEIL_SPEC, writeTemp } from '../foundation/helpers.ts';
import { runCli } from './run-cli.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');
const ESC = '\x1b';

function edit(...pairs: [string, string][]): string {
  let text = veil;
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`veil.spec.yaml has no ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return text;
}

const WEBHOOK = 'url: http://hive.home.arpa:8080/alertmanager';
const FILTER = 'url: https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts';
const NODE2 = '    address: 192.168.0.202                # example\n';

/** Every report of validate and check (all formats), compile (text, json) and rpz on `spec`. */
async function everyReport(spec: string): Promise<{ args: string; code: number; out: string }[]> {
  const file = writeTemp(spec);
  const runs: string[][] = [
    ...FORMATS.map((f) => ['validate', '--spec', file, '--format', f]),
    ...FORMATS.map((f) => ['check', '--spec', file, '--out', join(tempDir(), 'out'), '--skip-tools', '--format', f]),
    ...['text', 'json'].map((f) => ['compile', '--spec', file, '--out', join(tempDir(), 'out'), '--format', f]),
    // rpz reads the spec too, and reports a refused one on stderr
    ['rpz', '--list', 'stevenblack', '--spec', file, '--empty'],
  ];
  return Promise.all(runs.map(async (args) => {
    const r = await runCli(args);
    return { args: args.join(' '), code: r.code, out: r.stdout + r.stderr };
  }));
}

describe('a secret in the spec is never quoted, in any format', () => {
  it('a webhook URL with a password that fails the schema: the schema finding and the secret finding both mask it', async () => {
    const spec = edit([WEBHOOK, 'url: https://deploy:Wh00sh-Gr4vel@alerts.example.org/hook']);
    for (const r of await everyReport(spec)) {
      expect(r.out, r.args).not.toContain('Wh00sh-Gr4vel');
      expect(r.code, r.args).toBe(1);
      expect(r.out, r.args).toContain('VEIL-SCHEMA-004');
      expect(r.out, r.args).toContain('VEIL-SECRET-001');
    }
    const text = (await runCli(['validate', '--spec', writeTemp(spec)])).stdout;
    expect(text).toContain('url: https://****@alerts.example.org/hook');
    expect(text).toContain('is not valid (the value is not repeated here: this field may carry credentials)');
  });

  it.each([
    ['a space', '"https://ops:Sl0e Thicket@alerts.example.org/hook"', 'url: "https://****@alerts.example.org/hook"'],
    ['a raw @', 'https://ops:Sl0e@Thicket@alerts.example.org/hook', 'url: https://****@alerts.example.org/hook'],
    ['a quote and <', `'https://ops:Sl0e"<Thicket@alerts.example.org/hook'`, `url: 'https://****@alerts.example.org/hook'`],
  ])('a password with %s, which breaks the URL format: no piece of it in any format', async (_, url, frame) => {
    const spec = edit([WEBHOOK, `url: ${url}`]);
    for (const r of await everyReport(spec)) {
      expect(r.out, r.args).not.toMatch(/Sl0e|Thicket/);
      expect(r.code, r.args).toBe(1);
      expect(r.out, r.args).toContain('VEIL-SECRET-001');
    }
    expect((await runCli(['validate', '--spec', writeTemp(spec)])).stdout).toContain(frame);
  });

  it.each([
    // name, the value as written (escapes hide the secret from the raw line), pieces that must never show
    ['a password in a URL, letters and the @ as escapes', 'url: "https://ops:Gr\\u0061nite-Qu4rry\\u0040alerts.example.org/hook"', ['Gr\\u0061nite', 'nite-Qu4rry']],
    ['a token written with an \\x escape in a comment-free line', 'url: "https://alerts.example.org/hook?token=gh\\x70_T0kenT0kenT0kenT0kenT0kenT0kenT0kenX"', ['T0kenT0ken']],
    ['a password assignment with an escaped letter, and half a surrogate pair', 'url: "https://alerts.example.org/hook?pass\\u0077ord=Sl\\ud800ate-R1dge"', ['ate-R1dge', 'Sl\\ud800']],
  ])('%s: masked whole in every code frame', async (_, line, pieces) => {
    const spec = edit([WEBHOOK, line]);
    for (const r of await everyReport(spec)) {
      for (const p of pieces) expect(r.out, `${r.args}: ${p}`).not.toContain(p);
    }
    const r = await runCli(['validate', '--spec', writeTemp(spec)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('url: ****');
  });

  it('an escaped secret on a line with a syntax error (no rule ran) is masked in the frame', async () => {
    const spec = edit([WEBHOOK, 'url: "https://ops:Gr\\u0061nite-Qu4rry\\u0040alerts.example.org/hook" junk']);
    for (const r of await everyReport(spec)) {
      expect(r.out, r.args).not.toMatch(/nite-Qu4rry/);
      expect(r.out, r.args).toContain('VEIL-LOAD-001');
    }
  });

  it('the code frame of a secret finding masks the secret, and nothing else on the line', async () => {
    const spec = edit([FILTER, 'url: https://lists.example.org/hosts?format=hosts&apikey=Qu1nce-Pl4nk   # list mirror']);
    const r = await runCli(['validate', '--spec', writeTemp(spec)]);
    expect(r.stdout).toContain('url: https://lists.example.org/hosts?format=hosts&apikey=****   # list mirror');
    expect(r.stdout).not.toContain('Qu1nce-Pl4nk');
  });

  it('a comment next to a finding is masked too (the detectors run on every echoed line)', async () => {
    const spec = edit(['  controller: ingress-nginx', '  controller: ingress-nginx   # deploy key ghp_T0kenT0kenT0kenT0kenT0kenT0kenT0kenX']);
    const r = await runCli(['validate', '--spec', writeTemp(spec)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('controller: ingress-nginx   # deploy key ****');
    expect(r.stdout).not.toContain('ghp_T0ken');
  });
});

describe('secret material is found wherever it hides, and stops compile before anything is written', () => {
  const cases: [string, string, [string, string][], string][] = [
    ['a node label named like a password', 'VEIL-SECRET-004', [[NODE2, `${NODE2}    labels:\n      pg-password: Marr0w-Quay\n`]], 'Marr0w-Quay'],
    // the two letters outside ASCII that RE2's (?i) takes for k and s (U+212A, U+017F), through the
    // committed Wasm: the key screen folds them with the engine's own upper() and lower()
    ['a node label named like a token, with a Kelvin sign for k', 'VEIL-SECRET-004', [[NODE2, `${NODE2}    labels:\n      db-to\u212Aen: Wh1sk-Lantern\n`]], 'Wh1sk-Lantern'],
    ['a node label named like a password, with long s for s', 'VEIL-SECRET-004', [[NODE2, `${NODE2}    labels:\n      pa\u017F\u017Fword: Gr4nite-Moth\n`]], 'Gr4nite-Moth'],
    ['a token as the URL user part, without a password', 'VEIL-SECRET-001', [[FILTER, 'url: https://glpat-Fj3kQp9xLm2nZr7tWv4y@gitlab.example.org/lists/hosts']], 'glpat-Fj3kQp9xLm2nZr7tWv4y'],
    ['user:password as the SMTP user name', 'VEIL-SECRET-005',
      [['      - name: hive-webhook\n', '      - name: mail\n        email: { to: ops@example.org, from: am@example.org, smarthost: "smtp.example.org:587", authUsername: "am@example.org:Pl0ver-Tide" }\n      - name: hive-webhook\n']], 'Pl0ver-Tide'],
    ['a token in the URL fragment', 'VEIL-SECRET-002', [[WEBHOOK, 'url: https://alerts.example.org/hook#access_token=Br1ar-Canto-88']], 'Br1ar-Canto-88'],
    ['a token as a label key', 'VEIL-SECRET-003', [[NODE2, `${NODE2}    labels:\n      xoxb-2024061012-Slat3Fern0Wick: "x"\n`]], 'Slat3Fern0Wick'],
    // each format at its shortest, with no ":" or "=" in the text: no run of 16 word characters
    ['the shortest Slack token in free text', 'VEIL-SECRET-003', [[NODE2, `${NODE2}    labels:\n      note: "ci xoxb-7302914856 here"\n`]], 'xoxb-7302914856'],
    ['the shortest JSON Web Token in free text', 'VEIL-SECRET-003', [[NODE2, `${NODE2}    labels:\n      note: "see eyJ4k2m9q1w.eyJ7b3x5z0p.Qa8c6e4g"\n`]], 'eyJ4k2m9q1w.eyJ7b3x5z0p'],
  ];

  it.each(cases)('%s (%s)', async (_, rule, pairs, secret) => {
    const spec = writeTemp(edit(...pairs));
    const out = join(tempDir(), 'out');
    const r = await runCli(['compile', '--spec', spec, '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const json = JSON.parse(r.stdout) as { findings: { rule: string; severity: string }[] };
    expect(json.findings.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('deny');
    expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('a waiver of a secret rule waives nothing and is itself a deny', async () => {
    const spec = writeTemp(edit(
      [NODE2, `${NODE2}    labels:\n      pg-password: Marr0w-Quay\n`],
      ['waivers: []', 'waivers:\n  - { rule: VEIL-SECRET-004, path: "", reason: "the lab database only", expires: 2099-12-31 }'],
    ));
    const out = join(tempDir(), 'out');
    const r = await runCli(['compile', '--spec', spec, '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const json = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; waived?: unknown }[]; summary: { waived: number } };
    const secret = json.findings.find((f) => f.rule === 'VEIL-SECRET-004')!;
    expect(secret.waived).toBeUndefined();
    expect(json.findings.find((f) => f.rule === 'VEIL-WAIVER-003')?.severity).toBe('deny');
    expect(json.summary.waived).toBe(0);
  });
});

describe('control characters in an echoed spec line are shown as escapes, terminal or not', () => {
  const spec = () => writeTemp(edit(['  controller: ingress-nginx', `  controller: ingress-nginx   # ${ESC}[2J${ESC}[31mall clear${ESC}[0m \u202egnp.exe`]));

  it.each(FORMATS.map((f) => [f]))('%s', async (format) => {
    const r = await runCli(['validate', '--spec', spec(), '--format', format]);
    // the control characters are themselves a load finding (VEIL-LOAD-009), whose line is echoed
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('VEIL-LOAD-009');
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('\u202e');
    const line = 'controller: ingress-nginx   # \\x1b[2J\\x1b[31mall clear\\x1b[0m \\u202egnp.exe';
    // json and sarif carry it as a JSON string, so its backslashes are escaped once more
    if (format !== 'github') expect(r.stdout).toContain(format === 'json' || format === 'sarif' ? JSON.stringify(line).slice(1, -1) : line);
  });
});
