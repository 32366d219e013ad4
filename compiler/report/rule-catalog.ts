// What every rule ID means, for reports that carry rule metadata (SARIF's
// reportingDescriptor: GitHub code scanning requires a full description and
// help for each rule). Policy rules come from their Rego METADATA
// (policies/build/rules.json, generated with RULES.md); the stages before and
// beside the policies are described here, as README's rule table lists them.
import policyRules from '../../policies/build/rules.json' with { type: 'json' };
import { TRANSITION_RULE_DOCS } from '../transition/catalog.ts';

export interface RuleDoc {
  id: string;
  title: string;
  /** One or more paragraphs of plain text. */
  description: string;
  /** Documentation pages or specifications the rule follows. */
  sources: readonly string[];
  /** Where the rule is documented, relative to the veilc package root, with its anchor. */
  doc: string;
}

const README_RULES = 'README.md#policies-and-waivers';

/** Findings of load, schema, model, emit and the gate itself: id -> [title, description]. */
const STAGE_RULES: Record<string, [string, string]> = {
  'VEIL-LOAD-001': ['YAML syntax', 'The spec is not well-formed YAML 1.2; nothing after the load stage runs.'],
  'VEIL-LOAD-002': ['Duplicate keys', 'A mapping names the same key twice; YAML 1.2 forbids it and which value wins would be a guess.'],
  'VEIL-LOAD-003': ['Aliases', 'An alias names no anchor, or alias expansion grows past the limit (a "billion laughs" document).'],
  'VEIL-LOAD-004': ['File over 1 MiB', 'The spec is larger than 1 MiB; a hand-written cluster description never is.'],
  'VEIL-LOAD-005': ['Not UTF-8', 'The spec is not valid UTF-8 text.'],
  'VEIL-LOAD-006': ['Tab indentation', 'YAML forbids tabs for indentation.'],
  'VEIL-LOAD-007': ['Empty file', 'The spec holds no document.'],
  'VEIL-LOAD-008': ['Not a mapping', 'The spec\'s top level is not a mapping of sections.'],
  'VEIL-LOAD-009': ['Control character', 'A C0 or C1 control character, DEL or a bidirectional override (raw or as an escape) in a value, key or comment; it could hide or reorder text in every output (Trojan Source, CVE-2021-42574). Also half a surrogate pair written as an escape (`"\\ud800"`): no character, which UTF-8 and JSON cannot carry.'],
  'VEIL-LOAD-010': ['Tag outside the YAML 1.2 core schema', 'An explicit tag other than the core schema\'s (or one whose value is not of its type), or a %YAML 1.1 directive: the two YAML loaders must read one meaning.'],
  'VEIL-SCHEMA-001': ['Unknown key', 'A key the schema (schema/veil.schema.json) does not define, with the closest known key as a hint.'],
  'VEIL-SCHEMA-002': ['Missing key', 'A key the schema requires is absent.'],
  'VEIL-SCHEMA-003': ['Wrong type', 'A value has the wrong JSON type for its key.'],
  'VEIL-SCHEMA-004': ['Invalid format', 'An address, CIDR, range, quantity, duration or name is not written in its format.'],
  'VEIL-SCHEMA-005': ['Not an allowed value', 'A value is not one of the values the schema allows.'],
  'VEIL-SCHEMA-006': ['Out of range', 'A number or a list length is outside the schema\'s bounds.'],
  'VEIL-SCHEMA-007': ['Record target or address', 'A DNS record needs exactly one of `target` and `address`.'],
  'VEIL-SCHEMA-008': ['Duplicate list item', 'A list that must hold unique items holds one twice.'],
  'VEIL-SCHEMA-009': ['Schema violation', 'Any other JSON Schema violation.'],
  'VEIL-SCHEMA-010': ['Removed key', 'A key veilc no longer reads, with the key that replaced it.'],
  'VEIL-MODEL-001': ['CIDR with host bits', 'A CIDR whose address has host bits set names no network.'],
  'VEIL-MODEL-002': ['Reversed range', 'An address range ends before it starts.'],
  'VEIL-MODEL-003': ['Fractional bytes', 'A quantity is not a whole number of bytes.'],
  'VEIL-MODEL-004': ['Repeated key in a keyed list', 'Two entries of a keyed list (hosts, nodes, pools, zones, records, receivers, ...) share a key, or names derived from them collide; reported at the later entry.'],
  'VEIL-FLUX-002': ['Bootstrap path inside the output', 'flux.bootstrapPath lies inside the compiled output folder, which veilc replaces on every compile.'],
  'VEIL-FLUX-003': ['Bootstrap path overlaps the compiled tree', 'flux.bootstrapPath overlaps the folder Flux syncs from the compiled tree.'],
  'VEIL-FLUX-004': ['Cluster name collides', 'The cluster name collides with a Flux Kustomization or namespace veilc emits.'],
  'VEIL-FLUX-005': ['StatefulSet name too long', 'A MinIO pool\'s StatefulSet name is over 52 characters; Kubernetes cannot label its pods (kubernetes/kubernetes#64023).'],
  'VEIL-FLUX-006': ['Flux path elsewhere', 'flux.path is not where the compile writes the tree (the output folder relative to the Git repository root), so Flux would reconcile a path that does not hold it.'],
  'VEIL-CHECK-001': ['Output drift', 'The committed output folder differs from what the spec compiles to: a file was edited by hand, or the spec changed without a compile. Run `veilc compile` and commit, or revert the hand edit.'],
  'VEIL-CHECK-002': ['Stale bootstrap glue', 'The hand-kept copy of the bootstrap Kustomization (<flux.bootstrapPath>/<cluster>.yaml) differs from the compiled one, so Flux keeps syncing old settings. Copy it again and commit.'],
  'VEIL-CHECK-003': ['Checker rejected the output', 'An external checker (kubeconform, kustomize, unbound-checkconf, amtool or shellcheck) rejected the compiled tree.'],
};

/** The gate's own rules: evaluated by every `check` that compiled. */
export const CHECK_RULES = ['VEIL-CHECK-001', 'VEIL-CHECK-002', 'VEIL-CHECK-003'] as const;

const POLICY = policyRules as Record<string, { title: string; description: string; sources: string[] }>;

/** The documentation of a rule ID; an ID nobody catalogued still gets a usable entry. */
export function ruleDoc(id: string): RuleDoc {
  const p = POLICY[id];
  if (p) return { id, title: p.title, description: p.description, sources: p.sources, doc: `policies/RULES.md#${id.toLowerCase()}` };
  const s = STAGE_RULES[id];
  if (s) return { id, title: s[0], description: s[1], sources: [], doc: README_RULES };
  const t = (TRANSITION_RULE_DOCS as Record<string, readonly [string, string]>)[id];
  if (t) return transitionDoc(id, t[0], t[1]);
  return { id, title: id, description: `veilc rule ${id}; see the README for the rule tables.`, sources: [], doc: README_RULES };
}

const README_CHANGES = 'README.md#change-safety---base';

/**
 * A transition rule as reports show it: the title is the README row's first
 * clause (up to a colon, semicolon or parenthesis), the description the whole
 * row with its class, as plain text.
 */
function transitionDoc(id: string, cls: string, text: string): RuleDoc {
  const plain = text.replace(/`/g, '');
  const clause = plain.split(/: |; | \(/)[0]!.trim();
  const title = `${clause.charAt(0).toUpperCase()}${clause.slice(1)}`;
  return { id, title, description: `Transition (--base), class ${cls}: ${plain}.`, sources: [], doc: README_CHANGES };
}

/** Every ID this catalog describes (tests keep it in step with the README). */
export function cataloguedIds(): string[] {
  return [...Object.keys(POLICY), ...Object.keys(STAGE_RULES), ...Object.keys(TRANSITION_RULE_DOCS)];
}
