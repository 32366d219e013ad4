// The real YAML language server (npm yaml-language-server, what VS Code's
// Red Hat YAML extension, yamlls in Neovim and Helix run) over LSP on stdio,
// driven with vscode-jsonrpc. The server runs in its own process group and is
// always stopped: by `stop()`, and on process exit. The schema store is off,
// so the server never reaches for the network.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const require = createRequire(import.meta.url);
const SERVER = require.resolve('yaml-language-server/bin/yaml-language-server');

const SETTINGS = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {} } };

export interface YamlLanguageServer {
  /** Markdown of the hover at a 0-based line and character, or null. */
  hover(file: string, text: string, line: number, character: number): Promise<string | null>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => { for (const c of running) killGroup(c); });

function killGroup(c: ChildProcess): void {
  try { process.kill(-c.pid!, 'SIGKILL'); } catch { /* already gone */ }
}

export async function startYamlLanguageServer(rootDir: string, timeoutMs = 30_000): Promise<YamlLanguageServer> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const timer = setTimeout(() => killGroup(child), timeoutMs * 4); // never outlives a stuck test
  const conn: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'yaml' ? SETTINGS.yaml : i.section ? null : SETTINGS)));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => {});
  conn.listen();
  const within = <T>(p: Promise<T>, what: string): Promise<T> => Promise.race([
    p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`yaml-language-server: no answer to ${what} within ${timeoutMs} ms`)), timeoutMs)),
  ]);
  const rootUri = pathToFileURL(rootDir).href;
  await within(conn.sendRequest('initialize', {
    processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'test' }],
    capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
  }), 'initialize');
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('workspace/didChangeConfiguration', { settings: SETTINGS });
  let version = 0;
  return {
    async hover(file, text, line, character) {
      const uri = pathToFileURL(file).href;
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
      const h = await within(conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }), 'hover') as { contents: { value: string } | string } | null;
      await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      if (!h) return null;
      return typeof h.contents === 'string' ? h.contents : h.contents.value;
    },
    async stop() {
      clearTimeout(timer);
      try {
        await within(conn.sendRequest('shutdown'), 'shutdown');
        await conn.sendNotification('exit');
      } catch { /* killed below */ }
      conn.dispose();
      killGroup(child);
      running.delete(child);
    },
  };
}

/** Line and character of `key:` on the first line at or after `from` where it starts (0-based). */
export function keyPosition(text: string, key: string, from = 0): { line: number; character: number } {
  const lines = text.split('\n');
  for (let i = from; i < lines.length; i++) {
    const m = new RegExp(`^(\\s*(?:- )?)${key}:`).exec(lines[i]!);
    if (m) return { line: i, character: m[1]!.length + 1 };
  }
  throw new Error(`no ${key}: at or after line ${from + 1}`);
}
