import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Rating } from '../../api/types';
import { RatingGroup } from './RatingGroup';

function Controlled({ initial, onChange }: { initial: Rating | null; onChange: (r: Rating) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <RatingGroup
      code="2B"
      value={value}
      onChange={(r) => {
        setValue(r);
        onChange(r);
      }}
    />
  );
}

describe('the rating group', () => {
  it('offers N/A and 0–4, each named with the scale’s words, as one radio group', () => {
    render(<RatingGroup code="2B" value={null} onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Rating' });
    expect(group).toBeInTheDocument();
    const names = ['N/A Not applicable', '0 No experience', '1 Directed toward', '2 Approaches', '3 Meets', '4 Exemplifies'];
    const radios = screen.getAllByRole('radio');
    expect(radios).toEqual(names.map((name) => screen.getByRole('radio', { name })));
    expect(new Set(radios.map((r) => r.getAttribute('name')))).toEqual(new Set(['rating-2B']));
    expect(radios.every((r) => !(r as HTMLInputElement).checked)).toBe(true);
  });

  it('gives the rating chosen by click, N/A as the API spells it, and shows it chosen', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Controlled initial={null} onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: '3 Meets' }));
    expect(onChange).toHaveBeenLastCalledWith(3);
    expect(screen.getByRole('radio', { name: '3 Meets' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'N/A Not applicable' }));
    expect(onChange).toHaveBeenLastCalledWith('n/a');
    expect(screen.getByRole('radio', { name: '3 Meets' })).not.toBeChecked();
  });

  it('moves with the arrow keys from the rating chosen', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Controlled initial={2} onChange={onChange} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: '2 Approaches' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(3);
    expect(screen.getByRole('radio', { name: '3 Meets' })).toBeChecked();
  });

  it('announces the error with every button', () => {
    render(<RatingGroup code="6C" value={null} onChange={() => undefined} error="rate this element (n/a or 0–4)" />);
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio).toHaveAttribute('aria-invalid', 'true');
      expect(radio).toHaveAccessibleDescription('rate this element (n/a or 0–4)');
    }
  });
});
