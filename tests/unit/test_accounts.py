"""The accounts file: hashes only, reloaded on change, Argon2 checks bounded per process."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from webapp import accounts
from webapp.accounts import AccountError, Accounts, add_user, check_name, remove_user


def test_names_that_http_basic_cannot_carry_are_refused() -> None:
    assert check_name("anna.schmidt") == "anna.schmidt"
    for bad in ("", "a:b", "a b", "x" * 65, "a\x00b"):
        with pytest.raises(AccountError):
            check_name(bad)


def test_changes_to_the_file_are_seen_without_a_restart(tmp_path: Path) -> None:
    seen = Accounts(tmp_path)
    assert not seen.verify("anna", "geheim-geheim")
    add_user(tmp_path, "anna", "geheim-geheim")
    assert seen.verify("anna", "geheim-geheim")
    assert seen.verify("anna", "geheim-geheim")  # remembered
    add_user(tmp_path, "anna", "anders-anders")
    assert not seen.verify("anna", "geheim-geheim")  # the remembered check is forgotten
    remove_user(tmp_path, "anna")
    assert not seen.verify("anna", "anders-anders")


def test_at_most_a_few_argon2_checks_run_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_user(tmp_path, "anna", "geheim-geheim")
    running, most = [0], [0]
    lock = threading.Lock()

    class Slow:
        def verify(self, *_args: Any) -> bool:
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.05)
            with lock:
                running[0] -= 1
            raise accounts.VerifyMismatchError

    monkeypatch.setattr(accounts, "_HASHER", Slow())
    seen = Accounts(tmp_path)
    threads = [threading.Thread(target=seen.verify, args=("anna", f"rate-{n}"))
               for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == accounts.VERIFY_SLOTS
