import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { ImportFileError } from './problems'

/** What a file is, told by its first bytes rather than its name (a spreadsheet saved as .csv is still a spreadsheet). */
export type FileKind = 'json' | 'text' | 'xlsx' | 'ods' | 'xls' | 'other-binary'

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** Whether the first bytes of a file are a spreadsheet workbook's, and which kind. */
export function workbookKind(head: Buffer): 'xlsx' | 'ods' | 'xls' | undefined {
  if (head.subarray(0, 4).equals(ZIP)) {
    // An OpenDocument file stores its type first, uncompressed, as the "mimetype" entry.
    return head.includes('mimetypeapplication/vnd.oasis.opendocument') ? 'ods' : 'xlsx'
  }
  return head.subarray(0, 8).equals(OLE2) ? 'xls' : undefined
}

export async function fileKind(path: string): Promise<FileKind> {
  const handle = await open(path).catch(() => {
    throw new ImportFileError({ file: basename(path), message: 'cannot be read: no such file, or not allowed.' })
  })
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0).finally(() => handle.close())
  const head = buffer.subarray(0, bytesRead)
  const workbook = workbookKind(head)
  if (workbook) return workbook
  // Text never holds NUL bytes; images, PDFs' binary parts and other containers do.
  if (head.includes(0) || head.subarray(0, 4).toString('latin1') === '%PDF') return 'other-binary'
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  return text.startsWith('{') || text.startsWith('[') ? 'json' : 'text'
}
