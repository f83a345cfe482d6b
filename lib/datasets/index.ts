export { loadDataset, DatasetLoader, type LoadDatasetOptions, type LoadedDataset } from './load';
export { readDataset, readDatasetStream, parseDataset, checkColumns, type ReadDatasetOptions } from './read';
export {
  parseMapping,
  mappedColumns,
  type DatasetMapping,
  type FieldSpec,
  type Const,
  type Column,
  type LocationsColumn,
  type PeriodSpec,
} from './mapping';
export { PlaceTable, placeNamesFromRows, type PlaceNames } from './places';
export { parseCsv } from './parse/csv';
export { csvRowEvents } from './parse/csv-stream';
export { parseNdjsonRows } from './parse/ndjson';
export { ndjsonRowEvents } from './parse/ndjson-stream';
export { parseJsonRows } from './parse/json';
export { datasetFormatOf } from './parse/format';
export { DATASET_FORMATS, type DatasetFormat, type ParsedRows, type RowEvent } from './parse/rows';
export type { DatasetRow } from './row-reading';
