import type { z } from 'zod';
import type { problemSchema } from '../../src-main/contract/parleyContract';

type Problem = z.infer<typeof problemSchema>;

/** Problems the host found (a file, where in it, and what), collapsed under a count. */
export function ProblemList({ title, problems }: { title: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <details className="problem-list" open={errors > 0}>
      <summary>
        {title} ({problems.length})
      </summary>
      <ul>
        {problems.map((problem, index) => (
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
    </details>
  );
}
