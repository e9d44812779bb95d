"""What the browser tests share: Debian's Chromium launched headless, and the app served by
uvicorn on a free loopback port in a thread of the test process."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from typing import Iterator

import pytest

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(app, port: int, *, start_timeout: float = 30) -> Iterator[str]:
    """Serve `app` on 127.0.0.1:`port` until the block ends; yields the base URL."""
    import uvicorn

    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                        access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def launch_chromium(playwright, chromium_path: str):
    return playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)


@contextmanager
def served(data_dir, *, start_timeout: float = 30, **settings) -> Iterator[str]:
    """The app with `Settings(data_dir=…, **settings)` (no warm-up unless given) served on a free
    loopback port until the block ends; yields the base URL."""
    from service.api.app import create_app
    from service.settings import Settings

    port = free_port()
    config = Settings(data_dir=data_dir, host="127.0.0.1", port=port,
                      **{"warm_up": False, **settings})
    with serving(create_app(config), port, start_timeout=start_timeout) as url:
        yield url


_SHARED: dict[str, object] = {}


@contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium launched headless through Playwright, one browser for the session's
    browser tests (each test opens its own context in it: `open_page`); conftest runs those tests
    one after another and closes it after the last (`close_chromium`).  Skips when Chromium or
    Playwright is missing (fails for Chromium in CI: conftest.require_tool)."""
    from conftest import require_tool

    path = require_tool("chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    browser = _SHARED.get("browser")
    if browser is None or not browser.is_connected():
        close_chromium()
        playwright = sync_api.sync_playwright().start()
        _SHARED.update(playwright=playwright, browser=launch_chromium(playwright, path))
    yield _SHARED["browser"]


def close_chromium() -> None:
    """Close the session's browser and stop Playwright (whose event loop must not outlive the
    browser tests: it stays marked as running in this thread while Playwright is started)."""
    browser, playwright = _SHARED.pop("browser", None), _SHARED.pop("playwright", None)
    try:
        if browser is not None and browser.is_connected():
            browser.close()
    finally:
        if playwright is not None:
            playwright.stop()


@contextmanager
def open_page(browser, url: str | None = None, *, timeout_ms: int | None = 60_000,
              **context) -> Iterator[object]:
    """A page in a new context of `browser` (`context`: new_context's options, such as
    accept_downloads and locale), at `url` when given; the context is closed after the block."""
    ctx = browser.new_context(**context)
    try:
        page = ctx.new_page()
        if timeout_ms is not None:
            page.set_default_timeout(timeout_ms)
        if url is not None:
            page.goto(url)
        yield page
    finally:
        ctx.close()


def upload(page, path, selector: str = ".finding", field: str = "#file") -> None:
    """Choose `path` in the page's file field and wait until `selector` shows (the review's
    findings, or `#status.error` for a file refused)."""
    page.set_input_files(field, str(path))
    page.wait_for_selector(selector)


@contextmanager
def app_page(data_dir, *, timeout_ms: int | None = 60_000, **settings) -> Iterator[tuple[object, str]]:
    """A headless Chromium page on the app served with `Settings(data_dir=…, **settings)` (no
    warm-up by default); yields (page, base URL).  Skips when Chromium or Playwright is missing."""
    with served(data_dir, **settings) as url, chromium() as browser, \
            open_page(browser, timeout_ms=timeout_ms) as page:
        yield page, url
