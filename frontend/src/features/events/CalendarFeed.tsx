import { useId, useRef, useState } from 'react';
import type { CalendarFeed } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorBox, QueryView } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { useMakeCalendarFeed, useTurnOffCalendarFeed } from './mutations';
import { useCalendarFeed } from './queries';

/**
 * The Events page's "Calendar feed", folded: a private address calendar apps subscribe to. The
 * feed is asked for once the panel is opened; its address is known only in the answer that made it.
 */
export function CalendarFeedPanel() {
  const [opened, setOpened] = useState(false);
  return (
    <details className="card calendar-feed" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>Calendar feed</summary>
      {opened && <FeedBody />}
    </details>
  );
}

function FeedBody() {
  const feed = useCalendarFeed();
  const make = useMakeCalendarFeed();
  const turnOff = useTurnOffCalendarFeed();
  const error = make.error ?? turnOff.error;
  const doMake = () => {
    turnOff.reset();
    make.mutate();
  };
  const doTurnOff = () => {
    make.reset();
    turnOff.mutate();
  };
  const path = make.data?.path;
  return (
    <QueryView query={feed} what="Loading your calendar feed">
      {(f) => (
        <>
          {error && <ErrorBox error={error} />}
          {!f.active ? (
            <>
              <p>
                Subscribe to your events from Google, Apple or Outlook Calendar through a private address, kept up to date
                as you register and cancel.
              </p>
              <button type="button" disabled={make.isPending} onClick={doMake}>
                {make.isPending ? 'Making…' : 'Make my calendar feed'}
              </button>
            </>
          ) : (
            <>
              {path ? <FeedAddress url={window.location.origin + path} /> : <FeedMade feed={f} />}
              <FeedActions key={f.created_at} busy={make.isPending || turnOff.isPending} onMake={doMake} onTurnOff={doTurnOff} />
            </>
          )}
        </>
      )}
    </QueryView>
  );
}

/** The address just made, to copy into a calendar app; it is not shown again. */
function FeedAddress({ url }: { url: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      // No clipboard (e.g. not over HTTPS): the address is selected for the person to copy.
      input.current?.focus();
      input.current?.select();
      setCopied('selected');
    }
  };
  return (
    <>
      <div className="field">
        <label htmlFor={id}>Your calendar feed’s address</label>
        <div className="feed-address">
          <input
            ref={input}
            id={id}
            type="text"
            value={url}
            readOnly
            aria-describedby={`${id}-note`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="secondary" onClick={() => void copy()}>
            Copy
          </button>
        </div>
      </div>
      <p role="status" className="muted">
        {copied === 'copied' && 'Copied.'}
        {copied === 'selected' && 'Selected: copy it with Ctrl+C (⌘C on a Mac), or tap and hold on a phone.'}
      </p>
      <div id={`${id}-note`} className="alert alert-info" role="note">
        <p>
          <strong>Shown once: keep it private.</strong> Anyone with this address sees your registered events. Make a new one
          to revoke this one.
        </p>
      </div>
      <p className="muted">
        Google Calendar: Other calendars, From URL. Apple Calendar: File, New Calendar Subscription. Outlook: Add calendar,
        Subscribe from web.
      </p>
    </>
  );
}

function FeedMade({ feed }: { feed: CalendarFeed }) {
  return (
    <p>
      Your calendar feed was made {feed.created_at ? `on ${formatInstant(feed.created_at)}` : 'earlier'}. Its address is
      shown only when it is made: make a new one if you need it again.
    </p>
  );
}

interface ActionsProps {
  busy: boolean;
  onMake: () => void;
  onTurnOff: () => void;
}

function FeedActions({ busy, onMake, onTurnOff }: ActionsProps) {
  return (
    <div className="actions">
      <ConfirmButton
        label="Make a new address"
        question="The old address stops working in every calendar subscribed to it."
        confirm="Yes, make a new address"
        busy={busy}
        onConfirm={onMake}
      />
      <ConfirmButton
        label="Turn off the feed"
        question="Calendars subscribed to it stop updating."
        confirm="Yes, turn it off"
        busy={busy}
        onConfirm={onTurnOff}
      />
    </div>
  );
}
