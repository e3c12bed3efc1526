import type { RejectedFile } from '../../../shared/ipc/channels/studies.ts';

/** The files an import left out, each with its reason in plain words. */
export function RejectedFiles({ files }: { files: RejectedFile[] }) {
  if (files.length === 0) return null;
  return (
    <details className="rejected-files" data-testid="rejected-files" open={files.length <= 20}>
      <summary>
        {files.length.toLocaleString()} file{files.length === 1 ? '' : 's'} not imported
      </summary>
      <table className="dense-table">
        <thead>
          <tr>
            <th>File</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.path}>
              <td className="path-cell" title={file.path}>
                {file.path}
              </td>
              <td>{file.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
