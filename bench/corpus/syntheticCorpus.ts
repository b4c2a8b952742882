import { createAnnotation } from '../../src-main/core/annotations/createAnnotation';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { CodePointIndex } from '../../src-main/core/text/codePoints';
import { SeededRandom } from '../../src-main/core/testing/seededRandom';

/**
 * Realistic synthetic news for benchmarks: sentences built from the speech acts analysts tag
 * (with accents, Cyrillic and emoji, as wire copy has), and spans over the acts, with nested
 * spans and several annotators who disagree the way people do (boundaries, labels, misses).
 */

const ACTORS = [
  'Russia',
  'the United States',
  'NATO',
  'Ukraine',
  'China',
  'India',
  'Iran',
  'the European Union',
  'Москва',
  'the foreign ministry of Türkiye',
  'Beijing',
  'officials in Genève',
  'the Élysée',
];
const SPEAKERS = [
  'Sergei Ryabkov',
  'Wendy Sherman',
  'José Álvarez',
  'Мария Захарова',
  'a senior diplomat',
  'the spokesman',
];
const ACTS: Record<string, string[]> = {
  demand: [
    'demanded the immediate withdrawal of troops from the border',
    'called on the other side to halt all military exercises',
    'insisted on legally binding guarantees of neutrality',
    'urged negotiators to restore monitoring at the sites',
  ],
  denial: [
    'denied any plans to invade the neighbouring state',
    'rejected the proposal as a nonstarter',
    'dismissed the report as a fabrication',
    'ruled out any concession on sanctions',
  ],
  threat: [
    'warned it would respond with military-technical measures if talks failed',
    'threatened to refer the matter to the Security Council',
    'said it would impose new sanctions unless access was granted',
  ],
  offer: [
    'offered to hold the next round of talks within weeks',
    'was open to discussing limits on missile deployments',
    'proposed a phased lifting of oil sanctions',
    'said it would consider a ceasefire along the current line',
  ],
};
const FILLERS = [
  'The talks in Vienna lasted nearly eight hours without a breakthrough.',
  'Markets reacted calmly to the news on Monday 🕊️.',
  'Analysts said the positions of both sides remained far apart.',
  'The meeting was the 14th round of talks since the standoff began.',
  'Protesters gathered outside the embassy, according to local media.',
  'The statement came after a week of intense diplomacy 📰.',
];
export const LABELS = Object.keys(ACTS);

export interface SyntheticDocument {
  id: string;
  title: string;
  text: string;
  /** Spans per annotator; offsets in code points. */
  annotations: Record<string, Annotation[]>;
}

export interface CorpusOptions {
  seed: number;
  /** Approximate length of each document in UTF-16 units (news ≈ 4,000–20,000; a report ≈ 1,000,000). */
  documentLength: number;
  /** Spans per document for the first annotator (others vary around it). */
  spansPerDocument: number;
  annotators: readonly string[];
}

interface Act {
  label: string;
  /** Code points. */
  start: number;
  end: number;
}

/** One document: text grown sentence by sentence until it is long enough and holds enough acts. */
export function generateDocument(
  random: SeededRandom,
  id: string,
  options: CorpusOptions,
): SyntheticDocument {
  const pieces: string[] = [];
  const acts: Act[] = [];
  let utf16Length = 0;
  let codePoints = 0;
  const actShare = Math.min(
    0.9,
    (options.spansPerDocument * 110) / Math.max(1, options.documentLength),
  );
  const append = (piece: string) => {
    pieces.push(piece);
    utf16Length += piece.length;
    codePoints += Array.from(piece).length;
  };
  const title = `Synthetic report ${id}`;
  // The title is the first line, so the file reads as a plain-text article of its own.
  append(`${title}\n\n`);
  while (utf16Length < options.documentLength) {
    if (random.chance(actShare)) {
      const label = random.pick(LABELS);
      const lead = `${random.pick(ACTORS)}${random.chance(0.5) ? `, according to ${random.pick(SPEAKERS)},` : ''} `;
      append(lead);
      const act = random.pick(ACTS[label]!);
      acts.push({ label, start: codePoints, end: codePoints + Array.from(act).length });
      append(act);
      append('. ');
    } else {
      append(`${random.pick(FILLERS)} `);
    }
    if (random.chance(0.15)) append('\n\n');
  }
  const text = pieces.join('');
  const index = new CodePointIndex(text);
  const now = '2026-11-27T00:00:00.000Z';
  const annotations: Record<string, Annotation[]> = {};
  options.annotators.forEach((annotator, annotatorIndex) => {
    const spans: Annotation[] = [];
    const seen = new Set<string>();
    const add = (label: string, start: number, end: number) => {
      const key = `${label}:${start}:${end}`;
      if (start >= end || end > index.codePointLength || seen.has(key)) return;
      seen.add(key);
      spans.push(
        createAnnotation(index, {
          id: `${annotator}-${id}-${spans.length}`,
          label,
          start,
          end,
          now,
          attributes: { source: 'synthetic' },
        }),
      );
    };
    for (const act of acts.slice(0, options.spansPerDocument)) {
      if (annotatorIndex > 0 && random.chance(0.1)) continue; // missed it
      const label = annotatorIndex > 0 && random.chance(0.1) ? random.pick(LABELS) : act.label;
      const shift = annotatorIndex > 0 && random.chance(0.2) ? random.integer(-3, 3) : 0;
      add(label, Math.max(0, act.start + shift), act.end);
      // A nested span inside the act, as when a demand holds a narrower demand.
      if (random.chance(0.1)) add(act.label, act.start + 1, Math.max(act.start + 2, act.end - 5));
    }
    annotations[annotator] = spans;
  });
  return { id, title, text, annotations };
}

/** `count` documents generated lazily, so a corpus of 10,000 never sits in memory at once. */
export function* generateCorpus(
  count: number,
  options: CorpusOptions,
): Generator<SyntheticDocument> {
  const random = new SeededRandom(options.seed);
  for (let position = 0; position < count; position++) {
    yield generateDocument(random, `doc-${String(position).padStart(5, '0')}`, options);
  }
}
