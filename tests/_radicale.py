"""A real Radicale server for the CalDAV tests: started per module, on a free port."""

import contextlib
import http.client
import importlib.util
import os
import socket
import subprocess
import sys
import time

import pytest

USER = "alice"
PASSWORD = "s3cret-pässword"  # noqa: S105 - the test server's throwaway password


def _missing(what):
    """Skip loudly, or fail when CI is set."""
    message = f"{what} is not installed: the CalDAV tests need a real Radicale server"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def free_port():
    """A port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module", name="radicale")
def radicale_server(tmp_path_factory):
    """A real Radicale server on 127.0.0.1 with plain htpasswd auth; yields its URL."""
    for module in ("radicale", "caldav"):
        if importlib.util.find_spec(module) is None:
            _missing(module)
    root = tmp_path_factory.mktemp("radicale")
    (root / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = free_port()
    config = root / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {root / 'users'}\n"
        "htpasswd_encryption = plain\n"
        f"[storage]\nfilesystem_folder = {root / 'collections'}\n"
        "[rights]\ntype = owner_only\n"
        "[logging]\nlevel = warning\n",
        encoding="utf-8",
    )
    log = (root / "log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError):
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/")
                conn.getresponse().read()
                conn.close()
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"radicale did not start: {(root / 'log').read_text()}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
