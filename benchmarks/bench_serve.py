"""
What `timeline serve` costs at its limits, on 127.0.0.1.

Run in its own process (it measures that process's memory):

    PYTHONPATH=src python benchmarks/bench_serve.py [MB]

Prints the server process's peak RSS while 20 clients stall reading a feed
of MB megabytes (default 69), the slowest of 200 clients connecting at
once, and how long a new client waits while 300 idle connections are open.
"""

from __future__ import annotations

import resource
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

from timeline.serve import make_server


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _get(address: tuple[str, int], target: str, *, timeout: float = 60) -> tuple[float, str]:
    started = time.perf_counter()
    chunks = []
    with socket.create_connection(address, timeout=timeout) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    status = b"".join(chunks).split(b"\r\n", 1)[0].decode(errors="replace")
    return time.perf_counter() - started, status


def main() -> None:
    """Run the three measurements and print them."""
    size = int(float(sys.argv[1]) * 2**20) if len(sys.argv) > 1 else 69 * 2**20
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "big.ics").write_bytes(b"X" * size)
        (root / "index.html").write_bytes(b"<!DOCTYPE html><title>x</title>\n")
        server = make_server(root, port=0)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        address = server.server_address[:2]
        base = _rss_mib()

        readers = []
        for _ in range(20):
            sock = socket.create_connection(address, timeout=30)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.sendall(b"GET /big.ics HTTP/1.1\r\nHost: x\r\n\r\n")
            sock.recv(64)
            readers.append(sock)
        time.sleep(2)
        stalled = _rss_mib()
        for sock in readers:
            sock.close()
        print(f"20 stalled readers of {size / 2**20:.0f} MiB: RSS {base:.0f} -> {stalled:.0f} MiB")

        times: list[float] = []
        gate = threading.Barrier(200)

        def one() -> None:
            gate.wait()
            try:
                times.append(_get(address, "/index.html")[0])
            except OSError:
                times.append(float("inf"))

        threads = [threading.Thread(target=one) for _ in range(200)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(
            f"burst of 200 clients: slowest {max(times):.2f} s, median {sorted(times)[100]:.3f} s"
        )

        idle = [socket.create_connection(address) for _ in range(300)]
        time.sleep(0.5)
        try:
            waited, status = _get(address, "/index.html", timeout=60)
            print(f"300 idle connections open: a new client got {status!r} in {waited:.2f} s")
        except OSError as exc:
            print(f"300 idle connections open: a new client got {type(exc).__name__}")
        for sock in idle:
            sock.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of the process: {peak:.0f} MiB")
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
