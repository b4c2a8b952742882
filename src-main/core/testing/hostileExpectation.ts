/**
 * What a careful reader must do with a hostile file: refuse it; refuse it or load it with at
 * least one problem; open it read-only; or anything that breaks no invariant.
 */
export type HostileExpectation = 'refused' | 'problem' | 'read-only' | 'any';
