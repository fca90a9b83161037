import path from 'node:path';
import type { ImportReport, KindCounts } from '../import';

/** How many refused rows the summary lists before it only counts them. */
export const REJECTS_SHOWN = 50;

/** The report as text: a table of counts per label and type, totals, then the refused rows. */
export function formatImportSummary(report: ImportReport, cwd: string): string {
  const rows: [string, KindCounts][] = [...Object.entries(report.nodes), ...Object.entries(report.relationships)];
  const header = ['kind', 'rows', 'cited', 'sample', 'created', 'updated', 'unchanged', 'rejected'];
  const table = [header, ...rows.map(([kind, c]) => [kind, c.rows, c.cited, c.sample, c.created, c.updated, c.unchanged, c.rejected].map(String))];
  const widths = header.map((_, col) => Math.max(...table.map((line) => (line[col] ?? '').length)));
  const lines = table.map((line) => line.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  lines.push('');
  lines.push(
    `${report.nodesWritten} nodes and ${report.relationshipsWritten} relationships written (${report.relationshipsImported} relationships of the input in the graph), ` +
      `${report.rejects.length} rejected, in ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  if (report.rejects.length > 0) {
    lines.push('', 'Rejected:');
    for (const reject of report.rejects.slice(0, REJECTS_SHOWN)) lines.push(`  ${displayPath(reject.file, cwd)}:${reject.line}: ${reject.reason}`);
    if (report.rejects.length > REJECTS_SHOWN) lines.push(`  ... and ${report.rejects.length - REJECTS_SHOWN} more`);
  }
  return `${lines.join('\n')}\n`;
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
