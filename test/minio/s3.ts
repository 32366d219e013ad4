// A small S3 and MinIO admin client for the real-MinIO tests: requests signed
// with AWS Signature Version 4 by the `aws4` library (MinIO's admin API uses
// the same signing as S3), sent with node:http to 127.0.0.1, each bounded in time.
import aws4 from 'aws4';
import { request } from 'node:http';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface Response {
  status: number;
  body: Buffer;
}

/** One signed request to the server on 127.0.0.1:port; rejects on a network error or after `timeoutMs`. */
export function s3Request(port: number, creds: Credentials, method: string, path: string, body?: Buffer, timeoutMs = 15_000): Promise<Response> {
  const signed = aws4.sign({ host: `127.0.0.1:${port}`, method, path, service: 's3', region: 'us-east-1', body, headers: body ? { 'Content-Length': String(body.length) } : {} }, creds);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: signed.headers as Record<string, string>, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} on :${port} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** An unsigned GET (health checks and public metrics). */
export function plainGet(port: number, path: string, timeoutMs = 5_000): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'GET', path, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} on :${port} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** What MinIO's admin API says about the backend (madmin.StorageInfo, GET /minio/admin/v3/storageinfo). */
export interface StorageInfo {
  Disks: { endpoint: string; state: string; totalspace: number; pool_index?: number; set_index?: number; disk_index?: number }[];
  Backend: { StandardSCParity: number; StandardSCData: number[]; TotalSets: number[]; DrivesPerSet: number[] };
}

export async function storageInfo(port: number, creds: Credentials): Promise<StorageInfo> {
  const r = await s3Request(port, creds, 'GET', '/minio/admin/v3/storageinfo');
  if (r.status !== 200) throw new Error(`storageinfo: HTTP ${r.status} ${r.body.toString('utf8').slice(0, 300)}`);
  return JSON.parse(r.body.toString('utf8')) as StorageInfo;
}

/** A metric's value from MinIO's Prometheus cluster metrics (GET /minio/v2/metrics/cluster, public in these tests). */
export async function clusterMetric(port: number, name: string): Promise<number> {
  const r = await plainGet(port, '/minio/v2/metrics/cluster', 15_000);
  if (r.status !== 200) throw new Error(`metrics: HTTP ${r.status}`);
  const line = r.body.toString('utf8').split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  if (!line) throw new Error(`metric ${name} not reported`);
  return Number(line.slice(line.lastIndexOf(' ') + 1));
}
