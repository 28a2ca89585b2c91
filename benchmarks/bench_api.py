"""Latency of ``POST /api/v1/scan`` under 20 concurrent clients, against a trivial endpoint.

    .venv/bin/python benchmarks/bench_api.py            # 10 rounds of 300 requests per endpoint
    .venv/bin/python benchmarks/bench_api.py --quick    # 2 rounds of 200

Starts the production server (``anderebril serve``: gunicorn, DEBUG off, a temporary secret key
and SQLite data folder) on a free port of 127.0.0.1, with the anonymous rate limit raised through
``ANDEREBRIL_API_ANON_RATE`` so the benchmark measures scanning, not 429s. Then 20 client threads
(``http.client``, loopback only) send requests: alternately a round to ``/gezondheid/`` (the
baseline, which returns "ok") and a round of ``POST /api/v1/scan`` with 5 KB of Dutch vacancy and
school text. Target (issue 4): p95 of the scan at most 3x the p95 of the baseline in the same run.
Each round's scan is compared with the baseline measured just before it, and the verdict uses
the median of those ratios, so a burst of load from another process on a shared machine spoils
one round rather than the figure; the ratio of the pooled p95s and the spread of the rounds are
printed too. Short rounds, many of them, keep each pair of phases close together in time.

Next to latency it prints the CPU time the gunicorn workers spent per request (from
``/proc/<pid>/stat``): that figure hardly depends on what else the machine is doing, so it shows
whether a change made the scan itself cheaper when the latencies are too noisy to tell.
The server is stopped at the end, also on errors.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_textscan import generate

HOST = "127.0.0.1"
CLIENTS = 20
TARGET_RATIO = 3.0
TEXT_SIZE = 5_000
PHASE_TIME_LIMIT = 60.0  # seconds per round, whatever the request count


def engine_status() -> str:
    """Whether the server's taalscan runs compiled: the server is this Python, these sources."""
    from anderebril.textscan import native

    return native.status()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(port: int, workers: int, data_dir: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "ANDEREBRIL_DEBUG": "false",
        "ANDEREBRIL_SECRET_KEY": secrets.token_urlsafe(64),
        "ANDEREBRIL_ALLOWED_HOSTS": HOST,
        "ANDEREBRIL_DATA_DIR": data_dir,
        "ANDEREBRIL_SSL_REDIRECT": "false",
        "ANDEREBRIL_HSTS_SECONDS": "0",
        "ANDEREBRIL_API_ANON_RATE": "1000000/m",
        "ANDEREBRIL_LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)  # always the temporary SQLite database
    command = [
        sys.executable, "-m", "anderebril.cli", "serve",
        "--bind", f"{HOST}:{port}", "--workers", str(workers),
    ]  # fmt: skip
    return subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)  # gunicorn's master stops its workers
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def worker_pids(master: int) -> list[int]:
    """The gunicorn workers: the children of the master process (Linux ``/proc``)."""
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text()
    except OSError:
        return []
    return [int(pid) for pid in children.split()]


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time of these processes together, in seconds (0 where unreadable)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime and stime (fields 14 and 15)
    return total / ticks


def request(port: int, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_until_up(port: int, server: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            stderr = server.stderr.read().decode() if server.stderr else ""
            raise SystemExit(f"the server stopped (exit {server.returncode}):\n{stderr[-2000:]}")
        try:
            if request(port, "GET", "/gezondheid/")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not answer within two minutes")


def load(count: int, call: Callable[[], tuple[int, bytes]]) -> tuple[list[float], int]:
    """``count`` calls spread over CLIENTS threads; the latencies (s) and the failures."""
    latencies: list[float] = []
    failures = 0
    lock = threading.Lock()
    remaining = [count]
    deadline = time.monotonic() + PHASE_TIME_LIMIT

    def client() -> None:
        nonlocal failures
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            started = time.perf_counter()
            try:
                status, _body = call()
            except OSError:
                status = 0
            elapsed = time.perf_counter() - started
            with lock:
                if status == 200:
                    latencies.append(elapsed)
                else:
                    failures += 1

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures


def p50(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="two rounds of 200 requests")
    parser.add_argument("--requests", type=int, default=300, help="requests per round")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 2, help="gunicorn workers (CPU count)"
    )
    args = parser.parse_args()
    if args.quick:
        args.requests, args.rounds = 200, 2

    text = generate(TEXT_SIZE, dense=True)
    body = json.dumps({"text": text, "language": "nl", "strategy": "overkoepelend"}).encode()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="bench-api-") as data_dir:
        server = start_server(port, args.workers, data_dir)
        try:
            wait_until_up(port, server)
            status, answer = request(port, "POST", "/api/v1/scan", body)
            if status != 200:
                raise SystemExit(f"POST /api/v1/scan answered {status}: {answer[:300]!r}")
            findings = len(json.loads(answer)["files"][0]["findings"])
            print(
                f"server: gunicorn, {args.workers} workers, 127.0.0.1:{port}; "
                f"{CLIENTS} clients; text {len(text)} characters, {findings} findings"
            )
            print(f"taalscan engine (this environment, as the server loads it): {engine_status()}")

            def health() -> tuple[int, bytes]:
                return request(port, "GET", "/gezondheid/")

            def scan() -> tuple[int, bytes]:
                return request(port, "POST", "/api/v1/scan", body)

            load(100, health)  # warm up both paths in every worker
            load(100, scan)
            workers = worker_pids(server.pid)
            baseline: list[float] = []
            scans: list[float] = []
            ratios: list[float] = []
            cpu = {"baseline": 0.0, "scan": 0.0}
            served = {"baseline": 0, "scan": 0}
            failed = 0
            for number in range(1, args.rounds + 1):
                p95s: dict[str, float] = {}
                for name, call, into in (("baseline", health, baseline), ("scan", scan, scans)):
                    cpu_before = cpu_seconds(workers)
                    started = time.perf_counter()
                    latencies, failures = load(args.requests, call)
                    rate = (len(latencies) + failures) / (time.perf_counter() - started)
                    spent = cpu_seconds(workers) - cpu_before
                    cpu[name] += spent
                    served[name] += len(latencies) + failures
                    into.extend(latencies)
                    failed += failures
                    p95s[name] = p95(latencies)
                    print(
                        f"  round {number:2d} {name:8s}: {len(latencies)} ok, {failures} failed, "
                        f"p50 {p50(latencies) * 1000:6.1f} ms, p95 {p95s[name] * 1000:6.1f} ms, "
                        f"{rate:5.0f} requests/s, "
                        f"server CPU {spent * 1000 / max(len(latencies), 1):.2f} ms/request"
                    )
                ratios.append(p95s["scan"] / p95s["baseline"])
        finally:
            stop_server(server)

    base, scanned = p95(baseline), p95(scans)
    ratio = statistics.median(ratios)
    print(f"GET  /gezondheid/  p95 {base * 1000:7.1f} ms  ({len(baseline)} requests, all rounds)")
    print(f"POST /api/v1/scan  p95 {scanned * 1000:7.1f} ms  ({len(scans)} requests, all rounds)")
    print(f"ratio of the pooled p95s: {scanned / base:.2f}x")
    print(f"ratio per round: {', '.join(f'{r:.2f}x' for r in ratios)}")
    print(f"spread of the rounds: {min(ratios):.2f}x to {max(ratios):.2f}x")
    if workers and served["baseline"] and served["scan"] and cpu["baseline"]:
        base_cpu = cpu["baseline"] * 1000 / served["baseline"]
        scan_cpu = cpu["scan"] * 1000 / served["scan"]
        print(
            f"server CPU per request: baseline {base_cpu:.2f} ms, scan {scan_cpu:.2f} ms "
            f"({scan_cpu / base_cpu:.2f}x; {len(workers)} workers, /proc)"
        )
    verdict = "OK" if ratio <= TARGET_RATIO and not failed else "NOT MET"
    print(
        f"median ratio per round {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x), "
        f"{failed} failed requests: {verdict}"
    )
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
