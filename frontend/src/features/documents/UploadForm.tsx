import { useState } from 'react';
import type { DocumentKind, PortfolioDocument } from '../../api/types';
import { FormSection, RecordForm, SelectField, TextField, useFormProblem } from '../../components/forms';
import { todayIso } from '../../lib/labels';
import { CoachingLogSelect } from './CoachingLogSelect';
import { DOCUMENT_KINDS, KIND_LABELS, hoursOptions, isPlKind } from './documentLabels';
import { FileDropZone } from './FileDropZone';
import { useUploadDocument, type NewDocument } from './mutations';
import { UploadProgress } from './UploadProgress';

const FIELDS = ['kind', 'title', 'activity_date', 'minutes', 'coaching_log_id', 'file'] as const;

const KIND_OPTIONS = DOCUMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
const HOURS_OPTIONS = hoursOptions();

function blank(): NewDocument {
  return { kind: '', title: '', activity_date: todayIso(), minutes: null, coaching_log_id: null, file: null };
}

/** Adds a PDF to the candidate's e-portfolio: its type, the activity's name and date, the file. */
export function UploadForm({ enrollmentId, onUploaded }: { enrollmentId: string; onUploaded: (doc: PortfolioDocument) => void }) {
  const [form, setForm] = useState<NewDocument>(blank);
  // A new key empties the file input after an upload.
  const [round, setRound] = useState(0);
  const upload = useUploadDocument(enrollmentId);
  const { problem, field, fail, invalid, clear } = useFormProblem(FIELDS);
  const set = (change: Partial<NewDocument>) => setForm((f) => ({ ...f, ...change }));

  const setKind = (kind: DocumentKind | '') =>
    set({
      kind,
      // Only PL documents carry hours, only coaching-log documents a log.
      minutes: isPlKind(kind) ? form.minutes : null,
      coaching_log_id: kind === 'coaching_log' ? form.coaching_log_id : null,
    });

  const submit = () => {
    if (!form.file) {
      invalid({ file: 'Choose the PDF to upload.' });
      return;
    }
    clear();
    upload.mutate(form, {
      onSuccess: (doc) => {
        setForm(blank());
        setRound((r) => r + 1);
        onUploaded(doc);
      },
      onError: fail,
    });
  };

  return (
    <FormSection id="upload-document" title="Upload a document" card>
      <RecordForm className="upload-form" problem={problem} onSubmit={submit} submitLabel="Upload" pending={upload.isPending}>
        <div className="upload-fields">
          <SelectField
            name="kind"
            label="Type"
            required
            value={form.kind}
            onChange={(v) => setKind(v as DocumentKind | '')}
            options={KIND_OPTIONS}
            placeholder="Choose a type"
            error={field('kind')}
            disabled={upload.isPending}
          />
          <TextField
            name="title"
            label="Title"
            required
            value={form.title}
            onChange={(title) => set({ title })}
            hint="The activity’s name, e.g. Equity in education."
            error={field('title')}
            disabled={upload.isPending}
          />
          <TextField
            name="activity_date"
            label="Activity date"
            type="date"
            required
            value={form.activity_date}
            onChange={(activity_date) => set({ activity_date })}
            error={field('activity_date')}
            disabled={upload.isPending}
          />
          {isPlKind(form.kind) && (
            <SelectField
              name="minutes"
              label="PL hours"
              value={form.minutes === null ? '' : String(form.minutes)}
              onChange={(v) => set({ minutes: v ? Number(v) : null })}
              options={HOURS_OPTIONS}
              placeholder="Not counted"
              hint="Hours of professional learning this document shows."
              error={field('minutes')}
              disabled={upload.isPending}
            />
          )}
          {form.kind === 'coaching_log' && (
            <CoachingLogSelect
              enrollmentId={enrollmentId}
              value={form.coaching_log_id ?? ''}
              onChange={(v) => set({ coaching_log_id: v || null })}
              error={field('coaching_log_id')}
              disabled={upload.isPending}
            />
          )}
        </div>
        <FileDropZone
          key={round}
          name="file"
          label="PDF file"
          file={form.file}
          onFile={(file) => set({ file })}
          error={field('file')}
          disabled={upload.isPending}
        />
        <UploadProgress progress={upload.progress} />
      </RecordForm>
    </FormSection>
  );
}
