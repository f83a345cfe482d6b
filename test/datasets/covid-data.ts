import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, placeNamesFromRows, readDataset, type LoadedDataset } from '../../lib/index';

/** The committed COVID subset: CTP and JHU CSSE, five states over 2020, read through their mappings. */
const COVID = join(__dirname, '..', '..', 'fixtures', 'covid');
export const readCovidFile = (name: string): string => readFileSync(join(COVID, name), 'utf8');

/** Postal codes, FIPS codes and names of US states, all resolving to the name. */
export const statePlaceNames = placeNamesFromRows(parseCsv(readCovidFile('state_codes.csv'), 'state_codes.csv').rows, {
  canonical: 'name',
  aliases: ['usps', 'fips'],
});

export function loadCovid(): { ctp: LoadedDataset; jhu: LoadedDataset } {
  const load = (csv: string, mapping: string) =>
    readDataset(readCovidFile(csv), JSON.parse(readCovidFile(mapping)), { format: 'csv', origin: csv, placeNames: statePlaceNames });
  return { ctp: load('ctp-states-2020.csv', 'ctp.mapping.json'), jhu: load('jhu-states-2020.csv', 'jhu.mapping.json') };
}
