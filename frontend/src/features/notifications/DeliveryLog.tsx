import { useId } from 'react';
import type { EmailStatus } from '../../api/types';
import { RecordTable } from '../../components/RecordTable';
import { Pager, QueryView, StatusBadge } from '../../components/ui';
import { formatInstant, labelOf } from '../../lib/labels';
import { useUrlFilters } from '../../lib/urlFilters';
import { EMAIL_STATUS_LABELS, NOTICE_KIND_LABELS } from './notificationLabels';
import { useDeliveries } from './queries';
import './notifications.css';

const PER_PAGE = 50;
const STATUSES = Object.keys(EMAIL_STATUS_LABELS) as EmailStatus[];

/**
 * `/notification-deliveries`: for the installation administrator, every notification's email,
 * newest first: to whom, where it stands, its attempts and why the last one failed (never its
 * text). The status and the page live in the address.
 */
export function DeliveryLog() {
  const statusId = useId();
  const [params, update] = useUrlFilters();
  const status = STATUSES.find((s) => s === params.get('status')) ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useDeliveries(status, page, PER_PAGE);
  return (
    <>
      <h1>Email delivery log</h1>
      <p className="muted">
        Each notification is also emailed to its recipient; a failed email is tried again a few times before it is given up.
        Without SMTP configured on the server nothing is sent, and emails stay pending.
      </p>
      <div className="toolbar">
        <label htmlFor={statusId}>Status</label>
        <select id={statusId} value={status} onChange={(e) => update({ status: e.target.value, page: '' })}>
          <option value="">All</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {EMAIL_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <QueryView query={query} what="Loading the delivery log">
        {(data) => (
          <>
            <RecordTable
              rows={data.items}
              emptyInTable
              empty={status ? 'No emails match.' : 'No emails yet.'}
              columns={[
                { header: 'When', cell: (d) => formatInstant(d.created_at) },
                { header: 'Kind', cell: (d) => labelOf(NOTICE_KIND_LABELS, d.kind) },
                { header: 'Recipient', cell: (d) => d.recipient },
                {
                  header: 'Status',
                  cell: (d) => <StatusBadge status={`email-${d.email_status}`} label={labelOf(EMAIL_STATUS_LABELS, d.email_status)} />,
                },
                { header: 'Attempts', cell: (d) => d.attempts },
                // Only a pending email is tried again; the others' time is past and means nothing.
                { header: 'Next attempt', cell: (d) => (d.email_status === 'pending' ? formatInstant(d.next_attempt_at) : '—') },
                { header: 'Sent at', cell: (d) => formatInstant(d.sent_at) },
                { header: 'Last error', cell: (d) => (d.last_error ? <span className="delivery-error">{d.last_error}</span> : '—') },
              ]}
            />
            <Pager
              page={data.page}
              perPage={data.per_page || PER_PAGE}
              total={data.total}
              onPage={(p) => update({ page: p > 1 ? String(p) : '' })}
              label="Delivery log pages"
            />
          </>
        )}
      </QueryView>
    </>
  );
}
