/**
 * The actors of a synthetic world in columns: one typed array per attribute instead of one object per actor.
 * At a million actors the objects (with their boxed coordinates and id strings) held ~350 MB and the
 * generator's peak RSS passed 1.5 GB; the columns hold ~60 MB plus the names. Ids are spelled when written.
 */
import type { ActorLabel } from '../model';

export const ACTOR_KIND_ORDER = ['Company', 'ResearchInstitute', 'Organization'] as const satisfies readonly ActorLabel[];
const ID_CODES: Record<ActorLabel, string> = { Company: 'co', ResearchInstitute: 'ri', Organization: 'or' };

export const SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type Size = (typeof SIZES)[number];
export const INSTITUTE_TYPES = ['UNIVERSITY', 'APPLIED_SCIENCES_UNIVERSITY', 'NON_UNIVERSITY_INSTITUTE', 'OTHER'] as const;
export type InstituteType = (typeof INSTITUTE_TYPES)[number];
export const PARENT_ORGANIZATIONS = ['FRAUNHOFER', 'MAX_PLANCK', 'HELMHOLTZ', 'LEIBNIZ'] as const;
export type ParentOrganization = (typeof PARENT_ORGANIZATIONS)[number];
export const ORGANIZATION_TYPES = ['CLUSTER_MANAGEMENT', 'ASSOCIATION', 'CHAMBER', 'AGENCY', 'INVESTOR', 'PUBLIC_BODY', 'OTHER'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** What one actor is given when added; the optional attributes belong to one kind each. */
export interface NewActor {
  label: ActorLabel;
  /** Its number among actors of its kind, 1-based: `s-co-000042`. */
  number: number;
  name: string;
  cluster: number;
  city: number;
  lat: number;
  lon: number;
  founded: number;
  chain: number;
  stage: number;
  size?: Size | undefined;
  employees?: number | undefined;
  instituteType?: InstituteType | undefined;
  parentOrganization?: ParentOrganization | undefined;
  organizationType?: OrganizationType | undefined;
}

// An optional attribute's code: 0 for none, else its index in the vocabulary plus one.
const code = <T>(values: readonly T[], value: T | undefined): number => (value === undefined ? 0 : values.indexOf(value) + 1);
const decode = <T>(values: readonly T[], stored: number | undefined): T | undefined => (stored ? values[stored - 1] : undefined);

export class ActorTable {
  length = 0;
  private readonly kind: Uint8Array;
  private readonly numbers: Int32Array;
  readonly cluster: Int32Array;
  readonly city: Int32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly founded: Int16Array;
  /** Value chain and stage index in it where the actor is active. */
  readonly chain: Uint8Array;
  readonly stage: Uint8Array;
  private readonly sizes: Uint8Array;
  private readonly employeeCounts: Int32Array;
  private readonly instituteTypes: Uint8Array;
  private readonly parentOrganizations: Uint8Array;
  private readonly organizationTypes: Uint8Array;
  /** Actor index of the institute a spin-off came from; -1 for none. */
  readonly spunOffFrom: Int32Array;
  /** Actor index of the parent company of a subsidiary; -1 for none. */
  readonly parentCompany: Int32Array;
  private names: string[] = [];

  constructor(
    readonly capacity: number,
    private readonly idPrefix: string,
  ) {
    this.kind = new Uint8Array(capacity);
    this.numbers = new Int32Array(capacity);
    this.cluster = new Int32Array(capacity);
    this.city = new Int32Array(capacity);
    this.lat = new Float64Array(capacity);
    this.lon = new Float64Array(capacity);
    this.founded = new Int16Array(capacity);
    this.chain = new Uint8Array(capacity);
    this.stage = new Uint8Array(capacity);
    this.sizes = new Uint8Array(capacity);
    this.employeeCounts = new Int32Array(capacity);
    this.instituteTypes = new Uint8Array(capacity);
    this.parentOrganizations = new Uint8Array(capacity);
    this.organizationTypes = new Uint8Array(capacity);
    this.spunOffFrom = new Int32Array(capacity).fill(-1);
    this.parentCompany = new Int32Array(capacity).fill(-1);
  }

  /** Appends an actor; returns its index. */
  add(actor: NewActor): number {
    const i = this.length;
    if (i >= this.capacity) throw new RangeError(`the actor table holds ${this.capacity} actors`);
    this.kind[i] = ACTOR_KIND_ORDER.indexOf(actor.label as (typeof ACTOR_KIND_ORDER)[number]);
    this.numbers[i] = actor.number;
    this.names.push(actor.name);
    this.cluster[i] = actor.cluster;
    this.city[i] = actor.city;
    this.lat[i] = actor.lat;
    this.lon[i] = actor.lon;
    this.founded[i] = actor.founded;
    this.chain[i] = actor.chain;
    this.stage[i] = actor.stage;
    this.setSize(i, actor.size, actor.employees);
    this.instituteTypes[i] = code(INSTITUTE_TYPES, actor.instituteType);
    this.parentOrganizations[i] = code(PARENT_ORGANIZATIONS, actor.parentOrganization);
    this.organizationTypes[i] = code(ORGANIZATION_TYPES, actor.organizationType);
    this.length += 1;
    return i;
  }

  id(i: number): string {
    return `${this.idPrefix}${ID_CODES[this.label(i)]}-${String(this.numbers[i] ?? 0).padStart(6, '0')}`;
  }

  label(i: number): ActorLabel {
    return ACTOR_KIND_ORDER[this.kind[i] ?? 0] ?? 'Company';
  }

  name(i: number): string {
    const name = this.names[i];
    if (name === undefined) throw new Error(`no name for actor ${i}: names are dropped once the node files are written`);
    return name;
  }

  /** Frees the names (the largest column) once the node files hold them: no link needs a name. */
  dropNames(): void {
    this.names = [];
  }

  size(i: number): Size | undefined {
    return decode(SIZES, this.sizes[i]);
  }

  employees(i: number): number | undefined {
    return this.employeeCounts[i] || undefined;
  }

  setSize(i: number, size: Size | undefined, employees: number | undefined): void {
    this.sizes[i] = code(SIZES, size);
    this.employeeCounts[i] = employees ?? 0;
  }

  instituteType(i: number): InstituteType | undefined {
    return decode(INSTITUTE_TYPES, this.instituteTypes[i]);
  }

  parentOrganization(i: number): ParentOrganization | undefined {
    return decode(PARENT_ORGANIZATIONS, this.parentOrganizations[i]);
  }

  organizationType(i: number): OrganizationType | undefined {
    return decode(ORGANIZATION_TYPES, this.organizationTypes[i]);
  }
}
