"""Finding the policy: named files, directories and URLs first, then what the build bundles."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from pytest_pipl.policy import PolicyNotFound, PolicySourceError, load_policy

from ..helpers import app

POLICIES = Path(__file__).parent.parent / "policies"
HTML = "<html><body><h1>隐私政策</h1><p>我们如何收集和使用您的个人信息：我们接入了极光推送SDK。</p></body></html>"


def test_bundled_html_policy_is_found_and_the_user_agreement_skipped():
    policy = load_policy(app=app("policy_bundled_html"))
    sources = [d.source for d in policy.documents]
    assert sources == ["policy_bundled_html.apk!assets/privacy_policy.html"]
    assert policy.documents[0].kind == "policy"
    assert not any("user_agreement" in s for s in sources)


def test_bundled_gbk_text_in_res_raw_is_found():
    policy = load_policy(app=app("policy_bundled_raw_gbk"))
    (document,) = policy.documents
    assert "!res/raw/" in document.source
    assert document.encoding == "gbk"
    assert policy.mentions("隐私政策")


def test_bundled_utf16_policy_is_found():
    (document,) = load_policy(app=app("policy_utf16")).documents
    assert document.encoding.startswith("utf-16")


def test_policy_held_in_string_resources_is_found():
    policy = load_policy(app=app("policy_string_resource"))
    assert all("resources.arsc" in d.source for d in policy.documents)
    assert sum(d.chars for d in policy.documents) > 1000


def test_no_policy_says_where_it_looked_and_names_the_url_in_the_code():
    with pytest.raises(PolicyNotFound) as caught:
        load_policy(app=app("policy_none"))
    text = caught.value.explain("en")
    assert "no --pipl-policy" in text
    assert "assets/" in text and "res/raw/" in text
    assert "string resources" in text
    assert "https://m.bizhi.example.com/h5/privacy.html" in text
    assert "找不到" in caught.value.explain("zh")


def test_named_files_and_directories(tmp_path):
    (tmp_path / "policy.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "sdk_list.md").write_text("# 第三方SDK目录\n\n| SDK名称 | 公司 |\n|--|--|\n| 友盟+ | 友盟同欣 |\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    policy = load_policy(tmp_path)
    assert [(Path(d.source).name, d.kind, d.format) for d in policy.documents] == [
        ("policy.html", "policy", "html"),
        ("sdk_list.md", "sdk_list", "markdown"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.html", None, "does not exist"),
        ("empty.html", b"   \n", "is empty"),
        ("policy.pdf", b"%PDF-1.7", "is a PDF"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_unreadable_named_sources_are_clear_errors(tmp_path, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(PolicySourceError) as caught:
        load_policy(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path == "/privacy.html":
            body = HTML.encode("gbk")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=GBK")
        else:
            body = b"not found"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_policy_url_is_fetched_with_its_declared_charset(server):
    policy = load_policy(f"{server}/privacy.html")
    (document,) = policy.documents
    assert document.source == f"{server}/privacy.html"
    assert document.encoding.lower() == "gbk"
    assert policy.mentions("极光推送SDK")


def test_policy_url_errors_name_the_url_and_the_status(server):
    with pytest.raises(PolicySourceError, match=r"cannot read privacy policy http://127\.0\.0\.1:\d+/gone: .*HTTP 404"):
        load_policy(f"{server}/gone")
