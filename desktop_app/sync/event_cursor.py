"""The event cursor of a full sync whose first reads go out beside it.

A snapshot is safe to refresh from ``cursor`` when every change the snapshot's data
may lack has an event the next refresh applies: created after ``cursor``, or in its
very second and not among ``seen`` (the events of that second already applied).
Read the cursor before any data and that holds by itself. A full sync reads it
beside its first pages instead (products, prices, the newest subscriptions), to save
a round trip: a change made between such a page and the cursor's answer would then
be counted as seen. So the cursor is moved back to before the first data read
whenever the newest event could be later than that read.

When could the first data read have happened, on the server's clock? No earlier than
the server's clock when the cursor answered (its ``Date`` header, whole seconds,
never later than the answer) less ``span``, the seconds from just before the first
data request left to just after the cursor's answer arrived: both reads happened in
that window. Without a ``Date`` header, the newest event's second less ``span``
bounds it too (that event was made before the cursor was read). The events from the
bound on are applied again at the next refresh, which is harmless: a refresh applies
each object's latest state.
"""

from __future__ import annotations

import math

from desktop_app.stripe_api import EventsHead


def cursor_beside_reads(head: EventsHead, span: float) -> tuple[int, frozenset[str]]:
    """The cursor (``created`` second) and the events it has seen, for data whose reads
    began at most ``span`` seconds before ``head`` arrived. No events: (0, nothing)."""
    if head.newest is None:
        return 0, frozenset()
    span = max(0.0, span)
    bound = head.newest - math.ceil(span)
    if head.server_time is not None:
        bound = max(bound, math.floor(head.server_time - span))
    if head.newest < bound:
        return head.newest, head.seen  # every event read was made before the data reads
    return bound, frozenset()
