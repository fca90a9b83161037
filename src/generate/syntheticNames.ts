import { NAME_PARTS } from './catalogue';
import type { Random } from './random';

/** Names that read like places and firms; repeats are fine, ids are what is unique. */
export function placeName(random: Random): string {
  return random.pick(NAME_PARTS.placeStart) + random.pick(NAME_PARTS.placeEnd);
}

export function stateName(random: Random): string {
  return random.pick(NAME_PARTS.placeStart) + random.pick(NAME_PARTS.stateEnd);
}

export function firmName(random: Random, city: string): string {
  const core = random.pick(NAME_PARTS.firmStart) + random.pick(NAME_PARTS.firmEnd);
  return `${core}${random.chance(0.25) ? ` ${city}` : ''} ${random.pick(NAME_PARTS.legalForm)}`;
}

export function clusterName(random: Random, field: string, city: string): string {
  return `${field} ${random.pick(NAME_PARTS.clusterWord)} ${city}`;
}

/** A project acronym of four to six capitals. */
export function acronym(random: Random): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return Array.from({ length: random.int(4, 6) }, () => letters[random.int(0, letters.length - 1)]).join('');
}
