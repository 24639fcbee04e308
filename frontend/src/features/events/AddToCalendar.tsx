import { errorMessage } from '../../api/problem';
import type { ProgramEvent } from '../../api/types';
import { sentence } from './eventLabels';
import { useDownloadEventIcs } from './mutations';

/**
 * "Add to calendar (.ics)": the event as a file for the person's calendar app, fetched with the
 * session's token (a plain link would not carry it) and saved as "<title>.ics".
 */
export function AddToCalendar({ event: e }: { event: Pick<ProgramEvent, 'id' | 'title'> }) {
  const ics = useDownloadEventIcs(e);
  return (
    <>
      <a
        className="add-to-calendar"
        href={`/api/events/${e.id}/calendar.ics`}
        onClick={(click) => {
          click.preventDefault();
          ics.mutate();
        }}
        aria-busy={ics.isPending || undefined}
      >
        Add to calendar (.ics)<span className="visually-hidden"> for {e.title}</span>
      </a>
      {ics.error && (
        <p className="field-error" role="alert">
          {sentence(errorMessage(ics.error))}
        </p>
      )}
    </>
  );
}
