import { useId, useState } from 'react';
import { useAppStore } from '../store/AppStoreProvider';

/** The annotator's name: whose files are read and written. Remembered between sessions. */
export function AnnotatorNameField() {
  const annotator = useAppStore((state) => state.annotator);
  const changeAnnotator = useAppStore((state) => state.changeAnnotator);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();

  async function commit(): Promise<void> {
    if (draft === null || draft === annotator) {
      setDraft(null);
      setProblem(null);
      return;
    }
    const result = await changeAnnotator(draft.trim());
    setProblem(result);
    if (result === null) setDraft(null);
  }

  return (
    <form
      className="annotator-field"
      onSubmit={(event) => {
        event.preventDefault();
        void commit();
      }}
    >
      <label htmlFor={inputId}>Annotator</label>
      <input
        id={inputId}
        type="text"
        value={draft ?? annotator}
        size={12}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem && (
        <span id={problemId} role="alert" className="field-problem">
          {problem}
        </span>
      )}
    </form>
  );
}
