import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CommentThread, type AddComment } from './CommentThread';

const rivera = { id: 'u1', username: 'coach.rivera', email: 'rivera@example.org', display_name: 'Maya Rivera' };
const comments = [{ id: 'c1', author: rivera, body: 'Bring the schedule.', created_at: '2026-11-21T10:00:00Z' }];

/** An add mutation that succeeds (clearing the box) or fails with `error`. */
function adder(error?: Error) {
  const mutate = vi.fn((_body: string, options?: { onSuccess?: () => void; onError?: (e: Error) => void }) => {
    if (error) options?.onError?.(error);
    else options?.onSuccess?.();
  });
  return { mutate, isPending: false } as unknown as AddComment & { mutate: typeof mutate };
}

describe('a comment thread', () => {
  it('lists the comments under what they are on, and adds one with its text trimmed', async () => {
    const add = adder();
    const user = userEvent.setup();
    render(<CommentThread comments={comments} about="the plan for 2B" add={add} />);
    expect(screen.getByRole('list', { name: 'Comments on the plan for 2B' })).toHaveTextContent('Maya Rivera');
    const box = screen.getByLabelText('Comment on the plan for 2B');
    await user.type(box, '  Start with grade 9  ');
    await user.click(screen.getByRole('button', { name: 'Add comment on the plan for 2B' }));
    expect(add.mutate).toHaveBeenCalledWith('Start with grade 9', expect.anything());
    expect(box).toHaveValue('');
  });

  it('asks for words before sending, and shows what the server refused', async () => {
    const add = adder(new Error('The server could not be reached.'));
    const user = userEvent.setup();
    render(<CommentThread comments={[]} about="the plan" add={add} />);
    await user.click(screen.getByRole('button', { name: 'Add comment on the plan' }));
    expect(screen.getByLabelText('Comment on the plan')).toHaveAccessibleDescription('Write the comment first.');
    expect(add.mutate).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Comment on the plan'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Add comment on the plan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The server could not be reached.');
  });

  it('is read-only without an add, and absent with nothing to show', () => {
    const { container, rerender } = render(<CommentThread comments={comments} about="action step 2" />);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    rerender(<CommentThread comments={[]} about="action step 2" />);
    expect(container).toBeEmptyDOMElement();
  });
});
