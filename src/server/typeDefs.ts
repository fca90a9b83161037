import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

/** The SDL from schema/*.graphql, in file-name order: the contract the server serves. */
export function loadTypeDefs(schemaDir = path.join(projectRoot, 'schema')): string {
  return fs
    .readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(schemaDir, file), 'utf8'))
    .join('\n');
}
