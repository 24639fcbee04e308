import { Link } from 'react-router';
import { QueryView, StatusBadge } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { ITEM_LABELS } from '../completion/completionLabels';
import './home.css';
import type { ToDo } from '../../api/types';
import { useToDo } from './queries';
import { toDoPath, toDoTitle } from './toDoLabels';

/**
 * "What's next": what the signed-in person must do in the program, for every part they play in
 * it, overdue first; each item a link to the page where it is done.
 */
export function ToDoList({ programId }: { programId: string }) {
  const query = useToDo(programId);
  return (
    <section className="to-do" aria-labelledby="to-do">
      <h2 id="to-do">What’s next</h2>
      <QueryView query={query} what="Loading what waits for you">
        {(list) => {
          if (!list.items.length) return <p>Nothing waits for you right now.</p>;
          const titles = list.items.map(toDoTitle);
          const twice = (title: string) => titles.indexOf(title) !== titles.lastIndexOf(title);
          return (
            <ul className="to-do-list">
              {list.items.map((item, i) => {
                const title = titles[i]!;
                const key = `${item.kind}-${item.enrollment_id ?? ''}-${item.record_id ?? ''}-${i}`;
                return <ToDoLine key={key} item={item} title={title} twice={twice(title)} />;
              })}
            </ul>
          );
        }}
      </QueryView>
    </section>
  );
}

/**
 * One thing to do: its link (what, and whose), then its detail, its due date and the completion
 * items it names. Two items with the same title (two logs to acknowledge) tell their detail in
 * the link's name too, so each link's name is its own.
 */
function ToDoLine({ item, title, twice }: { item: ToDo; title: string; twice: boolean }) {
  const due = item.due_on ? `due ${formatDate(item.due_on)}` : '';
  const facts = [item.detail, due].filter(Boolean).join(' · ');
  return (
    <li className={item.overdue ? 'to-do-item to-do-overdue' : 'to-do-item'}>
      <div className="to-do-title">
        <Link to={toDoPath(item)}>
          {title}
          {twice && item.detail && <span className="visually-hidden">: {item.detail}</span>}
        </Link>
        {item.overdue && <StatusBadge status="overdue" label="Overdue" />}
      </div>
      {facts && <p className="to-do-detail">{facts}</p>}
      {item.items.length > 0 && (
        <ul className="to-do-items" aria-label={`Completion items: ${title}`}>
          {item.items.map((i) => (
            <li key={i}>{ITEM_LABELS[i] ?? i}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
