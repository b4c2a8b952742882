import { useState } from 'react';
import type { z } from 'zod';
import type { problemSchema } from '../../src-main/contract/parleyContract';
import { formatCount } from './formatCount';

type Problem = z.infer<typeof problemSchema>;

/** Problems drawn at first, and added per "Show more": a project can have thousands. */
export const PROBLEMS_PER_PAGE = 100;

/** Problems the host found (a file, where in it, and what), collapsed under a count. */
export function ProblemList({ title, problems }: { title: string; problems: readonly Problem[] }) {
  const [shown, setShown] = useState(PROBLEMS_PER_PAGE);
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const visible = Math.min(shown, problems.length);
  return (
    <details className="problem-list" open={errors > 0}>
      <summary>
        {title} ({formatCount(problems.length)})
      </summary>
      <ul>
        {problems.slice(0, visible).map((problem, index) => (
          <li key={index} className={`problem problem--${problem.severity}`}>
            <span className="problem__severity">
              {problem.severity === 'error' ? 'Error' : 'Warning'}
            </span>{' '}
            <span className="problem__file">{problem.file}</span>
            {problem.jsonPath && problem.jsonPath !== '$' ? <code> {problem.jsonPath}</code> : null}
            : <span>{problem.message}</span>
          </li>
        ))}
      </ul>
      {visible < problems.length && (
        <p className="problem-list__more">
          {formatCount(visible)} of {formatCount(problems.length)} shown.{' '}
          <button type="button" onClick={() => setShown(visible + PROBLEMS_PER_PAGE)}>
            Show {formatCount(Math.min(PROBLEMS_PER_PAGE, problems.length - visible))} more
          </button>{' '}
          <button type="button" onClick={() => setShown(problems.length)}>
            Show all {formatCount(problems.length)}
          </button>
        </p>
      )}
    </details>
  );
}
