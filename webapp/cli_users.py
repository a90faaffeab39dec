"""``parteisuche users``: the member accounts of an index (see :mod:`webapp.accounts`).

Its own module, registered by :mod:`webapp.cli`; it imports nothing from there, so that
``python -m webapp.cli`` does not import the CLI twice.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from indexer import config
from indexer.errors import ParteisucheError

F = TypeVar("F", bound=Callable[..., Any])


def index_option(func: F) -> F:
    return click.option(
        "--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="Index folder (default: $PARTEISUCHE_INDEX or instance/index).",
    )(func)


def domain_errors(func: F) -> F:
    """An account error is a clean ``Error: …`` line (exit code 1)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ParteisucheError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


@click.group()
def users() -> None:
    """Member accounts: signed-in members also see documents of visibility `mitglieder`.

    Example: echo "$PASSWORT" | parteisuche users add anna --password-stdin
    """


@users.command("add")
@click.argument("name")
@click.option(
    "--password-stdin", is_flag=True,
    help="Read the password from the first line of standard input (else it is asked for).",
)
@index_option
@domain_errors
def add(name: str, password_stdin: bool, index_dir: Path | None) -> None:
    """Add a member, or give an existing one a new password (which ends their sessions).

    Example: printf '%s\\n' "$PASSWORT" | parteisuche users add anna --password-stdin
    """
    from webapp.accounts import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    new = add_user(config.index_dir(index_dir), name, password)
    click.echo(f"{'added' if new else 'new password for'} {name}")


@users.command("remove")
@click.argument("name")
@index_option
@domain_errors
def remove(name: str, index_dir: Path | None) -> None:
    """Remove a member; their sessions end with their next request.

    Example: parteisuche users remove anna
    """
    from webapp.accounts import remove_user

    if not remove_user(config.index_dir(index_dir), name):
        raise click.ClickException(f"no user {name!r}")
    click.echo(f"removed {name}")


@users.command("list")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
@domain_errors
def list_users(index_dir: Path | None, as_json: bool) -> None:
    """The members' names and when they were added (never their password hashes).

    Example: parteisuche users list --json
    """
    from webapp.accounts import read_accounts, users_path

    accounts = read_accounts(users_path(config.index_dir(index_dir)))
    for account in sorted(accounts.values(), key=lambda a: a.name):
        if as_json:
            click.echo(json.dumps({"name": account.name, "added": account.added},
                                  ensure_ascii=False))
        else:
            click.echo(f"{account.name}\t{account.added}")
