// The restart policy on its own: how many crashes the client forgives, and when it gives up.
import * as assert from 'node:assert/strict';
import { CrashPolicy } from '../../client/src/crashPolicy';

const restart = 2;
const doNotRestart = 1;

describe('crash policy', () => {
  function policy() {
    let now = 0;
    let starting = false;
    const events: string[] = [];
    const p = new CrashPolicy({
      isStarting: () => starting,
      onStartFailed: () => events.push('start failed'),
      maxRestarts: 3,
      windowMs: 180_000,
      now: () => now,
      onRestart: (n) => events.push(`restart ${n}`),
      onGiveUp: (n) => events.push(`give up after ${n}`),
    });
    return { p, events, advance: (ms: number) => { now += ms; }, setStarting: (value: boolean) => { starting = value; } };
  }

  it('restarts three times within three minutes, then stops and says so once', () => {
    const { p, events, advance } = policy();
    const actions = [0, 1, 2, 3].map(() => {
      advance(10_000);
      return p.closed().action;
    });
    assert.deepEqual(actions, [restart, restart, restart, doNotRestart]);
    assert.deepEqual(events, ['restart 1', 'restart 2', 'restart 3', 'give up after 4']);
  });

  it('forgets crashes older than the window: a crash a day is always restarted', () => {
    const { p, advance } = policy();
    for (let day = 0; day < 10; day++) {
      advance(24 * 3600_000);
      assert.equal(p.closed().action, restart);
    }
  });

  it('starts counting afresh after the user restarts the server', () => {
    const { p, events } = policy();
    for (let i = 0; i < 3; i++) p.closed();
    p.reset();
    assert.equal(p.closed().action, restart);
    assert.equal(events.at(-1), 'restart 1');
  });

  it('does not restart a server that dies while starting: it would die again', () => {
    const { p, events, setStarting } = policy();
    setStarting(true);
    assert.equal(p.closed().action, doNotRestart);
    assert.deepEqual(events, ['start failed']);
  });

  it('keeps going on a few connection errors and shuts down when they persist', () => {
    const { p } = policy();
    assert.equal(p.error(new Error('write EPIPE'), undefined, 1).action, 1);
    assert.equal(p.error(new Error('write EPIPE'), undefined, 4).action, 2);
  });
});
