"""Visibility values, and the per-address limit of failed sign-ins."""

from __future__ import annotations

import pytest

from indexer.visibility import MEMBERS, PUBLIC, canonical_visibility, visible_to
from webapp.ratelimit import FailureLimit


@pytest.mark.parametrize(
    ("given", "stored"),
    [("öffentlich", PUBLIC), ("Oeffentlich", PUBLIC), (" public ", PUBLIC),
     ("Mitglieder", MEMBERS), ("intern", MEMBERS), ("nur  Mitglieder", MEMBERS),
     ("members", MEMBERS), ("mitgleider", None), ("", None)],
)
def test_canonical_visibility(given: str, stored: str | None) -> None:
    assert canonical_visibility(given) == stored


def test_only_members_see_internal_documents_and_unknown_audiences_fail_closed() -> None:
    assert visible_to(PUBLIC, PUBLIC) and visible_to(None, PUBLIC)
    assert not visible_to(MEMBERS, PUBLIC)
    assert not visible_to(MEMBERS, "admin")
    assert visible_to(MEMBERS, MEMBERS) and visible_to(PUBLIC, MEMBERS)


def test_failures_block_an_address_until_they_leave_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [1000.0]
    monkeypatch.setattr("webapp.ratelimit.time.monotonic", lambda: now[0])
    limit = FailureLimit(max_failures=3, window=60)
    for _ in range(2):
        limit.failed("192.0.2.1")
    assert not limit.blocked("192.0.2.1")
    limit.failed("192.0.2.1")
    assert limit.blocked("192.0.2.1") and not limit.blocked("192.0.2.2")
    assert 0 < limit.retry_after("192.0.2.1") <= 61
    now[0] += 61
    assert not limit.blocked("192.0.2.1")
    limit.failed("192.0.2.2")
    limit.succeeded("192.0.2.2")
    assert limit.retry_after("192.0.2.2") == 0
