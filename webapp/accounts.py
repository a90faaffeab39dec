"""Member accounts: names with Argon2 password hashes in ``users.json`` beside the index.

The file sits in the index folder, outside every data folder, so ``reindex`` keeps it; the
``users`` commands write it (atomically, mode 0600) and ``serve`` reads it at start and again
whenever it changes. Only salted Argon2id hashes are stored (argon2-cffi, MIT).

Checks are timing-safe: an unknown name is checked against a dummy hash, so a wrong name
takes as long as a wrong password. A name with the right password is remembered in memory
for :data:`REMEMBER_SECONDS` as an HMAC under a per-process random key, so scripts that send
HTTP Basic credentials with every request do not pay for Argon2 each time (a wrong password
always pays).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from indexer.errors import ParteisucheError

USERS_FILE = "users.json"
_FORMAT = 1
#: Shortest password ``users add`` accepts.
MIN_PASSWORD = 8
MAX_NAME = 64
#: How long a verified name and password are remembered (per process, in memory).
REMEMBER_SECONDS = 300.0
#: Argon2 checks running at once per process: each takes 64 MiB for a moment, and a burst of
#: sign-ins (or of guesses, before the limit counts them) must not take the server's memory.
VERIFY_SLOTS = 2

_HASHER = PasswordHasher()
#: Checked against when the name is unknown, so that it costs what a known name costs.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


class AccountError(ParteisucheError):
    """A name or password the accounts file cannot take, or an unreadable file."""


@dataclass(frozen=True)
class Account:
    name: str
    hash: str
    added: str


def users_path(index_dir: Path | str) -> Path:
    return Path(index_dir) / USERS_FILE


def check_name(name: str) -> str:
    """A user name as stored: no colon (HTTP Basic splits on it), no spaces or controls."""
    if not name or len(name) > MAX_NAME:
        raise AccountError(f"a user name has 1 to {MAX_NAME} characters")
    if any(c == ":" or c.isspace() or not c.isprintable() for c in name):
        raise AccountError(
            f"{name!r}: a user name may not contain ':', spaces or control characters"
        )
    return name


def read_accounts(path: Path) -> dict[str, Account]:
    """The accounts of a users file ({} when there is none)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise AccountError(f"{path} is unreadable: {exc}") from exc
    users = data.get("users") if isinstance(data, dict) else None
    if not isinstance(users, dict):
        raise AccountError(f"{path} holds no users table")
    return {
        str(name): Account(str(name), str(item.get("hash", "")), str(item.get("added", "")))
        for name, item in users.items()
        if isinstance(item, dict)
    }


def add_user(index_dir: Path | str, name: str, password: str) -> bool:
    """Add an account or set its password; True if the name was new."""
    check_name(name)
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password is too short (at least {MIN_PASSWORD} characters)")
    path = users_path(index_dir)
    accounts = read_accounts(path)
    new = name not in accounts
    added = accounts[name].added if not new else _now()
    accounts[name] = Account(name, _HASHER.hash(password), added)
    _write(path, accounts)
    return new


def remove_user(index_dir: Path | str, name: str) -> bool:
    """Remove an account; False if there was none of that name."""
    path = users_path(index_dir)
    accounts = read_accounts(path)
    if accounts.pop(name, None) is None:
        return False
    _write(path, accounts)
    return True


def _write(path: Path, accounts: dict[str, Account]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)  # accounts may come before the index
    data: dict[str, Any] = {
        "format": _FORMAT,
        "users": {a.name: {"hash": a.hash, "added": a.added} for a in accounts.values()},
    }
    fd, tmp = tempfile.mkstemp(prefix=".users-", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Accounts:
    """The accounts of one index as ``serve`` sees them: read again when the file changes."""

    def __init__(self, index_dir: Path | str) -> None:
        self.path = users_path(index_dir)
        self._lock = threading.Lock()
        self._seen: tuple[int, int, int] | None = None
        self._accounts: dict[str, Account] = {}
        self._key = secrets.token_bytes(32)
        self._remembered: dict[bytes, float] = {}
        self._slots = threading.BoundedSemaphore(VERIFY_SLOTS)

    def current(self) -> dict[str, Account]:
        """The accounts now; an unreadable file counts as no accounts (nobody signs in)."""
        try:
            stat = self.path.stat()
            seen: tuple[int, int, int] | None = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            seen = None
        with self._lock:
            if seen != self._seen:
                try:
                    self._accounts = read_accounts(self.path) if seen else {}
                except AccountError:
                    self._accounts = {}
                self._seen = seen
                self._remembered.clear()
            return self._accounts

    def fingerprint(self, name: str) -> str | None:
        """A short digest of the account's hash: sessions carry it, so that a new password
        or a removed account ends them. ``None`` for an unknown name."""
        account = self.current().get(name)
        if account is None:
            return None
        return hashlib.sha256(account.hash.encode("utf-8")).hexdigest()[:16]

    def verify(self, name: str, password: str) -> bool:
        """Is ``password`` the password of ``name``? Costs the same for unknown names."""
        account = self.current().get(name)
        token = hmac.new(self._key, f"{name}\0{password}".encode(), "sha256").digest()
        if account is not None and self._recalls(token):
            return True
        with self._slots:
            # the same credentials may have been checked while this request waited
            if account is not None and self._recalls(token):
                return True
            try:
                _HASHER.verify(account.hash if account else _DUMMY_HASH, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False
        if account is None:
            return False
        with self._lock:
            if len(self._remembered) > 10_000:
                self._remembered.clear()
            self._remembered[token] = time.monotonic() + REMEMBER_SECONDS
        return True

    def _recalls(self, token: bytes) -> bool:
        with self._lock:
            until = self._remembered.get(token)
        return until is not None and until > time.monotonic()
