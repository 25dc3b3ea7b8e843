import { DATA_FILES, DataFileError, type DataCollection } from '../data/files';
import { pick, type DataRecords } from '../data/records';

/** An error about one record, naming its data file and id: "content/data/clusters.yaml → x: …". */
export function dataError(collection: DataCollection, id: string, message: string): Error {
  return new DataFileError(`${DATA_FILES[collection]} → ${id}: ${message}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** A field that a chart draws: must be a finite number, or the build fails naming file, record and field. */
export function requireNumber(value: unknown, collection: DataCollection, id: string, field: string, chart: string): number {
  if (value === undefined || value === null) throw dataError(collection, id, `${field} is required for the ${chart}`);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw dataError(collection, id, `${field} must be a finite number for the ${chart}, got ${describe(value)}`);
  }
  return value;
}

type Listed = 'indicators' | 'projects' | 'facilities' | 'milestones';

/** The records a figure lists by id (figure.indicators …), in its order; an unknown id names the figure. */
export function listed<K extends Listed>(figure: { id: string } & { [C in K]: readonly string[] }, data: DataRecords, collection: K) {
  return figure[collection].map((id) => {
    try {
      return pick(data, collection, id);
    } catch (error) {
      throw dataError('figures', figure.id, `${collection}: ${(error as Error).message}`);
    }
  });
}
