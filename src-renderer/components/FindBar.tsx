import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { getFindState } from '../editor/FindInArticle';
import { useAppStore } from '../store/AppStoreProvider';

/** Find in article: a search box with the match count and next / previous. */
export function FindBar({ editor }: { editor: Editor }) {
  const findFocusSerial = useAppStore((state) => state.findFocusSerial);
  const closeFind = useAppStore((state) => state.closeFind);
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const find = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = getFindState(current.state);
      return {
        count: state.matches.length,
        current: state.currentIndex,
        truncated: state.truncated,
      };
    },
  });

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [findFocusSerial]);

  function close(): void {
    editor.commands.clearFind();
    closeFind();
    editor.commands.focus();
  }

  const count = find.truncated ? `${find.count}+` : String(find.count);
  const summary =
    query === '' ? '' : find.count === 0 ? 'No matches' : `${find.current + 1} of ${count}`;

  return (
    <div className="find-bar" role="search" aria-label="Find">
      <input
        ref={inputRef}
        type="search"
        aria-label="Find in article"
        placeholder="Find in article"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          editor.commands.setFindQuery(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (event.shiftKey) editor.commands.findPrevious();
            else editor.commands.findNext();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span role="status" aria-label="Find matches" className="find-bar__count">
        {summary}
      </span>
      <button
        type="button"
        aria-label="Previous match"
        disabled={find.count === 0}
        onClick={() => editor.commands.findPrevious()}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label="Next match"
        disabled={find.count === 0}
        onClick={() => editor.commands.findNext()}
      >
        ↓
      </button>
      <button type="button" aria-label="Close find" onClick={close}>
        ×
      </button>
    </div>
  );
}
