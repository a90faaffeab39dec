"""Signed session tokens and the secret that signs them.

A session is a cookie holding ``payload.signature``: the payload names the user, when the
session began, a random session id and a digest of the user's password hash; the signature is
an HMAC-SHA256 under the installation's secret (``secret.key`` in the index folder, made at
first use, mode 0600, shared by every serving process). Nothing is kept on the server, so the
pre-forked workers need no shared store.

A session ends when it expires (:data:`SESSION_SECONDS`), when the user signs out (the cookie
is deleted), or for every device at once when the account is removed or its password changes
(the digest no longer matches). Each sign-in makes a new session id, so a cookie planted
before the sign-in never becomes a signed-in session (no session fixation).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

SECRET_FILE = "secret.key"
#: How long a session lasts after signing in.
SESSION_SECONDS = 12 * 3600


def load_secret(index_dir: Path | str) -> bytes:
    """The installation's signing secret, made once (atomically: workers race for it)."""
    path = Path(index_dir) / SECRET_FILE
    for _attempt in range(50):
        try:
            data = path.read_bytes()
            if len(data) >= 32:
                return data
        except FileNotFoundError:
            pass
        tmp = path.with_name(f".secret-{os.getpid()}-{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(secrets.token_bytes(32))
                out.flush()
                os.fsync(out.fileno())
            try:
                os.link(tmp, path)  # fails if another process was first: use its secret
            except FileExistsError:
                pass
        finally:
            tmp.unlink(missing_ok=True)
    raise OSError(f"cannot read or make {path}")


@dataclass(frozen=True)
class Session:
    user: str
    #: The random id of this session (new at every sign-in).
    sid: str
    issued: int
    #: Digest of the user's password hash when the session began.
    fingerprint: str

    def csrf_token(self, secret: bytes) -> str:
        """The token forms of this session carry (sign-out): bound to the session id."""
        return _sign(secret, f"csrf\0{self.sid}")


def new_session(user: str, fingerprint: str) -> Session:
    return Session(user, secrets.token_urlsafe(18), int(time.time()), fingerprint)


def dump(session: Session, secret: bytes) -> str:
    payload = json.dumps(
        [session.user, session.sid, session.issued, session.fingerprint],
        ensure_ascii=False, separators=(",", ":"),
    ).encode("utf-8")
    text = base64.urlsafe_b64encode(payload).decode("ascii").rstrip("=")
    return f"{text}.{_sign(secret, text)}"


def load(token: str, secret: bytes, now: float | None = None) -> Session | None:
    """The session a cookie holds, ``None`` if it is forged, malformed or expired."""
    text, _, signature = token.partition(".")
    if not text or not signature or len(token) > 1024:
        return None
    if not hmac.compare_digest(signature, _sign(secret, text)):
        return None
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        user, sid, issued, fingerprint = json.loads(raw.decode("utf-8"))
    except (ValueError, TypeError, UnicodeDecodeError):
        return None
    if not (isinstance(user, str) and isinstance(sid, str) and isinstance(issued, int)
            and isinstance(fingerprint, str)):
        return None
    if (now if now is not None else time.time()) - issued > SESSION_SECONDS:
        return None
    return Session(user, sid, issued, fingerprint)


def _sign(secret: bytes, text: str) -> str:
    digest = hmac.new(secret, text.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
