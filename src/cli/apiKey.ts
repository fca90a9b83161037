/**
 * `npm run api-key -- --role editor [--id ci-bot]`: mints an API key. Prints the key once (only its hash is kept,
 * so it cannot be shown again) and the line to add to the API_KEYS_FILE. Nothing is written anywhere.
 * Exit code 0, or 2 on a bad argument.
 */
import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '../request';
import { generateApiKey, type ApiKeyEntry } from '../server/auth';
import { apiKeyEntrySchema } from '../server/auth/apiKeys';
import { parseArguments, processIo, type CommandIo } from './commandIo';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

function keyId(value: string): string {
  const parsed = apiKeyEntrySchema.shape.id.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0]?.message ?? 'not a valid id');
  return value;
}

/** Runs the command with the arguments after `api-key`; resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIo = processIo()): Promise<number> {
  const program = new Command('api-key')
    .description('Mint an API key: prints the key once and the line to add to API_KEYS_FILE.')
    .addOption(new Option('--role <role>', 'what the key may do: reader (reads, when READS_REQUIRE_AUTH=true), editor (writes), admin (writes and deletes)').choices(ROLES).makeOptionMandatory())
    .option('--id <id>', 'a name for the key, shown in logs (letters, digits, ".", "_", "-"); default: <role>-<random>', keyId);
  const parsed = parseArguments(program, args, io);
  if (parsed !== null) return parsed;
  const options = program.opts<{ role: Role; id?: string }>();
  const { key, hash } = generateApiKey();
  const entry: ApiKeyEntry = { id: options.id ?? `${options.role}-${randomBytes(3).toString('hex')}`, role: options.role, hash };
  io.stdout.write(
    [
      `API key "${entry.id}" (${entry.role}). It is shown only now; keep it secret:`,
      '',
      `  ${key}`,
      '',
      'Add this line to the API_KEYS_FILE and restart the server:',
      '',
      `  ${JSON.stringify(entry)}`,
      '',
      `Clients send it as: Authorization: Bearer ${key.slice(0, 6)}…`,
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
