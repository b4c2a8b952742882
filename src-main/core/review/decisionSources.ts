import { annotatorNameSchema, GOLD_ANNOTATOR } from '../project/annotationPaths';
import { sha256OfText } from '../text/sha256';
import { z } from '../zodConfig';
import { comparedAttributes, type Disagreement, type ReviewSpan } from './findDisagreements';

/**
 * What a decision records about the item it settled: every annotator compared then (gold
 * aside), by name, with the fingerprints of that annotator's spans in the item, sorted (none:
 * `[]`). A list rather than an object keyed by name: an annotator may be called `constructor`.
 */
export const decisionSourcesSchema = z
  .array(
    z.looseObject({
      annotator: annotatorNameSchema,
      spans: z.array(z.string().max(64)).max(10_000),
    }),
  )
  .max(1000);
export type DecisionSources = z.infer<typeof decisionSourcesSchema>;

/** How many hex characters of SHA-256 a span fingerprint keeps. */
const FINGERPRINT_LENGTH = 16;

/**
 * 16 hex characters of SHA-256 over what review compares of a span: label, start and end
 * (code points) and its non-empty attributes. Ids, text and notes do not count.
 */
export function spanFingerprint(span: ReviewSpan): string {
  const compared = [JSON.stringify(span.label), span.start, span.end, comparedAttributes(span)];
  return sha256OfText(`[${compared.join(',')}]`).slice(0, FINGERPRINT_LENGTH);
}

/** The compared annotators of an item, gold aside: the keys of its `spans`. */
function comparedAnnotators(item: Pick<Disagreement, 'spans'>): string[] {
  return Object.keys(item.spans).filter((name) => name !== GOLD_ANNOTATOR);
}

/** What a decision on `item` records (see decisionSourcesSchema), annotators sorted. */
export function decisionSourcesOf(item: Pick<Disagreement, 'spans'>): DecisionSources {
  return comparedAnnotators(item)
    .sort()
    .map((annotator) => ({
      annotator,
      spans: (item.spans[annotator] ?? []).map(spanFingerprint).sort(),
    }));
}

/**
 * True when the spans a decision settled (`recorded`) are still an item's (`current`, from
 * decisionSourcesOf): for every annotator compared both then and now, the same fingerprints.
 * Annotators compared only then or only now do not count — choosing whom to compare is not a
 * change of their files.
 */
export function sourcesStillMatch(recorded: DecisionSources, current: DecisionSources): boolean {
  const now = new Map(current.map((source) => [source.annotator, source.spans]));
  return recorded.every(({ annotator, spans }) => {
    const fingerprints = now.get(annotator);
    if (fingerprints === undefined) return true;
    const then = [...spans].sort();
    return (
      then.length === fingerprints.length &&
      then.every((value, index) => value === fingerprints[index])
    );
  });
}

/** True when a decision was made comparing exactly the annotators compared now (gold aside). */
export function sameComparedAnnotators(
  recorded: DecisionSources,
  item: Pick<Disagreement, 'spans'>,
): boolean {
  const then = recorded.map((source) => source.annotator).sort();
  const now = comparedAnnotators(item).sort();
  return then.length === now.length && then.every((name, index) => name === now[index]);
}
