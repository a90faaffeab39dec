"""Signing in: session fixation, CSRF, timing-safe checks, the brute-force limit, no
credentials in logs or URLs, and the proxy header believed only from the proxy."""

from __future__ import annotations

import base64
import logging
import re
import statistics
import time
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.browser.corpus import build_index, write_corpus
from tests.support.members import write_internal
from webapp import create_app, sessions
from webapp.accounts import Accounts, add_user, remove_user
from webapp.auth import COOKIE, FORM_COOKIE

PASSWORD = "lang-genug-und-geheim"
PROXY = "10.0.0.7"


def basic(name: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("security")
    folder = write_corpus(root / "docs")
    write_internal(folder)
    build_index(folder, root / "index")
    add_user(root / "index", "anna", PASSWORD)
    return root / "index"


@pytest.fixture
def app(index_dir: Path) -> Flask:
    return create_app({"INDEX_DIR": str(index_dir), "TESTING": True,
                       "TRUST_USER_HEADER": "X-Remote-User", "TRUSTED_PROXY": PROXY})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def form_token(client: FlaskClient, path: str = "/anmelden") -> str:
    page = client.get(path).get_data(as_text=True)
    found = re.search(r'class="sign-in-form".*?name="csrf" value="([^"]+)"', page, re.S)
    assert found, page
    return found.group(1)


def sign_in(client: FlaskClient, name: str = "anna", password: str = PASSWORD,
            **extra: str) -> TestResponse:
    token = form_token(client)
    return client.post("/anmelden", data={"csrf": token, "name": name, "passwort": password,
                                          **extra})


def is_member(client: FlaskClient) -> bool:
    total = client.get("/api/search?q=Schatzkistenrevision").get_json()["total"]
    return bool(total)


def test_sign_in_and_out_with_the_form(client: FlaskClient) -> None:
    assert not is_member(client)
    response = sign_in(client, weiter="/?q=Rente")
    assert response.status_code == 303
    assert response.headers["Location"] == "/?q=Rente"
    assert is_member(client)
    page = client.get("/").get_data(as_text=True)
    assert "Angemeldet als anna" in page
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token
    out = client.post("/abmelden", data={"csrf": token.group(1)})
    assert out.status_code == 303
    assert not is_member(client)


def test_the_session_cookie_is_httponly_samesite_and_secure_over_https(
    app: FlaskClient,
) -> None:
    for base, secure in (("http://localhost", False), ("https://localhost", True)):
        client = app.test_client()
        token = form_token(client, base + "/anmelden")
        response = client.post(base + "/anmelden", data={
            "csrf": token, "name": "anna", "passwort": PASSWORD})
        cookie = next(c for c in response.headers.getlist("Set-Cookie")
                      if c.startswith(COOKIE + "="))
        assert "HttpOnly" in cookie
        assert "SameSite=Lax" in cookie
        assert ("Secure" in cookie) is secure


def test_no_session_fixation_a_planted_cookie_is_replaced_and_worthless(
    client: FlaskClient, app: Flask
) -> None:
    planted = sessions.dump(sessions.new_session("anna", "0" * 16), b"x" * 32)
    client.set_cookie(COOKIE, planted)
    assert not is_member(client)  # forged: wrong key and wrong fingerprint
    response = sign_in(client)
    issued = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith(COOKIE))
    assert planted not in issued
    first = issued.split(";")[0].split("=", 1)[1]
    again = sign_in(app.test_client())
    second = next(c for c in again.headers.getlist("Set-Cookie") if c.startswith(COOKIE))
    secret = app.extensions["session_secret"]
    one, two = sessions.load(first, secret), sessions.load(second.split(";")[0].split("=", 1)[1],
                                                          secret)
    assert one and two and one.sid != two.sid  # a new session id at every sign-in


def test_the_sign_in_form_needs_its_csrf_token(client: FlaskClient) -> None:
    data = {"name": "anna", "passwort": PASSWORD}
    assert client.post("/anmelden", data=data).status_code == 400
    form_token(client)  # the form cookie is set, but the field is missing or wrong
    assert client.post("/anmelden", data=data).status_code == 400
    assert client.post("/anmelden", data={**data, "csrf": "geraten"}).status_code == 400
    assert not is_member(client)
    other = create_app({"INDEX_DIR": client.application.config["INDEX_DIR"]}).test_client()
    stolen = form_token(other)  # a token of another browser does not fit this one's cookie
    assert client.post("/anmelden", data={**data, "csrf": stolen}).status_code == 400


def test_signing_out_needs_the_sessions_token(client: FlaskClient) -> None:
    sign_in(client)
    assert client.post("/abmelden", data={}).status_code == 400
    assert client.post("/abmelden", data={"csrf": "geraten"}).status_code == 400
    assert is_member(client)


def test_password_checks_cost_the_same_for_unknown_names(index_dir: Path) -> None:
    accounts = Accounts(index_dir)

    def timed(name: str) -> float:
        started = time.perf_counter()
        assert not accounts.verify(name, "falsches-passwort")
        return time.perf_counter() - started

    known = statistics.median(timed("anna") for _ in range(7))
    unknown = statistics.median(timed("niemand") for _ in range(7))
    # An unknown name is checked against a dummy Argon2 hash: within a factor of the time of
    # a known one (a plain lookup would be a thousand times faster).
    assert 0.5 < unknown / known < 2.0, (known, unknown)


def test_wrong_passwords_are_limited_per_address(app: Flask) -> None:
    client = app.test_client()
    for _ in range(5):
        wrong = sign_in(client, password="falsch-falsch")
        assert wrong.status_code == 200 and COOKIE not in wrong.headers.get("Set-Cookie", "")
        assert "Name oder Passwort ist falsch." in wrong.get_data(as_text=True)
    blocked = sign_in(client)  # even the right password now waits
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    assert client.get("/", headers=basic("anna", PASSWORD)).status_code == 429
    elsewhere = app.test_client()
    elsewhere.environ_base["REMOTE_ADDR"] = "192.0.2.44"
    assert sign_in(elsewhere).status_code == 303


def test_basic_auth_wrong_is_401_and_counts_as_a_failure(app: Flask) -> None:
    client = app.test_client()
    response = client.get("/api/search?q=Rente", headers=basic("anna", "nein-nein-nein"))
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic")
    assert response.get_json()["error"]["status"] == 401
    assert client.get("/", headers={"Authorization": "Bearer abc"}).status_code == 401
    right = client.get("/api/search?q=Schatzkistenrevision", headers=basic("anna", PASSWORD))
    assert right.get_json()["total"] > 0
    assert right.headers["Cache-Control"] == "private, no-store"
    assert "Authorization" in right.headers["Vary"]


def test_no_credentials_in_logs_or_urls(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    secret_try = "Pa55wort-der-nie-im-Log-steht"
    client = app.test_client()
    with caplog.at_level(logging.DEBUG):
        failed = sign_in(client, password=secret_try)
        client.get("/", headers=basic("anna", secret_try))
        ok = sign_in(client)
    assert failed.status_code == 200 and "Name oder Passwort ist falsch." in failed.get_data(
        as_text=True)
    assert secret_try not in failed.get_data(as_text=True)
    assert "Anmeldung fehlgeschlagen" in caplog.text
    for text in (caplog.text, ok.headers.get("Location", "")):
        assert secret_try not in text
        assert PASSWORD not in text
    page = client.get("/anmelden").get_data(as_text=True)
    assert 'method="post"' in page  # the password travels in the body, never in the URL
    assert 'type="password"' in page


def test_the_proxy_header_counts_only_from_the_proxy(app: Flask) -> None:
    header = {"X-Remote-User": "bert"}
    proxied = app.test_client()
    proxied.environ_base["REMOTE_ADDR"] = PROXY
    assert is_member_with(proxied, header)
    assert not is_member_with(proxied, {})
    direct = app.test_client()
    direct.environ_base["REMOTE_ADDR"] = "192.0.2.9"
    assert not is_member_with(direct, header)
    unconfigured = create_app({"INDEX_DIR": app.config["INDEX_DIR"]}).test_client()
    unconfigured.environ_base["REMOTE_ADDR"] = PROXY
    assert not is_member_with(unconfigured, header)


def is_member_with(client: FlaskClient, headers: dict[str, str]) -> bool:
    data = client.get("/api/search?q=Schatzkistenrevision", headers=headers).get_json()
    return bool(data["total"])


def test_removing_a_user_or_a_new_password_ends_their_sessions(index_dir: Path) -> None:
    add_user(index_dir, "carla", PASSWORD)
    app = create_app({"INDEX_DIR": str(index_dir)})
    client = app.test_client()
    sign_in(client, "carla")
    assert is_member(client)
    add_user(index_dir, "carla", PASSWORD + "-neu")
    assert not is_member(client)
    sign_in(client, "carla", PASSWORD + "-neu")
    assert is_member(client)
    remove_user(index_dir, "carla")
    assert not is_member(client)
    assert client.get("/", headers=basic("carla", PASSWORD + "-neu")).status_code == 401


def test_sessions_expire_and_forged_ones_fail() -> None:
    secret = b"k" * 32
    session = sessions.new_session("anna", "f" * 16)
    token = sessions.dump(session, secret)
    assert sessions.load(token, secret) == session
    assert sessions.load(token, b"j" * 32) is None
    assert sessions.load(token.replace(".", "x.", 1), secret) is None
    assert sessions.load("kaputt", secret) is None
    late = session.issued + sessions.SESSION_SECONDS + 1
    assert sessions.load(token, secret, now=late) is None


def test_no_open_redirect_after_sign_in(client: FlaskClient) -> None:
    for target in ("https://example.org/", "//example.org/", "/\\example.org"):
        response = sign_in(client, weiter=target)
        assert response.headers["Location"] == "/", target


def test_the_form_cookie_is_strict_and_only_for_the_form(client: FlaskClient) -> None:
    response = client.get("/anmelden")
    cookie = next(c for c in response.headers.getlist("Set-Cookie")
                  if c.startswith(FORM_COOKIE))
    assert "SameSite=Strict" in cookie and "HttpOnly" in cookie and "Path=/anmelden" in cookie
