import { findJava, LocalNeo4jError, parseJavaMajor } from '../../../../src/graph/local';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "25" 2025-09-16', 25],
    ['openjdk version "21.0.1" 2023-10-17 LTS', 21],
  ])('reads %s as %i', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it('gives undefined for output without a version', () => {
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});

describe('findJava', () => {
  it('says in one line what to do when no java is on PATH', () => {
    let error: unknown;
    try {
      findJava({ searchPath: '/nonexistent', javaHome: undefined });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as LocalNeo4jError).reason).toBe('JAVA_MISSING');
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).toMatch(/install a JDK.*or set NEO4J_URI/);
  });

  it('finds the machine java and its major version', () => {
    expect(findJava({ searchPath: process.env['PATH'], javaHome: undefined }).major).toBeGreaterThanOrEqual(17);
  });
});
