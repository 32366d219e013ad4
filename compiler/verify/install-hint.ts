// How to install a missing checker when veilc runs as an installed package:
// there is no scripts/toolchain.sh beside it (package.json "files"), so the
// repository's own hint would send the user to a script they do not have.
import { existsSync } from 'node:fs';
import { toolEnvVar } from './find-tool.ts';
import { repoPath } from '../paths.ts';

/** Go packages of the Go-built checkers; veilc's pinned versions are in its scripts/toolchain.versions. */
const GO_PACKAGES: Record<string, string> = {
  kubeconform: 'github.com/yannh/kubeconform/cmd/kubeconform',
  kustomize: 'sigs.k8s.io/kustomize/kustomize/v5',
  opa: 'github.com/open-policy-agent/opa',
  amtool: 'github.com/prometheus/alertmanager/cmd/amtool',
};

/** The hint for a Go-built checker outside the veilc repository, or null where the repository's hint applies. */
export function installedPackageHint(tool: string): string | null {
  const pkg = GO_PACKAGES[tool];
  if (!pkg || existsSync(repoPath('scripts', 'toolchain.sh'))) return null;
  return `${tool} not found: put it on PATH (e.g. \`go install ${pkg}@VERSION\`) or set ${toolEnvVar(tool)}=/path/to/${tool}`;
}
