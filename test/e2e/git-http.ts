// Git's smart HTTP protocol on 127.0.0.1 for the end-to-end tier: the real
// `git http-backend` (a CGI program shipped with git) behind a minimal CGI
// gateway, so Flux's source-controller clones the throwaway repository the
// way it clones a forge. Read-only: receive-pack is refused (the tests push
// to the bare repository on disk, as a user pushes to a forge). Each request
// runs one http-backend, bounded in time and killed when its client leaves
// or the server closes.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback, type Listening } from './loopback.ts';

/** `url`: http://127.0.0.1:PORT/ ; a repository `root/NAME.git` is at `${url}NAME.git`. */
export type GitHttpServer = Listening;

/** Requests a git client makes for fetching (upload-pack); anything else is 403. */
const FETCH_PATH = /^\/[A-Za-z0-9._-]+\.git\/(info\/refs|git-upload-pack|HEAD)$/;

/**
 * Serves every bare repository directly under `root` over git smart HTTP
 * (fetch only) on a free loopback port. Each request runs `git http-backend`
 * once (GIT_PROJECT_ROOT=root, GIT_HTTP_EXPORT_ALL). Close it with close().
 */
export async function serveGit(root: string): Promise<GitHttpServer> {
  const children = new Set<ChildProcess>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const service = url.searchParams.get('service');
    if (!FETCH_PATH.test(url.pathname) || (service !== null && service !== 'git-upload-pack')) {
      res.writeHead(403).end('fetch only\n');
      return;
    }
    runBackend(root, url, req, res, children);
  });
  const listening = await listenOnLoopback(server);
  return {
    url: listening.url,
    async close() {
      for (const c of children) c.kill('SIGKILL');
      await listening.close();
    },
  };
}

/** Longest a single request may run http-backend, ms. */
const REQUEST_TIMEOUT_MS = 60_000;

function runBackend(root: string, url: URL, req: IncomingMessage, res: ServerResponse, children: Set<ChildProcess>): void {
  // RFC 3875 meta-variables http-backend reads; the client's body encoding and protocol version go in as well
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: root,
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: url.pathname,
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_ADDR: '127.0.0.1',
    ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
    ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
  };
  const cgi = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'], timeout: REQUEST_TIMEOUT_MS, killSignal: 'SIGKILL' });
  children.add(cgi);
  let stderr = '';
  cgi.stderr.setEncoding('utf8').on('data', (d: string) => {
    if (stderr.length < 2000) stderr += d;
  });
  // http-backend may exit before reading a request body (an unknown repository): that EPIPE is not an error of ours
  cgi.stdin.on('error', () => {});
  req.pipe(cgi.stdin);
  // a client that goes away takes its http-backend with it
  res.on('close', () => {
    if (cgi.exitCode === null && cgi.signalCode === null) cgi.kill('SIGKILL');
  });
  let head = Buffer.alloc(0);
  let headersDone = false;
  cgi.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    headersDone = true;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
      else res.setHeader(name, value);
    }
    res.writeHead(status);
    res.write(head.subarray(end + 4));
  });
  cgi.on('close', (code, signal) => {
    children.delete(cgi);
    if (!headersDone) {
      if (!res.headersSent) res.writeHead(500);
      res.end(`git http-backend exited with ${signal ?? code}: ${stderr}\n`);
    } else res.end();
  });
  cgi.on('error', (e) => {
    children.delete(cgi);
    if (!res.headersSent) res.writeHead(500);
    res.end(String(e));
  });
}
