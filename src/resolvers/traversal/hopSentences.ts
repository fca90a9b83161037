import type { NetworkLinkRecord } from '../../graph';
import { linkKindSpec } from '../../model/linkKinds';

interface Named {
  id: string;
  name: string;
}

/** What a hop or path step resting on sample data (`illustrative`) says after its words, so no sample link reads as fact. */
export const SAMPLE_MARK = ' (sample)';

/**
 * One hop of a connection in words, read from `from` to `to` whatever the stored direction: "A collaborates with B
 * on OLED displays since 2019", "A and B are both members of Silicon Saxony", "A supplies wafers to B", "A buys
 * wafers from B", "A spun off B in 2003"; a sample link ends in " (sample)". The words are the link-kind registry's
 * (src/model/linkKinds.ts).
 */
export function hopSentence(from: Named, to: Named, link: NetworkLinkRecord): string {
  const words = linkKindSpec(link.kind).sentence(from.name, to.name, link.source === from.id, {
    topic: link.topic,
    product: link.product,
    clusterName: link.cluster?.name ?? null,
    projectTitle: link.project?.title ?? null,
    since: link.since,
    until: link.until,
  });
  return link.illustrative ? `${words}${SAMPLE_MARK}` : words;
}
