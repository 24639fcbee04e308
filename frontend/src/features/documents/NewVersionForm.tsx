import { useState } from 'react';
import type { PortfolioDocument } from '../../api/types';
import { RecordForm, useFormProblem } from '../../components/forms';
import { FileDropZone } from './FileDropZone';
import { useUploadVersion } from './mutations';
import { UploadProgress } from './UploadProgress';

/** Replaces the document's PDF with a new version; the earlier ones stay listed. */
export function NewVersionForm({ document: doc, onDone }: { document: PortfolioDocument; onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadVersion(doc);
  const { problem, field, fail, invalid, clear } = useFormProblem(['file']);

  const submit = () => {
    if (!file) {
      invalid({ file: 'Choose the PDF to upload.' });
      return;
    }
    clear();
    upload.mutate(file, { onSuccess: onDone, onError: fail });
  };

  return (
    <RecordForm
      className="new-version"
      problem={problem}
      onSubmit={submit}
      submitLabel="Upload version"
      pending={upload.isPending}
      onCancel={onDone}
      onReload={onDone}
    >
      <FileDropZone
        name="file"
        label={`New version of “${doc.title}”`}
        file={file}
        onFile={setFile}
        error={field('file')}
        disabled={upload.isPending}
      />
      <UploadProgress progress={upload.progress} />
    </RecordForm>
  );
}
