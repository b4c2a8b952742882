import { useShallow } from '../store/useShallow';
import { useAppStore } from '../store/AppStoreProvider';

/** Turns review mode on and off: gold is edited while it is on. */
export function ReviewModeButton() {
  const { active, enterReview, exitReview } = useAppStore(
    useShallow((state) => ({
      active: state.reviewActive,
      enterReview: state.enterReview,
      exitReview: state.exitReview,
    })),
  );
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={() => void (active ? exitReview() : enterReview())}
    >
      Review
    </button>
  );
}
