import type { AgreementComputing } from './agreementSlice';
import { formatCount } from '../components/formatCount';

function describe({ phase, done, total }: AgreementComputing): string {
  if (phase === 'computing') return 'Computing agreement… adding up the figures';
  if (total === 0) return 'Computing agreement… listing the annotation files';
  return `Computing agreement… reading files ${formatCount(done)} of ${formatCount(total)}`;
}

/** The report the host is computing: annotation files read of all, and a way to stop. */
export function AgreementProgress({
  computing,
  onCancel,
}: {
  computing: AgreementComputing;
  onCancel: () => void;
}) {
  // 0 of 0 while the files are listed: the bar has no value yet.
  const known = computing.total > 0;
  return (
    <div className="agreement-report__progress">
      <progress
        aria-label="Agreement progress"
        max={known ? computing.total : undefined}
        value={known ? computing.done : undefined}
      />
      <p role="status">{describe(computing)}</p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
