import { useAppStore } from '../store/AppStoreProvider';
import { ModalDialog } from './ModalDialog';

/** What Parley is, and where the open project lives. */
export function AboutDialog() {
  const closeDialog = useAppStore((state) => state.closeDialog);
  const project = useAppStore((state) => state.project);
  return (
    <ModalDialog title="About Parley" onClose={closeDialog}>
      <p>
        Parley is an offline workbench for tagging demands, denials, threats and offers in news
        articles. Annotations are stored beside the articles as plain JSON files; offsets count
        Unicode code points.
      </p>
      {project && (
        <p>
          Project <strong>{project.name}</strong> in folder <code>{project.folderName}</code>, with{' '}
          {project.documents.length} documents.
        </p>
      )}
    </ModalDialog>
  );
}
