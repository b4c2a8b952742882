import { useShallow } from '../store/useShallow';
import type { LabelAppearance } from '../labels/labelAppearance';
import { useAppStoreAfterPaint } from '../performance/useAppStoreAfterPaint';
import { useAppStore } from '../store/AppStoreProvider';
import { selectLabelCounts, selectLabels } from '../store/selectors';
import { LabelTag } from './LabelTag';

/** Span counts per label, each a checkbox that shows or hides the label's spans in the list. */
export function LabelFilter({
  appearances,
}: {
  appearances: ReadonlyMap<string, LabelAppearance>;
}) {
  const labels = useAppStore(selectLabels);
  const counts = useAppStoreAfterPaint(selectLabelCounts);
  const { hiddenLabels, toggleLabelVisibility } = useAppStore(
    useShallow((state) => ({
      hiddenLabels: state.hiddenLabels,
      toggleLabelVisibility: state.toggleLabelVisibility,
    })),
  );
  return (
    <fieldset className="label-filter">
      <legend>Filter by label</legend>
      {labels.map((label) => (
        <label key={label.id} className="label-filter__option">
          <input
            type="checkbox"
            checked={!hiddenLabels.includes(label.id)}
            onChange={() => toggleLabelVisibility(label.id)}
          />
          <LabelTag appearance={appearances.get(label.id)!} />
          <span className="label-filter__count">{counts.get(label.id) ?? 0}</span>
        </label>
      ))}
    </fieldset>
  );
}
