import { checkSpans } from './checkSpans';
import type { ExportContext, ExportDocument } from './exportDocument';
import type { ExportWarning } from './exportWarning';
import { resolveOverlaps, type TokenSpan } from './resolveOverlaps';
import { segmentSentences, type Token } from './segmentSentences';
import { unheldFieldWarnings } from './unheldFieldWarnings';

export interface TaggedToken {
  text: string;
  /** `O`, `B-<label id>` or `I-<label id>` (IOB2). */
  tag: string;
}

export interface TaggedDocument {
  sentences: TaggedToken[][];
  warnings: ExportWarning[];
}

/** Index of the first token that ends after `utf16Offset` (tokens are sorted and disjoint). */
function firstTokenEndingAfter(tokens: readonly Token[], utf16Offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.end <= utf16Offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The token view shared by conll and hf: sentences of tokens with BIO tags. Spans that share a
 * token are resolved by the overlap policy; a span that crosses a sentence boundary joins those
 * sentences, since a tag sequence must not break inside a span.
 */
export function tagDocument(
  document: ExportDocument,
  context: ExportContext,
  formatName: string,
): TaggedDocument {
  const checked = checkSpans(document, context);
  const warnings = [...checked.warnings];
  const sentences = segmentSentences(document.text, context.options?.locale ?? 'en');
  const tokens = sentences.flat();
  const sentenceOfToken = sentences.flatMap((sentence, index) => sentence.map(() => index));

  const candidates: TokenSpan[] = [];
  for (const span of checked.spans) {
    const warn = (kind: ExportWarning['kind'], message: string): void => {
      warnings.push({ documentId: document.id, spanId: span.annotation.id, kind, message });
    };
    const firstToken = firstTokenEndingAfter(tokens, span.utf16Start);
    let endToken = firstToken;
    while (endToken < tokens.length && tokens[endToken]!.start < span.utf16End) endToken++;
    if (endToken === firstToken) {
      warn('no-tokens', `span ${span.start}..${span.end} covers only whitespace; left out`);
      continue;
    }
    if (tokens[firstToken]!.start < span.utf16Start || tokens[endToken - 1]!.end > span.utf16End) {
      const widened = document.text.slice(tokens[firstToken]!.start, tokens[endToken - 1]!.end);
      warn(
        'token-boundary',
        `span ${span.start}..${span.end} ends inside a token; exported as the whole tokens ${JSON.stringify(widened)}`,
      );
    }
    candidates.push({ span, firstToken, endToken });
  }

  const { kept, dropped } = resolveOverlaps(candidates, context.options?.overlap ?? 'longest');
  for (const { candidate, winner } of dropped) {
    warnings.push({
      documentId: document.id,
      spanId: candidate.span.annotation.id,
      kind: 'overlap-dropped',
      message: `${candidate.span.annotation.label} span ${candidate.span.start}..${candidate.span.end} shares tokens with the ${winner.span.annotation.label} span ${winner.span.start}..${winner.span.end} (${winner.span.annotation.id}), which was kept`,
    });
  }

  const tags = tokens.map(() => 'O');
  const joinsNext = sentences.map(() => false);
  for (const { span, firstToken, endToken } of kept) {
    warnings.push(...unheldFieldWarnings(document.id, span, formatName));
    for (let token = firstToken; token < endToken; token++) {
      tags[token] = `${token === firstToken ? 'B' : 'I'}-${span.annotation.label}`;
    }
    for (
      let sentence = sentenceOfToken[firstToken]!;
      sentence < sentenceOfToken[endToken - 1]!;
      sentence++
    ) {
      joinsNext[sentence] = true;
    }
  }

  const tagged: TaggedToken[][] = [];
  let current: TaggedToken[] = [];
  tokens.forEach((token, index) => {
    current.push({ text: token.text, tag: tags[index]! });
    const sentence = sentenceOfToken[index]!;
    const lastOfSentence = sentenceOfToken[index + 1] !== sentence;
    if (lastOfSentence && !joinsNext[sentence]) {
      tagged.push(current);
      current = [];
    }
  });
  if (current.length > 0) tagged.push(current);
  return { sentences: tagged, warnings };
}
