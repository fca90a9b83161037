import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { classDataArchiveFile, classDataArchiveFlags, ensureClassDataArchive, findJava, resolveLocalNeo4jBuild } from '../../../src/graph/local';

const searchPath = process.env['PATH'];
const javaHome = process.env['JAVA_HOME'];

describe('the class-data archive of the local Neo4j', () => {
  const java = findJava({ searchPath, javaHome });
  const build = resolveLocalNeo4jBuild({ neo4jDir: path.join(projectRoot, 'neo4j'), searchPath, javaHome });

  it('is made once per runtime and classpath, and found again without training', () => {
    const archive = ensureClassDataArchive({ build, java, searchPath });
    expect(archive).not.toBeNull();
    const file = archive as string;
    expect(path.basename(file)).toMatch(new RegExp(`^local-neo4j-java${java.major}-[0-9a-f]{16}\\.jsa$`));
    const made = fs.statSync(file).mtimeMs;
    expect(ensureClassDataArchive({ build, java, searchPath })).toBe(file);
    expect(fs.statSync(file).mtimeMs).toBe(made);
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.endsWith('.jsa'))).toEqual([path.basename(file)]);
  });

  it('is mapped by the JVM: with sharing required, the entry point still runs (an unusable archive stops the VM)', () => {
    const archive = ensureClassDataArchive({ build, java, searchPath });
    const run = spawnSync(
      java.executable,
      ['-Xshare:on', ...classDataArchiveFlags(archive), `@${build.classpathArgFile}`, build.mainClass, '--not-an-option'],
      { encoding: 'utf8', env: { PATH: searchPath ?? '' }, timeout: 60_000 },
    );
    // The entry point refuses the option (on stderr) only if the VM started with the archive mapped.
    expect(`${run.stdout}${run.stderr}`).toContain('LOCAL_NEO4J_ERROR BAD_ARGUMENTS unknown argument --not-an-option');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/Unable to use shared archive/);
  });

  it('adds no flags when there is no archive, so a start without one is a plain start', () => {
    expect(classDataArchiveFlags(null)).toEqual([]);
    expect(classDataArchiveFlags('/x/a.jsa')[0]).toBe('-XX:SharedArchiveFile=/x/a.jsa');
  });

  it('is named after the runtime and every classpath entry, so a rebuilt jar or another JDK gets a new one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-key-'));
    try {
      const jar = path.join(dir, 'entry.jar');
      fs.writeFileSync(jar, 'one');
      const fake = { ...build, classpath: [jar, path.join(dir, 'absent.jar')].join(path.delimiter), classpathArgFile: path.join(dir, 'cp.args') };
      const first = classDataArchiveFile({ build: fake, java });
      expect(path.dirname(first)).toBe(path.join(dir, 'cds'));
      expect(classDataArchiveFile({ build: fake, java })).toBe(first);
      fs.writeFileSync(jar, 'rebuilt');
      const rebuilt = classDataArchiveFile({ build: fake, java });
      expect(rebuilt).not.toBe(first);
      expect(classDataArchiveFile({ build: fake, java: { ...java, version: `${java.version} (another build)` } })).not.toBe(rebuilt);
      expect(classDataArchiveFile({ build: { ...fake, classpath: jar }, java })).not.toBe(rebuilt);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not train again after a failed training run, and never throws where it cannot write', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-failing-'));
    try {
      const runs = path.join(dir, 'runs');
      const failingJava = path.join(dir, 'java');
      fs.writeFileSync(failingJava, `#!/bin/sh\necho run >> ${runs}\nexit 1\n`, { mode: 0o755 });
      const fake = { ...build, classpath: failingJava, classpathArgFile: path.join(dir, 'cp.args') };
      const runtime = { ...java, executable: failingJava, version: 'a failing runtime' };
      expect(ensureClassDataArchive({ build: fake, java: runtime, searchPath })).toBeNull();
      expect(fs.existsSync(`${classDataArchiveFile({ build: fake, java: runtime })}.failed`)).toBe(true);
      expect(ensureClassDataArchive({ build: fake, java: runtime, searchPath })).toBeNull();
      expect(fs.readFileSync(runs, 'utf8')).toBe('run\n');

      // target/ under a file: the archive's folder cannot be made.
      const unwritable = { ...fake, classpathArgFile: path.join(runs, 'cp.args') };
      expect(ensureClassDataArchive({ build: unwritable, java: runtime, searchPath })).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
