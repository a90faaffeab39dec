"""Who is asking, and signing in and out.

Each request gets a :class:`Viewer` before any view runs: a member named by the trusted
proxy's header (only when the request comes from that proxy's address), by HTTP Basic
credentials, or by a session cookie from ``/anmelden``; else the anonymous public.
:func:`webapp.search_service` hands every view the search service for the viewer's audience,
so the access rule (:mod:`indexer.search.access`) reaches every route without the routes
knowing of it.

Wrong Basic credentials are a 401 on every route (a script must not silently get the public
view); failed sign-ins of either kind are limited per address (:mod:`webapp.ratelimit`) and
logged with the name and address, never the password. The sign-in form carries a CSRF token
(double-submit: a random cookie and the same value in the form), the sign-out form the
session's own token.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    Response,
    current_app,
    g,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)

from indexer.visibility import MEMBERS, PUBLIC
from webapp import sessions
from webapp.accounts import Accounts
from webapp.errors import error_response
from webapp.ratelimit import FailureLimit
from webapp.sessions import Session

log = logging.getLogger(__name__)

bp = Blueprint("auth", __name__)

#: The session cookie and the sign-in form's CSRF cookie.
COOKIE = "parteisuche_sitzung"
FORM_COOKIE = "parteisuche_formular"
REALM = 'Basic realm="parteisuche", charset="UTF-8"'
WRONG = "Name oder Passwort ist falsch."
TOO_MANY = "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie einige Minuten."
STALE_FORM = (
    "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."
)


@dataclass(frozen=True)
class Viewer:
    """The person behind a request: a member's name, or ``None`` for the public."""

    name: str | None = None
    #: how they were recognised: anonym, sitzung, basic or proxy
    via: str = "anonym"
    session: Session | None = None

    @property
    def audience(self) -> str:
        return MEMBERS if self.name else PUBLIC


def init_app(app: Flask) -> None:
    app.extensions["accounts"] = Accounts(app.config["INDEX_DIR"])
    app.extensions["sign_in_limit"] = FailureLimit()
    app.before_request(_identify)
    app.after_request(_private)
    app.context_processor(_template_globals)
    app.register_blueprint(bp)


def viewer() -> Viewer:
    """The viewer of the current request (the public outside of one)."""
    found = g.get("viewer")
    return found if isinstance(found, Viewer) else Viewer()


def _accounts() -> Accounts:
    accounts: Accounts = current_app.extensions["accounts"]
    return accounts


def _limit() -> FailureLimit:
    limit: FailureLimit = current_app.extensions["sign_in_limit"]
    return limit


def _secret() -> bytes | None:
    """The session secret (config ``SECRET_KEY`` or ``secret.key`` in the index folder);
    ``None`` when neither can be had (no index folder yet): then nobody has a session."""
    found = current_app.extensions.get("session_secret")
    if found is None:
        configured = current_app.config.get("SECRET_KEY")
        try:
            found = (configured.encode("utf-8") if isinstance(configured, str) else configured
                     ) or sessions.load_secret(current_app.config["INDEX_DIR"])
        except OSError:
            return None
        current_app.extensions["session_secret"] = found
    secret: bytes = found
    return secret


def _address() -> str:
    return request.remote_addr or "?"


def _from_trusted_proxy() -> bool:
    proxy = current_app.config.get("TRUSTED_PROXY")
    return bool(proxy) and request.remote_addr == proxy


def _identify() -> Response | None:
    """Find the viewer; answer a request with wrong credentials here (401, or 429)."""
    g.viewer = Viewer()
    header = current_app.config.get("TRUST_USER_HEADER")
    if header and _from_trusted_proxy():
        name = " ".join(request.headers.get(header, "").split())
        if name:
            g.viewer = Viewer(name, "proxy")
            return None
    if "Authorization" in request.headers:
        return _basic()
    token = request.cookies.get(COOKIE)
    if token:
        session = _valid_session(token)
        if session is None:
            g.drop_session = True
        else:
            g.viewer = Viewer(session.user, "sitzung", session)
    return None


def _basic() -> Response | None:
    auth = request.authorization
    address = _address()
    if _limit().blocked(address):
        return _too_many(address)
    if auth is None or auth.type != "basic" or not auth.username or auth.password is None:
        return _unauthorized("Nur HTTP-Basic-Anmeldung (Name und Passwort) wird unterstützt.")
    if not _accounts().verify(auth.username, auth.password):
        _failed(auth.username, "basic")
        return _unauthorized(WRONG)
    _limit().succeeded(address)
    g.viewer = Viewer(auth.username, "basic")
    return None


def _valid_session(token: str) -> Session | None:
    secret = _secret()
    session = sessions.load(token, secret) if secret else None
    if session is None:
        return None
    fingerprint = _accounts().fingerprint(session.user)
    if fingerprint is None or not hmac.compare_digest(fingerprint, session.fingerprint):
        return None  # account removed or password changed since
    return session


def _failed(name: str, how: str) -> None:
    address = _address()
    _limit().failed(address)
    # the name only, never the password (nor any part of it)
    log.warning("Anmeldung fehlgeschlagen (%s): Name %r von %s", how, name[:64], address)


def _unauthorized(message: str) -> Response:
    response = make_response(error_response(401, message))
    response.headers["WWW-Authenticate"] = REALM
    return response


def _too_many(address: str) -> Response:
    response = make_response(error_response(429, TOO_MANY))
    response.headers["Retry-After"] = str(_limit().retry_after(address))
    return response


def _private(response: Response) -> Response:
    """Members' pages are nobody else's: no shared cache may keep or serve them."""
    response.vary.update(("Cookie", "Authorization"))
    if viewer().name:
        response.headers["Cache-Control"] = "private, no-store"
    if g.get("drop_session"):
        _delete_cookie(response, COOKIE)
    return response


def _secure() -> bool:
    """Is the page served over HTTPS (directly, or as the trusted proxy says)?"""
    if request.is_secure:
        return True
    return _from_trusted_proxy() and request.headers.get("X-Forwarded-Proto") == "https"


def _set_cookie(response: Response, name: str, value: str, max_age: int,
                path: str = "/") -> None:
    response.set_cookie(
        name, value, max_age=max_age, path=path, secure=_secure(), httponly=True,
        samesite="Strict" if name == FORM_COOKIE else "Lax",
    )


def _delete_cookie(response: Response, name: str, path: str = "/") -> None:
    response.delete_cookie(name, path=path, secure=_secure(), httponly=True, samesite="Lax")


def _template_globals() -> dict[str, Any]:
    current = viewer()
    secret = _secret() if current.session else None
    return {
        "viewer": current,
        "logout_token": current.session.csrf_token(secret) if current.session and secret else "",
    }


def _next_path(value: str | None) -> str:
    """Where to go after signing in: a path on this site only (no open redirect)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return url_for("search.index")
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return url_for("search.index")
    return value


@bp.route("/anmelden", methods=["GET", "POST"])
def sign_in() -> Response:
    if request.method == "POST":
        return _sign_in_post()
    return _form(_next_path(request.args.get("weiter")))


def _form(next_path: str, message: str = "", status: int = 200, name: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    response = make_response(
        render_template("auth/sign_in.html", csrf=token, weiter=next_path, message=message,
                        name=name),
        status,
    )
    _set_cookie(response, FORM_COOKIE, token, 3600, path=url_for("auth.sign_in"))
    response.headers["Cache-Control"] = "no-store"
    return response


def _sign_in_post() -> Response:
    next_path = _next_path(request.form.get("weiter"))
    sent, kept = request.form.get("csrf", ""), request.cookies.get(FORM_COOKIE, "")
    if not sent or not kept or not hmac.compare_digest(sent, kept):
        return _form(next_path, STALE_FORM, 400)
    address = _address()
    if _limit().blocked(address):
        response = _form(next_path, TOO_MANY, 429)
        response.headers["Retry-After"] = str(_limit().retry_after(address))
        return response
    name = request.form.get("name", "").strip()
    password = request.form.get("passwort", "")
    secret = _secret()
    if secret is None:
        return _form(next_path, "Die Anmeldung ist gerade nicht möglich.", 503, name)
    if not name or not _accounts().verify(name, password):
        _failed(name, "formular")
        # 200, as a form asking again (a 401 is for HTTP authentication, and browsers log it)
        return _form(next_path, WRONG, 200, name)
    _limit().succeeded(address)
    fingerprint = _accounts().fingerprint(name) or ""
    # A new session id at every sign-in: whatever cookie came with the request is replaced.
    session = sessions.new_session(name, fingerprint)
    log.info("angemeldet: %r von %s", name[:64], address)
    response = make_response(redirect(next_path, 303))
    _set_cookie(response, COOKIE, sessions.dump(session, secret), sessions.SESSION_SECONDS)
    _delete_cookie(response, FORM_COOKIE, path=url_for("auth.sign_in"))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/abmelden", methods=["GET", "POST"])
def sign_out() -> Response:
    current = viewer()
    if request.method == "GET" or current.session is None:
        response = make_response(render_template("auth/sign_out.html", current=current))
        response.headers["Cache-Control"] = "no-store"
        return response
    secret = _secret()
    expected = current.session.csrf_token(secret) if secret else ""
    sent = request.form.get("csrf", "")
    if not sent or not expected or not hmac.compare_digest(sent, expected):
        response = make_response(render_template(
            "auth/sign_out.html", current=current, message=STALE_FORM), 400)
        response.headers["Cache-Control"] = "no-store"
        return response
    log.info("abgemeldet: %r", current.name)
    response = make_response(redirect(url_for("search.index"), 303))
    _delete_cookie(response, COOKIE)
    g.viewer = Viewer()
    return response
