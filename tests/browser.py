"""A tiny headless-Chromium driver over the DevTools protocol, for the page tests.

Debian's ``chromium`` is started with a fresh profile and no background
networking; the tests talk to it through one WebSocket. Nothing here is part
of the package: it exists to look at rendered pages the way a reader's browser does.
"""

from __future__ import annotations

import functools
import http.server
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import websocket

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-allow-origins=*", "--remote-debugging-port=0", "--hide-scrollbars"]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Page:
    def __init__(self, socket):
        self.socket = socket
        self.ids = itertools.count(1)

    def send(self, method: str, **params):
        message_id = next(self.ids)
        self.socket.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            reply = json.loads(self.socket.recv())
            if reply.get("id") == message_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def wait_for(self, event: str, timeout: float = 20):
        deadline = time.time() + timeout
        self.socket.settimeout(timeout)
        while time.time() < deadline:
            message = json.loads(self.socket.recv())
            if message.get("method") == event:
                return message.get("params", {})
        raise TimeoutError(event)

    def open(self, url: str):
        self.send("Page.enable")
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        self.evaluate("document.fonts.ready.then(() => true)")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def fonts_for(self, selector: str) -> list[dict]:
        """Fonts Chromium actually used to draw the text of the first element matching ``selector``."""
        self.send("DOM.enable")
        self.send("CSS.enable")
        root = self.send("DOM.getDocument", depth=-1)["root"]["nodeId"]
        node = self.send("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        return self.send("CSS.getPlatformFontsForNode", nodeId=node)["fonts"]

    def press_tab(self):
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key="Tab", code="Tab", windowsVirtualKeyCode=9)

    def click(self, selector: str):
        """A real mouse click at the middle of the first element matching ``selector``."""
        box = self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                            " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def chinese_probe(self) -> str:
        """Mark the first element whose own text holds Chinese; return a selector for it ('' if none)."""
        found = self.evaluate(
            "(() => { const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
            " while (walker.nextNode()) { const n = walker.currentNode;"
            "   if (/[\\u4e00-\\u9fff]{2,}/.test(n.textContent) && n.parentElement.offsetParent !== null) {"
            "     n.parentElement.setAttribute('data-probe', '1'); return true; } } return false; })()")
        return "[data-probe]" if found else ""

    def screenshot(self, path: Path):
        import base64

        data = self.send("Page.captureScreenshot", format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))


def no_cjk_fonts(folder: Path) -> dict:
    """Environment for a browser that knows no Chinese font at all: fontconfig sees only DejaVu.

    A page then draws Chinese only if it brings its own font; which font drew the glyphs is read
    with ``CSS.getPlatformFontsForNode`` (``document.fonts.check`` would answer true for any face).
    """
    folder.mkdir(parents=True, exist_ok=True)
    dejavu = next((d for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu") if Path(d).is_dir()),
                  None)
    fonts = f"<dir>{dejavu}</dir>" if dejavu else ""
    config = folder / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>{fonts}'
                      f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


@contextmanager
def chromium_page(env: dict | None = None):
    binary = chromium_path()
    if binary is None:
        raise FileNotFoundError("chromium")
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    process = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        for _ in range(600):            # a loaded 2-core machine has taken over 20 s to start it
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page_target = next(t for t in targets if t["type"] == "page")
        socket = websocket.create_connection(page_target["webSocketDebuggerUrl"], suppress_origin=True, timeout=30)
        try:
            yield Page(socket)
        finally:
            socket.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)


@contextmanager
def serve(folder: Path):
    """Serve ``folder`` on 127.0.0.1 (an ephemeral port) for the duration of the block."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
