"""A real, throwaway PostgreSQL server for the tests: initdb and pg_ctl in a temporary folder.

PostgreSQL refuses to run as root, so as root (CI) the server runs as the `postgres` user
(Debian's package creates it) through runuser. It listens on a Unix socket in its own folder
only. If it cannot start, the tests that need it fail; they skip only when the binaries are
absent and DUIDING_PG_OPTIONAL=1 says PostgreSQL is optional on this machine.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

OPTIONAL_ENV = "DUIDING_PG_OPTIONAL"


def find_bindir() -> Path | None:
    if found := shutil.which("pg_ctl"):
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    return candidates[-1].parent if candidates else None


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    user: str | None  # the OS user the server runs as, when we are root

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://duiding@/{dbname}?host={self.socket_dir}&port={self.port}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)

    def start(self) -> None:
        for d in (self.root, self.socket_dir):
            d.mkdir(exist_ok=True)
        if self.user:
            uid = pwd.getpwnam(self.user)
            for d in (self.root, self.socket_dir):
                os.chown(d, uid.pw_uid, uid.pw_gid)
        init = self._run(
            "initdb",
            "-D",
            str(self.data_dir),
            "-U",
            "duiding",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        if init.returncode:
            raise RuntimeError(f"initdb failed: {init.stderr or init.stdout}")
        opts = f"-k {self.socket_dir} -p {self.port} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        started = self._run(
            "pg_ctl", "-D", str(self.data_dir), "-o", opts, "-l", str(self.root / "log"), "-w", "-t", "60", "start"
        )
        if started.returncode:
            log = (self.root / "log").read_text() if (self.root / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {started.stderr or started.stdout}\n{log}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server() -> PgServer:
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL binaries not found (install the Debian package postgresql)")
    user = None
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres").pw_name
        except KeyError:
            raise RuntimeError("running as root and there is no 'postgres' user to run PostgreSQL as") from None
    root = Path(tempfile.mkdtemp(prefix="duiding-pg-", dir="/tmp"))
    root.chmod(0o755)
    server = PgServer(bindir, root, _free_port(), user)
    try:
        server.start()
    except Exception:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server
