import type { ElementReason, StandardElement } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { SelectField, TextField } from '../../components/forms';
import { PART_ITEM, PART_LIST, PART_TITLES, PICKS, elementTitle, type Part } from './atpFields';
import { addPick, changePick, hasWriting, pickKey, removePick, setReason, type AtpDraft } from './atpForm';

/** Changes the form; `touched` are the keys of the messages the change answers. */
export type AtpEdit = (update: (d: AtpDraft) => AtpDraft, touched: string[]) => void;

export interface AtpFieldsProps {
  draft: AtpDraft;
  /** The 19 CPSEL elements, in the standards' order. */
  elements: StandardElement[];
  edit: AtpEdit;
  /** The message beside a field, by where the form shows it (`pickKey`, `planKey`, a top field). */
  error: (key: string) => string | undefined;
}

const HINTS: Record<Part, string> = {
  most_growth:
    'Compare your initial and interim reflections: choose the five elements where you have grown the most, and say why.',
  focus: 'Choose the five elements you will focus on in year 2, and say why; each gets an action plan below.',
};

const option = (e: StandardElement) => ({ value: e.code, label: `${e.code} ${e.title}` });

/** One part of the form: up to five elements, each with the reason it was chosen, and a picker for the next. */
export function PicksField({ part, draft, elements, edit, error }: AtpFieldsProps & { part: Part }) {
  const picks = draft[part];
  const chosen = picks.map((p) => p.element);
  const whole = error(part);
  return (
    <section className="card atp-part" id={`atp-${part}`} aria-labelledby={`${part}-title`}>
      <h2 id={`${part}-title`}>{PART_TITLES[part]}</h2>
      <p className="hint">{HINTS[part]}</p>
      {picks.length > 0 && (
        <ol className="atp-picks">
          {picks.map((p, i) => (
            // By place, so that choosing another element in a row keeps the row (and the focus).
            <PickRow
              key={i}
              part={part}
              pick={p}
              options={elements.filter((e) => e.code === p.element || !chosen.includes(e.code)).map(option)}
              elements={elements}
              draft={draft}
              edit={edit}
              error={error}
            />
          ))}
        </ol>
      )}
      {picks.length < PICKS ? (
        <SelectField
          name={`${part}-add`}
          label={`Add an ${PART_ITEM[part]} (${picks.length} of ${PICKS} chosen)`}
          value=""
          placeholder="Choose an element…"
          options={elements.filter((e) => !chosen.includes(e.code)).map(option)}
          onChange={(code) => edit((d) => addPick(d, part, code), [part])}
          error={whole}
        />
      ) : (
        whole && <p className="field-error">{whole}</p>
      )}
    </section>
  );
}

interface RowProps extends AtpFieldsProps {
  part: Part;
  pick: ElementReason;
  options: { value: string; label: string }[];
}

function PickRow({ part, pick, options, elements, draft, edit, error }: RowProps) {
  const code = pick.element;
  const title = elementTitle(code, elements);
  const statement = elements.find((e) => e.code === code)?.statement;
  const remove = () => edit((d) => removePick(d, part, code), [part, `${part}.${code}.`, `plan.${code}.`]);
  return (
    <li>
      <fieldset className="atp-pick" id={`${part}-${code}`}>
        <legend>{title}</legend>
        {statement && <p className="statement hint">{statement}</p>}
        <SelectField
          name={`${part}.${code}.element`}
          label="Element"
          value={code}
          options={options}
          onChange={(to) => edit((d) => changePick(d, part, code, to), [`${part}.${code}.`, `plan.${code}.`])}
          error={error(pickKey(part, code, 'element'))}
        />
        <TextField
          name={`${part}.${code}.reason`}
          label={`Why ${code}?`}
          multiline
          value={pick.reason}
          onChange={(reason) => edit((d) => setReason(d, part, code, reason), [pickKey(part, code, 'reason')])}
          error={error(pickKey(part, code, 'reason'))}
        />
        {/* Keyed by element: a confirmation asked in this row does not pass to the element taking its place. */}
        <div className="actions" key={code}>
          {hasWriting(draft, part, code) ? (
            <ConfirmButton
              label={`Remove ${code}…`}
              question={part === 'focus' ? `Remove ${code}, its reason and its action plan?` : `Remove ${code} and its reason?`}
              confirm={`Remove ${code}`}
              busy={false}
              onConfirm={remove}
            />
          ) : (
            <button type="button" className="secondary danger" onClick={remove}>
              Remove {code} <span className="visually-hidden">from the {PART_LIST[part]}</span>
            </button>
          )}
        </div>
      </fieldset>
    </li>
  );
}
