// Public entry of the dataset file formats: workbook (.xlsx), CSV pair / zip / folder, JSON files,
// and the French workshop template. Everything here reads into or writes from toile.dataset/1.

export { FormatError } from './format-error';
export { parseWorkbook, parseWorkbookWithSource } from './workbook-read';
export { datasetToWorkbook } from './workbook-write';
export { parseCsvPair, parseCsvTextsWithSource, detectDelimiter, type CsvTexts } from './csv-read';
export {
  datasetToCsvPair,
  DEFAULT_CSV_DIALECT,
  EXCEL_FR_CSV_DIALECT,
  resolveCsvDialect,
  validateCsvDialect,
  type CsvDialect,
  type CsvFiles,
} from './csv-write';
export { parseCsvZip, parseCsvZipWithSource, datasetToCsvZip, decodeCsv } from './csv-zip';
export { DEFAULT_ZIP_LIMITS, resolveZipLimits, validateZipLimits, type ZipLimits } from './zip-guard';
export { templateWorkbook } from './template-workbook';
export { templateCsvZip } from './template-csv';
export {
  readDatasetFile,
  readDatasetFileWithSource,
  writeDatasetFile,
  datasetFileForm,
  type DatasetFileForm,
} from './dataset-file';
export {
  locateProblem,
  type DatasetMeta,
  type DatasetSourceMap,
  type ParsedDataset,
} from './dataset-assembly';
export { TABLE_COLUMNS, type ColumnSpec, type TableName } from './columns';
