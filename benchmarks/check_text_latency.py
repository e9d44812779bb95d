"""Latency of one statement's analysis, as the trainer page asks it while someone types
(the page debounces ~150 ms; the answer must come back within a few milliseconds).

    python -m benchmarks.check_text_latency [--step 2] [--typists 8] [--no-http]

Every pass starts cold: in-process the per-string caches are cleared between passes; over HTTP
each pass types its texts with a different number of trailing spaces (new strings).

Texts: every gallery example (models/rubric/gallery.toml) typed out: each prefix of every
indicator and outcome, every `--step` characters, is one request, as the page would send it (so
almost every string is new to the caches: the cold path).  Challenges are typed in steps of 15
characters (their answer also runs the practice-level classifier).

- in-process: `service.trainer.analyse` (the /api/v1/trainer/analyse answer) and
  `models.checks.text.check_text` alone, per text;
- over HTTP on loopback: a real uvicorn server in a child process, one keep-alive connection
  per typist; one typist alone, then `--typists` typing at once (a workshop room), for
  POST /api/v1/trainer/analyse and POST /api/v1/check-text.

Prints p50/p95/p99/max in milliseconds; no assertion (timings belong here, not in tests).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(step: int) -> tuple[list[dict], list[dict]]:
    from models.rubric.gallery import gallery

    short, long_ = [], []
    for ex in gallery():
        for text in filter(None, (ex.text, ex.rewrite)):
            rank = ex.rank.value if ex.rank else "professional"
            body = {"as": ex.as_, "area": ex.area, "rank": rank}
            if ex.as_ == "challenge":
                long_ += [{**body, "text": text[:n]} for n in range(15, len(text) + 15, 15)]
            else:
                short += [{**body, "text": text[:n]} for n in range(step, len(text) + step, step)]
    return short, long_


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(q * (len(s) - 1)))))]


def _line(name: str, seconds: list[float]) -> str:
    ms = [x * 1000 for x in seconds]
    return (f"{name:<46} p50 {_pct(ms, .5):6.2f}  p95 {_pct(ms, .95):6.2f}"
            f"  p99 {_pct(ms, .99):6.2f}"
            f"  max {max(ms):7.2f} ms  (n={len(ms)})")


def _clear_caches() -> None:
    """Forget every per-string cache, so each pass starts as cold as a new text."""
    from models.classifiers import features
    from models.thai import analysis, tokenize
    from service import trainer

    analysis.analyse.cache_clear()
    tokenize.words.cache_clear()
    features.words.cache_clear()
    trainer._offset_map.cache_clear()


def _variant(texts: list[dict], k: int) -> list[dict]:
    """The same typing with k trailing spaces: new strings for the server's caches."""
    return [{**b, "text": b["text"] + " " * k} for b in texts]


def in_process(short: list[dict], long_: list[dict]) -> None:
    from models.checks.text import check_text
    from service.trainer import analyse

    t0 = time.perf_counter()
    analyse("นักเรียนร้อยละ 80 มีผลสัมฤทธิ์อยู่ในระดับดีขึ้นไป", "indicator", rank="professional")
    analyse("ประเด็นท้าทาย เรื่อง การอ่าน", "challenge", rank="professional")
    print(f"start-up (tokeniser, lexicons, classifier): {time.perf_counter() - t0:.2f} s")
    for name, fn, texts in (
            ("in-process check_text, indicators/outcomes", lambda b: check_text(
                b["text"], b["as"], rank=b["rank"], area=b["area"]), short),
            ("in-process trainer.analyse, indicators/outcomes", lambda b: analyse(
                b["text"], b["as"], rank=b["rank"], area=b["area"]), short),
            ("in-process trainer.analyse, challenges", lambda b: analyse(
                b["text"], b["as"], rank=b["rank"], area=b["area"]), long_)):
        _clear_caches()
        times = []
        for body in texts:
            start = time.perf_counter()
            fn(body)
            times.append(time.perf_counter() - start)
        print(_line(name, times))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(port: int) -> subprocess.Popen:
    env = {**os.environ, "PA_REVIEW_WARM_UP": "true", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "service.api.app:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"],
        cwd=ROOT, env=env)


def _wait_warm(port: int, proc: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            if json.loads(c.getresponse().read()).get("warm"):
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not warm up")


def _type(port: int, path: str, texts: list[dict], out: list[float]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Content-Type": "application/json"}
    for body in texts:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        start = time.perf_counter()
        conn.request("POST", path, body=data, headers=headers)
        resp = conn.getresponse()
        resp.read()
        out.append(time.perf_counter() - start)
        if resp.status != 200:
            raise SystemExit(f"{path}: HTTP {resp.status}")
    conn.close()


def over_http(short: list[dict], long_: list[dict], typists: int) -> None:
    port = _free_port()
    proc = _serve(port)
    try:
        _wait_warm(port, proc)
        _type(port, "/api/v1/trainer/analyse", short[:20], [])  # first requests of the connection
        for path, texts, label in (
                ("/api/v1/check-text", _variant(short, 1), "HTTP check-text, 1 typist"),
                ("/api/v1/trainer/analyse", _variant(short, 2), "HTTP trainer/analyse, 1 typist"),
                ("/api/v1/trainer/analyse", long_, "HTTP trainer/analyse challenges, 1 typist")):
            times: list[float] = []
            _type(port, path, texts, times)
            print(_line(label, times))
        # a workshop room: several people typing at once, each their own share of the texts
        times = []
        room = _variant(short, 3)
        shares = [[t for i, t in enumerate(room) if i % typists == k] for k in range(typists)]
        threads = [threading.Thread(target=_type, args=(port, "/api/v1/trainer/analyse", share, times))
                   for share in shares]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(_line(f"HTTP trainer/analyse, {typists} typists at once", times))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--step", type=int, default=2, help="characters typed between two requests")
    ap.add_argument("--typists", type=int, default=8, help="people typing at once over HTTP")
    ap.add_argument("--no-http", action="store_true", help="in-process figures only")
    args = ap.parse_args(argv)
    short, long_ = _texts(max(1, args.step))
    print(f"{len(short)} indicator/outcome requests, {len(long_)} challenge requests")
    in_process(short, long_)
    if not args.no_http:
        over_http(short, long_, max(1, args.typists))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
