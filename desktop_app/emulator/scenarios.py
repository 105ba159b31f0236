"""What each demo subscription looks like: status, flags, plan shape.

The first scenarios cover every status and flag once, so even a small dataset shows
them all; the rest are drawn with realistic proportions (most are simply active).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Scenario:
    status: str = "active"
    canceling: bool = False  # cancel_at_period_end
    cancel_at: bool = False  # a scheduled cancel date, not at period end
    pause: str | None = None  # pause_collection behavior
    pause_resumes: bool = False
    multi_item: bool = False
    usage: str = "licensed"  # licensed | metered | tiered
    no_card: bool = False


COVERAGE: tuple[Scenario, ...] = (
    Scenario(),
    Scenario(status="trialing"),
    Scenario(status="trialing", no_card=True),
    Scenario(canceling=True),
    Scenario(cancel_at=True),
    Scenario(status="canceled"),
    Scenario(status="past_due"),
    Scenario(status="unpaid"),
    Scenario(status="paused", no_card=True),
    Scenario(status="incomplete"),
    Scenario(status="incomplete_expired"),
    Scenario(pause="keep_as_draft", pause_resumes=True),
    Scenario(pause="keep_as_draft"),
    Scenario(pause="mark_uncollectible", pause_resumes=True),
    Scenario(pause="mark_uncollectible"),
    Scenario(pause="void", pause_resumes=True),
    Scenario(pause="void"),
    Scenario(multi_item=True),
    Scenario(usage="metered"),
    Scenario(usage="tiered"),
    Scenario(status="past_due", no_card=True),
)

_STATUS_WEIGHTS = {
    "active": 720,
    "trialing": 70,
    "past_due": 40,
    "unpaid": 15,
    "canceled": 90,
    "paused": 15,
    "incomplete": 15,
    "incomplete_expired": 10,
}
_STATUSES = list(_STATUS_WEIGHTS)
_CUM_WEIGHTS = list(itertools.accumulate(_STATUS_WEIGHTS.values()))
_BEHAVIORS = ("keep_as_draft", "mark_uncollectible", "void")


def draw(rng: random.Random) -> Scenario:
    status = rng.choices(_STATUSES, cum_weights=_CUM_WEIGHTS)[0]
    scenario = Scenario(status=status, no_card=status == "paused")
    roll = rng.random()
    if status == "active":
        if roll < 0.07:
            scenario = replace(scenario, canceling=True)
        elif roll < 0.08:
            scenario = replace(scenario, cancel_at=True)
        elif roll < 0.12:
            scenario = replace(
                scenario, pause=rng.choice(_BEHAVIORS), pause_resumes=rng.random() < 0.5
            )
    elif status == "trialing" and roll < 0.3:
        scenario = replace(scenario, no_card=True)
    shape = rng.random()
    if shape < 0.08:
        scenario = replace(scenario, multi_item=True)
    elif shape < 0.13:
        scenario = replace(scenario, usage="metered")
    elif shape < 0.16:
        scenario = replace(scenario, usage="tiered")
    return scenario


def scenarios(rng: random.Random, n: int) -> list[Scenario]:
    fixed = list(COVERAGE[:n])
    return fixed + [draw(rng) for _ in range(n - len(fixed))]
