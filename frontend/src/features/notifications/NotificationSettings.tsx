import { useState } from 'react';
import { Link } from 'react-router';
import { formProblem, type FormProblem } from '../../api/problem';
import type { DigestTime, EmailTiming, NoticeKind, Preference, Preferences } from '../../api/types';
import { CardFieldset, ChoiceGroup, FormAlert, preventDefault } from '../../components/forms';
import { Notice, QueryView } from '../../components/ui';
import { useSaveNotificationPreferences } from './mutations';
import { EMAIL_SETTING_GROUPS, EMAIL_TIMING_LABELS, NOTICE_KIND_GROUPS, NOTICE_KIND_LABELS } from './notificationLabels';
import { useNotificationPreferences } from './queries';
import './notifications.css';

const TIMINGS = (Object.keys(EMAIL_TIMING_LABELS) as EmailTiming[]).map((t) => ({ value: t, label: EMAIL_TIMING_LABELS[t] }));

/**
 * `/notifications/settings`, where every notification email leads: how the person wants each
 * kind of notification emailed (immediately, in the daily digest, or not at all).
 */
export function NotificationSettings() {
  const query = useNotificationPreferences();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/notifications">Notifications</Link> / Email settings
      </p>
      <h1>Email settings</h1>
      <p className="muted">The app still lists every notification, whatever you choose here.</p>
      <QueryView query={query} what="Loading your email settings">
        {(preferences) => (
          <>
            <p className="muted">{digestHours(preferences.digests)}</p>
            <SettingsForm preferences={preferences} />
          </>
        )}
      </QueryView>
    </>
  );
}

/** When the daily digest goes out, for each of the person's programs (at its hour, in its time zone). */
export function digestHours(digests: DigestTime[]): string {
  if (digests.length === 0) return 'The daily digest is emailed once a day, at the hour your program sets.';
  const each = digests.map((d) => `at ${d.hour}:00 (${d.time_zone.replace(/_/g, ' ')} time) for ${d.program_name}`);
  return `The daily digest is emailed once a day: ${each.join('; ')}.`;
}

/** A refused save: the server names an item by its place in what was sent; its message goes beside its kind. */
function saveProblem(err: unknown, sent: Preference[]): FormProblem {
  const byPlace = formProblem(err, sent.map((_, i) => `items.${i}.kind`));
  const fields: Record<string, string> = {};
  sent.forEach((p, i) => {
    const message = byPlace.fields[`items.${i}.kind`];
    if (message) fields[p.kind] = message;
  });
  return { ...byPlace, fields };
}

function SettingsForm({ preferences }: { preferences: Preferences }) {
  // Only what the person changed: every other choice shows what the server has now (an
  // unsubscribe link opened meanwhile, another tab's save).
  const [changes, setChanges] = useState<Partial<Record<NoticeKind, EmailTiming>>>({});
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const save = useSaveNotificationPreferences();

  const changed = preferences.items.flatMap((p) => {
    const email = changes[p.kind];
    return email && email !== p.email ? [{ kind: p.kind, email }] : [];
  });

  const choose = (kind: NoticeKind, email: EmailTiming) => {
    setSaved(false);
    setChanges((c) => ({ ...c, [kind]: email }));
  };

  const submit = () => {
    setProblem(null);
    setSaved(false);
    save.mutate(changed, {
      onSuccess: () => {
        setChanges({});
        setSaved(true);
      },
      onError: (err) => setProblem(saveProblem(err, changed)),
    });
  };

  return (
    <form onSubmit={preventDefault(submit)} noValidate>
      <fieldset className="plain email-settings" disabled={save.isPending}>
        {EMAIL_SETTING_GROUPS.map((group) => {
          const items = preferences.items.filter((p) => NOTICE_KIND_GROUPS[p.kind] === group);
          return (
            items.length > 0 && (
              <CardFieldset key={group} legend={group}>
                {items.map((p) => (
                  <ChoiceGroup
                    key={p.kind}
                    name={`email-${p.kind}`}
                    legend={NOTICE_KIND_LABELS[p.kind]}
                    type="radio"
                    groups={[{ options: TIMINGS }]}
                    values={[changes[p.kind] ?? p.email]}
                    onToggle={(value, on) => on && choose(p.kind, value as EmailTiming)}
                    error={problem?.fields[p.kind]}
                  />
                ))}
              </CardFieldset>
            )
          );
        })}
      </fieldset>
      {/* Beside the button, where the eye is once it is pressed at the foot of a long page. */}
      <FormAlert problem={problem} />
      {saved && <Notice>Email settings saved.</Notice>}
      <button type="submit" disabled={save.isPending || changed.length === 0}>
        {save.isPending ? 'Saving…' : 'Save changes'}
      </button>
    </form>
  );
}
