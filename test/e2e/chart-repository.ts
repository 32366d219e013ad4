// The vendored charts (test/fixtures/charts: packaged from the upstream tags
// the spec pins, see SOURCE.md there) served as a classic Helm repository on
// 127.0.0.1, standing in for the chart sites no test can reach. Only the
// files of the folder's listing are served (index.yaml and the .tgz archives).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { listenOnLoopback } from './loopback.ts';

export const CHARTS_DIR = new URL('../fixtures/charts/', import.meta.url).pathname;

export interface ChartRepository {
  /** http://127.0.0.1:PORT/ : index.yaml lives here (chart URLs in it are relative). */
  readonly url: string;
  /** Requests answered, by path (what source-controller fetched). */
  readonly served: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `dir` (default: the vendored charts) as a Helm repository on a free loopback port. */
export async function serveCharts(dir: string = CHARTS_DIR): Promise<ChartRepository> {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(dir)) {
    if (name === 'index.yaml') files.set(`/${name}`, { body: readFileSync(join(dir, name)), type: 'application/x-yaml' });
    else if (name.endsWith('.tgz')) files.set(`/${name}`, { body: readFileSync(join(dir, name)), type: 'application/gzip' });
  }
  if (!files.has('/index.yaml')) throw new Error(`${dir} has no index.yaml`);
  const served = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files.get(path);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    served.set(path, (served.get(path) ?? 0) + 1);
    res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });
  const listening = await listenOnLoopback(server);
  return { url: listening.url, served, close: listening.close };
}
