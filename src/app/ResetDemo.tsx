import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useStore } from '../store/react';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** "Reset demo": after confirmation, replaces the whole workspace with the demo bundle. */
export function ResetDemo() {
  const store = useStore();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>Reset demo</button>
      {asking && (
        <ConfirmDialog
          title="Reset the demo workspace?"
          message="Every number, flow, setting, scenario and upload in this browser is replaced by the demo workspace, and published revisions are deleted. Export first if you want to keep your work."
          confirmLabel="Reset demo"
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void store.resetDemo().then(() => navigate('/numbers'));
          }}
        />
      )}
    </>
  );
}
