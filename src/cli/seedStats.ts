/**
 * `npm run seeds:stats [-- <cited folder> [<sample folder>]] [--json]`: cited and sample rows per node label and
 * relationship type, cited actor links and the largest connected part over them, read from the CSV files alone
 * (no database). Defaults: seeds/ and seeds/samples/. Exit code 1 when a row sits in the wrong layer (a sample
 * row among the cited files or the reverse), 2 on a fatal error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../config';
import { formatSeedStats, seedStats } from '../import/seedStats';
import { parseArguments, processIo, type CommandIo } from './commandIo';

/** Runs the command with the arguments after `seeds:stats`; resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const program = new Command('seeds:stats')
    .description('Count cited and sample seed rows and the largest connected part over cited actor links.')
    .argument('[cited]', 'folder of cited rows', path.join(projectRoot, 'seeds'))
    .argument('[samples]', 'folder of sample rows (default: <cited>/samples when it exists)')
    .option('--json', 'print JSON instead of a table');
  const parsed = parseArguments(program, args, io);
  if (parsed !== null) return parsed;
  const [citedArg, samplesArg] = program.processedArgs as [string, string | undefined];
  const cited = path.resolve(io.cwd, citedArg);
  const defaultSamples = path.join(cited, 'samples');
  const samples = samplesArg !== undefined ? path.resolve(io.cwd, samplesArg) : fs.existsSync(defaultSamples) ? defaultSamples : undefined;
  try {
    const stats = await seedStats(cited, samples);
    io.stdout.write(program.opts<{ json?: boolean }>().json ? `${JSON.stringify(stats, null, 2)}\n` : formatSeedStats(stats));
    return stats.misplaced.length > 0 ? 1 : 0;
  } catch (error) {
    io.stderr.write(`seeds:stats failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
