"""A throwaway PostgreSQL cluster in a folder of its own, for CI, local runs and the bench.

    python -m tests.pg.cluster start FOLDER [--durable]   # prints the database URL
    python -m tests.pg.cluster stop FOLDER

The cluster listens on 127.0.0.1 only, on a free port, with password (SCRAM)
authentication over TCP. It has one login role, `permit_review`, which owns
the database `permit_review` and may create databases and roles (the tests
make a database per test and a restricted role). Run as root (as CI does),
the server runs as the `postgres` system user that Debian's package creates.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROLE = "permit_review"
DATABASE = "permit_review"
# Settings that make a test cluster fast (its databases live for one test, so autovacuum
# only gets in the way); a durable cluster (the bench) keeps the defaults.
NOT_DURABLE = ("fsync=off", "synchronous_commit=off", "full_page_writes=off", "autovacuum=off")


def bin_dir() -> Path:
    """The newest installed server's programs (Debian: /usr/lib/postgresql/<major>/bin)."""
    chosen = os.environ.get("PG_BINDIR")
    if chosen:
        return Path(chosen)
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed; "
        "install them with `apt-get install postgresql`"
    )


def _as_server_user(argv: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *argv]
    return argv


def _run(argv: list[str]) -> None:
    result = subprocess.run(_as_server_user(argv), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed:\n{result.stdout}{result.stderr}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Cluster:
    folder: Path
    port: int
    password: str

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = DATABASE) -> str:
        return f"postgresql+psycopg://{ROLE}:{self.password}@127.0.0.1:{self.port}/{database}"

    def psql(self, *commands: str) -> None:
        """Run SQL as the superuser over the cluster's own socket."""
        argv = [str(bin_dir() / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1"]
        argv += ["-h", str(self.folder), "-p", str(self.port), "-U", "postgres", "-d", "postgres"]
        for command in commands:
            argv += ["-c", command]
        _run(argv)

    def stop(self) -> None:
        stop(self.folder)


def start(folder: Path, *, durable: bool = False, port: int | None = None) -> Cluster:
    """Make a new cluster in `folder` (which must not hold one yet) and start it."""
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise RuntimeError(f"{folder} is not empty; give a new folder for the cluster")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(folder, port or free_port(), secrets.token_urlsafe(18))
    pgbin = bin_dir()
    _run(
        [
            str(pgbin / "initdb"),
            "-D",
            str(cluster.data),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            # A UTF-8 locale, so that trigram search treats Cyrillic letters as letters.
            "--locale=C.UTF-8",
        ]
    )
    options = [
        f"-p {cluster.port}",
        "-c listen_addresses=127.0.0.1",
        f"-c unix_socket_directories={folder}",
        "-c max_connections=200",
    ]
    if not durable:
        options += [f"-c {setting}" for setting in NOT_DURABLE]
    _run(
        [
            str(pgbin / "pg_ctl"),
            "-D",
            str(cluster.data),
            "-l",
            str(folder / "server.log"),
            "-o",
            " ".join(options),
            "-w",
            "start",
        ]
    )
    cluster.psql(
        f"CREATE ROLE {ROLE} LOGIN CREATEDB CREATEROLE PASSWORD '{cluster.password}'",
        f"CREATE DATABASE {DATABASE} OWNER {ROLE}",
    )
    (folder / "url").write_text(cluster.url() + "\n", encoding="utf-8")
    os.chmod(folder / "url", 0o600)
    return cluster


def stop(folder: Path) -> None:
    data = folder.resolve() / "data"
    if (data / "postmaster.pid").exists():
        _run([str(bin_dir() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.pg.cluster")
    parser.add_argument("command", choices=("start", "stop"))
    parser.add_argument("folder", type=Path)
    parser.add_argument(
        "--durable", action="store_true", help="keep the server defaults (fsync, autovacuum)"
    )
    args = parser.parse_args(argv)
    if args.command == "start":
        print(start(args.folder, durable=args.durable).url())
    else:
        stop(args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
