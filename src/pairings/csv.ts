/** The directory's CSV reader is the shared RFC 4180 parser (src/schema/csv-parse.ts), also the receiver's. */
export { parseCsv, type CsvRecord } from '../schema/csv-parse.js';
