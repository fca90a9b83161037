/**
 * Evidence levels an answer may keep to. `CITED` leaves out every node and relationship whose stored
 * `illustrative` flag is true (set by the importer from the `illustrative`/`fictional` source markers).
 */
export type EvidenceLevel = 'CITED' | 'ALL';

/** `$citedOnly` for statements that take an evidence level: one parameter, one text for both levels. */
export function evidenceParams(evidence: EvidenceLevel | null | undefined): { citedOnly: boolean } {
  return { citedOnly: evidence === 'CITED' };
}
