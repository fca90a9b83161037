/**
 * `npm run generate -- --actors N --seed S --out DIR`: writes a synthetic cluster graph in the import format,
 * deterministic for a seed, and prints the rows and size of each file. Load it with `npm run import -- DIR`.
 */
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { projectRoot } from '../config';
import { DEFAULT_ID_PREFIX, generateGraph, type GenerationResult } from '../generate';
import { parseArguments, processIo, type CommandIo } from './commandIo';

function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`must be a whole number of at least ${min}`);
    return n;
  };
}

/** Runs the command with the arguments after `generate`; resolves to the exit code (0 done, 2 failed). */
export async function main(args: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const program = new Command('generate')
    .description('Write a synthetic cluster graph (seeds/FORMAT.md files) for scale tests.')
    .option('--actors <n>', 'number of actors: about 70% companies, 20% institutes, 10% organisations', wholeNumber(10), 10_000)
    .option('--seed <n>', 'seed of the random generator: equal seeds give equal files', wholeNumber(0), 1)
    .option('--out <dir>', 'folder to write into (default: bench/data/synthetic-<actors>-<seed>)')
    .option('--id-prefix <prefix>', 'start of every id', DEFAULT_ID_PREFIX);
  const parsed = parseArguments(program, args, io);
  if (parsed !== null) return parsed;
  const options = program.opts<{ actors: number; seed: number; out?: string; idPrefix: string }>();
  const outDir = path.resolve(io.cwd, options.out ?? path.join(projectRoot, 'bench', 'data', `synthetic-${options.actors}-${options.seed}`));
  try {
    const result = generateGraph({ actors: options.actors, seed: options.seed, outDir, idPrefix: options.idPrefix });
    io.stdout.write(formatGenerationSummary(result, outDir));
    return 0;
  } catch (error) {
    io.stderr.write(`generate failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/** Rows and size per file, then totals. */
export function formatGenerationSummary(result: GenerationResult, outDir: string): string {
  const width = Math.max(...result.files.map((f) => f.file.length));
  const lines = result.files.map((f) => `${f.file.padEnd(width)}  ${String(f.rows).padStart(9)} rows  ${megabytes(f.bytes).padStart(8)} MB`);
  const bytes = result.files.reduce((n, f) => n + f.bytes, 0);
  lines.push(
    '',
    `${result.nodes} nodes, ${result.relationshipRows} relationship rows + ${result.derivedRelationships} derived links ` +
      `= ${result.relationshipRows + result.derivedRelationships} relationships, ${megabytes(bytes)} MB in ${outDir}, ${(result.durationMs / 1000).toFixed(1)} s`,
  );
  return `${lines.join('\n')}\n`;
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}


if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
