import type { NetworkLinkRecord } from '../../graph';
import { linkKindSpec } from '../../model/linkKinds';

interface Named {
  id: string;
  name: string;
}

/**
 * One hop of a connection in words, read from `from` to `to` whatever the stored direction: "A collaborates with B
 * on OLED displays since 2019", "A and B are both members of Silicon Saxony", "A supplies wafers to B", "A buys
 * wafers from B", "A spun off B in 2003". The words are the link-kind registry's (src/model/linkKinds.ts).
 */
export function hopSentence(from: Named, to: Named, link: NetworkLinkRecord): string {
  return linkKindSpec(link.kind).sentence(from.name, to.name, link.source === from.id, {
    topic: link.topic,
    product: link.product,
    clusterName: link.cluster?.name ?? null,
    projectTitle: link.project?.title ?? null,
    since: link.since,
    until: link.until,
  });
}
