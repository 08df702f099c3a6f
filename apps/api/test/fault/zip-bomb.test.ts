import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { endApi, startApi, waitForHealth, type ApiProcess } from './support/api-process.js';
import { freshDatabase, startCluster } from './support/cluster.js';
import { login } from './support/write-load.js';
import { zipBomb } from '../support/zip.js';

const cluster = inject('faultCluster');
let api: ApiProcess | undefined;

beforeAll(async () => {
  await startCluster(cluster);
  api = await startApi({
    DATABASE_URL: await freshDatabase(cluster, 'bangfu_fault_bomb'),
  });
});
afterAll(() => endApi(api));

const GB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;

it('three 1.6 GB zip bombs at once, and three that lie about their size: refused, memory bounded, still serving', async () => {
  const server = api!;
  const token = await login(server.url, 'wenhualu', 'bangfu-demo');
  const [honest, lying] = await Promise.all([zipBomb(1.6 * GB), zipBomb(1.6 * GB, { lie: true })]);
  const upload = async (file: Buffer) => {
    const res = await fetch(`${server.url}/spreadsheets/archives/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: new Uint8Array(file),
    });
    return { status: res.status, body: (await res.json()) as { errors: { code: string }[] } };
  };
  // Until it is refused for what it is: an import that finds the union busy is sent again.
  const refused = async (file: Buffer) => {
    for (;;) {
      const answer = await upload(file);
      if (answer.status !== 409 && answer.status !== 429) return answer;
    }
  };
  await waitForHealth(server, 200);
  server.resetPeakMemory();
  const before = server.memory().rss;
  const answers = await Promise.all([honest, honest, honest, lying, lying, lying].map(refused));
  const peak = server.memory().peak;
  console.info(
    `zip bombs (${(honest.length / MB).toFixed(2)} MB → 1.6 GB each, six in all): RSS ${(before / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB (+${((peak - before) / MB).toFixed(0)} MB)`,
  );
  for (const answer of answers) {
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0]!.code).toBe('SPREADSHEET_TOO_LARGE_UNPACKED');
  }
  expect(peak - before).toBeLessThan(150 * MB);
  expect(server.alive()).toBe(true);
  await waitForHealth(server, 200);
});
