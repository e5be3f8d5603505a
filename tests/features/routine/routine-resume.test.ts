import { describe, expect, it } from 'vitest';
import { AWAY_MS } from '../../../src/features/routine/routine-away';
import { defaultRoutine } from '../../../src/features/routine/routine-steps';
import { flush, setup, setVisibility, started } from './fakes';

const MIN = 60_000;

describe('the routine after a reload, a killed app or hours away', () => {
  it('a reload resumes at the same step with the same time on it', async () => {
    const first = await started();
    first.model.done();
    first.advance(40_000);
    first.model.dispose();
    first.advance(2_000);
    const second = setup(first.shared);
    await second.model.restored;
    expect(second.model.status.value).toBe('running');
    expect(second.model.current.value?.index).toBe(1);
    expect(second.model.stepLeftMs.value).toBe(MIN - 42_000);
    expect(second.busy).toHaveBeenCalledWith('routine');
    expect(second.awake).toHaveBeenCalled();
  });
  it('a reload in a hosted session reopens it on its own saved clock', async () => {
    const first = await started();
    for (let step = 0; step < 4; step += 1) first.model.done();
    first.model.begin();
    first.model.dispose();
    const second = setup(first.shared);
    second.restoreAs.status = 'running';
    await second.model.restored;
    expect(second.model.status.value).toBe('running');
    expect(second.sessions).toHaveLength(1);
    expect(second.sessions[0].step).toEqual(defaultRoutine[4]);
    second.sessions[0].remainingMs.value = 123_000;
    expect(second.model.stepLeftMs.value).toBe(123_000);
  });
  it('a hosted session that ended while Lull was closed counts, and the routine moves on', async () => {
    const first = await started();
    for (let step = 0; step < 4; step += 1) first.model.done();
    first.model.begin();
    first.model.dispose();
    first.advance(10 * MIN);
    const second = setup(first.shared);
    second.restoreAs.status = 'done';
    second.restoreAs.did = true;
    await second.model.restored;
    await flush();
    expect(second.model.current.value?.index).toBe(5);
    expect(second.slot.peek()?.outcomes[4]).toBe('done');
  });
  it('a hosted session lost on reload: done if its time had passed, else ready again', async () => {
    const first = await started();
    for (let step = 0; step < 6; step += 1) first.model.next();
    expect(first.model.step.value?.kind).toBe('breathing');
    first.model.begin();
    first.model.dispose();
    const early = setup(first.shared);
    await early.model.restored;
    expect(early.model.current.value).toMatchObject({ index: 6, begun: false });
    early.model.begin();
    early.model.dispose();
    early.advance(10 * MIN);
    const late = setup(first.shared);
    await late.model.restored;
    expect(late.model.current.value?.index).toBe(7);
    expect(late.slot.peek()?.outcomes[6]).toBe('done');
  });
  it('after two hours away it says where they are, held where they left, and carries on', async () => {
    const first = await started();
    first.model.done();
    first.advance(30_000);
    // The phone is put away: the last moment they were seen is kept.
    setVisibility('hidden');
    first.model.dispose();
    setVisibility('visible');
    first.advance(2 * 60 * MIN);
    const second = setup(first.shared);
    await second.model.restored;
    expect(second.model.status.value).toBe('away');
    expect(second.model.current.value?.index).toBe(1);
    // The time on the step stopped when they were last seen.
    expect(second.model.stepLeftMs.value).toBe(30_000);
    expect(second.awake).not.toHaveBeenCalled();
    // A reload now still finds them away.
    expect(second.slot.peek()?.seenAt).toBe(first.slot.peek()?.seenAt);
    second.model.resume();
    expect(second.model.status.value).toBe('running');
    second.advance(10_000);
    expect(second.model.stepLeftMs.value).toBe(20_000);
  });
  it('away with a hosted session: held at once, resumed on continue', async () => {
    const first = await started();
    for (let step = 0; step < 4; step += 1) first.model.done();
    first.model.begin();
    first.model.dispose();
    first.advance(3 * 60 * MIN);
    const second = setup(first.shared);
    second.restoreAs.status = 'running';
    await second.model.restored;
    expect(second.model.status.value).toBe('away');
    expect(second.sessions[0].pause).toHaveBeenCalled();
    expect(second.sessions[0].status.value).toBe('paused');
    second.model.resume();
    expect(second.sessions[0].resume).toHaveBeenCalled();
    expect(second.model.status.value).toBe('running');
  });
  it('hidden for two hours in the same page: away on return', async () => {
    const { model, advance, clock } = await started();
    advance(10_000);
    setVisibility('hidden');
    clock.set(clock.now() + 2 * 60 * MIN);
    setVisibility('visible');
    expect(model.status.value).toBe('away');
    expect(model.stepLeftMs.value).toBe(MIN - 10_000);
    model.dispose();
  });
  it('short absences are not "away"', async () => {
    const first = await started();
    first.model.dispose();
    first.advance(AWAY_MS - 1000);
    const second = setup(first.shared);
    await second.model.restored;
    expect(second.model.status.value).toBe('running');
  });
});
