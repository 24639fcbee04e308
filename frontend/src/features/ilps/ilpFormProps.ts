import type { IlpDraft } from './ilpForm';

/** What each part of the ILP form is given: the draft, how to change it, its messages. */
export interface IlpFormProps {
  draft: IlpDraft;
  /** Changes the form; `touched` are the keys of the messages the change answers. */
  edit: (update: (d: IlpDraft) => IlpDraft, touched: string[]) => void;
  /** The message beside a field, by where the form shows it (`stepErrorKey` for a step's). */
  error: (key: string) => string | undefined;
}
