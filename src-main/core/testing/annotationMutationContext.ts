import type { Article } from '../articles/article';
import type { CodePointIndex } from '../text/codePoints';
import type { HostileExpectation } from './hostileExpectation';
import { spliceRaw } from './rawJson';
import type { SeededRandom } from './seededRandom';

export type JsonObject = Record<string, unknown>;

export interface Mutated {
  kind: string;
  expected: HostileExpectation;
  /** The file as text, or as bytes for mutations below the level of text. */
  content: string | Uint8Array;
}

/** What an annotation-file mutation (ordinary or heavy) works on. */
export interface Context {
  random: SeededRandom;
  article: Article;
  index: CodePointIndex;
  /** A fresh, valid annotation file as plain JSON values, free to change. */
  file: JsonObject;
}

export type Mutation = (context: Context) => Mutated;

export function annotationsOf(file: JsonObject): JsonObject[] {
  return file.annotations as JsonObject[];
}

export function someAnnotation(context: Context): JsonObject {
  return context.random.pick(annotationsOf(context.file));
}

/** Every object of the file, from the root down, plus a nested unknown one. */
export function objectsOf(file: JsonObject): JsonObject[] {
  const deeper: JsonObject = {};
  file.extension = { nested: { deeper } };
  const extension = file.extension as JsonObject;
  const objects = [file, file.document as JsonObject, extension, extension.nested as JsonObject];
  objects.push(deeper);
  for (const annotation of annotationsOf(file)) {
    objects.push(annotation);
    objects.push(annotation.attributes as JsonObject);
  }
  return objects;
}

export function stringify(context: Context, value: unknown): string {
  return JSON.stringify(value, null, context.random.pick([undefined, 2, '\t']));
}

/** Serializes the file with `raw` JSON text where RAW (and `rawKey` where RAW_KEY) stood. */
export function withRaw(context: Context, raw: string, rawKey = ''): string {
  return spliceRaw(stringify(context, context.file), raw, rawKey);
}
