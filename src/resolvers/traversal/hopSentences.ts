import type { NetworkLinkRecord } from '../../graph';

interface Named {
  id: string;
  name: string;
}

/** " since 2019", " from 2015 to 2018", " until 2018" or nothing. */
function period(since: string | null, until: string | null): string {
  if (since && until) return ` from ${since} to ${until}`;
  if (since) return ` since ${since}`;
  if (until) return ` until ${until}`;
  return '';
}

/**
 * One hop of a connection in words, read from `from` to `to` whatever the stored direction: "A collaborates with B
 * on OLED displays since 2019", "A and B are both members of Silicon Saxony", "A supplies wafers to B", "A buys
 * wafers from B", "A spun off B in 2003".
 */
export function hopSentence(from: Named, to: Named, link: NetworkLinkRecord): string {
  const forward = link.source === from.id;
  switch (link.kind) {
    case 'COLLABORATION':
      return `${from.name} collaborates with ${to.name}${link.topic ? ` on ${link.topic}` : ''}${period(link.since, link.until)}`;
    case 'SAME_CLUSTER':
      return `${from.name} and ${to.name} are both members of ${link.cluster?.name ?? 'a cluster'}${period(link.since, link.until)}`;
    case 'JOINT_PROJECT':
      return `${from.name} and ${to.name} are both partners in project ${link.project?.title ?? 'a joint project'}${period(link.since, link.until)}`;
    case 'SUPPLY': {
      const what = link.product ? `${link.product} ` : '';
      const verb = forward ? `supplies ${what}to` : link.product ? `buys ${link.product} from` : 'is supplied by';
      return `${from.name} ${verb} ${to.name}${period(link.since, link.until)}`;
    }
    case 'SPIN_OFF': {
      const year = link.since ? ` in ${link.since}` : '';
      return forward ? `${from.name} was spun off from ${to.name}${year}` : `${from.name} spun off ${to.name}${year}`;
    }
  }
}
