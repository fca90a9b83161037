/**
 * Fixed domain vocabulary of the synthetic graph: value chains with their stages, the technology tree, and
 * word parts for names. Invented but shaped like the real clusters of the seed graph.
 */

/** A value chain template: stages in order, and the technology fields its clusters specialise in. */
export interface ChainTemplate {
  name: string;
  stages: readonly string[];
  technologyRoots: readonly string[];
}

export const CHAIN_TEMPLATES: readonly ChainTemplate[] = [
  {
    name: 'Microelectronics',
    stages: ['Materials and equipment', 'Wafers and substrates', 'Chip design', 'Front-end fabrication', 'Assembly and test', 'Electronic components', 'Electronic systems'],
    technologyRoots: ['Semiconductors', 'Software'],
  },
  {
    name: 'Automotive and e-mobility',
    stages: ['Raw materials', 'Battery chemicals', 'Battery cells', 'Vehicle components', 'Modules and systems', 'Vehicle assembly', 'Mobility services'],
    technologyRoots: ['Energy storage', 'Mobility', 'Manufacturing'],
  },
  {
    name: 'Chemicals and plastics',
    stages: ['Feedstock', 'Base chemicals', 'Polymers', 'Compounds', 'Semi-finished plastics', 'Plastic parts', 'Consumer products'],
    technologyRoots: ['Chemistry', 'Materials'],
  },
  {
    name: 'Optics and photonics',
    stages: ['Optical glass', 'Optical components', 'Lasers and light sources', 'Optical systems', 'Instruments', 'Photonic applications', 'Integration services'],
    technologyRoots: ['Photonics', 'Manufacturing'],
  },
  {
    name: 'Life sciences and medical technology',
    stages: ['Biomaterials', 'Active ingredients', 'Sensors and components', 'Medical devices', 'Diagnostic systems', 'Clinical application', 'Care services'],
    technologyRoots: ['Biotechnology', 'Medical technology'],
  },
];

/** Technology fields and their sub-fields; each sub-field gets narrower topics from TECHNOLOGY_TOPICS. */
export const TECHNOLOGY_TREE: Readonly<Record<string, readonly string[]>> = {
  Semiconductors: ['MEMS', 'Power electronics', 'Sensors', 'Integrated circuits'],
  Photonics: ['Lasers', 'Optical coatings', 'Imaging', 'Fibre optics'],
  'Energy storage': ['Lithium-ion batteries', 'Solid-state batteries', 'Fuel cells', 'Battery recycling'],
  Materials: ['Lightweight materials', 'Ceramics', 'Nanomaterials', 'Textiles'],
  Software: ['Artificial intelligence', 'Embedded software', 'Cloud computing', 'Cybersecurity'],
  Manufacturing: ['Additive manufacturing', 'Robotics', 'Precision engineering', 'Industrial automation'],
  Biotechnology: ['Biopharmaceuticals', 'Cell therapy', 'Bioprocessing', 'Genomics'],
  'Medical technology': ['Medical imaging', 'Implants', 'Diagnostics', 'Digital health'],
  Chemistry: ['Catalysis', 'Green chemistry', 'Specialty chemicals', 'Process engineering'],
  Mobility: ['Electric drives', 'Autonomous driving', 'Hydrogen mobility', 'Rail technology'],
};
export const TECHNOLOGY_TOPICS: readonly string[] = ['materials', 'processes', 'testing'];

export const FUNDERS: readonly string[] = [
  'Federal Ministry of Research',
  'Federal Ministry for Economic Affairs',
  'European Commission',
  'State Ministry of Economics',
  'Regional Development Bank',
];

export const NAME_PARTS = {
  placeStart: ['Ber', 'Dres', 'Lei', 'Hal', 'Mag', 'Chem', 'Jen', 'Erf', 'Pots', 'Ros', 'Schwe', 'Zwi', 'Plau', 'Gor', 'Baut', 'Cott', 'Wei', 'Got', 'Frei', 'Nord', 'Sud', 'Ost', 'West', 'Lau', 'Mer', 'Tor', 'Wit', 'Ans', 'Eis', 'Stein'],
  placeEnd: ['lin', 'den', 'zig', 'le', 'burg', 'nitz', 'a', 'furt', 'dam', 'tock', 'rin', 'ckau', 'en', 'litz', 'zen', 'bus', 'mar', 'ha', 'berg', 'hausen', 'stadt', 'feld', 'hof', 'au', 'bach', 'dorf', 'heim', 'ow'],
  stateEnd: ['land', 'mark', 'gau', 'ia', 'stein'],
  firmStart: ['Nova', 'Alpha', 'Quant', 'Micro', 'Opti', 'Terra', 'Volta', 'Nexa', 'Lumi', 'Heli', 'Kine', 'Poly', 'Astra', 'Vita', 'Ferro', 'Silic', 'Photo', 'Cryo', 'Magna', 'Inno', 'Sigma', 'Delta', 'Orbi', 'Prisma'],
  firmEnd: ['tek', 'tron', 'sys', 'lab', 'on', 'ix', 'ware', 'gen', 'tec', 'wave', 'link', 'form', 'chem', 'med', 'motion', 'print', 'sense', 'vision', 'power', 'cell'],
  legalForm: ['GmbH', 'GmbH', 'GmbH', 'AG', 'SE', 'GmbH & Co. KG', 'UG'],
  clusterWord: ['Network', 'Cluster', 'Alliance', 'Valley', 'Initiative'],
} as const;
