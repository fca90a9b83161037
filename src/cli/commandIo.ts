import { CommanderError, type Command } from 'commander';

/** Where a command writes and what it reads from its environment; a test passes its own. */
export interface CommandIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The real process's streams, environment and working folder. */
export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * Parses a command's arguments, writing its help and usage errors to `io`. The exit code when parsing already
 * ends the command (0 after --help or --version, 2 on a usage error), else null: go on.
 */
export function parseArguments(program: Command, args: readonly string[], io: CommandIo): number | null {
  program.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    program.parse([...args], { from: 'user' });
    return null;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
