"""Load: N concurrent single-file reviews against a real uvicorn server on loopback.

    python -m benchmarks.load                       # 50 concurrent reviews of one sample DOCX
    python -m benchmarks.load --requests 200 --concurrency 50 --file samples/documents/X.docx
    python -m benchmarks.load --url http://127.0.0.1:8000   # an already running server

Starts `pa-review serve` (its own process, warm-up on) on a free port unless --url is given,
waits until the warm-up review has run, then fires the requests at once and prints latency
percentiles, throughput and errors.  Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parents[1]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _default_sample() -> Path | None:
    docs = sorted((ROOT / "samples" / "documents").glob("*.docx"))
    return docs[0] if docs else None


def _built_sample() -> bytes:
    """A PA1-shaped DOCX built in memory, when the samples are not there."""
    sys.path.insert(0, str(ROOT / "tests" / "service"))
    import service_fakes

    return service_fakes.build_docx()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


async def _one(client: httpx2.AsyncClient, url: str, name: str, data: bytes,
               start: asyncio.Event) -> tuple[float, int | str]:
    await start.wait()
    t0 = time.perf_counter()
    try:
        r = await client.post(url, files={"file": (name, data, DOCX if name.endswith(".docx") else "application/pdf")})
        status: int | str = r.status_code
        if r.status_code == 200:
            r.json()
    except httpx2.HTTPError as exc:
        status = type(exc).__name__
    return time.perf_counter() - t0, status


async def run(base: str, name: str, data: bytes, requests: int, concurrency: int) -> dict:
    limits = httpx2.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx2.AsyncClient(timeout=300, limits=limits) as client:
        # one request first: the server is warm and the answer is valid
        t0 = time.perf_counter()
        first = await client.post(base + "/api/v1/reviews", files={"file": (name, data, DOCX)})
        single = time.perf_counter() - t0
        first.raise_for_status()
        findings = len(first.json()["findings"])
        start = asyncio.Event()
        tasks = [asyncio.create_task(_one(client, base + "/api/v1/reviews", name, data, start))
                 for _ in range(requests)]
        await asyncio.sleep(0.05)
        wall0 = time.perf_counter()
        start.set()
        results = await asyncio.gather(*tasks)
        wall = time.perf_counter() - wall0
    latencies = [t for t, _ in results]
    statuses = Counter(s for _, s in results)
    return {"single": single, "findings": findings, "wall": wall, "latencies": latencies,
            "statuses": statuses}


def _serve(port: int, workers: int, processes: int) -> subprocess.Popen:
    env = dict(os.environ, PA_REVIEW_PORT=str(port), PA_REVIEW_HOST="127.0.0.1",
               PA_REVIEW_WORKERS=str(workers), PA_REVIEW_REVIEW_PROCESSES=str(processes),
               PA_REVIEW_DATA_DIR=str(Path(os.environ.get("TMPDIR", "/tmp")) / f"pa-review-load-{port}"))
    return subprocess.Popen([sys.executable, "-m", "service.cli", "serve"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _wait_ready(base: str, proc: subprocess.Popen | None, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            r = httpx2.get(base + "/healthz", timeout=2)
            if r.status_code == 200 and r.json().get("warm", True):
                return
        except httpx2.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not start")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--requests", type=int, default=50)
    p.add_argument("--concurrency", type=int, default=50)
    p.add_argument("--file", type=Path, help="the DOCX/PDF to upload (default: first sample DOCX)")
    p.add_argument("--url", help="an already running server (default: start one)")
    p.add_argument("--workers", type=int, default=2, help="PA_REVIEW_WORKERS of the started server")
    p.add_argument("--processes", type=int, default=0,
                   help="PA_REVIEW_REVIEW_PROCESSES of the started server (0: threads)")
    args = p.parse_args(argv)

    path = args.file or _default_sample()
    if path is not None:
        name, data = path.name, path.read_bytes()
    else:
        name, data = "built-pa1.docx", _built_sample()
    proc = None
    base = args.url
    if base is None:
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        proc = _serve(port, args.workers, args.processes)
    try:
        t0 = time.perf_counter()
        _wait_ready(base, proc)
        ready = time.perf_counter() - t0
        res = asyncio.run(run(base, name, data, args.requests, args.concurrency))
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    lat = res["latencies"]
    ok = res["statuses"].get(200, 0)
    print(f"file: {name} ({len(data) / 1024:.0f} KiB), {res['findings']} findings")
    print(f"server ready (warmed up) in {ready:.1f} s; one warm review alone: {res['single'] * 1000:.0f} ms")
    mode = f"{args.processes} review processes" if args.processes else "review threads"
    print(f"{args.requests} requests, {args.concurrency} at once, {mode}, CPUs: {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"latency p50 {_percentile(lat, 50) * 1000:.0f} ms · p90 {_percentile(lat, 90) * 1000:.0f} ms · "
          f"p99 {_percentile(lat, 99) * 1000:.0f} ms · max {max(lat) * 1000:.0f} ms · "
          f"mean {statistics.mean(lat) * 1000:.0f} ms")
    print(f"wall {res['wall']:.2f} s · throughput {args.requests / res['wall']:.1f} reviews/s")
    errors = {k: v for k, v in res["statuses"].items() if k != 200}
    print(f"ok {ok} · errors {sum(errors.values())}" + (f" {dict(errors)}" if errors else ""))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
