import fs from 'node:fs';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../../src/server/nodeFlags';

const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('the server process V8 flags', () => {
  it('npm start runs main.js with exactly SERVER_NODE_FLAGS, which the load test, notebooks and bench reuse', () => {
    const start = packageJson.scripts['start'] ?? '';
    const launch = /(?:^|&&\s*)node ((?:--\S+\s+)*)dist\/src\/main\.js\s*$/.exec(start);
    expect(launch).not.toBeNull();
    expect((launch?.[1] ?? '').trim().split(/\s+/).filter(Boolean)).toEqual([...SERVER_NODE_FLAGS]);
  });

  it('holds only flags node accepts on its command line', () => {
    const allowed = process.allowedNodeEnvironmentFlags;
    for (const flag of SERVER_NODE_FLAGS) expect(allowed.has(flag.split('=')[0] ?? flag)).toBe(true);
  });
});
