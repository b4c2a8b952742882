import type { ExportProgress } from '../../src-main/contract/parleyContract';

interface ExportProgressViewProps {
  progress: ExportProgress;
  cancelling: boolean;
  onCancel: () => void;
}

/** A running export: documents done of all, and a way to stop it. */
export function ExportProgressView({ progress, cancelling, onCancel }: ExportProgressViewProps) {
  // 0 of 0 while the host reads the annotation files: the bar has no value yet.
  const known = progress.total > 0;
  return (
    <div className="export-progress">
      <p>
        Exporting to <code>{progress.target}</code>…
      </p>
      <progress
        aria-label="Export progress"
        max={known ? progress.total : undefined}
        value={known ? progress.done : undefined}
      />
      <p role="status" aria-label="Documents exported">
        {known ? `${progress.done} of ${progress.total} documents` : 'Reading annotation files…'}
      </p>
      <div className="dialog-actions">
        <button type="button" disabled={cancelling} onClick={onCancel}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
