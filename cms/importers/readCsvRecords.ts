import { parse } from 'csv-parse'
import { createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { workbookKind } from './fileKind'
import { ImportFileError } from './problems'

export interface CsvRecord {
  /** 1-based data row (the header is row 0). */
  row: number
  /** Line in the file where the record starts. */
  line: number
  values: Record<string, string>
}

/**
 * Streams a CSV file as records keyed by header, so large files never sit in
 * memory as text. Refuses the whole file, naming where, for: bytes that are not
 * UTF-8 (e.g. a Latin-1 "£"), a quote left open, or a row with a different
 * number of cells from the header (a truncated file), or a header naming one
 * column twice (its cells would overwrite the first's). Accepts CRLF or LF, a
 * byte-order mark, quoted multi-line cells and doubled quotes.
 */
export async function* readCsvRecords(path: string, options: { onHeader?: (names: string[]) => void } = {}): AsyncGenerator<CsvRecord> {
  const file = basename(path)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let bytesSeen = 0
  let linesSeen = 1
  // Records the parser has completed; it runs ahead of the reader, and some errors carry no count.
  let parsed = 0
  const parser = parse({
    on_record: (record: unknown) => {
      parsed++
      return record
    },
    // The header is checked before any row is read, so a wrong layout fails fast.
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim())
      refuseRepeatedNames(file, names)
      options.onHeader?.(names)
      return names
    },
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: false,
    trim: false,
  })
  const source = createReadStream(path)

  // Decode ourselves, strictly, so a wrong encoding is an error rather than replacement characters.
  const pump = (async () => {
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        if (bytesSeen === 0) refuseSpreadsheet(file, chunk)
        let text: string
        try {
          text = decoder.decode(chunk, { stream: true })
        } catch {
          const offset = Math.min(firstInvalidUtf8(chunk), chunk.length - 1)
          const before = chunk.subarray(0, offset).toString('utf8')
          const line = linesSeen + (before.match(/\n/g)?.length ?? 0)
          throw new ImportFileError({
            file,
            line,
            message: `byte 0x${chunk[offset].toString(16).toUpperCase()} at offset ${bytesSeen + offset} is not valid UTF-8; save the file as UTF-8 (it looks like Latin-1 or Windows-1252).`,
          })
        }
        bytesSeen += chunk.length
        linesSeen += text.match(/\n/g)?.length ?? 0
        if (!parser.write(text)) {
          // Wait for the parser to take more, or to stop (it was destroyed by an error or the reader left).
          await new Promise<void>((resolve) => {
            const done = () => {
              parser.off('drain', done)
              parser.off('close', done)
              resolve()
            }
            parser.on('drain', done)
            parser.on('close', done)
          })
          if (parser.destroyed) return
        }
      }
      try {
        decoder.decode()
      } catch {
        // The last bytes start a character that never finishes: the file was cut short, or is not UTF-8.
        throw new ImportFileError({
          file,
          line: linesSeen,
          message: 'ends in the middle of a UTF-8 character; the file may be truncated, or is not saved as UTF-8.',
        })
      }
      parser.end()
    } catch (error) {
      parser.destroy(error as Error)
    }
  })()

  let row = 0
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      row++
      yield { row, line: info.lines, values: record }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error
    // csv-parse counts the records it completed; ours may lag behind, as it parses ahead.
    const e = error as Error & { code?: string; lines?: number; records?: number; record?: unknown[]; columns?: unknown[] }
    const failedRow = Math.max(e.records ?? 0, parsed, row) + 1
    if (e.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' || e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      throw new ImportFileError({
        file,
        row: failedRow,
        line: e.lines,
        message: `has ${e.record?.length ?? 'a different number of'} cells but the header has ${e.columns?.length ?? 'another number'}; the file may be truncated, or a cell may hold an unquoted comma.`,
      })
    }
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new ImportFileError({
        file,
        row: failedRow,
        line: e.lines,
        message: 'a quoted cell is never closed: a quote (") is left open, or the file is truncated.',
      })
    }
    if (e.code === 'CSV_INVALID_CLOSING_QUOTE') {
      throw new ImportFileError({
        file,
        row: failedRow,
        line: e.lines,
        message: 'a quote ends a cell but more text follows it; a quote inside a cell must be doubled ("").',
      })
    }
    if (e.code?.startsWith('CSV_'))
      throw new ImportFileError({ file, row: failedRow, line: e.lines, message: `is not valid CSV: ${e.message}` })
    throw error
  } finally {
    source.destroy()
    parser.destroy()
    await pump.catch(() => undefined)
  }
}

/** A workbook uploaded where CSV is expected would otherwise be refused as "not UTF-8", which misleads. */
function refuseSpreadsheet(file: string, head: Buffer): void {
  const workbook = workbookKind(head)
  if (workbook)
    throw new ImportFileError({
      file,
      message: `is a spreadsheet workbook (${workbook.toUpperCase()}), not CSV; save it from the spreadsheet as CSV (UTF-8).`,
    })
}

/**
 * Cells are read by column name, so a name given twice would silently let the
 * second column's cells stand for the first's (a re-saved Gender Pay Gap file
 * with DiffMeanHourlyPercent twice overwrote every report's mean gap). Names
 * are compared as the importers read them, ignoring case; blank names (empty
 * trailing columns a spreadsheet adds) are never read, so may repeat.
 */
export function refuseRepeatedNames(file: string, names: string[]): void {
  const first = new Map<string, number>()
  names.forEach((name, index) => {
    if (name === '') return
    const key = name.toLowerCase()
    const earlier = first.get(key)
    if (earlier === undefined) first.set(key, index)
    else
      throw new ImportFileError({
        file,
        row: 0,
        column: name,
        message: `the header names column "${name}" twice (columns ${earlier + 1} and ${index + 1}); each column needs its own name, or one column's cells would be read as the other's. Remove or rename one of them.`,
      })
  })
}

/** Offset of the first byte that breaks UTF-8 in a chunk (a sequence cut at the chunk's end is not counted). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0
    if (length === 0) return i
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return bytes.length
      if (bytes[i + k] >> 6 !== 0b10) return i
    }
    i += length
  }
  return bytes.length
}
