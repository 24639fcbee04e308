import type { Tally } from '../../api/types';
import { madeUpText, tallyText } from './meetingCounts';

/** A requirement's count in words: "2 of 3 required (4 offered) · 1 made up · Met". */
export function TallyText({ tally: t }: { tally: Tally }) {
  const madeUp = madeUpText(t);
  return (
    <>
      {tallyText(t)}
      {madeUp && <> · {madeUp}</>} · {t.met ? <span className="met verdict">Met</span> : <span className="warn verdict">Not yet met</span>}
    </>
  );
}
