import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../src/config';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  /** 1-minute load average when the run began: other work on a shared machine shows here. */
  loadAverageAtStart: number;
}

/** Versions of the packages the contenders are built from, as installed. */
export function packageVersions(): Record<string, string> {
  const names = ['@apollo/server', '@neo4j/graphql', 'graphql', 'neo4j-driver', 'express', 'dataloader', 'autocannon'];
  const versions: Record<string, string> = {};
  for (const name of names) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
      versions[name] = pkg.version ?? 'unknown';
    } catch {
      versions[name] = 'not installed';
    }
  }
  return versions;
}

function javaVersion(searchPath: string | undefined): string {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8', env: { PATH: searchPath ?? '' } });
  return (java.stderr || java.stdout || '').split('\n')[0]?.trim() || 'unknown';
}

async function neo4jVersion(driver: Driver): Promise<string> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    const row = result.records[0];
    return row ? `${String(row.get('name'))} ${String(row.get('version'))} ${String(row.get('edition'))}` : 'unknown';
  } finally {
    await session.close();
  }
}

export async function describeMachine(driver: Driver, searchPath: string | undefined, loadAverageAtStart: number): Promise<MachineInfo> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: javaVersion(searchPath),
    neo4j: await neo4jVersion(driver),
    loadAverageAtStart,
  };
}
