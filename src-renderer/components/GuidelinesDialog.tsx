import { appearanceOf } from '../labels/labelAppearance';
import { useAppStore } from '../store/AppStoreProvider';
import { selectLabelAppearances, selectLabels } from '../store/selectors';
import { LabelTag } from './LabelTag';
import { ModalDialog } from './ModalDialog';

/** What each label means, with examples, and the attributes, from the project's parley.json. */
export function GuidelinesDialog() {
  const labels = useAppStore(selectLabels);
  const attributes = useAppStore((state) => state.project?.config.attributes);
  const closeDialog = useAppStore((state) => state.closeDialog);
  const appearances = useAppStore(selectLabelAppearances);

  return (
    <ModalDialog title="Guidelines" onClose={closeDialog} className="guidelines-dialog">
      <p>
        Tag the words that perform the act — the verb of demanding, denying, threatening or offering
        with its content — not the whole sentence and not the reporting frame.
      </p>
      {labels.map((label) => (
        <section key={label.id} className="guideline" aria-label={label.name}>
          <h3>
            <LabelTag appearance={appearanceOf(appearances, label.id)} />
            {label.hotkey && (
              <span className="guideline__hotkey">
                {' '}
                hotkey <kbd>{label.hotkey}</kbd>
              </span>
            )}
          </h3>
          {label.definition && <p>{label.definition}</p>}
          {label.examples.length > 0 && (
            <>
              <h4>Examples</h4>
              <ul className="guideline__examples">
                {label.examples.map((example, index) => (
                  <li key={index}>
                    <q>{example}</q>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {attributes && attributes.length > 0 && (
        <section aria-label="Attributes">
          <h3>Attributes</h3>
          <dl className="guideline__attributes">
            {attributes.map((attribute) => (
              <div key={attribute.id}>
                <dt>{attribute.name}</dt>
                <dd>
                  {attribute.description ?? ''}
                  {attribute.type === 'choice' && attribute.choices
                    ? ` (${attribute.choices.join(', ')})`
                    : ''}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </ModalDialog>
  );
}
