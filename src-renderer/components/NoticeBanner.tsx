import { useEffect } from 'react';
import { useAppStore } from '../store/AppStoreProvider';

/** How long a notice stays, unless dismissed or replaced sooner; errors stay longer. */
const NOTICE_MS = { info: 5000, error: 12000 } as const;

/** The latest notice (a refused duplicate, "nothing to undo"…), announced to screen readers. */
export function NoticeBanner() {
  const notice = useAppStore((state) => state.notice);
  const dismissNotice = useAppStore((state) => state.dismissNotice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismissNotice, NOTICE_MS[notice.tone]);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);

  return (
    <div className="notice-area" role="alert" aria-label="Notice">
      {notice && (
        <p key={notice.serial} className={`notice notice--${notice.tone}`}>
          <span>{notice.message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss notice"
            onClick={dismissNotice}
          >
            ×
          </button>
        </p>
      )}
    </div>
  );
}
