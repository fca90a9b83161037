import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../support/tempDir';

/** Writes CSV files (name → lines) into a fresh temporary folder, removed after the test file's last test, and returns it. */
export function writeCsvFolder(files: Record<string, readonly string[]>): string {
  const dir = tempDir('clustergraph-import-');
  for (const [name, lines] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  return dir;
}

/** One small graph with every node and relationship kind, all ids under `p`. */
export function smallGraphFiles(p: string): Record<string, string[]> {
  return {
    'regions.csv': [
      'id,name,level,parent,nuts,lat,lon,sources',
      `${p}de,Germany,COUNTRY,,DE,,,wikipedia:Germany`,
      `${p}sn,Saxony,STATE,${p}de,DED,,,wikipedia:Saxony`,
      `${p}dd,Dresden,CITY,${p}sn,DED21,51.05,13.74,wikipedia:Dresden`,
    ],
    'companies.csv': [
      'id,name,aliases,size,employees,founded,lat,lon,website,description,sources',
      `${p}chipco,ChipCo GmbH,ChipCo | CC,LARGE,2500,1994-05,51.12,13.71,https://chipco.example,"Wafers, chips",fictional`,
      `${p}waferco,WaferCo AG,,MEDIUM,120,2001,,,,,fictional`,
      `${p}spinco,SpinCo UG,,MICRO,5,2019,,,,,fictional`,
    ],
    'research_institutes.csv': [
      'id,name,type,parent_organization,founded,sources',
      `${p}tu,TU Example,UNIVERSITY,,1828,wikipedia:TU_Dresden`,
      `${p}ipms,Fraunhofer Example,NON_UNIVERSITY_INSTITUTE,FRAUNHOFER,1992,illustrative`,
    ],
    'organizations.csv': ['id,name,type,sources', `${p}mgmt,Example Cluster Management,CLUSTER_MANAGEMENT,illustrative`],
    'clusters.csv': ['id,name,founded,sources', `${p}cluster,Example Cluster,2000,illustrative`, `${p}cluster2,Other Cluster,2005,illustrative`],
    'technologies.csv': ['id,name,broader,sources', `${p}semi,Semiconductors,,illustrative`, `${p}mems,MEMS,${p}semi,illustrative`],
    'value_chains.csv': ['id,name,sources', `${p}vc,Microelectronics,illustrative`],
    'value_chain_stages.csv': [
      'id,value_chain,name,order,sources',
      `${p}st1,${p}vc,Wafers,1,illustrative`,
      `${p}st3,${p}vc,Systems,3,illustrative`,
      `${p}st2,${p}vc,Chips,2,illustrative`,
    ],
    'projects.csv': ['id,title,acronym,start,end,sources', `${p}proj,Joint project,JP,2018-04,2021,illustrative`],
    'funding_programs.csv': ['id,name,funder,start,sources', `${p}fund,Example programme,BMBF,2010,illustrative`],
    'located_in.csv': ['from,to,sources', `${p}chipco,${p}dd,illustrative`, `${p}cluster,${p}dd,illustrative`],
    'member_of.csv': ['from,to,role,since,until,sources', `${p}chipco,${p}cluster,FOUNDING_MEMBER,2000,2015-06,illustrative`, `${p}mgmt,${p}cluster,MANAGEMENT,,,illustrative`],
    'collaborates_with.csv': [
      'from,to,topic,since,until,weight,sources',
      `${p}tu,${p}chipco,MEMS,2012,,7,illustrative`,
      `${p}waferco,${p}chipco,,,,3,illustrative`,
    ],
    'supplies.csv': ['from,to,product,stage,since,sources', `${p}waferco,${p}chipco,Wafers,${p}st1,2005,illustrative`],
    'specializes_in.csv': ['from,to,sources', `${p}chipco,${p}mems,illustrative`, `${p}cluster,${p}semi,illustrative`],
    'active_in.csv': ['from,to,sources', `${p}chipco,${p}st2,illustrative`],
    'participates_in.csv': ['from,to,role,sources', `${p}tu,${p}proj,COORDINATOR,illustrative`, `${p}chipco,${p}proj,PARTNER,illustrative`],
    'funded_by.csv': ['from,to,since,sources', `${p}proj,${p}fund,2018,illustrative`],
    'spun_off_from.csv': ['from,to,year,sources', `${p}spinco,${p}tu,2019,illustrative`],
    'subsidiary_of.csv': ['from,to,since,sources', `${p}spinco,${p}chipco,2020,illustrative`],
    'cooperates_with.csv': ['from,to,since,sources', `${p}cluster,${p}cluster2,2010,illustrative`],
  };
}
