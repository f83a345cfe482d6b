import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { datasetFormatOf, parseMapping, readDatasetStream, type DatasetMapping, type LoadedDataset } from '../index';
import { ClaimReconcilerError, format, UsageError } from '../errors/messages';

/** Standard input, as a file argument. */
export const STDIN = '-';

/** A dataset file (or -) and the mapping that turns its rows into claims. */
export interface DatasetInput {
  path: string;
  map: string;
}

/**
 * Dataset files are .csv, .json and .ndjson files (and -) that have a --map
 * in force; other files are left to readInputs. A .csv file without one is
 * a usage error: its rows cannot be read as claims.
 */
export function splitDatasetPaths(
  paths: readonly string[],
  maps: readonly (string | undefined)[],
): { datasets: DatasetInput[]; others: string[] } {
  if (paths.filter((path) => path === STDIN).length > 1) throw new UsageError(format('stdinTwice'));
  const datasets: DatasetInput[] = [];
  const others: string[] = [];
  paths.forEach((path, i) => {
    const map = maps[i];
    const isRows = path === STDIN || datasetFormatOf(path) !== null;
    if (isRows && map !== undefined) datasets.push({ path, map });
    else if (datasetFormatOf(path) === 'csv') throw new UsageError(format('datasetWithoutMap', path));
    else others.push(path);
  });
  if (maps.some((map) => map !== undefined) && datasets.length === 0) throw new UsageError(format('mappingRequiresRows'));
  return { datasets, others };
}

/** The mapping file named by --map, validated by schemas/mapping.schema.json. */
export async function readMappingFile(path: string): Promise<DatasetMapping[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(fileError(path, error));
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(format('invalidJsonFile', path, (error as Error).message));
  }
  try {
    return parseMapping(value, basename(path));
  } catch (error) {
    throw error instanceof ClaimReconcilerError ? new UsageError(error.message) : error;
  }
}

/**
 * Read each dataset as a stream (csv-parse's stream API, NDJSON line by
 * line), so a large file is never held whole. Standard input holds NDJSON
 * rows. A file-level problem (a mapped column the header lacks) is a usage
 * error; a broken row is a rejected record.
 */
export async function readDatasets(inputs: readonly DatasetInput[]): Promise<LoadedDataset[]> {
  const mappings = new Map<string, DatasetMapping[]>();
  const loaded: LoadedDataset[] = [];
  for (const { path, map } of inputs) {
    let mapping = mappings.get(map);
    if (mapping === undefined) {
      mapping = await readMappingFile(map);
      mappings.set(map, mapping);
    }
    const origin = path === STDIN ? 'stdin' : basename(path);
    const format = path === STDIN ? 'ndjson' : (datasetFormatOf(path) ?? 'ndjson');
    const input = path === STDIN ? process.stdin : await openFile(path);
    try {
      loaded.push(await readDatasetStream(input, mapping, { format, origin }));
    } catch (error) {
      throw error instanceof ClaimReconcilerError && !(error instanceof UsageError) ? new UsageError(error.message) : error;
    }
  }
  return loaded;
}

async function openFile(path: string): Promise<Readable> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(format('isAFolder', path));
  if (!info) throw new UsageError(format('missingFile', path));
  return createReadStream(path);
}

/** What went wrong opening a file, in the words of messages.ts. */
function fileError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return format('missingFile', path);
  if (code === 'EISDIR') return format('isAFolder', path);
  return format('unreadableFile', path, code ?? String(error));
}
