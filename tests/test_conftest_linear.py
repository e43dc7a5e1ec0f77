"""`conftest.assert_linear` and `conftest.best_times`, the linear-time checks of the hostile-input
tests, on work whose cost is set by a fake clock: linear work passes after one pair of runs,
quadratic work fails every attempt, and a first pair near the allowed ratio takes more pairs."""

from __future__ import annotations

import conftest
import pytest


class _Clock:
    """A stand-in for time.perf_counter that moves only when the work says it costs something."""

    def __init__(self) -> None:
        self.now = 0.0
        self.calls: list[int] = []  # the sizes of the work done, in order

    def __call__(self) -> float:
        return self.now

    def work(self, seconds_for):
        def run(size: int) -> None:
            self.calls.append(size)
            self.now += seconds_for(size, len(self.calls))

        return run


@pytest.fixture
def clock(monkeypatch) -> _Clock:
    fake = _Clock()
    monkeypatch.setattr(conftest.time, "perf_counter", fake)
    return fake


@pytest.mark.parametrize(
    ("cost", "passes"),
    [
        (lambda n: 1e-5 * n, True),  # linear: time(2n) = 2 time(n)
        (lambda n: 1e-5 * n + 1e-10 * n * n, True),  # a little quadratic part: ratio 2.1
        (lambda n: 1e-9 * n * n, False),  # quadratic: ratio 4
        (lambda n: 1e-9 * n**1.9, False),  # close to it: ratio 3.7
    ],
)
def test_linear_work_passes_and_quadratic_fails(clock, cost, passes):
    work = clock.work(lambda size, _: cost(size))
    if passes:
        conftest.assert_linear(lambda n: n, work, 1_000)
    else:
        with pytest.raises(AssertionError, match="ratio"):
            conftest.assert_linear(lambda n: n, work, 1_000)


def test_the_input_grows_until_the_smaller_one_takes_50_ms(clock):
    conftest.assert_linear(lambda n: n, clock.work(lambda size, _: 1e-6 * size), 1_000)
    timed = clock.calls[-2:]  # the last pair: the smaller input, then the doubled one
    assert timed[1] == 2 * timed[0]
    assert 1e-6 * timed[0] >= conftest.MIN_SMALL_SECONDS


@pytest.mark.parametrize(
    ("ratio", "slowed", "pairs"),
    [(2.7, 1, 1), (2.9, 1, 2), (3.4, 2, 3), (3.4, 5, 3)],
)
def test_one_pair_settles_a_ratio_far_under_the_limit(clock, ratio, slowed, pairs):
    """Linear work whose first `slowed` larger runs were slowed (load elsewhere) to `ratio`
    times the smaller one: a pair more as long as the best ratio is not under CLEAR_RATIO, up to
    three; the best of three under the limit passes."""
    larger_runs = []

    def seconds(size: int, call: int) -> float:
        if size == 2_000:
            larger_runs.append(call)
            if len(larger_runs) <= slowed:
                return 0.1 * ratio
        return 0.1 * size / 1_000

    conftest.assert_linear(lambda n: n, clock.work(seconds), 1_000)
    # the warm-up, the growth loop's one timing, then the measured pairs
    assert len(clock.calls) == 2 + 2 * pairs


def test_best_times_keeps_the_best_of_each_size(clock):
    costs = iter([0.3, 0.5, 0.1, 0.4, 0.2, 0.2])  # small, large, small, large, ...
    work = clock.work(lambda size, _: next(costs))
    assert conftest.best_times(lambda: work(1), lambda: work(2), 3) == pytest.approx((0.1, 0.2))
    assert clock.calls == [1, 2] * 3


@pytest.mark.parametrize("every_attempt", [False, True])
def test_one_slowed_run_of_the_smaller_input_does_not_settle_quadratic_work(clock, every_attempt):
    """Quadratic work (ratio 4) whose first timed pair's smaller run was slowed by half (load
    elsewhere: ratio 2.7, under CLEAR_RATIO): the smaller input's earlier time (the growth loop's,
    then the attempts before) keeps that pair from settling it, and every attempt fails."""
    smaller_runs = []

    def seconds(size: int, call: int) -> float:
        cost = 1e-9 * size * size
        if size == 10_000:  # the warm-up, the growth loop's timing, then three pairs an attempt
            smaller_runs.append(call)
            run = len(smaller_runs) - 3  # 0: the first pair's
            if run >= 0 and run % 3 == 0 and (every_attempt or run == 0):
                return 1.5 * cost
        return cost

    with pytest.raises(AssertionError, match="ratio"):
        conftest.assert_linear(lambda n: n, clock.work(seconds), 10_000)
