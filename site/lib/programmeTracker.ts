import { RAG_RATINGS, labelOf } from '../../domain/vocabulary'

/**
 * RAG ratings shown three ways at once, so colour never carries the meaning
 * alone: the word, a distinct symbol, and the colour.
 */
const SYMBOLS: Record<string, string> = { green: '●', yellow: '▲', red: '■', 'not-rated': '○' }

export function ragLabel(rag: string) {
  return { text: labelOf(RAG_RATINGS, rag), symbol: SYMBOLS[rag] ?? '?', className: `rag rag-${rag}` }
}
