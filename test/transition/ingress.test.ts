// Switching the ingress controller (VEIL-CHANGE-032/033): each step of the
// migration window, the steps taken together, and a one-step switch, as
// before/after pairs of the "orbit" spec (ingress-nginx on 10.40.0.200).
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import { changeOf, edit, findingsOf, lineOf, ORBIT, transition, validated } from './helpers.ts';

const INGRESS = 'ingress:\n  address: 10.40.0.200\n  className: web\n';
const withIngress = (block: string) => edit(ORBIT, INGRESS, block);
const window = (keepsDns: boolean, retiringAddress = '10.40.0.200') => withIngress(
  `ingress:\n  controller: envoy-gateway\n  address: 10.40.0.210\n  retiring:\n    controller: ingress-nginx\n    className: web\n    address: ${retiringAddress}\n    keepsDns: ${keepsDns}\n`);
const ENVOY_ONLY = withIngress('ingress:\n  controller: envoy-gateway\n  address: 10.40.0.210\n');
const ENVOY_SAME_ADDRESS = withIngress('ingress:\n  controller: envoy-gateway\n  address: 10.40.0.200\n');

const rules = (t: ReturnType<typeof transition>) => findingsOf(t).map(([r]) => r);

describe('the migration window, one step per change: no outage, no finding of its own', () => {
  it('1. open it: envoy-gateway installed beside ingress-nginx, which keeps its address and the names', () => {
    const t = transition(ORBIT, window(true));
    expect(changeOf(t, 'HelmRelease', 'envoy-gateway').action).toBe('create');
    // ingress-nginx moved from ingress to ingress.retiring at the same address: not an address move
    expect(rules(t)).toEqual([]);
    expect(t.changes.filter((c) => c.kind === 'DNSRecord')).toEqual([]);
  });

  it('2. switch the names: the records move to the new address, as zone updates', () => {
    const t = transition(window(true), window(false));
    expect(changeOf(t, 'DNSRecord', 'dash')).toMatchObject({ action: 'update' });
    expect(rules(t)).toEqual([]);
  });

  it('3. close it once the names have moved: ingress-nginx is pruned, with its stage and namespace', () => {
    const t = transition(window(false), ENVOY_ONLY);
    expect(changeOf(t, 'HelmRelease', 'ingress-nginx').action).toBe('delete');
    // what Flux's prune deletes is said as for any stage and namespace that go; nothing about the names
    expect(rules(t)).toEqual(['VEIL-CHANGE-040', 'VEIL-CHANGE-042']);
    expect(changeOf(t, 'HelmRepository', 'ingress-nginx').action).toBe('delete');
  });
});

describe('steps taken together', () => {
  it('a one-step switch is a procedure at ingress.controller (VEIL-CHANGE-032)', () => {
    const t = transition(ORBIT, ENVOY_ONLY);
    const hr = changeOf(t, 'HelmRelease', 'envoy-gateway');
    expect(hr.action).toBe('procedure');
    expect(hr.reasons.find((r) => r.rule === 'VEIL-CHANGE-032')).toMatchObject({ procedure: 'change-the-ingress-controller' });
    expect(hr.reasons.find((r) => r.rule === 'VEIL-CHANGE-032')!.text).toMatch(/ingress-nginx \(10\.40\.0\.200\) to envoy-gateway \(10\.40\.0\.210\).*uninstalls ingress-nginx/);
    expect(findingsOf(t).filter(([r]) => r === 'VEIL-CHANGE-032')).toEqual([['VEIL-CHANGE-032', 'warn', lineOf(ENVOY_ONLY, 'controller: envoy-gateway')]]);
  });

  it('a one-step switch on the same address: MetalLB hands it over only after the old Service goes', () => {
    const t = transition(ORBIT, ENVOY_SAME_ADDRESS);
    const reason = changeOf(t, 'HelmRelease', 'envoy-gateway').reasons.find((r) => r.rule === 'VEIL-CHANGE-032')!;
    expect(reason.text).toMatch(/MetalLB hands it 10\.40\.0\.200 only once ingress-nginx's Service is gone/);
    expect(rules(t)).toEqual(['VEIL-CHANGE-032', 'VEIL-CHANGE-040', 'VEIL-CHANGE-042']);
  });

  it('opening the window with the names already switched: 032 at keepsDns', () => {
    const next = window(false);
    const t = transition(ORBIT, next);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-032', 'warn', lineOf(next, 'keepsDns: false')]]);
  });

  it('closing the window while the names still resolve to the retiring controller: 033 at ingress', () => {
    const t = transition(window(true), ENVOY_ONLY);
    const hr = changeOf(t, 'HelmRelease', 'ingress-nginx');
    expect(hr.action).toBe('procedure');
    expect(hr.reasons.find((r) => r.rule === 'VEIL-CHANGE-033')!.text).toMatch(/ingress-nginx \(10\.40\.0\.200\) is removed .* up to 600s/);
    // at the ingress mapping, whose first line is now the controller
    expect(findingsOf(t).filter(([r]) => r === 'VEIL-CHANGE-033')).toEqual([['VEIL-CHANGE-033', 'warn', lineOf(ENVOY_ONLY, 'controller: envoy-gateway')]]);
  });

  it('going back to ingress-nginx after the names moved: the controller they resolve to is removed (033)', () => {
    const back = withIngress('ingress:\n  address: 10.40.0.200\n  className: web\n');
    const t = transition(window(false), back);
    expect(changeOf(t, 'HelmRelease', 'envoy-gateway').action).toBe('procedure');
    expect(rules(t).filter((r) => r.startsWith('VEIL-CHANGE-03'))).toEqual(['VEIL-CHANGE-033']);
  });

  it('a retiring controller declared on another address than it runs on is an address move (031), named by controller', () => {
    const next = window(true, '10.40.0.205');
    const t = transition(ORBIT, next);
    const hr = changeOf(t, 'HelmRelease', 'ingress-nginx');
    expect(hr.reasons.find((r) => r.rule === 'VEIL-CHANGE-031')!.text).toMatch(/^the ingress-nginx \(ingress-retiring\) address moves 10\.40\.0\.200 -> 10\.40\.0\.205/);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-031', 'warn', lineOf(next, 'address: 10.40.0.205')]]);
  });
});

describe('CHANGES.md "Change the ingress controller"', () => {
  const changesMd = (text: string) => emitAll(validated(text).model).find((f) => f.path === 'docs/CHANGES.md')!.content;
  const section = (md: string) => md.slice(md.indexOf('## Change the ingress controller'), md.indexOf('\n## ', md.indexOf('## Change the ingress controller') + 1));

  it('step 1 for this spec, pasted in place of the ingress block, opens the window without a finding', () => {
    const s = section(changesMd(ORBIT));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(s)![1]!;
    expect(yaml).toContain('address: 10.40.0.201'); // the first pool address no service asks for
    const next = withIngress(yaml);
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'HelmRelease', 'envoy-gateway').action).toBe('create');
    expect(rules(t)).toEqual([]);
  });

  it('in the window: says a move is under way, and offers no step 1 of its own', () => {
    const s = section(changesMd(window(true)));
    expect(s).toContain('`ingress-nginx` on `10.40.0.200` (`ingress.retiring`) and `envoy-gateway` on `10.40.0.210` both run');
    expect(s).not.toContain('```yaml');
  });

  it('without an ingress: no section', () => {
    const noIngress = ORBIT.replace(INGRESS, '').replace(/(\n {8}- \{ name: (ingress|dash|metrics|alerts|blob), target: ingress \})+/, '\n        - { name: www, target: host/beacon }')
      .replace(/\n {4}host: [a-z]+\.orbit\.home\.arpa/g, '').replace('    mode: ingress\n    apiHost: blob.orbit.home.arpa', '    mode: loadBalancer\n    address: 10.40.0.201');
    expect(changesMd(noIngress)).not.toContain('## Change the ingress controller');
  });
});
